import { endSentence } from '../sentence.js';
import { monthDay } from './offline.js';

/**
 * "how long until Kasia's birthday?", "how many days till our anniversary?", "how many weeks
 * until my passport expires"… : group 1 is the unit asked ("days", "weeks"), group 2 what is
 * counted to.
 */
const COUNTDOWN =
  /^(?:(?:so|and|ok(?:ay)?|hey)[\s,]+)?how\s+(?:long|many\s+(days|weeks|sleeps))\s+(?:is\s+it\s+|is\s+there\s+|are\s+there\s+|left\s+|do\s+(?:i|we)\s+have\s+|have\s+(?:i|we)\s+got\s+)?(?:left\s+)?(?:until|till|til|to|before)\s+(?:the\s+)?(.+?)[\s?.!]*$/iu;

/** What a countdown question counts to ("Kasia's birthday"), and the unit asked; undefined when it is none. */
export function countdownAsked(question: string): { subject: string; unit: 'days' | 'weeks' } | undefined {
  const asked = COUNTDOWN.exec(question.trim());
  if (!asked?.[2]) return undefined;
  return { subject: asked[2], unit: asked[1]?.toLowerCase() === 'weeks' ? 'weeks' : 'days' };
}

const DAY = 86_400_000;

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
  const start = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  let at = Date.UTC(year ? Number(year) : today.getUTCFullYear(), when.month, when.day);
  if (!year && at < start) at = Date.UTC(today.getUTCFullYear() + 1, when.month, when.day);
  const days = Math.round((at - start) / DAY);
  const said = sentence.replace(/[.!]+$/u, '');
  const todayText = new Date(start).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  if (days === 0) return `${said}: that is today (${todayText}).`;
  const count = (n: number) =>
    unit === 'weeks' || n >= 14
      ? `${n} day${n === 1 ? '' : 's'} (about ${Math.round(n / 7)} week${Math.round(n / 7) === 1 ? '' : 's'})`
      : `${n} day${n === 1 ? '' : 's'}`;
  return endSentence(
    days > 0
      ? `${said}: ${count(days)} from today (${todayText})`
      : `${said}: that was ${count(-days)} ago (today is ${todayText})`,
  );
}
