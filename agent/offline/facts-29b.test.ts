import { describe, expect, it } from 'vitest';
import { offlineWorld } from '../../test/helpers/offline.js';

/**
 * S44: a relation or pet named and then spoken of with a pronoun ("'s called … and she's a
 * pharmacist", "is called Mochi 😺 she is 7", "is Kasia, she's 9") is two facts, never one
 * garbage value; a correction of a kept person's age with "actually" at the end; a possessive
 * typed without its apostrophe on a kept person's name; another person's home said with a capital.
 */

const sorted = (facts: [string, unknown][]) => [...facts].sort(([a], [b]) => a.localeCompare(b));

describe('a person or pet named, then a pronoun clause about them', () => {
  it.each([
    [
      "my wife's called Orla and she's a pharmacist",
      [
        ['wife', 'Orla'],
        ["wife's job", 'pharmacist'],
      ],
    ],
    [
      "my husband's called Ben and he's a teacher",
      [
        ['husband', 'Ben'],
        ["husband's job", 'teacher'],
      ],
    ],
    [
      "my brother is Tom and he's a nurse",
      [
        ['brother', 'Tom'],
        ["brother's job", 'nurse'],
      ],
    ],
    [
      "my son's called Leo and he's 7",
      [
        ['son', 'Leo'],
        ["son's age", '7'],
      ],
    ],
    [
      "my sister is Ann and she's 34",
      [
        ['sister', 'Ann'],
        ["sister's age", '34'],
      ],
    ],
    [
      'our cat is called Mochi 😺 she is 7',
      [
        ['cat name', 'Mochi'],
        ["cat's age", '7'],
      ],
    ],
    [
      "our dog's named Rex 🐶 he's 3",
      [
        ['dog name', 'Rex'],
        ["dog's age", '3'],
      ],
    ],
    [
      "we have a rabbit called Pip, he's 2 🐰",
      [
        ['rabbit name', 'Pip'],
        ["rabbit's age", '2'],
      ],
    ],
    [
      "our daughter is Kasia, she's 9",
      [
        ['daughter', 'Kasia'],
        ["daughter's age", '9'],
      ],
    ],
    [
      "my son is Bartek, he's 4",
      [
        ['son', 'Bartek'],
        ["son's age", '4'],
      ],
    ],
  ])('%s', async (said, kept) => {
    const { ask, facts } = offlineWorld();
    expect((await ask(said)).finish.status).toBe('done');
    expect(sorted(facts())).toEqual(kept);
  });

  it('keeps no job from "she\'s a darling": only a word of the jobs list is a job', async () => {
    const { ask, facts } = offlineWorld();
    await ask("my sister is Ann, she's a darling");
    expect(facts()).toEqual([['sister', 'Ann']]);
  });
});

describe('a correction of a kept person\'s age said with "actually", "now" or "then" after it', () => {
  // 'no, Bartek is 5' (a leading marker alone, capitalised) is not read so: reading kept names for it
  // took 'actually Bruno is 8' away from 'dog Bruno's age' (stranger-followups-19); left open.
  // 'Bartek is 5 now' is not a correction either: 'Theo is 6 now' updates son's age (m26).
  it.each(['no, Bartek is 5 actually', 'Bartek is 5 actually'])('%s', async (said) => {
    const { ask, facts, remember } = offlineWorld();
    await remember([
      ['son', 'Bartek'],
      ["Bartek's age", '4'],
    ]);
    const { answer } = await ask(said);
    expect(answer).not.toMatch(/several things/);
    expect(sorted(facts())).toEqual([
      ["Bartek's age", '5'],
      ['son', 'Bartek'],
    ]);
  });
});

describe('a possessive typed without its apostrophe on a kept name', () => {
  it('"Kasias teacher is Mrs Okafor" with Kasia kept is her teacher', async () => {
    const { ask, facts, remember } = offlineWorld();
    await remember([['daughter', 'Kasia']]);
    await ask('Kasias teacher is Mrs Okafor');
    expect(sorted(facts())).toEqual([
      ['daughter', 'Kasia'],
      ["Kasia's teacher", 'Mrs Okafor'],
    ]);
  });

  it('a name nobody kept is still asked about, nothing kept', async () => {
    const { ask, facts } = offlineWorld();
    const { answer } = await ask('Zofias teacher is Mrs Okafor');
    expect(answer).toMatch(/I can't tell/);
    expect(facts()).toEqual([]);
  });
});

describe("another person's home said with a capital is kept as theirs (S44)", () => {
  it.each([
    [
      'my sister Agnieszka lives in Gdańsk',
      [
        ['sister', 'Agnieszka'],
        ["sister's home", 'Gdańsk'],
      ],
    ],
    ['my mum lives in Leeds', [["mum's home", 'Leeds']]],
    ['my brother lives in New York', [["brother's home", 'New York']]],
  ])('%s', async (said, kept) => {
    const { ask, facts } = offlineWorld();
    expect((await ask(said)).finish.status).toBe('done');
    expect(sorted(facts())).toEqual(kept);
  });

  it('asks before replacing a different home already kept', async () => {
    const { ask, facts, remember } = offlineWorld();
    await remember([["mum's home", 'Leeds']]);
    const { answer } = await ask('my mum lives in York');
    expect(answer).toContain('Leeds');
    expect(facts()).toEqual([["mum's home", 'Leeds']]);
  });

  it.each([
    'my mum lives in fear of spiders',
    'my dad lives for bingo',
    'My sister lives in Lyon, which is lovely by the way. Her birthday is 3 March.',
  ])('keeps nothing from "%s"', async (said) => {
    const { ask, facts } = offlineWorld();
    await ask(said);
    expect(facts()).toEqual([]);
  });
});
