/**
 * Source lines of extracted text. A file whose text is not its own bytes (HTML) is cited by the
 * lines of the file, not of the text made from it: each line `i` (0-based) of the text came from
 * lines `map[2i]`–`map[2i + 1]` of the file (1-based, inclusive). Plain text, Markdown and code
 * have no map: line `i` of the text is line `i + 1` of the file.
 */
export type LineMap = readonly number[];

export interface ExtractedText {
  text: string;
  /** Flattened `[first, last]` file lines per text line; absent when they are the same lines. */
  lines?: LineMap;
}

/**
 * The map of a chunk's lines as stored with it: "12,13-14,15" (line `i` of the chunk is the
 * i-th entry: one file line, or a first-last range).
 */
export function encodeLineMap(map: LineMap, from: number, to: number): string {
  const parts: string[] = [];
  for (let line = from; line <= to; line++) {
    const first = map[2 * line] as number;
    const last = map[2 * line + 1] as number;
    parts.push(first === last ? String(first) : `${first}-${last}`);
  }
  return parts.join(',');
}

/** `[first, last]` file lines of each chunk line from `encodeLineMap`'s string; [] for none. */
export function decodeLineMap(encoded: string | null | undefined): [number, number][] {
  if (!encoded) return [];
  return encoded.split(',').map((part) => {
    const [first, last] = part.split('-').map(Number) as [number, number | undefined];
    return [first, last ?? first];
  });
}

/**
 * Builds extracted text line by line with the file line of each: text pieces are appended to
 * the current line; `newline()`/`blank()` end it (lazily: breaks before any text, and repeated
 * ones, collapse, so a flood of `<br>` makes one line break); `prefix()` starts the next line
 * with a marker ("## ", "- "); `cell()` separates table cells with a tab.
 */
export class LineMapBuilder {
  private readonly lines: string[] = [];
  private readonly map: number[] = [];
  private current = '';
  private first = 0;
  private last = 0;
  private marker = '';
  private pending: 0 | 1 | 2 = 0;
  /** The current line follows a paragraph break. */
  private separate = false;
  private tab = false;
  /** The file line of the last text appended (1 before any). */
  lastLine = 1;

  /** Appends text from file line `line`; whitespace runs collapse to one space unless `preserve`. */
  text(piece: string, line: number, preserve: boolean): void {
    let text = preserve ? piece.replace(/\r/g, '') : piece.replace(/\s+/g, ' ');
    if (text === '') return;
    if (this.pending && this.current !== '') this.flush();
    if (this.current === '') {
      if (!preserve) text = text.trimStart();
      if (text.trim() === '') return;
      this.separate = this.pending === 2;
      this.pending = 0;
      this.current = this.marker;
      this.marker = '';
      this.first = line;
    } else if (this.tab) {
      text = text.trimStart();
      if (text === '') return;
      this.current = `${this.current.trimEnd()}\t`;
    } else if (!preserve && this.current.endsWith(' ') && text.startsWith(' ')) text = text.slice(1);
    this.tab = false;
    this.current += text;
    if (text.trim() !== '') this.last = Math.max(line, this.first);
    this.lastLine = line;
  }

  /** Ends the line; repeated breaks with no text between are one. */
  newline(): void {
    if (this.current !== '') this.pending = Math.max(this.pending, 1) as 1 | 2;
  }

  /** Ends the paragraph: a blank line before the next text. */
  blank(): void {
    this.pending = 2;
  }

  /** Starts the next line with `marker` (after ending the current one). */
  prefix(marker: string): void {
    if (this.current !== '') this.pending = Math.max(this.pending, 1) as 1 | 2;
    this.marker = marker;
  }

  /** A table cell begins: a tab before its text when the row already has some. */
  cell(): void {
    if (this.current !== '' && !this.pending) this.tab = true;
  }

  private flush(): void {
    const line = this.current.trimEnd();
    const separate = this.separate;
    this.current = '';
    this.tab = false;
    // An empty heading (its text marked by htmlToText's NUL first or not) or list item is no line.
    if (line.trim() === '' || /^(#{1,6}|-)$/.test(line.replace(/^\0/, '').trim())) return;
    if (separate && this.lines.length && this.lines.at(-1) !== '') {
      const previous = this.map.at(-1) as number;
      this.lines.push('');
      this.map.push(previous, previous);
    }
    this.lines.push(line);
    this.map.push(this.first, Math.max(this.first, this.last));
  }

  finish(): ExtractedText {
    this.flush();
    const text = this.lines.join('\n');
    this.lines.length = 0;
    return { text, lines: this.map };
  }
}
