/**
 * Payslips and statements set two columns of "label  amount" side by side:
 *
 *     PAYMENTS                        DEDUCTIONS
 *     Basic pay          2,800.00     Income tax         604.20
 *
 * Each pair is a line of its own ("Income tax 604.20"), never "Basic pay 2,800.00 Income tax
 * 604.20", and the header of such columns ("PAYMENTS   DEDUCTIONS") names columns, not a
 * section (k19: S29 HIGH 3, LOW).
 */

/** One "label  amount" pair: words, then an amount, then a wide gap or the line's end. */
const PAIR = /(\p{L}[\p{L}\s'’&()./-]*?)\s+(-?[£$€]?\s?\d[\d,]*(?:\.\d{1,2})?)(?=\s{3,}|\s*$)/gu;

/** The "label amount" pairs of a line holding `least` or more side by side; undefined for any other line. */
export function sideBySidePairs(line: string, least = 2): { text: string; start: number }[] | undefined {
  if (least >= 2 && !/\S\s{3,}\S/u.test(line)) return undefined;
  const pairs: { text: string; start: number }[] = [];
  let covered = line.length - line.trimStart().length;
  for (const match of line.matchAll(PAIR)) {
    // Pairs follow each other with only spaces between them: nothing of the line is left out.
    if (line.slice(covered, match.index).trim() !== '') return undefined;
    const label = (match[1] as string).trim();
    pairs.push({ text: `${label} ${match[2] as string}`, start: match.index });
    covered = match.index + match[0].length;
  }
  if (line.slice(covered).trim() !== '') return undefined;
  return pairs.length >= least ? pairs : undefined;
}

/** A header of side-by-side columns: two or more capitalised names far apart, over a line of pairs. */
export function isColumnsHeader(line: string, next: string | undefined): boolean {
  const cells = line.trim().split(/\s{3,}/u);
  return (
    cells.length >= 2 &&
    cells.every((cell) => /^\p{Lu}[\p{L}\s'’&-]*$/u.test(cell)) &&
    next !== undefined &&
    sideBySidePairs(next) !== undefined
  );
}
