import { queryTerms, stem, wordBreaks } from './text.js';

/** Lowercase, with accents and other combining marks removed ("Zéppelin" → "zeppelin"). */
const fold = (word: string) =>
  word
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();

/** The stems of a query's words, folded: what "contains your words" is measured against. */
export function queryStems(query: string): Set<string> {
  // Cut into words before folding: folding takes the dakuten off kana ("ビ" → "ヒ").
  return new Set(queryTerms(fold(wordBreaks(query.normalize('NFKC')))).map(stem));
}

/**
 * Where each word of `text` whose folded stem is one of `stems` starts and ends (UTF-16 offsets
 * into `text` as given), in order. Word = a run of letters and digits, as the index reads it.
 */
function hits(text: string, stems: ReadonlySet<string>): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}\p{M}]+/gu)) {
    const run = match[0];
    // Chinese, Japanese, Thai…: the run is many words (text.ts wordBreaks), each looked at.
    const pieces =
      wordBreaks(run) === run
        ? [{ segment: run, index: 0 }]
        : [...wordSegmenter().segment(run)].filter((piece) => piece.isWordLike);
    for (const { segment, index } of pieces) {
      if (stems.has(stem(fold(segment))))
        found.push({ start: match.index + index, end: match.index + index + segment.length });
    }
  }
  return found;
}

/** Made on first use (see sentences.ts). */
let words: Intl.Segmenter | undefined;
function wordSegmenter(): Intl.Segmenter {
  words ??= new Intl.Segmenter('und', { granularity: 'word' });
  return words;
}

/** True when `text` holds at least one word of the query (case-, accent- and stem-insensitive). */
export const containsQueryWords = (text: string, stems: ReadonlySet<string>) => hits(text, stems).length > 0;

/** How many different words of the query `text` holds ("# Note 12" holds one of "locker 12"). */
export const queryWordsHeld = (text: string, stems: ReadonlySet<string>): number =>
  new Set(hits(text, stems).map(({ start, end }) => stem(fold(text.slice(start, end))))).size;

/** The text line (0-based) of each offset's hit, and how many different query words each line holds. */
function hitsByLine(text: string, stems: ReadonlySet<string>) {
  const found = hits(text, stems).map((hit) => ({
    ...hit,
    line: (text.slice(0, hit.start).match(/\n/g) ?? []).length,
    word: stem(fold(text.slice(hit.start, hit.end))),
  }));
  const held = new Map<number, Set<string>>();
  for (const hit of found) held.set(hit.line, (held.get(hit.line) ?? new Set()).add(hit.word));
  return { found, held };
}

/**
 * The first hit on the first line holding the most different words of the query: "half term"
 * shows "Half term will be …", not the "Term dates" of the title (stranger S32 LOW).
 */
function bestHit(text: string, stems: ReadonlySet<string>) {
  const { found, held } = hitsByLine(text, stems);
  const most = Math.max(0, ...[...held.values()].map((words) => words.size));
  return found.find((hit) => held.get(hit.line)?.size === most);
}

/**
 * The text lines (0-based, first and last) that hold the query's words shown by `snippet`: from
 * the line of its best hit to the last line with a hit within `width` characters of it.
 * Undefined when the text holds no word of the query.
 */
export function hitLines(
  text: string,
  stems: ReadonlySet<string>,
  width = 160,
): [number, number] | undefined {
  const best = bestHit(text, stems);
  if (!best) return undefined;
  const { found } = hitsByLine(text, stems);
  const last =
    found.filter((hit) => hit.start >= best.start && hit.end <= best.start + width - 40).at(-1) ?? best;
  return [best.line, last.line];
}

/**
 * About `width` characters of `text` on one line (white space collapsed), around the word of the
 * query it holds (the first on the line holding most of them): from a little before that word, so
 * the hit is shown rather than the start of the passage. "…" marks text left out at either end. No
 * query word: the start of the text.
 */
export function snippet(text: string, stems: ReadonlySet<string>, width = 160): string {
  const first = bestHit(text, stems);
  let start = 0;
  if (first && first.end > width - 20) {
    start = Math.max(0, first.start - 40);
    // Start at a word boundary when one is near.
    const space = text.lastIndexOf(' ', first.start - 1);
    if (space >= start - 20 && space > 0 && space < first.start) start = space + 1;
  }
  // Do not cut a surrogate pair in two.
  if (start > 0 && /[\uDC00-\uDFFF]/.test(text[start] ?? '')) start -= 1;
  const piece = text.slice(start).replace(/\s+/g, ' ').trim();
  const shown = [...piece].slice(0, width).join('');
  return `${start > 0 ? '…' : ''}${shown}${[...piece].length > width ? '…' : ''}`;
}
