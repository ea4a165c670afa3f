import { describe, expect, it } from 'vitest';
import { collect, runCliJson, spawnCli, useMemoryCli } from '../helpers/cli.js';

/**
 * Issue 7, stranger 8, through the real, built CLI: an emoji qualifies a fact name like a word,
 * secrets are never shown as near facts, note numbers are never reused.
 */
// Up to a dozen CLI runs per case: ~6 s idle, 20 s+ at load 8 on 2 cores.
describe('stranger 8: recall, secrets, note numbers (CLI)', { timeout: 90_000 }, () => {
  const { cart, ask, remember } = useMemoryCli();

  it('"what\'s my PIN" with "bank PIN", "📱 PIN" and "💻 PIN" lists all three and asks which', async () => {
    await remember('bank PIN', '8812');
    await remember('📱 PIN', '1111');
    await remember('💻 PIN', '2222');
    const read = await ask("what's my PIN");
    expect(read.stdout).toMatch(/^3 remembered facts fit "PIN": .*Which one do you mean\?/);
    // m13-secrets: a PIN is a secret, so the question names each and masks its value.
    for (const fact of ['bank PIN: ••••', '📱 PIN: ••••', '💻 PIN: ••••'])
      expect(read.stdout).toContain(fact);
    for (const value of ['8812', '1111', '2222']) expect(read.stdout).not.toContain(value);
    expect(read.code).toBe(3);
    const json = await runCliJson<{ found: boolean; ambiguous?: boolean; alternatives: { score: number }[] }>(
      ['run', 'memory_recall', '{"key":"PIN"}', '--json'],
      { cartridge: cart().path },
    );
    expect(json).toMatchObject({ found: false, ambiguous: true });
    expect(json.alternatives).toHaveLength(3);
    // Named, each answers.
    expect((await ask("what's my bank PIN")).stdout).toBe('Your bank PIN is 8812.\n');
    expect((await ask("what's my phone PIN")).stdout).toBe('Your 📱 PIN is 1111.\n');
  });

  it('"what is my code" with "alarm code" and "🏠 alarm code" asks which', async () => {
    await remember('alarm code', '2468');
    await remember('🏠 alarm code', '1357');
    const read = await ask('what is my code');
    expect(read.stdout).toMatch(/^Two remembered facts fit "code": .*Which one do you mean\?/);
    expect(read.code).toBe(3);
    expect((await ask('what is my alarm code')).stdout).toBe('Your alarm code is 2468.\n');
  });

  it('10 processes saying "my shared counter is N" at once: one remembers, nine ask, none replaces', async () => {
    const runs = await Promise.all(
      Array.from({ length: 10 }, (_, index) =>
        collect(spawnCli(['ask', `my shared counter is ${index + 1}`], { cartridge: cart().path }), 120_000),
      ),
    );
    const remembered = runs.filter((run) => /^Remembered: your shared counter is \d+\.$/m.test(run.stdout));
    expect(remembered).toHaveLength(1);
    expect(remembered[0]!.code).toBe(0);
    for (const run of runs) expect(run.stdout).not.toMatch(/Updated:/);
    const stored = /is (\d+)\./.exec(remembered[0]!.stdout)![1];
    const asked = runs.filter((run) => run !== remembered[0]);
    for (const run of asked) {
      expect(run.stdout).toMatch(new RegExp(`^Your shared counter is ${stored}; change it to \\d+\\?`));
      expect(run.code).toBe(3);
    }
    const recall = await runCliJson<{ match: { value: string } }>(
      ['run', 'memory_recall', '{"key":"shared counter"}', '--json'],
      { cartridge: cart().path },
    );
    expect(recall.match.value).toBe(stored);
  });

  it('note numbers are never reused: delete 1, 3 and 4, and the next note is #5', async () => {
    for (const text of ['one', 'two', 'three', 'four']) expect((await ask(`note: ${text}`)).code).toBe(0);
    for (const id of [1, 3, 4]) expect((await ask(`delete note ${id}`, '--yes')).code).toBe(0);
    const added = await runCliJson<{ note: { id: number } }>(
      ['run', 'notes_add', '{"text":"five"}', '--json'],
      {
        cartridge: cart().path,
      },
    );
    expect(added.note.id).toBe(5);
    // An old "delete note 3" deletes nothing else.
    const again = await ask('delete note 3', '--yes');
    expect(again.stdout + again.stderr).not.toMatch(/five/);
    const list = await runCliJson<{ notes: { id: number }[] }>(['run', 'notes_list', '--json'], {
      cartridge: cart().path,
    });
    expect(list.notes.map(({ id }) => id)).toEqual([5, 2]);
  });
});
