/**
 * A span of days a money question asks (stranger S37, 3): "between 20 and 25 October", "from 1
 * to 10 Oct", "20 Oct to 25 Oct", "since the 15th", "after 20 October", "before the 10th", "in
 * the last week of October", "the first half of March". A statement's rows are narrowed to those
 * dated within it, every day of it — not only the rows that say the one date the question
 * writes last ("25 October"). A day without a month ("since the 15th") is of the month the rows
 * asked about end in; an end without a year is compared by month and day.
 */

import { type DateMention, type DateReading, datesIn, monthName } from './dates.js';

/** One end of a span: a day, with its month and year when the question says them. */
export interface SpanEnd {
  year?: number;
  month?: number;
  day: number;
}

/** The days asked: from `from` to `to`, both included; an open end is undefined. */
export interface DateSpan {
  from?: SpanEnd;
  to?: SpanEnd;
  /** Where in the question the span is written (blanked from the words a row must say). */
  start: number;
  end: number;
}

const MONTHS = Array.from({ length: 12 }, (_, i) => monthName(i + 1));
/** Days in `month` (1–12) of `year`; February has 28 when no year is said. Day 0 of the next month is this one's last. */
const daysIn = (month: number, year?: number) => new Date(Date.UTC(year ?? 2001, month, 0)).getUTCDate();

/** A day of a month written alone: "the 15th", "20", "1st". */
const BARE_DAY = '(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?';
/** A day alone that is surely one: "the 15th", "15th", "the 3" — never a bare "15" (an amount, a count). */
const ORD_DAY = '(?:the\\s+(\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})(?:st|nd|rd|th))';
/** Between a span's two ends. */
const TO = '\\s*(?:and|to|until|till|through|thru|[-–—])\\s*';
/** After a day: no amount or count ("between 10 and 20 euros", "Nov 3 to 10 items"). */
const NOT_AMOUNT =
  '(?![\\p{L}\\p{N}]|\\s*(?:[%$€£¥]|(?:euros?|pounds?|dollars?|quid|gbp|eur|usd|percent|per\\s+cent|people|items|times|kg|km|miles)\\b))';
const OPEN_FROM = /\b(?:since|after|from|starting)\s+(?:the\s+)?$/iu;
const OPEN_TO = /\b(?:before|until|till|up\s+to|by)\s+(?:the\s+)?$/iu;
const WEEK =
  /\b(first|1st|second|2nd|third|3rd|fourth|4th|last|final)\s+(week|half|fortnight)\s+of\s+(?:the\s+month\s+of\s+)?$/iu;

const dayOf = (r: DateReading): SpanEnd | undefined =>
  r.day === undefined
    ? undefined
    : { day: r.day, month: r.month, ...(r.year === undefined ? {} : { year: r.year }) };

/** A day after (or before) `end` when the question says "after"/"before" (the day itself is not asked). */
function step(end: SpanEnd, by: 1 | -1): SpanEnd {
  const day = end.day + by;
  if (end.month === undefined) return { ...end, day: Math.max(1, day) };
  if (day >= 1 && day <= daysIn(end.month, end.year)) return { ...end, day };
  if (by > 0) return { ...end, month: (end.month % 12) + 1, day: 1 };
  const month = end.month === 1 ? 12 : end.month - 1;
  return { ...end, month, day: daysIn(month, end.year) };
}

