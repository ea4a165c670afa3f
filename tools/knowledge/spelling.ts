/**
 * A question's words read as meant (S25 MEDIUM 6, LOW 6): a word the learned documents never use
 * is read as a close word they do use ("excces" → "excess", "parnets" → "parents", "levle" →
 * "level"), or as a compound of two words they use ("Garagenvertrag" → "Garage Vertrag"). Only
 * when the question as typed is not answered, and only words no document (nor any synonym)
 * knows: a word the documents use, a number and a name-like word (capitalised inside the
 * sentence, or in capitals) are never changed. The answer then says what was read.
 */

import { isCommonWord } from '../../cartridge/common-words.js';
import { typoDistance } from '../../cartridge/text-similarity.js';
import { FOREIGN_VERBS } from './foreign-verbs.js';
import {
  alternativesOf,
  FRAMING,
  fold,
  foreignQuestion,
  LIGHT_WORDS,
  OTHER_LANGUAGE_WORDS,
  root,
  rootsOf,
  SYNONYM_GROUPS,
} from './lexicon.js';
import type { createKnowledgeStore } from './store.js';
import { isStopWord, stem, words } from './text.js';
import { statesValueKind, VALUE_WORDS } from './value-kinds.js';

type Store = ReturnType<typeof createKnowledgeStore>;

/** How many edits a word of this length may hold: none under 5 letters ("park" is no slip of "part"), one at 5, else two. */
const allowedEdits = (length: number) => (length < 5 ? 0 : length < 6 ? 1 : 2);

/** Words of the answerer's own lists: a question may name them though no document does ("leese" → lease → tenancy). */
const LEXICON_WORDS = [...new Set(SYNONYM_GROUPS.flatMap((group) => group.split(' ')))].filter((w) =>
  /^\p{Ll}{4,}$/u.test(w),
);

const LEXICON_SET = new Set([...LEXICON_WORDS, ...LEXICON_WORDS.map(root)]);

/** Linking letters between the parts of a German compound ("Garage-n-vertrag", "Arbeit-s-vertrag"). */
const LINKS = ['', 's', 'n', 'en', 'es', 'e'];

export interface Reading {
  /** The question with its words read as meant. */
  question: string;
  /** What was read, e.g. `I read "excces" as "excess".`; empty when only question words were ("wat"). */
  said: string;
  /** The words read, as meant ("excess", "Garage vertrag"): an answer must say each (`saysRead`). */
  meant: string[];
}

/**
 * Whether an answer to the question as read says each word read, in a quote, its heading or its
 * file's name, or a synonym ("lease": the tenancy): "boiling" read as "booking" is wrong when no line answering says "booking".
 */
export function saysRead(
  reading: Reading,
  citations: readonly { path: string; heading: string; quote: string }[],
): boolean {
  const said = rootsOf(
    citations.map((c) => `${c.path.replace(/[\\/._-]+/gu, ' ')} ${c.heading} ${c.quote}`).join('\n'),
  );
  return reading.meant.every((meant) =>
    words(meant).some(
      (w) =>
        [...alternativesOf(root(w))].some((alt) => said.has(alt)) ||
        // "temprature" read as "temperature": a quote stating one ("Oven: 180°C") says it.
        citations.some((c) => statesValueKind(root(w), c.quote) === true),
    ),
  );
}

/**
 * The question with each word no document knows read as a close known word or as two known
 * words, or undefined when no word is so read. Close is `allowedEdits` by the word's length, with
 * the same first letter (typing seldom misses the first), the fewest edits, then the word found
 * in a passage with the question's other words ("root canel": canal, not cancel), then the fewest
 * letters changed, then the word most documents use; a word of the answerer's synonym lists
 * counts when a synonym of it is known. Two edits must mostly move letters (`letterDifference`).
 */
