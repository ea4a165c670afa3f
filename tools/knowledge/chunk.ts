import type { FileKind } from './extract.js';
import type { ChunkInput } from './store.js';

/** Characters per chunk and overlap between neighbours (see bench/knowledge-quality.bench.ts). */
export const CHUNK_SIZE = 2000;
export const CHUNK_OVERLAP = 200;

interface Heading {
  offset: number;
  level: number;
  text: string;
}

/** ATX headings (`# …`) outside fenced code blocks, with their character offsets. */
function markdownHeadings(text: string): Heading[] {
  const headings: Heading[] = [];
  let offset = 0;
  let fenced = false;
  for (const line of text.split('\n')) {
    if (/^\s{0,3}(```|~~~)/.test(line)) fenced = !fenced;
    const match = fenced ? null : /^\s{0,3}(#{1,6})\s+(.+?)\s*#*\s*$/.exec(line);
    if (match)
      headings.push({ offset, level: (match[1] as string).length, text: (match[2] as string).trim() });
    offset += line.length + 1;
  }
  return headings;
}

/** "Lease › Pets": the headings in force at `offset`, outermost first. */
function trailAt(headings: readonly Heading[], offset: number): string {
  const stack: Heading[] = [];
  for (const heading of headings) {
    if (heading.offset > offset) break;
    while (stack.length && (stack.at(-1) as Heading).level >= heading.level) stack.pop();
    stack.push(heading);
  }
  return stack.map((heading) => heading.text).join(' › ');
}

/** 1-based line number of a character offset, from a sorted array of line-start offsets. */
function lineOf(lineStarts: readonly number[], offset: number): number {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((lineStarts[mid] as number) <= offset) low = mid;
    else high = mid - 1;
  }
  return low + 1;
}

/**
 * Cuts extracted text into chunks with @langchain/textsplitters: Markdown-aware for Markdown,
 * HTML (converted to Markdown headings) and PDF pages, language-aware for code, recursive on
 * paragraphs and sentences for plain text. Each chunk keeps its line span in `text` (found by
 * searching forward from the previous chunk, since the splitter returns substrings) and the
 * heading trail in force where it starts.
 */
export async function chunkText(text: string, kind: FileKind, title: string): Promise<ChunkInput[]> {
  if (text.trim() === '') return [];
  const { RecursiveCharacterTextSplitter, MarkdownTextSplitter } = await import('@langchain/textsplitters');
  const options = { chunkSize: CHUNK_SIZE, chunkOverlap: CHUNK_OVERLAP };
  const splitter =
    kind.type === 'markdown' || kind.type === 'html' || kind.type === 'pdf'
      ? new MarkdownTextSplitter(options)
      : kind.type === 'code' && kind.language
        ? RecursiveCharacterTextSplitter.fromLanguage(kind.language, options)
        : new RecursiveCharacterTextSplitter(options);
  const pieces = await splitter.splitText(text);
  const headings = kind.type === 'code' || kind.type === 'text' ? [] : markdownHeadings(text);
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const chunks: ChunkInput[] = [];
  let cursor = 0;
  for (const piece of pieces) {
    const found = text.indexOf(piece, cursor);
    const start = found >= 0 ? found : cursor;
    const end = Math.min(text.length, start + piece.length);
    if (found >= 0) cursor = found + 1;
    const trail = trailAt(headings, start);
    chunks.push({
      heading: [title, trail].filter(Boolean).join(' › '),
      text: piece,
      lineStart: lineOf(lineStarts, start),
      lineEnd: lineOf(lineStarts, Math.max(start, end - 1)),
    });
  }
  return chunks;
}
