import { describe, expect, it } from 'vitest';
import { offlineWorld } from '../../test/helpers/offline.js';
import { statementTurned } from './statements.js';

/**
 * m26 (S40): what a person is doing or where they are is no name for them; "is called Peter" keeps
 * Peter; a group's allergy is its own fact, never the group's value; a clause of a long sentence
 * is no fact's name.
 */

describe('a name said with "called" or "named" keeps the name alone', () => {
  it.each([
    ['dad is called Peter', 'dad', 'Peter'],
    ["my dad's called Peter", 'dad', 'Peter'],
    ['my dad is named Peter', 'dad', 'Peter'],
    ['my sister is called Zoë Price', 'sister', 'Zoë Price'],
  ])('%s', async (said, key, name) => {
    const { ask, facts } = offlineWorld();
    expect((await ask(said)).finish.status).toBe('done');
    expect(facts()).toEqual([[key, name]]);
  });

  it('"my dad is Peter" after "dad is called Peter" is already kept, not a change', async () => {
    const { ask, facts } = offlineWorld();
    await ask('dad is called Peter');
    expect((await ask('my dad is Peter')).answer).toContain('Already remembered');
    expect(facts()).toEqual([['dad', 'Peter']]);
  });
});

describe("a group's allergy is its own fact", () => {
  it('"my kids are allergic to cats" leaves who the kids are as it was', async () => {
    const { ask, facts, remember } = offlineWorld();
    await remember([
      ['son', 'Theo'],
      ['daughter', 'Lena'],
    ]);
    expect((await ask('my kids are allergic to cats')).finish.status).toBe('done');
    expect(facts()).toEqual(expect.arrayContaining([["kids' allergy", 'cats']]));
    expect(facts()).not.toEqual(expect.arrayContaining([['kids', expect.anything()]]));
    const kids = (await ask('who are my kids')).answer;
    expect(kids).toContain('Theo');
    expect(kids).toContain('Lena');
    expect(kids).not.toContain('allergic');
  });

  it.each([
    ['my kids are allergic to cats', "my kids' allergy is cats"],
    ['our children are allergic to peanuts', "our children's allergy is peanuts"],
    ['my kids are allergic to cats too', 'my kids are allergic to cats too'],
    ['my friends are allergic to cats', 'my friends are allergic to cats'],
  ])('statementTurned(%s)', (said, turned) => {
    expect(statementTurned(said)).toBe(turned);
  });
});

describe('what a person is doing, or where they are, keeps nothing', () => {
  it.each([
    'my mum is coming over on sunday',
    'my dad is picking me up at 5',
    'my husband is at work',
    'my mum is in hospital',
    'my son is driving me crazy',
    'my sister is staying with us this week',
  ])('%s', async (said) => {
    const { ask, facts } = offlineWorld();
    await ask(said);
    expect(facts()).toEqual([]);
  });

  it('"my mum is coming over on sunday" leaves mum = Carol as it was', async () => {
    const { ask, facts, remember } = offlineWorld();
    await remember([['mum', 'Carol']]);
    await ask('my mum is coming over on sunday');
    expect(facts()).toEqual([['mum', 'Carol']]);
    expect((await ask('who is my mum')).answer).toContain('Carol');
  });

  it('a name is still kept ("my mum is Carol", "my friend is Ming")', async () => {
    const { ask, facts } = offlineWorld();
    await ask('my mum is Carol');
    await ask('my friend is Ming');
    expect(facts()).toEqual(
      expect.arrayContaining([
        ['mum', 'Carol'],
        ['friend', 'Ming'],
      ]),
    );
  });
});

describe('a clause of a long sentence is no name of a fact', () => {
  it('the rambling week with the vet number in it keeps nothing', async () => {
    const { ask, facts } = offlineWorld();
    const run = await ask(
      "so basically this week has been absolutely mad because omar was away for work in manchester and the kids were off school with a bug and my mum came round to help but then the dog ate a sock and we had to go to the vet and anyway the vet's number is 0113 222 3333 so i need to remember that",
    );
    expect(facts()).toEqual([]);
    expect(run.answer).toContain('Nothing was changed');
  });

  it('a long but plain name is still kept ("my daughter\'s school bus number")', async () => {
    const { ask, facts } = offlineWorld();
    await ask("remember my daughter's school bus number is 42");
    expect(facts()).toEqual([["daughter's school bus number", '42']]);
  });
});

describe("an age said again by a person's name corrects their kept age (S40 C6, C8, C9, C10)", () => {
  it.each([
    ['Theo is 6 now', '6'],
    ['actually Theo is 6 not 5', '6'],
    ['no my son is 6 now', '6'],
    ['Theo just turned 6', '6'],
  ])('%s', async (said, age) => {
    const { ask, facts, remember } = offlineWorld();
    await remember([
      ['son', 'Theo'],
      ["son's age", '5'],
    ]);
    const { answer } = await ask(said);
    expect(facts()).toEqual(
      expect.arrayContaining([
        ['son', 'Theo'],
        ["son's age", age],
      ]),
    );
    expect(facts()).toHaveLength(2);
    expect(answer).toContain('was 5');
  });

  it('"Lena is 8 now" when she is kept as 8 says it is already kept, nothing offered', async () => {
    const { ask, facts, remember } = offlineWorld();
    await remember([
      ['daughter', 'Lena'],
      ["daughter's age", '8'],
    ]);
    const run = await ask('Lena is 8 now');
    expect(run.answer).toContain("Already remembered: your daughter's age is 8");
    expect(run.answer).not.toContain('new fact');
    expect(run.finish.status).toBe('done');
    expect(facts()).toHaveLength(2);
  });

  it.each([
    ['actually Theo is 6 not 5', "actually Theo's age is 6"],
    ['no my son is 6 now', 'actually my son is 6 now'],
    ['no my son is Theo', 'no my son is Theo'],
    ['actually Tom is 40', 'actually Tom is 40'],
  ])('statementTurned(%s)', (said, turned) => {
    expect(statementTurned(said)).toBe(turned);
  });
});

describe('a name typed in lower case before "is my <relation>" is a name (S40 #7, #42)', () => {
  it.each([
    ['lena is my daughter', 'my daughter is Lena'],
    ['priya is my friend', 'my friend is Priya'],
    ['remember sam is my best friend', 'remember my best friend is Sam'],
    ['this is my son', 'this is my son'],
    ['he is my son', 'he is my son'],
    ['who is my son', 'who is my son'],
    ['gate is my dog', 'gate is my dog'],
    ['lena is my favourite', 'lena is my favourite'],
  ])('statementTurned(%s)', (said, turned) => {
    expect(statementTurned(said)).toBe(turned);
  });

  it('"lena is my daughter" after "Lena is my daughter" is already kept', async () => {
    const { ask, facts } = offlineWorld();
    await ask('Lena is my daughter');
    expect((await ask('lena is my daughter')).answer).toContain('Already remembered');
    expect(facts()).toEqual([['daughter', 'Lena']]);
  });

  it.each(['this is my son', 'he is my son', 'she is my daughter', 'that is my friend'])(
    '%s keeps nothing',
    async (said) => {
      const { ask, facts } = offlineWorld();
      await ask(said);
      expect(facts()).toEqual([]);
    },
  );
});