export function readAsMeant(store: Store, question: string): Reading | undefined {
  const text = question.normalize('NFKC');
  const typed = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  const known = (word: string) =>
    [...alternativesOf(root(word))].some((alt) => (store.documentFrequency([alt]).get(alt) ?? 0) > 0);
  const readings = new Map<string, string>();
  // The question's other words the documents know ("root" in "the root canel"): a word read is
  // the one found with them ("canal", not "cancel").
  const context = [
    ...new Set(
      typed
        .map((word) => word.toLowerCase())
        .filter(
          (w) =>
            /^\p{L}{3,}$/u.test(w) && !isStopWord(w) && !FRAMING.has(w) && !LIGHT_WORDS.has(w) && known(w),
        )
        .map(root),
    ),
  ];
  const foreign = foreignQuestion(typed.map((word) => word.toLowerCase()));
  // Two words the documents write as one ("pet shop" of a statement's "Petshop", S46): read as it,
  // when one of the two is a word no document knows.
  const joined = new Set<number>();
  // Readings that only join or part a compound ("log in" as "login", "checkout" as "check out"):
  // the same word as written, so not said to be read (k32b).
  const silent = new Set<string>();
  typed.forEach((word, index) => {
    const next = typed[index + 1];
    if (next === undefined || joined.has(index) || !/^\p{L}{2,}$/u.test(word) || !/^\p{L}{2,}$/u.test(next))
      return;
    const [a, b] = [word.toLowerCase(), next.toLowerCase()];
    if (isStopWord(a) || isStopWord(b) || FRAMING.has(a) || FRAMING.has(b) || (known(a) && known(b))) {
      // "log in" of "Login:", "pay day" of "Payday": a particle or a known word, written joined only.
      if (!gluedOnly(store, a, b, known)) return;
      silent.add(`${word} ${next}`);
    } else if (!known(`${a}${b}`)) return;
    readings.set(`${word} ${next}`, `${a}${b}`);
    joined.add(index).add(index + 1);
  });
  typed.forEach((word, index) => {
    const lower = word.toLowerCase();
    if (joined.has(index) || readings.has(word) || !/^\p{L}+$/u.test(word) || word.length < 3) return;
    if (isStopWord(lower) || FRAMING.has(lower) || LIGHT_WORDS.has(lower) || known(lower)) return;
    // "checkout" of a booking's "Check-out:", "payday" of "pay day": the compound as written apart.
    const apart = index > 0 && /^\p{Lu}/u.test(word) ? undefined : partsApart(store, fold(lower), known);
    if (apart) {
      readings.set(word, cased(word, apart.join(' ')));
      silent.add(word);
      return;
    }
    // Another language's question and function words ("wann", "quand") are asked as they are, in
    // that language's question ("wat" of "wat time is my train?" is a slip of "what").
    if (
      (foreign || word.length > 4) &&
      (OTHER_LANGUAGE_WORDS.has(fold(lower)) || FOREIGN_VERBS.has(fold(lower)))
    )
      return;
    // A name, as written: "Resume" in "Cafe Resume", "NHS"; the first word may be capitalised.
    const named = (index > 0 && /^\p{Lu}/u.test(word)) || /^\p{Lu}{2,}$/u.test(word);
    // A real word is asked as it is, never read as another real word ("food" is no "flood", S44 H2).
    const real = LEXICON_SET.has(lower) || LEXICON_SET.has(root(lower)) || isCommonWord(lower);
    if (word.length <= 4) {
      const slip = named || real ? undefined : shortSlip(store, fold(lower));
      if (slip) readings.set(word, slip);
      return;
    }
    // A word the documents hold inside a longer word ("statin" in "atorvastatin") is that word's
    // part, never a slip of another ("station"): it is read as the words holding it, or left be.
    const holding = named ? undefined : partOf(store, fold(lower));
    if (holding) {
      if (holding.length > 0) readings.set(word, holding.join(' '));
      return;
    }
    // A word of the answerer's own lists, or a common English word, is a real word, asked as it
    // is: no slip of another ("station" is no "statin"; S41 H3) — only of a longer form of itself
    // the documents write ("letter" of an Italian "lettera").
    const nearest = named ? undefined : nearestKnown(store, fold(lower), known, context);
    const near =
      nearest && (!real || fold(nearest.written.toLowerCase()).startsWith(fold(lower))) ? nearest : undefined;
    // One slip of a key before a compound; a compound of two known words ("Garagenvertrag",
    // "doorcode", capitalised German nouns too) before two slips.
    const parts = near?.edits === 1 ? undefined : compoundParts(lower, known);
    if (parts) readings.set(word, cased(word, parts.join(' ')));
    else if (near) readings.set(word, near.written);
  });
  if (readings.size === 0) return undefined;
  let read = text;
  // Two words joined may be typed with a hyphen between them ("log-in").
  for (const [word, meant] of readings)
    read = read.replace(
      new RegExp(`(?<![\\p{L}\\p{N}])${word.replaceAll(' ', '[-‐‑\\s]+')}(?![\\p{L}\\p{N}])`, 'gu'),
      meant,
    );
  // A question word read ("wat" as "what", "mcuh" as "much") is no word an answer says, nor one
  // worth saying was read: it names nothing.
  const named = [...readings].filter(
    ([typed, meant]) => !QUESTION_WORDS.includes(meant) && !silent.has(typed),
  );
  const said = named.map(([word, meant]) => `"${word}" as "${meant}"`).join(', ');
  const meant = [...readings].filter(([, m]) => !QUESTION_WORDS.includes(m)).map(([, m]) => m);
  return { question: read, said: named.length > 0 ? `I read ${said}.` : '', meant };
}

