import { describe, expect, it } from 'vitest';
import { runCli, runCliJson, useTempCartridge } from '../helpers/cli.js';

/**
 * Issue 7, seventh round, through the real, built CLI: a value corrected while said keeps the last
 * value; two doubted values ask (exit 3) and keep nothing; "what is my bank?" with only "bank PIN"
 * stored never prints the PIN, in `fazt ask`, `fazt run` and `--json` (what MCP agents read).
 */
describe('corrections, doubts and the reverse attribute rule through the CLI', () => {
  const cart = useTempCartridge();
  const ask = (text: string) => runCli(['ask', text], { cartridge: cart().path });
  const run = <T>(tool: string, input: unknown) =>
    runCliJson<T>(['run', tool, JSON.stringify(input), '--json'], { cartridge: cart().path });

  it('"12, sorry I mean 21" keeps 21; "12 or maybe 21" asks and keeps nothing', async () => {
    const doubted = await ask('my gate code is 12 or maybe 21');
    expect(doubted.code).toBe(3);
    expect(doubted.stdout).toMatch(/^Is your gate code 12 or 21\? I kept nothing/);
    const corrected = await ask('remember my gate code is 12, sorry I mean 21');
    expect(corrected.code).toBe(0);
    expect(corrected.stdout).toBe('Remembered: your gate code is 21.\n');
    const updated = await ask('change my gate code to 30 - no, actually 31');
    expect(updated.code).toBe(0);
    const list = await run<{ entries: { label: string; value: unknown }[] }>('memory_list', {});
    expect(list.entries.map(({ label, value }) => [label, value])).toEqual([['gate code', '31']]);
  });

  it('"what is my bank?" names the bank PIN and never prints it', async () => {
    await ask('remember my bank PIN is 4321');
    const answer = await ask('what is my bank?');
    expect(answer.stdout).toContain('bank PIN');
    expect(answer.stdout).not.toContain('4321');
    const plain = await runCli(['run', 'memory_recall', JSON.stringify({ key: 'bank' })], {
      cartridge: cart().path,
    });
    expect(plain.stdout).toBe(
      "I don't have anything remembered about bank. I have your bank PIN; ask for it by name.\n",
    );
    const json = await run<{ found: boolean; alternatives: { label: string; withheld?: boolean }[] }>(
      'memory_recall',
      { key: 'bank' },
    );
    expect(json).toMatchObject({ found: false, alternatives: [{ label: 'bank PIN', withheld: true }] });
    expect(JSON.stringify(json)).not.toContain('4321');
    expect((await ask('what is my bank PIN?')).stdout).toBe('Your bank PIN is 4321.\n');
  });
});
