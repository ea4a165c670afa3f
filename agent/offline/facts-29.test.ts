import { describe, expect, it } from 'vitest';
import { offlineWorld } from '../../test/helpers/offline.js';

/**
 * m29: everyday statements about family and pets kept as the facts they say, never as one
 * garbage value: a slip of "called", a second clause about the same person ("and works as …",
 * "and lives in …"), a correction of a relation's name, and asides after a comma after a name.
 */

const sorted = (facts: [string, unknown][]) => [...facts].sort(([a], [b]) => a.localeCompare(b));

describe('a person named and a second clause about them', () => {
  it.each([
    [
      'my sister is callled Anya and works as an accountant',
      [
        ['sister', 'Anya'],
        ["sister's job", 'accountant'],
      ],
    ],
    [
      'my brother is Tom and he works as a plumber',
      [
        ['brother', 'Tom'],
        ["brother's job", 'plumber'],
      ],
    ],
    [
      'my mum is Carol and lives in York',
      [
        ['mum', 'Carol'],
        ["mum's home", 'York'],
      ],
    ],
    [
      'my dad is called Peter and works as a software engineer',
      [
        ['dad', 'Peter'],
        ["dad's job", 'software engineer'],
      ],
    ],
  ])('%s', async (said, kept) => {
    const { ask, facts } = offlineWorld();
    expect((await ask(said)).finish.status).toBe('done');
    expect(sorted(facts())).toEqual(kept);
  });
});

describe('a slip of "called" or "named" is never part of a value', () => {
  it.each([
    ['my dog is callled Rex', 'dog name', 'Rex'],
    ["my dog's naemd Rex", 'dog name', 'Rex'],
    ['my dad is calld Peter', 'dad', 'Peter'],
  ])('%s', async (said, key, value) => {
    const { ask, facts } = offlineWorld();
    await ask(said);
    expect(facts()).toEqual([[key, value]]);
  });
});

describe("a relation's name corrected", () => {
  it('"actually my sister\'s name is Anja, not Anya" changes the sister fact, keeps her job', async () => {
    const { ask, facts, remember } = offlineWorld();
    await remember([
      ['sister', 'Anya'],
      ["sister's job", 'accountant'],
    ]);
    const change = await ask("actually my sister's name is Anja, not Anya");
    expect(change.answer).toContain('Anya');
    expect(sorted(facts())).toEqual([
      ['sister', 'Anja'],
      ["sister's job", 'accountant'],
    ]);
    await ask('remember my sister is Anja');
    expect(sorted(facts())).toEqual([
      ['sister', 'Anja'],
      ["sister's job", 'accountant'],
    ]);
  });

  it('said plainly, it asks before it changes the sister fact and keeps no second one', async () => {
    const { ask, facts, remember } = offlineWorld();
    await remember([['brother', 'Tom']]);
    const asked = await ask("my brother's name is Tim");
    expect(asked.answer).toContain('Tom');
    expect(facts()).toEqual([['brother', 'Tom']]);
  });
});

describe('an aside after a comma after a name', () => {
  it.each([
    ['actually the dog is called Biscuit, no emoji', 'Biscuit'],
    ['actually my dog is called Bo, sorry', 'Bo'],
    ['actually my dog is called Max, without the emoji', 'Max'],
  ])('%s', async (said, value) => {
    const { ask, facts, remember } = offlineWorld();
    await remember([['dog name', 'Buddy']]);
    await ask(said, true);
    expect(facts()).toEqual([['dog name', value]]);
  });

  it('a name after "called" ends at the comma; a value that is no name keeps its last word', async () => {
    const { ask, facts } = offlineWorld();
    await ask('my cat is called Mochi, sorry');
    await ask('my wifi name is No Signal, Sorry');
    expect(sorted(facts())).toEqual([
      ['cat name', 'Mochi'],
      ['wifi name', 'No Signal, Sorry'],
    ]);
  });
});

describe('a pet or a relation one has, with its name', () => {
  it.each([
    ['we have a cat called biscuit', 'cat name', 'biscuit'],
    ['i have a rabbit called Flopsy', 'rabbit name', 'Flopsy'],
    ["we've got a tortoise named Sheldon", 'tortoise name', 'Sheldon'],
    ["i've got a parrot called Polly", 'parrot name', 'Polly'],
    ['i have a sister called Anya', 'sister', 'Anya'],
  ])('%s', async (said, key, value) => {
    const { ask, facts } = offlineWorld();
    expect((await ask(said)).finish.status).toBe('done');
    expect(facts()).toEqual([[key, value]]);
  });
});

