import { describe, expect, it } from 'vitest';
import { runCli, runCliJson, useTempCartridge } from '../helpers/cli.js';

/**
 * Issue 7, stranger S11 (round 9), through the real, built CLI: facts typed with no punctuation
 * between them are each their own fact, filler after a value is no part of it, and a doubted value
 * is asked about (exit 3) with nothing kept. Five CLI runs.
 */
describe('stranger 9: run-on facts, filler, doubt (CLI)', { timeout: 90_000 }, () => {
  const cart = useTempCartridge();
  const ask = (text: string) => runCli(['ask', text], { cartridge: cart().path });
  const list = () =>
    runCliJson<{ entries: { label: string; value: string }[] }>(['run', 'memory_list', '{}', '--json'], {
      cartridge: cart().path,
    });

  it('keeps each run-on fact, drops the filler, asks about the doubted one', async () => {
    const runOn = await ask('hey my gate code is 5521 my partners name is jo and my shoe size is 44 thx');
    expect(runOn.code).toBe(0);
    expect(runOn.stdout).toContain('Remembered: your gate code is 5521.');
    const filler = await ask('my alarm pin is 2222 but keep it secret');
    expect(filler.code).toBe(0);
    expect(filler.stdout).toContain('Remembered: your alarm pin is 2222.');
    const doubt = await ask('my room might be 66');
    expect(doubt.code).toBe(3);
    expect(doubt.stdout).toMatch(/^Is your room 66\? You said "might be", so I kept nothing/);
    const unsure = await ask('my flight is BA117 at 9am the hotel is the ritz');
    expect(unsure.code).toBe(3);
    expect(unsure.stdout).toContain('I kept nothing');
    const facts = Object.fromEntries((await list()).entries.map((fact) => [fact.label, fact.value]));
    expect(facts).toEqual({
      'gate code': '5521',
      // m23-people: a relation's possessive typed without its apostrophe is stored with it.
      "partner's name": 'jo',
      'shoe size': '44',
      'alarm pin': '2222',
    });
  });
});
