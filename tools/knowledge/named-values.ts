/**
 * The line that states the subject's own value (S23 HIGH 6). A yes/no question guesses a value
 * ("is the rent £900?", "is the flight on 19 April?", "is my seat 14D?"); the line compared is
 * the one where a subject word stands right before a value of the guessed kind ("The monthly
 * rent is £1,340", "Flight: 18 April 2026", "Seat: 14C"), not a line that names the subject
 * elsewhere ("A late fee of £25 applies if rent is overdue" states the fee's amount, not the
 * rent's). Dates are read by dates.ts, amounts by amounts.ts; a code is a token mixing digits and
 * letters ("14C", "B12", "A3"), as seats, rooms, gates and platforms are written.
 */

import { amountsAsked } from './amounts.js';
import { datesIn, describeDates, statesDates, withoutDates } from './dates.js';
import { isStopWord, stem, words } from './text.js';
import { YES_NO } from './yes-no.js';

/** A value's place in a text. */
export interface Span {
  start: number;
  end: number;
}

/** Words that may stand between a subject and its value: "rent is £1,340", "fee of £25", "Seat: 14C". */
const LINKS = new Set(
  'is are was were be will be shall costs cost of at on for the a an my your our its to set fixed due scheduled'.split(
    ' ',
  ),
);

/** Codes: "14C", "B12", "3A", "A-12"; a token with a digit and a letter, no plain word or number. */
const CODE =
  /(?<![\p{L}\p{N}])(?=[\p{L}-]*\d)(?=[\p{N}-]*\p{L})[\p{Lu}\p{N}][\p{L}\p{N}-]{0,5}(?![\p{L}\p{N}])/gu;

/** The codes a text states, with where they are; ordinals ("1st", "18th") and units ("23kg", "10am") are none. */
export function codesIn(text: string): (Span & { value: string })[] {
  const out: (Span & { value: string })[] = [];
  for (const m of text.normalize('NFKC').matchAll(CODE)) {
    const value = m[0].toUpperCase().replace(/-/g, '');
    if (/^\d+(?:ST|ND|RD|TH|KG|G|KM|M|CM|MM|AM|PM|H|S|L|ML|MB|GB|KB|X)$/u.test(value)) continue;
    out.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, value });
  }
  return out;
}

/** The question's subject, stemmed: its content words once the guess and the yes/no opening are gone. */
export function subjectOf(bare: string): Set<string> {
  return new Set(
    words(bare.replace(YES_NO, ''))
      .filter((w) => !isStopWord(w) && !/^\d/u.test(w))
      .map(stem),
  );
}

/**
 * Whether a subject word stands right before one of `values` in `text`: at most linking
 * or stop words between ("rent is", "fee of", "Seat:", "Check-in:"), the subject word the nearest
 * content word, within four words.
 */
export function namesValue(text: string, subject: ReadonlySet<string>, values: readonly Span[]): boolean {
  return values.some((value) => {
    const before = words(text.slice(0, value.start)).slice(-4).reverse();
    for (const word of before) {
      if (subject.has(stem(word))) return true;
      if (!LINKS.has(word) && !isStopWord(word)) return false;
    }
    return false;
  });
}

/** What narrowing needs of an answer: its lines, one per citation, in order. */
interface Cited {
  known: boolean;
  answer: string;
  citations: { quote: string }[];
}

/**
 * The answer kept to the citations that name the subject's value (`namesValue`), when some do
 * and the answer's lines are its citations one for one; else the answer unchanged.
 */
export function narrowToNamed<A extends Cited>(
  answer: A,
  subject: ReadonlySet<string>,
  valuesOf: (text: string) => readonly Span[],
): A {
  const lines = answer.answer.split('\n');
  if (!answer.known || lines.length !== answer.citations.length) return answer;
  const keep = answer.citations.map((c) => namesValue(c.quote, subject, valuesOf(c.quote)));
  if (!keep.includes(true) || keep.every(Boolean)) return answer;
  return {
    ...answer,
    answer: lines.filter((_, i) => keep[i]).join('\n'),
    citations: answer.citations.filter((_, i) => keep[i]),
  };
}

/** Amounts of money in a text, as spans (amounts.ts). */
export const amountSpans = (text: string): Span[] => amountsAsked(text);

/**
 * A yes/no question guessing a date or a code its documents do not state ("is the flight on 19
 * April?", "is my seat 14D?"), answered by the subject's own value: the question without the
 * guess is asked (`ask`), and a quote whose subject word stands before a value of that kind
 * answers, "Not 19 April as far as your documents say; they state: …" — or plainly, when it
 * states the guess after all. Undefined when no such line (the "I don't know" stays).
 */
export async function valueInstead<A extends Cited>(
  question: string,
  ask: (question: string) => Promise<A>,
): Promise<A | undefined> {
  const text = question.normalize('NFKC');
  if (!YES_NO.test(text)) return undefined;
  const dates = datesIn(text);
  const codes = codesIn(text);
  let bare: string;
  let valuesOf: (quote: string) => Span[];
  let states: (quote: string) => boolean;
  let written: string;
  if (dates.length > 0) {
    bare = withoutDates(text, dates)
      .replace(/\b(?:on|for|by|at)\s*(?=[?.!]?\s*$)/iu, '')
      .trim();
    valuesOf = datesIn;
    states = (quote) => statesDates(dates, datesIn(quote));
    written = describeDates(dates);
  } else if (codes.length === 1) {
    const code = codes[0] as Span & { value: string };
    bare = `${text.slice(0, code.start)} ${text.slice(code.end)}`;
    valuesOf = codesIn;
    states = (quote) => codesIn(quote).some((c) => c.value === code.value);
    written = text.slice(code.start, code.end);
  } else return undefined;
  bare = bare
    .replace(/\s+/g, ' ')
    .replace(/\s+([?.!])/g, '$1')
    .trim();
  const subject = subjectOf(bare);
  if (subject.size === 0) return undefined;
  // "is the flight?" reads better asked as "when is the flight?" / "what is my seat?"; either answers.
  let answer = await ask(bare);
  if (!answer.known || !answer.citations.some((c) => namesValue(c.quote, subject, valuesOf(c.quote))))
    answer = await ask(`${dates.length > 0 ? 'when' : 'what'} ${bare}`);
  if (!answer.known) return undefined;
  const named = narrowToNamed(answer, subject, valuesOf);
  const own = named.citations.filter((c) => namesValue(c.quote, subject, valuesOf(c.quote)));
  if (own.length === 0) return undefined;
  if (own.some((c) => states(c.quote))) return named;
  return { ...named, answer: `Not ${written} as far as your documents say; they state:\n${named.answer}` };
}
