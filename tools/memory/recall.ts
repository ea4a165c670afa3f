import { z } from 'zod';
import { WITHHELD } from '../../cartridge/redact.js';
import { isSecretFact, otherSpelling } from '../../cartridge/secrets.js';
import {
  attributeWithheld,
  isAttributeWord,
  namesSecret,
  sameOwnerNamed,
  secretWordsNamed,
} from '../../cartridge/text-similarity.js';
import { defineTool } from '../define-tool.js';
import { whenSaid } from '../moment.js';
import { text } from '../schemas.js';
import { endSentence } from '../sentence.js';
import { ageAnswer, saysBirth } from './countdown.js';
import {
  jobWithPlace,
  ownFactsFor,
  ownSecretsFitting,
  personJobWithPlace,
  personQuestionNames,
  respeltName,
  workplaceSentence,
} from './generic.js';
import {
  ageOutOfDateSaid,
  agesOutOfDate,
  factSentence,
  factSubject,
  listedFact,
  memoryKeyCheck,
  SECRETS,
  SHOW_SECRET,
} from './offline.js';
import {
  folded,
  groupNamed,
  jobFact,
  nameLinked,
  namePossessive,
  ownerCalled,
  ownerSaid,
  peopleNamed,
  personName,
  relationAsAsked,
  samePersonFact,
} from './people.js';
import type { MemoryEntry } from './schemas.js';
import { memoryEntry } from './schemas.js';
import { createMemoryStore } from './store.js';
import { typoMatch } from './typos.js';
import { OPEN_ENDED, onlyKnown } from './yes-no.js';

/** "how many kids do I have?", "how many pets have we got?": group 1 the group counted. */
const HOW_MANY =
  /^(?:(?:so|and|ok(?:ay)?|hey)[\s,]+)?how\s+many\s+(kids|children|pets|siblings|grandkids|grandchildren)\s+(?:do|did|have)\s+(?:i|we)(?:\s+(?:have|own|got))?(?:\s+got)?[\s?.!]*$/iu;