/** The span of days `question` asks, or undefined when it asks one date, a month, or none. */
export function dateSpanAsked(
  question: string,
  dates: readonly DateMention[] = datesIn(question),
): DateSpan | undefined {
  const text = question.normalize('NFKC');
  // "1 to 10 Oct", "1–3 March": one mention of every day of the range.
  for (const m of dates) {
    const days = m.readings.flatMap((r) => dayOf(r) ?? []);
    // Days of one month ("1–3 March"); never the two readings of "10/11/2025" (10 Nov or 11 Oct; S38 2).
    const oneMonth = days.every((d) => d.month === days[0]?.month && d.year === days[0]?.year);
    if (
      days.length > 1 &&
      oneMonth &&
      days.every((d, i) => i === 0 || d.day === (days[i - 1] as SpanEnd).day + 1)
    ) {
      const before = /\b(?:between|from)\s+(?:the\s+)?$/iu.exec(text.slice(0, m.start));
      return {
        from: days[0] as SpanEnd,
        to: days.at(-1) as SpanEnd,
        start: before ? before.index : m.start,
        end: m.end,
      };
    }
  }
  const single = dates.filter((m) => m.readings.length === 1);
  // "20 Oct to 25 Oct", "between 20 October and 25 October", "between 2025-11-03 and 2025-11-10";
  // "03/11/2025 – 10/11/2025" read the way that makes the shortest span forward (3–10 November; S38 2).
  for (let i = 0; i + 1 < dates.length; i += 1) {
    const a = dates[i] as DateMention;
    const b = dates[i + 1] as DateMention;
    if (!new RegExp(`^${TO}(?:the\\s+)?$`, 'iu').test(text.slice(a.end, b.start))) continue;
    const pairs = a.readings.flatMap((ra) =>
      b.readings.flatMap((rb) => {
        const from = dayOf(ra);
        const to = dayOf(rb);
        if (!from || !to) return [];
        const length = ordinal({ ...from, year: from.year ?? to.year }) - ordinal(to);
        return [{ from, to, length: length <= 0 ? -length : Number.POSITIVE_INFINITY }];
      }),
    );
    const best = [...pairs].sort((x, y) => x.length - y.length)[0];
    if (!best) continue;
    const { from, to } = best;
    const before = /\b(?:between|from)\s+(?:the\s+)?$/iu.exec(text.slice(0, a.start));
    return {
      from: { ...from, ...(from.year === undefined && to.year !== undefined ? { year: to.year } : {}) },
      to,
      start: before ? before.index : a.start,
      end: b.end,
    };
  }
  for (const m of single) {
    const reading = m.readings[0] as DateReading;
    const at = dayOf(reading);
    const before = text.slice(0, m.start);
    // "Nov 3–10", "October 1 to 15": the second day takes the first's month (S38 2).
    const after = new RegExp(`^${TO}(\\d{1,2})(?:st|nd|rd|th)?${NOT_AMOUNT}`, 'iu').exec(text.slice(m.end));
    const last = after ? +(after[1] as string) : 0;
    if (at?.month !== undefined && after && last > at.day && last <= daysIn(at.month, at.year)) {
      const before = /\b(?:between|from)\s+$/iu.exec(text.slice(0, m.start));
      return {
        from: at,
        to: { ...at, day: last },
        start: before ? before.index : m.start,
        end: m.end + after[0].length,
      };
    }
    // "between 20 and 25 October": the first day takes the second's month.
    const bare = new RegExp(`\\b(?:between|from)\\s+${BARE_DAY}${TO}(?:the\\s+)?$`, 'iu').exec(before);
    if (at && bare) {
      const day = +(bare[1] as string);
      if (day >= 1 && day <= at.day) return { from: { ...at, day }, to: at, start: bare.index, end: m.end };
    }
    // "the last week of October", "the first half of March".
    const week = WEEK.exec(before);
    if (!at && week) {
      const { month, year } = reading;
      const last = daysIn(month, year);
      const which = (week[1] as string).toLowerCase().replace(/^(\d)\D+$/u, '$1');
      const kind = (week[2] as string).toLowerCase();
      const length = kind === 'week' ? 7 : kind === 'fortnight' ? 14 : Math.ceil(last / 2);
      const n = { first: 1, 1: 1, second: 2, 2: 2, third: 3, 3: 3, fourth: 4, 4: 4 }[which];
      const first = n === undefined ? last - length + 1 : (n - 1) * length + 1;
      if (first > last) continue;
      const y = year === undefined ? {} : { year };
      return {
        from: { day: first, month, ...y },
        to: {
          day: n === undefined || kind === 'half' ? last : Math.min(last, first + length - 1),
          month,
          ...y,
        },
        start: week.index,
        end: m.end,
      };
    }
    // "since 15 October", "after the 20th of October", "before 10 Oct".
    const open = OPEN_FROM.exec(before) ?? OPEN_TO.exec(before);
    if (at && open) {
      const from = OPEN_FROM.test(before);
      const end = /^(?:after|before)/iu.test(open[0]) ? step(at, from ? 1 : -1) : at;
      return { ...(from ? { from: end } : { to: end }), start: open.index, end: m.end };
    }
  }
  // "between the 1st and the 10th": days of the month the rows end in.
  // Never an amount: "between 10 and 20 euros".
  const days = new RegExp(`\\b(?:between|from)\\s+${ORD_DAY}${TO}${ORD_DAY}${NOT_AMOUNT}`, 'iu').exec(text);
  if (days) {
    const from = +((days[1] ?? days[2]) as string);
    const to = +((days[3] ?? days[4]) as string);
    if (from >= 1 && from <= to && to <= 31)
      return { from: { day: from }, to: { day: to }, start: days.index, end: days.index + days[0].length };
  }
  // "since the 15th", "before the 10th": a day of the month the rows end in.
  const bare = new RegExp(
    `\\b(since|after|from|starting|before|until|till|up\\s+to)\\s+${ORD_DAY}(?![\\p{L}\\p{N}]|\\s*(?:of\\s+)?(?:${MONTHS.join('|')}))`,
    'iu',
  ).exec(text);
  if (bare) {
    const day = +((bare[2] ?? bare[3]) as string);
    if (day < 1 || day > 31) return undefined;
    const word = (bare[1] as string).toLowerCase();
    const from = /^(?:since|after|from|starting)$/u.test(word);
    const exclusive = word === 'after' || word === 'before';
    const end = exclusive ? step({ day }, from ? 1 : -1) : { day };
    return { ...(from ? { from: end } : { to: end }), start: bare.index, end: bare.index + bare[0].length };
  }
  return undefined;
}

