/** Small, dependency-free text similarity used for fuzzy lookups (memory keys, tool names). */

import { isCommonWord } from './common-words.js';
import { SHORT_FORMS, shortFormsInFull, wordSet, wordTable } from './lexicon.js';
import {
  CODE_WORDS,
  PUBLIC_CODE_AFTER,
  PUBLIC_CODE_BEFORE,
  PUBLIC_PASS_BEFORE,
  SECRET_NUMBER_AFTER,
  SECRET_PHRASES,
  SECRET_SCRIPT,
  SECRET_WORDS,
} from './secret-words.js';

/**
 * Full-width forms (typed with a CJK input method: "Ｃ＃", "ＰＩＮ", the ideographic space) and
 * presentation forms ("ﬁ" ligatures) as the characters they stand for (NFKC of those alone):
 * "Ｃ＃ version" is "C# version", "ﬁle size" "file size". Other compatibility characters keep
 * their meaning ("x²" is not "x2", "½" not "1/2"), so NFKC is not applied to the whole text.
 */
export function foldWidth(text: string): string {
  return text.replace(WIDTH_FORMS, (char) => char.normalize('NFKC'));
}
/** Characters `foldWidth` changes: ideographic space, ligatures, half- and full-width forms. */
export const WIDTH_FORMS = /[\u3000\ufb00-\ufb4f\uff01-\uffee]/g;

/**
 * The numbers a name holds, sorted ("room 101 key" → ["101"]; "flat 3b" → ["3"]): two names whose
 * numbers differ are different things however close their letters ("room 100 key" is not "room
 * 101 key", "gate 2 code" not "gate 12 code"), in recall, typo matching and forget alike.
 */
export function numbersOf(text: string): string[] {
  return (text.normalize('NFKC').match(/\p{N}+/gu) ?? []).sort();
}

/**
 * Whether a fact named `name` may answer `query` as far as numbers go: a query with numbers asks
 * for exactly those (`sameNumbers`); one without any may be about a name with some ("room key"
 * fits "room 10 key" and "room 101 key", and which is then asked).
 */
export function numbersFit(query: string, name: string): boolean {
  return numbersOf(query).length === 0 || sameNumbers(query, name);
}

/** Whether two names hold the same numbers (`numbersOf`), as a multiset. */
export function sameNumbers(one: string, other: string): boolean {
  const [a, b] = [numbersOf(one), numbersOf(other)];
  return a.length === b.length && a.every((number, at) => number === b[at]);
}

const STOPWORDS = wordSet(
  'a an the my our your his her their its of for to in on at is are was were be what whats which who where when how do does did me i we you it that this please',
);

/** Lowercase words, accents folded, punctuation dropped. */
export function words(text: string): string[] {
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/ß/g, 'ss')
      // A possessive names the same thing as its owner ("Leo's shoe size" is "leo shoe size");
      // other apostrophes just join ("don't" → "dont").
      .replace(/(\p{L})['’]s\b/gu, '$1')
      .replace(/[’']/g, '')
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean)
  );
}

/** Content words: stop words removed, a plural `s` trimmed. */
export function contentWords(text: string): string[] {
  return words(text)
    .filter((word) => !STOPWORDS.has(word))
    .map((word) =>
      word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word,
    );
}

/** Levenshtein distance, stopping early once it exceeds `max`. */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * Optimal string alignment distance (Levenshtein plus the swap of two neighbouring letters, so
 * "teh" is one edit from "the"; Damerau 1964), stopping early once it exceeds `max`.
 */
export function typoDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, index) => index)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, rows[i - 2]![j - 2]! + 1);
      row.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    rows.push(row);
  }
  return rows[a.length]![b.length]!;
}

/**
 * Two words match when equal, or one edit apart for words of five letters or more (typos). A word
 * holding a digit ("10100", "3b") matches only itself: numbers in a name are never a typo.
 */
export function wordsMatch(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.min(a.length, b.length) < 5 || /\p{N}/u.test(a) || /\p{N}/u.test(b)) return false;
  return !otherRealWord(a, b) && editDistance(a, b, 1) <= 1;
}

/**
 * Words of fact names that are words in their own right (S28): one is never read as a typo of
 * another ("passport" is not "password", "pun" not "pin", "lock" not "look"), only as itself.
 */
const REAL_WORDS = new Set([
  ...SECRET_WORDS,
  ...SECRET_NUMBER_AFTER,
  ...CODE_WORDS,
  ...'passport pass port pun pan pen lock look lick luck dock deck name names game age page wage address email mail phone number numbers date dates birthday card cart care core cord word world ward sword account count amount bike bake like car cat cap cab van fan plan plane plate place house horse mouse hose home dome dog dot bog log locker rocker docker post past cost host wife life wine son sun mom mum dad bad pad sister mister father mother brother bother'.split(
    ' ',
  ),
]);

/**
 * Whether two words are different real words (`REAL_WORDS`, or, with `known`, words of stored names
 * as well): neither may be read as a typo of the other, however few letters apart.
 */
export function otherRealWord(a: string, b: string, known?: ReadonlySet<string>): boolean {
  if (a === b) return false;
  const real = (word: string) => REAL_WORDS.has(word) || isCommonWord(word) || known?.has(word) === true;
  const single = (word: string) => (word.length > 3 && /[^s]s$/.test(word) ? word.slice(0, -1) : word);
  if (single(a) === single(b)) return false;
  return (real(a) || real(single(a))) && (real(b) || real(single(b)));
}

/** Dice coefficient over content words, typo-tolerant: 1 for the same words, 0 for none shared. */
export function wordSimilarity(a: string, b: string): number {
  const left = contentWords(a);
  const right = contentWords(b);
  if (left.length === 0 || right.length === 0) return 0;
  const unused = [...right];
  let shared = 0;
  for (const word of left) {
    const index = unused.findIndex((candidate) => wordsMatch(word, candidate));
    if (index >= 0) {
      shared++;
      unused.splice(index, 1);
    }
  }
  return (2 * shared) / (left.length + right.length);
}

