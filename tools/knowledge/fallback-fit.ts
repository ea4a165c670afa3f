/**
 * Whether an answer found in other documents may stand in for the document the question named
 * ("Your letter does not say; insurance.md says: …"; issue 10, S23 HIGH 8). That fallback quotes
 * a line of a document the person did not ask about, so it must answer what was asked:
 *
 * - "who …" needs a line naming a person: a capitalised word past the sentence's first, an e-mail
 *   address, or a word for a person's role ("landlord", "Dr").
 * - "when", "how much", "how many", "how long" need a line with a number or a month.
 * - A question's verb in the past ("signed", "booked", "filed") is not matched by a plural noun
 *   of the same stem ("signs of forced entry", "the books", "files"): the stemmer folds both to
 *   one root, but they are other senses. A line whose only form of the word is such a noun does not answer.
 */
import { askedKind } from './asked-kind.js';
import { isMonthWord } from './dates.js';
import { alternativesOf, fold, root, rootsOf } from './lexicon.js';
import { words } from './text.js';

/** Words for a person by role (hand-made from letters, leases and contracts). */
const ROLE_WORDS = new Set(
  `dr mr mrs ms miss prof sir madam landlord landlady tenant manager director doctor gp nurse owner agent
lawyer solicitor accountant teacher tutor lecturer professor supervisor boss colleague signatory signed
instructor physician lessor lessee
sender recipient employer employee client customer author editor chair secretary officer clerk`
    .split(/\s+/)
    .map(fold),
);
/** A capitalised word, an e-mail address. */
const CAPITALISED = /^\p{Lu}\p{Ll}+/u;
const EMAIL = /[\w.+-]+@[\w-]+\.[\w.]+/u;
/** Words capitalised for other reasons than naming someone. */
const NOT_NAMES = new Set('i the a an this that these those it we you they he she if when'.split(' '));

/** Whether `text` names a person (see the module comment). */
export function namesPerson(text: string): boolean {
  if (EMAIL.test(text)) return true;
  if (words(text).some((word) => ROLE_WORDS.has(fold(word)))) return true;
  for (const sentence of text.split(/(?<=[.!?:])\s+|\n/u)) {
    const tokens = sentence.match(/[\p{L}\p{N}'’]+/gu) ?? [];
    for (const token of tokens.slice(1))
      if (CAPITALISED.test(token) && !NOT_NAMES.has(fold(token)) && !isMonthWord(token)) return true;
  }
  return false;
}

/** Whether `text` states a number or names a month ("10 days", "three months", "March"). */
const statesNumber = (text: string): boolean =>
  /\p{N}/u.test(text) ||
  words(text).some(
    (word) =>
      isMonthWord(word) ||
      /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|hundred|thousand|once|twice|daily|weekly|monthly|yearly|annually)$/u.test(
        word,
      ),
  );

/**
 * The question's past-tense verbs ("signed") that `quote` holds only as a plural noun of the same
 * stem ("signs"): each such word, or none.
 */
export function otherSenses(question: string, quote: string): string[] {
  const said = words(quote);
  return words(question).filter((asked) => {
    if (!/\p{L}{3}ed$/u.test(asked)) return false;
    const r = root(asked);
    const same = said.filter((word) => root(word) === r);
    return same.length > 0 && same.every((word) => /\p{L}[^s]s$/u.test(word) && word !== asked);
  });
}

/**
 * Whether quotes from other documents answer `question` as asked (see the module comment):
 * false when the asked kind is not in any of them, or a verb of the question meets only a noun.
 */
export function fallbackFits(question: string, quotes: readonly string[]): boolean {
  const fits = quotes.filter((quote) => otherSenses(question, quote).length === 0);
  if (fits.length === 0) return false;
  const first = words(question)[0];
  if (first === 'who' || first === 'whom' || first === 'whose') return fits.some(namesPerson);
  const kind = askedKind(question)?.kind;
  if (kind === 'time' || kind === 'money' || kind === 'count' || kind === 'measure')
    return fits.some(statesNumber);
  return true;
}

/** Roles a letter's form says without the word: its From: line is the sender, its sign-off the signatory. */
const SAID_BY_FORM = new Set('sender recipient signatory signed author'.split(' '));

/**
 * "who is my landlord?", "who's the agent?", "the address of the landlord", "my doctor's phone
 * number": the role whose person (or whose person's detail) is asked.
 */
const ROLE_ASKED = [
  /^\s*who(?:\s+is|\s+are|'s|’s)\s+(?:my|our|the|your)\s+(\p{L}+)\s*\??\s*$/iu,
  /\b(?:address|phone|number|e-?mail|name|contact)\s+(?:details\s+)?(?:of|for)\s+(?:my|our|the|your)\s+(\p{L}+)/iu,
  /\b(?:my|our|the|your)\s+(\p{L}+)(?:'s|’s)\s+(?:address|phone|number|e-?mail|name|contact)/iu,
];

/**
 * The lines of `quotes` that may answer "who is my <role>?" or ask its person's address (k22): a line saying the role or a word
 * for a person in that role ("Dr" for a doctor), never one matched by a thing's word in its
 * synonym group ("Flat 2", "Initial rental" for a landlord). Undefined when no role is asked.
 */
export function roleLines(question: string, quotes: readonly string[]): boolean[] | undefined {
  const role = ROLE_ASKED.map((pattern) => pattern.exec(question.normalize('NFKC'))?.[1]).find(
    (word) => word !== undefined && ROLE_WORDS.has(fold(word)) && !SAID_BY_FORM.has(fold(word)),
  );
  if (!role || !ROLE_WORDS.has(fold(role))) return undefined;
  const asked = root(role);
  const persons = new Set([
    asked,
    ...[...alternativesOf(asked)].filter((alt) => [...ROLE_WORDS].some((w) => root(w) === alt)),
  ]);
  return quotes.map((quote) => [...rootsOf(quote)].some((r) => persons.has(r)));
}