/**
 * Whether two question words are a compound the documents write only as one word ("log in" of
 * "Login:", "pay day" of "Payday"): the joined word is known, the two are never written one after
 * the other, and they are not both stop words ("in to" is no "into" asked). Particles count here
 * ("in", "up", "off"), unlike the join of two content words above.
 */
function gluedOnly(store: Store, a: string, b: string, known: (word: string) => boolean): boolean {
  if (`${a}${b}`.length < 5 || (isStopWord(a) && isStopWord(b))) return false;
  return known(`${a}${b}`) && !store.writesApart(a, b);
}

/**
 * The two words a compound asked as one ("checkout", "pickup", "payday") is made of, when the
 * documents write them one after the other ("Check-out:", "pick up"): the first of 3 letters or
 * more, the second of 2 or more, both known. Undefined when no such cut is written so.
 */
function partsApart(
  store: Store,
  word: string,
  known: (word: string) => boolean,
): [string, string] | undefined {
  if (word.length < 5 || !/^\p{L}+$/u.test(word)) return undefined;
  for (let cut = 3; cut <= word.length - 2; cut++) {
    const [first, second] = [word.slice(0, cut), word.slice(cut)];
    if (known(first) && known(second) && store.writesApart(first, second)) return [first, second];
  }
  return undefined;
}

/** How many longer words holding a typed word it is read as ("statin": atorvastatin, simvastatin); more, and it is left as typed. */
const MOST_HOLDING = 3;

/**
 * The documents' words (as written) that end in `typed`, 5 letters or more ("statin" in
 * "atorvastatin", S41 H3): empty when too many do, undefined when none does.
 */
function partOf(store: Store, typed: string): string[] | undefined {
  if (typed.length < 5) return undefined;
  const parts = [...new Set([typed, stem(typed)])].filter((part) => part.length >= 5);
  const holding = new Set<string>();
  // Its end, as a compound's last part is ("atorvastatin"), never its middle ("plate" in "templates").
  for (const part of parts)
    for (const { term } of store.vocabularyHolding(part))
      if (/^\p{L}+$/u.test(term) && term.endsWith(part)) holding.add(term);
  // A longer form of the word itself is no other word ("insur" in "insurance" is the same word read by its stem).
  const other = [...holding].filter((term) => !term.startsWith(stem(typed)));
  if (other.length === 0) return undefined;
  if (other.length > MOST_HOLDING) return [];
  return [...new Set(other.map((term) => writtenAs(store, term, typed)))];
}

/** Question words a short slip may be of: "wat" is what, "wen" when, "mcuh" much. */
const QUESTION_WORDS = [
  'what',
  'when',
  'where',
  'which',
  'whose',
  'why',
  'how',
  'much',
  'many',
  'long',
  'often',
];

/** Whether `typed` is `meant` with one letter left out or two neighbouring letters swapped, the first kept. */
function slipOf(typed: string, meant: string): boolean {
  if (typed[0] !== meant[0]) return false;
  if (meant.length === typed.length + 1)
    return [...meant].some((_, i) => `${meant.slice(0, i)}${meant.slice(i + 1)}` === typed);
  if (meant.length !== typed.length || typed === meant) return false;
  const at = [...typed].findIndex((letter, i) => letter !== meant[i]);
  return (
    typed[at] === meant[at + 1] && typed[at + 1] === meant[at] && typed.slice(at + 2) === meant.slice(at + 2)
  );
}

/**
 * A short word's slip (k23, S37 H6): "mcuh" → much, "wat" → what, "blod" → blood, "trian" is read
 * by `nearestKnown`. Words of 3–4 letters are read only when they lose no letter typed — one left
 * out or two swapped, never one changed ("park" is no slip of "part") — and only as the one
 * question word or word of the documents they can be so; two such words, and none is read.
 */
