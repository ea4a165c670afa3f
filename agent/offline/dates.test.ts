import { describe, expect, it, onTestFinished } from 'vitest';
import { parseTime } from './dates.js';

describe('parseTime: days start at local midnight, counted in calendar days', () => {
  const now = new Date(2025, 5, 18, 14, 30).getTime(); // a Wednesday afternoon
  it('yesterday, the day before, last night and weekdays', () => {
    expect(parseTime('yesterday', now)).toBe(new Date(2025, 5, 17).getTime());
    expect(parseTime('last night', now)).toBe(new Date(2025, 5, 17).getTime());
    expect(parseTime('the day before yesterday', now)).toBe(new Date(2025, 5, 16).getTime());
    expect(parseTime('monday', now)).toBe(new Date(2025, 5, 16).getTime());
    // Issue 7: "what happened on Wednesday?" asked on a Wednesday is about today; "last
    // wednesday" is a week ago; a weekday already past this week is this week's.
    expect(parseTime('wednesday', now)).toBe(new Date(2025, 5, 18).getTime());
    expect(parseTime('last wednesday', now)).toBe(new Date(2025, 5, 11).getTime());
    expect(parseTime('last monday', now)).toBe(new Date(2025, 5, 16).getTime());
    expect(parseTime('thursday', now)).toBe(new Date(2025, 5, 12).getTime());
  });

  it('a week, a month or several days is a span, never one day', async () => {
    const { timeSpan } = await import('./dates.js');
    for (const phrase of ['last week', 'this week', 'last month', 'the past 3 days', 'this year'])
      expect(timeSpan(phrase), phrase).toBe(true);
    for (const phrase of ['yesterday', 'monday', 'today', '2025-06-01', 'last night'])
      expect(timeSpan(phrase), phrase).toBe(false);
  });

  it('the day after a daylight-saving change is still a whole calendar day back', () => {
    // In a zone with DST, "yesterday" is the previous date at 00:00, never 23:00 or 01:00.
    const zone = process.env.TZ;
    process.env.TZ = 'Europe/Berlin';
    onTestFinished(() => {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    });
    for (const [year, month, date] of [
      [2025, 2, 31],
      [2025, 9, 27],
      [2025, 2, 10],
      [2025, 10, 3],
    ] as const) {
      const day = parseTime('yesterday', new Date(year, month, date, 12).getTime()) as number;
      expect(new Date(day).getHours()).toBe(0);
      expect(new Date(day).getDate()).toBe(new Date(year, month, date - 1).getDate());
    }
  });
});