function trigrams(text: string): Map<string, number> {
  const padded = `  ${words(text).join(' ')} `;
  const grams = new Map<string, number>();
  for (let i = 0; i < padded.length - 2; i++) {
    const gram = padded.slice(i, i + 3);
    grams.set(gram, (grams.get(gram) ?? 0) + 1);
  }
  return grams;
}

/** Dice coefficient over character trigrams: catches joined words and partial spellings. */
export function trigramSimilarity(a: string, b: string): number {
  const left = trigrams(a);
  const right = trigrams(b);
  let shared = 0;
  let total = 0;
  for (const [gram, count] of left) {
    shared += Math.min(count, right.get(gram) ?? 0);
    total += count;
  }
  for (const count of right.values()) total += count;
  return total === 0 ? 0 : (2 * shared) / total;
}

/** The similarity fazt uses for fuzzy lookups: the better of word and trigram similarity. */
export function similarity(a: string, b: string): number {
  return Math.max(wordSimilarity(a, b), trigramSimilarity(a, b));
}

/**
 * Nouns for the people a fact may belong to ("my sister's …", "brother's …"): a fuzzy lookup
 * never swaps one owner for another or drops one.
 */
const PEOPLE = wordSet(
  'mom mum mam mommy mummy mama mother dad daddy papa father parent parents sister sis brother bro sibling wife husband hubby spouse son daughter partner boyfriend girlfriend fiance fiancee friend boss manager kid kids child children baby grandma grandpa grandad granddad grandmother grandfather granny gran nana aunt auntie uncle cousin niece nephew neighbour neighbor colleague coworker roommate flatmate landlady landlord guy grandparent grandparents dog cat his her their stepmother stepfather stepmom stepmum stepdad stepsister stepbrother stepson stepdaughter grandson granddaughter godmother godfather godson goddaughter housemate bestie mother-in-law father-in-law sister-in-law brother-in-law son-in-law daughter-in-law motherinlaw fatherinlaw sisterinlaw brotherinlaw soninlaw daughterinlaw',
);

/**
 * The person word `word` (lowercase) is or is the plural of: "sisters" → "sister", "bosses" →
 * "boss", "exes" → "ex", "guys" → "guy"; undefined for any other word.
 */
function personOf(word: string): string | undefined {
  if (PEOPLE.has(word)) return word;
  // "ex" alone also says which one ("ex boss": `namesOtherOne`); "exes" is only ever people.
  if (word === 'exes') return 'ex';
  if (/(?:s|x|z|ch|sh)es$/.test(word) && PEOPLE.has(word.slice(0, -2))) return word.slice(0, -2);
  return word.endsWith('s') && PEOPLE.has(word.slice(0, -1)) ? word.slice(0, -1) : undefined;
}

/**
 * Things whose possessive names a part of them, not an owner: "my car's plate" is "my plate"'s
 * fact ("what is my plate?"), never somebody else's.
 */
const THINGS = wordSet(
  'car bike bicycle motorbike scooter van truck boat house home flat apartment garage office building phone laptop computer router wifi bank card school gym locker door gate',
);

/** Whether `word` (lowercase, no "'s") names a thing whose possessive is a part of it ("card's CVV"). */
export function isThingWord(word: string): boolean {
  return THINGS.has(word);
}

/**
 * The singular of an owner said in the plural before a noun ("sisters" in "sisters name",
 * "sisters'" once its apostrophe is gone): "sister". Undefined for other words and for groups
 * that share a fact ("kids", "parents"), which stay as said.
 */
export function singularOwner(word: string): string | undefined {
  if (!word.endsWith('s') || COLLECTIVE.has(word) || PEOPLE.has(word)) return undefined;
  const single = personOf(word);
  return single !== undefined && !/^(?:his|her|their)$/.test(single) ? single : undefined;
}

/** What people say of a person by name: "johns email", "toms pin", "marias birthday". */
const SAID_OF_SOMEONE = wordSet('email mail phone mobile cell name surname nickname handle birthday wedding');

/**
 * The owner in a name's first word said without its apostrophe: "johns" in "johns email" is
 * John's, so "johns email" and "john's email" are one fact (`factIdentity`). A name that ends in
 * "s" of its own ("James") is trimmed too, so "james email", "james's email" and "James' email"
 * stay one fact. Only before a word said of a person (an attribute, a phone, an email, a name),
 * never a person word ("kids", "sisters": `singularOwner`), a thing ("cars") or "-ss"/"-us"/"-is".
 */
export function namedOwner(word: string, next: string): string | undefined {
  if (!/^\p{Ll}{3,}s$/u.test(word) || /(?:ss|us|is)$/.test(word)) return undefined;
  if (personOf(word) !== undefined || COLLECTIVE.has(word) || THINGS.has(word.slice(0, -1))) return undefined;
  return isAttributeWord(next) || SAID_OF_SOMEONE.has(next) || PHONE_WORDS.has(next)
    ? word.slice(0, -1)
    : undefined;
}

/**
 * Short forms of words in fact names, as people type them in questions ("fav colour", "pwd",
 * "tel"): a lookup reads each as the long word. Stored names keep the word as typed.
 */
export const SHORT_FORM: Readonly<Record<string, string>> = wordTable({
  ...SHORT_FORMS,
  favorite: 'favourite',
  telephone: 'phone',
});

/** Person words that name a group sharing the fact: "kids school phone" is the family's. */
const COLLECTIVE = new Set([
  'kids',
  'kid',
  'children',
  'child',
  'parents',
  'parent',
  'grandparents',
  'grandparent',
  'family',
  'baby',
]);

