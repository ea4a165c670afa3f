import { describe, expect, it } from 'vitest';
import { offlineWorld } from '../../test/helpers/offline.js';
import { countdownAnswer, countdownAsked } from './countdown.js';

/**
 * S44: "how long until Kasia's birthday?" with "Kasia's birthday: 23 April" kept said "I don't
 * know". A countdown to a remembered date is the days from today to it, its next time when it
 * has no year; a value that names no day is never counted.
 */
const TODAY = new Date(Date.UTC(2026, 11, 2));

describe('countdownAsked', () => {
  it.each([
    ["how long until Kasia's birthday?", "Kasia's birthday", 'days'],
    ['how many days till our anniversary', 'our anniversary', 'days'],
    ['how many weeks are there until the wedding?', 'wedding', 'weeks'],
    ['so how long is it till mum’s birthday', 'mum’s birthday', 'days'],
  ])('%s', (question, subject, unit) => {
    expect(countdownAsked(question)).toEqual({ subject, unit });
  });

  it.each(['how long is the lease?', 'when is Kasia’s birthday?', 'how long do I boil an egg'])(
    '%s is no countdown',
    (question) => {
      expect(countdownAsked(question)).toBeUndefined();
    },
  );
});

describe('countdownAnswer', () => {
  it('counts to the next time of a day without a year', () => {
    expect(countdownAnswer("Kasia's birthday is 23 April.", '23 April', 'days', TODAY)).toBe(
      "Kasia's birthday is 23 April: 142 days (about 20 weeks) from today (2 December 2026).",
    );
    expect(countdownAnswer('Your anniversary is 5 December.', '5 December', 'days', TODAY)).toBe(
      'Your anniversary is 5 December: 3 days from today (2 December 2026).',
    );
    expect(countdownAnswer('Your anniversary is 2 Dec.', '2 Dec', 'days', TODAY)).toMatch(/that is today/u);
  });

  it('a date with a year that passed is said as gone', () => {
    expect(countdownAnswer('Your MOT was due 2026-11-17.', '2026-11-17', 'days', TODAY)).toMatch(
      /that was 15 days \(about 2 weeks\) ago/u,
    );
  });

  it('a value with no day is not counted', () => {
    expect(countdownAnswer('Your bike lock code is 3390.', '3390', 'days', TODAY)).toBeUndefined();
    expect(countdownAnswer('Your holiday is in April.', 'in April', 'days', TODAY)).toBeUndefined();
  });
});

describe('through the planner', () => {
  it('answers with the days from today, never "I don\'t know"', async () => {
    const { ask } = offlineWorld();
    await ask("remember Kasia's birthday is 23 April");
    const { answer } = await ask("how long until Kasia's birthday?");
    expect(answer).toMatch(/^Kasia's birthday is 23 April: \d+ days? .*from today \(/u);
  });
});
