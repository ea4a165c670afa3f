/**
 * Sentence windows (issue 10, stranger round 7, HIGH 3): an answer split over two sentences of
 * one paragraph — "The boiler is in the basement. To reset it, hold the red button for ten
 * seconds." — is read as one: "how do I reset the boiler?" finds "boiler" in the sentence before
 * the one that resets "it", and quotes both. A sentence is read with the one before it only when
 * it refers back to it (a pronoun or "there": it, this, they, …), both are prose of the same
 * paragraph run (no blank line, heading, label line, table row or code between them).
 */

/** What a window needs to know of a sentence (answer.ts's Unit). */
export interface WindowUnit {
  text: string;
  heading: string;
  block: number;
  label: boolean;
  code?: boolean;
  columns?: string[];
  line: number;
  lineEnd: number;
}

/** Words by which a sentence refers back to the one before (English). */
const BACK =
  /\b(?:it|its|itself|this|these|those|they|them|their|theirs|there|he|him|his|she|her|hers|such)\b/iu;

/**
 * The amount said before, taken up by a word for any amount (k20): "… a balance of 214,60 €.
 * Please transfer the amount by 15 November", German "überweisen Sie den Betrag", French "réglez
 * le montant".
 */
const AMOUNT_BACK =
  /\b(?:the|this|that)\s+(?:amount|sum|balance)\b|\b(?:den|der|dem|diesen|dieser|diesem)\s+(?:betrag|summe)\b|\b(?:le|ce|cette|la)\s+(?:montant|somme)\b/iu;

/** Whether a sentence refers back to the one before it: a pronoun or "there" ("To reset it, …"). */
export const refersBack = (text: string): boolean => BACK.test(text) || AMOUNT_BACK.test(text);

const prose = (unit: WindowUnit) => !unit.label && !unit.code && unit.columns === undefined;

/**
 * The sentence before `units[index]` that it goes on from, or undefined: same paragraph run and
 * heading, both prose, adjacent in the file (the earlier ends on the line the later starts, or the
 * line before), and the later refers back to it.
 */
export function windowOf<U extends WindowUnit>(units: readonly U[], index: number): U | undefined {
  const unit = units[index];
  const before = units[index - 1];
  if (!unit || !before) return undefined;
  if (before.block !== unit.block || before.heading !== unit.heading) return undefined;
  if (!prose(unit) || !prose(before)) return undefined;
  if (unit.line - before.lineEnd > 1) return undefined;
  return refersBack(unit.text) || namesAgain(unit.text, before.text) ? before : undefined;
}

/**
 * Whether a sentence takes up, with "the", a thing the sentence before named: "Please book a repeat
 * blood test in February. You do not need to fast before the repeat test." (k20): "the repeat
 * test" is that blood test. Both words after "the" are said before.
 */
export const namesAgain = (text: string, before: string): boolean => {
  const said = new Set(before.toLowerCase().match(/\p{L}+/gu) ?? []);
  return [...text.toLowerCase().matchAll(/\bthe\s+(\p{L}{3,})\s+(\p{L}{3,})/gu)].some(
    ([, first, second]) => said.has(first as string) && said.has(second as string),
  );
};

/**
 * The sentence right before `units[index]` in the same paragraph run, both prose and adjacent, or
 * undefined: what a sentence that names no subject goes on from ("The party is at Café Müller.
 * Bring pizza for twelve people."). Used only when the kind of answer asked is stated by the later.
 */
export function nextTo<U extends WindowUnit>(units: readonly U[], index: number): U | undefined {
  const before = proseBefore(units, index);
  const unit = units[index];
  if (!unit || !before) return undefined;
  // "Pets are allowed. The deposit is 2000 EUR.": a sentence naming its own subject is about it,
  // not about the one before (issue 7, S11: "how much are pets?" is not the deposit).
  if (ownSubject(unit.text)) return undefined;
  return unit.line - before.lineEnd > 1 ? undefined : before;
}

/**
 * Whether a sentence opens with a subject of its own and a verb of being or costing: "The
 * deposit is 2000 EUR.", "Lockers cost €5.", "My rent was 900." — not "It is…", "Bring pizza…".
 */
function ownSubject(text: string): boolean {
  if (PRONOUN_START.test(text)) return false;
  return /^\W*(?:(?:the|a|an|my|our|your|his|her|their)\s+)?\p{L}+(?:\s+\p{L}+)?\s+(?:is|are|was|were|costs?|cost)\b/iu.test(
    text,
  );
}

/** Words a sentence starts with that stand for the subject of the sentence before ("It is rented from Telia."). */
const PRONOUN_START = /^\W*(?:it|this|that|these|those|they|he|she|there)\b/iu;

/** Whether a sentence starts with a pronoun or "to … it" ("It is rented …", "To reset it, …"). */
export const startsWithPronoun = (text: string): boolean =>
  PRONOUN_START.test(text) || /^\W*to\s+\p{L}+\s+(?:it|them|this|that)\b/iu.test(text);

/**
 * Whether a sentence that starts with a pronoun says a question's word only in another form
 * ("rented" for "what is the rent?"): its subject is elsewhere, so it is no literal answer
 * (issue 10, stranger round 8). `forms`: the question's forms of the word; `own`: the sentence's.
 */
export const pronounInOtherForm = (
  text: string,
  forms: ReadonlySet<string>,
  own: ReadonlySet<string>,
): boolean => PRONOUN_START.test(text) && forms.size > 0 && ![...forms].some((form) => own.has(form));

/** The sentence right before `units[index]` in the same paragraph run, both prose and adjacent, whatever either says. */
export function proseBefore<U extends WindowUnit>(units: readonly U[], index: number): U | undefined {
  const unit = units[index];
  const before = units[index - 1];
  if (!unit || !before) return undefined;
  if (before.block !== unit.block || before.heading !== unit.heading) return undefined;
  if (!prose(unit) || !prose(before)) return undefined;
  return unit.line - before.lineEnd > 1 ? undefined : before;
}
