/**
 * Casual typing read as the words meant (issue 10, stranger round 12): a question typed fast has
 * no apostrophes ("whats", "wheres"), common misspellings of its question words ("wat", "wot",
 * "waht", "teh") and abbreviations of what it asks ("pw" for password, "addr", "tel", "no."),
 * and politeness that names nothing ("pls"). Each is rewritten to the full words before the
 * question is read, so "whats the wifi pw" asks what "what is the wifi password?" asks.
 * Hand-made and small on purpose: only forms that are not also English words of their own.
 */

import { FUNCTION_WORD_TYPOS, SHORT_FORMS, wordTable } from '../../cartridge/lexicon.js';
import { foreignQuestion } from './lexicon.js';
import { words } from './text.js';

/** Question words typed without an apostrophe or misspelled, with "is" contracted ("whats" → "what is"). */
const CONTRACTED: Record<string, string> = wordTable({
  whats: 'what is',
  wats: 'what is',
  wots: 'what is',
  wheres: 'where is',
  whos: 'who is',
  whens: 'when is',
  hows: 'how is',
  whys: 'why is',
  whichs: 'which is',
});
/** Misspelled question and function words ("wat", "waht", "teh"). */
const MISSPELT: Record<string, string> = wordTable({
  ...FUNCTION_WORD_TYPOS,
  wat: 'what',
  wot: 'what',
  waht: 'what',
  whta: 'what',
  wht: 'what',
  hwat: 'what',
  wehre: 'where',
  whre: 'where',
  wher: 'where',
  hwo: 'how',
  hw: 'how',
  wen: 'when',
  whn: 'when',
  wehn: 'when',
  teh: 'the',
});
/**
 * Abbreviations of what a person asks for: the shared table (`SHORT_FORMS`, which memory fact names
 * read too), without the ordinals in digits ("1st floor" is how documents say it as well), and
 * "ph" for phone, which only a question abbreviates so.
 */
const ABBREVIATED: Readonly<Record<string, string>> = wordTable({
  ...Object.fromEntries(Object.entries(SHORT_FORMS).filter(([short]) => !/\d/.test(short))),
  ph: 'phone',
  // k20: "what temp for the banana bread?" (a temperature, value-kinds.ts).
  temp: 'temperature',
});
/** Politeness that names nothing: dropped. */
const POLITE = new Set(['pls', 'plz', 'plse', 'thx', 'thanks', 'ty']);

/** Keeps the case of the word replaced: "Whats" → "What is". */
const cased = (typed: string, full: string) =>
  /^\p{Lu}/u.test(typed) ? `${full[0]?.toUpperCase()}${full.slice(1)}` : full;

/**
 * `question` with casual forms written out: "whats the wifi pw pls" → "what is the wifi
 * password". Only whole words are rewritten (a word inside "Whatsapp" or "shows" stays); a "'s"
 * on a misspelt question word is "is" ("wot's" → "what is"); "no." after a word is "number"
 * ("tel no." → "phone number"). Text in another script, or a question in another language
 * (`foreignQuestion`: "wat is het …" is Dutch), is returned as it is.
 */
export function casualQuestion(question: string): string {
  // Another language's question is not English typed fast: "wat is het openstaande bedrag?" is Dutch.
  if (foreignQuestion(words(question))) return question;
  const out = question
    // "and where is the next meeting?", "so when does it end?": a follow-up's leading conjunction
    // joins it to the turn before and asks nothing (k20: "and where" was no "where" question).
    .replace(
      /^\s*(?:and|so|but|also|ok|okay|then)\s*,?\s+(?=(?:what|when|where|who|whom|whose|which|why|how|is|are|was|were|do|does|did|can|could|will|would|should|has|have)\b)/iu,
      '',
    )
    .replace(/(?<![\p{L}\p{N}'’])(\p{L}+)['’]s(?![\p{L}\p{N}])/gu, (whole, word: string) => {
      const full = MISSPELT[word.toLowerCase()];
      return full ? `${cased(word, full)} is` : whole;
    })
    .replace(/(?<=\p{L}\s+)no\.(?=\s|$|\?)/gu, 'number')
    // "do I need to fast b4 my blood test?" (k20).
    .replace(/(?<![\p{L}\p{N}])b4(?![\p{L}\p{N}])/giu, 'before')
    // "b'day" is a birthday (the apostrophe would split it in two below).
    .replace(/(?<![\p{L}\p{N}])([bB])['’]day(?![\p{L}\p{N}])/gu, (_, b: string) => cased(b, 'birthday'))
    .replace(/(?<![\p{L}\p{N}'’-])\p{L}+(?![\p{L}\p{N}'’-])/gu, (word) => {
      const lower = word.toLowerCase();
      const full = CONTRACTED[lower] ?? MISSPELT[lower] ?? ABBREVIATED[lower];
      if (full) return cased(word, full);
      return POLITE.has(lower) ? '\uE000' : word;
    });
  // Dropped words leave no double space: "the key pls?" → "the key?".
  return out.includes('\uE000')
    ? out
        .replace(/\s*\uE000\s*/g, ' ')
        .replace(/\s+(?=[?!.]|$)/u, '')
        .trim()
    : out;
}
