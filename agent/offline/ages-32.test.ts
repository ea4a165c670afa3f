import { describe, expect, it } from 'vitest';
import { chatWorld, offlineWorld } from '../../test/helpers/offline.js';
import { ageFromBirthday } from '../../tools/memory/offline.js';

/**
 * D32 3: "Théo is 10 now" with his age kept asked before replacing it, and "Elif is 10 now" with
 * her birthday kept as 23 July 2020 kept a second fact that contradicts it, silently.
 */
describe('an age said as news updates the kept age plainly', () => {
  it.each([
    ['Léonie is 7 now', '7'],
    ['Léonie just turned 7', '7'],
    ['Léonie is now 7', '7'],
    ['Léonie is 7 years old now', '7 years old'],
  ])('%s', async (said, value) => {
    const { ask, facts } = offlineWorld();
    await ask('my daughter Léonie is 6');
    const { answer } = await ask(said);
    expect(answer).toContain('(was 6)');
    expect(Object.fromEntries(facts())["daughter Léonie's age"]).toBe(value);
    expect(facts().map(([label]) => label)).not.toContain("Léonie's age");
  });

  it('a bare "Léonie is 8" still asks before replacing', async () => {
    const { ask, facts } = offlineWorld();
    await ask('my daughter Léonie is 6');
    expect((await ask('Léonie is 8')).answer).toContain('change it to 8?');
    expect(Object.fromEntries(facts())["daughter Léonie's age"]).toBe('6');
  });
});

describe('an age the kept birthday contradicts is said so', () => {
  it.each([
    ['Elif was born on 23 July 2020', 'Elif is 10 now', /so Elif is \d+, not 10; nothing was changed/],
    ['Deniz was born 12 Ekim 2019', 'Deniz just turned 9', /so Deniz is \d+, not 9/],
    ['I was born on 3 May 1990', "I'm 20 now", /so you are \d+, not 20/],
  ])('%s, then %s', async (born, aged, said) => {
    const { ask, facts } = offlineWorld();
    await ask(born);
    const { answer } = await ask(aged);
    expect(answer).toMatch(said);
    expect(facts()).toHaveLength(1);
  });

  it('a kept age beside a birthday that disagrees is not changed', async () => {
    const { ask, facts } = offlineWorld();
    await ask('my son Théo is 9');
    await ask('Théo was born 3 mars 2017');
    const { answer } = await ask('Théo is 20 now');
    expect(answer).toMatch(/Théo's birthday is 3 mars 2017, so .* not 20/);
    expect(Object.fromEntries(facts())["son Théo's age"]).toBe('9');
  });

  it('an age that agrees keeps nothing beside the birthday', async () => {
    const { ask, facts } = offlineWorld();
    await ask('Elif was born on 23 July 2020');
    const age = ageFromBirthday('23 July 2020')!;
    const { answer } = await ask(`Elif is ${age} now`);
    expect(answer).toMatch(new RegExp(`^Yes: Elif's birthday is 23 July 2020, so Elif is ${age}\\.`));
    expect(facts()).toHaveLength(1);
  });
});

describe('the birthday check names no fact of the turn', () => {
  it('"no, Bartek is 6" after keeping his age asks to change that one fact', async () => {
    const { say } = chatWorld();
    await say('my son is Bartek', { c: false });
    await say("remember Bartek's age is 5");
    const { answer } = await say('no, Bartek is 6');
    expect(answer).toContain('change it to 6');
    expect(answer).not.toMatch(/Which one/);
  });
});

describe('ageFromBirthday', () => {
  const today = new Date(2026, 11, 2);
  it.each([
    ['23 July 2020', 6],
    ['3 mars 2017', 9],
    ['2 December 2020', 6],
    ['3 December 2020', 5],
    ['12 Ekim 2019', 7],
  ])('%s → %d', (value, age) => {
    expect(ageFromBirthday(value, today)).toBe(age);
  });
  it.each(['5th of May', '23 July 2027', 'in 2020'])('%s has no age', (value) => {
    expect(ageFromBirthday(value, today)).toBeUndefined();
  });
});
