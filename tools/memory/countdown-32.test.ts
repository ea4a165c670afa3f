import { describe, expect, it } from 'vitest';
import { lastTimeAnswer, turnsAnswer, yearlyAsked } from './countdown.js';

/**
 * D32 2: "how old will she be on her birthday?" and "when was her last birthday?" said "I don't
 * know" beside a kept "Elif's birthday: 23 July 2020". Both are computed from the day kept.
 */
const TODAY = new Date(2026, 11, 2);

describe('yearlyAsked: the age turned and the last time', () => {
  it.each([
    ["how old will Elif be on Elif's birthday?", 'turns', "Elif's birthday"],
    ['how old will Elif be on her next birthday', 'turns', "Elif's birthday"],
    ['what age will Théo turn?', 'turns', "Théo's birthday"],
    ['how old is Can turning this year?', 'turns', "Can's birthday"],
    ['how old will I be on my birthday?', 'turns', 'my birthday'],
    ["when was Elif's last birthday?", 'last', "Elif's birthday"],
    ["when was Elif's birthday last?", 'last', "Elif's birthday"],
    ['when was our last anniversary?', 'last', 'our anniversary'],
  ])('%s', (question, kind, subject) => {
    expect(yearlyAsked(question)).toEqual({ kind, subject });
  });

  it.each(['how old will the car be?', 'how old will she be on her birthday?', 'when was the last meeting?'])(
    '%s is none of them',
    (question) => {
      expect(yearlyAsked(question)).toBeUndefined();
    },
  );
});

describe('turnsAnswer', () => {
  it('counts to the next birthday and says the age then', () => {
    expect(turnsAnswer("Elif's birthday", '23 July 2020', TODAY)).toBe(
      'Elif turns 7 on 23 July 2027, 233 days (about 33 weeks) from today (2 December 2026) — born 23 July 2020.',
    );
  });

  it('reads a French or Turkish month', () => {
    expect(turnsAnswer("Théo's birthday", '3 mars 2017', TODAY)).toMatch(/^Théo turns 10 on 3 March 2027/);
    expect(turnsAnswer("Deniz's birthday", '12 Ekim 2019', TODAY)).toMatch(
      /^Deniz turns 8 on 12 October 2027/,
    );
  });

  it('on the day itself it is today', () => {
    expect(turnsAnswer("Elif's birthday", '2 December 2020', TODAY)).toBe(
      'Elif turns 6 today (2 December 2026) — born 2 December 2020.',
    );
  });

  it('without a year, or of no birthday, says nothing', () => {
    expect(turnsAnswer("Can's birthday", '5th of May', TODAY)).toBeUndefined();
    expect(turnsAnswer('our anniversary', '5 May 2010', TODAY)).toBeUndefined();
  });
});

describe('lastTimeAnswer', () => {
  it('a birthday with its year says the age turned', () => {
    expect(lastTimeAnswer("Elif's birthday is 23 July 2020.", "Elif's birthday", '23 July 2020', TODAY)).toBe(
      "Elif's birthday is 23 July 2020: the last was 23 July 2026 — that was 132 days (about 19 weeks) ago (today is 2 December 2026); Elif turned 6.",
    );
  });

  it('a day still to come this year was last year', () => {
    expect(lastTimeAnswer("Can's birthday is 5 December.", "Can's birthday", '5 December', TODAY)).toMatch(
      /the last was 5 December 2025 — that was 362 days/,
    );
  });

  it('an anniversary says the years since', () => {
    expect(
      lastTimeAnswer('Our anniversary is 1 June 2010.', 'our anniversary', '1 June 2010', TODAY),
    ).toMatch(/the last was 1 June 2026 .*; 16 years since 2010\.$/);
  });

  it('a value with no day is none', () => {
    expect(lastTimeAnswer("Can's birthday is in May.", "Can's birthday", 'in May', TODAY)).toBeUndefined();
  });
});
