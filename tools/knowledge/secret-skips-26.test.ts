import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testCartridge, testDir } from '../../test/helpers/runtime.js';
import { createDefaultRegistry, createExecutor } from '../index.js';

const person = { kind: 'person' as const, id: 'test' };

/** S41's notes.md: a Wi-Fi password on line 5 beside harmless facts. */
const NOTES =
  "# Misc notes\n\n## Home\n\nWi-Fi network: LARKSPUR-HUB5 password: tangerine-Owl-7731\nFront door keypad PIN 5820\n\n## To do\n\n- Renew passport (expires 3 August 2026)\n- Landlord's phone: Margaret Ellison 07700 900456\n";
const CLEAN_NOTES = '# Misc notes\n\n- Renew passport (expires 3 August 2026)\n';

function world() {
  const cartridge = testCartridge();
  const executor = createExecutor({ cartridge, registry: createDefaultRegistry() });
  const dir = join(testDir('fazt-secret-skips-'), 'docs');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'notes.md'), NOTES);
  writeFileSync(join(dir, 'lease.md'), '# Lease\n\nThe rent is 900 euros a month.\n');
  const run = async (tool: string, input: Record<string, unknown>) => {
    const result = await executor.execute(tool, input, { caller: person, approved: true });
    if (!result.ok) throw new Error(result.error.message);
    return result as typeof result & { output: Record<string, unknown> };
  };
  const skipped = async (collection?: string) =>
    (await run('knowledge_list', collection ? { collection } : {})).output.skippedSecrets;
  const ask = async (question: string, more: Record<string, unknown> = {}) =>
    (await run('knowledge_ask', { question, ...more })).output as {
      known: boolean;
      answer: string;
      notSearched?: string;
    };
  return { cartridge, dir, run, skipped, ask };
}

const line = (path: string) =>
  `Not searched: 2 lines of notes.md were withheld when learned because they look like they hold passwords; \`fazt learn --include-secrets ${path}\` learns them.`;

