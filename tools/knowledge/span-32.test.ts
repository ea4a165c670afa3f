import { describe, expect, it } from 'vitest';
import { lengthOf, lengthSaid } from './span.js';

/**
 * D32 review: span.ts counts its days with the countdowns' `dayOf`/`daysBetween` instead of its own
 * arithmetic. Behaviour is unchanged: these pass before and after.
 */
describe('lengthOf', () => {
  it.each([
    [{ year: 2025, month: 9, day: 1 }, { year: 2026, month: 8, day: 31 }, '1 year (12 months)', 365],
    [{ year: 2024, month: 3, day: 1 }, { year: 2025, month: 2, day: 28 }, '1 year (12 months)', 365],
    [{ year: 2026, month: 1, day: 15 }, { year: 2027, month: 7, day: 15 }, '18 months', 547],
    [{ year: 2026, month: 3, day: 12 }, { year: 2026, month: 3, day: 19 }, '8 days', 8],
    [{ year: 2026, month: 3, day: 28 }, { year: 2026, month: 3, day: 30 }, '3 days', 3],
    [{ year: 2026, month: 10, day: 24 }, { year: 2026, month: 10, day: 26 }, '3 days', 3],
  ])('%o to %o', (start, end, said, days) => {
    const length = lengthOf(start, end);
    expect(lengthSaid(length)).toBe(said);
    expect(length.days).toBe(days);
  });
});
