import { wordTable } from '../../cartridge/lexicon.js';
import { NUMBER_WORDS } from './lexicon.js';

const UNIT_MS: Readonly<Record<string, number>> = wordTable({
  second: 1000,
  sec: 1000,
  minute: 60_000,
  min: 60_000,
  hour: 3_600_000,
  hr: 3_600_000,
  day: 86_400_000,
  week: 7 * 86_400_000,
  month: 30 * 86_400_000,
  year: 365 * 86_400_000,
});

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

const startOfDay = (time: number) => {
  const date = new Date(time);
  date.setHours(0, 0, 0, 0);
  return date.getTime();
};

/** Midnight `days` calendar days before the midnight `start` (not days × 24 h: DST days differ). */
const dayBefore = (start: number, days: number) => {
  const date = new Date(start);
  date.setDate(date.getDate() - days);
  return date.getTime();
};

/**
 * Whether a time phrase names a stretch longer than a day ("last week", "this month", "the past 3
 * days"), which is a start to count from, never one calendar day.
 */
export function timeSpan(phrase: string): boolean {
  return /\b(?:weeks?|months?|years?|fortnight)\b|\b(?:\d+|two|three|four|five|six|seven|several|few)\s+days?\b/i.test(
    phrase,
  );
}

/**
 * A point in time from a phrase such as "today", "yesterday", "last week", "the last 3 hours",
 * "2 days ago", "monday" or an ISO date, as Unix milliseconds; undefined when it is not a time.
 */
export function parseTime(phrase: string, now = Date.now()): number | undefined {
  const text = phrase
    .toLowerCase()
    .replace(/^(?:since|from|after|before|until|in|during|over|for|within)\s+/, '')
    .replace(/^(?:the\s+)?(?:past|last)\s+/, 'last ')
    .replace(/[?.!,]+$/, '')
    .trim();
  if (/^\d{4}-\d{2}-\d{2}([t ][\d:.]+z?)?$/.test(text)) {
    const time = Date.parse(text.length === 10 ? `${text}T00:00:00` : text);
    return Number.isNaN(time) ? undefined : time;
  }
  if (text === 'today' || text === 'this morning') return startOfDay(now);
  if (text === 'yesterday' || text === 'last night') return dayBefore(startOfDay(now), 1);
  if (text === 'the day before yesterday' || text === 'day before yesterday')
    return dayBefore(startOfDay(now), 2);
  if (text === 'recently' || text === 'lately') return now - UNIT_MS.day!;
  if (text === 'this week') return startOfDay(now) - new Date(now).getDay() * UNIT_MS.day!;
  if (text === 'tonight' || text === 'this evening') return startOfDay(now) + 18 * UNIT_MS.hour!;
  // "monday" is the latest Monday, today when today is one; "last monday" is never today (7 days
  // ago on a Monday), and otherwise the same day as "monday".
  const weekday = WEEKDAYS.indexOf(text.replace(/^last\s+/, ''));
  if (weekday >= 0) {
    const back = (new Date(now).getDay() - weekday + 7) % 7 || (text.startsWith('last ') ? 7 : 0);
    return dayBefore(startOfDay(now), back);
  }
  const relative = /^(?:last\s+)?(?:(\d+|[a-z]+)\s+)?([a-z]+?)s?(\s+ago)?$/.exec(text);
  if (relative) {
    const [, amountText, unitText = ''] = relative;
    const unit = UNIT_MS[unitText];
    if (unit === undefined) return undefined;
    const amount = amountText === undefined ? 1 : Number(amountText) || NUMBER_WORDS[amountText];
    if (amount === undefined || Number.isNaN(amount)) return undefined;
    return now - amount * unit;
  }
  return undefined;
}
