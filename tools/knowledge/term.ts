/**
 * When something ends, read from when it starts and how long it runs (issue 7, stranger round
 * 11): "when does the lease end?" is answered by "The tenancy starts on 1 March 2026 for a fixed
 * term of 12 months." The end is then computed, and said to be computed, never passed off as
 * what the document states.
 */
import { CARDINALS, wordTable } from '../../cartridge/lexicon.js';
import { type DateMention, datesIn } from './dates.js';
import { fold, root } from './lexicon.js';
import { words } from './text.js';

/** Stems of the words asking when a thing ends ("end", "finish", "expire", "run out"). */
export const END_ASKING = new Set(
  'end ends ending finish finishes expire expires terminate terminates over renew renews renewal'
    .split(' ')
    .map(root),
);
/** "run out" asks an end too ("when does my insurance run out?"; S32 HIGH 4); "run" alone does not. */
export const RUN_OUT = /\bruns?\s+out\b|\brunning\s+out\b|\bran\s+out\b/iu;
/** Words that state an end themselves ("until 28 February", "expires on", "ends on", "runs to", "renews 8 April", S44). */
const SAYS_END =
  /\b(?:until|till|through|thru|ends?|ending|ended|expir\w*|terminat\w*|finish\w*|renew\w*|runs?\s+(?:to|until)|last\s+day|end\s+date)\b/iu;
/** Number words of a term ("twelve months", "a year"): the shared table, and "a"/"an" as one. */
const SMALL: Readonly<Record<string, number>> = wordTable({ ...CARDINALS, a: 1, an: 1 });
/** "for 12 months", "for a fixed term of twelve months", "a term of 2 years", "for six weeks". */
const TERM =
  /\b(?:for|term\s+of|period\s+of|duration\s+of|lasts?|runs?\s+for)\s+(?:a\s+(?:fixed\s+|minimum\s+|initial\s+)?(?:term|period)\s+of\s+)?(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty|thirty|an?)\s+(days?|weeks?|months?|years?)\b/iu;

/** Whether the question asks when something ends: a stem of END_ASKING in it. */
export const asksEnd = (question: string): boolean =>
  RUN_OUT.test(question) || words(question).some((w) => END_ASKING.has(root(w)));

/**
 * Whether a sentence says an end itself ("until …", "expires on …", "ends on …"); "within 10
 * days of the end of the tenancy" only mentions the end, it states none (S23 HIGH 7).
 */
export const saysEnd = (text: string): boolean =>
  SAYS_END.test(text.replace(/\b(?:the|its|their|at|by)\s+end\s+of\b/giu, ' ')) || datedRange(text);

/**
 * A period written as two full dates ("Period of cover: 14/05/2026 to 13/05/2027", "1 March 2026 –
 * 28 February 2027"): its second date is its end (S32 HIGH 4).
 */
function datedRange(text: string): boolean {
  const dates = datesIn(text).filter((d) =>
    d.readings.some((r) => r.day !== undefined && r.year !== undefined),
  );
  return dates.some((date, index) => {
    const next = dates[index + 1];
    return next !== undefined && /^\s*(?:to|until|till|-|–|—)\s*$/iu.test(text.slice(date.end, next.start));
  });
}

export interface Term {
  /** The start as written ("1 March 2026") and as a date. */
  start: string;
  /** The term as written ("12 months"). */
  term: string;
  /** The computed end, as "1 March 2027": the start plus the term (the day the term is over). */
  end: string;
}

const MONTHS = 'January February March April May June July August September October November December'.split(
  ' ',
);

/**
 * The start and term a sentence states, with the end computed, or undefined when it states not
 * exactly one full date (day, month and year) and one term. Months are added by calendar month,
 * the day clamped to the month's length (31 January + 1 month is 28/29 February).
 */
export function termOf(text: string): Term | undefined {
  const dates = datesIn(text).filter((d) => d.readings.length === 1);
  const full = dates.filter((d) => d.readings[0]?.day !== undefined && d.readings[0]?.year !== undefined);
  if (full.length !== 1) return undefined;
  const match = TERM.exec(text);
  if (!match) return undefined;
  const amount = /^\d+$/u.test(match[1] as string)
    ? Number(match[1])
    : (SMALL[fold(match[1] as string)] as number);
  const unit = fold(match[2] as string).replace(/s$/u, '');
  const { year, month, day } = (full[0] as DateMention).readings[0] as {
    year: number;
    month: number;
    day: number;
  };
  let end: Date;
  if (unit === 'day' || unit === 'week')
    end = new Date(Date.UTC(year, month - 1, day + amount * (unit === 'week' ? 7 : 1)));
  else {
    const months = unit === 'year' ? amount * 12 : amount;
    const target = new Date(Date.UTC(year, month - 1 + months, 1));
    const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
    end = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(day, last)));
  }
  const said = (d: Date) => `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
  return {
    start: said(new Date(Date.UTC(year, month - 1, day))),
    term: `${match[1]} ${match[2]}`,
    end: said(end),
  };
}

/** Whether a sentence states a term and one full date to count it from (`termOf`). */
export const statesTerm = (text: string): boolean => termOf(text) !== undefined;
