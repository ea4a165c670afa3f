import { extname } from 'node:path';
import { wordTable } from '../../cartridge/lexicon.js';

/** What a file is read as. `code` carries its language for the splitter. */
export type FileKind =
  | { type: 'markdown' }
  | { type: 'text' }
  | { type: 'html' }
  | { type: 'pdf' }
  | { type: 'code'; language: CodeLanguage | undefined };

export type CodeLanguage =
  | 'cpp'
  | 'go'
  | 'java'
  | 'js'
  | 'php'
  | 'proto'
  | 'python'
  | 'rst'
  | 'ruby'
  | 'rust'
  | 'scala'
  | 'swift'
  | 'latex'
  | 'sol';

const CODE: Record<string, CodeLanguage | undefined> = wordTable({
  '.js': 'js',
  '.mjs': 'js',
  '.cjs': 'js',
  '.jsx': 'js',
  '.ts': 'js',
  '.tsx': 'js',
  '.mts': 'js',
  '.cts': 'js',
  '.py': 'python',
  '.go': 'go',
  '.rs': 'rust',
  '.java': 'java',
  '.kt': 'java',
  '.c': 'cpp',
  '.h': 'cpp',
  '.cc': 'cpp',
  '.cpp': 'cpp',
  '.hpp': 'cpp',
  '.cs': 'java',
  '.php': 'php',
  '.rb': 'ruby',
  '.scala': 'scala',
  '.swift': 'swift',
  '.proto': 'proto',
  '.rst': 'rst',
  '.tex': 'latex',
  '.sol': 'sol',
  '.sh': undefined,
  '.bash': undefined,
  '.zsh': undefined,
  '.sql': undefined,
  '.css': undefined,
  '.scss': undefined,
  '.lua': undefined,
  '.pl': undefined,
  '.r': undefined,
  '.toml': undefined,
  '.yaml': undefined,
  '.yml': undefined,
  '.json': undefined,
  '.ini': undefined,
  '.cfg': undefined,
  '.conf': undefined,
  '.xml': undefined,
});

/** Plain text; `.eml` is an e-mail as RFC 5322 writes it: headers, a blank line, the body (mail.ts reads it). */
const TEXT = new Set(['.txt', '.text', '.log', '.csv', '.tsv', '.org', '.adoc', '.eml', '']);

/** The kind of a file by its name; undefined for names we do not read (images, archives…). */
export function kindOf(path: string): FileKind | undefined {
  const extension = extname(path).toLowerCase();
  if (extension === '.md' || extension === '.markdown' || extension === '.mdx') return { type: 'markdown' };
  if (extension === '.html' || extension === '.htm' || extension === '.xhtml') return { type: 'html' };
  if (extension === '.pdf') return { type: 'pdf' };
  if (extension in CODE) return { type: 'code', language: CODE[extension] };
  if (TEXT.has(extension)) return { type: 'text' };
  return undefined;
}

/**
 * True when the bytes look binary: a NUL byte in the first 8 KiB (git's heuristic,
 * `buffer_is_binary` in xdiff-interface.c), or text that is not valid UTF-8.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return true;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(0, lastCompleteUtf8(head)));
    return false;
  } catch {
    return true;
  }
}

/** Bytes windows-1252 leaves undefined. */
const UNDEFINED_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/** How a text file's bytes were read. */
export type TextEncoding = 'utf-8' | 'utf-8 with bad bytes' | 'windows-1252' | 'utf-16' | 'declared charset';

/**
 * The charset an HTML page declares in its first 1024 bytes (`<meta charset=…>` or
 * `<meta http-equiv=Content-Type content="…; charset=…">`, the WHATWG prescan, simplified),
 * when the platform's TextDecoder knows it.
 */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 1024));
  const label = /<meta\b[^>]*?charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head)?.[1];
  if (!label) return undefined;
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return undefined;
  }
}

