/**
 * Countdowns shared by the domains (S44, S45 follow-ups): which question asks how long until
 * something, how many days a day is from today, and the days of the year everyone knows
 * ("Christmas", "New Year's Eve") that no fact or document needs to state.
 */

import { wordsInFull } from '../cartridge/lexicon.js';

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

/** Words of a countdown's subject that name no one day ("the", "until", "my"). */
const NOT_NAMING = new Set(
  'the a an my our your his her their is are was until till to of for on at we i you do does did day date'.split(
    ' ',
  ),
);
const wordsOf = (text: string): string[] =>
  (text.toLowerCase().match(/\p{L}+/gu) ?? []).filter((word) => !NOT_NAMING.has(word));

/**
 * Of the days one line states, the one `subject` names (D32 4): in "check-in 12 March, check-out
 * 19 March" the words beside each day (up to a comma, colon or stop) are its name ("check-in",
 * "check-out"), those before it, or those after it when the line opens with a day ("12 March
 * check-in, 19 March check-out").
 * `mentions` are the days in text order, with where each is in `text`. Undefined when there is
 * one day, or no one day's words share more of the subject's than every other's.
 */
export function dayNamed<T extends { start: number; end: number }>(
  text: string,
  mentions: readonly T[],
  subject: string,
): T | undefined {
  const asked = new Set(wordsOf(subject));
  if (mentions.length < 2 || asked.size === 0) return undefined;
  const after = wordsOf(text.slice(0, mentions[0]!.start)).length === 0;
  const scores = mentions.map((mention, at) => {
    const between = after
      ? text.slice(mention.end, mentions[at + 1]?.start ?? text.length)
      : text.slice(mentions[at - 1]?.end ?? 0, mention.start);
    // Only the words next to the day, up to a mark: "check-in" of "Hotel Alfama: check-in 12 March".
    const parts = between.split(/[:;,.()–—]|\s-\s/u).filter((part) => wordsOf(part).length > 0);
    const beside = (after ? parts[0] : parts.at(-1)) ?? '';
    return wordsOf(beside).filter((word) => asked.has(word)).length;
  });
  const best = Math.max(...scores);
  return best > 0 && scores.filter((score) => score === best).length === 1
    ? mentions[scores.indexOf(best)]
    : undefined;
}

/** "then", "that", "it": a countdown to the day just said, which only the turn before names. */
export const countsToSaid = (subject: string): boolean =>
  /^(?:then|that|it|this|that\s+day)$/iu.test(subject.trim());

/** A day that comes back every year: a birthday (short forms written out first), an anniversary, a name day (S46). */
const RECURS = /\b(?:birthdays?|anniversar(?:y|ies)|name\s*days?)\b/iu;

/** Whether `said` (a fact's name, a day asked of) comes back every year (a birthday, an anniversary). */
export const recursYearly = (said: string): boolean => RECURS.test(wordsInFull(said));

/** A day in milliseconds: the step between two UTC midnights. */
export const DAY = 86_400_000;

/** Whole days from the UTC midnight `from` to the UTC midnight `to` (negative when `to` is before). */
export const daysBetween = (from: number, to: number): number => Math.round((to - from) / DAY);

/** Today's date at UTC midnight, as a number, from the local day of `today`. */
export const dayOf = (today: Date): number =>
  Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());

/** "2 December 2026". */
export const daySaid = (at: number): string =>
  new Date(at).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });

/**
 * How far the day `at` (UTC midnight) is from `today`: "131 days (about 19 weeks) from today
 * (2 December 2026)", "that was 3 days ago (today is …)", "that is today (…)".
 */
export function daysFromToday(at: number, unit: 'days' | 'weeks', today = new Date()): string {
  const start = dayOf(today);
  const days = daysBetween(start, at);
  const todayText = daySaid(start);
  if (days === 0) return `that is today (${todayText})`;
  const count = (n: number) =>
    unit === 'weeks' || n >= 14
      ? `${n} day${n === 1 ? '' : 's'} (about ${Math.round(n / 7)} week${Math.round(n / 7) === 1 ? '' : 's'})`
      : `${n} day${n === 1 ? '' : 's'}`;
  return days > 0
    ? `${count(days)} from today (${todayText})`
    : `that was ${count(-days)} ago (today is ${todayText})`;
}

/**
 * A day named and how far it is from `today`, as one sentence's words (S47): "19 March 2027 is
 * 107 days (about 15 weeks) from today (…)", "2 May 2020 was 2405 days (about 344 weeks) ago
 * (today is …)", "2 December 2026 is today (…)" — never "… is that was …".
 */
export function dayCounted(at: number, unit: 'days' | 'weeks', today = new Date()): string {
  const far = daysFromToday(at, unit, today);
  return `${daySaid(at)} ${/^that (?:was|is) /u.test(far) ? far.replace(/^that /u, '') : `is ${far}`}`;
}

/**
 * The next time of the day `at` names (its day and month) from `today`, today's included: a
 * birthday or anniversary stated with its first year ("2 May 2020") comes back every year (S47).
 */
export function nextYearly(at: number, today = new Date()): number {
  const start = dayOf(today);
  const date = new Date(at);
  const day = (year: number) => Date.UTC(year, date.getUTCMonth(), date.getUTCDate());
  return day(today.getFullYear()) >= start ? day(today.getFullYear()) : day(today.getFullYear() + 1);
}

/** Easter Sunday of `year` (the anonymous Gregorian computus), as [month 0–11, day]. */
function easter(year: number): [number, number] {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const h = (19 * a + b - Math.floor(b / 4) - Math.floor((b - Math.floor((b + 8) / 25) + 1) / 3) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  return [Math.floor((h + l - 7 * m + 114) / 31) - 1, ((h + l - 7 * m + 114) % 31) + 1];
}

/** Days everyone knows by name: the name as said, and its month (0–11) and day in a year. */
const HOLIDAYS: readonly [RegExp, string, (year: number) => [number, number]][] = [
  [/^christmas\s+eve$/iu, 'Christmas Eve', () => [11, 24]],
  [/^(?:christmas|xmas)(?:\s+day)?$/iu, 'Christmas Day', () => [11, 25]],
  [/^boxing\s+day$/iu, 'Boxing Day', () => [11, 26]],
  [/^new\s+year['’]?s\s+eve$/iu, "New Year's Eve", () => [11, 31]],
  [/^(?:the\s+)?new\s+year(?:['’]?s(?:\s+day)?)?$/iu, "New Year's Day", () => [0, 1]],
  [/^(?:valentine['’]?s|valentines)(?:\s+day)?$/iu, "Valentine's Day", () => [1, 14]],
  [/^hallowe['’]?en$/iu, 'Halloween', () => [9, 31]],
  [/^easter(?:\s+sunday)?$/iu, 'Easter Sunday', easter],
];

/**
 * A day everyone knows by name, counted to (S45): "Christmas" → "Christmas Day is 25 December
 * 2026", its next time from today. Undefined for any other subject.
 */
export function namedHoliday(subject: string, today = new Date()): { name: string; at: number } | undefined {
  const said = subject.trim().replace(/^(?:the|this|next)\s+/iu, '');
  const found = HOLIDAYS.find(([pattern]) => pattern.test(said));
  if (!found) return undefined;
  const start = dayOf(today);
  for (const year of [today.getFullYear(), today.getFullYear() + 1]) {
    const [month, day] = found[2](year);
    const at = Date.UTC(year, month, day);
    if (at >= start) return { name: found[1], at };
  }
  return undefined;
}
