import { contentWords, ownersDiffer } from '../../cartridge/text-similarity.js';
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

/**
 * Everyday names for a few personal-fact nouns people store under the specialist word ("heart
 * doctor" for "cardiologist"). Kept small on purpose, and used only to look things up, never to
 * name what is stored.
 */
const PHRASE_ALIASES: readonly [RegExp, string][] = [
  [/\bheart\s+(?:doctor|doc|specialist)\b/gi, 'cardiologist'],
  [/\b(?:kids?|children['’]?s?|child['’]?s|baby['’]?s)\s+(?:doctor|doc)\b/gi, 'pediatrician'],
  [/\bskin\s+(?:doctor|doc|specialist)\b/gi, 'dermatologist'],
  [/\bfoot\s+(?:doctor|doc|specialist)\b/gi, 'podiatrist'],
  [/\b(?:tooth|teeth)\s+(?:doctor|doc)\b/gi, 'dentist'],
  // "the name of my dentist": the name is what is stored, under "dentist".
  [/\b(?:the\s+)?name\s+of\s+(?=(?:my|our|the|your)\b)/gi, ''],
];

/** Short forms of words in fact names ("wifi pw"), said in full. */
const WORD_ALIASES: Readonly<Record<string, string>> = {
  pw: 'password',
  pwd: 'password',
  passwd: 'password',
  telephone: 'phone',
  tel: 'phone',
  bday: 'birthday',
  addr: 'address',
};

/** The question with everyday names said as the stored word ("heart doctor" → cardiologist). */
function aliased(question: string): string {
  let text = question;
  for (const [pattern, replacement] of PHRASE_ALIASES) text = text.replace(pattern, replacement);
  return text;
}

/** The words of a question worth looking for: stop words, question words and filler dropped. */
export function questionWords(question: string): string[] {
  return contentWords(aliased(question))
    .filter((word) => !QUESTION_NOISE.has(word))
    .map((word) => WORD_ALIASES[word] ?? word);
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
    // "what is my sister's …" is never answered with "my …" or "my brother's …".
    if (ownersDiffer(aliased(question), entry.label)) continue;
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