/**
 * Groups that are other people, not the household: first in a fact's name they own it ("kids
 * netflix password", "parents address" are not "my netflix password", "my address"), unless the
 * next word is a place or carer they share with the family (`SHARED_BY_GROUP`): that word owns
 * what follows it ("kids school phone" is the school's phone, asked as "school phone", never
 * as "my phone").
 */
const GROUP_OWNERS = wordSet('kid child children parent grandparent');

/** Places and carers of a group that the household shares: "kids school", "kids pediatrician". */
const SHARED_BY_GROUP = wordSet(
  'school nursery daycare kindergarten preschool pediatrician paediatrician doctor gp dentist teacher babysitter nanny childminder club',
);

/**
 * Names of the same person said other ways: a fact about "mum's birthday" answers "what is my
 * mom's birthday?" ("mother", "mum", "mom", "mama" are one owner; so are "dad" and "father").
 * Only lookups use this; a stored key keeps the word as said.
 */
export const SAME_OWNER: Readonly<Record<string, string>> = wordTable({
  mom: 'mother',
  mum: 'mother',
  mommy: 'mother',
  mummy: 'mother',
  mama: 'mother',
  mam: 'mother',
  dad: 'father',
  daddy: 'father',
  papa: 'father',
  grandma: 'grandmother',
  granny: 'grandmother',
  gran: 'grandmother',
  nana: 'grandmother',
  grandpa: 'grandfather',
  grandad: 'grandfather',
  granddad: 'grandfather',
  sis: 'sister',
  bro: 'brother',
  hubby: 'husband',
  stepmom: 'stepmother',
  stepmum: 'stepmother',
  stepdad: 'stepfather',
  fiancé: 'fiance',
  fiancée: 'fiancee',
  grandmom: 'grandmother',
  grammy: 'grandmother',
});

/**
 * Word characters of a name: letters, digits and symbols; the rest separates. A sign that opens
 * or ends a word ("-5", "temp −18", "O-", "A- grade") and a "." opening one (".env", ".NET") are
 * part of it, as in the stored key (`normaliseKey` in tools/memory/store.ts): "floor -1" is not
 * "floor 1", ".env" not "env", "O-" not "O" (S30).
 */
