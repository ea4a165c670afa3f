/**
 * Rows of tables as records: a CSV or TSV file's lines and a Markdown table's rows are each one
 * record, read with their header ("number: 7002, client: Soylent Inc, total: 1999.95"), so a
 * question about one row quotes that row, cited by its own line, and a question naming a column
 * ("what is the taxi cap?") finds the row under that column. A header line and a Markdown
 * separator line (`|---|:--:|`) are never records of their own. CSV fields are read per RFC 4180
 * (double-quoted fields may hold the delimiter; `""` is a quote), one record per physical line (a
 * quoted field over several lines is not joined); a Markdown cell may hold an escaped pipe (`\|`).
 */

import { alignedRows, alignedTables } from './aligned-table.js';

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

/** A grid table's rule line: `+------+------+`, `+======+======+` (no row; its header is the `|` line above the first). */
export const isGridRule = (line: string) => /^\s*\+(?:[-=:]{2,}\+)+\s*$/u.test(line);

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
      /** The row's last line when it wraps onto the lines below (aligned-table.ts). */
      last?: number;
    }
  | { kind: 'skip' };

/** A table of a text: its header's cells, its rows (first and last line, cells), and its lines that are no rows. */
export interface TextTable {
  header: string[];
  rows: { at: number; last: number; cells: string[] }[];
  skipped: number[];
}

/**
 * The Markdown tables among `lines`: a `|` line followed by a separator (`|---|`), or a grid
 * table's `+----+` rule, names each following `|` row's cells; grid rules between rows are none.
 */
function markdownTables(lines: readonly string[]): TextTable[] {
  const out: TextTable[] = [];
  let table: TextTable | undefined;
  const open = (at: number) => {
    const above = lines[at - 1];
    if (above === undefined || !/^\s*\|/.test(above)) return;
    table = { header: cellsOf(above), rows: [], skipped: [at - 1, at] };
    // A grid table's top rule, above its header.
    if (isGridRule(lines[at - 2] ?? '')) table.skipped.push(at - 2);
    out.push(table);
  };
  lines.forEach((line, index) => {
    if (isGridRule(line)) {
      if (table) table.skipped.push(index);
      else open(index);
      return;
    }
    if (isSeparator(line)) {
      table = undefined;
      open(index);
      // A separator with no header above is no row either.
      if (!table) out.push({ header: [], rows: [], skipped: [index] });
      return;
    }
    if (!/^\s*\|/.test(line)) {
      table = undefined;
      return;
    }
    // A `|` line before its rule is a header waiting for it.
    if (table) table.rows.push({ at: index, last: index, cells: cellsOf(line) });
  });
  return out;
}

/** The tables of a text's lines with a header (Markdown, grid and space-aligned): for sums over a column. */
export function textTables(lines: readonly string[]): TextTable[] {
  const markdown = markdownTables(lines);
  const taken = new Set(markdown.flatMap((t) => [...t.skipped, ...t.rows.map((r) => r.at)]));
  const aligned = alignedTables(lines, (at) => taken.has(at)).filter((t) => !t.labels);
  return [...markdown.filter((t) => t.rows.length > 0), ...aligned];
}

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
  for (const table of markdownTables(lines)) {
    for (const at of table.skipped) out.set(at, { kind: 'skip' });
    for (const row of table.rows)
      out.set(row.at, {
        kind: 'record',
        text: recordText(table.header, row.cells),
        numbers: fieldNumbers(table.header, row.cells),
        columns: columnsOf(table.header, row.cells),
      });
  }
  // Plain-text tables aligned with spaces, read with their header too (aligned-table.ts).
  for (const [index, row] of alignedRows(lines, (at) => out.has(at)))
    out.set(
      index,
      row === 'skip'
        ? { kind: 'skip' }
        : {
            kind: 'record',
            text: row.text,
            numbers: [],
            ...(row.label ? { label: true as const } : { columns: row.columns }),
            ...(row.last !== undefined ? { last: row.last } : {}),
          },
    );
  return out;
}
