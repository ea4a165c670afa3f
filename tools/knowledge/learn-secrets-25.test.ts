import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testCartridge, testDir } from '../../test/helpers/runtime.js';
import { createDefaultRegistry, createExecutor } from '../index.js';
import type { LearnSummary } from './learn-documents.js';

const person = { kind: 'person' as const, id: 'test' };

/** A folder as a stranger had it (S37): a passwords file among ordinary papers that mention keys, PINs and passwords. */
function papers() {
  const dir = join(testDir('fazt-secrets-'), 'docs');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'passwords-private.txt'),
    'Home wifi\nWHITFIELD-5G password larch42-Sunflower!\nGuest password: Tulip#Garden\n',
  );
  writeFileSync(
    join(dir, 'bank.txt'),
    'Bank notes\nSort code and branch are on the statement.\nDebit card PIN 4471\n',
  );
  writeFileSync(
    join(dir, 'lease.md'),
    '# Lease\n\nThe tenant receives two sets of keys. Keys are returned at the end of the lease.\nThe rent is 900 euros a month.\n',
  );
  writeFileSync(
    join(dir, 'banana-bread.md'),
    '# Banana bread\n\nA pinch of salt. Pin the baking paper to the tin.\nBake for 60 minutes at 180C.\n',
  );
  writeFileSync(
    join(dir, 'router-manual.txt'),
    'Router manual\nTo reset the password in settings, open the admin page.\nYour PIN is on the letter from the bank.\nThe default PIN is 0000.\n',
  );
  return dir;
}

describe('knowledge_learn leaves out files that look like they hold secrets (S37 H7)', () => {
  it('skips them by default, says which and why and how to learn them, and learns the ordinary papers', async () => {
    const cartridge = testCartridge();
    const executor = createExecutor({ cartridge, registry: createDefaultRegistry() });
    const dir = papers();
    const result = await executor.execute('knowledge_learn', { paths: [dir] }, { caller: person });
    if (!result.ok) throw new Error(result.error.message);
    const summary = result.output as LearnSummary;
    // k29: bank.txt is learned without its PIN line; the passwords file is left out by its name.
    expect(summary.new).toBe(4);
    expect(summary.skippedReasons).toEqual({ secrets: 1 });
    expect(summary.withheldLines).toEqual([
      { path: join(dir, 'bank.txt'), lines: [3], kinds: ['passwords'] },
    ]);
    expect(summary.skippedFiles).toEqual([
      {
        path: join(dir, 'passwords-private.txt'),
        reason: 'secrets',
        detail: 'looks like it holds passwords (its name)',
      },
    ]);
    expect(result.text).toContain(
      `Not learned, to keep secrets out of answers: passwords-private.txt looks like it holds passwords (its name). To learn it anyway, run \`fazt learn --include-secrets ${join(dir, 'passwords-private.txt')}\`.`,
    );
    expect(result.text).toContain(
      `Withheld 1 line that looks like it holds passwords (bank.txt line 3), and learned the rest. To learn it too, run \`fazt learn --include-secrets ${join(dir, 'bank.txt')}\`.`,
    );
    const asked = await executor.execute(
      'knowledge_search',
      { query: 'WHITFIELD larch42 4471' },
      { caller: person },
    );
    if (!asked.ok) throw new Error(asked.error.message);
    expect(JSON.stringify(asked.output)).not.toMatch(/larch42|4471/);

    // Asked for: learned, and answered from.
    const included = await executor.execute(
      'knowledge_learn',
      { paths: [join(dir, 'passwords-private.txt')], includeSecrets: true },
      { caller: person },
    );
    if (!included.ok) throw new Error(included.error.message);
    expect((included.output as LearnSummary).new).toBe(1);
    const answer = await executor.execute(
      'knowledge_ask',
      { question: 'what is the WHITFIELD-5G password?' },
      { caller: person },
    );
    if (!answer.ok) throw new Error(answer.error.message);
    expect(answer.text).toContain('larch42-Sunflower!');

    // Learned once on request, it stays learned: a folder learn without the flag keeps it.
    const again = await executor.execute('knowledge_learn', { paths: [dir] }, { caller: person });
    if (!again.ok) throw new Error(again.error.message);
    expect((again.output as LearnSummary).unchanged).toBe(5);
    expect((again.output as LearnSummary).skippedReasons).toEqual({});
  });

  it("a client or agent needs the person's approval to include secrets", async () => {
    const cartridge = testCartridge();
    const executor = createExecutor({ cartridge, registry: createDefaultRegistry() });
    const dir = papers();
    const agent = { kind: 'agent' as const, id: 'helper' };
    const refused = await executor.execute(
      'knowledge_learn',
      { paths: [dir], includeSecrets: true },
      { caller: agent },
    );
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.message).toContain(
      "Learning files that look like they hold secrets (includeSecrets) needs the person's consent",
    );
    const approved = await executor.execute(
      'knowledge_learn',
      { paths: [dir], includeSecrets: true },
      { caller: agent, approved: true },
    );
    if (!approved.ok) throw new Error(approved.error.message);
    expect((approved.output as LearnSummary).new).toBe(5);
  });

  it('after a forget, says how to keep a file its folder learn would bring back out', async () => {
    const cartridge = testCartridge();
    const executor = createExecutor({ cartridge, registry: createDefaultRegistry() });
    const dir = papers();
    await executor.execute('knowledge_learn', { paths: [dir], includeSecrets: true }, { caller: person });
    const forgot = await executor.execute(
      'knowledge_forget',
      { path: join(dir, 'lease.md') },
      { caller: person, approved: true },
    );
    if (!forgot.ok) throw new Error(forgot.error.message);
    expect(forgot.output).toMatchObject({ keepOut: { folder: dir, line: 'lease.md' } });
    expect(forgot.text).toContain(
      `A later \`fazt learn ${dir}\` learns it again: to keep it out, add the line "lease.md" to ${dir}/.gitignore.`,
    );
    const secret = await executor.execute(
      'knowledge_forget',
      { path: join(dir, 'passwords-private.txt') },
      { caller: person, approved: true },
    );
    if (!secret.ok) throw new Error(secret.error.message);
    expect(secret.text).toContain(
      `A later \`fazt learn ${dir}\` leaves it out only while it looks like it holds secrets: to keep it out, add the line "passwords-private.txt" to ${dir}/.gitignore.`,
    );
    // The whole folder forgotten: nothing to keep out.
    const all = await executor.execute('knowledge_forget', { path: dir }, { caller: person, approved: true });
    if (!all.ok) throw new Error(all.error.message);
    expect(all.output).not.toHaveProperty('keepOut');
    // The hint works: gitignored, the lease stays out of the next folder learn.
    writeFileSync(join(dir, '.gitignore'), 'lease.md\n');
    const relearned = await executor.execute('knowledge_learn', { paths: [dir] }, { caller: person });
    if (!relearned.ok) throw new Error(relearned.error.message);
    // k29: bank.txt is learned without its PIN line, the passwords file left out.
    expect((relearned.output as LearnSummary).skippedReasons).toEqual({ gitignored: 1, secrets: 1 });
  });
});
