/**
 * Values asked that must be stated exactly (issue 10, stranger round 8, HIGH 3): "who has phone
 * number +34 611 222 334?" or "what is the alarm code 4472 for?" names a value — a phone number,
 * a code, an amount — and a sentence with a near value ("…333", "4471") does not answer it. A
 * value is a run of three or more digits in the question, read with its separators (spaces,
 * dashes, dots, slashes, parentheses) dropped, so "+34 611-222-333" is "34611222333"; it is
 * stated when a text holds the same digits, bounded by non-digits, after the same dropping (or
 * at the end of an international number, after its country code: "611 222 333" in "+34 611 222 333").
 * Numbers of numbered things ("module 4", "port 8081") are checked by numbered.ts instead, and
 * dates and times are taken out of the question before (dates.ts).
 */

/** Digits with the separators between them dropped: "+34 611-222 (333)" → "+34611222333", "1,375" → "1375". */
const joined = (text: string) =>
  text
    .normalize('NFKC')
    .replace(/(?<=\p{N})[,'’](?=\p{N}{3}(?!\p{N}))/gu, '')
    .replace(/(?<=\p{N})[\s\-./()]+(?=\p{N})/gu, '');

/** A value asked: its digits (`value`) and as written (`written`, "+34 611 222 334"). */
export interface AskedValue {
  value: string;
  written: string;
}

/** The values a question asks by number: digit runs of three or more, separators dropped, not times ("20:00"). */
export function valuesAsked(question: string): AskedValue[] {
  const out = new Map<string, AskedValue>();
  const text = question.normalize('NFKC');
  for (const match of text.matchAll(/\+?\p{N}(?:[\s\-./(),'’]*\p{N})*/gu)) {
    const at = match.index ?? 0;
    const end = at + match[0].length;
    if (text[at - 1] === ':' || text[end] === ':') continue;
    const value = joined(match[0]).replace(/^\+/, '');
    if (/^\p{N}{3,}$/u.test(value) && !out.has(value)) out.set(value, { value, written: match[0].trim() });
  }
  return [...out.values()];
}

/** Whether `text` states `value` (from `valuesAsked`) as a whole number, its separators dropped. */
export function statesValue(text: string, value: string): boolean {
  // A year is stated by a date in it: "2024" by "2024-03-12", "12.03.2024" (S19 HIGH 6).
  if (
    /^(?:19|20)\d\d$/u.test(value) &&
    new RegExp(`(?<!\\p{N})${value}(?!\\p{N})`, 'u').test(text.normalize('NFKC'))
  )
    return true;
  const body = joined(text);
  let at = body.indexOf(value);
  while (at >= 0) {
    const before = body[at - 1] ?? '';
    const after = body[at + value.length] ?? '';
    if (!/\p{N}/u.test(before) && !/\p{N}/u.test(after)) return true;

    at = body.indexOf(value, at + 1);
  }
  // A phone number asked without its country code: "611 222 333" for "+34 611 222 333".
  if (value.length < 6) return false;
  for (const match of text
    .normalize('NFKC')
    .matchAll(/\+\p{N}{1,3}[\s\-./()]+(\p{N}(?:[\s\-./()]*\p{N})*)/gu))
    if (joined(match[1] as string) === value) return true;
  return false;
}
