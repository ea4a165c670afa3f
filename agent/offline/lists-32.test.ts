import { describe, expect, it } from 'vitest';
import { offlineWorld } from '../../test/helpers/offline.js';
import { agesTurned, keptAgesTurned } from './household.js';

/**
 * Round 32b: several values said in one sentence. A list of "Name is N" is ages only when it is
 * plainly about people (a household word, or names fazt keeps as people's); "Node's age" is never
 * the person's own; a fact's name never swallows the clause after it ("oven is 180 and the fridge").
 */
describe('ages listed in one sentence are ages only when about people', () => {
  it.each([
    ['the kids: Deniz is 9 and Elif is 6', "Deniz's age is 9, Elif's age is 6"],
    [
      'our children - Zoë is 12, Ñuño is 8 and Øystein is 5',
      "Zoë's age is 12, Ñuño's age is 8, Øystein's age is 5",
    ],
    ['we have Deniz who is 9 and Elif who is 6', "Deniz's age is 9, Elif's age is 6"],
    ['Mia (7) and Jonas (4) - they are my grandchildren', "Mia's age is 7, Jonas's age is 4"],
    ['my family: Théo is 9 yo and Léonie is 6 years old', "Théo's age is 9, Léonie's age is 6"],
  ])('"%s" → "%s"', (said, turned) => {
    expect(agesTurned(said)).toBe(turned);
  });

  it.each([
    'Chapter is 3 and Verse is 16',
    'Python is 3 and Node is 22',
    'Deniz is 9, Elif is 6 and Can is 3',
    'Room is 12 and Seat is 4',
    'Ruby is 3 and Rust is 1',
    'Deniz is 9 years old and Elif is 6 years old',
  ])('"%s" with no household word stays as typed', (said) => {
    expect(agesTurned(said)).toBe(said);
  });

  it('a list is read as ages only when every name is a kept person', () => {
    expect(keptAgesTurned('Deniz is 9 and Elif is 6', ['Deniz', 'Elif'])).toBe(
      "Deniz's age is 9, Elif's age is 6",
    );
    expect(keptAgesTurned('deniz is 9 and Python is 3', ['Deniz'])).toBe('deniz is 9 and Python is 3');
    expect(keptAgesTurned('Python is 3 and Node is 22', [])).toBe('Python is 3 and Node is 22');
  });

  it.each([
    'Chapter is 3 and Verse is 16',
    'Python is 3 and Node is 22',
    'Ruby is 3 and Rust is 1',
    'Deniz is 9, Elif is 6 and Can is 3',
  ])('"%s" keeps nothing when nobody is known', async (said) => {
    const { ask, facts } = offlineWorld();
    const { answer } = await ask(said);
    expect(facts()).toEqual([]);
    expect(answer).not.toMatch(/you are \d/);
  });

  it('"Deniz is 9, Elif is 6 and Can is 3" after the kids were introduced keeps each age', async () => {
    const { ask, facts } = offlineWorld();
    await ask('our kids are Deniz, Elif and Can');
    await ask('Deniz is 9, Elif is 6 and Can is 3');
    expect(facts()).toEqual(
      expect.arrayContaining([
        ["Deniz's age", '9'],
        ["Elif's age", '6'],
        ["Can's age", '3'],
      ]),
    );
  });

  it('"Python is 3 and Deniz is 9" with only Deniz kept keeps no age', async () => {
    const { ask, facts } = offlineWorld();
    await ask('my son is Deniz');
    await ask('Python is 3 and Deniz is 9');
    expect(facts()).toEqual([['son', 'Deniz']]);
  });

  it.each(["Node's age is 22", "Nate's age is 30", "Nodes' height is 3"])(
    '"%s" is never the person’s own age or height',
    async (said) => {
      const { ask, facts } = offlineWorld();
      const { answer } = await ask(said);
      expect(facts().map(([key]) => key)).not.toContain('age');
      expect(facts().map(([key]) => key)).not.toContain('height');
      expect(answer).not.toMatch(/\byou are\b/);
    },
  );
});

describe('two facts side by side never make one name', () => {
  it.each([
    'the oven is 180 and the fridge is 4',
    'remember the oven is 180 and the fridge is 4',
    'the oven is 180, the fridge is 4',
    'the thermostat is 21 and the fridge is 4',
  ])('"%s" asks, keeps no fact and no note', async (said) => {
    const { ask, facts, notes } = offlineWorld();
    const { answer } = await ask(said);
    expect(facts()).toEqual([]);
    expect(notes()).toEqual([]);
    expect(answer).toContain('I read more than one thing');
  });

  it.each([
    [
      'my locker is 12 and my bike code is 4455',
      [
        ['locker', '12'],
        ['bike code', '4455'],
      ],
    ],
    [
      'the gate is 12 and the door is 4',
      [
        ['gate', '12'],
        ['door', '4'],
      ],
    ],
  ])('"%s" keeps both facts', async (said, kept) => {
    const { ask, facts } = offlineWorld();
    await ask(said);
    expect(facts()).toEqual(expect.arrayContaining(kept));
  });

  it('no stored name holds "is <value> and"', async () => {
    const { ask, facts } = offlineWorld();
    for (const said of ['the oven is 180 and the fridge is 4', 'the kettle is 100 and the freezer is -18'])
      await ask(said);
    expect(facts().filter(([key]) => /\bis\s+\S+\s+and\b/.test(key))).toEqual([]);
  });
});
