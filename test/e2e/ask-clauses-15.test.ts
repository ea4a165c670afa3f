import { describe, expect, it } from 'vitest';
import { runCli, useTempCartridge } from '../helpers/cli.js';

/** S24 through the real CLI: a follow-up "and remember …" is kept; "remember my X is Y?" keeps the old value. */
describe('fazt ask: follow-up lead-ins and a remember said as a question (S24)', () => {
  const cart = useTempCartridge();
  const ask = async (...args: string[]) => runCli(['ask', ...args], { cartridge: cart().path });

  it('"-c and remember my vault passcode is W3R5T7" remembers it', { timeout: 240_000 }, async () => {
    await ask('remember my bike is red');
    const follow = await ask('-c', 'and remember my vault passcode is W3R5T7');
    expect(follow.code).toBe(0);
    expect(follow.stdout).toMatch(/Remembered: your vault passcode/);
    expect(follow.stdout).not.toMatch(/my and remember/);
    expect((await ask('what is my vault passcode?')).stdout).toMatch(/W3R5T7/);
  });

  it('"remember, my garage code is 9999?" changes nothing', { timeout: 240_000 }, async () => {
    await ask('remember my garage code is 7781');
    const asked = await ask('remember, my garage code is 9999?');
    expect(asked.code).toBe(3);
    expect(asked.stdout).not.toMatch(/Updated|forgotten/);
    expect((await ask('what is my garage code?')).stdout).toMatch(/7781/);
  });
});
