/**
 * Saying which numbered things the documents have, compactly and truly: "parts 1–9",
 * "chapters 1 and 2", "modules 1–3, 5 and 7". The numbers come from the whole store (see
 * `storeNumbering` in answer.ts), never from the passages one search returned; when the scan
 * could not be complete, no list is claimed (`missingNumbered` without `have`).
 */

import { statedNumbers } from './numbers.js';
import { isStopWord, stem, words } from './text.js';

/** The most runs ("1–9", "12") a list names; more and it says only what is missing. */
const MAX_RUNS = 8;

/** An English plural of a counting word: "part" → "parts", "box" → "boxes", "entry" → "entries"; a code of capitals ("LH") as it is. */
export function plural(word: string): string {
  // A code ("LH", "NH 23") has no plural: "LH 714 and 741".
  if (/^\p{Lu}{2,}$/u.test(word)) return word;
  if (/(?:s|x|z|ch|sh)$/u.test(word)) return `${word}es`;
  if (/[^aeiou]y$/u.test(word)) return `${word.slice(0, -1)}ies`;
  return `${word}s`;
}

/**
 * Numbers as runs: whole numbers in a row of three or more become "first–last" ("1–9"); two in a
 * row stay two ("1, 2"); other numbers ("6.5", "12a") stand alone. Sorted by value.
 */
export function numberRuns(numbers: Iterable<string>): string[] {
  const sorted = [...new Set(numbers)].sort((x, y) => Number(x) - Number(y) || x.localeCompare(y));
  const runs: string[] = [];
  let index = 0;
  while (index < sorted.length) {
    const first = sorted[index] as string;
    let last = index;
    if (/^\d+$/.test(first)) {
      while (
        last + 1 < sorted.length &&
        /^\d+$/.test(sorted[last + 1] as string) &&
        Number(sorted[last + 1]) === Number(sorted[last]) + 1
      )
        last += 1;
    }
    if (last - index >= 2) runs.push(`${first}–${sorted[last]}`);
    else for (let i = index; i <= last; i += 1) runs.push(sorted[i] as string);
    index = last + 1;
  }
  return runs;
}

/** "a", "a and b", "a, b and c". */
const joined = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

/**
 * The "I don't know" for a numbered thing the passages found lack, when the whole store's
 * numbering could not be read (numbered headings, "## 3. Grading", are sections no text names):
 * only what was found, and where. "I don't know: I found sections 1 and 3 (in syllabus.md), but
 * no section 2."; too many runs: "I don't know: I found no section 2 (in syllabus.md)."
 */
export function foundNumbered(
  word: string,
  asked: string,
  have: Iterable<string>,
  files: readonly string[],
): string {
  const runs = numberRuns(have);
  const where = files.length > 0 && files.length <= 3 ? ` (in ${joined(files)})` : '';
  if (runs.length === 0 || runs.length > MAX_RUNS)
    return `I don't know: I found no ${word} ${asked}${where}.`;
  const one = runs.length === 1 && !runs[0]?.includes('–');
  return `I don't know: I found ${one ? word : plural(word)} ${joined(runs)}${where}, but no ${word} ${asked}.`;
}

/**
 * The "I don't know" for a numbered thing the documents lack: `word` is the counting word as
 * asked ("part"), `asked` its number ("12"), `have` every number the documents give that word, or
 * undefined when that could not be read in full (then no list is claimed). "I don't know: your
 * documents have parts 1–9, but no part 12."; one number: "have part 3"; too many runs to name:
 * "I don't know: there is no part 12 in your documents."
 */
export function missingNumbered(word: string, asked: string, have: Iterable<string> | undefined): string {
  const runs = have ? numberRuns(have) : [];
  if (runs.length === 0 || runs.length > MAX_RUNS)
    return `I don't know: there is no ${word} ${asked} in your documents.`;
  const one = runs.length === 1 && !runs[0]?.includes('–');
  return `I don't know: your documents have ${one ? word : plural(word)} ${joined(runs)}, but no ${word} ${asked}.`;
}

/** Every numbered list item is a step ("3. Stir in the cumin" is step 3 of a recipe; S21 HIGH 1). */
export const STEP = stem('step');

/** A word folded and stemmed as numbers name it ("Modules" → "modul"). */
const countedStem = (word: string) =>
  stem(
    word
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase(),
  );

/**
 * The numbers one learned chunk gives the counting word `counted` (a stem, "modul"), read line by
 * line as the answer reads them: "Module 2: …", "## Part 7", "Section Six", and a numbered list
 * item ("3. Rinse…") under a heading naming the word ("## Kettle steps" → step 3). Cheap enough
 * for thousands of chunks: only lines holding the stem's first letters, headings and list items
 * are parsed. `heading` is the chunk's heading trail ("Manual › Part 7").
 */
export function chunkNumbers(chunk: { heading: string; text: string }, counted: string): Set<string> {
  const out = new Set<string>();
  const probe = counted.slice(0, 4);
  const add = (text: string) => {
    for (const number of statedNumbers(text))
      if (number.named === `${counted} ${number.number}`) out.add(number.number);
  };
  add(chunk.heading.split(' › ').join('\n'));
  let nearest = chunk.heading.split(' › ').at(-1) ?? '';
  for (const line of chunk.text.split('\n')) {
    const heading = /^\s*#{1,6}\s+(.*)$/.exec(line)?.[1];
    if (heading !== undefined) nearest = heading;
    const item = /^\s*(\d+)[.)]\s/.exec(line)?.[1];
    if (
      item &&
      (counted === STEP || words(nearest).some((word) => !isStopWord(word) && countedStem(word) === counted))
    )
      out.add(String(Number(item)));
    if (countedStem(line).includes(probe) || line.toLowerCase().includes(probe)) add(line);
  }
  return out;
}
