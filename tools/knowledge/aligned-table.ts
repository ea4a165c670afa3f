/**
 * Plain-text tables aligned with spaces (stranger round 27, MEDIUM 18): a school report's
 *
 *     Subject      Attainment          Effort
 *     Maths        Working at          Good
 *
 * is a table whose header names each row's cells, as a Markdown table's does (records.ts): the
 * row is read "Maths — Attainment: Working at; Effort: Good", never "Maths Working at Good".
 * A header is a line of two or more names, each at least two spaces apart; its rows are the
 * lines right below it whose cells start where the header's names start (a space before each,
 * a letter or digit at it). Two rows at least, or it is no table.
 *
 * A rule line under the header or between rows ("----------  --------", "=====", "───", "+---+")
 * is no row (stranger S37 H4). A row whose cells wrap onto the next lines goes on there: a line
 * with an empty first cell and text only under later columns is the row above's, its text joined
 * to that row's cells ("major service, cambelt inspection," / "air filter, pollen filter").
 */

/** Where each cell of a line starts: its first character and each after two or more spaces. */
function cellStarts(line: string): number[] {
  const starts: number[] = [];
  for (const match of line.matchAll(/(?:^|\s{2,})(\S)/gu)) starts.push(match.index + match[0].length - 1);
  return starts;
}

/**
 * The header's cell starts as `line` fills them: a number right-aligned under its column's name
 * ("240.00" under "COST(GBP)", one place left of the name's first letter: S39 B9) starts where it
 * stands, so the cell is cut there and not across it ("2" to CONTRACTOR, "40.00" to COST).
 */
function rightAligned(line: string, starts: readonly number[]): readonly number[] {
  let out = starts;
  for (const match of line.matchAll(/(?:^|\s{2,})([-+(]?[£$€]?\d[\d,.]*\)?)(?=\s|$)/gu)) {
    const at = match.index + match[0].length - (match[1] as string).length;
    const end = at + (match[1] as string).length;
    const column = starts.findIndex((start, index) => index > 0 && start > at && start < end);
    if (column < 0 || (starts[column - 1] as number) >= at) continue;
    out = out.map((start, index) => (index === column ? at : start));
  }
  return out;
}

/** The cells of `line` cut at `starts` (the header's), trimmed; undefined when a cell does not start there. */
function cutAt(line: string, header: readonly number[]): string[] | undefined {
  if (line.trim() === '') return undefined;
  const starts = rightAligned(line, header);
  const cells = starts.map((start, index) => line.slice(start, starts[index + 1] ?? line.length).trim());
  // A fixed-width column filled to its edge ("2024-03-14 D. Patel" under "DATE       ENGINEER") has
  // one space before the next cell; that is a cell start too when the line's other cells (after two
  // or more spaces) all start where the header's do.
  const own = cellStarts(line);
  const aligned = own.every((at) => starts.includes(at));
  const fits = starts.every(
    (start, index) =>
      (index === 0
        ? /^\S/u.test(line)
        : line[start - 1] === ' ' &&
          (line[start - 2] === ' ' || (aligned && /\S/u.test(line[start] ?? '')))) || cells[index] === '',
  );
  return fits && cells[0] !== '' && cells.filter(Boolean).length >= 2 ? cells : undefined;
}

/** A rule line: dashes, equals signs or box-drawing strokes only, with spaces, `+` or `|` between. */
export const isRuleLine = (line: string) => /^[\s+|:]*[-=─━═_]{3,}[-=─━═_\s+|:]*$/u.test(line);

/**
 * A wrapped row's next line as cells under `starts`: blank first cell, and each piece of text
 * starting inside a later column (at or after its start, before the next's). Undefined otherwise.
 */
function continuationCells(line: string, starts: readonly number[]): string[] | undefined {
  if (line.trim() === '' || !/^\s/u.test(line)) return undefined;
  const cells = starts.map(() => '');
  for (const match of line.matchAll(/\S+(?: \S+)*/gu)) {
    const at = match.index;
    const column = starts.findLastIndex((start) => start <= at);
    if (column < 1) return undefined;
    cells[column] = [cells[column], match[0]].filter(Boolean).join(' ');
  }
  return cells;
}

