import { dayOf, daySaid, daysFromToday, namedHoliday } from '../countdown.js';
import { endSentence } from '../sentence.js';
import { monthDay } from './offline.js';

export { countdownAsked } from '../countdown.js';

/**
 * The answer to a countdown from the fact found for it: "Kasia's birthday is 23 April: 142 days
 * from today (2 December 2026)." A day and month without a year (a birthday, an anniversary)
 * counts to its next time; a date with a year that has passed says how long ago it was.
 * Undefined when the value names no date: then the fact is said as it is, never a guess.
 */
export function countdownAnswer(
  sentence: string,
  value: string,
  unit: 'days' | 'weeks',
  today = new Date(),
): string | undefined {
  const when = monthDay(value);
  // "23 April" or "2027-04-23" only: a month alone ("in April") is no day to count to.
  if (!when || !/\d/.test(value)) return undefined;
  const year = /\b((?:19|20)\d{2})\b/.exec(value)?.[1];
  const start = dayOf(today);
  let at = Date.UTC(year ? Number(year) : today.getFullYear(), when.month, when.day);
  if (!year && at < start) at = Date.UTC(today.getFullYear() + 1, when.month, when.day);
  return endSentence(`${sentence.replace(/[.!]+$/u, '')}: ${daysFromToday(at, unit, today)}`);
}

/**
 * A countdown to a day everyone knows by name ("how many days until Christmas?"), when no fact
 * was found for it: "Christmas Day is 25 December 2026: 23 days (about 3 weeks) from today (…)".
 */
export function holidayCountdown(
  subject: string,
  unit: 'days' | 'weeks',
  today = new Date(),
): string | undefined {
  const holiday = namedHoliday(subject, today);
  return holiday
    ? endSentence(`${holiday.name} is ${daySaid(holiday.at)}: ${daysFromToday(holiday.at, unit, today)}`)
    : undefined;
}