/**
 * Decodes a text file's bytes, or undefined when they are binary (a NUL byte in the first
 * 8 KiB, git's heuristic). A byte order mark decides first: UTF-16 LE/BE (Windows Notepad's
 * "Unicode") is read as UTF-16 and a UTF-8 BOM is dropped. Valid UTF-8 is UTF-8. For `html`, a
 * charset the page declares in a `<meta>` (e.g. windows-1251, shift_jis) is used next.
 * Otherwise, text that is mostly valid UTF-8
 * (at least as many well-formed multi-byte characters as broken bytes) is read as UTF-8 with
 * the broken bytes as U+FFFD, and anything else (Latin-1, Windows-1252 files: "café" saved by
 * an old editor) as windows-1252 (the WHATWG decoder, a superset of ISO-8859-1 printable
 * characters), which maps every byte to a character.
 */
export function decodeText(
  bytes: Uint8Array,
  html = false,
): { text: string; encoding: TextEncoding } | undefined {
  if (
    bytes.length >= 2 &&
    ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
  ) {
    const text = new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes);
    return text.includes('\0') ? undefined : { text, encoding: 'utf-16' };
  }
  if (bytes.subarray(0, 8192).includes(0)) return undefined;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // not valid UTF-8: decided below
  }
  const declared = html ? declaredCharset(bytes) : undefined;
  if (declared && declared !== 'utf-8') {
    return { text: new TextDecoder(declared).decode(bytes), encoding: 'declared charset' };
  }
  const loose = new TextDecoder('utf-8').decode(bytes);
  let broken = 0;
  let wide = 0;
  for (const character of loose) {
    if (character === '\uFFFD') broken++;
    else if ((character.codePointAt(0) as number) > 0x7f) wide++;
  }
  if (wide >= broken) return { text: loose, encoding: 'utf-8 with bad bytes' };
  // Compressed or encrypted data often has no NUL in its head but is full of control bytes and
  // of the five bytes windows-1252 leaves undefined; text in any 8-bit code page has almost none.
  const head = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of head) {
    if (
      (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) ||
      UNDEFINED_1252.has(byte)
    )
      control++;
  }
  if (control > head.length / 100) return undefined;
  return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
}

/** Index just past the last complete UTF-8 sequence (so a cut multi-byte character is not "broken"). */
function lastCompleteUtf8(bytes: Uint8Array): number {
  let end = bytes.length;
  for (let back = 1; back <= 3 && end - back >= 0; back++) {
    const byte = bytes[end - back] as number;
    if ((byte & 0xc0) === 0x80) continue;
    if (byte >= 0xc0) {
      const need = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
      if (back < need) end -= back;
    }
    break;
  }
  return end;
}

/** A PDF text line's place on paper, packed in one number: `page * PDF_PAGE + line` (both 1-based). */
export const PDF_PAGE = 1_000_000;

/** How many lines at the top and at the bottom of a page may be its running header or footer. */
const EDGE_LINES = 2;
/** A line's shape: digits as "#", spacing squeezed ("Page 2 of 3" and "Page 3 of 3" are one). */
/** A page number as printed: a line "3", "- 3 -", "Page 3", "p. 3", or one ending "2/3", "2 of 3". */
const PAGE_NUMBER =
  /(?:\b\d+\s*(?:\/|of|von|de|di|sur)\s*\d+|^(?:(?:page|p\.|seite|página|pagina)\s*)?[-–]?\s*\d+\s*[-–]?)$/iu;
/(?:^|\s)(?:(?:page|p\.|seite|página|pagina)\s*)?-?\s*\d+\s*(?:(?:\/|of|von|de|di)\s*\d+)?\s*-?$/iu;
const shapeOf = (line: string) => line.trim().replace(/\d+/g, '#').replace(/\s+/g, ' ');

/**
 * Pages with their running headers and footers blanked (stranger S19 HIGH 4: a browser's printed
 * "11/30/26, 4:00 PM" and "file:///…/contract.html 3/3" were quoted as answers): a line among the
 * first or last `EDGE_LINES` of a page that stands at an edge of at least half the pages, and of
 * two or more (as the same text, or, ending in a page number, as the same shape: `shapeOf`), is
 * page furniture, not text. Lines are blanked, not removed, so
 * every other line keeps its number on the page ("p.3 l.2"). One-page documents are left whole.
 * After the common rule of extractors (e.g. Apache Tika's header/footer detection by repetition).
 */
