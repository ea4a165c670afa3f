import { endSentence } from '../sentence.js';

/**
 * "is Kasia allergic to penicillin?", "are the kids intolerant to lactose?", "does Orla have a
 * nut allergy?": a yes/no question about what someone is allergic or intolerant to. Group 1 or 2
 * is the thing asked about.
 */
const ALLERGY_ASKED =
  /^(?:(?:so|and|ok(?:ay)?)[\s,]+)?(?:is|are|am|was|were)\s+(.+?)\s+(allergic|intolerant)\s+to\s+(?:an?\s+|the\s+)?(.+?)[\s?.!]*$|^(?:does|do|did|has|have)\s+(.+?)\s+(?:have|got)\s+(?:an?\s+)?(.+?)\s+(allergy|allergies|intolerance)[\s?.!]*$/iu;

/** A fact that says what someone is allergic or intolerant to, by its name or its value. */
const ALLERGY_FACT = /\ballerg|\bintoleran/iu;

/** The words of a value or a thing asked, lower-cased, without the few words that join them. */
const wordsOf = (text: string) =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word && !/^(?:and|or|to|a|an|the|allergic|intolerant|mild|severe)$/.test(word));

/**
 * A fact whose value is one of many a person may have (allergies, medications, conditions,
 * languages, pets, hobbies, likes): a value kept does not rule out another, so a guess of another
 * is never answered "No" (S46).
 */
export const OPEN_ENDED =
  /\b(?:allerg\w*|intoleran\w*|medications?|medicines?|meds|pills?|drugs?|prescriptions?|conditions?|illness(?:es)?|diseases?|diagnos[ie]s|languages?|pets?|hobb(?:y|ies)|interests?|likes?|loves?|favou?rites?\s+(?:foods?|things?|books?|films?|movies?|songs?|bands?|games?|sports?))\b/iu;

/** "my son" → "your son", "I" → "you": who was asked about, said back to the person. */
function whoSaid(who: string): string {
  return who
    .trim()
    .replace(/^i$/iu, 'you')
    .replace(/\b(?:my|our)\b/giu, 'your')
    .replace(/\bme\b/giu, 'you');
}

/** "is", "are": the verb for who was asked about ("you are", "the kids are", "Elif is"). */
const beFor = (who: string) =>
  /^(?:you|we|they)$|\b(?:and|kids|children|boys|girls|twins|parents)\b/iu.test(who) ? 'are' : 'is';

/**
 * "I only know …; nothing I have says whether …": a known value of an open-ended fact said with
 * what is not known (`sentence`, how the fact is said; `whether`, what was asked, said back).
 */
export function onlyKnown(sentence: string, whether: string): string {
  const said = sentence
    .replace(/[.!]+$/u, '')
    .replace(/^(?:Your|Our|The|You)\b/u, (word) => word.toLowerCase());
  return `I only know ${said}; nothing I have says whether ${whether}.`;
}

/**
 * The yes/no answer to a question about an allergy from the one fact found for it: "Yes — Kasia
 * is allergic to strawberries." when the stored value holds the thing asked; when it does not,
 * what is known and that nothing says whether the thing asked is one too ("I only know Kasia is
 * allergic to strawberries; nothing I have says whether Kasia is allergic to penicillin."): one
 * allergy kept never rules out another (S46). `sentence` is how the fact is said; `same` compares
 * two words (stems, typos). Undefined when the question is not such a yes/no question or the fact
 * is not an allergy: then the fact is said as it is.
 */
export function allergyAnswer(
  question: string,
  fact: { label: string; value: unknown },
  sentence: string,
  same: (wanted: string, word: string) => boolean,
): string | undefined {
  const asked = ALLERGY_ASKED.exec(question.trim());
  const thing = asked?.[3] ?? asked?.[5];
  if (!asked || !thing || !ALLERGY_FACT.test(`${fact.label} ${String(fact.value)}`)) return undefined;
  const held = wordsOf(String(fact.value));
  const wanted = wordsOf(thing);
  if (wanted.length === 0 || held.length === 0) return undefined;
  const said = sentence.replace(/[.!]+$/u, '');
  if (wanted.every((word) => held.some((kept) => same(word, kept)))) return `Yes — ${endSentence(said)}`;
  // "strawbery" beside "strawberries": maybe the same thing misspelt, so nothing more is said.
  const near = (word: string) =>
    held.some((kept) => word.length >= 5 && kept.slice(0, 5) === word.slice(0, 5));
  if (wanted.some(near)) return undefined;
  // "does Kasia have a nut allergy?": the kind asked is named as it was said.
  // "is kasia …?" said back as the fact spells the name ("Kasia").
  const asWritten = (word: string) =>
    /^(?:you|your)$/iu.test(word)
      ? word
      : (said.split(/\s+/u).find((kept) => kept.toLowerCase() === word.toLowerCase()) ?? word);
  const who = whoSaid(asked[1] ?? asked[4] ?? '')
    .split(' ')
    .map(asWritten)
    .join(' ');
  const whether = asked[1]
    ? `${who} ${beFor(who)} ${asked[2]!.toLowerCase()} to ${thing.trim()}`
    : `${who} ${/^(?:you|we|they)$/iu.test(who) ? 'have' : 'has'} ${/^[aeiou]/iu.test(thing.trim()) ? 'an' : 'a'} ${thing.trim()} ${asked[6]!.toLowerCase().replace(/ies$/u, 'y')}`;
  return onlyKnown(said, whether);
}