function shortSlip(store: Store, typed: string): string | undefined {
  // A question word first: "wat" is what, though a document says "wait".
  const asked = QUESTION_WORDS.filter((w) => slipOf(typed, w));
  if (asked.length > 0) return asked.length === 1 ? asked[0] : undefined;
  const found = new Set<string>();
  for (const { term } of store.vocabularyFrom(typed[0] as string))
    if (/^\p{L}+$/u.test(term) && slipOf(typed, term)) found.add(term);
  if (found.size !== 1) return undefined;
  const [meant] = found as Set<string>;
  return writtenAs(store, meant as string, typed);
}

/** `meant` capitalised as `typed` is: "Garagenvertrag" → "Garage vertrag". */
const cased = (typed: string, meant: string) =>
  /^\p{Lu}/u.test(typed) ? `${meant[0]?.toUpperCase()}${meant.slice(1)}` : meant;

/** Two known words a compound is made of, the first with its linking letters dropped, each 4 letters or more. */
function compoundParts(word: string, known: (word: string) => boolean): [string, string] | undefined {
  if (word.length < 8) return undefined;
  for (let cut = word.length - 4; cut >= 4; cut--) {
    const second = word.slice(cut);
    if (!known(second)) continue;
    for (const link of LINKS) {
      const first = word.slice(0, cut);
      if (!first.endsWith(link) || first.length - link.length < 4) continue;
      const bare = first.slice(0, first.length - link.length);
      if (known(bare)) return [bare, second];
    }
  }
  return undefined;
}

/** How many letters one word has that the other lacks, both ways: "excces" is nearer "excess" than "exceed". */
function letterDifference(a: string, b: string): number {
  const counts = new Map<string, number>();
  for (const letter of a) counts.set(letter, (counts.get(letter) ?? 0) + 1);
  for (const letter of b) counts.set(letter, (counts.get(letter) ?? 0) - 1);
  return [...counts.values()].reduce((sum, count) => sum + Math.abs(count), 0);
}

/**
 * The known word closest to `word` (see `readAsMeant`), as the documents write it, with its
 * edits, or undefined. The index holds stems, so stems near the word or its stem are found first,
 * then each is read as written in a passage and compared as written.
 */
function nearestKnown(
  store: Store,
  word: string,
  known: (word: string) => boolean,
  context: readonly string[] = [],
): { written: string; edits: number } | undefined {
  const max = allowedEdits(word.length);
  if (max === 0) return undefined;
  const typedStem = stem(word);
  const first = word[0] as string;
  const near: { term: string; edits: number; doc: number; lexicon: boolean }[] = [];
  const consider = (term: string, doc: number, lexicon: boolean) => {
    const edits = Math.min(
      typoDistance(word, term, max),
      typoDistance(typedStem, lexicon ? stem(term) : term, max),
    );
    if (edits <= max) near.push({ term, edits, doc, lexicon });
  };
  for (const { term, doc } of store.vocabularyFrom(first))
    if (/^\p{L}{3,}$/u.test(term)) consider(term, doc, false);
  for (const w of LEXICON_WORDS) if (w.startsWith(first) && known(w)) consider(w, 0, true);
  // A word asking a kind of value ("temprature": temperature), stated though never said (value-kinds.ts).
  for (const w of VALUE_WORDS) if (w.startsWith(first)) consider(w, 0, true);
  near.sort((a, b) => a.edits - b.edits || b.doc - a.doc);
  const written = near
    .slice(0, 8)
    .map((candidate) => {
      const as = candidate.lexicon ? candidate.term : writtenAs(store, candidate.term, word);
      const together = !candidate.lexicon && store.together(candidate.term, context);
      return { ...candidate, written: as, edits: typoDistance(word, as, max), together };
    })
    // Two edits only when they mostly move letters ("excces" → "excess"), not change them ("garden" ≠ "green").
    .filter(
      (candidate) =>
        candidate.edits <= 1 || (candidate.edits <= max && letterDifference(word, candidate.written) <= 2),
    )
    .sort(
      (a, b) =>
        a.edits - b.edits ||
        Number(b.together) - Number(a.together) ||
        letterDifference(word, a.written) - letterDifference(word, b.written) ||
        b.doc - a.doc,
    );
  const best = written[0];
  return best && { written: best.written, edits: best.edits };
}

/** How the documents write the stem `term`: of their words with that stem, the one nearest `typed`. */
function writtenAs(store: Store, term: string, typed: string): string {
  const forms = new Set(store.textsWith(term).flatMap((text) => words(text).filter((w) => root(w) === term)));
  const max = Math.max(typed.length, term.length);
  return [...forms].sort((a, b) => typoDistance(typed, a, max) - typoDistance(typed, b, max))[0] ?? term;
}
