/**
 * Names in a quoted line (issue 10, stranger round 8, HIGH 2): "Name: Dr. Helen Park" must not
 * answer "is there parking?" because "parking" and "Park" share a stem. A capitalised word of a
 * record's name line, or one in the middle of a sentence that is not written in title case
 * ("… near Park Street"), is a name: it matches a question word only in the same form (plural
 * aside), never by stem. So "park street" still finds "Park Street", "parking" never finds Park.
 */
import { form, root } from './lexicon.js';

/** Labels whose value is a name ("Name: …", "Contact: …"). */
const NAME_LABEL = /^(?:full\s*)?(?:name|contact|person|owner|doctor|tenant|landlord)$/iu;
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
const CAPITAL = /^\p{Lu}\p{Ll}/u;

/**
 * The roots a line says only as names, with the forms it writes them in: "Name: Dr. Helen Park" →
 * park → {park}, helen → {helen}, dr → {dr}. A root the line also says as an ordinary word
 * ("Park in Park Street") is not in it. `key` is the line's label, folded, when it is a label line.
 */
export function nameOnlyRoots(text: string, key?: string): Map<string, Set<string>> {
  const named = new Map<string, Set<string>>();
  const plain = new Set<string>();
  const labelled = key !== undefined && NAME_LABEL.test(key.trim());
  const all = [...text.matchAll(WORD)];
  const letterWords = all.filter((m) => /^\p{L}/u.test(m[0]));
  // A title-case line ("Monthly Parking Fee") capitalises words, not names.
  const titleCase = letterWords.filter((m) => CAPITAL.test(m[0])).length * 2 > letterWords.length;
  if (titleCase && !labelled) return named;
  for (const [index, match] of all.entries()) {
    const word = match[0];
    const before = text.slice(0, match.index).trimEnd();
    // The first word of a line or sentence, or a label's value, is capitalised as such.
    const opens = index === 0 || /[.!?:;]$/u.test(before) || before === '';
    const isName = CAPITAL.test(word) && (labelled ? index > 0 : !opens);
    const r = root(word);
    if (isName) named.set(r, new Set([...(named.get(r) ?? []), form(word)]));
    else plain.add(r);
  }
  for (const r of plain) named.delete(r);
  return named;
}

/**
 * `roots` (of `text`) without the roots `text` says only as names in another form than the
 * question's (`questionForms`: root → forms asked). Each line of `text` is read with its label
 * ("Name: …"); `key` is the label of a one-line `text` already cut from it.
 */
export function withoutNames(
  roots: Set<string>,
  text: string,
  questionForms: ReadonlyMap<string, ReadonlySet<string>>,
  key?: string,
): Set<string> {
  const asked = (r: string, forms: Set<string>) =>
    [...(questionForms.get(r) ?? [])].some((f) => forms.has(f));
  const lines = text.split('\n');
  const perLine = lines.map((line) =>
    key !== undefined && lines.length === 1
      ? nameOnlyRoots(line, key)
      : nameOnlyRoots(line, /^([^:]{1,40}):\s/u.exec(line)?.[1]?.toLowerCase()),
  );
  const out = new Set(roots);
  for (const r of roots) {
    if (!questionForms.has(r)) continue;
    // Said as an ordinary word on some line, or as a name in the form asked: found.
    const named = perLine.some((names) => names.has(r));
    const namedOnly =
      named &&
      perLine.every((names, index) => {
        const forms = names.get(r);
        return forms ? !asked(r, forms) : !lineSays(lines[index] as string, r);
      });
    if (namedOnly) out.delete(r);
  }
  return out;
}

const lineSays = (line: string, r: string): boolean => [...line.matchAll(WORD)].some((m) => root(m[0]) === r);

/**
 * The roots of the words a question capitalises past its first ("is Park's office open?"), and
 * of its first when it is the whole question or a possessive ("Kenji", "Kenji's phone?").
 */
export function capitalisedRoots(question: string): Set<string> {
  const all = [...question.matchAll(WORD)];
  // The first word is a name too when it is all that is asked ("Kenji", as the planner passes
  // "what do my contacts say about Kenji") or a possessive ("Kenji's phone?"; S14 MEDIUM 7).
  const first = all[0];
  const firstIsName =
    first !== undefined && CAPITAL.test(first[0]) && (all.length === 1 || /['’]s$/u.test(first[0]));
  return new Set(
    all.filter((m, index) => (index > 0 || firstIsName) && CAPITAL.test(m[0])).map((m) => root(m[0])),
  );
}

/**
 * How a file writes each root asked as a name (S47 H3): 'name' when it writes it capitalised
 * anywhere (but as a line's first word) or as a label's value ("Patient: Pierogi, beagle", "Pierogi was
 * approved"), 'word' when only in lower case ("# Babcia Halina's pierogi ruskie"), absent when
 * not at all. "how much does Pierogi weigh?" then asks the vet record that names the dog, not
 * the recipe that cooks pierogi.
 */
export function namedHow(text: string, roots: ReadonlySet<string>): Map<string, 'name' | 'word'> {
  const out = new Map<string, 'name' | 'word'>();
  if (roots.size === 0) return out;
  for (const line of text.split('\n')) {
    const words = [...line.replace(/^[\s#>*•-]+/u, '').matchAll(WORD)];
    for (const [index, match] of words.entries()) {
      const r = root(match[0]);
      if (!roots.has(r) || out.get(r) === 'name') continue;
      const heading = index === 0 && !/^\s*[\p{L}]+\s*:/u.test(line);
      // A line's capitalised first word ("Deniz goes to …", a heading's) says neither.
      if (/^\p{Ll}/u.test(match[0])) out.set(r, 'word');
      else if (!heading) out.set(r, 'name');
    }
  }
  return out;
}