export function withoutRunningLines(pages: readonly string[]): string[] {
  if (pages.length < 2) return [...pages];
  const split = pages.map((page) => page.replace(/\r\n?|\f/g, '\n').split('\n'));
  const edges = (lines: string[]) => {
    const filled = lines.map((line, index) => ({ line, index })).filter(({ line }) => line.trim() !== '');
    return [...filled.slice(0, EDGE_LINES), ...filled.slice(-EDGE_LINES)];
  };
  // Same text on every page ("11/30/26, 4:00 PM", "ACME Ltd, confidential"), or the same shape
  // with a page number in it ("file:///…/x.html 2/3", "Page 2 of 3", "- 2 -"): never "Module 2".
  const keyOf = (line: string) => (PAGE_NUMBER.test(line.trim()) ? `#${shapeOf(line)}` : line.trim());
  const seen = new Map<string, number>();
  for (const lines of split)
    for (const key of new Set(edges(lines).map(({ line }) => keyOf(line))))
      seen.set(key, (seen.get(key) ?? 0) + 1);
  const needed = Math.max(2, Math.ceil(pages.length / 2));
  return split.map((lines) => {
    const furniture = new Set(
      edges(lines)
        .filter(({ line }) => (seen.get(keyOf(line)) ?? 0) >= needed)
        .map(({ index }) => index),
    );
    return lines.map((line, index) => (furniture.has(index) ? '' : line)).join('\n');
  });
}

/**
 * Text of a PDF, pages joined by blank lines with a `# Page N` heading each, and its line map
 * (lines.ts): each text line maps to `page * PDF_PAGE + line`, the line within that page as the
 * page's extracted text shows it (the heading and blank lines fused in map to a neighbouring real
 * line), so a citation can say "insurance.pdf p.2 l.2"; running headers and footers are blanked
 * (`withoutRunningLines`). Uses unpdf (pdf.js). Throws on a corrupt
 * or encrypted PDF.
 */
export async function pdfToText(bytes: Uint8Array): Promise<{ text: string; lines: number[] }> {
  const { extractText, getDocumentProxy } = await import('unpdf');
  // verbosity 0: errors only. pdf.js otherwise writes "Warning: Indexing all PDF objects" and
  // the like straight to the console (stderr) for every damaged PDF; we report those as skipped.
  const document = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
  try {
    const { text: pages } = await extractText(document, { mergePages: false });
    const text = withoutRunningLines(pages);
    const parts: string[] = [];
    const lines: number[] = [];
    const line = (at: number) => lines.push(at, at);
    let lastCount = 1;
    text.forEach((raw, index) => {
      const page = index + 1;
      const body = raw
        .replace(/\r\n?|\f/g, '\n')
        .replace(/[ \t]+\n/g, '\n')
        .trim();
      // Lines of the page as extracted, before trimming: count the ones trim() took off the top.
      const lead = raw.replace(/\r\n?|\f/g, '\n').replace(/[ \t]+\n/g, '\n');
      const skipped = (lead.slice(0, lead.length - lead.trimStart().length).match(/\n/g) ?? []).length;
      const count = body.split('\n').length;
      if (index > 0) line(page * PDF_PAGE - PDF_PAGE + Math.max(1, lastCount)); // blank line between pages
      line(page * PDF_PAGE + 1 + skipped); // "# Page N"
      line(page * PDF_PAGE + 1 + skipped); // blank after it
      for (let i = 0; i < count; i++) line(page * PDF_PAGE + 1 + skipped + i);
      lastCount = skipped + count;
      parts.push(`# Page ${page}\n\n${body}`);
    });
    return { text: parts.join('\n\n'), lines };
  } finally {
    await document.destroy();
  }
}

/**
 * Whether a file split as code is prose written in a markup language (reStructuredText, LaTeX):
 * its splitter knows its sections, but its lines are sentences to quote, not code.
 */
export const isProseMarkup = (path: string): boolean =>
  ['.rst', '.tex'].includes(extname(path).toLowerCase());
