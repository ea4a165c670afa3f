/**
 * "What was my balance at the end of March?" (stranger round 27, MEDIUM 13): a month asked by
 * its end or its start. "end" and "start" are no words a dated row says; the answer is the row
 * dated last (or first) in that month — a bank statement's closing balance is on its last row.
 */
import { type DateMention, datesIn } from './dates.js';

export type PeriodEdge = 'end' | 'start';

/** The words that name the edge, dropped from what a line must say. */
export const EDGE_WORDS = new Set(['end', 'start', 'beginning', 'close']);

/**
 * Which edge of a month the question asks ("at the end of March", "by the start of May"), when
 * the month is asked without a day; else undefined.
 */
export function periodEdgeAsked(question: string, asked: readonly DateMention[]): PeriodEdge | undefined {
  const month = asked.find((mention) => mention.readings.every((reading) => reading.day === undefined));
  if (month === undefined) return undefined;
  const before = question.normalize('NFKC').slice(0, month.start);
  const edge = /\b(end|close|start|beginning)\s+of\s+(?:the\s+month\s+of\s+)?$/iu
    .exec(before)?.[1]
    ?.toLowerCase();
  if (edge === undefined) return undefined;
  return edge === 'end' || edge === 'close' ? 'end' : 'start';
}

/** A line's latest (or earliest) full date as a number yyyymmdd; undefined when it states no day. */
function dayOf(line: string, edge: PeriodEdge): number | undefined {
  const days = datesIn(line).flatMap((mention) =>
    mention.readings
      .filter((reading) => reading.day !== undefined)
      .map((reading) => (reading.year ?? 0) * 10000 + reading.month * 100 + (reading.day as number)),
  );
  if (days.length === 0) return undefined;
  return edge === 'end' ? Math.max(...days) : Math.min(...days);
}

/**
 * Of the lines found in the month, the one dated last (end) or first (start): of several on
 * that day, the last (or first) in the file. Lines with no day are left out when any has one;
 * with none dated by the day, all are kept.
 */
export function atPeriodEdge<T extends { text: string; line: number }>(
  found: readonly T[],
  edge: PeriodEdge,
): T[] {
  const dated = found
    .map((item) => ({ item, day: dayOf(item.text, edge) }))
    .filter((entry): entry is { item: T; day: number } => entry.day !== undefined);
  if (dated.length === 0) return [...found];
  const sign = edge === 'end' ? 1 : -1;
  const best = dated.reduce((a, b) =>
    sign * (b.day - a.day) > 0 || (b.day === a.day && sign * (b.item.line - a.item.line) > 0) ? b : a,
  );
  return [best.item];
}

/**
 * "when is the next vet appointment?": "next"/"upcoming" ask the first dated line from today on;
 * so does "another" ("when is my another blood test?", k29), which no dated line says either.
 */
export const NEXT_ASKED = /\b(?:next|upcoming|coming|another)\b/iu;
export const NEXT_WORDS = new Set(['next', 'upcoming', 'coming', 'another']);

/**
 * Of dated lines ("- 2027-03-02: annual booster"), the one dated first on or after `today` (a
 * day without a year is this year's). With none dated from today on, or none dated by the day,
 * all are kept.
 */
export function nextDated<T extends { text: string; line: number }>(found: readonly T[], today: Date): T[] {
  const now = today.getFullYear() * 10000 + (today.getMonth() + 1) * 100 + today.getDate();
  const ahead = found.flatMap((item) => {
    const days = datesIn(item.text).flatMap((mention) =>
      mention.readings
        .filter((reading) => reading.day !== undefined)
        .map(
          (reading) =>
            (reading.year ?? today.getFullYear()) * 10000 + reading.month * 100 + (reading.day as number),
        ),
    );
    const day = days.filter((d) => d >= now).sort((a, b) => a - b)[0];
    return day === undefined ? [] : [{ item, day }];
  });
  if (ahead.length === 0) return [...found];
  const first = Math.min(...ahead.map((entry) => entry.day));
  return ahead.filter((entry) => entry.day === first).map((entry) => entry.item);
}

/**
 * Of the dates one line states ("INSET days on Wednesday 2 September 2026, Monday 2 November 2026
 * and Friday 11 June 2027"), the first on or after `today` as written, when some are past and
 * some are not (S32 MEDIUM 6); otherwise undefined.
 */
export function nextDateIn(text: string, today: Date): string | undefined {
  const now = today.getFullYear() * 10000 + (today.getMonth() + 1) * 100 + today.getDate();
  const days = datesIn(text).flatMap((mention) => {
    const reading = mention.readings.length === 1 ? mention.readings[0] : undefined;
    if (!reading || reading.day === undefined || reading.year === undefined) return [];
    return [{ mention, day: reading.year * 10000 + reading.month * 100 + reading.day }];
  });
  const ahead = days.filter((d) => d.day >= now).sort((a, b) => a.day - b.day);
  if (days.length < 2 || ahead.length === 0 || ahead.length === days.length) return undefined;
  return ahead[0]?.mention.text;
}

/** "last month", "in the previous month", "this month": a month named by today (not a possessive "last month's"). */
const RELATIVE_MONTH =
  /\b(?:(?:in|during|for|over)\s+)?(?:the\s+)?(last|previous|past|this|current)\s+month\b(?!['’]s)/iu;

/**
 * `question` with "last month" or "this month" written as the month it is by `today` ("how much
 * tax did I pay last month?" on 2 December 2026 → "… in November 2026"), so dated lines answer it
 * as they answer a named month (k29), and `said` to tell the person which month was read.
 * Unchanged, without `said`, when no such month is asked.
 */
export function withMonthNamed(
  question: string,
  today: Date = new Date(),
): { question: string; said?: string } {
  const match = RELATIVE_MONTH.exec(question);
  if (!match) return { question };
  const back = /^(?:this|current)$/iu.test(match[1] as string) ? 0 : 1;
  const month = new Date(Date.UTC(today.getFullYear(), today.getMonth() - back, 1));
  const named = `${month.toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' })} ${month.getUTCFullYear()}`;
  return {
    question: `${question.slice(0, match.index)}in ${named}${question.slice(match.index + match[0].length)}`,
    said: `I read "${match[0].trim()}" as ${named}.`,
  };
}
