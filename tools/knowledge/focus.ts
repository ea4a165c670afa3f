/**
 * Quotes cut to what answers, for text without sentence punctuation: a log, a dump, a file of
 * one 25 MB line. Two cases:
 * - a "sentence" run on over several lines with no final punctuation (lines joined because the
 *   next one starts in lowercase) keeps only its lines from the first to the last that hold a
 *   word asked ("The lighthouse keeper password is …", not the three filler lines after it);
 * - a quote longer than FOCUS_FROM characters is cut to the sentence-like span around the words
 *   asked: the densest run of them within WINDOW characters, widened back to where a sentence
 *   seems to start (a capital after a lowercase word, or after . ! ? ; :) at most REACH_BACK
 *   characters before (else about 40 characters before), and on to the next sentence end at most
 *   REACH_ON characters after (else about 40 characters on); what is cut is marked "…".
 */

/** Quotes longer than this (characters) are cut around the words asked. */
export const FOCUS_FROM = 400;
const WINDOW = 240;
const REACH_BACK = 160;
const REACH_ON = 200;

export interface Quoted {
  text: string;
  line: number;
  lineEnd: number;
  /** The quote's pieces per file line, when it runs on over lines without final punctuation. */
  parts?: { text: string; line: number; lineEnd: number }[];
}

/** Whether a quote ends as a sentence does: ".", "!", "?", "…", with closing quotes or brackets. */
export const endsSentence = (text: string) => /[.!?…]["'”’)\]]*\s*$/u.test(text);

/** `quote` cut to what answers (see the file's comment); `asked` says whether a word is one asked. */
export function focusQuote(quote: Quoted, asked: (word: string) => boolean): Quoted {
  let { text, line, lineEnd } = quote;
  const parts = quote.parts?.filter((part) => part.text !== '');
  if (parts && parts.length > 1) {
    const holds = parts.map((part) => (part.text.match(/[\p{L}\p{N}]+/gu) ?? []).some(asked));
    const first = holds.indexOf(true);
    const last = holds.lastIndexOf(true);
    if (first >= 0 && (first > 0 || last < parts.length - 1)) {
      const kept = parts.slice(first, last + 1);
      text = kept.map((part) => part.text).join(' ');
      line = (kept[0] as { line: number }).line;
      lineEnd = (kept.at(-1) as { lineEnd: number }).lineEnd;
    }
  }
  if (text.length > FOCUS_FROM) text = aroundAsked(text, asked);
  return { text, line, lineEnd };
}

/** The sentence-like span of `text` around its words asked, "…" where cut. */
function aroundAsked(text: string, asked: (word: string) => boolean): string {
  const hits = [...text.matchAll(/[\p{L}\p{N}]+/gu)]
    .filter((match) => asked(match[0]))
    .map((match) => ({ start: match.index ?? 0, end: (match.index ?? 0) + match[0].length }));
  let from = 0;
  let to = Math.min(text.length, WINDOW);
  if (hits.length > 0) {
    // The densest run of asked words within WINDOW characters (two pointers over the hits).
    let best = { count: 0, start: 0, end: 0 };
    let left = 0;
    hits.forEach((hit, right) => {
      while (hit.end - (hits[left] as { start: number }).start > WINDOW) left += 1;
      if (right - left + 1 > best.count)
        best = { count: right - left + 1, start: (hits[left] as { start: number }).start, end: hit.end };
    });
    from = best.start;
    to = best.end;
    // Back to where a sentence seems to start, near enough; else a few words before.
    const before = text.slice(Math.max(0, from - REACH_BACK), from);
    const offset = from - before.length;
    const starts = [...before.matchAll(/(?:[.!?;:]["'”’)\]]*\s+|(?<=\p{Ll}[\p{L}\p{N}]*\s+))(?=\p{Lu})/gu)];
    const start = starts.at(-1);
    if (start) from = offset + (start.index ?? 0) + start[0].length;
    else if (!/\p{Lu}/u.test(text[from] ?? '')) from = Math.max(0, from - 40);
    // On to the sentence's end, near enough; else the word's end.
    const after = text.slice(to, to + REACH_ON);
    const end = /[.!?…]["'”’)\]]*(?=\s|$)/u.exec(after);
    if (end) to += (end.index ?? 0) + end[0].length;
    else {
      // No sentence end near: a few words on, to a word's end.
      const space = text.indexOf(' ', Math.min(text.length, to + 40));
      to = space < 0 ? text.length : space;
    }
  } else {
    const cut = text.lastIndexOf(' ', to);
    if (cut > 0) to = cut;
  }
  while (from > 0 && /\S/u.test(text[from - 1] ?? '')) from -= 1;
  return `${from > 0 ? '… ' : ''}${text.slice(from, to).trim()}${to < text.length ? ' …' : ''}`;
}
