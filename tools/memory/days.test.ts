import { describe, expect, it } from 'vitest';
import { relativeDay } from './days.js';

/** S24: relative day words in a value are a date when stored, in local time. */
describe('relative day words in a value are resolved to a date', () => {
  // Monday 30 November 2026, 21:45 local time.
  const now = new Date(2026, 10, 30, 21, 45);

  it.each([
    ['tomorrow', '1 December', 'tomorrow'],
    ['today', '30 November', 'today'],
    ['yesterday', '29 November', 'yesterday'],
    ['the day after tomorrow', '2 December', 'the day after tomorrow'],
    ['next tuesday at 3pm', 'Tuesday 1 December at 3pm', 'next tuesday'],
    ['next Monday', 'Monday 7 December', 'next Monday'],
    ['this monday', 'Monday 30 November', 'this monday'],
    ['at the Ritz tomorrow', 'at the Ritz 1 December', 'tomorrow'],
  ])('%s → %s', (value, resolved, said) => {
    expect(relativeDay(value, now)).toEqual({ value: resolved, said });
  });

  it('crosses a month and a year end', () => {
    expect(relativeDay('tomorrow', new Date(2026, 11, 31, 23, 59))?.value).toBe('1 January');
  });

  it.each([
    'Maybe Tomorrow',
    'a Song for Today',
    'friday',
    '3 May',
    'todayisgood',
    'tomorrow or today',
    'hunter2',
  ])('%s is kept as typed', (value) => {
    expect(relativeDay(value, now)).toBeUndefined();
  });
});