const COUNTS = ['No', 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten'];

/**
 * The answer to "how many kids do I have?" (S44): the people of the group kept, counted and named
 * ("Two: Kasia (your daughter) and Bartek (your son)."); with none kept, that it is not known.
 */
function howManySaid(output: RecallOutput, key: string): string {
  const people = (output.people ?? []).map((person) => ({
    relation: personName(person)?.relation ?? '',
    name: personName(person)?.name ?? person,
  }));
  if (people.length === 0) {
    const example =
      key === 'pets' ? 'cat' : /^grand/.test(key) ? 'grandson' : /^sib/.test(key) ? 'sister' : 'son';
    return `I don't know: no ${key} are remembered. To keep one, say "remember my ${example} is …" with their name.`;
  }
  const count = COUNTS[people.length] ?? String(people.length);
  return `${count}: ${joinNames(people.map(({ relation, name }) => `${name} (your ${relation})`))}.`;
}

/** Several facts fit `key` and none is the one named: all are said, and which one is asked. */
const whichOf = (key: string, facts: readonly { label: string; value?: unknown }[]) =>
  `${endSentence(
    `${facts.length === 2 ? 'Two' : facts.length} remembered facts fit "${key}": ${facts.map(listedFact).join('; ')}`,
  )} Which one do you mean? Ask with its full name.`;

/** `whichOf` for a lookup's output: a name two people share is asked about as people (m25). */
const whichOfOutput = (output: RecallOutput, key: string) =>
  describePeople(output, key) ?? whichOf(key, output.alternatives);

/**
 * The birthday that makes the age fact `match` out of date (S47), as `{ label, value }`: looked
 * up among the kept birthdays only when `match` is an age. Undefined when none disagrees.
 */
function birthdayAgainst(
  match: { label: string; value: unknown },
  store: ReturnType<typeof createMemoryStore>,
): { label: string; value: string } | undefined {
  if (!/\bage$/iu.test(match.label)) return undefined;
  const birthday = store
    .labels({ limit: 10_000 })
    .filter(({ label }) => saysBirth(label))
    .flatMap(({ label }) => store.get(label) ?? [])
    .find((entry) => agesOutOfDate(entry, [match]).length > 0);
  return birthday ? { label: birthday.label, value: String(birthday.value) } : undefined;
}

/** A found age a kept birthday makes out of date: the age from the birthday, then the kept one said out of date. */
function staleAgeSaid(output: RecallOutput): string | undefined {
  if (!output.born || !output.match) return undefined;
  const [stale] = agesOutOfDate(output.born, [output.match]);
  const age = ageAnswer(output.born.label, output.born.value);
  return stale && age ? `${age} ${ageOutOfDateSaid(stale)}` : undefined;
}

/** "a", "a and b", "a, b and c". */
const joinNames = (names: readonly string[]) =>
  names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;

/**
 * Nothing under `key`; near facts about something else, said as such, with their values, except
 * withheld ones (secrets, attributes not asked for), which are named only.
 */
const nothingFor = (
  key: string,
  alternatives: readonly { label: string; value?: unknown; score: number; withheld?: boolean }[],
) => {
  // Two facts stored (by older versions) under one name: both said, and which one is asked.
  const twins = alternatives.filter(({ score }) => score === 1);
  if (twins.length > 1)
    return `${endSentence(
      `Two remembered facts have the name "${key}": ${twins.map(listedFact).join('; ')}`,
    )} Which one do you mean? Ask with its exact name, or forget the one you no longer need.`;
  // "bank PIN" for "what is my bank?": named, its value never shown (see `attributeWithheld`).
  const withheld = alternatives.filter((fact) => fact.withheld);
  const near = alternatives
    .filter((fact) => !fact.withheld)
    .map(({ label, value }) => `${label}: ${String(value)}`);
  const named = withheld.map(({ label }) => {
    const subject = factSubject(label);
    return subject.startsWith('Your ') ? `your ${subject.slice(5)}` : subject;
  });
  return `${endSentence(`I don't have anything remembered about ${key}`)}${
    named.length ? ` I have ${joinNames(named)}; ask for ${named.length === 1 ? 'it' : 'one'} by name.` : ''
  }${near.length ? ` ${endSentence(`Near facts, about something else: ${near.join('; ')}`)}` : ''}`;
};

/**
 * "when did I change/set/tell you my X", "when was my X last updated", "history of my X" (S24):
 * group 1, 2 or 3 is the fact's name as said.
 */
const WHEN_CHANGED =
  /^when\s+(?:did|have)\s+i\s+(?:(?:last|first|originally|initially|ever|actually|really)\s+)?(?:change|changed|set|update|updated|tell\s+you|told\s+you|give\s+you|gave\s+you|save|saved|store|stored|add|added|enter|entered|mention|mentioned)\s+(?:you\s+)?(?:about\s+)?(.+?)(?:\s+(?:last|first|to\s+you|again|originally|(?:for\s+the\s+)?first\s+time))?\s*[?.!]*$|^when\s+(?:was|were)\s+(.+?)\s+(?:last\s+)?(?:changed|updated|set|saved|stored|added|told\s+to\s+you)(?:\s+last)?\s*[?.!]*$|^(?:(?:show|give|tell)(?:\s+me)?\s+)?(?:the\s+)?(?:change\s+)?history\s+(?:of|for)\s+(.+?)\s*[?.!]*$/i;

/** "I forgot my X", "I can't remember my X", "I don't remember the X": group 1 is the fact's name. */
const FORGOT_MINE =
  /^(?:oh\s+no,?\s+|damn,?\s+|ugh,?\s+)?i\s+(?:(?:totally|completely|just)\s+)?(?:forgot|forget|can['’]?t\s+remember|cannot\s+remember|don['’]?t\s+remember|do\s+not\s+remember)\s+(?:what\s+)?(?:my|our|the)\s+([^,.!?]{1,80}?)(?:\s+is)?\s*[.!?]*$/i;

/** What a lookup returns. */
const recallOutput = z.object({
  found: z.boolean(),
  match: memoryEntry.nullable(),
  score: z.number().describe('1 for an exact key, lower for a fuzzy match.'),
  alternatives: z
    .array(
      z.object({
        key: z.string(),
        label: z.string(),
        value: z.unknown().optional(),
        score: z.number(),
        withheld: z
          .boolean()
          .optional()
          .describe(
            'True when the fact names an attribute (PIN, password, code, number…) the key lacks ("bank PIN" for "bank"), or is a secret (PIN, password, code, key, token…) not asked for by its name: its value is left out; ask for it by its name.',
          ),
      }),
    )
    .describe('Other close facts; when nothing was found, near facts that are about something else.'),
  ambiguous: z
    .boolean()
    .optional()
    .describe(
      'True when several facts fit the key and none is named exactly: `alternatives` lists them; ask which one is meant.',
    ),
  people: z
    .array(z.string())
    .optional()
    .describe(
      'The people the key names, each as relation and name ("brother Sam"): with `ambiguous`, the ones a name said alone fits ("Sam": brother Sam, coworker Sam Patel), `alternatives` holding what is kept about each; with `found`, the ones a group names ("kids": son Leo, daughter Mia), `alternatives` holding each one\'s fact asked for ("kids allergic to").',
    ),
  owner: z
    .string()
    .optional()
    .describe(
      'The known person the found fact\'s name opens with, as they are called ("Omar" for "omar\'s phone" when "husband: Omar" is kept): the answer names them so.',
    ),
  typo: z
    .string()
    .optional()
    .describe('The stored name a mistyped key was taken to mean ("gim locker cod" → "gym locker code").'),
  guessed: z
    .object({ right: z.boolean(), label: z.string(), withheld: z.boolean(), unsure: z.boolean().optional() })
    .optional()
    .describe(
      'With `guess`: whether the found fact holds the value guessed (case, spacing, thousands separators, ".00" and a unit left out aside). `unsure`: the stored value says more than the guess ("£1,250.00 per month" for "1250"), so neither yes nor no; the value is said. `withheld`: the fact is a secret guessed wrong, so `match` is null and its value is not given.',
    ),
  born: z
    .object({ label: z.string(), value: z.string() })
    .optional()
    .describe(
      'The birthday kept for the found age\'s owner when it makes that age out of date ("son Oluwaseun\'s age: 6" with "Oluwaseun\'s birthday: 3 October 2019"): the age from the birthday is the answer, and the kept age is said to be out of date.',
    ),
});

type RecallOutput = z.output<typeof recallOutput>;

/** With `more`: each further check's own output, with its key. */
const recallOutputWithMore = recallOutput.extend({
  more: z
    .array(recallOutput.extend({ key: z.string() }))
    .optional()
    .describe('With `more` in the input: each further check, answered in turn.'),
});

/**
 * "is my locker 12?", "is my PIN still 1234?", "are my kids Max and Lea?", "is Anna's phone
 * 0777…?": group 1 is the owner ("my", "Anna's"), group 2 the name and the value guessed.
 */
const CHECK =
  /^(?:so\s+|and\s+|but\s+)?(?:is|are)\s+(my|our|the|\p{L}[\p{L}\p{M}-]*['’]s)\s+(\S.*?)\s*\?+\s*$/iu;

/** Where a second check opens: ", and is my locker …", " and my gym PIN …", ", Anna's phone …". */
const ANOTHER_CHECK =
  /\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:is|are)\s+)?(?=(?:my|our|the|\p{L}[\p{L}\p{M}-]*['’]s)\s)/iu;

/**
 * A statement with a tag that asks whether it holds: "so my garage code is 9999 right?", "my PIN
 * is 1234, isn't it?", "my locker is 12, correct?", "Anna's phone is 0777 123 yes?". Group 1 is the
 * owner, 2 the name, 3 the value guessed.
 */
const TAGGED_CHECK =
  /^(?:(?:so|and|but|ok(?:ay)?|wait|hmm+)[\s,]+)?(my|our|the|\p{L}[\p{L}\p{M}-]*['’]s)\s+(\S.*?)\s+(?:is|are)\s+(?:still\s+)?(\S.*?)[\s,]*(?:,\s*|\s+)(?:right|correct|isn['’]?t\s+it|aren['’]?t\s+they|is\s+that\s+right|am\s+i\s+right|yes|yeah|no|true|innit|eh)\s*\?+\s*$/iu;

/**
 * "did I set my PIN to 1234?", "did I change my locker to 12?": a guess checked against what was kept. Group 1
 * is the owner, 2 the name, 3 the value guessed.
 */
const SET_CHECK =
  /^(?:(?:so|and|but|wait)[\s,]+)?(?:did|have)\s+i\s+(?:(?:already|ever|really)\s+)?(?:set|change|changed|update|updated)\s+(my|our|the|\p{L}[\p{L}\p{M}-]*['’]s)\s+(\S.*?)\s+to\s+(\S.*?)\s*\?+\s*$/iu;

/** See `SET_CHECK`: "did I tell you my shed code is 3333?"; nothing kept is "No, you haven't told me …". */
const TOLD_CHECK =
  /^(?:(?:so|and|but|wait)[\s,]+)?(?:did|have)\s+i\s+(?:(?:already|ever|really)\s+)?(?:tell|told|give|gave)\s+you\s+(?:that\s+)?(my|our|the|\p{L}[\p{L}\p{M}-]*['’]s)\s+(\S.*?)\s+(?:is|are|was|were)\s+(\S.*?)\s*\?+\s*$/iu;

/** A check's name and guess from `TAGGED_CHECK` or `SAID_CHECK`: a name with a value read as said. */
function saidCheck(owner: string, name: string, guess: string): { key: string; guess: string } | undefined {
  const value = guess.replace(/^(?:still|really|actually|now)\s+/i, '').trim();
  if (!value || name.split(/\s+/).some((word) => NOT_NAME.test(word))) return undefined;
  // "so my day is good right?": a value of mood words is chatter, not a guess; only a value with a
  // digit, a sign or a capital is checked.
  if (!/[\p{N}\p{S}@#+]|(?:^|\s)\p{Lu}/u.test(value)) return undefined;
  const key = /^(?:my|our|the)$/i.test(owner) ? name : `${owner} ${name}`;
  return { key, guess: value };
}

/** The answer to a check question (see `CHECK`); `told`: asked as "did I tell you …". */
function checkReply(
  output: RecallOutput & { more?: (RecallOutput & { key: string })[] },
  input: { key: string; guess?: string },
  told = false,
) {
  const several = describeChecks(output, input.key);
  if (several) return { answer: several, status: 'done' as const };
  if (output.guessed)
    return { answer: describeOutput(output, input.key, input.guess), status: 'done' as const };
  if (!output.match) {
    if (output.ambiguous && !output.alternatives.every(({ score }) => score === 1))
      return { answer: whichOfOutput(output, input.key), status: 'needs_input' as const };
    if (told && output.alternatives.every((fact) => fact.withheld))
      return {
        answer: `No, you haven't told me ${aName(input.key)}. To keep it, say "remember my ${input.key} is ${input.guess ?? '…'}".`,
        status: 'done' as const,
      };
    return {
      answer: `${nothingFor(input.key, output.alternatives)} To keep it, say "remember my ${input.key} is ${input.guess ?? '…'}".`,
      status: output.ambiguous ? ('needs_input' as const) : ('done' as const),
    };
  }
  return { answer: factSentence(output.match), status: 'done' as const };
}

