/** Small, dependency-free text similarity used for fuzzy lookups (memory keys, tool names). */

const STOPWORDS = new Set(
  'a an the my our your his her their its of for to in on at is are was were be what whats which who where when how do does did me i we you it that this please'.split(
    ' ',
  ),
);

/** Lowercase words, accents folded, punctuation dropped. */
export function words(text: string): string[] {
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      // A possessive names the same thing as its owner ("Leo's shoe size" is "leo shoe size");
      // other apostrophes just join ("don't" → "dont").
      .replace(/(\p{L})['’]s\b/gu, '$1')
      .replace(/[’']/g, '')
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean)
  );
}

/** Content words: stop words removed, a plural `s` trimmed. */
export function contentWords(text: string): string[] {
  return words(text)
    .filter((word) => !STOPWORDS.has(word))
    .map((word) =>
      word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word,
    );
}

/** Levenshtein distance, stopping early once it exceeds `max`. */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/** Two words match when equal, or one edit apart for words of five letters or more (typos). */
export function wordsMatch(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.min(a.length, b.length) < 5) return false;
  return editDistance(a, b, 1) <= 1;
}

/** Dice coefficient over content words, typo-tolerant: 1 for the same words, 0 for none shared. */
export function wordSimilarity(a: string, b: string): number {
  const left = contentWords(a);
  const right = contentWords(b);
  if (left.length === 0 || right.length === 0) return 0;
  const unused = [...right];
  let shared = 0;
  for (const word of left) {
    const index = unused.findIndex((candidate) => wordsMatch(word, candidate));
    if (index >= 0) {
      shared++;
      unused.splice(index, 1);
    }
  }
  return (2 * shared) / (left.length + right.length);
}

function trigrams(text: string): Map<string, number> {
  const padded = `  ${words(text).join(' ')} `;
  const grams = new Map<string, number>();
  for (let i = 0; i < padded.length - 2; i++) {
    const gram = padded.slice(i, i + 3);
    grams.set(gram, (grams.get(gram) ?? 0) + 1);
  }
  return grams;
}

/** Dice coefficient over character trigrams: catches joined words and partial spellings. */
export function trigramSimilarity(a: string, b: string): number {
  const left = trigrams(a);
  const right = trigrams(b);
  let shared = 0;
  let total = 0;
  for (const [gram, count] of left) {
    shared += Math.min(count, right.get(gram) ?? 0);
    total += count;
  }
  for (const count of right.values()) total += count;
  return total === 0 ? 0 : (2 * shared) / total;
}

/** The similarity fazt uses for fuzzy lookups: the better of word and trigram similarity. */
export function similarity(a: string, b: string): number {
  return Math.max(wordSimilarity(a, b), trigramSimilarity(a, b));
}
