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
 */

/** Where each cell of a line starts: its first character and each after two or more spaces. */
function cellStarts(line: string): number[] {
  const starts: number[] = [];
  for (const match of line.matchAll(/(?:^|\s{2,})(\S)/gu)) starts.push(match.index + match[0].length - 1);
  return starts;
}

/** The cells of `line` cut at `starts` (the header's), trimmed; undefined when a cell does not start there. */
function cutAt(line: string, starts: readonly number[]): string[] | undefined {
  if (line.trim() === '') return undefined;
  const cells = starts.map((start, index) => line.slice(start, starts[index + 1] ?? line.length).trim());
  const fits = starts.every(
    (start, index) =>
      (index === 0 ? /^\S/u.test(line) : line[start - 1] === ' ' && line[start - 2] === ' ') ||
      cells[index] === '',
  );
  return fits && cells[0] !== '' && cells.filter(Boolean).length >= 2 ? cells : undefined;
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

/** A row read with its header, or (`label`) a "label: value" line of a table without one. */
interface AlignedRow {
  text: string;
  columns: string[];
  label?: true;
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
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] as string;
    if (taken(index) || line.includes('|') || line.includes('\t')) continue;
    const starts = cellStarts(line);
    if (!isHeader(line, starts)) continue;
    const header = cutAt(line, starts) as string[];
    const rows: [number, string[]][] = [];
    for (let next = index + 1; next < lines.length && !taken(next); next += 1) {
      const cells = cutAt(lines[next] as string, starts);
      if (!cells || cellStarts(lines[next] as string).length > starts.length) break;
      rows.push([next, cells]);
    }
    if (rows.length < 2) continue;
    // Label and value side by side, no header: each line reads "Compulsory excess: £250".
    if (labelsNotHeader(header, rows)) {
      for (const [at, cells] of [[index, header] as [number, string[]], ...rows])
        out.set(at, { text: `${cells[0]}: ${cells[1]}`, columns: [], label: true });
      index = (rows.at(-1) as [number, string[]])[0];
      continue;
    }
    out.set(index, 'skip');
    for (const [at, cells] of rows)
      out.set(at, {
        text: rowText(header, cells),
        columns: header.filter((_, column) => column > 0 && cells[column] !== ''),
      });
    index = (rows.at(-1) as [number, string[]])[0];
  }
  return out;
}
