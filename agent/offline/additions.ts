/**
 * A fact said with "too", "as well" or "also" (issue 7, m13): "I'm allergic to cats too" after
 * "I'm allergic to peanuts", "I also work at Beta", "Tom's number is 555 0101 as well". The new
 * value is true in addition to the stored one: the fact keeps both, as one value that lists them
 * ("peanuts and cats"), never one in place of the other, and no question to replace is asked
 * (the tool's `offline.before` sees `adds`). "too" is never part of a value: "my sister's birthday
 * is 3 May too" keeps 3 May (a new fact when none is stored).
 */
import type { Interpretation } from './interpret.js';

/** "… too", "… as well", "… also" at the end; "also" after the subject; "also," at the start. */
// Lower case only: "my city is Also", "my band is Too" keep a capitalised word as a value.
const END = /[\s,]+(?:too|as\s+well|also|TOO|ALSO)\s*[.!]*$/u;
const OPEN = /^(?:and\s+)?also[\s,]+/iu;
const INNER =
  /^((?:(?:remember|note)\s+(?:that\s+)?)?(?:i|i['’]m|i\s+am|we|we['’]re|my\s+[^,]+?|our\s+[^,]+?|\p{Lu}[\p{L}\p{M}-]*['’]s\s+[^,]+?|\p{Lu}[\p{L}\p{M}-]*))\s+also\s+/iu;

/** The request without its addition word, or undefined when it says none. */
export function withoutAddition(request: string): string | undefined {
  const text = request.trim();
  if (END.test(text)) return text.replace(END, '');
  if (OPEN.test(text)) return text.replace(OPEN, '');
  const inner = INNER.exec(text);
  if (inner) return `${inner[1]} ${text.slice(inner[0].length)}`;
  return undefined;
}

/** Whether a reading writes one named fact (a key and its value). */
const writesFacts = (reading: Interpretation) =>
  reading.kind === 'call' &&
  reading.steps.length > 0 &&
  reading.steps.every(
    (step) =>
      step.tool.risk === 'write' &&
      typeof step.input.key === 'string' &&
      typeof step.input.value === 'string',
  );

/**
 * The reading of a request said with an addition word, its writes marked as additions; undefined
 * when the request says none, or without the word it writes no named fact.
 */
export function addition(
  request: string,
  read: (text: string) => Interpretation,
): Interpretation | undefined {
  const plain = withoutAddition(request);
  if (plain === undefined || !plain.trim()) return undefined;
  const again = read(plain);
  if (!writesFacts(again) || again.kind !== 'call') return undefined;
  return { ...again, steps: again.steps.map((step) => ({ ...step, adds: true })) };
}