describe('files learn left out as secret-holding are kept and said (S41)', () => {
  it('keeps the name, kind and line (never the text), lists them and says so after an "I don\'t know"', async () => {
    const { cartridge, dir, run, skipped, ask } = world();
    await run('knowledge_learn', { paths: [dir] });
    // k29: notes.md is learned without its two secret lines (5 and 6), not left out whole.
    expect(await skipped()).toEqual([
      { path: join(dir, 'notes.md'), kind: 'passwords', line: 5, withheld: 2 },
    ]);
    // Nothing of the secret lines is in the cartridge.
    const dump = JSON.stringify([
      cartridge.prepare('SELECT * FROM knowledge_secret_skips').all(),
      cartridge.prepare('SELECT text FROM knowledge_chunks').all(),
    ]);
    expect(dump).not.toMatch(/tangerine|LARKSPUR|5820/);
    const list = await run('knowledge_list', {});
    expect(list.text).toContain(
      `Learned without the lines that look like they hold secrets: ${join(dir, 'notes.md')} (passwords, 2 lines from line 5).`,
    );

    // The rest of the file answers.
    const passport = await ask('when does my passport expire?');
    expect(passport.known).toBe(true);
    expect(passport.answer).toContain('3 August 2026');
    expect(passport.notSearched).toBeUndefined();
    const wifi = await ask("what's the wifi password?");
    expect(wifi.known).toBe(false);
    expect(wifi.notSearched).toBe(line(join(dir, 'notes.md')));
    expect(wifi.answer.split('\n').at(-1)).toBe(line(join(dir, 'notes.md')));
    expect(wifi.answer).not.toContain('tangerine');

    // An answer found says nothing of it.
    const rent = await ask('how much is the rent?');
    expect(rent.known).toBe(true);
    expect(rent.notSearched).toBeUndefined();
    expect(rent.answer).not.toContain('Not searched');
    // Asked only of another file's place: not where notes.md was.
    const scoped = await ask("what's the wifi password?", { pathPrefix: join(dir, 'lease.md') });
    expect(scoped.notSearched).toBeUndefined();
    // Another collection: nothing was left out there.
    await run('knowledge_learn', { paths: [join(dir, 'lease.md')], collection: 'work' });
    expect(await skipped('work')).toEqual([]);
    expect((await ask("what's the wifi password?", { collection: 'work' })).notSearched).toBeUndefined();
  });

  it('names at most three files, then "and N more"', async () => {
    const { dir, run, ask } = world();
    for (const name of ['a.txt', 'b.txt', 'c.txt', 'd.txt'])
      writeFileSync(join(dir, name), 'Door PIN 4471\n');
    writeFileSync(join(dir, 'id_rsa'), 'key\n');
    await run('knowledge_learn', { paths: [dir] });
    // k29: a file of secret lines alone is left out whole; notes.md is learned without its two.
    expect((await ask('what is the door pin?')).notSearched).toBe(
      `Not searched: a.txt, b.txt, c.txt and 2 more were left out when learned because they look like they hold secrets; \`fazt learn --include-secrets <path>\` learns them.\n${line(join(dir, 'notes.md'))}`,
    );
  });

  it('a later learn that learns the file, finds it clean or finds it gone forgets the record', async () => {
    const { dir, run, skipped, ask } = world();
    const notes = join(dir, 'notes.md');
    await run('knowledge_learn', { paths: [dir] });
    // Learned again, still secret: kept once, not twice.
    await run('knowledge_learn', { paths: [dir] });
    expect(await skipped()).toHaveLength(1);
    // Cleaned: learned, and no longer said to be left out.
    writeFileSync(notes, CLEAN_NOTES);
    await run('knowledge_learn', { paths: [dir] });
    expect(await skipped()).toEqual([]);
    expect((await ask('when does my passport expire?')).answer).toContain('3 August 2026');

    // Learned with includeSecrets: the record goes with the learn.
    await run('knowledge_forget', { all: true });
    writeFileSync(notes, NOTES);
    await run('knowledge_learn', { paths: [dir] });
    expect(await skipped()).toHaveLength(1);
    await run('knowledge_learn', { paths: [notes], includeSecrets: true });
    expect(await skipped()).toEqual([]);

    // Gone from disk: the next learn of its folder forgets it.
    await run('knowledge_forget', { all: true });
    await run('knowledge_learn', { paths: [dir] });
    expect(await skipped()).toHaveLength(1);
    rmSync(notes);
    await run('knowledge_learn', { paths: [dir] });
    expect(await skipped()).toEqual([]);
    expect((await ask('when does my passport expire?')).notSearched).toBeUndefined();

    // Gitignored now: left out for that, no longer for secrets.
    writeFileSync(notes, NOTES);
    await run('knowledge_learn', { paths: [dir] });
    expect(await skipped()).toHaveLength(1);
    writeFileSync(join(dir, '.gitignore'), 'notes.md\n');
    await run('knowledge_learn', { paths: [dir] });
    expect(await skipped()).toEqual([]);
  });

  it('a learn of another folder keeps the record; a forget of the collection or its folder removes it', async () => {
    const { dir, run, skipped } = world();
    const other = join(testDir('fazt-secret-skips-other-'), 'other');
    mkdirSync(other, { recursive: true });
    writeFileSync(join(other, 'recipe.md'), '# Bread\n\nBake for 40 minutes.\n');
    await run('knowledge_learn', { paths: [dir] });
    await run('knowledge_learn', { paths: [other] });
    expect(await skipped()).toHaveLength(1);
    await run('knowledge_forget', { path: dir });
    expect(await skipped()).toEqual([]);
    await run('knowledge_learn', { paths: [dir] });
    expect(await skipped()).toHaveLength(1);
    await run('knowledge_forget', { all: true });
    expect(await skipped()).toEqual([]);
  });
});
