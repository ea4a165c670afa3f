/**
 * Countdowns to days the documents state (S45): "how long until we fly to Porto?", "how many days
 * until the lease ends?" are asked of the documents as when-questions ("when is the lease ends?"),
 * and the day the quoted line states is counted from today: "That is 88 days (about 13 weeks)
 * from today (2 December 2026)." — said after the line, never without it.
 */
import {
  countdownAsked,
  countsToSaid,
  dayCounted,
  dayNamed,
  dayOf,
  daySaid,
  daysFromToday,
  namedHoliday,
  nextYearly,
  recursYearly,
} from '../countdown.js';
import type { Answer } from './answer.js';
import { datesIn } from './dates.js';

/** Which of a line's days is counted to, by what was asked: its end, its start, or its due day. */
type Edge = 'end' | 'start' | 'due' | undefined;
const EDGES: readonly [Exclude<Edge, undefined>, RegExp][] = [
  ['due', /\b(?:due|next|review|renewal)\b/iu],
  ['end', /\b(?:ends?|ending|expires?|expiry|finish(?:es)?|runs?\s+out)\b/iu],
  ['start', /\b(?:starts?|begins?|depart\w*|outbound)\b/iu],
];

/**
 * The when-question a countdown to a documented day asks, the unit asked and which day of a
 * line it counts to; undefined when the question is no countdown, counts to a day only the turn
 * before named ("then"), or to a day everyone knows ("Christmas").
 */
export function countdownQuestion(
  question: string,
): { asked: string; unit: 'days' | 'weeks'; edge: Edge; subject: string } | undefined {
  const countdown = countdownAsked(question);
  if (!countdown || countsToSaid(countdown.subject) || namedHoliday(countdown.subject)) return undefined;
  const subject = countdown.subject;
  const asked = /^when\b/iu.test(subject)
    ? `${subject}?`
    : `when is ${/^(?:\p{Lu}|(?:i|we|you|my|our|his|her|their)\b)/u.test(subject) ? '' : 'the '}${subject}?`;
  return { asked, unit: countdown.unit, edge: edgeOf(subject), subject };
}

/** Today's words a when-answer already says ("That is still ahead (today is …)."), left out for the count. */
const AHEAD_SAID = /^(?:That is still ahead|That date is past|That is today)\b.*$/gmu;

/**
 * `answer` (to the countdown's when-question) with the day its quoted lines state counted from
 * today. The line chosen says the edge asked ("Next … due", "… ends on …") when one does; within
 * it, the day `subject` names ("check-out" of "check-in 12 March, check-out 19 March", D32 4), else
 * the day after the edge's word. Unchanged when no quoted line states a day with its month.
 */
export function withCountdown(
  answer: Answer,
  unit: 'days' | 'weeks',
  edge: Edge,
  today: Date = new Date(),
  subject = '',
): Answer {
  const day = dayAnswered(answer, edge, today, subject);
  if (day === undefined) return answer;
  // Who turns how old is said only when a quoted line names them with the day's year.
  const named = answer.citations.some((c) => saysAll(c.quote, subject));
  const count = `${yearlyCount(day, unit, today, subject, named) ?? dayCounted(day, unit, today)}.`;
  return { ...answer, answer: `${answer.answer.replace(AHEAD_SAID, '').trimEnd()}\n${count}` };
}

/**
 * A countdown to a birthday or anniversary (`subject` says which) whose line states a day gone by
 * ("Pierogi's birthday: 2 May 2020"): its next time, never the first one's days ago (S47): "The
 * next is 2 May 2027, 151 days (about 22 weeks) from today (…); Pierogi turns 7." Undefined for
 * any other subject, or a day still to come (counted as it is).
 */
