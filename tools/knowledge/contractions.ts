import { wordTable } from '../../cartridge/lexicon.js';

/**
 * English contractions written out (issue 10, stranger round 11): "I'm 22", "I've got", "we'll",
 * "isn't", "won't" are function words, never what a question is about, yet split at the
 * apostrophe they leave "m", "ve", "ll", "re", "d" and "won" as words a sentence would be
 * required to say. Each is rewritten to its full words before the question is read, with a
 * straight, curly (’), backtick or acute (´) apostrophe alike. A possessive ("Tom's deadline",
 * "the landlord's phone") stays: only a pronoun's or a question word's "'s" is "is".
 * Other languages' elisions ("qu'on", "l'eau", "dell'acqua") never match: each form here needs
 * its English ending after the apostrophe and, for "'s", an English pronoun or question word.
 */

const APOSTROPHE = "['’`´]";
/** Words whose "'s" is "is" (or "has"): pronouns, question words, "there", "here", "let". */
const IS_BEFORE = new Set(
  'it he she that this there here what who where when how why which everything everyone nothing something someone'.split(
    ' ',
  ),
);
/** Whole contractions whose first part is not the word before the apostrophe. */
const IRREGULAR: Record<string, string> = wordTable({
  "won't": 'will not',
  "can't": 'cannot',
  "shan't": 'shall not',
  "ain't": 'is not',
  "let's": 'let us',
  "y'all": 'you all',
});
const ENDINGS: Record<string, string> = wordTable({ m: 'am', ve: 'have', ll: 'will', re: 'are', d: 'would' });

/** Keeps the case of the word replaced: "Can't" → "Cannot". */
const cased = (typed: string, full: string) =>
  /^\p{Lu}/u.test(typed) ? `${full[0]?.toUpperCase()}${full.slice(1)}` : full;

/**
 * `question` with its English contractions written out: "how much do I pay if I'm 22?" → "… if
 * I am 22?", "what's the excess if I’ve got a claim?" → "what is the excess if I have got a
 * claim?", "isn't" → "is not", "won't" → "will not". Possessives and other languages' elisions
 * are returned as they are.
 */
export function withoutContractions(question: string): string {
  if (!new RegExp(APOSTROPHE).test(question)) return question;
  const word = `(?<![\\p{L}\\p{N}])(\\p{L}+)${APOSTROPHE}(\\p{L}+)(?![\\p{L}\\p{N}])`;
  return question.replace(new RegExp(word, 'gu'), (whole, before: string, after: string) => {
    const lower = `${before}'${after}`.toLowerCase();
    const irregular = IRREGULAR[lower];
    if (irregular) return cased(before, irregular);
    const ending = after.toLowerCase();
    if (ending === 't' && /n$/iu.test(before) && before.length > 1) return `${before.slice(0, -1)} not`;
    const full = ENDINGS[ending];
    if (full && /^(?:i|you|we|they|he|she|it|who|what|there|that|where|how)$/iu.test(before))
      return `${before} ${full}`;
    if (ending === 's' && IS_BEFORE.has(before.toLowerCase())) return `${before} is`;
    return whole;
  });
}
