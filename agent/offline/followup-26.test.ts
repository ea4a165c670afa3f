import { describe, expect, it } from 'vitest';
import { chatWorld } from '../../test/helpers/offline.js';
import { dayInDate } from './followup.js';

/** m26 (S40 C3): a day said alone after a date corrects the day; the month and year stay. */

describe('a day alone corrects the day of a kept date', () => {
  it.each([
    ['march 3rd', 'the 4th', 'march 4th'],
    ['march 3rd', '4th', 'march 4th'],
    ['March 3', 'the 4', 'March 4'],
    ['3 March 1990', 'the 4th', '4 March 1990'],
    ['3rd of March', 'the 21st', '21st of March'],
    ['Sept 9', '12', 'Sept 12'],
  ])('%s, then %s: %s', (was, said, now) => {
    expect(dayInDate(was, said)).toBe(now);
  });

  it.each([
    ['march 3rd', 'the 40th'],
    ['07700 900123', 'the 4th'],
    ['march 3rd', 'april 4th'],
    ['march 3rd', 'the 4th floor'],
  ])('%s, then %s: not a day of that date', (was, said) => {
    expect(dayInDate(was, said)).toBeUndefined();
  });

  it('"no its the 4th" after asking for a birthday kept as "march 3rd" keeps "march 4th"', async () => {
    const { say, facts } = chatWorld();
    await say("omar's bday is march 3rd", { c: false });
    await say("when's omar's bday", { c: false });
    const { answer } = await say('no its the 4th');
    expect(facts()["omar's bday"]).toBe('march 4th');
    expect(answer).toContain('march 3rd');
  });
});

describe('a relation said whole in a follow-up is its own statement, never another owner (S40)', () => {
  it.each([
    ['my son is Theo', 'my daughter is Lena', { son: 'Theo', daughter: 'Lena' }],
    ['my mum is Carol', 'my dad is named Peter', { mum: 'Carol', dad: 'Peter' }],
    ['my mum is Carol', 'my mum is coming over on sunday', { mum: 'Carol' }],
  ])('%s, then %s', async (first, second, kept) => {
    const { say, facts } = chatWorld();
    await say(first, { c: false });
    await say(second);
    expect(facts()).toEqual(kept);
  });

  it('"no wait, jakes is 3333" after asking for alexs pin is still Jake\'s pin', async () => {
    const { say, facts, remember } = chatWorld();
    await remember([['alexs pin', '1111']]);
    await say('whats alexs pin', { c: false });
    await say('no wait, jakes is 3333');
    expect(Object.values(facts())).toContain('3333');
    expect(facts()['alexs pin']).toBe('1111');
  });
});
