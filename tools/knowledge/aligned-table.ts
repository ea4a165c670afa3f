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

/** A row of an aligned table read with its header: "Maths — Attainment: Working at; Effort: Good". */
function rowText(header: readonly string[], cells: readonly string[]): string {
  const pairs = cells.slice(1).flatMap((cell, index) => (cell ? [`${header[index + 1]}: ${cell}`] : []));
  return `${cells[0]} — ${pairs.join('; ')}`;
}

/**
 * The aligned tables among `lines` (index → its row read with its header, or "skip" for a header
 * line), leaving out lines `taken` (a Markdown or CSV table's).
 */
export function alignedRows(
  lines: readonly string[],
  taken: (index: number) => boolean,
): Map<number, { text: string; columns: string[] } | 'skip'> {
  const out = new Map<number, { text: string; columns: string[] } | 'skip'>();
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
