import { contentWords } from '../../cartridge/text-similarity.js';
import { matchWord } from './words.js';

/** A remembered fact as memory_list returns it. */
export interface FactEntry {
  key: string;
  label: string;
  value: unknown;
}

const QUESTION_NOISE = new Set([
  'still',
  'again',
  'know',
  'tell',
  'remember',
  'recall',
  'anything',
  'something',
  'thing',
  'now',
  'right',
  'correct',
  'true',
]);

/** The words of a question worth looking for: stop words, question words and filler dropped. */
export function questionWords(question: string): string[] {
  return contentWords(question).filter((word) => !QUESTION_NOISE.has(word));
}

function wordHits(wanted: string, candidates: readonly string[]): boolean {
  return candidates.some(
    (word) =>
      matchWord(wanted, word) !== undefined ||
      (wanted.length >= 4 && word.length >= 4 && (word.startsWith(wanted) || wanted.startsWith(word))),
  );
}

/**
 * The remembered fact a question is about, judged by how many of its words appear in the fact's
 * key or value ("where did I park?" finds car → "parked on level 3"); undefined below half.
 */
export function bestFact(
  question: string,
  entries: readonly FactEntry[],
  minScore = 0.5,
): FactEntry | undefined {
  const wanted = questionWords(question);
  if (wanted.length === 0) return undefined;
  let best: { entry: FactEntry; score: number } | undefined;
  for (const entry of entries) {
    const keyWords = contentWords(`${entry.key} ${entry.label}`);
    const valueWords = contentWords(String(entry.value));
    let score = 0;
    for (const word of wanted) {
      if (wordHits(word, keyWords)) score += 1;
      else if (wordHits(word, valueWords)) score += 0.75;
    }
    score /= wanted.length;
    if (score >= minScore && (!best || score > best.score)) best = { entry, score };
  }
  return best?.entry;
}

/** "Your car is parked on level 3.", "Your passport expires in May 2029." */
export function factSentence(entry: FactEntry): string {
  const label = entry.label.replace(/^(?:my|your)\s+/i, '');
  const value = String(entry.value);
  const verb =
    /\b(?:expires?|starts?|begins?|ends?|opens?|closes?|finishes|renews?|due|runs?\s+out|leaves?|arrives?)$/i;
  return `Your ${label}${verb.test(label) ? '' : ' is'} ${value}${/[.!?]$/.test(value) ? '' : '.'}`;
}