/** A row's day as numbers, or undefined when it states none. */
export type RowDay = Required<SpanEnd>;

/** The first full date `text` states (a row's date cell), or undefined. */
export function rowDay(text: string): RowDay | undefined {
  for (const m of datesIn(text))
    for (const r of m.readings)
      if (r.day !== undefined && r.year !== undefined) return { year: r.year, month: r.month, day: r.day };
  return undefined;
}

/**
 * `span` with its month-less ends read as days of the month the `days` end in (the latest), so
 * "since the 15th" over an October statement is from 15 October.
 */
export function resolveSpan(span: DateSpan, days: readonly RowDay[]): DateSpan {
  const latest = [...days].sort((a, b) => key(b) - key(a))[0];
  const fill = (end: SpanEnd | undefined) =>
    end === undefined || end.month !== undefined || latest === undefined
      ? end
      : { ...end, month: latest.month, year: latest.year };
  const from = fill(span.from);
  const to = fill(span.to);
  return { ...span, ...(from ? { from } : {}), ...(to ? { to } : {}) };
}

/** A day as a count of days, near enough to compare spans' lengths. */
const ordinal = (d: SpanEnd) => (d.year ?? 0) * 372 + (d.month ?? 0) * 31 + d.day;

const key = (d: SpanEnd) => (d.year ?? 0) * 10000 + (d.month ?? 0) * 100 + d.day;

/** Whether a row dated `day` is within `span` (an end without a year is compared by month and day). */
export function inSpan(span: DateSpan, day: RowDay | undefined): boolean {
  if (!day) return false;
  const at = (end: SpanEnd) =>
    end.year === undefined ? { ...day, year: 0 } : end.month === undefined ? { ...day, month: 0 } : day;
  if (span.from && key(at(span.from)) < key(span.from)) return false;
  if (span.to && key(at(span.to)) > key(span.to)) return false;
  return true;
}

/** The span as a person reads it: "20–25 October", "from 15 October", "up to 10 October". */
export function describeSpan(span: DateSpan): string {
  const said = (end: SpanEnd, withMonth = true) =>
    [end.day, withMonth && end.month ? monthName(end.month) : undefined, withMonth ? end.year : undefined]
      .filter((part) => part !== undefined)
      .join(' ');
  const { from, to } = span;
  if (from && to) {
    const sameMonth = from.month === to.month && from.year === to.year;
    return `${said(from, !sameMonth)}–${said(to)}`;
  }
  if (from) return `from ${said(from)} on`;
  return to ? `up to ${said(to)}` : '';
}
