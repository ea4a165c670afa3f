import { endSentence } from '../sentence.js';

/**
 * "is Kasia allergic to penicillin?", "are the kids intolerant to lactose?", "does Orla have a
 * nut allergy?": a yes/no question about what someone is allergic or intolerant to. Group 1 or 2
 * is the thing asked about.
 */
const ALLERGY_ASKED =
  /^(?:(?:so|and|ok(?:ay)?)[\s,]+)?(?:is|are|am|was|were)\s+.+?\s+(?:allergic|intolerant)\s+to\s+(?:an?\s+|the\s+)?(.+?)[\s?.!]*$|^(?:does|do|did|has|have)\s+.+?\s+(?:have|got)\s+(?:an?\s+)?(.+?)\s+(?:allergy|allergies|intolerance)[\s?.!]*$/iu;

/** A fact that says what someone is allergic or intolerant to, by its name or its value. */
const ALLERGY_FACT = /\ballerg|\bintoleran/iu;

/** The words of a value or a thing asked, lower-cased, without the few words that join them. */
const wordsOf = (text: string) =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word && !/^(?:and|or|to|a|an|the|allergic|intolerant|mild|severe)$/.test(word));

/**
 * The yes/no answer to a question about an allergy from the one fact found for it: "No — Kasia
 * is allergic to strawberries, not penicillin." when the stored value plainly does not hold the
 * thing asked, "Yes — …" when it does. `sentence` is how the fact is said; `same` compares two
 * words (stems, typos). Undefined when the question is not such a yes/no question or the fact
 * is not an allergy: then the fact is said as it is.
 */
export function allergyAnswer(
  question: string,
  fact: { label: string; value: unknown },
  sentence: string,
  same: (wanted: string, word: string) => boolean,
): string | undefined {
  const asked = ALLERGY_ASKED.exec(question.trim());
  const thing = asked?.[1] ?? asked?.[2];
  if (!thing || !ALLERGY_FACT.test(`${fact.label} ${String(fact.value)}`)) return undefined;
  const held = wordsOf(String(fact.value));
  const wanted = wordsOf(thing);
  if (wanted.length === 0 || held.length === 0) return undefined;
  const said = sentence.replace(/[.!]+$/u, '');
  if (wanted.every((word) => held.some((kept) => same(word, kept)))) return `Yes — ${endSentence(said)}`;
  // "does Kasia have a nut allergy?": the kind asked is named as it was said.
  // "strawbery" beside "strawberries": maybe the same thing misspelt, so no "No" is said.
  const near = (word: string) =>
    held.some((kept) => word.length >= 5 && kept.slice(0, 5) === word.slice(0, 5));
  if (wanted.some(near)) return undefined;
  return asked?.[1]
    ? `No — ${said}, not ${thing.trim()}.`
    : `No — ${said}; no ${thing.trim()} allergy is remembered.`;
}
