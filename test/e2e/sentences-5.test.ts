import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useMemoryCli } from '../helpers/cli.js';

/**
 * Issue 7, fifth round, through the real, built CLI: every sentence of a request is accounted for
 * in the answer (kept, asked about or said back), no sentence is joined into another's value, and
 * a copula before a colon is one separator.
 */
describe('every sentence of `fazt ask` is accounted for (CLI)', () => {
  const { cart, ask, facts: listed } = useMemoryCli();
  const facts = async () => (await listed()).map((entry) => [entry.label, entry.value]).sort();

  it('"He is 5." is asked about, "Don\'t share it." said back, "It\'s on floor 3." never joined', async () => {
    const rex = await ask("remember my dog's name is Rex. He is 5.");
    expect(rex.code).toBe(0);
    expect(rex.stdout).toContain("Remembered: your dog's name is Rex.");
    expect(rex.stdout).toContain('"He is 5"');
    expect(rex.stdout).toContain('"remember my dog\'s age is 5"');
    const pin = await ask("remember my bank PIN is 4321. Don't share it.");
    expect(pin.stdout).toContain('"Don\'t share it"');
    const locker = await ask("my locker code is 12. It's on floor 3.");
    expect(locker.stdout).toContain('"It\'s on floor 3"');
    const car = await ask('remember my car is a Volvo. She is blue. Park on level 2.');
    expect(car.stdout).toContain('"She is blue"');
    expect(car.stdout).toContain('"Park on level 2"');
    expect(await facts()).toEqual([
      ['bank PIN', '4321'],
      ['car', 'a Volvo'],
      ["dog's name", 'Rex'],
      ['locker code', '12'],
    ]);
  });

  it('a request that corrects itself keeps nothing and exits as needing input', async () => {
    const corrected = await ask('remember my PIN is 4321. No, 4322.');
    expect(corrected.stdout).toMatch(/^I kept nothing: "No, 4322"/);
    expect(corrected.code).toBe(3);
    // Nothing was stored, so not even a cartridge was made.
    expect(existsSync(cart().path)).toBe(false);
  });

  it('a copula before a colon keeps the value as typed; "note:" stays a note', async () => {
    await ask('remember my excuse is: it is raining');
    await ask('the wifi password is: hunter2');
    await ask('my motto is: carpe diem');
    const note = await ask('note: the boiler is: broken');
    expect(note.stdout).toMatch(/^Noted/);
    expect(await facts()).toEqual([
      ['excuse', 'it is raining'],
      ['motto', 'carpe diem'],
      ['wifi password', 'hunter2'],
    ]);
  });
});
