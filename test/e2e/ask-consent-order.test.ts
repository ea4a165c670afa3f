import { describe, expect, it } from 'vitest';
import { runCli, useTempCartridge } from '../helpers/cli.js';

interface AskJson {
  answer: string;
  status: string;
  conversationId: string;
}

/** m12 (issue 7): consent covers what was shown, steps run in the order said, a pasted value is kept whole. */
describe('fazt ask: consent, step order and pasted values through the real CLI', () => {
  const cart = useTempCartridge();
  const ask = async (args: string[], input?: string) =>
    runCli(['ask', ...args], { cartridge: cart().path, ...(input === undefined ? {} : { input }) });
  const askJson = async (...args: string[]) => {
    const result = await ask(['--json', ...args]);
    return { ...result, json: JSON.parse(result.stdout) as AskJson };
  };

  it('"forget everything" approved later deletes nothing when the facts shown were swapped (same count)', {
    timeout: 240_000,
  }, async () => {
    for (const fact of ['my locker is 1', 'my gym is 2', 'my bike is 3']) await ask([fact]);
    const shown = await askJson('forget everything');
    expect(shown.json.answer).toMatch(/would forget all 3 remembered facts/);
    await ask(['--yes', 'forget my bike']);
    await ask(['my bank PIN is 7777']);
    const approved = await askJson('-c', shown.json.conversationId, '--yes', 'yes');
    expect(approved.json.answer).toMatch(/changed since you approved.*nothing was deleted/);
    expect(approved.code).not.toBe(0);
    expect((await ask(['what is my bank PIN?'])).stdout).toMatch(/7777/);
    const notes = await askJson('note one');
    expect(notes.code).toBe(0);
    const shownNotes = await askJson('clear my notes');
    expect(shownNotes.json.answer).toMatch(/would delete your only note/);
    await ask(['--yes', 'delete note 1']);
    await ask(['note bank PIN is on the fridge']);
    const kept = await askJson('-c', shownNotes.json.conversationId, '--yes', 'yes');
    expect(kept.json.answer).toMatch(/notes changed since you approved/);
    expect((await ask(['list my notes'])).stdout).toMatch(/bank PIN is on the fridge/);
  });

  it('"forget my PIN, then remember my PIN is 7" forgets first, and never writes 7 before a held forget', {
    timeout: 240_000,
  }, async () => {
    await ask(['my PIN is 5']);
    const held = await askJson('forget my PIN, then remember my PIN is 8');
    expect(held.json.status).toBe('needs_approval');
    expect((await ask(['what is my PIN?'])).stdout).toMatch(/\b5\b/);
    await ask(['--yes', 'forget my PIN, then remember my PIN is 7']);
    expect((await ask(['what is my PIN?'])).stdout).toMatch(/\b7\b/);
  });

  it('a value pasted on the lines after "my address is:" is kept whole, with its line breaks', {
    timeout: 120_000,
  }, async () => {
    const kept = await ask(['-'], 'remember my address is:\n1 Main St\nLondon SW1\n');
    expect(kept.code).toBe(0);
    expect(kept.stdout).not.toMatch(/London is SW1/);
    const stored = await runCli(['run', 'memory_recall', '--json', '{"key":"address"}'], {
      cartridge: cart().path,
    });
    expect(stored.stdout).toMatch(/1 Main St\\nLondon SW1/);
    const all = await runCli(['run', 'memory_list', '--json'], { cartridge: cart().path });
    expect(JSON.parse(all.stdout)).toMatchObject({ total: 1 });
  });
});
