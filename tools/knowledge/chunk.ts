import type { FileKind } from './extract.js';
import { encodeLineMap, type LineMap } from './lines.js';
import type { ChunkInput } from './store.js';

/** Characters per chunk and overlap between neighbours (see bench/knowledge-quality.bench.ts). */
export const CHUNK_SIZE = 2000;
export const CHUNK_OVERLAP = 200;
/**
 * Characters handed to the splitter at once. A file is split window by window, each cut after a
 * paragraph break, a line break or a space near its end (a hard cut only inside one 256 Ki run
 * without any): the splitter's word lists, substrings and merges then cost memory in proportion
 * to the window, not to the file (a 24 MiB one-line file took ~730 MB RSS split whole; 64 Ki
 * windows measured lowest here, see bench/knowledge-memory.mjs).
 */
export const WINDOW = 64 * 1024;

interface Heading {
  level: number;
  text: string;
}

/**
 * Where the window starting at `start` ends: just after a break in its last half, else `start + size`.
 * The breaks are looked for in the last half only (a slice of it): `lastIndexOf` on the whole text
 * scans back to the file's start when a break is missing (no blank line in a log, no line break
 * in a one-line file), which made cutting a 24 MiB file quadratic (~2.5 s of a 20 MiB log).
 */
export function windowEnd(text: string, start: number, size = WINDOW): number {
  const limit = start + size;
  if (limit >= text.length) return text.length;
  const half = start + Math.floor(size / 2);
  const tail = text.slice(half, limit);
  for (const separator of ['\n\n', '\n', ' ']) {
    const at = tail.lastIndexOf(separator);
    if (at >= 0) return half + at + separator.length;
  }
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}

/**
 * Cuts extracted text into chunks with @langchain/textsplitters: Markdown-aware for Markdown,
 * HTML (converted to Markdown headings) and PDF pages, language-aware for code, recursive on
 * paragraphs and sentences for plain text, one window (`WINDOW`) at a time. Each chunk keeps
 * its line span (found by searching forward from the previous chunk in its window, since the
 * splitter returns substrings, and counted from the lines of the windows before it) and the
 * heading trail in force where it starts (ATX `#` headings outside fenced code, carried from
 * window to window). With `lines` (extracted text, e.g. HTML), spans are lines of the file
 * through that map, and each chunk stores the map of its own lines (`lineMap`). Pieces without
 * a letter or digit are left out: nothing can find them, and they only crowd results.
 */
export async function chunkText(
  text: string,
  kind: FileKind,
  title: string,
  lines?: LineMap,
): Promise<ChunkInput[]> {
  if (!/\S/.test(text)) return [];
  const { RecursiveCharacterTextSplitter, MarkdownTextSplitter } = await import('@langchain/textsplitters');
  const options = { chunkSize: CHUNK_SIZE, chunkOverlap: CHUNK_OVERLAP };
  const splitter =
    kind.type === 'markdown' || kind.type === 'html' || kind.type === 'pdf'
      ? new MarkdownTextSplitter(options)
      : kind.type === 'code' && kind.language
        ? RecursiveCharacterTextSplitter.fromLanguage(kind.language, options)
        : new RecursiveCharacterTextSplitter(options);
  const withHeadings = kind.type !== 'code' && kind.type !== 'text';
  const fileLine = (index: number, end: boolean) =>
    lines ? ((lines[2 * index + (end ? 1 : 0)] as number | undefined) ?? index + 1) : index + 1;
  const chunks: ChunkInput[] = [];
  const stack: Heading[] = [];
  let fenced = false;
  /** 0-based line of the text where the current window starts, and whether it starts a line. */
  let lineBase = 0;
  let atLineStart = true;
  for (let start = 0; start < text.length; ) {
    const end = windowEnd(text, start);
    const window = text.slice(start, end);
    // Line starts and headings of this window, offsets relative to it.
    const lineStarts = [0];
    const headings: (Heading & { offset: number })[] = [];
    let offset = 0;
    let first = true;
    for (const line of window.split('\n')) {
      if (withHeadings && !(first && !atLineStart)) {
        if (/^\s{0,3}(```|~~~)/.test(line)) fenced = !fenced;
        const match = fenced ? null : /^\s{0,3}(#{1,6})\s+(.+?)\s*#*\s*$/.exec(line);
        if (match)
          headings.push({ offset, level: (match[1] as string).length, text: (match[2] as string).trim() });
      }
      if (!first) lineStarts.push(offset);
      first = false;
      offset += line.length + 1;
    }
    const lineOf = (at: number) => {
      let low = 0;
      let high = lineStarts.length - 1;
      while (low < high) {
        const mid = (low + high + 1) >> 1;
        if ((lineStarts[mid] as number) <= at) low = mid;
        else high = mid - 1;
      }
      return lineBase + low;
    };
    let next = 0;
    let cursor = 0;
    for (const piece of await splitter.splitText(window)) {
      const found = window.indexOf(piece, cursor);
      const pieceStart = found >= 0 ? found : cursor;
      const pieceEnd = Math.min(window.length, pieceStart + piece.length);
      if (found >= 0) cursor = found + 1;
      while (next < headings.length && (headings[next] as { offset: number }).offset <= pieceStart) {
        const heading = headings[next++] as Heading;
        while (stack.length && (stack.at(-1) as Heading).level >= heading.level) stack.pop();
        stack.push({ level: heading.level, text: heading.text });
      }
      // A piece with no letter or digit ("&&&&…", "}\n}", a rule of dashes) answers nothing.
      if (!/[\p{L}\p{N}]/u.test(piece)) continue;
      const trail = stack.map((heading) => heading.text).join(' › ');
      const firstLine = lineOf(pieceStart);
      const lastLine = lineOf(Math.max(pieceStart, pieceEnd - 1));
      chunks.push({
        heading: [title, trail].filter(Boolean).join(' › '),
        // The same characters as a slice of the file's text (no copy): a big file's chunks then
        // cost their offsets, not a second copy of the file.
        text: found >= 0 ? window.slice(pieceStart, pieceEnd) : piece,
        lineStart: fileLine(firstLine, false),
        lineEnd: Math.max(fileLine(firstLine, false), fileLine(lastLine, true)),
        ...(lines ? { lineMap: encodeLineMap(lines, firstLine, lastLine) } : {}),
      });
    }
    for (; next < headings.length; next++) {
      const heading = headings[next] as Heading;
      while (stack.length && (stack.at(-1) as Heading).level >= heading.level) stack.pop();
      stack.push({ level: heading.level, text: heading.text });
    }
    lineBase += lineStarts.length - 1;
    atLineStart = window.endsWith('\n');
    start = end;
  }
  return chunks;
}
