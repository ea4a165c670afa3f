import { editDistance, isOwnerWord, otherRealWord, sameNumbers } from '../../cartridge/text-similarity.js';

/** A name's words as typed, lowercase, with "my"/"the"/"our" dropped. */
const nameWords = (text: string) =>
  text
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}'’]+/u)
    .filter((word) => word && !/^(?:my|the|our|a|an)$/.test(word));

/**
 * How many letters a typo in a word of this length may change: one from three letters ("gim" for
 * "gym", "cod" for "code"), two from seven ("pasword" and "passwrod" for "password"). Shorter words
 * are matched exactly.
 */
const allowed = (length: number) => (length >= 7 ? 2 : length >= 3 ? 1 : 0);

/** Two neighbouring letters swapped ("lokcer" for "locker"): one typo, though two edits apart. */
function swapped(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const at = [...a].findIndex((letter, index) => letter !== b[index]);
  return (
    at >= 0 &&
    at < a.length - 1 &&
    a[at] === b[at + 1] &&
    a[at + 1] === b[at] &&
    a.slice(at + 2) === b.slice(at + 2)
  );
}

/**
 * The one stored name `query` is a mistyped form of: the same number of words, in order, each the
 * same, within `allowed` edits (Levenshtein) or two neighbouring letters swapped, at least one word long enough to carry meaning
 * (4+ letters) and exact, and no owner word ("sister", "mum's") ever edited into another.
 * Undefined unless exactly one name fits, so a typo never picks between two facts.
 */
export function typoMatch<T extends { label: string }>(query: string, facts: readonly T[]): T | undefined {
  const fits = typoMatches(query, facts);
  return fits.length === 1 ? fits[0] : undefined;
}

/**
 * Whether `query` is a typo of `name` (`typoMatches`) a write may act on without asking: every
 * edited word has five letters or more, or two of its letters swapped ("pasword", "lokcer",
 * "garagee"). A typo in a short word ("gim" for "gym", "cat" for "car") may be another word
 * meant: a write asks first.
 */
export function sureTypo(query: string, name: string): boolean {
  const asked = nameWords(query);
  const named = nameWords(name);
  return asked.every((word, index) => {
    const other = named[index] ?? '';
    return (
      word === other ||
      Math.min(word.length, other.length) >= 5 ||
      (Math.min(word.length, other.length) >= 4 && swapped(word, other))
    );
  });
}

/** Every stored name `query` is a mistyped form of (see `typoMatch`), in the order given. */
export function typoMatches<T extends { label: string }>(query: string, facts: readonly T[]): T[] {
  const asked = nameWords(query);
  if (asked.length === 0) return [];
  // A word of a stored name, or a real word of names ("passport"), is never a typo of another.
  const names = facts.map(({ label }) => nameWords(label));
  const known = new Set(names.flat());
  return facts.filter(({ label }, at) => {
    const named = names[at]!;
    // "room 100 key" is never a typo of "room 101 key": numbers are matched exactly.
    if (named.length !== asked.length || !sameNumbers(query, label)) return false;
    let edited = 0;
    let anchored = false;
    for (const [index, word] of asked.entries()) {
      const other = named[index]!;
      if (word === other) {
        if (word.length >= 4) anchored = true;
        continue;
      }
      if (isOwnerWord(word) || isOwnerWord(other) || otherRealWord(word, other, known)) return false;
      // "A10" and "B10", "3A" and "3B": a word holding a digit is an identifier, matched exactly (S48).
      if (/\p{N}/u.test(word) || /\p{N}/u.test(other)) return false;
      const budget = allowed(Math.min(word.length, other.length));
      if (budget === 0) return false;
      if (!swapped(word, other) && editDistance(word, other, budget) > budget) return false;
      edited++;
    }
    return edited > 0 && anchored;
  });
}
