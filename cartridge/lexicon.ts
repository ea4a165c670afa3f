/**
 * Word tables shared by the tools and the offline planner, kept in one place so a word added for one
 * reader is read the same way by all: number words (`CARDINALS`, `ORDINALS`) and the small
 * word-set builder every table of words uses (`wordSet`).
 */

/** A set of the words of `text`, split at spaces: `wordSet('in on at')` → {in, on, at}. */
export function wordSet(text: string): Set<string> {
  return new Set(text.split(' ').filter(Boolean));
}

/** Number words, zero to a hundred, with their values ("twelve" → 12, "forty" → 40). */
export const CARDINALS: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
};

/** Ordinal words, first to tenth, with their values ("third" → 3). */
export const ORDINALS: Readonly<Record<string, number>> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
};

/**
 * The cardinal words whose value is in `from`…`to` (inclusive), in ascending order: for a table
 * of counts (`cardinalsBetween(2, 10)`) or a regular-expression alternation (`.join('|')`).
 */
export function cardinalsBetween(from: number, to: number): string[] {
  return Object.entries(CARDINALS)
    .filter(([, value]) => value >= from && value <= to)
    .map(([word]) => word);
}
