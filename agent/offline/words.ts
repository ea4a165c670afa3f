import { stemmer } from 'stemmer';
import { otherRealWord, typoDistance } from '../../cartridge/text-similarity.js';
import { SYNONYM_GROUPS } from './lexicon.js';

/** Re-exported for the planner's word matching (defined with the other text measures). */
export { typoDistance };

/**
 * The Porter stem of a word, so "notes" meets "note", "mentioning" meets "mention" and
 * "remembered" meets "remember". Template and request words go through the same stemmer.
 */
export function stem(word: string): string {
  return stemmer(word);
}

/**
 * Each word's synonyms (itself included), by stem; a word may sit in several groups. Typos are
 * judged against the synonyms as written ("dispaly" is a typo of "display", not of its stem).
 */
const synonymsOf = new Map<string, Set<string>>();
const spelledSynonymsOf = new Map<string, Set<string>>();
for (const group of SYNONYM_GROUPS) {
  const stems = group.map(stem);
  for (const word of stems) {
    const known = synonymsOf.get(word) ?? new Set<string>();
    const spelled = spelledSynonymsOf.get(word) ?? new Set<string>();
    for (const other of stems) known.add(other);
    for (const other of group) spelled.add(other);
    synonymsOf.set(word, known);
    spelledSynonymsOf.set(word, spelled);
  }
}

/** How many typos a word of this length may carry and still count as the word. */
export function allowedTypos(word: string): number {
  if (word.length >= 8) return 2;
  if (word.length >= 4) return 1;
  return 0;
}

export type WordMatch = 'exact' | 'synonym' | 'typo';

const remembered = new Map<string, WordMatch | null>();

/** Whether a request word stands for a template word, and how closely (memoised: the same pairs recur). */
export function matchWord(template: string, word: string, typos = true): WordMatch | undefined {
  if (!typos) return compareWords(template, word, false);
  const key = `${template}\u0000${word}`;
  const known = remembered.get(key);
  if (known !== undefined) return known ?? undefined;
  if (remembered.size > 50_000) remembered.clear();
  const result = compareWords(template, word, true);
  remembered.set(key, result ?? null);
  return result;
}

function compareWords(template: string, word: string, typos: boolean): WordMatch | undefined {
  if (template === word) return 'exact';
  const left = stem(template);
  const right = stem(word);
  if (left === right) return 'exact';
  const synonyms = synonymsOf.get(left);
  if (synonyms?.has(right)) return 'synonym';
  if (!typos || /\d/.test(word)) return undefined;
  // "passport" is never a typo of "password" (S28): a real word is read only as itself.
  if (isTypo(template, word) && !otherRealWord(template, word)) return 'typo';
  for (const synonym of spelledSynonymsOf.get(left) ?? []) {
    if (synonym !== template && isTypo(synonym, word) && !otherRealWord(synonym, word)) return 'typo';
  }
  return undefined;
}

const sorted = (word: string) => [...word].sort().join('');

/**
 * A misspelling of `intended`: within the allowed edits. Four-letter words only tolerate a swap,
 * an extra or a missing letter, since one substituted letter turns "what" into "that".
 */
export function isTypo(intended: string, word: string): boolean {
  const max =
    word.length < 4 ? 0 : word.length < 6 ? Math.min(1, allowedTypos(intended)) : allowedTypos(intended);
  if (max === 0 || typoDistance(intended, word, max) > max) return false;
  if (Math.min(intended.length, word.length) < 5 && intended.length === word.length) {
    return sorted(intended) === sorted(word);
  }
  return true;
}
