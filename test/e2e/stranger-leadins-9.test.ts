import { describe, expect, it } from 'vitest';
import { runCli, runCliJson, useTempCartridge } from '../helpers/cli.js';

/**
 * Stranger S11 (round 9), through the real, built CLI: a lead-in before a colon is never a
 * fact's name, "my work one" takes the name of the fact before it, a lone "the home one" asks,
 * and a title is kept whole. Five CLI runs.
 */
describe('stranger 9: lead-ins, "one", whole titles (CLI)', { timeout: 90_000 }, () => {
  const cart = useTempCartridge();
  const ask = (text: string) => runCli(['ask', text], { cartridge: cart().path });

  it('keeps what the person meant, asks where it cannot tell, and stores no lead-in as a key', async () => {
    const kept = await ask('keep this private: my diary code is 9876');
    expect(kept.code).toBe(0);
    expect(kept.stdout).toMatch(
      /^Remembered: your diary code is 9876\.\nIt stays private: .*shares it with no one\.\n$/,
    );

    const pair = await ask('my home wifi password is abc and my work one is def');
    expect(pair.code).toBe(0);
    expect(pair.stdout).toContain('Remembered: your work wifi password is def.');

    const one = await ask('actually, the home one is ddd');
    expect(one.code).toBe(3);
    expect(one.stdout).toMatch(/^Which home one\? .*Nothing was changed\.\n$/);

    const title = await ask('remember that my song is Sorry Not Sorry');
    expect(title.stdout).toBe('Remembered: your song is Sorry Not Sorry.\n');

    const listed = await runCliJson<{ entries: { label: string; value: unknown }[] }>(
      ['run', 'memory_list', '{}', '--json'],
      { cartridge: cart().path },
    );
    const facts = Object.fromEntries(listed.entries.map((entry) => [entry.label, entry.value]));
    expect(facts).toEqual({
      'diary code': '9876',
      'home wifi password': 'abc',
      'work wifi password': 'def',
      song: 'Sorry Not Sorry',
    });
  });
});
