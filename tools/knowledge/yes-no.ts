/**
 * The value a yes/no question guesses (S21 HIGH 2): "does the flight arrive at 10:20?", "is the
 * boiler repaired within 24 hours?", "is the final exam worth 40%?", "does the recipe serve 4?".
 * The number is the guess, not a word a sentence must say: the line about the subject answers,
 * yes when it states the guess, and "Not within 24 hours as far as your documents say; they
 * state: …" when it states another value of that kind ("within 48 hours"). Amounts of money are
 * read by amounts.ts (`amountInstead` in answer.ts), named numbers ("module 4", "step 3") by numbered.ts.
 */

import { isStopWord, stem, words } from './text.js';

/** A yes/no question's opening ("is the excess EUR 400?", "does the course cost 150 €?"). */
export const YES_NO =
  /^\s*(?:is|are|was|were|does|do|did|will|would|can|could|should|must|may|shall|has|have|had|isn['’]?t|ist|est|es)\b/iu;

export type GuessKind = 'time' | 'duration' | 'share' | 'count';

/** One value a yes/no question guesses: where it is written (with its preposition) and how it reads. */
export interface Guess {
  kind: GuessKind;
  /** As asked, with its preposition ("within 24 hours", "at 10:20"). */
  written: string;
  start: number;
  end: number;
  /** Normalised: "10:20", "24 hour", "30", "4". */
  value: string;
}

const NUMBER_WORDS = new Map(
  'zero one two three four five six seven eight nine ten eleven twelve'
    .split(' ')
    .map((w, n) => [w, n] as const),
);
const NUMBER = `\\d+(?:[.,]\\d+)?|${[...NUMBER_WORDS.keys()].join('|')}`;
const numberOf = (written: string) =>
  String(NUMBER_WORDS.get(written.toLowerCase()) ?? written.replace(',', '.'));
const UNIT = '(minute|min|hour|hr|day|week|month|year)s?';
const PREPOSITION =
  '(?:(?:with)?in|for|after|under|over|at|by|up\\s+to|at\\s+(?:least|most)|before|around|about|of)\\s+';
/** A time of day: "10:20", "10.20 am", "7 pm". Minutes past midnight are compared. */
const TIME = new RegExp(
  `(?:${PREPOSITION})?\\b(\\d{1,2})(?:[:.](\\d{2}))?\\s*(am|pm|a\\.m\\.|p\\.m\\.)?(?![\\p{L}\\p{N}%])`,
  'giu',
);
const DURATION = new RegExp(`(?:${PREPOSITION})?\\b(${NUMBER})[\\s-]*${UNIT}\\b`, 'giu');
const SHARE = new RegExp(
  `(?:${PREPOSITION})?\\b(\\d+(?:[.,]\\d+)?)\\s*(?:%|\\s?per\\s?cent\\b|\\s?percent\\b)`,
  'giu',
);
/** A count: a number before a noun ("3 bedrooms", "four people"), or a bare number ending the question ("serve 4?"). */
const COUNT = new RegExp(
  `(?:${PREPOSITION})?(?<![\\p{L}\\p{N}:.,£$€#-])(${NUMBER})(?=\\s+\\p{L}|\\s*[?.!]?\\s*$)(?![:.,]\\d)`,
  'giu',
);

function clock(hour: string, minute: string | undefined, half: string | undefined): string | undefined {
  let h = Number(hour);
  if (h > 24 || Number(minute ?? 0) > 59) return undefined;
  if (half && /^p/i.test(half) && h < 12) h += 12;
  if (half && /^a/i.test(half) && h === 12) h = 0;
  return `${String(h).padStart(2, '0')}:${minute ?? '00'}`;
}

/**
 * A line that prices an act rather than forbidding it (S41 1): "repayable if you leave within 12
 * months", "a fee of £50 if you cancel within 14 days". Its number is the condition of a
 * consequence, not the answer to "can I leave after 6 months?".
 */
export const CONSEQUENCE =
  /\b(?:repay|repays|repayable|repaid|(?:pay|paid)\s+(?:back|it\s+back)|refund(?:able)?|fee|fees|penalty|penalties|charge|charged|forfeit(?:ed)?|liable|interest)\b/iu;

/** The values a yes/no question guesses, or none when it is no yes/no question. */
export function guessesOf(question: string): Guess[] {
  const text = question.normalize('NFKC');
  if (!YES_NO.test(text)) return [];
  const out: Guess[] = [];
  const taken = (start: number, end: number) => out.some((g) => start < g.end && end > g.start);
  const add = (kind: GuessKind, match: RegExpMatchArray, value: string | undefined) => {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    if (value === undefined || taken(start, end)) return;
    out.push({ kind, written: match[0].trim(), start, end, value });
  };
  for (const m of text.matchAll(SHARE)) add('share', m, numberOf(m[1] as string));
  for (const m of text.matchAll(DURATION))
    add(
      'duration',
      m,
      `${numberOf(m[1] as string)} ${(m[2] as string).toLowerCase().replace(/^min$/, 'minute').replace(/^hr$/, 'hour')}`,
    );
  // A bare "10" is no time; "10:20", "7 pm" are.
  for (const m of text.matchAll(TIME))
    if (m[2] !== undefined || m[3] !== undefined) add('time', m, clock(m[1] as string, m[2], m[3]));
  for (const m of text.matchAll(COUNT)) {
    // "step 3", "week 9", "room 12": a numbered thing's number (numbered.ts), not a count.
    const before = /(\p{L}+)\s*#?\s*$/u.exec(text.slice(0, m.index ?? 0))?.[1]?.toLowerCase();
    if (
      before &&
      !/^(?:is|are|was|were|be|serve|serves|feed|feeds|seat|seats|sleep|sleeps|have|has|get|take|takes|need|needs|there|it|of|for|with|only|exactly)$/u.test(
        before,
      )
    )
      continue;
    add('count', m, numberOf(m[1] as string));
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The numbers of a kind a text states, normalised as `guessesOf` normalises a guess. */
function statedOf(text: string, kind: GuessKind): Set<string> {
  const out = new Set<string>();
  const normal = text.normalize('NFKC').replace(/_/g, ' ');
  if (kind === 'time')
    for (const m of normal.matchAll(
      /\b(\d{1,2})(?:[:.](\d{2}))\s*(am|pm|a\.m\.|p\.m\.)?|\b(\d{1,2})\s*(am|pm)\b/giu,
    )) {
      const value = m[1] !== undefined ? clock(m[1], m[2], m[3]) : clock(m[4] as string, undefined, m[5]);
      if (value) out.add(value);
    }
  if (kind === 'duration')
    for (const m of normal.matchAll(new RegExp(`\\b(${NUMBER})[\\s-]*${UNIT}\\b`, 'giu')))
      out.add(
        `${numberOf(m[1] as string)} ${(m[2] as string).toLowerCase().replace(/^min$/, 'minute').replace(/^hr$/, 'hour')}`,
      );
  if (kind === 'share')
    for (const m of normal.matchAll(/\b(\d+(?:[.,]\d+)?)\s*(?:%|per\s?cent\b|percent\b)/giu))
      out.add(numberOf(m[1] as string));
  if (kind === 'count')
    for (const m of normal.matchAll(
      new RegExp(`(?<![\\p{L}\\p{N}:.,])(${NUMBER})(?![\\p{L}\\p{N}]|[:.,]\\d)`, 'giu'),
    ))
      out.add(numberOf(m[1] as string));
  return out;
}

/** Whether `text` states the guess ("arrives 10:20" for "at 10:20", "within 48 hours" for "48 hours"). */
export const statesGuess = (text: string, guess: Guess): boolean =>
  statedOf(text, guess.kind).has(guess.value);
/** Whether `text` states some value of the guess's kind ("within 48 hours" for a guessed duration). */
export const statesGuessKind = (text: string, guess: Guess): boolean => statedOf(text, guess.kind).size > 0;

/** The question without its guesses: "is the boiler repaired within 24 hours?" → "is the boiler repaired?". */
export function withoutGuesses(question: string, guesses: readonly Guess[]): string {
  let text = question.normalize('NFKC');
  for (const guess of [...guesses].sort((a, b) => b.start - a.start))
    text = `${text.slice(0, guess.start)} ${text.slice(guess.end)}`;
  return text
    .replace(/\s+/g, ' ')
    .replace(/\s+([?.!])/g, '$1')
    .trim();
}

/** What a yes/no answer needs of the answerer: its answer, and an answer to another question. */
interface Answered {
  known: boolean;
  answer: string;
  missing?: string;
  citations: { quote: string }[];
}

/**
 * A yes/no question's answer checked against its guesses: kept when a quote states each guess
 * (yes); else the question without its guesses is asked (`ask`), and when the lines it quotes state
 * a value of each guess's kind, they answer: "Not within 24 hours as far as your documents say;
 * they state: …". Undefined when there is nothing to check or no such line (the answer stays as it was).
 */
export async function checkGuesses<A extends Answered>(
  question: string,
  answer: A,
  ask: (question: string) => Promise<A>,
): Promise<A | undefined> {
  const guesses = guessesOf(question);
  if (guesses.length === 0) return undefined;
  // "is the final exam worth 40%?" — "Homework 40%, midterm 30%, final exam 30%": the clause that
  // names the subject states its value, not the line's other clauses.
  const bare = withoutGuesses(question, guesses);
  const subject = new Set(
    words(bare.replace(YES_NO, ''))
      .filter((w) => !isStopWord(w))
      .map(stem),
  );
  const clauseOf = (quote: string) => {
    const clauses = quote.split(/[,;]|\s(?:and|but)\s/u);
    const named = clauses.filter((clause) => words(clause).some((w) => subject.has(stem(w))));
    return named.length > 0 && named.length < clauses.length ? named.join(', ') : quote;
  };
  const states = (a: A, test: (text: string, guess: Guess) => boolean) =>
    a.citations.some((c) => guesses.every((guess) => test(clauseOf(c.quote), guess)));
  if (answer.known && states(answer, statesGuess)) return undefined;
  if (!/\p{L}{3}/u.test(bare.replace(YES_NO, ''))) return undefined;
  const other = answer.known && states(answer, statesGuessKind) ? answer : await ask(bare);
  if (!other.known) return undefined;
  if (states(other, statesGuess)) return other;
  if (!states(other, statesGuessKind)) return undefined;
  // Only a consequence's condition states a value of the kind: no "Not …" of it.
  if (
    other.citations.every(
      (c) =>
        CONSEQUENCE.test(c.quote) || !guesses.every((guess) => statesGuessKind(clauseOf(c.quote), guess)),
    )
  )
    return undefined;
  const written = guesses.map((guess) => guess.written).join(' and ');
  return { ...other, answer: `Not ${written} as far as your documents say; they state:\n${other.answer}` };
}
