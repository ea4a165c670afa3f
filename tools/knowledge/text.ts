import { stemmer } from 'stemmer';
import { matchForm } from './match-form.js';

/**
 * English stop words (the classic SMART/Lucene-style list, trimmed) plus the filler of questions
 * asked about one's own files ("what does my lease say about …"). Dropped from queries only; the
 * index keeps every word.
 */
const STOP = new Set(
  `a about above after again against all am an and any are as at be because been before being below
between both but by can could did do does doing down during each few for from further had has have
having he her here hers herself him himself his how i if in into is it its itself just me more most my
myself no nor not now of off on once only or other our ours ourselves out over own same she should so
some such than that the their theirs them themselves then there these they this those through to too
under until up very was we were what when where which while who whom why will with would you your
yours yourself yourselves s t don shall may might must also tell say says said please show find
search look looks looked looking documents document files file thing things anything something us`.split(
    /\s+/,
  ),
);

/**
 * A run of characters of the scripts written without spaces between words: Chinese (Han),
 * Japanese (Hiragana, Katakana, the prolonged-sound mark ー and the iteration mark 々), Thai,
 * Lao, Khmer and Myanmar, with their combining marks. FTS5's unicode61 tokenizer makes one token
 * of such a run ("新宿のホテルは" is one word to it), so it is cut into words first (wordBreaks).
 */
const SPACELESS =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\u30FC\u3005][\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\u30FC\u3005\p{M}]*/gu;
const HAS_SPACELESS =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

let segmenter: Intl.Segmenter | undefined;

/**
 * The text with every run of a script written without spaces (SPACELESS) cut into its words,
 * one space between them and around the run: "東京のホテル" → " 東京 の ホテル ". The word
 * boundaries are ICU's (`Intl.Segmenter`, word granularity: dictionary-based for Chinese,
 * Japanese, Thai, Lao, Khmer and Burmese; the same for every locale), each word without its
 * combining marks (Thai vowel and tone marks; FTS5 would cut the word at them). Full-width forms and
 * Arabic vowel marks are folded first (match-form.ts). Text with neither is
 * returned as it is (the same string), so English is indexed and searched exactly as before.
 * Used for the full-text index's copy of a chunk (store.ts) and for the words of a query; the
 * chunk's stored text, and so every quote and citation, is unchanged.
 */
export function wordBreaks(raw: string): string {
  // Full-width forms and Arabic vowel marks folded first, on both sides (match-form.ts).
  const text = matchForm(raw);
  if (!HAS_SPACELESS.test(text)) return text;
  segmenter ??= new Intl.Segmenter('und', { granularity: 'word' });
  const cut = segmenter;
  return text.replace(SPACELESS, (run) => {
    let out = ' ';
    // Without their combining marks: FTS5's unicode61 ends a token at one, and Thai writes vowels
    // and tones as marks inside words ("ทุก" would be "ท" and "ก").
    for (const { segment } of cut.segment(run)) out += `${segment.replace(/\p{M}+/gu, '')} `;
    return out;
  });
}

/**
 * The last words of the names a text writes as one camel-case word, one space between them:
 * "Welcome to PureGym" → "Gym", "JavaScript" → "Script" (k20: "PureGym" answers "gym"
 * questions once the file's name no longer says "gym"). The full-text index holds them beside
 * the chunk's own words (store.ts); a question's "gym" finds "PureGym" so. A name joining words
 * with a digit gives each word: "Vets4Pets" → "Vets Pets" (S44: "what did the vet cost?").
 */
export function camelHeads(text: string): string {
  const normal = text.normalize('NFKC');
  return [
    ...[...normal.matchAll(/(?<![\p{L}\p{N}])\p{L}*\p{Ll}(\p{Lu}\p{Ll}{2,})(?![\p{L}\p{N}])/gu)].map(
      (match) => match[1] as string,
    ),
    ...[...normal.matchAll(/(?<![\p{L}\p{N}])\p{L}{3,}(?:\p{N}+\p{L}{3,})+(?![\p{L}\p{N}])/gu)].flatMap(
      (match) => match[0].split(/\p{N}+/u),
    ),
  ].join(' ');
}

/**
 * The particles, copulas and question words of Japanese and Chinese ("チェックインは何時ですか":
 * は, 何時, です, か), which ICU cuts out as words of their own: framing, like English stop words.
 */
const SPACELESS_STOP = new Set(
  `は が の を に へ と で や も か な ね よ から まで より です でした ます ました だ である ですか
何 何時 いつ どこ 誰 だれ どう どの どれ なぜ どうして いくら いくつ 的 了 是 在 吗 呢 吧 什么 哪里 哪儿 谁
几 怎么 为什么 多少 什麼 哪裡 幾 怎麼 為什麼`.split(/\s+/),
);

/**
 * Words of a text: lowercase letters and digits, diacritics kept (FTS5 folds them itself), with
 * Chinese, Japanese, Thai… cut into words (wordBreaks) as the full-text index cuts them.
 */
export function words(text: string): string[] {
  return (
    wordBreaks(text)
      .toLowerCase()
      .match(WORD)
      ?.map((word) => word.replace(/[\u0300-\u036f]+/gu, '')) ?? []
  );
}

/**
 * A word: letters and digits with the combining marks after them, as the full-text index cuts
 * it (its tokenizer keeps marks, schema.ts version 13): Devanagari and the other Indic scripts
 * write vowel signs and the virama as marks inside a word ("क्या" is one word, not "क" and "य").
 * Latin combining accents are dropped, as the index's remove_diacritics drops them.
 */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu;

/** The words of a query worth searching for: no stop words, no repeats, in order. */
export function queryTerms(text: string): string[] {
  const seen = new Set<string>();
  const terms: string[] = [];
  for (const word of words(text)) {
    if (isStopWord(word) || word.length > 64) continue;
    if (seen.has(word)) continue;
    seen.add(word);
    terms.push(word);
  }
  return terms.slice(0, 64);
}

/** Porter stem of a lowercase word, as FTS5's `porter` tokenizer stems it. */
export const stem = (word: string): string => stemmer(word);

export const isStopWord = (word: string) => STOP.has(word) || SPACELESS_STOP.has(word);

/**
 * An FTS5 MATCH expression that ORs the terms, each quoted (so no word is read as an operator).
 * Returns undefined when nothing is left to search for.
 */
export function orQuery(terms: readonly string[]): string | undefined {
  if (terms.length === 0) return undefined;
  return terms.map((term) => `"${term.replaceAll('"', '')}"`).join(' OR ');
}

/** A list item's marker at the start of a line ("- ", "• ", "2. ", "3) "): quoted lines are said without it. */
export const LIST_ITEM_MARKER = /^\s*(?:[-*+•]|\d+[.)])\s+/u;