/** "a shed code", "an alarm code", "Ana's phone": a fact's name as one of its kind. */
function aName(key: string): string {
  if (/['’]s\b/.test(key)) return key;
  return `${/^[aeiou]/i.test(key) ? 'an' : 'a'} ${key}`;
}

/** A word that opens the value guessed: "still 1234", "really 12", "a Golf", "the Ritz". */
const VALUE_OPENS = /^(?:still|really|actually|definitely|now|maybe|perhaps|probably|possibly|a|an|the)$/i;

/** Words that make a "name" no fact name ("is my bike at home?"): such a question is not a check. */
const NOT_NAME =
  /^(?:at|in|on|with|for|to|from|by|of|under|near|going|coming|broken|ok(?:ay)?|safe|right|wrong|correct|still|really|not|too|very|being|before|after)$/i;

/**
 * The name and the guessed value of a check question: the value opens at the first word after the
 * name that holds a digit, a capital (other than the name's first word), a sign, or after
 * "still"/"really"/"a"/"the"; with none ("is my cartridge healthy?") it is no check.
 * Undefined when no name is left or a name word says where or how something is.
 */
function checkInput(
  match: RegExpExecArray,
): { key: string; guess: string; more?: { key: string; guess: string }[] } | undefined {
  // "is my door code 7781 and is my locker 12?", "is my locker 12, my gym PIN 0042?": each check
  // is answered in turn; when one cannot be read, none is (never one yes or no for two).
  // "are my kids Max and Lea?" is one.
  const [first, ...rest] = match[2]!.split(ANOTHER_CHECK).flatMap((part) => unownedParts(part, match[1]!));
  const one = oneCheck(match[1]!, first!);
  if (!one || rest.length === 0) return one;
  const more = rest.map((part) => {
    const owned = /^(my|our|the|\p{L}[\p{L}\p{M}-]*['’]s)\s+(\S.*)$/iu.exec(part.trim());
    return owned ? oneCheck(owned[1]!, owned[2]!) : undefined;
  });
  if (more.length > 4 || more.some((each) => !each)) return undefined;
  return { ...one, more: more as { key: string; guess: string }[] };
}

/**
 * A part of a check split again at " and " where what follows is another check said without an
 * owner word ("door code 7781 and locker 12", "PIN 1234 and door code 7781"): each side a name and
 * a value with a digit, a sign or a capital. "kids Max and Lea" (one word after "and") stays whole.
 */
function unownedParts(part: string, owner: string): string[] {
  const pieces = part.split(/\s+and\s+/i);
  if (pieces.length < 2) return [part];
  const hasValue = (piece: string) => {
    const one = oneCheck('my', piece);
    return one !== undefined && /[\p{N}\p{S}@#+]/u.test(one.guess);
  };
  return pieces.every((piece) => piece.split(/\s+/).length >= 2 && hasValue(piece))
    ? [pieces[0]!, ...pieces.slice(1).map((piece) => `${owner} ${piece}`)]
    : [part];
}

/** One check of `checkInput`: `owner` ("my", "Anna's") and the name and value said after it. */
function oneCheck(owner: string, said: string): { key: string; guess: string } | undefined {
  const words = said.split(/\s+/);
  if (words.length < 2) return undefined;
  const at = words.findIndex(
    (word, index) =>
      index > 0 &&
      !isAttributeWord(word) &&
      (VALUE_OPENS.test(word) ||
        /[\p{N}\p{S}@#+]/u.test(word) ||
        // "Tom's" in "is my brother Tom's birthday 12 Oct?" names whose it is.
        (/^\p{Lu}/u.test(word) && !/['’]s$/u.test(word))),
  );
  // "is my wifi password abc?": a name ending in what a value is kept under (password, code,
  // PIN…) and one lower-case word after it: that word is the guess.
  if (at < 0 && words.length >= 2 && isAttributeWord(words.at(-2)!) && !NOT_NAME.test(words.at(-1)!))
    return oneCheckAt(owner, words, words.length - 1);
  // "is my cartridge healthy?", "is my bike at home?": no word reads as a value, so no check.
  if (at < 0) return undefined;
  return oneCheckAt(owner, words, at);
}

/** Words of a question of cover or permission: no fact name nor value guessed. */
const COVER_WORD = /^(?:covered|insured|included|excluded|allowed|permitted)[?.!]*$/i;

/** Words saying whether something still holds: no value guessed ("valid", "expired", "in date"). */
const STANDING =
  /^(?:valid|invalid|expired|lapsed|current|active|in\s+date|out\s+of\s+date|in\s+force|overdue|up\s+to\s+date)[?.!]*$/i;

/** `oneCheck` with the guess opening at word `at`. */
function oneCheckAt(
  owner: string,
  words: readonly string[],
  at: number,
): { key: string; guess: string } | undefined {
  const name = words.slice(0, at);
  let value = words.slice(at);
  if (/^(?:still|really|actually|definitely|now|maybe|perhaps|probably|possibly)$/i.test(value[0]!))
    value = value.slice(1);
  if (name.length === 0 || value.length === 0 || name.some((word) => NOT_NAME.test(word))) return undefined;
  // "is my locker 12 or 21?": two guesses are no check.
  if (value.some((word) => /^or$/i.test(word))) return undefined;
  // "is my laptop covered if I drop it?", "is my bike worth 1500 covered?": whether a policy covers
  // it, asked of the documents, not a remembered value guessed (S38 B8).
  if ([...name, ...value].some((word) => COVER_WORD.test(word))) return undefined;
  // "is the washing machine still under warranty?": where or how it is, no value guessed (k20).
  if (NOT_NAME.test(value[0]!)) return undefined;
  // "is the home insurance still valid?": whether it still holds, which a date decides (the
  // documents', validity.ts), never a value to invite keeping unchecked (S45).
  if (STANDING.test(value.join(' '))) return undefined;
  const key = /^(?:my|our|the)$/i.test(owner) ? name.join(' ') : `${owner} ${name.join(' ')}`;
  return { key, guess: value.join(' ') };
}

/** Units a guess may leave out and still mean the stored value ("-18" for "-18°C", "70" for "70 kg"). */
const UNIT =
  /^(?:°|º|c|f|k|%|£|\$|€|¥|₹|kg|g|mg|lb|lbs|oz|st|km|m|cm|mm|mi|miles?|ft|in|l|ml|mph|kph|kmh|h|hrs?|mins?|s|secs?|kwh|w|kw|v|degrees?|celsius|fahrenheit|euros?|pounds?|dollars?|gbp|usd|eur)$/;

/**
 * The tokens a value is compared by: NFKC, lowercase, a leading "a/an/the" and ending ".!" left
 * out, thousands separators and ".00" dropped from amounts ("£1,250.00" → "£", "1250"); numbers
 * ("-18", "0042", kept as written: a PIN's leading zeros count), words, and single symbols.
 */
function valueTokens(text: string): string[] {
  const plain = text
    .normalize('NFKC')
    .toLowerCase()
    .trim()
    .replace(/[.!]+$/, '')
    .replace(/^(?:a|an|the)\s+/, '')
    .replace(/(\p{N}),(?=\p{N}{3}(?!\p{N}))/gu, '$1')
    .replace(/(\p{N})\.0+(?!\p{N})/gu, '$1');
  return plain.match(/(?:(?<![\p{L}\p{N}])-)?\p{N}+(?:\.\p{N}+)?|\p{L}+|[^\s\p{L}\p{N}]/gu) ?? [];
}

/**
 * How a guess compares with a stored value, the way a person means it: `same` when they say the
 * same apart from case, spacing, thousands separators, ".00", an article, or a unit or degree sign
 * the guess leaves out ("KR5521X" for "KR 5521X", "£1250" for "£1,250.00", "-18" for "-18°C");
 * `differs` when a number differs or the guess says something the stored value does not;
 * `unsure` when the stored value says more than a unit ("1250" for "£1,250.00 per month") or the
 * same in another order: the stored value is said, without yes or no. A secret (`secret`) is
 * `same` only when written the same (case counts; digits-only codes may differ in spacing).
 */
function compareValue(stored: unknown, guess: string, secret: boolean): 'same' | 'differs' | 'unsure' {
  const storedText = String(stored).normalize('NFKC').trim();
  const guessText = guess.normalize('NFKC').trim();
  if (secret) {
    const digits = /^[\p{N}\s-]+$/u;
    if (digits.test(storedText) && digits.test(guessText))
      return storedText.replace(/[\s-]/g, '') === guessText.replace(/[\s-]/g, '') ? 'same' : 'differs';
    return storedText.replace(/[.!]+$/, '') === guessText.replace(/[.!]+$/, '') ? 'same' : 'differs';
  }
  const kept = valueTokens(storedText);
  const said = valueTokens(guessText);
  if (kept.join(' ') === said.join(' ')) return 'same';
  // "are my locker 12 and weight 70?": a list guessed against a value that is none may hold
  // another check, so it is not judged.
  const list = /\band\b|[,&+]/i;
  if (list.test(guessText) && !list.test(storedText)) return 'unsure';
  const isNumber = (token: string) => /\p{N}/u.test(token);
  if (kept.filter(isNumber).join(' ') !== said.filter(isNumber).join(' ')) {
    // "-18" and "18": a sign apart is another number.
    return 'differs';
  }
  const extra = [...kept];
  for (const token of said) {
    const at = extra.indexOf(token);
    if (at < 0) return 'differs';
    extra.splice(at, 1);
  }
  if (extra.length === 0) return 'unsure';
  return extra.every((token) => UNIT.test(token)) ? 'same' : 'unsure';
}

/**
 * A check as the audit keeps it: a guess at a secret (`isSecretFact` of the name asked or of the
 * guess itself: "is my bank PIN 1357?", "is my visa 4111 1111 1111 1111?") as `WITHHELD`, right or
 * wrong, as a secret's value is when it is remembered.
 */
function withheldGuess(check: Record<string, unknown>): Record<string, unknown> {
  return typeof check.key === 'string' && 'guess' in check && isSecretFact(check.key, check.guess)
    ? { ...check, guess: WITHHELD }
    : check;
}

export const memoryRecall = defineTool({
  name: 'memory_recall',
  title: 'Recall a fact',
  description:
    'Look up a remembered fact by its key; tolerant of wording and typos ("bike lock code" finds "my bike lock code"). Returns the best match and close alternatives.',
  risk: 'read',
  input: z.object({
    key: text(200, 'key').describe('What to look up, e.g. "bike lock code".'),
    guess: text(500, 'guess')
      .optional()
      .describe(
        'A value to check the fact against ("is my locker 12?"): the answer says yes or no. A secret (PIN, password, code…) guessed wrong is never shown.',
      ),
    more: z
      .array(z.object({ key: text(200, 'key'), guess: text(500, 'guess') }))
      .max(4)
      .optional()
      .describe(
        'Further checks asked in the same question ("is my door code 7781 and is my locker 12?"), with `guess`: each answered in turn.',
      ),
  }),
  output: recallOutputWithMore,
  // A guess at a secret is never in the audit.
  recorded: (input) => {
    const checked = withheldGuess(input);
    return Array.isArray(input.more)
      ? {
          ...checked,
          more: input.more.map((each: unknown) =>
            each && typeof each === 'object' ? withheldGuess(each as Record<string, unknown>) : each,
          ),
        }
      : checked;
  },
  examples: [
    'what is my {key}',
    'what is the {key}',
    "what's my {key}",
    'recall {key}',
    'recall my {key}',
    'do you remember my {key}',
    'tell me my {key}',
    'look up {key}',
    'what was the {key}',
    'what was my {key} again',
    'do you know my {key}',
    'remind me what my {key} is',
    'where is my {key}',
    'when is my {key}',
    'who is my {key}',
    'what do you know about {key}',
    'tell me about {key}',
    'tell me about my {key}',
    // S26: "show me my email" went to app sharing (show ~ give, as in "give Ann a link to photos").
    'show me my {key}',
    'show my {key}',
  ],
  run({ key, guess, more }, { cartridge }) {
    const store = createMemoryStore(cartridge);
    const found = checkFact(key, guess, store);
    // "omar's phone" said back as "Omar's phone", never "your omar's phone" (m26).
    const owner = found.match
      ? ownerCalled(found.match.label, () => store.list({ limit: 10_000 }))
      : undefined;
    const first = owner ? { ...found, owner } : found;
    // "how old am I?" with "age: 30" and "birthday: 5 February 1988" kept: the birthday answers (S47).
    const born = found.match && guess === undefined ? birthdayAgainst(found.match, store) : undefined;
    if (born) return { ...first, born };
    if (!more?.length || guess === undefined) return first;
    return {
      ...first,
      more: more.map((each) => ({ key: each.key, ...checkFact(each.key, each.guess, store) })),
    };
  },
  describe: (output, { key, guess }) =>
    staleAgeSaid(output) ?? describeChecks(output, key) ?? describeOutput(output, key, guess),
  offline: {
    // "when did I change my locker?", "when was my wifi password last updated?": when the fact was
    // set, from its stored times, then the fact itself (a note's time is the notes' own phrase).
    phrases: [
      {
        // "I forgot my bike lock code", "I can't remember my gate code": the fact is wanted back.
        pattern: FORGOT_MINE,
        input: (match) => {
          const key = (match[1] ?? '').trim();
          return key ? { key } : undefined;
        },
        reply: (output, { key }) => ({
          answer: output.match
            ? factSentence(output.match)
            : output.ambiguous
              ? whichOfOutput(output, key)
              : nothingFor(key, output.alternatives),
          status: !output.match && output.ambiguous ? 'needs_input' : 'done',
        }),
      },
      {
        // "how many kids do I have?", "how many pets have we got?": the people of the group, counted (S44).
        pattern: HOW_MANY,
        question: true,
        input: (match) => ({ key: match[1]!.toLowerCase() }),
        reply: (output, { key }) => ({ answer: howManySaid(output, key), status: 'done' }),
      },
      {
        // "show me my wifi password": a secret by name, looked up (a kind in the plural is a list).
        pattern: SHOW_SECRET,
        question: true,
        input: (match) => {
          const key = (match[1] ?? '').trim();
          return key && namesSecret(key) && !SECRETS.test(match[0]) ? { key } : undefined;
        },
        reply: (output, { key }) => ({
          answer: describeRecall(output, key),
          status: !output.match && output.ambiguous ? 'needs_input' : 'done',
        }),
      },
      {
        pattern: CHECK,
        question: true,
        input: checkInput,
        reply: (output, input) => checkReply(output, input),
      },
      {
        // "so my garage code is 9999 right?", "my PIN is 1234, isn't it?": a check, never a recall
        // (a secret guessed wrong is not shown).
        pattern: TAGGED_CHECK,
        question: true,
        input: (match) => saidCheck(match[1]!, match[2]!, match[3]!),
        reply: (output, input) => checkReply(output, input),
      },
      {
        // "did I set my PIN to 1234?": the same check.
        pattern: SET_CHECK,
        question: true,
        input: (match) => saidCheck(match[1]!, match[2]!, match[3]!),
        reply: (output, input) => checkReply(output, input),
      },
      {
        // "did I tell you my shed code is 3333?": the same check; nothing kept is said as a no.
        pattern: TOLD_CHECK,
        question: true,
        input: (match) => saidCheck(match[1]!, match[2]!, match[3]!),
        reply: (output, input) => checkReply(output, input, true),
      },
      {
        pattern: WHEN_CHANGED,
        question: true,
        input: (match) => {
          const key = (match[1] ?? match[2] ?? match[3] ?? '').trim().replace(/^(?:my|the|our)\s+/i, '');
          return !key || /\bnotes?$/i.test(key) || /^(?:it|that|this|them|those|these)$/i.test(key)
            ? undefined
            : { key };
        },
        reply: (output, { key }) => {
          const { match, typo } = output;
          if (!match)
            return {
              answer:
                output.ambiguous && !output.alternatives.every(({ score }) => score === 1)
                  ? whichOfOutput(output, key)
                  : nothingFor(key, output.alternatives),
              status: output.ambiguous ? 'needs_input' : 'done',
            };
          const took = typo ? `I took "${key}" to mean "${typo}". ` : '';
          const subject = factSubject(match.label).replace(/^(?:Your|Our|The)\b/, (word) =>
            word.toLowerCase(),
          );
          const when =
            match.updatedAt > match.createdAt
              ? `You last changed ${subject} on ${whenSaid(match.updatedAt)} (first told ${whenSaid(match.createdAt)}).`
              : `You told me ${subject} on ${whenSaid(match.createdAt)} and have not changed it since.`;
          return { answer: `${took}${when} ${factSentence(match)}`, status: 'done' };
        },
      },
    ],
    slots: { key: memoryKeyCheck },
    questions: { key: () => 'What should I look up? For example "what is my bike lock code?"' },
    samples: { key: 'my bike lock code' },
    everyday: true,
    // Several facts fit and none is picked: the answer asks which.
    asksBack: (output) => !output.match && output.ambiguous === true,
    // Nothing under that name: other tools' answers try it (every word in one fact's name, a
    // setting, the notes); near facts about something else are said as such.
    // "is the rent more than 18000?" answered from "rent": the documents are asked "what is my rent?" (S46).
    checkedAs: ({ guessed, match }) =>
      guessed && match && !guessed.withheld && !isSecretFact(match.label, match.value)
        ? `what is ${/^(?:my|our|the)\s|['’]s?\s/iu.test(match.label) ? '' : 'my '}${match.label}?`
        : undefined,
    foundNothing: (output, { key }) =>
      // Found, or several fit (the answer lists them and asks which): no other tool guesses one.
      output.found || output.ambiguous
        ? undefined
        : {
            query: key,
            // Said before another store's answer only when memory holds something near (x29).
            ...(output.alternatives.length > 0
              ? {
                  lead: `I have nothing remembered as "${key}" (near: ${joinNames(
                    output.alternatives.slice(0, 3).map(({ label }) => `"${label}"`),
                  )})`,
                }
              : {}),
            reply:
              output.alternatives.length > 0
                ? `${nothingFor(key, output.alternatives)} No note mentions it either.`
                : `I don't have anything remembered about ${key}, and no note mentions it. I answer from what you have told me (and cannot look things up online)${
                    // "what is 5": a number is not the name of a fact, so no "remember that 5 is …".
                    /\p{L}/u.test(key) ? `; to teach me, say "remember that ${key} is …".` : '.'
                  }`,
          },
  },
});

/** `recallFact`, then, with a guess, yes or no; a secret guessed wrong keeps its value to itself. */
function checkFact(
  key: string,
  guess: string | undefined,
  store: ReturnType<typeof createMemoryStore>,
): RecallOutput {
  let found = recallFact(key, store);
  // "is my car plate kr 5521x?": the check read "kr" as part of the name. With no fact of that
  // name but one named without its last word(s) ("car plate"), those words open the guess.
  if (guess !== undefined && !found.match && !found.ambiguous) {
    const words = key.split(/\s+/);
    for (let cut = 1; cut <= Math.min(2, words.length - 1); cut++) {
      const shorter = recallFact(words.slice(0, -cut).join(' '), store);
      if (shorter.match && shorter.score === 1) {
        found = shorter;
        guess = `${words.slice(-cut).join(' ')} ${guess}`;
        break;
      }
    }
  }
  if (guess === undefined || !found.match) return found;
  const { label } = found.match;
  const secret = isSecretFact(label, found.match.value);
  const compared = compareValue(found.match.value, guess, secret);
  const right = compared === 'same';
  const withheld = !right && secret;
  return {
    ...found,
    ...(withheld ? { match: null, alternatives: [] } : {}),
    guessed: { right, label, withheld, ...(compared === 'unsure' ? { unsure: true } : {}) },
  };
}

/**
 * One part of a question with several checks: its answer, or, with nothing kept under `key`,
 * that it is not kept (near facts said as such).
 */
function describeCheck(output: RecallOutput, key: string): string {
  if (output.guessed || output.match) return describeOutput(output, key);
  return output.ambiguous && !output.alternatives.every(({ score }) => score === 1)
    ? whichOfOutput(output, key)
    : nothingFor(key, output.alternatives);
}

/** Every part of a question with several checks, answered in turn; undefined with one check. */
function describeChecks(output: RecallOutput & { more?: (RecallOutput & { key: string })[] }, key: string) {
  if (!output.more?.length) return undefined;
  return [describeCheck(output, key), ...output.more.map((part) => describeCheck(part, part.key))].join(' ');
}

/** The fact named `key`, near facts, or the one stored name it is a typo of (see `memoryRecall`). */
function recallFact(
  key: string,
  store: ReturnType<typeof createMemoryStore>,
  respelled = false,
): RecallOutput {
  const matches = store.recall(key);
  // Every kept fact, read at most once however many of the fallbacks below look through them.
  let kept: ReturnType<typeof store.list> | undefined;
  const everyFact = () => (kept ??= store.list({ limit: 10_000 }));
  // Only a fact about what was asked answers; near facts ("my brother's …" for "my sister's …")
  // are alternatives, said as such.
  const twins = matches.filter(({ score }) => score === 1).length > 1;
  // Several facts fit and none is named exactly ("room key": "room 10 key", "room 101 key";
  // "PIN": "📱 PIN", "💳 PIN"): none answers as if sure; they are listed and which is asked.
  const fitting = matches.filter(({ fits }) => fits);
  if (!twins && fitting.length > 1 && matches[0]?.score !== 1)
    return {
      found: false,
      match: null,
      score: 0,
      ambiguous: true,
      alternatives: fitting.map(({ entry, score }) => ({
        key: entry.key,
        label: entry.label,
        value: entry.value,
        score,
      })),
    };
  // "what's my password?" with the wifi password, the bank PIN and the gym combo kept: several of
  // the person's own secrets fit and none is named, so which one is asked, no value said (m22).
  const own = matches[0]?.score === 1 || twins ? undefined : ownSecretsFitting(key, everyFact());
  if (own && own.length > 1)
    return {
      found: false,
      match: null,
      score: 0,
      ambiguous: true,
      alternatives: own.map(({ key, label }) => ({ key, label, score: 0.5, withheld: true })),
    };
  let best = matches[0]?.sameSubject && !twins ? matches[0] : undefined;
  // "what's my router?" with "password for the router" stored: a secret is said only when asked
  // for by a name that says it is one (or by its own name); else it is named, its value withheld.
  // "what's my password" with "Netflix pw" stored: a secret kept under another word is named and
  // asked for by its name, never said (S28).
  if (
    best &&
    best.score < 1 &&
    !(namesSecret(key) && secretWordsNamed(key, best.entry.label)) &&
    isSecretFact(best.entry.label, best.entry.value)
  )
    best = undefined;
  // "social security number" with "SSN" kept (S28): the secret's other spelling, when it is found.
  const other = best || twins || respelled ? undefined : otherSpelling(key);
  if (other) {
    const again = recallFact(other, store, true);
    if (again.found) return again;
  }
  // "what is my adress?": a misspelt common word is looked up as the word it misspells (m22).
  const respelt = best || twins || respelled ? undefined : respeltName(key);
  if (respelt && respelt !== key) {
    const again = recallFact(respelt, store, true);
    if (again.found) return again;
  }
  // "when is lenas birthday?", "omars phone number": a known person's name said without its
  // apostrophe is their possessive (m26).
  const possessive = best || twins || respelled ? undefined : namePossessive(key, everyFact());
  if (possessive) {
    const again = recallFact(possessive, store, true);
    if (again.found) return again;
  }
  // "what's my wife's email?" with "Priya's email" and "wife's name: Priya" kept: the same person
  // named another way (m22); never a person two could be ("Tom": brother Tom, coworker Tom).
  // "who is Priya?" with "Priya's email" kept beside "wife's name: Priya": who she is answers
  // (a fact about her as a whole, "boss Priya: strict", still answers "what is Priya like?").
  // "who are my kids?", "what are the children's names?" with son Leo and daughter Mia kept: both (m25).
  const group = twins || best?.score === 1 ? undefined : groupNamed(key, everyFact());
  if (group)
    return {
      found: true,
      match: null,
      score: 0.9,
      alternatives: [],
      people: group.map(({ relation, name }) => `${relation} ${name}`),
    };
  // "what are the kids allergic to?", "my kids' birthdays": each child's fact, asked in turn (m25).
  const asked = twins || best?.score === 1 ? undefined : GROUP_ASKED.exec(key.trim());
  const members = asked ? groupNamed(asked[1]!, everyFact()) : undefined;
  if (asked && members && !/^(?:(?:first|full)\s+)?names?$/i.test(asked[3]!)) {
    const owner = asked[2]!.trim() ? "'s" : '';
    const facts = members.flatMap((member) => {
      const alone = members.filter(({ relation }) => relation === member.relation).length === 1;
      const fact = [member.name, ...(alone ? [member.relation] : [])]
        .map((who) => memberFact(member, recallFact(`${who}${owner} ${asked[3]!}`, store, true), asked[3]!))
        .find(Boolean);
      return fact ? [fact] : [];
    });
    if (facts.length)
      return {
        found: true,
        match: null,
        score: 0.9,
        people: members.map(({ relation, name }) => `${relation} ${name}`),
        alternatives: facts.map(({ key, label, value }) =>
          isSecretFact(label, value)
            ? { key, label, score: 0.9, withheld: true }
            : { key, label, value, score: 0.9 },
        ),
      };
  }
  // "what's Sam's number?" with brother Sam and coworker Sam Patel kept: which Sam is asked, with
  // what is kept about each; never nothing, never one guessed (m25).
  const several =
    twins || best?.score === 1 || !personName(key)?.name
      ? undefined
      : peopleNamed(key, everyFact(), (name) => store.get(name));
  if (several)
    return {
      found: false,
      match: null,
      score: 0,
      ambiguous: true,
      people: several.people,
      alternatives: several.facts.map(({ key, label, value }) =>
        isSecretFact(label, value)
          ? { key, label, score: 0.9, withheld: true }
          : { key, label, value, score: 0.9 },
      ),
    };
  const byName =
    !twins &&
    (!best || (best.score < 1 && personName(key)?.rest === '' && personName(best.entry.label)?.rest !== ''));
  const known = byName ? everyFact() : [];
  const person = byName ? samePersonFact(key, known, (name) => store.get(name), true) : undefined;
  if (person) return { found: true, match: person, score: 0.9, alternatives: [] };
  // "where does my dad live?" (asked as "dad's home") with "dad's address" or "Bill's address"
  // kept; "where does Tom work?" with "Tom's employer" (m23).
  for (const name of byName && !best ? personQuestionNames(key) : []) {
    const found = store.get(name) ?? samePersonFact(name, known, (other) => store.get(other), true);
    if (found) return { found: true, match: found, score: 0.9, alternatives: [] };
  }
  // "where does my wife work?" with "wife's job: pharmacist at Lincs Pharmacy" kept (s44).
  const placedJob =
    byName && !best
      ? personJobWithPlace(key, (name) => jobFact(name, known, (n) => store.get(n)))
      : undefined;
  if (placedJob) return { found: true, match: placedJob, score: 0.9, alternatives: [] };
  // "what does Priya do?" (asked as "Priya's job") with "wife: a nurse" and "wife's name: Priya"
  // kept, "my sister's job" with "sister works: an accountant" (m29).
  const job = byName && !best ? jobFact(key, known, (name) => store.get(name)) : undefined;
  if (job) return { found: true, match: job, score: 0.9, alternatives: [] };
  // "where do I live?" (asked as "home") with no home kept but an address ("address", "home
  // address", an old misspelt "adress"), "where do I work?" with an "employer": that fact
  // answers; two are listed and which is asked (m22).
  const others = best || twins ? [] : ownFactsFor(key, everyFact());
  if (others.length === 1) return { found: true, match: others[0]!, score: 0.9, alternatives: [] };
  // "where do I work?" with no workplace kept but "job: engineer at Fenland Water" (s44).
  const placed = best || twins || others.length ? undefined : jobWithPlace(key, everyFact());
  if (placed) return { found: true, match: placed, score: 0.9, alternatives: [] };
  if (others.length > 1)
    return {
      found: false,
      match: null,
      score: 0,
      ambiguous: true,
      alternatives: others.map(({ key, label, value }) => ({ key, label, value, score: 0.9 })),
    };
  // Nothing fits, but one stored name is the key mistyped ("gim locker cod"): that fact, said so.
  const mistyped = best || twins ? undefined : typoMatch(key, known);
  if (mistyped)
    return {
      found: true,
      match: mistyped,
      score: 0.5,
      alternatives: [],
      typo: mistyped.label,
    };
  // "wifi network name" beside "wife name": a near fact shares a word of substance with the key,
  // never only "name" or a word one letter away (S44).
  const rest = (best ? matches.slice(1) : matches).filter(({ entry }) => sharesContentWord(key, entry.label));
  // "who is my partner?" with only "wife: Priya" kept: another word for a partner is never taken
  // as the one asked, but the wife is said as a near fact (m25).
  const akin = best || twins ? [] : partnerFacts(key, everyFact());
  for (const entry of akin)
    if (!rest.some((near) => near.entry.key === entry.key))
      rest.push({ entry, score: 0.5, fits: false, sameSubject: false });
  return {
    found: Boolean(best),
    ...(twins ? { ambiguous: true } : {}),
    match: best?.entry ?? null,
    score: best?.score ?? 0,
    // "what is my bank?" with "bank PIN" stored: the PIN is named, its value never given; nor is
    // any secret's ("wifi password", "bank PIN" for "what's my card PIN?") that was not asked for.
    alternatives: rest.map(({ entry, score }) =>
      attributeWithheld(key, entry.label) || (score < 1 && isSecretFact(entry.label, entry.value))
        ? { key: entry.key, label: entry.label, score, withheld: true }
        : { key: entry.key, label: entry.label, value: entry.value, score },
    ),
  };
}

/**
 * "Your kids: Leo (son) and Mia (daughter)." for a group; "Two people are called Sam: your
 * brother Sam and your coworker Sam Patel. …" asking which, for a name several people share.
 */
function describePeople(
  { people, alternatives, ambiguous }: Pick<RecallOutput, 'people' | 'alternatives' | 'ambiguous'>,
  key: string,
): string | undefined {
  if (!people?.length) return undefined;
  const split = (person: string) => {
    const said = personName(person);
    return { relation: said?.relation ?? '', name: said?.name ?? person };
  };
  if (!ambiguous && alternatives.length)
    return endSentence(
      `For your ${key.replace(/^(?:my|our|the)\s+/i, '').split(/['’\s]/)[0]}: ${alternatives.map(listedFact).join('; ')}`,
    );
  if (!ambiguous) {
    const word = (key.replace(/^(?:my|our|the)\s+/i, '').split(/\s+/)[0] ?? key).replace(/['’]s?$/u, '');
    return `Your ${word}: ${joinNames(people.map((person) => `${split(person).name} (your ${split(person).relation})`))}.`;
  }
  // "sam's number": the name said as a name ("Sam").
  const name = (personName(key)?.name ?? key).replace(/(?<=^|\s)\p{Ll}/gu, (first) => first.toUpperCase());
  const rest = personName(key)?.rest;
  // "who is Sam?": who each is is the answer; "Sam's number": what is kept about each, too.
  const kept =
    rest && alternatives.length ? ` ${endSentence(`I have ${alternatives.map(listedFact).join('; ')}`)}` : '';
  const first = split(people[0]!);
  const example = rest ? `my ${first.relation}'s ${rest}` : `who is my ${first.relation}?`;
  return `${people.length === 2 ? 'Two' : people.length} people are called ${name}: ${joinNames(
    people.map((person) => `your ${person}`),
  )}.${kept} Which one do you mean? Ask with their relation or full name, like "${example}".`;
}

/** A group's fact: "kids allergic to", "kids' birthdays"; group 1 the group, 2 its possessive, 3 what is asked. */
const GROUP_ASKED =
  /^(?:(?:my|our|the)\s+)?(kids|children|grandkids|grandchildren|parents|grandparents|siblings)((?:['’]s?)?\s)\s*(\S.*)$/iu;

/**
 * One group member's fact from a lookup of it (`found`): the fact named, or a near one about the
 * member whose name says the same thing ("Leo's allergy" for "Leo allergic to": the same stem).
 */
function memberFact(
  member: { relation: string; name: string },
  found: RecallOutput,
  asked: string,
): { key: string; label: string; value?: unknown } | undefined {
  if (found.match) return found.match;
  const stem = (words: string) =>
    words
      .toLowerCase()
      .replace(/^(?:is|are|was|were)\s+/, '')
      .slice(0, 5);
  return found.alternatives.find(({ label, withheld }) => {
    const said = personName(label);
    if (withheld || !said?.rest || stem(asked).length < 4 || stem(said.rest) !== stem(asked)) return false;
    return said.name
      ? said.name.toLowerCase() === member.name.toLowerCase()
      : said.relation === member.relation;
  });
}

/** Words for the person one lives with as a couple: near each other, never the same (m25). */
const PARTNERS = new Set([
  'partner',
  'wife',
  'husband',
  'spouse',
  'boyfriend',
  'girlfriend',
  'fiance',
  'fiancee',
]);

/** The facts kept under another partner word with the same rest ("wife's phone" for "partner's phone"). */
function partnerFacts(key: string, known: readonly MemoryEntry[]): MemoryEntry[] {
  const said = personName(key);
  if (!said?.relation || said.name || !PARTNERS.has(said.relation)) return [];
  const rest = said.rest.toLowerCase();
  return known.filter((entry) => {
    const kept = personName(entry.label);
    return (
      kept?.relation !== undefined &&
      kept.relation !== said.relation &&
      PARTNERS.has(kept.relation) &&
      kept.rest.toLowerCase() === rest &&
      kept.owner === said.owner
    );
  });
}

/** The answer to a lookup with no guess. */
function describeRecall(
  { match, alternatives, typo, ambiguous, people, owner }: Omit<RecallOutput, 'found' | 'score' | 'guessed'>,
  key: string,
): string {
  const said = describePeople({ people, alternatives, ambiguous }, key);
  if (said) return said;
  if (!match && ambiguous && !alternatives.every(({ score }) => score === 1))
    return whichOf(key, alternatives);
  if (!match) return nothingFor(key, alternatives);
  const took = typo ? `I took "${key}" to mean "${typo}". ` : '';
  const works = typo ? undefined : workplaceSentence(key, match);
  if (works) return works;
  // "mum's birthday" asked with "mom's birthday" kept: said in the asker's word.
  const told = { ...match, label: relationAsAsked(match.label, key) };
  return `${took}${linkedToName(ownerSaid(factSentence(told), owner), match, key)}`;
}

/**
 * An answer about a person asked by name and found under their relation, said with both (m29):
 * "who is Anya?" → "Anya is your sister."; "what does Priya do?" → "Priya (your wife) is a
 * nurse.".
 */
function linkedToName(sentence: string, match: { label: string; value?: unknown }, key: string): string {
  const asked = personName(key);
  const kept = personName(match.label);
  // "omars phone" (no apostrophe) names Omar, not "Omars": said as before.
  if (!asked?.name || asked.relation || !kept?.relation || kept.name || (!asked.owner && asked.rest))
    return sentence;
  const name = asked.name.replace(/^\p{Ll}/u, (first) => first.toUpperCase());
  const value = String(match.value ?? '').trim();
  const says =
    (kept.rest === '' || /^(?:first\s+|full\s+)?name$/i.test(kept.rest)) &&
    folded(value).startsWith(folded(asked.name));
  // The relation as the person said it ("stepmom", "dad"), not as it is read ("stepmother").
  const bare = match.label.trim().replace(/^(?:my|our)\s+/i, '');
  const word = bare.toLowerCase().startsWith(kept.relation) ? kept.relation : bare.split(/['’\s]/)[0]!;
  // "wife name: Orla and she's a pharmacist" (a sentence kept whole) says "Orla", not all of it (s44).
  const whole = /^\p{L}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*){0,2}$/u.test(value) ? value : name;
  if (asked.rest === '' && says)
    return `${whole.replace(/^\p{Ll}/u, (first) => first.toUpperCase())} is your ${word}.`;
  return nameLinked(sentence, { relation: kept.relation, name });
}

/** The answer to a lookup: with a guess, yes or no ("Yes, your locker is 12."); else the fact. */
function describeOutput(output: RecallOutput, key: string, guess?: string): string {
  const { match, typo, guessed } = output;
  if (!guessed) return describeRecall(output, key);
  const took = typo ? `I took "${key}" to mean "${typo}". ` : '';
  if (guessed.withheld || !match) {
    const subject = factSubject(guessed.label);
    return `${took}No, that is not ${subject.replace(/^(?:Your|Our|The)\b/, (word) => word.toLowerCase())}.`;
  }
  // "Your locker is 12." said after "Yes, " / "No: " as "your locker is 12." ("Anna's …" keeps its case).
  const sentence = factSentence(match).replace(/^(?:Your|Our|The|You)\b/, (word) => word.toLowerCase());
  // "is my rent 1250?" with "£1,250.00 per month": not surely yes nor no, so the value is said.
  if (guessed.unsure) return `${took}${factSentence(match)}`;
  // "is my pet a dog?" with "pet: a tortoise": one pet kept does not rule out a dog (S46).
  if (!guessed.right && guess && OPEN_ENDED.test(match.label) && !isSecretFact(match.label, match.value))
    return `${took}${onlyKnown(factSentence(match), `${guess.trim()} is one too`)}`;
  return `${took}${guessed.right ? 'Yes, ' : 'No: '}${sentence}`;
}

/** Words too general to make a fact near another: "name", "number", "address", and joiners. */
const GENERAL = new Set([
  'name',
  'number',
  'address',
  'my',
  'our',
  'the',
  'a',
  'an',
  'of',
  'for',
  'to',
  'in',
  's',
]);

/** A word folded for comparing: lower-cased, without an owner's "'s" or a plural "s". */
const foldedWord = (word: string) =>
  word
    .toLowerCase()
    .replace(/['’]s?$/u, '')
    .replace(/(?<=\p{L}{3})s$/u, '');

/**
 * Whether a stored fact's name shares a word of substance with the key asked: "bike lock pin"
 * with "bike lock code" does, "wife name" with "wifi network name" does not ("name" is general).
 */
export function sharesContentWord(key: string, label: string): boolean {
  const words = (text: string) =>
    text
      .split(/[^\p{L}\p{N}'’]+/u)
      .map(foldedWord)
      .filter((word) => word && !GENERAL.has(word));
  const asked = new Set(words(key));
  // "name", "address" asked alone: any name, any address kept is near ("middle name", "old address").
  if (asked.size === 0) return true;
  return words(label).some((word) => asked.has(word)) || sameOwnerNamed(key, label);
}