const NAME_TOKEN =
  /(?:(?<=^|\s)[-\u2212.](?=[\p{L}\p{N}]))?[\p{L}\p{N}\p{M}\p{S}#@&%+*/$€£¥]+(?:['’][\p{L}]+)*['’]?(?:(?<=[\p{L}\p{N}])[-\u2212](?=[\s?!,;:)]|$))?/gu;

/** Family by marriage, hyphenated or not: "mother-in-law", "brother in law's". */
const IN_LAW = /\b(mother|father|sister|brother|son|daughter)[-\u2212\s]in[-\u2212\s]law(?![\p{L}\p{N}])/giu;

interface SubjectWord {
  /** Lowercase, accents folded, a possessive "'s" and a plural "s" trimmed. */
  word: string;
  /** Names who the fact is about: a possessive ("Leo's"), a person noun, "his"/"her"/"their". */
  owner: boolean;
  /** Holds a symbol or emoji ("C++", "📱"): distinguishes the name, never skipped. */
  symbol: boolean;
  /** Said as an owner outright: "brother's", "Leo's", "her". */
  possessive: boolean;
}

/** The words of a fact's name or a question that decide what it is about. */
function subjectWords(text: string): SubjectWord[] {
  const found: SubjectWord[] = [];
  // The token index of each found word, to tell a word written right before an owner.
  const at: number[] = [];
  let token = -1;
  // "mother-in-law", "mother in law": one person word (`IN_LAW`), never "mother" and "law" (S45).
  const normal = shortFormsInFull(foldWidth(text).normalize('NFC')).replace(IN_LAW, '$1inlaw');
  const matched = [...normal.matchAll(NAME_TOKEN)];
  const tokens = matched.map(([raw]) => raw);
  // The first word that is not "my", "the", "our": a person word there owns the fact ("wife birthday").
  const lead = tokens.findIndex((raw) => !/^(?:my|the|our|a|an)$/i.test(raw));
  for (const raw of tokens) {
    token++;
    const lower = raw.toLowerCase();
    const single = lower.replace(/s$/, '');
    const person = personOf(lower) !== undefined;
    const followed = token < tokens.length - 1;
    // Owners said without an apostrophe are owners too: "brothers email", "mums pin" (a person
    // word plus "s" before a noun), "birthday of my mother", "wifi password for my sister",
    // "wife birthday" (a person word first). Collective plurals ("kids school phone") stay shared.
    // "car's plate", "house's alarm code": a thing's part, not somebody's fact.
    const thing = THINGS.has(single) || THINGS.has(lower.replace(/['’]s?$/u, ''));
    // "alexs birthday", "sarahs pin": a name's possessive typed without its apostrophe is the
    // owner as "alex's birthday" is, for every lookup alike (recall, forget, "about"; S33 M3).
    const possessive =
      (!thing && /\p{L}['’]s$|\p{L}s['’]$/u.test(raw)) ||
      (!thing && !person && followed && namedOwner(lower, tokens[token + 1]!.toLowerCase()) !== undefined) ||
      (person &&
        !COLLECTIVE.has(lower) &&
        ((followed && lower.endsWith('s') && !PEOPLE.has(lower) && personOf(lower) !== undefined) ||
          /^(?:of|for)$/i.test(tokens[token - 1] ?? '') ||
          (/^(?:my|the|our|your)$/i.test(tokens[token - 1] ?? '') &&
            /^(?:of|for)$/i.test(tokens[token - 2] ?? '')) ||
          (followed && token === lead && !/^(?:his|her|their)$/.test(lower))));
    const folded = raw
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .replace(/\u2212/g, '-')
      .toLowerCase()
      .replace(/ß/g, 'ss')
      .replace(/['’]s$|['’]$/, '')
      .replace(/['’]/g, '');
    // "no." for number: only with its dot, so "no" stays a word ("no fly list").
    const base =
      SHORT_FORM[folded] ??
      (folded === 'no' && normal[matched[token]!.index + raw.length] === '.' ? 'number' : folded);
    if (!base) continue;
    const symbol = /[^\p{L}\p{N}]/u.test(base);
    const personal = personOf(base);
    const owner = possessive || personal !== undefined;
    if (!symbol && !owner && STOPWORDS.has(base)) continue;
    const same = SAME_OWNER[base] ?? SAME_OWNER[base.replace(/s$/, '')];
    const word =
      same ??
      (personal !== undefined
        ? PEOPLE.has(personal.replace(/s$/, ''))
          ? personal.replace(/s$/, '')
          : personal
        : base.length > 3 && base.endsWith('s') && !base.endsWith('ss')
          ? base.slice(0, -1)
          : base);
    found.push({ word, owner, symbol, possessive: possessive || /^(?:his|her|their)$/.test(base) });
    at.push(token);
  }
  // "kids netflix password", "parents address": a group first in the name owns it; "kids school
  // phone": the place it shares owns what follows (`GROUP_OWNERS`).
  const first = found.findIndex((_, index) => at[index] === lead);
  const group = found[first];
  if (group && !group.symbol && GROUP_OWNERS.has(group.word.replace(/s$/, '')) && first < found.length - 1) {
    const next = found[first + 1]!;
    const shared = SHARED_BY_GROUP.has(next.word);
    found[first] = { ...group, owner: true, possessive: !shared };
    if (shared && first + 1 < found.length - 1) found[first + 1] = { ...next, owner: true, possessive: true };
  }
  // A word that qualifies an owner is part of who it is: "ex-wife's" is not "wife's",
  // "step-mom" is not "mom", "older brother's" is not "brother's".
  for (let index = found.length - 1; index > 0; index--) {
    const [before, owner] = [found[index - 1]!, found[index]!];
    if (owner.owner && !before.owner && !before.symbol && at[index - 1] === at[index]! - 1) {
      found[index - 1] = { ...before, owner: true, possessive: owner.possessive };
    }
  }
  return found;
}

/** Two words of a name match: equal, a typo apart (five letters or more), or two letters swapped. */
function subjectWordsMatch(a: string, b: string): boolean {
  if (a === b) return true;
  // "room 100" is not "room 101", "flat 3b" not "flat 3c": a word with a digit matches only itself.
  if (/\p{N}/u.test(a) || /\p{N}/u.test(b)) return false;
  if (/[^\p{L}\p{N}]/u.test(a) || /[^\p{L}\p{N}]/u.test(b)) return false;
  if (wordsMatch(a, b)) return true;
  return (
    a.length === b.length &&
    a.length >= 4 &&
    editDistance(a, b, 2) <= 2 &&
    [...a].sort().join('') === [...b].sort().join('')
  );
}

/** Whether `word` is one of `others`, or several of them written together ("wifipassword"). */
function foundIn(word: string, others: readonly SubjectWord[]): number[] | undefined {
  for (const [index, other] of others.entries()) if (subjectWordsMatch(word, other.word)) return [index];
  for (let start = 0; start < others.length; start++) {
    let joined = others[start]!.word;
    for (let end = start + 1; end < others.length && end < start + 4; end++) {
      joined += others[end]!.word;
      if (joined === word) return Array.from({ length: end - start + 1 }, (_, offset) => start + offset);
    }
  }
  return undefined;
}

/**
 * With `places: false`, a word saying where the fact belongs (`PLACE_OF`: "work", "office") is
 * left out like any other word ("wifi password" for "work wifi password").
 * Whether a fact named `name` answers a lookup for `query`, as far as its words go: no owner
 * ("sister's", "brother", "her") or symbol word ("C#", "📱") on one side is missing on the other
 * (see `ownersDiffer`), and no word was swapped for another: words may be left out on one side
 * ("garage code" for "garage door code", "email" for "email address"), typos, plurals and joined
 * words ("wifipassword") allowed, but "work phone" is not "home phone". A word asked for that the
 * name lacks must not be an attribute ("bank PIN" is not "bank", "email password" not "email") nor
 * the last word asked (what the question is about: "passport photo" is not "passport"), unless
 * the word before it implies it ("phone number", "email address", "dog's name"). How close the
 * rest is, is the caller's score.
 */
export function sameSubject(query: string, name: string, { places = true } = {}): boolean {
  const found = coverage(query, name);
  if (!found) return false;
  const { asked, left, namedLeft } = found;
  if (left.length > 0 && namedLeft) return false;
  // "bank PIN" is not "bank", "email password" not "email", "passport expiry date" not
  // "passport": an attribute asked for that the name lacks, or the asked name's last word (what
  // is asked about) missing from it, is another fact.
  const last = asked.findLastIndex(({ owner, symbol }) => !owner && !symbol);
  if (left.some((word) => !word.owner && !word.symbol && (ATTRIBUTE.has(word.word) || word === asked[last])))
    return false;
  if (otherOne(found, places)) return false;
  // The reverse: "bank" is not "bank PIN". A name holding an attribute the question lacks is
  // another fact, and its value (a PIN, a password) is never the answer to "what is my bank?".
  return !withheldFrom(found);
}

/**
 * Whether the fact named `name` is about another one of what `query` asks for: a word saying which
 * one ("next car", "old address", "ex boss" for "car", "address", "boss"), or another thing or
 * person its last word names ("daughter's teacher" for "daughter's name"). Such a fact is a near
 * fact, never the answer, however loosely it is looked up.
 */
export function namesOtherOne(query: string, name: string): boolean {
  const found = coverage(query, name);
  return found !== undefined && otherOne(found);
}

function otherOne(
  {
    asked,
    named,
    namedLeftAt,
  }: {
    asked: SubjectWord[];
    named: SubjectWord[];
    namedLeftAt: number[];
  },
  places = true,
): boolean {
  if (
    namedLeftAt.some((index) => whichOne(named[index]!.word) || (places && PLACE_OF.has(named[index]!.word)))
  )
    return true;
  // "friend's husband", "sister's cat" for "friend's name" or "who is my friend": a person or pet
  // named after the owner is somebody else, never the owner (issue 7, S20).
  if (
    namedLeftAt.some(
      (index) =>
        named[index]!.owner &&
        !named[index]!.possessive &&
        PEOPLE.has(named[index]!.word) &&
        named.slice(0, index).some(({ possessive }) => possessive),
    )
  )
    return true;
  const head = named.findLastIndex(({ owner, symbol }) => !owner && !symbol);
  if (head < 0 || !namedLeftAt.includes(head) || impliedBy(named, head) || named[head]!.possessive)
    return false;
  // "who is my brother" is not "brother's car": a question naming only a person is about them.
  if (asked.every(({ owner }) => owner) && named.slice(0, head).some(({ possessive }) => possessive))
    return true;
  const word = named[head]!.word;
  return asked.some((each) => each.word === 'name') || PEOPLE.has(word) || ROLE.has(word);
}

/**
 * Words that say which one of its kind a fact is about ("next car", "old address", "spare key",
 * "ex boss", "mother's maiden name", "middle name", "work phone", "guest wifi"): a fact named with
 * one, before or inside the name asked, never answers for the name without it; it is a near fact.
 */
const WHICH_ONE = wordSet(
  'next old previous prev former future last spare backup second third other ex prior past upcoming temporary temp replacement first 1st 2nd 3rd maiden middle nick pet user screen stage pen emergency secondary alternate alternative alt legal birth ' +
    // A language or nationality says which one too ("Japanese name", "French phone number").
    'english british american french german spanish italian portuguese dutch polish russian ukrainian greek turkish arabic hebrew hindi chinese japanese korean vietnamese thai swedish norwegian danish finnish irish welsh scottish canadian australian mexican brazilian indian',
);

/**
 * Whether `word` (as `subjectWords` gives it, a final "s" trimmed: "previou") is a `WHICH_ONE` word.
 * "previous phone number" is never the "phone number" (issue 7, stranger 12).
 */
function whichOne(word: string): boolean {
  return WHICH_ONE.has(word) || WHICH_ONE.has(`${word}s`);
}

/**
 * Words that say where a fact belongs ("work phone", "office wifi", "guest wifi password"): said
 * before or inside a name they make it another one of its kind, as `WHICH_ONE` do ("what's my
 * phone" is never answered by the work phone). A lookup that is itself answered by a shorthand
 * ("wifi password" for "home wifi password") counts them as fitting too, so which is asked.
 */
const PLACE_OF = wordSet('work business office guest');

/**
 * People a fact may be about by their role ("daughter's teacher", "son's coach"): a person of its
 * own, never the owner before it ("what's my daughter's name" is not the teacher's).
 */
const ROLE = wordSet(
  'teacher coach doctor dentist tutor nanny babysitter vet therapist nurse principal headteacher headmaster teammate classmate mentor trainer instructor lawyer accountant godparent godmother godfather pediatrician paediatrician',
);

/**
 * Whether the fact named `name` holds an attribute word ("PIN", "password", "code", "number",
 * "expiry"…) that `query` lacks and the thing before it does not imply ("phone number" is the
 * phone, "email address" the email): "bank PIN" for "bank", "passport expiry" for "passport".
 * Such a fact is never the answer, and its value is not shown as a near fact; its name may be.
 */
export function attributeWithheld(query: string, name: string): boolean {
  const found = coverage(query, headLast(name));
  return found !== undefined && withheldFrom(found);
}

/**
 * "password for the router", "code of the safe": an attribute said before the thing it belongs
 * to, read as "router password" (m17, S26 H3); any other name as it is.
 */
function headLast(name: string): string {
  const split = /^(.+?)\s+(?:for|of|to)\s+(?:the\s+|my\s+|our\s+|a\s+|an\s+)?(.+)$/i.exec(name.trim());
  if (!split) return name;
  const head = split[1]!.split(/\s+/).at(-1) ?? '';
  return isAttributeWord(head) ? `${split[2]} ${split[1]}` : name;
}

/** Only when every word asked is in the name ("bank" in "bank PIN"); other gaps are `sameSubject`'s. */
function withheldFrom({
  named,
  left,
  namedLeftAt,
}: {
  named: SubjectWord[];
  left: SubjectWord[];
  namedLeftAt: number[];
}): boolean {
  if (left.length > 0 || namedLeftAt.length === named.length) return false;
  // Only an attribute after every word asked is what the name is about ("bank PIN" for "bank");
  // one before them qualifies what was asked ("bank account PIN" is a PIN, as "bank PIN" is).
  const lastCovered = [...named.keys()].filter((index) => !namedLeftAt.includes(index)).at(-1) ?? -1;
  return namedLeftAt.some((index) => {
    if (index < lastCovered) return false;
    const word = named[index]!;
    return !word.owner && !word.symbol && ATTRIBUTE.has(word.word) && !impliedBy(named, index);
  });
}

/**
 * Whether `query` names words that `name` lacks ("phone PIN" for "PIN", "work phone" for
 * "phone"), beyond those the thing before them implies ("phone number" for "phone"): a name that
 * is only part of what was asked. False when the owners differ or no word is shared.
 */
export function askedBeyond(query: string, name: string): boolean {
  const found = coverage(query, name);
  return found !== undefined && found.left.length > 0;
}

/**
 * Whether `query` and `name` both name someone, and the same one ("mum's name" and "mother's
 * maiden name"): a near fact about the same person shares that person, whatever else differs.
 */
export function sameOwnerNamed(query: string, name: string): boolean {
  const owned = (text: string) => subjectWords(text).some((word) => word.owner);
  return owned(query) && owned(name) && !ownersDiffer(query, name);
}

/** How the words of `query` and `name` cover each other; undefined when owners or symbols differ. */
function coverage(
  query: string,
  name: string,
):
  | {
      asked: SubjectWord[];
      named: SubjectWord[];
      left: SubjectWord[];
      namedLeft: boolean;
      namedLeftAt: number[];
    }
  | undefined {
  const asked = subjectWords(query);
  const named = subjectWords(name);
  if (asked.length === 0 || named.length === 0 || ownersDiffer(query, name)) return undefined;
  const coveredNamed = new Set<number>();
  const coveredAsked = new Set<number>();
  const cover = (
    from: readonly SubjectWord[],
    to: readonly SubjectWord[],
    mine: Set<number>,
    theirs: Set<number>,
  ) => {
    for (const [index, { word }] of from.entries()) {
      const at = foundIn(word, to);
      if (!at) continue;
      mine.add(index);
      for (const spot of at) theirs.add(spot);
    }
  };
  cover(asked, named, coveredAsked, coveredNamed);
  cover(named, asked, coveredNamed, coveredAsked);
  // "phone number" asks for the phone, "dog's name" for the dog: a word the thing before it implies.
  for (const index of asked.keys()) if (impliedBy(asked, index)) coveredAsked.add(index);
  // "landlord's phone" is "landlord's number", "mum's mobile" is "mum's phone number": for someone
  // (a name of only owners and phone words on both sides) they are one attribute. "bank number"
  // (an account) is not "bank phone".
  const phoneOnly = (words: readonly SubjectWord[]) =>
    words.some((word) => word.owner) &&
    words.some((word) => !word.owner) &&
    words.every((word) => word.owner || PHONE_WORDS.has(word.word));
  if (phoneOnly(asked) && phoneOnly(named)) {
    for (const [index, word] of asked.entries()) if (!word.owner) coveredAsked.add(index);
    for (const [index, word] of named.entries()) if (!word.owner) coveredNamed.add(index);
  }
  const namedLeftAt = [...named.keys()].filter((index) => !coveredNamed.has(index));
  return {
    asked,
    named,
    left: asked.filter((_, index) => !coveredAsked.has(index)),
    namedLeft: namedLeftAt.length > 0,
    namedLeftAt,
  };
}

/**
 * Words that name one attribute of a thing, not the thing: asked for ("bank PIN", "car insurance
 * number") they make a different fact from one named by the thing alone ("bank", "car"). Singular,
 * as `subjectWords` gives them.
 */
const ATTRIBUTE = wordSet(
  'pin password passcode passphrase code combination combo number expiry expiration expire expiring expired date insurance policy account balance iban swift routing sort username login user address serial licence license plate registration renewal premium fee price cost bill size colour color model year birthday anniversary age height weight',
);

/** Words for a person's phone number, one attribute when said of someone ("landlord's mobile"). */
const PHONE_WORDS = new Set([
  'phone',
  'number',
  'mobile',
  'cell',
  'cellphone',
  'telephone',
  'tel',
  'landline',
]);

/**
 * A word the thing before it already implies: "phone number" is the phone, "email address" the
 * email, "dog's name" the dog. Keys: the implied word; values: the words it may follow (`*` any).
 */
const IMPLIED: Readonly<Record<string, ReadonlySet<string> | '*'>> = wordTable({
  name: '*',
  number: new Set(['phone', 'mobile', 'cell', 'cellphone', 'fax', 'landline', 'passport', 'id', 'ssn']),
  address: new Set(['email', 'mail', 'home', 'postal', 'ip', 'mac']),
  // "zip?" is the zip code (S28), a public code, never a secret kept back for its name.
  code: new Set(['zip', 'post', 'postal', 'area', 'country', 'dial', 'dialling', 'dialing']),
});

/** Whether the word at `index` is implied by the word before it (`IMPLIED`). */
function impliedBy(words: readonly SubjectWord[], index: number): boolean {
  const after = IMPLIED[words[index]!.word];
  const before = words[index - 1];
  return after !== undefined && before !== undefined && (after === '*' || after.has(before.word));
}

/** Emoji that say a fact is a secret ("🔑 wifi", "🔐 vault"). */
const SECRET_EMOJI = /[\u{1F511}\u{1F510}\u{1F512}\u{1F5DD}]/u;

/**
 * A name's words two ways: folded as `words` folds them (accents and marks dropped, short forms
 * written out: "pwd" is "password"), and as written (lower case, marks kept), for scripts whose
 * marks are letters of the word (Devanagari "पिन" folded is "पन", as "पान" is).
 */
function secretTokens(text: string): { folded: string[]; kept: string[] } {
  return {
    folded: words(text).map((word) => SHORT_FORM[word] ?? word),
    kept: text
      .normalize('NFC')
      .toLowerCase()
      .replace(/['’]/g, '')
      .split(/[^\p{L}\p{N}\p{M}]+/u)
      .filter(Boolean),
  };
}

/** Scripts whose words `words` may fold into another word: only matched as written. */
const KEEP_MARKS = /[^\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{N}\s'’-]/u;

/** Each entry of a list of `secret-words.ts` as the words to find in a row, folded or as written. */
function secretSequences(list: readonly string[]): { folded: string[][]; kept: string[][] } {
  const folded: string[][] = [];
  const kept: string[][] = [];
  for (const entry of list) {
    const tokens = secretTokens(entry);
    kept.push(tokens.kept);
    if (!KEEP_MARKS.test(entry)) folded.push(tokens.folded);
  }
  return { folded, kept };
}

const SECRET_SAID = secretSequences([...SECRET_WORDS, ...SECRET_PHRASES]);
const CODE_SAID = secretSequences(CODE_WORDS);
const PUBLIC_BEFORE = new Set(PUBLIC_CODE_BEFORE);
const PUBLIC_AFTER = new Set(secretSequences(PUBLIC_CODE_AFTER).kept.flat());
const NUMBER_AFTER = new Set(SECRET_NUMBER_AFTER);
const PUBLIC_PASS = new Set(PUBLIC_PASS_BEFORE);

/** Whether `sequence` is said at `at` in `tokens`. */
const saidAt = (tokens: readonly string[], sequence: readonly string[], at: number) =>
  sequence.length > 0 && sequence.every((word, index) => tokens[at + index] === word);

/** Whether any of `sequences` is said in `tokens`, a code word only when no public word is beside it. */
function saysSecret(tokens: readonly string[], sequences: readonly string[][], codes: readonly string[][]) {
  return tokens.some((word, at) => {
    if (codes.some((code) => saidAt(tokens, code, at))) {
      const before = tokens[at - 1];
      const after = tokens[at + 1];
      return !(before && PUBLIC_BEFORE.has(before)) && !(after && PUBLIC_AFTER.has(after));
    }
    // "netflix pass" is a password; "bus pass" a ticket.
    if (word === 'pass') {
      const before = tokens[at - 1];
      return !(before && PUBLIC_PASS.has(before));
    }
    if (word === 'number' || word === 'no' || word === 'num') {
      const before = tokens[at - 1];
      return before !== undefined && NUMBER_AFTER.has(before);
    }
    return sequences.some((sequence) => saidAt(tokens, sequence, at));
  });
}

/**
 * Whether a fact named `name` holds a secret: its name says one of `secret-words.ts` (PIN,
 * password, passcode, code, key, token, login, CVV, seed phrase, security question, the same in
 * other languages and scripts: "Passwort", "mot de passe", "كلمة المرور", "पासवर्ड", "密码"…), an
 * account or card number, or 🔑. Its value is only ever given when the fact is asked for by name,
 * never as a near fact of another question ("what's my card PIN" never shows the bank PIN). "zip
 * code", "area code", "dress code" and "code postal" are not secrets. A value that is a secret by
 * itself (a card number, an IBAN) is `isSecretFact`'s (cartridge/secrets.ts).
 */
export function namesSecret(name: string): boolean {
  if (SECRET_EMOJI.test(name)) return true;
  const lower = name.normalize('NFC').toLowerCase();
  if (SECRET_SCRIPT.some((part) => lower.includes(part))) return true;
  const { folded, kept } = secretTokens(name);
  return (
    saysSecret(folded, SECRET_SAID.folded, CODE_SAID.folded) ||
    saysSecret(kept, SECRET_SAID.kept, CODE_SAID.kept)
  );
}

/**
 * Whether `word` names an attribute of a thing ("PIN", "password", "expiry"): a question that asks
 * for one is never answered by a fact whose name lacks it (see `sameSubject`).
 */
export function isAttributeWord(word: string): boolean {
  const lower = word.toLowerCase();
  const base = SHORT_FORM[lower] ?? lower;
  return ATTRIBUTE.has(base) || ATTRIBUTE.has(base.replace(/s$/, ''));
}

/**
 * Whether `name` and `query` disagree on whose fact it is or which symbol names it: an owner
 * asked for ("sister's", "brother", "her") that the name lacks, an owner the name says outright
 * ("brother's", "her") that was not asked for, or a symbol word ("C#", "📱") on one side only.
 * "pediatrician number" may find "kids pediatrician number"; "favourite player" never finds
 * "my brother's favourite player".
 * A looser lookup (by value words, by aliases) still never answers with somebody else's fact.
 * With `relationNames`, a name said right after a relation is who that relation is: "son Tim's
 * age" is asked as "how old is Tim?" and "how old is my son?" alike (m15).
 */
export function ownersDiffer(query: string, name: string, relationNames = false): boolean {
  const asked = subjectWords(query);
  const named = subjectWords(name);
  const has = (words: readonly SubjectWord[], word: string) =>
    words.some((other) => subjectWordsMatch(word, other.word));
  // "son Tim's age" asked as "how old is my son?": Tim is who the son is, not another owner (m15).
  const whoTheRelationIs = (index: number) => {
    const before = named[index - 1];
    return before !== undefined && PEOPLE.has(before.word) && has(asked, before.word);
  };
  // "son Tim's age" asked as "how old is Tim?": "son" says who Tim is, not another owner.
  const relationOfNameAsked = (index: number) => {
    const after = named[index + 1];
    return PEOPLE.has(named[index]!.word) && after?.possessive === true && has(asked, after.word);
  };
  return (
    asked.some(({ word, owner, symbol }) => (owner || symbol) && !has(named, word)) ||
    named.some(
      ({ word, possessive, symbol }, index) =>
        (possessive || symbol) &&
        !has(asked, word) &&
        !(relationNames && possessive && (whoTheRelationIs(index) || relationOfNameAsked(index))),
    )
  );
}

/**
 * Whether `text` (a note, say) lacks an owner the query names: "what is dad's door code?" is never
 * answered by "mum's door code is 2222". Only the query's owners count, so a note that mentions
 * people still answers a question about nobody in particular.
 * "His"/"her"/"their" point at somebody named elsewhere, so they do not count.
 */
export function ownerMissing(query: string, text: string): boolean {
  const said = subjectWords(text);
  return subjectWords(query.replace(/\b(?:his|her|their)\b/gi, ' ')).some(
    ({ word, owner, symbol }) =>
      owner &&
      !symbol &&
      !/^(?:his|her|their)$/.test(word) &&
      !said.some((other) => subjectWordsMatch(word, other.word)),
  );
}

/**
 * Whether a word names a person a fact may belong to ("sister", "sisters", "mum's", "Leo's", "her"):
 * a typo-tolerant lookup never edits such a word into another.
 */
export function isOwnerWord(word: string): boolean {
  if (/['’]s?$/u.test(word)) return true;
  return personOf(word.toLowerCase()) !== undefined;
}

/** A word that is emoji or pictographs only ("📱", "💳", "❤️"). */
const EMOJI_WORD = /^(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u200d|\ufe0f|\u20e3)+$/u;

/**
 * What some emoji in fact names stand for ("📱 PIN" is the phone's PIN, "💳 PIN" the card's), as
 * the words a question may use for them. Only these are read; any other emoji is just dropped.
 */
const EMOJI_MEANS: Readonly<Record<string, readonly string[]>> = wordTable({
  '📱': ['phone', 'mobile', 'cell', 'cellphone', 'iphone', 'smartphone'],
  '☎': ['phone', 'landline', 'telephone'],
  '📞': ['phone', 'landline', 'telephone'],
  '💳': ['card', 'credit', 'debit', 'visa', 'mastercard'],
  '🏠': ['home', 'house'],
  '🏡': ['home', 'house'],
  '🚗': ['car'],
  '🚙': ['car'],
  '🚲': ['bike', 'bicycle'],
  '🔑': ['key'],
  '📧': ['email', 'mail'],
  '✉': ['email', 'mail'],
  '🏦': ['bank'],
  '💻': ['laptop', 'computer'],
  '🖥': ['computer', 'desktop', 'pc'],
  '📶': ['wifi'],
  '🛜': ['wifi'],
  '🏢': ['office', 'work'],
  '💼': ['work', 'office'],
});

/**
 * A fact's name as a looser lookup reads it (`memory` recall, when nothing else is about the same
 * subject): a leading "#" or "@" of a word dropped ("#tag" → "tag", "@handle" → "handle"), emoji
 * words dropped ("📱 PIN" → "PIN") or, when the query says what one stands for (`EMOJI_MEANS`),
 * read as that word ("📱 PIN" → "phone PIN" for "phone PIN"), and, when `query` names an owner by name that the fact names too
 * ("Ann's phone" for "sister Ann's phone"), the relation words before that name dropped. Symbols
 * that are part of a word stay ("C#", "C++", ".env"); an owner the query names is never dropped.
 * The caller takes the result only when it picks out one fact.
 */
export function subjectWithoutMarks(name: string, query: string): string {
  const asked = subjectWords(query);
  const named = (word: string) =>
    asked.some((other) => other.possessive && !PEOPLE.has(other.word) && subjectWordsMatch(word, other.word));
  const tokens = name.trim().split(/\s+/u);
  const kept: string[] = [];
  const askedWords = new Set(asked.map(({ word }) => word));
  /** "brother" asked as "brother's": a relation asked as the owner. */
  const relationAsked = (word: string) =>
    asked.some((other) => other.possessive && PEOPLE.has(other.word) && subjectWordsMatch(word, other.word));
  let skip = -1;
  for (const [at, token] of tokens.entries()) {
    if (at === skip) continue;
    if (EMOJI_WORD.test(token)) {
      // "📱 PIN" asked as "phone PIN": the emoji stands for the word asked.
      const said = EMOJI_MEANS[token.replace(/[\ufe0e\ufe0f]/g, '')]?.find((word) => askedWords.has(word));
      if (said) kept.push(said);
      continue;
    }
    const bare = token.replace(/^[#@](?=[\p{L}\p{N}])/u, '');
    const lower = bare.toLowerCase().replace(/['’]s?$/u, '');
    // "sister" right before "Ann's" when "Ann's" was asked: who Ann is to the person, not another owner.
    // (Folded as the asked words are: "Zoë's" asked is "zoe".)
    const next = tokens[at + 1] === undefined ? undefined : subjectWords(tokens[at + 1]!)[0]?.word;
    if ((PEOPLE.has(lower) || PEOPLE.has(lower.replace(/s$/, ''))) && next && named(next)) continue;
    // "boss Priya" asked as "Priya" (what is Priya like?): the fact is about her (m15).
    if (
      PEOPLE.has(lower) &&
      at === tokens.length - 2 &&
      /^\p{Lu}/u.test(tokens[at + 1]!) &&
      asked.length === 1 &&
      next !== undefined &&
      subjectWordsMatch(next, asked[0]!.word)
    )
      continue;
    // "brother Tom's birthday" asked as "my brother's birthday": Tom is who the brother is.
    if (
      PEOPLE.has(lower) &&
      relationAsked(lower) &&
      /^\p{Lu}[\p{L}\p{M}-]*['’]s$/u.test(tokens[at + 1] ?? '')
    ) {
      kept.push(`${bare}'s`);
      skip = at + 1;
      continue;
    }
    kept.push(bare);
  }
  return kept.length > 0 ? kept.join(' ') : name;
}

/** The secret words (`SECRET_WORDS`) as `words` reads them, each once in the singular. */
const SECRET_WORD_SET = new Set(
  SECRET_WORDS.flatMap(words).map((word) => word.replace(/(?<=\p{L}{3})s$/u, '')),
);

/**
 * Whether every secret word `query` says ("password", "pins") is a word of the fact `name` as
 * well, said the same way (S28): "what's my password" names "router password" but not "Netflix
 * pw", a secret kept under another word, which is named and asked for by its name instead.
 */
export function secretWordsNamed(query: string, name: string): boolean {
  const single = (word: string) => word.replace(/(?<=\p{L}{3})s$/u, '');
  const named = new Set(words(name).map(single));
  return words(query)
    .map(single)
    .filter((word) => SECRET_WORD_SET.has(word))
    .every((word) => named.has(word));
}
