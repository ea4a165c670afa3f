/**
 * A sentence listing one value per numbered thing ("an early repayment charge of 5% in year 1,
 * 4% in year 2, 3% in year 3, 2% in year 4 and 1% in year 5") answers "what is the charge in
 * year 3?" by its item for year 3, "3% in year 3", the whole sentence said after it as where it
 * comes from (stranger S27 MEDIUM 7).
 */

import type { Answer } from './answer.js';

/** "year 3", "month 12", "week 2", "day 5", "stage 2", "tier 1", "phase 4", "level 3". */
const NUMBERED = /\b(year|month|week|day|stage|tier|phase|level|band|zone)\s+(\d{1,3})\b/iu;

/** The item of `quote` for `word number` when the quote lists the word with two or more numbers. */
export function listItem(quote: string, word: string, number: string): string | undefined {
  const every = [...quote.matchAll(new RegExp(`\\b${word}\\s+(\\d{1,3})\\b`, 'giu'))];
  if (new Set(every.map((m) => m[1])).size < 2) return undefined;
  const items = quote.split(/\s*,\s*|\s+and\s+|\s*;\s*/u);
  const item = items.find((part) => new RegExp(`\\b${word}\\s+${number}(?!\\d)`, 'iu').test(part));
  if (!item) return undefined;
  // The item without the words leading into the list ("… a charge of 5% in year 1" → "5% in year 1").
  const value = /[\p{N}$€£¥].*$/u.exec(item)?.[0] ?? item;
  return value.replace(/[.;:]$/u, '').trim();
}

/** `answer` with each quote listing the numbered thing asked narrowed to its item. */
export function withListItems(question: string, answer: Answer): Answer {
  const asked = NUMBERED.exec(question);
  if (!asked || answer.citations.length === 0) return answer;
  const [, word, number] = asked as unknown as [string, string, string];
  let changed = false;
  const lines = answer.answer.split('\n');
  const citations = answer.citations.map((c) => {
    const item = listItem(c.quote, word, number);
    if (!item) return c;
    changed = true;
    const at = lines.findIndex((line) => line.includes(c.quote));
    if (at >= 0) lines[at] = `${item} — ${lines[at]}`;
    return { ...c, quote: item };
  });
  return changed ? { ...answer, answer: lines.join('\n'), citations } : answer;
}