function yearlyCount(
  day: number,
  unit: 'days' | 'weeks',
  today: Date,
  subject: string,
  named: boolean,
): string | undefined {
  const asked = subject.trim();
  // "Pierogi's birthday", "our anniversary": the day itself, never "Pierogi's birthday party".
  if (!YEARLY_END.test(asked) || !recursYearly(asked) || day >= dayOf(today)) return undefined;
  const next = nextYearly(day, today);
  const years = new Date(next).getUTCFullYear() - new Date(day).getUTCFullYear();
  const owner = /^(.+?)(?:['’]s?)?\s+(?:birthday|b-?day)$/iu.exec(asked)?.[1];
  const who =
    owner === undefined || !named
      ? undefined
      : /^my$/iu.test(owner)
        ? 'you turn'
        : `${owner.replace(/^my\b/iu, 'your')} turns`;
  const then = who ? `${who} ${years}` : `${years} year${years === 1 ? '' : 's'} since ${daySaid(day)}`;
  return `The next is ${daySaid(next)}, ${daysFromToday(next, unit, today)}; ${then}`;
}
/** A subject that is a yearly day itself: it ends in its name ("… birthday", "… anniversary"). */
const YEARLY_END = /(?:birthday|b-?day|anniversary|name\s*day)$/iu;

/**
 * Whether `quote` says every word of `subject` ("my birthday" in "My birthday is 5 May"), any
 * case; "born" says "birthday".
 */
const saysAll = (quote: string, subject: string): boolean => {
  const words = subject.toLowerCase().match(/\p{L}+/gu) ?? [];
  const said = new Set(quote.toLowerCase().match(/\p{L}+/gu) ?? []);
  // "Kemi was born 14 June 2018" says Kemi's birthday.
  const says = (word: string) => said.has(word) || (word === 'birthday' && said.has('born'));
  return words.length > 0 && words.filter((word) => word !== 's').every(says);
};

/** Which day of a line `subject` asks: its end ("the lease ends"), its start, its due day, or none said. */
export const edgeOf = (subject: string): Edge => EDGES.find(([, words]) => words.test(subject))?.[0];

/**
 * The day (UTC midnight) `answer`'s quoted lines state for `edge`: the line saying the edge when
 * one does, within it the day after the edge's word; a day without a year is its next time.
 * Undefined when the answer is not known or quotes no day with its month.
 */
export function dayAnswered(
  answer: Answer,
  edge: Edge,
  today: Date = new Date(),
  subject = '',
): number | undefined {
  if (!answer.known) return undefined;
  const dated = answer.citations
    .map((c) => ({
      quote: c.quote,
      days: datesIn(c.quote).filter((d) => d.readings.length === 1 && d.readings[0]?.day !== undefined),
    }))
    .filter((c) => c.days.length > 0);
  const words = edge ? (EDGES.find(([name]) => name === edge)?.[1] as RegExp) : undefined;
  // "my birthday" with Pierogi's line quoted first: the line that says every word asked (S47).
  const line =
    (words && dated.find((c) => words.test(c.quote))) ??
    dated.find((c) => saysAll(c.quote, subject)) ??
    dated[0];
  if (!line) return undefined;
  // "starts on 1 March 2025 and ends on 28 February 2027": the day after "ends" for an end.
  const at = words ? line.quote.search(new RegExp(words.source, 'iu')) : -1;
  const mention =
    dayNamed(line.quote, line.days, subject) ??
    (edge === 'end' || edge === 'due'
      ? (line.days.find((d) => at >= 0 && d.start > at) ?? line.days.at(-1))
      : line.days[0]);
  const reading = mention?.readings[0];
  if (!reading || reading.day === undefined) return undefined;
  const start = dayOf(today);
  let day = Date.UTC(reading.year ?? today.getFullYear(), reading.month - 1, reading.day);
  if (reading.year === undefined && day < start)
    day = Date.UTC(today.getFullYear() + 1, reading.month - 1, reading.day);
  return day;
}

/** "is the home insurance end before our Porto trip?": group 1 one thing, 2 before/after, 3 the other. */
const ORDER_ASKED =
  /^\s*(?:(?:and|so|but)\s+)?(?:is|was|does|do|will)\s+(.+?)\s+(?:come\s+|fall\s+|happen\s+)?(before|after)\s+(.+?)[\s?.!]*$/iu;

/** The two when-questions of a which-comes-first question, and which way it asks; undefined for any other. */
export function orderAsked(
  question: string,
):
  | { first: string; second: string; things: [string, string]; edges: [Edge, Edge]; after: boolean }
  | undefined {
  const found = ORDER_ASKED.exec(question);
  if (!found) return undefined;
  const [one, other] = [found[1] as string, found[3] as string];
  const when = (thing: string) =>
    `when is ${/^(?:\p{Lu}|(?:the|my|our|your|his|her|their)\b)/u.test(thing) ? '' : 'the '}${thing}?`;
  return {
    first: when(one),
    second: when(other),
    things: [one, other],
    edges: [edgeOf(one), edgeOf(other)],
    after: /^after$/iu.test(found[2] as string),
  };
}

/**
 * Whether the first day answered comes before (or after) the second: "No — 31 December 2026 is
 * after 21 December 2026." and both answers' lines. Undefined unless both answers state a day.
 */
export function orderAnswer(
  asked: { after: boolean; things: [string, string]; edges: [Edge, Edge] },
  first: Answer,
  second: Answer,
  today: Date = new Date(),
): Answer | undefined {
  // "is that after Christmas?": a day everyone knows is its own, whatever the documents quote.
  const day = (thing: string, answer: Answer, edge: Edge) =>
    namedHoliday(thing, today)?.at ?? dayAnswered(answer, edge, today);
  const one = day(asked.things[0], first, asked.edges[0]);
  const other = day(asked.things[1], second, asked.edges[1]);
  if (one === undefined || other === undefined) return undefined;
  const relation = one === other ? 'the same day as' : one < other ? 'before' : 'after';
  const yes = relation === (asked.after ? 'after' : 'before');
  // Each side's quoted lines; a day everyone knows quotes none.
  const sides = [first, second].filter((_, at) => !namedHoliday(asked.things[at] as string, today));
  const lines = sides.map((side) => side.answer.replace(AHEAD_SAID, '').trimEnd());
  return {
    ...first,
    known: true,
    answer: [`${yes ? 'Yes' : 'No'} — ${daySaid(one)} is ${relation} ${daySaid(other)}.`, ...lines].join(
      '\n',
    ),
    citations: sides.flatMap((side) => side.citations),
    passages: sides.flatMap((side) => side.passages),
  };
}
