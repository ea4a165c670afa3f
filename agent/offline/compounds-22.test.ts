import { describe, expect, it } from 'vitest';
import { offlineWorld } from '../../test/helpers/offline.js';
import { segments } from './joints.js';

describe("a pronoun clause after a person's fact is that person's, by one rule (m22)", () => {
  it.each([
    [
      'my moms name is Grace and her birthday is oct 2',
      [
        // m23: "moms name" is kept as the possessive, so both keys agree.
        ["mom's name", 'Grace'],
        ["mom's birthday", 'oct 2'],
      ],
    ],
    [
      "remember my dad's name is Tom and his birthday is may 5",
      [
        ["dad's name", 'Tom'],
        ["dad's birthday", 'may 5'],
      ],
    ],
    [
      "my daughter is Mia and she's 7",
      [
        ['daughter', 'Mia'],
        ["daughter's age", '7'],
      ],
    ],
    [
      'my son is Leo and he is 9',
      [
        ['son', 'Leo'],
        ["son's age", '9'],
      ],
    ],
    [
      'my daughter is Mia and she is 7 years old',
      [
        ['daughter', 'Mia'],
        ["daughter's age", '7'],
      ],
    ],
    [
      "my mom's name is Grace and she's 70",
      [
        ["mom's name", 'Grace'],
        ["mom's age", '70'],
      ],
    ],
  ])('%s', async (text, expected) => {
    const { ask, facts } = offlineWorld();
    const run = await ask(text);
    expect(run.finish.status).toBe('done');
    expect(facts()).toEqual(expect.arrayContaining(expected));
    expect(facts()).toHaveLength(expected.length);
  });

  it.each([
    // "she" after a car names no one: asked, nothing kept (never the first half alone).
    "my car is a Golf and she's 7",
    "my wife's name is Sara and she likes tulips",
  ])('%s asks and keeps nothing', async (text) => {
    const { ask, facts } = offlineWorld();
    const run = await ask(text);
    expect(run.finish.status).toBe('needs_input');
    expect(facts()).toEqual([]);
  });

  it('reads the age clause as a fact of the person before it', () => {
    expect(segments("my daughter is Mia and she's 7")?.at(-1)?.reads).toBe("my daughter's age is 7");
    expect(segments('my moms name is Grace and her birthday is oct 2')?.at(-1)?.reads).toBe(
      "my mom's birthday is oct 2",
    );
    // "and" inside a value is no clause.
    expect(segments('my favourite film is Pride and Prejudice')).toBeUndefined();
  });
});

describe('"forget my cat and car" forgets each stored fact; a stored name with "and" stays one (m22)', () => {
  it.each(['forget my cat and car', 'forget my cat, and car', 'forget my cat and my car'])(
    '%s (approved)',
    async (text) => {
      const { ask, facts, remember } = offlineWorld();
      await remember([
        ['cat', 'Tom'],
        ['car', 'a Golf'],
        ['bike', 'red'],
      ]);
      const run = await ask(text, true);
      expect(run.finish.status).toBe('done');
      expect(facts()).toEqual([['bike', 'red']]);
    },
  );

  it('asks one approval naming both, and forgets nothing before it', async () => {
    const { ask, facts, remember } = offlineWorld();
    await remember([
      ['cat', 'Tom'],
      ['car', 'a Golf'],
    ]);
    const run = await ask('forget my cat and car');
    expect(run.finish.status).toBe('needs_approval');
    expect(run.approvals.map((approval) => approval.input)).toEqual([{ key: 'cat' }, { key: 'car' }]);
    expect(facts()).toHaveLength(2);
  });

  it('"salt and pepper" stored whole is forgotten whole, never "salt"', async () => {
    const { ask, facts, remember } = offlineWorld();
    await remember([
      ['salt and pepper', 'in the cupboard'],
      ['salt', 'sea salt'],
      ['pepper', 'black'],
    ]);
    await ask('forget salt and pepper', true);
    expect(facts()).toEqual(
      expect.arrayContaining([
        ['salt', 'sea salt'],
        ['pepper', 'black'],
      ]),
    );
    expect(facts()).toHaveLength(2);
  });

  it('a part nothing has is said, and the stored part is still forgotten', async () => {
    const { ask, facts, remember } = offlineWorld();
    await remember([
      ['cat', 'Tom'],
      ['car', 'a Golf'],
    ]);
    const run = await ask('forget my cat and dog', true);
    expect(run.answer).toContain('Forgot your cat');
    expect(run.answer).toContain('"dog"');
    expect(facts()).toEqual([['car', 'a Golf']]);
  });

  it('nothing stored under any part: the name as said, nothing forgotten', async () => {
    const { ask, facts, remember } = offlineWorld();
    await remember([['bike', 'red']]);
    const run = await ask('forget my cat and dog', true);
    expect(run.answer).toContain('Nothing is remembered under "cat and dog"');
    expect(facts()).toHaveLength(1);
  });
});

describe('several items of a list are one note each; notes stay whole (m22)', () => {
  it.each([
    ['add eggs and milk to my shopping list', ['shopping: milk', 'shopping: eggs']],
    ['add eggs, milk and bread to my shopping list', ['shopping: bread', 'shopping: milk', 'shopping: eggs']],
    ['add eggs to my shopping list and add milk to my shopping list', ['shopping: milk', 'shopping: eggs']],
    ['add eggs to my shopping list and milk to my todo list', ['todo: milk', 'shopping: eggs']],
    ['add "mac and cheese" and eggs to my shopping list', ['shopping: eggs', 'shopping: "mac and cheese"']],
    ['add milk, eggs and bread to my notes', ['milk, eggs and bread']],
    ['note: call the bank and the dentist', ['call the bank and the dentist']],
  ])('%s', async (text, expected) => {
    const { ask, notes } = offlineWorld();
    const run = await ask(text);
    expect(run.finish.status).toBe('done');
    expect(notes()).toEqual(expected);
  });

  it('"remove eggs and milk from my shopping list" removes both, leaves the rest', async () => {
    const { ask, notes } = offlineWorld();
    await ask('add eggs, milk and bread to my shopping list');
    const run = await ask('remove eggs and milk from my shopping list', true);
    expect(run.finish.status).toBe('done');
    expect(notes()).toEqual(['shopping: bread']);
  });

  it('an item that says nothing keeps nothing of the others', async () => {
    const { ask, notes } = offlineWorld();
    const run = await ask('add it and eggs to my list');
    expect(run.answer).toContain('does not say what to add');
    expect(notes()).toEqual([]);
  });
});

describe('a diary line after "remember" is a note, never a fact named for the day (m22)', () => {
  it.each([
    'remember ok so today was crazy, the plumber came and fixed the sink and then my boss called',
    'remember today was a long day and I am tired',
  ])('%s', async (text) => {
    const { ask, facts, notes } = offlineWorld();
    const run = await ask(text);
    expect(facts()).toEqual([]);
    expect(notes()).toHaveLength(1);
    expect(run.answer).toContain('I kept it as a note');
  });

  it('"remember tomorrow is bin day" keeps no fact "tomorrow"', async () => {
    const { ask, facts } = offlineWorld();
    await ask('remember tomorrow is bin day');
    expect(facts()).toEqual([]);
  });

  it("a day's own thing is still a fact", async () => {
    const { ask, facts } = offlineWorld();
    await ask("remember today's date is the 5th");
    expect(facts()).toEqual([["today's date", 'the 5th']]);
  });
});
