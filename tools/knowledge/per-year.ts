/**
 * A yearly amount asked of a monthly line (S38 MEDIUM, "what is my rent per year?"): when the
 * answer's lines state the amount per month and none states it per year, the year is worked out
 * and shown: "That is per month: 12 × £148.00 = £1776.00 a year (computed, not stated in the
 * documents)." A line stating the yearly amount is the answer as it stands; several monthly
 * amounts, or a line with more than one amount, are left as found (which one is meant is unclear).
 */

import { amountsAsked } from './amounts.js';
import type { Answer } from './answer.js';
import { datesIn } from './dates.js';
import { periodAsked, statesPeriod } from './precision.js';

/** `written` ("£148.00", "1.250,00 EUR") with its number replaced by `cents` written alike. */
function writtenLike(written: string, cents: number): string {
  const number = /\d[\d.,'’]*/u.exec(written)?.[0] ?? '';
  const comma = /,\d{1,2}$/u.test(number);
  const decimals = /[.,]\d{1,2}$/u.test(number) || cents % 100 !== 0;
  const fixed = decimals ? (cents / 100).toFixed(2) : String(cents / 100);
  // "£1,300" → "£15,600": thousands grouped as the line groups them.
  const group = /\d([,.'’ ])\d{3}(?!\d)/u.exec(number)?.[1];
  const [whole = '', fraction] = fixed.split('.');
  const grouped = group ? whole.replace(/\B(?=(?:\d{3})+$)/gu, group) : whole;
  const point = comma || group === '.' ? ',' : '.';
  return written.replace(number, fraction === undefined ? grouped : `${grouped}${point}${fraction}`);
}

/** `answer` with the year worked out from the one monthly amount its lines state, when a year is asked. */
export function withYearly(question: string, answer: Answer): Answer {
  if (!answer.known || periodAsked(question)?.period !== 'year') return answer;
  if (answer.citations.some((c) => statesPeriod(c.quote, 'year'))) return answer;
  const monthly = answer.citations.filter((c) => statesPeriod(c.quote, 'month'));
  const amounts = monthly.flatMap((c) => amountsAsked(c.quote));
  const amount = amounts[0];
  // "how much is my council tax per year?" of one dated statement row: one payment, no year stated.
  const [row] = answer.citations;
  if (
    monthly.length === 0 &&
    answer.citations.length === 1 &&
    row &&
    datesIn(row.quote).length > 0 &&
    amountsAsked(row.quote).length > 0
  )
    return {
      ...answer,
      answer: `${answer.answer}\nThis is one payment, not a yearly amount: the documents do not state one.`,
    };
  if (monthly.length !== 1 || amounts.length !== 1 || !amount) return answer;
  const year = writtenLike(amount.written, amount.cents * 12);
  return {
    ...answer,
    answer: `${answer.answer}\nThat is per month: 12 × ${amount.written} = ${year} a year (computed, not stated in the documents).`,
  };
}
