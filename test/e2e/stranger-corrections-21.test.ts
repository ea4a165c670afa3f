import { describe, expect, it } from 'vitest';
import { runCli, useTempCartridge } from '../helpers/cli.js';

/**
 * m21 (S33 H1, M5) through the real CLI, each turn its own process continuing with `-c`: a
 * correction naming another owner changes that owner's fact, and Alex's PIN survives it.
 */
describe('a correction naming another owner across CLI processes', () => {
  const cart = useTempCartridge();
  const ask = async (...args: string[]) => runCli(['ask', ...args], { cartridge: cart().path });

  it('"no wait, jakes is 3333" after "whats alexs pin" changes Jake\'s PIN only', {
    timeout: 240_000,
  }, async () => {
    await ask('remember alexs pin is 1111');
    await ask('remember jakes pin is 2222');
    expect((await ask('whats alexs pin')).stdout).toMatch(/1111/);
    const corrected = await ask('-c', 'no wait, jakes is 3333');
    expect(corrected.code).toBe(0);
    expect(corrected.stdout).toMatch(/jakes pin is now 3333/);
    expect(corrected.stdout).not.toMatch(/jakes is 3333/);
    expect((await ask('whats alexs pin')).stdout).toMatch(/alexs pin is 1111/);
    expect((await ask('whats jakes pin')).stdout).toMatch(/jakes pin is 3333/);
  });

  it('"oh and jakes changed to 10 oct" after "whens emmas bday" changes Jake\'s birthday', {
    timeout: 240_000,
  }, async () => {
    await ask('remember emmas bday is 3 may');
    await ask('remember jakes bday is 9 oct');
    await ask('whens emmas bday');
    const changed = await ask('-c', 'oh and jakes changed to 10 oct');
    expect(changed.stdout).toMatch(/jakes bday is now 10 oct/);
    const all = (await ask('what do you remember')).stdout;
    expect(all).toMatch(/I remember 2 things/);
    expect(all).not.toMatch(/and jakes/);
  });
});