/** A header: two or more cells, each a name (letters, no number alone), and nothing else. */
const isHeader = (line: string, starts: readonly number[]) =>
  starts.length >= 2 &&
  /^\S/u.test(line) &&
  (cutAt(line, starts) ?? []).every((cell) => /^\p{L}[\p{L}\s'’().%/-]*$/u.test(cell));

/**
 * Whether a two-column block's first line is a row like the others, not a header (stranger S32
 * MEDIUM 1): "Policyholder  Priya Ramsden" over "Vehicle  2019 Skoda…", "Cover  Comprehensive",
 * "Named drivers  Priya Ramsden, Tomasz Nowak". A header's second cell names its column; it is
 * no value of it: its text is not inside another row's value, and the values under a real header
 * are of one kind, not a mix of numbers (amounts, dates, years) and words.
 */
function labelsNotHeader(header: readonly string[], rows: readonly [number, string[]][]): boolean {
  if (header.length !== 2) return false;
  const named = header[1] as string;
  const values = rows.map(([, cells]) => cells[1] ?? '');
  const escaped = named.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  if (values.some((value) => new RegExp(`(?:^|[^\\p{L}])${escaped}(?![\\p{L}])`, 'u').test(value)))
    return true;
  const numbered = values.filter((value) => /\p{N}/u.test(value)).length;
  const worded = values.filter((value) => value !== '' && !/\p{N}/u.test(value)).length;
  return numbered >= 2 && worded >= 2;
}

/** A row of an aligned table read with its header: "Maths — Attainment: Working at; Effort: Good". */
function rowText(header: readonly string[], cells: readonly string[]): string {
  const pairs = cells.slice(1).flatMap((cell, index) => (cell ? [`${header[index + 1]}: ${cell}`] : []));
  return `${cells[0]} — ${pairs.join('; ')}`;
}

/** A row read with its header, or (`label`) a "label: value" line of a table without one; `last`, its last line when it wraps. */
interface AlignedRow {
  text: string;
  columns: string[];
  label?: true;
  last?: number;
}

/** One aligned table: its header line and cells, its rows (first line, last line, cells), its rule and wrapped lines. */
export interface AlignedTable {
  at: number;
  header: string[];
  rows: { at: number; last: number; cells: string[] }[];
  /** Rule lines and wrapped rows' next lines: no rows of their own. */
  skipped: number[];
  /** Label and value side by side, no header (labelsNotHeader): the header line is a row too. */
  labels: boolean;
}

/** The aligned tables among `lines`, leaving out lines `taken` (a Markdown or CSV table's). */
export function alignedTables(lines: readonly string[], taken: (index: number) => boolean): AlignedTable[] {
  const out: AlignedTable[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] as string;
    if (taken(index) || line.includes('|') || line.includes('\t')) continue;
    const starts = cellStarts(line);
    if (!isHeader(line, starts)) continue;
    const header = cutAt(line, starts) as string[];
    const rows: { at: number; last: number; cells: string[] }[] = [];
    const skipped: number[] = [];
    let end = index;
    for (let next = index + 1; next < lines.length && !taken(next); next += 1) {
      const text = lines[next] as string;
      if (isRuleLine(text)) {
        skipped.push(next);
        end = next;
        continue;
      }
      const cells = cutAt(text, starts);
      const previous = rows.at(-1);
      const wrapped = !cells && previous?.last === end ? continuationCells(text, starts) : undefined;
      if (wrapped && previous) {
        previous.cells = previous.cells.map((cell, column) =>
          [cell, wrapped[column]].filter(Boolean).join(' '),
        );
        previous.last = next;
        skipped.push(next);
        end = next;
        continue;
      }
      if (!cells || cellStarts(text).length > starts.length) break;
      rows.push({ at: next, last: next, cells });
      end = next;
    }
    if (rows.length < 2) continue;
    out.push({
      at: index,
      header,
      rows,
      skipped,
      labels: labelsNotHeader(
        header,
        rows.map((row) => [row.at, row.cells]),
      ),
    });
    index = end;
  }
  return out;
}

/**
 * The aligned tables among `lines` (index → its row read with its header, or "skip" for a header
 * line), leaving out lines `taken` (a Markdown or CSV table's).
 */
export function alignedRows(
  lines: readonly string[],
  taken: (index: number) => boolean,
): Map<number, AlignedRow | 'skip'> {
  const out = new Map<number, AlignedRow | 'skip'>();
  for (const table of alignedTables(lines, taken)) {
    for (const at of table.skipped) out.set(at, 'skip');
    const wraps = (row: { at: number; last: number }) => (row.last > row.at ? { last: row.last } : {});
    // Label and value side by side, no header: each line reads "Compulsory excess: £250".
    if (table.labels) {
      for (const row of [{ at: table.at, last: table.at, cells: table.header }, ...table.rows])
        out.set(row.at, {
          text: `${row.cells[0]}: ${row.cells[1]}`,
          columns: [],
          label: true,
          ...wraps(row),
        });
      continue;
    }
    out.set(table.at, 'skip');
    for (const row of table.rows)
      out.set(row.at, {
        text: rowText(table.header, row.cells),
        columns: table.header.filter((_, column) => column > 0 && row.cells[column] !== ''),
        ...wraps(row),
      });
  }
  return out;
}
