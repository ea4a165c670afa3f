/**
 * Rows of tables as records: a CSV or TSV file's lines and a Markdown table's rows are each one
 * record, read with their header ("number: 7002, client: Soylent Inc, total: 1999.95"), so a
 * question about one row quotes that row, cited by its own line, and a question naming a column
 * ("what is the taxi cap?") finds the row under that column. A header line and a Markdown
 * separator line (`|---|:--:|`) are never records of their own. CSV fields are read per RFC 4180
 * (double-quoted fields may hold the delimiter; `""` is a quote), one record per physical line (a
 * quoted field over several lines is not joined); a Markdown cell may hold an escaped pipe (`\|`).
 */

import { alignedRows } from './aligned-table.js';

/** The field delimiter of a delimited-text file by its extension, or undefined. */
export function delimiterOf(path: string): ',' | '\t' | undefined {
  const lower = path.toLowerCase();
  if (lower.endsWith('.csv')) return ',';
  if (lower.endsWith('.tsv') || lower.endsWith('.tab')) return '\t';
  return undefined;
}

/** One line's fields, trimmed; CSV double quotes honoured (RFC 4180). */
export function splitRow(line: string, delimiter: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < line.length; index += 1) {
    const char = line[index] as string;
    if (quoted) {
      if (char === '"' && line[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '\\' && delimiter === '|' && line[index + 1] === '|') {
      // A Markdown cell's escaped pipe (a \| b) is text, not a cell's end.
      field += '|';
      index += 1;
    } else if (char === '"' && delimiter !== '|' && field.trim() === '') {
      quoted = true;
      field = '';
    } else if (char === delimiter) {
      fields.push(field.trim());
      field = '';
    } else field += char;
  }
  fields.push(field.trim());
  return fields;
}

/** A Markdown table row's cells: "| Taxi | 60 EUR |" → ["Taxi", "60 EUR"]. */
const cellsOf = (line: string) => splitRow(line.trim().replace(/^\|/, '').replace(/\|$/, ''), '|');

/** A Markdown table's separator line: `|---|---|`, `| :-- | --: |`, `---|---`. */
export const isSeparator = (line: string) =>
  line.includes('|') && /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/u.test(line);

/** A header looks like names, not data: no field is a number alone ("7001", "42.50"). */
const looksLikeHeader = (fields: readonly string[]) =>
  fields.length > 1 && fields.every((field) => field !== '' && !/^[\p{N}.,\s+-]+$/u.test(field));

/** A record read with its header: "number: 7002, client: Soylent Inc"; "; " between pairs when a value holds a comma. */
export function recordText(header: readonly string[] | undefined, fields: readonly string[]): string {
  if (!header) return fields.filter(Boolean).join(', ');
  const pairs = fields.flatMap((value, index) => {
    if (value === '') return [];
    const name = header[index];
    return [name ? `${name}: ${value}` : value];
  });
  return pairs.join(fields.some((value) => value.includes(',')) ? '; ' : ', ');
}

/** A row's fields that are numbers, each named by the words of its column ("invoice_id" → invoice 1003, id 1003). */
export function fieldNumbers(header: readonly string[] | undefined, fields: readonly string[]) {
  if (!header) return [];
  return fields.flatMap((value, index) => {
    const number = /^#?(\p{N}+)$/u.exec(value)?.[1];
    const name = header[index];
    if (!number || !name) return [];
    return (name.toLowerCase().match(/\p{L}+/gu) ?? []).map((word) => ({ word, number }));
  });
}

/** The names of a row's columns that hold a value ("city" for "Porto"): the fields the row states. */
export function columnsOf(header: readonly string[], fields: readonly string[]): string[] {
  return fields.flatMap((value, index) => (value !== '' && header[index] ? [header[index] as string] : []));
}

/** What a line of a table is: a record (its text and named numbers), or nothing to quote (a header or separator). */
export type TableLine =
  | {
      kind: 'record';
      text: string;
      numbers: { word: string; number: string }[];
      columns?: string[];
      /** A "label: value" line (an aligned two-column table without a header). */
      label?: true;
    }
  | { kind: 'skip' };

/**
 * The table lines among a passage's lines (index into `lines` → what it is). For a CSV or TSV file
 * (`delimiter`) every non-blank line is a record; its header is the file's first line (`header`,
 * when the passage starts later in the file, else `lines[0]` when `firstIsFileStart`) if that looks
 * like names rather than data. In other text, a Markdown table is a `|` line followed by a
 * separator: its header cells name each following `|` row's cells.
 */
export function tableLines(
  lines: readonly string[],
  options: { delimiter?: string; header?: string; firstIsFileStart?: boolean } = {},
): Map<number, TableLine> {
  const out = new Map<number, TableLine>();
  const { delimiter } = options;
  if (delimiter) {
    const first = options.firstIsFileStart ? lines[0] : options.header;
    const header = first !== undefined ? splitRow(first, delimiter) : undefined;
    const named = header && looksLikeHeader(header) ? header : undefined;
    lines.forEach((line, index) => {
      if (line.trim() === '') return;
      if (index === 0 && options.firstIsFileStart && named) {
        out.set(index, { kind: 'skip' });
        return;
      }
      const fields = splitRow(line, delimiter);
      out.set(index, {
        kind: 'record',
        text: recordText(named, fields),
        numbers: fieldNumbers(named, fields),
        ...(named ? { columns: columnsOf(named, fields) } : {}),
      });
    });
    return out;
  }
  let header: string[] | undefined;
  lines.forEach((line, index) => {
    if (isSeparator(line)) {
      out.set(index, { kind: 'skip' });
      const above = lines[index - 1];
      if (above !== undefined && /^\s*\|/.test(above)) {
        header = cellsOf(above);
        out.set(index - 1, { kind: 'skip' });
      }
      return;
    }
    if (!/^\s*\|/.test(line)) {
      header = undefined;
      return;
    }
    if (!header) return;
    const cells = cellsOf(line);
    out.set(index, {
      kind: 'record',
      text: recordText(header, cells),
      numbers: fieldNumbers(header, cells),
      columns: columnsOf(header, cells),
    });
  });
  // Plain-text tables aligned with spaces, read with their header too (aligned-table.ts).
  for (const [index, row] of alignedRows(lines, (at) => out.has(at)))
    out.set(
      index,
      row === 'skip'
        ? { kind: 'skip' }
        : row.label
          ? { kind: 'record', text: row.text, numbers: [], label: true }
          : { kind: 'record', text: row.text, numbers: [], columns: row.columns },
    );
  return out;
}
