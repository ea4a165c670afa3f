import { describe, expect, it } from 'vitest';
import { dayNamed } from '../countdown.js';
import { countdownAnswer } from '../memory/countdown.js';
import type { Answer } from './answer.js';
import { countdownQuestion, dayAnswered } from './countdown-line.js';
import { datesIn } from './dates.js';

/**
 * D32 4: "how many days until check-out?" of "check-in 12 March, check-out 19 March" counted to
 * 12 March, the first day of the line. The day the question names is counted to.
 */
const TODAY = new Date(2026, 11, 2);
const days = (text: string) => datesIn(text).filter((d) => d.readings.length === 1);
const named = (text: string, subject: string) =>
  dayNamed(text, days(text), subject)?.text.replace(/\.$/u, '');

describe('dayNamed', () => {
  it.each([
    ['Hotel Alfama: check-in 12 March, check-out 19 March.', 'check-out', '19 March'],
    ['Hotel Alfama: check-in 12 March, check-out 19 March.', 'check-in', '12 March'],
    ['Hotel Alfama: check-in 12 March, check-out 19 March.', 'hotel check-out', '19 March'],
    ['Check-in: 12 March; Check-out: 19 March', 'the check-out', '19 March'],
    ['14 July arrival, 21 July departure.', 'departure', '21 July'],
    ['14 July arrival, 21 July departure.', 'the camp arrival', '14 July'],
    ['outbound 3. Mai, return 9. Mai', 'return flight', '9. Mai'],
  ])('%s / %s → %s', (text, subject, day) => {
    expect(named(text, subject)).toBe(day);
  });

  it.each([
    ['check-in 12 March, check-out 19 March', 'the trip'],
    ['Lease: 1 March 2026', 'lease'],
    ['from 12 March to 19 March', 'the holiday'],
  ])('%s / %s names none', (text, subject) => {
    expect(named(text, subject)).toBeUndefined();
  });
});

const answer = (quote: string): Answer =>
  ({
    known: true,
    answer: quote,
    citations: [{ path: 'trip.md', lineStart: 3, lineEnd: 3, heading: '', quote }],
    passages: [],
  }) as unknown as Answer;

describe('a documented line with two days', () => {
  it('counts to the day the countdown names', () => {
    const line = answer('Hotel Alfama: check-in 12 March, check-out 19 March.');
    const out = countdownQuestion('how many days until check-out?')!;
    expect(out.subject).toBe('check-out');
    expect(dayAnswered(line, out.edge, TODAY, out.subject)).toBe(Date.UTC(2027, 2, 19));
    expect(dayAnswered(line, undefined, TODAY, 'check-in')).toBe(Date.UTC(2027, 2, 12));
  });

  it('a lease start and end still counts to the end asked', () => {
    const line = answer('The lease starts on 1 March 2026 and ends on 28 February 2027.');
    const out = countdownQuestion('how many days until the lease ends?')!;
    expect(dayAnswered(line, out.edge, TODAY, out.subject)).toBe(Date.UTC(2027, 1, 28));
  });
});

describe('a kept fact with two days', () => {
  it('counts to the one the question names, and says which', () => {
    const value = 'check-in 12 March, check-out 19 March';
    expect(
      countdownAnswer(
        'Your hotel is check-in 12 March, check-out 19 March.',
        value,
        'days',
        TODAY,
        'check-out',
      ),
    ).toBe(
      'Your hotel is check-in 12 March, check-out 19 March: 19 March 2027 is 107 days (about 15 weeks) from today (2 December 2026).',
    );
    expect(countdownAnswer('Your hotel is ….', value, 'days', TODAY, 'check-in')).toContain(
      '12 March 2027 is 100 days',
    );
  });

  it('one day is counted as before', () => {
    expect(
      countdownAnswer("Kasia's birthday is 23 April.", '23 April', 'days', TODAY, "Kasia's birthday"),
    ).toBe("Kasia's birthday is 23 April: 142 days (about 20 weeks) from today (2 December 2026).");
  });
});
