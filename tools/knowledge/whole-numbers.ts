/**
 * Numbers searched whole (stranger S25 LOW 2): "1,150" is one number, read by the index as the
 * words "1" and "150", so a passage holding "£150" and a "1" somewhere looked as if it held the
 * number searched. A number written with group separators ("1,150", "1.150", "1 150", "1'150")
 * is held only where the same digits stand together, grouped any of those ways or not at all
 * ("£1,150.00", "1150"), never as a piece of another number ("21,150", "1,150,000").
 */

import { stem } from './text.js';

/** A grouped number in a query ("1,150", "12.500", "1'150"), or one with decimals ("612.00", "1,150.50"). */
const GROUPED =
  /(?<![\p{N}.,'’])(\p{N}{1,3}(?:[,.'’\u00a0\u202f]\p{N}{3})+|\p{N}+)([.,]\p{N}{1,2})?(?![\p{N}]|[.,]\p{N})/gu;

export interface WholeNumber {
  /** As written in the query. */
  written: string;
  /** The words the index reads it as ("1", "150"), stemmed as query words are. */
  pieces: string[];
  /** Whether a text holds it whole. */
  pattern: RegExp;
}

/** The grouped or decimal numbers of `query`, each with its pieces and a pattern that finds it whole. */
export function wholeNumbers(query: string): WholeNumber[] {
  return [...query.normalize('NFKC').matchAll(GROUPED)].flatMap((match) => {
    const whole = (match[1] as string).split(/[^\p{N}]+/u);
    const decimals = match[2]?.slice(1);
    // A plain number ("150") is one word already.
    if (whole.length === 1 && decimals === undefined) return [];
    const sep = "[,.'’ \\u00a0\\u202f]?";
    const tail = decimals === undefined ? '' : `[.,]${decimals}`;
    return [
      {
        written: match[0],
        pieces: [...whole, ...(decimals === undefined ? [] : [decimals])].map(stem),
        pattern: new RegExp(
          `(?<![\\p{N}]|\\p{N}[.,])${whole.join(sep)}${tail}(?!\\p{N}|[.,'’]\\p{N}{3})`,
          'u',
        ),
      },
    ];
  });
}

/** How many of `numbers` `text` holds whole. */
export const numbersHeld = (text: string, numbers: readonly WholeNumber[]): number =>
  numbers.filter((n) => n.pattern.test(text.normalize('NFKC'))).length;

/**
 * The words of a search as "contains your words" measures them: the query's stems less the pieces
 * of its grouped numbers, and those numbers whole. `held` counts the words and numbers a text
 * holds, of `size` in all.
 */
export function searchedWords(stems: ReadonlySet<string>, query: string) {
  const numbers = wholeNumbers(query);
  const pieces = new Set(numbers.flatMap((n) => n.pieces));
  const words = new Set([...stems].filter((s) => !pieces.has(s)));
  return { words, numbers, size: words.size + numbers.length };
}
