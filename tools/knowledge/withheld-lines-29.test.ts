import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testCartridge, testDir } from '../../test/helpers/runtime.js';
import { createDefaultRegistry, createExecutor } from '../index.js';

const person = { kind: 'person' as const, id: 'test' };

/** A household notes.txt: one Wi-Fi password and a door code among everyday facts. */
const NOTES = [
  'Household notes',
  '',
  'Bin day: Tuesday',
  'wifi password is sunshine',
  'Plumber: Dave Hollis 07700 900123',
  'door code: 7781',
  'Window cleaner comes on the first Friday of the month',
  '',
].join('\n');

function world() {
  const cartridge = testCartridge();
  const executor = createExecutor({ cartridge, registry: createDefaultRegistry() });
  const dir = join(testDir('fazt-withheld-29-'), 'docs');
  mkdirSync(dir, { recursive: true });
  const notes = join(dir, 'notes.txt');
  writeFileSync(notes, NOTES);
  const run = async (tool: string, input: Record<string, unknown>) => {
    const result = await executor.execute(tool, input, { caller: person, approved: true });
    if (!result.ok) throw new Error(result.error.message);
    return result as typeof result & { output: Record<string, unknown> };
  };
  const ask = async (question: string) =>
    (await run('knowledge_ask', { question })).output as {
      known: boolean;
      answer: string;
      notSearched?: string;
      citations: { path: string; lineStart: number; lineEnd: number }[];
    };
  /** Everything the cartridge keeps of learned text: chunks, FTS and the secret records. */
  const stored = () =>
    JSON.stringify([
      cartridge.prepare('SELECT heading, text FROM knowledge_chunks').all(),
      cartridge.prepare('SELECT heading, text FROM knowledge_fts').all(),
      cartridge.prepare('SELECT * FROM knowledge_secret_skips').all(),
    ]);
  return { cartridge, dir, notes, run, ask, stored };
}

describe('learn withholds secret lines and learns the rest of the file (k29)', () => {
  it('learns the bin day and plumber, keeps the password and door code out, and says so', async () => {
    const { notes, run, ask, stored } = world();
    const learned = await run('knowledge_learn', { paths: [notes] });
    expect(learned.output.new).toBe(1);
    expect(learned.output.skipped).toBe(0);
    expect(learned.output.withheldLines).toEqual([{ path: notes, lines: [4, 6], kinds: ['passwords'] }]);
    expect(learned.text).toContain(
      'Withheld 2 lines that look like they hold passwords (notes.txt lines 4, 6), and learned the rest. To learn them too, run `fazt learn --include-secrets',
    );
    expect(stored()).not.toMatch(/sunshine|7781/);
    expect(stored()).toContain('Bin day: Tuesday');

    const bins = await ask('when is bin day?');
    expect(bins.known).toBe(true);
    expect(bins.answer).toContain('Tuesday');
    // The line numbers cited are the file's own.
    expect(bins.citations[0]).toMatchObject({ path: notes, lineStart: 3 });
    const plumber = await ask("what is the plumber's number?");
    expect(plumber.answer).toContain('07700 900123');
    expect(plumber.citations[0]).toMatchObject({ lineStart: 5 });

    const wifi = await ask("what's the wifi password?");
    expect(wifi.answer).not.toContain('sunshine');
    expect(wifi.known).toBe(false);
    expect(wifi.notSearched).toContain('2 lines of notes.txt were withheld when learned');

    const list = await run('knowledge_list', {});
    expect(list.output.skippedSecrets).toEqual([{ path: notes, kind: 'passwords', line: 4, withheld: 2 }]);
  });

  it('stays incremental, and learns the withheld lines once asked for, even with the file unchanged', async () => {
    const { notes, run, ask, stored } = world();
    await run('knowledge_learn', { paths: [notes] });
    const again = await run('knowledge_learn', { paths: [notes] });
    expect(again.output).toMatchObject({ unchanged: 1, new: 0, changed: 0, chunks: 0 });
    // Still withheld: the record stays.
    expect((await run('knowledge_list', {})).output.skippedSecrets).toHaveLength(1);

    const asked = await run('knowledge_learn', { paths: [notes], includeSecrets: true });
    expect(asked.output).toMatchObject({ changed: 1, unchanged: 0 });
    expect(asked.output.withheldLines).toEqual([]);
    expect(stored()).toContain('sunshine');
    expect((await ask("what's the wifi password?")).answer).toContain('sunshine');
    expect((await run('knowledge_list', {})).output.skippedSecrets).toEqual([]);

    // Asked for before: a changed copy keeps its secrets, and an unchanged one is not read again.
    writeFileSync(notes, `${NOTES}Gas meter is under the stairs\n`);
    const changed = await run('knowledge_learn', { paths: [notes] });
    expect(changed.output).toMatchObject({ changed: 1 });
    expect(stored()).toContain('sunshine');
    expect((await run('knowledge_learn', { paths: [notes] })).output).toMatchObject({ unchanged: 1 });
  });

  it('a file of secret lines alone, or named like one, is left out whole', async () => {
    const { dir, run, stored } = world();
    writeFileSync(join(dir, 'codes.txt'), 'door code: 7781\nPIN 4821\n');
    writeFileSync(join(dir, 'passwords.txt'), 'Bin day: Tuesday\n');
    const learned = await run('knowledge_learn', { paths: [dir] });
    expect(learned.output.skippedFiles).toEqual([
      { path: join(dir, 'codes.txt'), reason: 'secrets', detail: 'looks like it holds passwords (line 1)' },
      {
        path: join(dir, 'passwords.txt'),
        reason: 'secrets',
        detail: 'looks like it holds passwords (its name)',
      },
    ]);
    expect(stored()).not.toMatch(/7781|4821/);
  });
});
