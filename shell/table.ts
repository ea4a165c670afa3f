/**
 * Rows of cells as aligned columns: each column as wide as its widest cell (in code points, so
 * an emoji or accented letter counts once), two spaces between columns, trailing space trimmed.
 * The first row is usually the header (`NAME`, `VERSION`, …). Returns the lines without a final
 * newline.
 */
export function formatTable(rows: readonly (readonly string[])[]): string {
  const length = (cell: string) => [...cell].length;
  const columns = Math.max(0, ...rows.map((row) => row.length));
  const widths = Array.from({ length: columns }, (_, column) =>
    Math.max(0, ...rows.map((row) => length(row[column] ?? ''))),
  );
  return rows
    .map((row) =>
      row
        .map((cell, column) => cell + ' '.repeat(widths[column]! - length(cell)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
