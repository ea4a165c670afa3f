import { describe, expect, it } from 'vitest';
import { datesIn } from '../knowledge/dates.js';
import { ageAnswer, bornAnswer, statedDayCountdown } from './countdown.js';

/** Stranger s48 (a Korean–Brazilian household in Lisbon): Portuguese day-month dates, and a countdown to a day asked. */
const TODAY = new Date(2026, 11, 2);

describe('Portuguese and Spanish day-month dates with "de" are dates (s48)', () => {
  it.each([
    ['5 de março', { month: 3, day: 5 }],
    ['12 de outubro de 1984', { year: 1984, month: 10, day: 12 }],
    ['el 3 de mayo', { month: 5, day: 3 }],
    ['1º de janeiro', { month: 1, day: 1 }],
    ['25 de dezembro de 2026', { year: 2026, month: 12, day: 25 }],
    ['7 de fevereiro', { month: 2, day: 7 }],
    ['9 de setembro', { month: 9, day: 9 }],
    ['30 de junho', { month: 6, day: 30 }],
    ['1988년 3월 5일', { year: 1988, month: 3, day: 5 }],
  ])('datesIn reads %s', (text, reading) => {
    expect(datesIn(text).map((date) => date.readings)).toEqual([[reading]]);
  });

  it('"Marco" alone is a name, never March', () => {
    expect(datesIn('Marco is my cousin')).toEqual([]);
    expect(datesIn('ask Marco on Friday')).toEqual([]);
  });
});

describe('a countdown to a day the question states (s48)', () => {
  it.each([
    ['5 de março', '5 March 2027 is 93 days (about 13 weeks) from today (2 December 2026).'],
    ['5 March', '5 March 2027 is 93 days (about 13 weeks) from today (2 December 2026).'],
    ['3월 5일', '5 March 2027 is 93 days (about 13 weeks) from today (2 December 2026).'],
    ['el 3 de mayo', '3 May 2027 is 152 days (about 22 weeks) from today (2 December 2026).'],
    ['1º de janeiro', '1 January 2027 is 30 days (about 4 weeks) from today (2 December 2026).'],
    [
      '12 de outubro de 1984',
      '12 October 1984 was 15391 days (about 2199 weeks) ago (today is 2 December 2026).',
    ],
  ])('how many days until %s?', (subject, answer) => {
    expect(statedDayCountdown(subject, 'days', TODAY)).toBe(answer);
  });

  it.each(["João's birthday", 'Christmas', 'March', '5 March and 6 March', 'the party on 5 March', '04/02'])(
    'no day of its own in %s: undefined',
    (subject) => {
      expect(statedDayCountdown(subject, 'days', TODAY)).toBeUndefined();
    },
  );
});

describe('a birthday kept in Portuguese gives an age and a day of birth (s48)', () => {
  it('"12 de outubro de 1984"', () => {
    expect(ageAnswer("Raimundo's birthday", '12 de outubro de 1984', TODAY)).toBe(
      'Raimundo is 42 — born 12 October 1984 (computed from today, 2 December 2026).',
    );
    expect(bornAnswer("João's birthday", '5 de março de 1985')).toContain('5 March 1985');
  });
});
