/**
 * A booking's reference asked (S47 M5): "what is the booking reference for the KLM flight?",
 * "what is the PNR?", "what's our confirmation number?". Papers often state it only in their
 * title ("# Booking confirmation KLM — reference PNR 7QX4LM"), which no sentence of the body
 * repeats, so the answer's sentences (the flight numbers) would answer instead. The line, title
 * or not, that states a reference's word and a code after it answers; the question's other words
 * ("KLM", "flight") must be said by its file.
 */

import type { Answer } from './answer.js';
import { filesSaying } from './file-lines.js';
import { FRAMING, root } from './lexicon.js';
import type { KnowledgeStore, SearchFilter } from './store.js';
import { answerOf, type Found } from './subject-lines.js';
import { queryTerms } from './text.js';

/** The question asks a booking's reference, in one of the words papers use for it. */
const ASKED =
  /\b(?:booking\s+(?:reference|ref|code|number)|reference(?:\s+number)?|ref(?:erence)?\s+code|pnr|confirmation\s+(?:number|code)|reservation\s+(?:number|code|reference))\b/iu;
/** A reference's word, then its code: upper-case letters and digits, with a digit ("PNR 7QX4LM", "Ref: AB12CD"). */
const STATED =
  /\b(?:reference|ref\.?|pnr|booking\s+(?:code|number)|confirmation\s+(?:number|code)|reservation\s+(?:number|code))\b[\s:#.-]*(?:(?:pnr|no\.?|nr\.?)[\s:#.-]*)?((?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{5,10})\b/iu;
/** Words that only ask (the reference's own words among them). */
const ASKING = new Set(
  'booking reference ref code number pnr confirmation reservation what is our my the for of whats'
    .split(' ')
    .map(root),
);

/** The answer quoting the line stating a booking's reference, or undefined when none is asked or stated. */
export function bookingReference(
  store: KnowledgeStore,
  collection: string,
  question: string,
  filter: SearchFilter | undefined,
): Answer | undefined {
  if (!ASKED.test(question)) return undefined;
  const target = store.collection(collection);
  if (!target) return undefined;
  const asked = [
    ...new Set(
      queryTerms(question)
        .filter((t) => !FRAMING.has(t))
        .map(root)
        .filter((r) => !ASKING.has(r)),
    ),
  ];
  const found: Found[] = [];
  const query = '"reference" OR "ref" OR "pnr" OR "confirmation" OR "reservation" OR "booking"';
  for (const { path, type, lines } of filesSaying(store, target.id, query, asked, filter)) {
    for (const line of lines) {
      // A code in capitals: "ref 7qx4lm" in running lower-case prose is a word, not a code.
      const code = STATED.exec(line.text)?.[1];
      if (!code || code !== code.toUpperCase()) continue;
      found.push({ path, type, line, quote: line.text.trim().replace(/^#+\s*/u, '') });
    }
  }
  if (found.length === 0 || found.length > 3) return undefined;
  return answerOf(store, found);
}
