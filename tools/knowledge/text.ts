import { stemmer } from 'stemmer';

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
search look documents document files file thing things anything something`.split(/\s+/),
);

/** Words of a text: lowercase letters and digits, diacritics kept (FTS5 folds them itself). */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The words of a query worth searching for: no stop words, no repeats, in order. */
export function queryTerms(text: string): string[] {
  const seen = new Set<string>();
  const terms: string[] = [];
  for (const word of words(text)) {
    if (STOP.has(word) || word.length > 64) continue;
    if (seen.has(word)) continue;
    seen.add(word);
    terms.push(word);
  }
  return terms.slice(0, 64);
}

/** Porter stem of a lowercase word, as FTS5's `porter` tokenizer stems it. */
export const stem = (word: string): string => stemmer(word);

export const isStopWord = (word: string) => STOP.has(word);

/**
 * An FTS5 MATCH expression that ORs the terms, each quoted (so no word is read as an operator).
 * Returns undefined when nothing is left to search for.
 */
export function orQuery(terms: readonly string[]): string | undefined {
  if (terms.length === 0) return undefined;
  return terms.map((term) => `"${term.replaceAll('"', '')}"`).join(' OR ');
}