describe("a person's fact said by their name", () => {
  it('"remember Mia is allergic to peanuts" is Mia\'s allergy, never a fact named "Mia"', async () => {
    const { ask, facts } = offlineWorld();
    await ask('remember Mia is allergic to peanuts');
    expect(facts()).toEqual([["Mia's allergy", 'peanuts']]);
  });

  it('"no, élodie\'s birthday is 15 march" changes the birthday kept as "Elodie\'s birthday"', async () => {
    const { ask, facts, remember } = offlineWorld();
    await remember([
      ['daughter', 'élodie'],
      ["Elodie's birthday", '14 march'],
    ]);
    await ask("no, élodie's birthday is 15 march");
    expect(sorted(facts())).toEqual([
      ['daughter', 'élodie'],
      ["Elodie's birthday", '15 march'],
    ]);
  });

  it('"actually my son leo is 8" changes his age; "my son Leo is 7" keeps no second name', async () => {
    const { ask, facts, remember } = offlineWorld();
    await remember([['son', 'Leo']]);
    await ask('my son Leo is 7');
    expect(sorted(facts())).toEqual([
      ['son', 'Leo'],
      ["son Leo's age", '7'],
    ]);
    await ask('actually my son leo is 8');
    expect(sorted(facts())).toEqual([
      ['son', 'Leo'],
      ["son Leo's age", '8'],
    ]);
  });
});

describe('one person, one name fact', () => {
  it('"my son is Tomás" after "my son\'s name is Tomas" changes that fact', async () => {
    const { ask, facts } = offlineWorld();
    await ask("my son's name is Tomas");
    await ask('my son is Tomás');
    expect(facts()).toEqual([["son's name", 'Tomás']]);
  });

  it('another name for the same son is asked about, never kept beside it', async () => {
    const { ask, facts } = offlineWorld();
    await ask("my son's name is Tomas");
    const asked = await ask('my son is Pedro');
    expect(asked.answer).toContain('Tomas');
    expect(facts()).toEqual([["son's name", 'Tomas']]);
  });
});

describe('a clause about a pet or a person one has, after its name', () => {
  it.each([
    [
      'i have a cat called mochi 🐱 she is 3',
      [
        ['cat name', 'mochi'],
        ["cat's age", '3'],
      ],
    ],
    [
      'my dog is called Rex and he is 5',
      [
        ['dog name', 'Rex'],
        ["dog's age", '5'],
      ],
    ],
    [
      'i have a sister called Anya and she is 30',
      [
        ['sister', 'Anya'],
        ["sister's age", '30'],
      ],
    ],
  ])('%s', async (said, kept) => {
    const { ask, facts } = offlineWorld();
    expect((await ask(said)).finish.status).toBe('done');
    expect(sorted(facts())).toEqual(kept);
  });

  it('an emoji the person typed as the value itself stays', async () => {
    const { ask, facts } = offlineWorld();
    await ask("my cat's name is 🐱");
    await ask('i have a dog called Rex 🐶');
    expect(sorted(facts())).toEqual([
      ["cat's name", '🐱'],
      ['dog name', 'Rex'],
    ]);
  });
});

describe("a clear slip of a relation's word", () => {
  it.each([
    ['my daugther is Mia', 'daughter', 'Mia'],
    ['my neice is called Lola', 'niece name', 'Lola'],
    ["my sitser's birthday is 3 May", "sister's birthday", '3 May'],
  ])('%s', async (said, key, value) => {
    const { ask, facts } = offlineWorld();
    await ask(said);
    expect(facts()).toEqual([[key, value]]);
  });

  it('a word of its own ("my bother is annoying") keeps nothing', async () => {
    const { ask, facts } = offlineWorld();
    await ask('my bother is annoying');
    await ask('my daugther is Mia');
    expect(facts()).toEqual([['daughter', 'Mia']]);
  });
});

describe('a pet no longer had', () => {
  it.each([
    "we don't have the dog anymore, Biscuit died",
    'we no longer have the dog',
    'we gave away our dog',
  ])('%s keeps nothing and offers to forget what is kept about it', async (said) => {
    const { ask, facts, remember } = offlineWorld();
    await remember([['dog name', 'Biscuit']]);
    const run = await ask(said);
    expect(run.answer).toMatch(/forget/i);
    expect(facts()).toEqual([['dog name', 'Biscuit']]);
  });
});

describe('a relation who turns an age on a day', () => {
  it('"my daughter élodie turns 6 on 14 march" keeps who she is and her birthday', async () => {
    const { ask, facts } = offlineWorld();
    expect((await ask('my daughter élodie turns 6 on 14 march')).finish.status).toBe('done');
    expect(sorted(facts())).toEqual([
      ['daughter', 'élodie'],
      ["daughter's birthday", '14 march'],
    ]);
  });
});

describe('a relation slip inside a value', () => {
  it('"remember my password is my daugther" keeps the value as typed', async () => {
    const { ask, facts } = offlineWorld();
    await ask('remember my wifi password is my daugther');
    await ask('my daugther is Mia');
    expect(sorted(facts())).toEqual([
      ['daughter', 'Mia'],
      ['wifi password', 'my daugther'],
    ]);
  });
});
