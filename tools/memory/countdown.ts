import { wordsInFull } from '../../cartridge/lexicon.js';
import {
  dayCounted,
  dayNamed,
  dayOf,
  daySaid,
  daysFromToday,
  namedHoliday,
  recursYearly,
} from '../countdown.js';
import { datesIn, withoutDates } from '../knowledge/dates.js';
import { endSentence } from '../sentence.js';
import { ageFromBirthday, factSubject, monthDay } from './offline.js';

export { countdownAsked, recursYearly } from '../countdown.js';

/**
 * The answer to a countdown from the fact found for it: "Kasia's birthday is 23 April: 142 days
 * from today (2 December 2026)." A day and month without a year (a birthday, an anniversary)
 * counts to its next time; a date with a year that has passed says how long ago it was. Of a
 * value with several days, the one `subject` (what was asked) names is counted to (D32 4).
 * Undefined when the value names no date: then the fact is said as it is, never a guess.
 */
export function countdownAnswer(
  sentence: string,
  value: string,
  unit: 'days' | 'weeks',
  today = new Date(),
  subject = '',
): string | undefined {
  // "check-in 12 March, check-out 19 March": the day the question names (D32 4), else the first.
  const named = dayNamed(
    value,
    datesIn(value).filter((date) => date.readings.length === 1 && date.readings[0]!.day !== undefined),
    subject,
  )?.readings[0];
  const when = named ? { month: named.month - 1, day: named.day! } : monthDay(value);
  // "23 April" or "2027-04-23" only: a month alone ("in April") is no day to count to.
  if (!when || !/\d/.test(value)) return undefined;
  const year = named ? named.year : /\b((?:19|20)\d{2})\b/.exec(value)?.[1];
  const start = dayOf(today);
  let at = Date.UTC(year ? Number(year) : today.getFullYear(), when.month, when.day);
  if (!year && at < start) at = Date.UTC(today.getFullYear() + 1, when.month, when.day);
  // The day counted to is said when the value has others ("…: 19 March 2027 is 107 days …").
  const count = named ? dayCounted(at, unit, today) : daysFromToday(at, unit, today);
  return endSentence(`${sentence.replace(/[.!]+$/u, '')}: ${count}`);
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

/** Words that may stand beside a day asked of and name nothing else: "the", Spanish "el", Portuguese "o". */
const BESIDE_A_DAY = /^(?:the|el|o|a|on|of|le|der|den|am)$/iu;

/**
 * A countdown to a day the question itself states, when no fact was found for it (s48):
 * "how many days until 5 de março?" → "5 March 2027 is 93 days (about 13 weeks) from today (…)".
 * Any way `datesIn` reads a day ("3월 5일", "el 3 de mayo", "1º de janeiro"); without a year it is
 * the day's next time, with one that day ("12 de outubro de 1984 was … ago"). Undefined when the
 * subject says more than one day, or other words beside it ("Kasia's birthday on 5 March").
 */
export function statedDayCountdown(
  subject: string,
  unit: 'days' | 'weeks',
  today = new Date(),
): string | undefined {
  const mentions = datesIn(subject);
  const [one] = mentions;
  const day = one?.readings.length === 1 ? one.readings[0] : undefined;
  if (mentions.length !== 1 || !day?.day) return undefined;
  const rest = withoutDates(subject, mentions).match(/\p{L}+/gu) ?? [];
  if (rest.some((word) => !BESIDE_A_DAY.test(word))) return undefined;
  const start = dayOf(today);
  let at = Date.UTC(day.year ?? today.getFullYear(), day.month - 1, day.day);
  if (day.year === undefined && at < start) at = Date.UTC(today.getFullYear() + 1, day.month - 1, day.day);
  return endSentence(dayCounted(at, unit, today));
}

/** Whether the fact named `label` says when someone was born ("Elif's birthday", "my DOB", "Can's b-day"). */
export const saysBirth = (label: string): boolean => /\bbirthdays?\b/iu.test(wordsInFull(label));

/** The year a value names ("23 July 2020" → 2020), or undefined. */
const yearOf = (value: string): number | undefined => {
  const year = /\b((?:19|20)\d{2})\b/.exec(value)?.[1];
  return year ? Number(year) : undefined;
};

/** Whose birthday a fact is, as a subject: "Elif", "you", "your mum"; and its verb ending. */
function whose(label: string): { who: string; s: string } {
  const subject = wordsInFull(factSubject(label));
  if (/^Your\s+birthday$/iu.test(subject)) return { who: 'you', s: '' };
  const owner = /^(.+?)['’]s?\s+birthday\b/iu.exec(subject)?.[1];
  if (!owner) return { who: 'they', s: '' };
  return { who: owner.replace(/^Your\b/u, 'your'), s: 's' };
}

/**
 * A countdown to a yearly day whose value has the first year (S46): "Elif's birthday is 23 July
 * 2020: the next is 23 July 2027, 233 days (about 33 weeks) from today (2 December 2026); Elif
 * turns 7." Undefined when the fact does not recur or its value has no day and year.
 */
export function nextTimeAnswer(
  sentence: string,
  label: string,
  value: string,
  unit: 'days' | 'weeks',
  today = new Date(),
): string | undefined {
  const when = monthDay(value);
  const first = yearOf(value);
  if (!recursYearly(label) || !when || !first || first > today.getFullYear()) return undefined;
  const start = dayOf(today);
  let at = Date.UTC(today.getFullYear(), when.month, when.day);
  if (at < start) at = Date.UTC(today.getFullYear() + 1, when.month, when.day);
  const years = new Date(at).getUTCFullYear() - first;
  const { who, s } = whose(label);
  const then = saysBirth(label)
    ? `${who} turn${s} ${years}`
    : `${years} year${years === 1 ? '' : 's'} since ${first}`;
  return endSentence(
    `${sentence.replace(/[.!]+$/u, '')}: the next is ${daySaid(at)}, ${daysFromToday(at, unit, today)}; ${then}`,
  );
}

/**
 * Someone's age from the birthday kept for them, computed and said so, never stored (S46): "Elif
 * is 6 — born 23 July 2020 (computed from today, 2 December 2026)." Undefined when the fact is no
 * birthday or its value has no day and year, or a year to come.
 */
export function ageAnswer(label: string, value: string, today = new Date()): string | undefined {
  const when = monthDay(value);
  const born = yearOf(value);
  const age = ageFromBirthday(value, today);
  if (!saysBirth(label) || !when || !born || age === undefined) return undefined;
  const start = dayOf(today);
  const bornAt = Date.UTC(born, when.month, when.day);
  const { who, s } = whose(label);
  const subject = `${who[0]!.toUpperCase()}${who.slice(1)}`;
  return `${subject} ${s ? 'is' : 'are'} ${age} — born ${daySaid(bornAt)} (computed from today, ${daySaid(start)}).`;
}

/**
 * When someone was born, from the birthday kept for them (S47): "Zuzanna was born on 3 October
 * 2019 (kept as "3 października 2019")." — the day in English, and the value as kept when it is
 * written otherwise. A birthday without a year says so: "Kemi's birthday is 1 May; no year is
 * kept." Undefined when the fact is no birthday or its value names no day.
 */
export function bornAnswer(label: string, value: string): string | undefined {
  const when = monthDay(value);
  if (!saysBirth(label) || !when || !/\d/.test(value)) return undefined;
  const born = yearOf(value);
  if (born === undefined) return `${factSubject(label)} is ${value}; no year is kept.`;
  const { who, s } = whose(label);
  const day = daySaid(Date.UTC(born, when.month, when.day));
  const kept = value.trim() === day ? '' : ` (kept as "${value.trim()}")`;
  return `${who[0]!.toUpperCase()}${who.slice(1)} ${s ? 'was' : 'were'} born on ${day}${kept}.`;
}

/**
 * How old someone turns at their next birthday, from the birthday kept with its year (D32 2):
 * "Elif turns 7 on 23 July 2027, 233 days (about 33 weeks) from today (2 December 2026) — born 23
 * July 2020." On the day itself: "Elif turns 7 today (…)". Undefined when the fact is no birthday
 * or its value has no day and year, or a year to come.
 */
export function turnsAnswer(label: string, value: string, today = new Date()): string | undefined {
  const when = monthDay(value);
  const born = yearOf(value);
  const start = dayOf(today);
  if (!saysBirth(label) || !when || !born || Date.UTC(born, when.month, when.day) > start) return undefined;
  let at = Date.UTC(today.getFullYear(), when.month, when.day);
  if (at < start) at = Date.UTC(today.getFullYear() + 1, when.month, when.day);
  const { who, s } = whose(label);
  const subject = `${who[0]!.toUpperCase()}${who.slice(1)}`;
  const years = new Date(at).getUTCFullYear() - born;
  const on =
    at === start ? `today (${daySaid(start)})` : `on ${daySaid(at)}, ${daysFromToday(at, 'days', today)}`;
  return `${subject} turn${s} ${years} ${on} — born ${daySaid(Date.UTC(born, when.month, when.day))}.`;
}

/**
 * When a yearly day last came (D32 2): "Elif's birthday is 23 July 2020: the last was 23 July 2026
 * — that was 132 days (about 19 weeks) ago (today is …); Elif turned 6." Today's is the last
 * ("… is today"). Undefined when the value names no day, or its first year is still to come.
 */
export function lastTimeAnswer(
  sentence: string,
  label: string,
  value: string,
  today = new Date(),
): string | undefined {
  const when = monthDay(value);
  if (!when || !/\d/.test(value)) return undefined;
  const first = yearOf(value);
  const start = dayOf(today);
  let at = Date.UTC(today.getFullYear(), when.month, when.day);
  if (at > start) at = Date.UTC(today.getFullYear() - 1, when.month, when.day);
  const said = sentence.replace(/[.!]+$/u, '');
  if (first !== undefined && new Date(at).getUTCFullYear() < first) return undefined;
  if (first !== undefined && new Date(at).getUTCFullYear() === first)
    return endSentence(`${said}: there has been none since — ${daysFromToday(at, 'days', today)}`);
  const years = first === undefined ? undefined : new Date(at).getUTCFullYear() - first;
  const { who } = whose(label);
  const then =
    years === undefined
      ? ''
      : saysBirth(label)
        ? `; ${who} turned ${years}`
        : `; ${years} year${years === 1 ? '' : 's'} since ${first}`;
  return endSentence(`${said}: the last was ${daySaid(at)} — ${daysFromToday(at, 'days', today)}${then}`);
}

/**
 * Whether this year's time of a yearly day has passed (S46): "Yes: Can's birthday is 5 November
 * 2023: this year's (5 November 2026) — that was 27 days (about 4 weeks) ago (…); the next is 5
 * November 2027, 338 days … from today (…)." A one-off date is counted as it is (`countdownAnswer`).
 */
export function pastAnswer(
  sentence: string,
  label: string,
  value: string,
  yesNo = true,
  today = new Date(),
): string | undefined {
  if (!recursYearly(label)) return countdownAnswer(sentence, value, 'days', today);
  const when = monthDay(value);
  if (!when || !/\d/.test(value)) return undefined;
  const start = dayOf(today);
  const todayText = daySaid(start);
  const at = Date.UTC(today.getFullYear(), when.month, when.day);
  const said = sentence.replace(/[.!]+$/u, '');
  if (at === start) return `${yesNo ? 'It is today: ' : ''}${said} (today is ${todayText}).`;
  if (at > start)
    return `${yesNo ? 'No' : 'Not yet this year'}: ${said}: this year's (${daySaid(at)}) is ${daysFromToday(at, 'days', today)}.`;
  const next = Date.UTC(today.getFullYear() + 1, when.month, when.day);
  return `${yesNo ? 'Yes: ' : ''}${said}: this year's (${daySaid(at)}) — ${daysFromToday(at, 'days', today)}; the next is ${daySaid(next)}, ${daysFromToday(next, 'days', today)}.`;
}

/** "how old is Elif?", "what age is my daughter?", "how old am I?": group 1 who (S46). */
const AGE_ASKED =
  /^(?:(?:and|so|ok(?:ay)?)[\s,]+)?(?:how\s+old\s+(?:is|am|are)|what\s+age\s+(?:is|am|are))\s+(.+?)(?:\s+(?:now|today|these\s+days))?[\s?.!]*$/iu;
/** "when is Zeynep's next birthday?": group 1 whose, 2 the day. */
const NEXT_ASKED =
  /^(?:(?:and|so|ok(?:ay)?)[\s,]+)?when(?:['’]s|\s+is|\s+will\s+be)\s+(.+?)\s+next\s+(birthday|b-?day|anniversary|name\s*day)(?:\s+be)?[\s?.!]*$/iu;
/** "is Can's birthday in the past?", "has it passed yet?", "how long ago was Can's birthday?": group 1 or 2 the day. */
const PAST_ASKED =
  /^(?:(?:and|so|ok(?:ay)?)[\s,]+)?(?:(?:is|was|has)\s+(.+?)\s+(?:already\s+)?(?:in\s+the\s+past|past|passed|gone|been(?:\s+and\s+gone)?|over)(?:\s+(?:yet|already|this\s+year))*|how\s+long\s+ago\s+(?:was|is)\s+(.+?))[\s?.!]*$/iu;

/**
 * "how old will Elif be on Elif's birthday?", "how old will Elif be on her next birthday", "what
 * age will Théo turn?", "how old is Can turning this year?": group 1 or 2 who (D32 2).
 */
const TURNS_ASKED =
  /^(?:(?:and|so|ok(?:ay)?)[\s,]+)?(?:how\s+old|what\s+age)\s+(?:will\s+(.+?)\s+(?:be|turn)(?:\s+(?:on|at|for)\s+(?:\S+\s+)?(?:next\s+)?(?:birthday|b-?day))?|is\s+(.+?)\s+turning)(?:\s+(?:this|next)\s+(?:year|time|birthday))?[\s?.!]*$/iu;
/**
 * "when was Zuzanna born?", "what year was my daughter born?", "what day was I born on?", "when
 * were you born": group 1 who (S47) — the birth date, never the age.
 */
const BORN_ASKED =
  /^(?:(?:and|so|ok(?:ay)?)[\s,]+)?(?:when|what\s+(?:year|day|date|month))\s+(?:was|were|am|is)\s+(.+?)\s+born(?:\s+on|\s+in)?[\s?.!]*$/iu;
/** "when was Elif's last birthday?", "when was Elif's birthday last?": group 1 the day (D32 2). */
const LAST_ASKED =
  /^(?:(?:and|so|ok(?:ay)?)[\s,]+)?when\s+(?:was|did)\s+(.+?)\s+(?:last\s+(birthday|b-?day|anniversary|name\s*day)|(birthday|b-?day|anniversary|name\s*day)\s+last)(?:\s+(?:fall|happen|be))?[\s?.!]*$/iu;

/** A person asked of by name ("Elif", "my daughter"): never "the car", "it" or a pronoun left unread. */
const NOT_A_PERSON = /^(?:the|this|that|it|a|an|he|she|they|him|her|them|you)\b/iu;

/**
 * A question about a yearly day that is not a countdown (S46): how old someone is (`age`, group
 * `subject` the birthday to look up), when they were born (`born`, S47), how old they turn at
 * their next birthday (`turns`, D32),
 * when its next time is (`next`), when its last time was (`last`, D32) or whether it has passed
 * this year (`past`). Undefined for any other question.
 */
export function yearlyAsked(
  question: string,
): { kind: 'age' | 'born' | 'turns' | 'next' | 'last' | 'past' | 'ago'; subject: string } | undefined {
  const text = question.trim();
  const turns = TURNS_ASKED.exec(text);
  const turning = (turns?.[1] ?? turns?.[2])?.trim();
  if (turning) {
    if (/^(?:i|me)$/iu.test(turning)) return { kind: 'turns', subject: 'my birthday' };
    return NOT_A_PERSON.test(turning) ? undefined : { kind: 'turns', subject: `${turning}'s birthday` };
  }
  const born = BORN_ASKED.exec(text)?.[1]?.trim();
  if (born) {
    if (/^(?:i|me)$/iu.test(born)) return { kind: 'born', subject: 'my birthday' };
    return NOT_A_PERSON.test(born) ? undefined : { kind: 'born', subject: `${born}'s birthday` };
  }
  const last = LAST_ASKED.exec(text);
  if (last) return { kind: 'last', subject: `${last[1]} ${last[2] ?? last[3]}` };
  const age = AGE_ASKED.exec(text);
  if (age) {
    const who = age[1]!.trim();
    if (/^(?:i|me)$/iu.test(who)) return { kind: 'age', subject: 'my birthday' };
    // "how old is the car?", "how old is this": only a person has a birthday.
    if (NOT_A_PERSON.test(who)) return undefined;
    return { kind: 'age', subject: `${who}'s birthday` };
  }
  const next = NEXT_ASKED.exec(text);
  if (next) return { kind: 'next', subject: `${next[1]} ${next[2]}` };
  const past = PAST_ASKED.exec(text);
  if (past?.[1]) return { kind: 'past', subject: past[1] };
  return past?.[2] ? { kind: 'ago', subject: past[2] } : undefined;
}
