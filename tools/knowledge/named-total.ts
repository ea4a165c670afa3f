/**
 * A line naming the thing asked with its own amount beats a total line that only shares the
 * question's verb: "how much student loan was deducted?" is answered by "Student loan 98.00",
 * not by "Total deductions: 999.85" (S29 HIGH 3).
 */

const TOTAL = /\b(?:total|totals|subtotal|sum|overall)\b/iu;
const AMOUNT = /\d[\d,]*\.\d{2}\b|[£$€]\s?\d/u;

/**
 * When a line that is no total states an amount and names more of the subject (`said`: how many
 * subject words its own text says) than every total line, the total lines give way, and so do
 * the other lines naming less of it.
 */
export function namedOverTotal<M extends { text: string }>(kept: M[], said: (m: M) => number): M[] {
  const totals = kept.filter((m) => TOTAL.test(m.text));
  if (totals.length === 0) return kept;
  const named = kept.filter((m) => !TOTAL.test(m.text) && AMOUNT.test(m.text));
  const best = Math.max(0, ...named.map(said));
  if (best === 0 || best <= Math.max(...totals.map(said))) return kept;
  return named.filter((m) => said(m) === best);
}
