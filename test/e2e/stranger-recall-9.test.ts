import { describe, expect, it } from 'vitest';
import { runCli, runCliJson, useTempCartridge } from '../helpers/cli.js';

/**
 * Issue 7, stranger S11 (round 9), through the real, built CLI: numbers in a fact name are exact,
 * a forget that fits several facts asks which even with --yes (exit 3, nothing deleted), and "my
 * new phone number is …" updates the phone number. Six CLI runs.
 */
describe('stranger S11: one fact name for every verb (CLI)', { timeout: 90_000 }, () => {
  const cart = useTempCartridge();
  const ask = (text: string, ...flags: string[]) =>
    runCli(['ask', text, ...flags], { cartridge: cart().path });
  const remember = (key: string, value: string) =>
    runCliJson(['run', 'memory_remember', JSON.stringify({ key, value }), '--json'], {
      cartridge: cart().path,
    });

  it('room 100 is not room 101; "forget my room key" asks which with --yes; "new" updates', async () => {
    await remember('room 10 key', 'A1');
    await remember('room 101 key', 'B7');
    const read = await ask("what's room 100 key");
    expect(read.stdout).not.toContain('B7');
    expect(read.stdout).not.toContain('took');
    const forget = await ask('forget my room key', '--yes');
    expect(forget.stdout).toMatch(/^Two remembered facts fit "room key": .*Which one should I forget\?/);
    expect(forget.code).toBe(3);
    expect((await ask('my phone number is 0111')).code).toBe(0);
    const update = await ask('my new phone number is 0777');
    expect(update.stdout).toBe('Updated: your phone number is now 0777 (was 0111).\n');
    expect(update.code).toBe(0);
  });
});
