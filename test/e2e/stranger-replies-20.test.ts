import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli, useTempCartridge } from '../helpers/cli.js';

/**
 * m20 (S31 M1, M4, M6) through the real CLI, each turn its own process continuing with `-c`: the
 * request the approval message says to run again with --yes does it; a new value typed for a
 * stored secret never prints the secret (on screen or in the cartridge's stored turns); a reply
 * not understood leaves the question before it for a later "yes".
 */
describe('replies and follow-ups across CLI processes', () => {
  const cart = useTempCartridge();
  const ask = async (...args: string[]) => runCli(['ask', ...args], { cartridge: cart().path });
  const bytes = () => readFileSync(cart().path).toString('latin1');

  it('"delete that" held, then run again with --yes as the message says, forgets the locker', {
    timeout: 240_000,
  }, async () => {
    await ask('my locker is 221');
    await ask('whats my locker');
    const held = await ask('-c', 'delete that');
    expect(held.code).toBe(3);
    expect(held.stdout).toMatch(/run the request again with --yes/);
    const done = await ask('-c', '--yes', 'delete that');
    expect(done.stdout).toMatch(/Forgot your locker/);
    expect(done.code).toBe(0);
    expect((await ask('whats my locker')).stdout).not.toMatch(/221/);
  });

  it('a stored secret is masked in the change question; "yes pls" after a reply not understood still confirms', {
    timeout: 240_000,
  }, async () => {
    await ask('my email pw is qwerty99');
    const asked = await ask('my email pw is newpass11');
    expect(asked.code).toBe(3);
    expect(asked.stdout).toMatch(/change it to newpass11\?/);
    expect(asked.stdout).not.toMatch(/qwerty99/);
    const lost = await ask('-c', 'blorp fizz wobble');
    expect(lost.code).toBe(3);
    const yes = await ask('-c', 'yes pls');
    expect(yes.stdout).toMatch(/now newpass11/);
    expect(yes.code).toBe(0);
    expect(bytes()).not.toContain('qwerty99');
  });
});
