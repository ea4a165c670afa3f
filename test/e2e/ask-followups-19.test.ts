import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli, useTempCartridge } from '../helpers/cli.js';

/**
 * m19 (S28 M1): a secret's value typed but never kept — asked about with "change it to 0009?" and
 * declined, or left asked — stays in the stored turns and the conversation's title unless the
 * forget of that secret scrubs it too. The proof reads the cartridge file's raw bytes, as
 * `strings x.db` does.
 */
describe('forgetting a secret scrubs the values typed for it that were never kept', () => {
  const cart = useTempCartridge();
  const ask = async (...args: string[]) => runCli(['ask', ...args], { cartridge: cart().path });
  const bytes = () => readFileSync(cart().path).toString('latin1');

  it('a declined and a still-asked "change it?" go with the forget', { timeout: 240_000 }, async () => {
    await ask('remember my PIN is 0007');
    const asked = await ask('my PIN is 0009');
    expect(asked.stdout).toMatch(/change it to 0009\?/);
    await ask('-c', 'no');
    await ask('my PIN is 0451');
    await ask('remember my car is a red Polo');
    expect(bytes()).toContain('0009');
    const forgot = await ask('--yes', 'forget my PIN');
    expect(forgot.code).toBe(0);
    await ask('what is my car?');
    const file = bytes();
    for (const value of ['0007', '0009', '0451']) expect(file).not.toContain(value);
    // Other facts and the words around the values stay.
    expect((await ask('what is my car?')).stdout).toMatch(/red Polo/);
  });
});
