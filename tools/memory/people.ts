/**
 * One person, named three ways (m22): by relation ("my brother's phone"), by name ("Tom's
 * phone") or both ("my brother Tom's phone"). Who is who is read from the facts kept: a name fact
 * ("wife's name: Priya") or a name said after its relation ("brother Tom's phone", "son Leo").
 * A fact about a person is found (and, when it is written again under another of their names,
 * asked about) whichever way they are named; two people are never one: a name or a relation that
 * fits two people ("Tom": brother Tom and coworker Tom) resolves to nobody, and a relation with no
 * name known ("my sister") only ever finds what is kept under it.
 */

import { SAME_OWNER } from '../../cartridge/text-similarity.js';
import type { MemoryEntry } from './schemas.js';
import { normaliseKey } from './store.js';

/** Relations a person is named by; a pet is named like one ("dog Bruno"). */
/** The pets a fact may be about, as a person's relation is ("rabbit name: Pip", S44 #9). */
const PET_KINDS =
  'dog cat rabbit bunny puppy kitten hamster gerbil ferret parrot budgie tortoise turtle snake lizard pony horse goldfish'.split(
    ' ',
  );

const RELATIONS = new Set(
  [
    ...PET_KINDS,
    'mother father parent sister brother sibling wife husband spouse son daughter partner boyfriend girlfriend fiance fiancee friend boss manager grandmother grandfather aunt auntie uncle cousin niece nephew neighbour neighbor colleague coworker roommate flatmate housemate landlady landlord dog cat',
    // m23: the other people one's facts are about.
    'ex stepmother stepfather stepsister stepbrother stepson stepdaughter grandson granddaughter godmother godfather godson goddaughter bestie',
    'mother-in-law father-in-law sister-in-law brother-in-law son-in-law daughter-in-law',
  ]
    .join(' ')
    .split(' '),
);

/** Jobs said as "I'm a …" that are surely a job (a bare "I'm a fan" is not). */
const JOBS = new Set(
  'nurse doctor teacher engineer developer programmer designer architect lawyer solicitor barrister accountant dentist pharmacist vet veterinarian chef cook baker butcher plumber electrician carpenter builder mechanic pilot firefighter paramedic midwife surgeon scientist researcher professor lecturer student journalist writer author editor photographer artist musician actor actress farmer driver cleaner carer caregiver waiter waitress bartender barista cashier manager consultant analyst banker economist librarian translator interpreter therapist psychologist psychiatrist physiotherapist optician receptionist secretary tailor hairdresser barber gardener soldier officer sailor policeman policewoman detective judge priest vicar rabbi imam minister councillor civil servant retiree pensioner'.split(
    ' ',
  ),
);

/** Whether `word` is a job ("nurse", "accountant"; m29: shared by the planner and recall). */
export const isJobWord = (word: string): boolean => JOBS.has(word.toLowerCase());

/** A value that says a job: "a nurse", "an accountant", "as a nurse", "a school nurse" (m29). */
export function isJobValue(value: unknown): boolean {
  const words = String(value)
    .trim()
    .replace(/^as\s+/i, '')
    .split(/\s+/);
  return words.length >= 2 && words.length <= 4 && /^an?$/i.test(words[0]!) && isJobWord(words.at(-1)!);
}

/** Relations said in two words, read as one ("best friend Sam's phone"). */
const TWO_WORD_RELATION = /^(best|close|old)\s+(friend(?:['’]s?)?)$/i;

/** Every relation word as a regular-expression alternation ("mother|father|…|mum|…"), to read "João's father". */
export const RELATION_WORDS = [...RELATIONS, ...Object.keys(SAME_OWNER)]
  .sort((a, b) => b.length - a.length)
  .join('|');

/** A name that opens with a relation ("brother Tom's …", "my wife's name"): one cheap test per stored name. */
const OPENS_WITH_RELATION = new RegExp(
  `^(?:(?:my|our)\\s+)?(?:(?:best|close|old)\\s+)?(?:${RELATION_WORDS})(?:['’]s?)?(?:\\s|$)`,
  'i',
);

/** A person's name as said in a fact's name: a capitalised word, with its possessive. */
const NAME = /^(\p{Lu}[\p{Ll}\p{M}-]*)(['’]s?)?$/u;

/** `NAME`, or a word in lower case where a name may be typed so. */
const ANY_NAME = /^(\p{L}[\p{Ll}\p{M}-]*)(['’]s?)?$/u;

/** A person: their relation (as `SAME_OWNER` says it), their name, or both. */
export interface Person {
  relation?: string;
  name?: string;
}

/** A name split into the person it opens with and the rest ("brother Tom's phone" → brother, Tom, "phone"). */
export interface PersonName extends Person {
  /** What of the person is named ("phone number"); empty when the name is the person ("son Leo"). */
  rest: string;
  /** The person is said as an owner ("Tom's …", "brother's …"), not as a subject ("son allergic to"). */
  owner: boolean;
}

/** The relation a word names ("mum's" → "mother"), or undefined. */
export function relationOf(word: string): string | undefined {
  const bare = word.toLowerCase().replace(/['’]s?$/u, '');
  const two = /^(best|close|old)\u00a0(friend)$/u.exec(bare);
  if (two) return `${two[1]} friend`;
  const said = SAME_OWNER[bare] ?? bare;
  return RELATIONS.has(said) ? said : undefined;
}

/**
 * `label` with the relation it opens with said in `key`'s word, when both name the same relation
 * in other words (S44): "mom's birthday" asked for as "mum's birthday" is said "mum's birthday",
 * "mother's birthday" as asked too; any other `label` is returned as kept.
 */
export function relationAsAsked(label: string, key: string): string {
  const opening = (text: string) => /^(?:(?:my|our)\s+)?(\p{L}+)(?=['’]s?\s|\s|$)/iu.exec(text.trim())?.[1];
  const asked = opening(key);
  const kept = opening(label);
  if (!asked || !kept || asked.toLowerCase() === kept.toLowerCase()) return label;
  const relation = relationOf(kept);
  if (!relation || relationOf(asked) !== relation) return label;
  return label.replace(kept, asked.toLowerCase());
}

/**
 * `key` with a relation's possessive said without its apostrophe written with it (m23): "moms
 * name" → "mom's name", "my sisters birthday" → "my sister's birthday", so it is the same person's
 * fact as "mom's birthday". A group ("parents address") and a name of one word stay as said.
 */
export function withPossessive(key: string): string {
  return key.replace(/^((?:(?:my|our)\s+)?)(\p{Ll}+)s(?=\s+\S)/u, (said, my: string, word: string) =>
    relationOf(word) && !relationOf(`${word}s`) && !/parent$/.test(word) ? `${my}${word}'s` : said,
  );
}

/** The person a fact's name opens with, and the rest of it; undefined when it opens with none. */
export function personName(key: string): PersonName | undefined {
  const words = key.trim().split(/\s+/u);
  let at = /^(?:my|our)$/i.test(words[0] ?? '') ? 1 : 0;
  // "best friend Sam's phone": the two words are one relation.
  const two = TWO_WORD_RELATION.exec(`${words[at] ?? ''} ${words[at + 1] ?? ''}`);
  if (two) words.splice(at, 2, `${two[1]!.toLowerCase()}\u00a0${two[2]!}`);
  const person: Person = {};
  let owner = false;
  const relation = relationOf(words[at] ?? '');
  if (relation && /^\p{Ll}/u.test(words[at]!)) {
    person.relation = relation;
    owner = /['’]s?$/u.test(words[at]!);
    at++;
  }
  // A name is capitalised after a relation ("son Leo"); alone it may be typed in lower case
  // ("who is priya"), which only ever matters for a name some fact says is a person's.
  const name = owner ? null : (person.relation ? NAME : ANY_NAME).exec(words[at] ?? '');
  if (name && relationOf(name[1]!) === undefined) {
    person.name = name[1]!;
    owner = name[2] !== undefined;
    at++;
    // "Sam Patel's number", "who is Sam Patel": a full name of capitalised words is one person
    // (m25); a further capitalised word is only read as part of it when it ends the name or is
    // said as the owner.
    while (!owner && /^\p{Lu}/u.test(person.name) && person.name.split(' ').length < 3) {
      const more = NAME.exec(words[at] ?? '');
      if (!more || relationOf(more[1]!) || (more[2] === undefined && at < words.length - 1)) break;
      person.name = `${person.name} ${more[1]!}`;
      owner = more[2] !== undefined;
      at++;
    }
  }
  if (!person.relation && !person.name) return undefined;
  return { ...person, rest: words.slice(at).join(' '), owner };
}

/** A name fact: "wife's name", "my son's first name", "brother name". */
const NAME_FACT = /^(?:first\s+)?name$/i;

/**
 * The people the kept facts say who they are: a name fact ("wife's name: Priya") and a name said
 * after its relation in a fact's name ("brother Tom's phone", "son Leo"). Each once.
 */
export function knownPeople(facts: readonly { label: string; value?: unknown }[]): Required<Person>[] {
  const people = new Map<string, Required<Person>>();
  const add = (relation: string, name: string) =>
    people.set(`${relation} ${name.toLowerCase()}`, { relation, name });
  for (const { label, value } of facts) {
    if (!OPENS_WITH_RELATION.test(label)) continue;
    const said = personName(label);
    if (!said?.relation) continue;
    if (said.name) add(said.relation, said.name);
    // "wife's name", and "wife name" kept without its apostrophe (s44): both say who she is.
    else if (NAME_FACT.test(said.rest) && typeof value === 'string') {
      const name = NAME.exec(value.trim().split(/\s+/u)[0] ?? '');
      if (name && !name[2]) add(said.relation, fullName(value) ?? name[1]!);
    } else if (!said.owner && said.rest === '' && typeof value === 'string') {
      // "wife: Priya", "coworker: Sam Patel" (kept from "my wife is Priya"): who the relation is (m25).
      const name = fullName(value);
      if (name) add(said.relation, name);
    }
  }
  // "brother: Sam Smith" beside "brother Sam's phone": one brother, by his full name.
  const all = [...people.values()];
  return all.filter(
    (person) =>
      !all.some(
        (other) =>
          other !== person &&
          other.relation === person.relation &&
          other.name.toLowerCase().startsWith(`${person.name.toLowerCase()} `),
      ),
  );
}

/** A value that is a person's name alone, of one to three capitalised words ("Priya", "Sam Patel"). */
function fullName(value: string): string | undefined {
  // "called Peter" (kept from "dad is called Peter"): the name is Peter (m26).
  const words = value
    .trim()
    .replace(/^(?:called|named)\s+/iu, '')
    .split(/\s+/u);
  if (words.length > 3) return undefined;
  return words.every((word) => /^\p{Lu}[\p{Ll}\p{M}-]*$/u.test(word) && !relationOf(word))
    ? words.join(' ')
    : undefined;
}

/**
 * Whether a stored name may say who a relation is, by its value (m25): a name fact ("wife's name")
 * or the relation alone ("wife", kept from "my wife is Priya"). Read only when looking facts up.
 */
export function definesSomeone(label: string): boolean {
  if (mayNameSomeone(label)) return true;
  if (!OPENS_WITH_RELATION.test(label)) return false;
  const said = personName(label);
  return Boolean(said?.relation && !said.name && !said.owner && said.rest === '');
}

/** Whether the name `said` ("Sam", "Sam Patel") names `person`: the same name, or their first name. */
function nameFits(said: string, person: string): boolean {
  const a = folded(said);
  const b = folded(person);
  return a === b || b.startsWith(`${a} `);
}

/** A name in lower case with its Latin accents folded: "Zoë" is "zoe", "José" "jose" (m26). */
export function folded(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFD')
    .replace(/(?<=\p{Script=Latin})\p{Mn}+/gu, '')
    .normalize('NFC');
}

/** Whether a stored name may be a name fact, whose value says who a relation is. */
export function mayNameSomeone(label: string): boolean {
  if (!OPENS_WITH_RELATION.test(label)) return false;
  const said = personName(label);
  return Boolean(said?.relation && !said.name && NAME_FACT.test(said.rest));
}

/** The one person `said` names among `people`; undefined when none or several fit. */
export function whoIs(said: Person, people: readonly Required<Person>[]): Required<Person> | undefined {
  const fits = people.filter(
    (person) =>
      (!said.relation || person.relation === said.relation) &&
      (!said.name || nameFits(said.name, person.name)),
  );
  return fits.length === 1 ? fits[0] : undefined;
}

/**
 * The people a fact's name could be about when its one word for them fits two or more known
 * people ("Tom's birthday" with brother Tom and coworker Tom; "brother's phone" with brother Tom
 * and brother Sam), each said as relation and name; empty when it fits one or none (m23).
 */
export function whichPeople(key: string, people: readonly Required<Person>[]): string[] {
  const said = personName(key);
  if (!said?.rest || !said.owner || (said.relation && said.name)) return [];
  const fits = people.filter(
    (person) =>
      (!said.relation || person.relation === said.relation) &&
      (!said.name || nameFits(said.name, person.name)),
  );
  return fits.length > 1 ? fits.map(({ relation, name }) => `${relation} ${name}`) : [];
}

/**
 * The other names of the fact `key` names, when it names one known person (`whoIs`): "brother
 * Tom's phone" and "Tom's phone" for "brother's phone". A name that is only the person ("Priya",
 * "son Leo") also gives their name fact ("wife's name") first. The key's own name is left out.
 */
export function otherNames(key: string, people: readonly Required<Person>[], akin = false): string[] {
  const said = personName(key);
  if (!said) return [];
  const person = whoIs(said, people);
  if (!person) return [];
  const names = namesOf(person, said, akin);
  const own = key
    .trim()
    .toLowerCase()
    .replace(/^(?:my|our)\s+/u, '');
  return names.filter((each) => each.toLowerCase() !== own);
}

/** Words for a phone number, each kept as the others may be asked ("Omar's phone" for "husband's phone number"). */
const PHONE_WORDS = ['phone', 'phone number', 'number', 'mobile', 'mobile number', 'cell', 'cell number'];

/**
 * What of a person `rest` asks for, said as their fact may be kept (m26): the words themselves,
 * every word for a phone number for one of them, and "allergy"/"allergies" for "allergic to"
 * ("what is my daughter allergic to?" with "Lena's allergy" kept).
 */
function restsOf(rest: string, owner: boolean, akin: boolean): string[] {
  const said = rest.toLowerCase();
  if (!akin) return owner ? [rest] : [];
  if (owner && PHONE_WORDS.includes(said)) return [rest, ...PHONE_WORDS.filter((word) => word !== said)];
  if (/^(?:(?:is|are)\s+)?allergic(?:\s+to)?$/.test(said)) return ['allergy', 'allergies'];
  return owner ? [rest] : [];
}

/**
 * The names the fact `said` names of `person` may be kept under (see `otherNames`); `akin` (recall
 * only, never remember) also tries what is asked said another way (`restsOf`).
 */
function namesOf({ relation, name }: Required<Person>, said: PersonName, akin = false): string[] {
  return said.rest
    ? restsOf(said.rest, said.owner, akin).flatMap((rest) => [
        `${relation} ${name}'s ${rest}`,
        `${relation}'s ${rest}`,
        `${name}'s ${rest}`,
      ])
    : [`${relation}'s name`, `${relation} ${name}`, name, relation];
}

/**
 * The people a name said alone fits when two or more do ("Sam": brother Sam and coworker Sam
 * Patel), each said as relation and name, with the fact `key` names kept about each (under any
 * of their names); undefined when the name fits one person or none (m25). "who is Sam?" gives
 * the facts that say who each is ("brother: Sam").
 */
export function peopleNamed(
  key: string,
  known: readonly { label: string; value?: unknown }[],
  get: (name: string) => MemoryEntry | undefined,
): { people: string[]; facts: MemoryEntry[] } | undefined {
  const said = personName(key);
  if (!said?.name || said.relation || (said.rest && !said.owner)) return undefined;
  const fits = knownPeople(known).filter((person) => nameFits(said.name!, person.name));
  if (fits.length < 2) return undefined;
  const facts: MemoryEntry[] = [];
  for (const person of fits) {
    const found = namesOf(person, said)
      .map(get)
      .find((entry) => entry !== undefined);
    if (found && !facts.some((fact) => fact.key === found.key)) facts.push(found);
  }
  return { people: fits.map(({ relation, name }) => `${relation} ${name}`), facts };
}

/**
 * `key` with a known person's name said without its apostrophe made their possessive ("lenas
 * birthday" → "lena's birthday" when daughter Lena is known); undefined when its first word is no
 * known name with an "s" after it (m26).
 */
export function namePossessive(
  key: string,
  known: readonly { label: string; value?: unknown }[],
): string | undefined {
  const said = /^([\p{L}\p{M}-]+)s(\s+\S.*)$/u.exec(key.trim());
  if (!said || relationOf(said[1]!) || said[1]!.length < 2) return undefined;
  const name = said[1]!;
  return knownPeople(known).some((person) => folded(person.name.split(' ')[0]!) === folded(name))
    ? `${name}'s${said[2]}`
    : undefined;
}

/**
 * The known person a fact's name opens with when it is typed in lower case ("omar's phone" with
 * husband Omar kept): their name as they are called ("Omar"), so the answer says "Omar's phone",
 * not "your omar's phone"; undefined for any other name (m26).
 */
export function ownerCalled(
  label: string,
  known: () => readonly { label: string; value?: unknown }[],
): string | undefined {
  const said = /^(\p{Ll}[\p{L}\p{M}-]*)['’]s\s/u.exec(label.trim())?.[1];
  if (!said || relationOf(said)) return undefined;
  const first = knownPeople(known())
    .map(({ name }) => name.split(' ')[0]!)
    .find((name) => folded(name) === folded(said));
  return first;
}

/** "Your omar's phone is …" said as "Omar's phone is …" when Omar is a known person (`owner`, m26). */
export function ownerSaid(sentence: string, owner: string | undefined): string {
  if (!owner) return sentence;
  const said = /^Your (\p{L}[\p{L}\p{M}-]*)(['’]s\s)/u.exec(sentence);
  const fold = (name: string) =>
    name
      .toLowerCase()
      .normalize('NFD')
      .replace(/\p{Mn}+/gu, '');
  return said && fold(said[1]!) === fold(owner)
    ? `${owner}${said[2]}${sentence.slice(said[0].length)}`
    : sentence;
}

/** Words for several people of one kind, with the relations each of them may be (m25). */
const GROUPS: readonly [RegExp, readonly string[]][] = [
  [/^(?:kids?|children|child)$/, ['son', 'daughter', 'stepson', 'stepdaughter']],
  [/^(?:grandkids?|grandchildren)$/, ['grandson', 'granddaughter']],
  [/^parents$/, ['mother', 'father', 'stepmother', 'stepfather']],
  [/^grandparents$/, ['grandmother', 'grandfather']],
  [/^siblings$/, ['brother', 'sister', 'sibling', 'stepbrother', 'stepsister']],
  // m26: "do I have any pets?", "what do you know about my family?".
  [/^pets$/, PET_KINDS],
  [
    /^(?:family|families)$/,
    [
      ...'wife husband spouse partner boyfriend girlfriend fiance fiancee son daughter stepson stepdaughter grandson granddaughter mother father stepmother stepfather grandmother grandfather brother sister sibling stepbrother stepsister aunt uncle cousin niece nephew'.split(
        ' ',
      ),
      ...PET_KINDS,
      ...[...RELATIONS].filter((relation) => relation.endsWith('-in-law')),
    ],
  ],
];

/**
 * "kids", "my children", "kids' names", "the children's names": the known people of the group
 * it names (son Leo and daughter Mia for "kids"), each once; undefined when `key` names no group
 * or none of them is known (m25).
 */
export function groupNamed(
  key: string,
  known: readonly { label: string; value?: unknown }[],
): Required<Person>[] | undefined {
  const said =
    /^(?:(?:my|our|the)\s+)?(\p{L}+?)(?:['’]s?|s['’])?(?:\s+(?:(?:first|full)\s+)?names?)?$/iu.exec(
      key.trim(),
    );
  const word = said?.[1]?.toLowerCase() ?? '';
  const relations = GROUPS.find(([group]) => group.test(word) || group.test(`${word}s`))?.[1];
  if (!relations) return undefined;
  const people = knownPeople(known).filter(({ relation }) => relations.includes(relation));
  return people.length > 0 ? people : undefined;
}

/**
 * The facts about the people of the group `about` names ("my family": partner, kids, parents,
 * siblings, pets; "my pets"), each fact kept under one of their relations or known names; undefined
 * when `about` names no group (m26).
 */
export function groupFacts<Fact extends { label: string; value?: unknown }>(
  about: string,
  facts: readonly Fact[],
): Fact[] | undefined {
  const said = /^(?:(?:my|our|the)\s+)?(\p{L}+)$/iu.exec(about.trim())?.[1]?.toLowerCase() ?? '';
  const relations = GROUPS.find(([group]) => group.test(said) || group.test(`${said}s`))?.[1];
  if (!relations) return undefined;
  const names = knownPeople(facts)
    .filter(({ relation }) => relations.includes(relation))
    .map(({ name }) => name);
  // "parents: Carol and Peter", "kids: allergic to cats": a group of them is family too.
  const groupWords = relations.includes('son')
    ? /^(?:(?:my|our)\s+)?(?:kids|children|parents|siblings|grandparents|grandkids|grandchildren)\b/iu
    : undefined;
  return facts.filter((fact) => {
    if (groupWords?.test(fact.label)) return true;
    const person = personName(fact.label);
    if (!person) return false;
    if (person.relation) return relations.includes(person.relation);
    return names.some((name) => nameFits(person.name!, name));
  });
}

/**
 * The names a fact about the person `key` opens with may be kept under when what is asked is said
 * as its value ("son Leo: allergic to peanuts" for "son allergic to"): the person's own names,
 * with the words the value must open with. Undefined when the key names no one known this way.
 */
export function subjectNames(
  key: string,
  people: readonly Required<Person>[],
): { names: string[]; opens: string } | undefined {
  const said = personName(key);
  if (!said || said.owner || !said.rest) return undefined;
  const person = whoIs(said, people);
  // "Mia allergic to" with "Mia: allergic to peanuts" and no relation known for Mia: her own name (m23).
  if (!person && said.name && !said.relation && /^\p{Lu}/u.test(said.name))
    return { names: [said.name], opens: said.rest };
  if (!person) return undefined;
  return { names: [`${person.relation} ${person.name}`, person.name, person.relation], opens: said.rest };
}

/**
 * The fact `key` names under another name of its person (`otherNames`, `subjectNames`), from the
 * facts `known` (names, with the values of name facts); undefined when none is kept. `akin`
 * (recall only) also tries what is asked said another way (`restsOf`).
 */
export function samePersonFact(
  key: string,
  known: readonly { label: string; value?: unknown }[],
  get: (name: string) => MemoryEntry | undefined,
  akin = false,
): MemoryEntry | undefined {
  if (!personName(key)) return undefined;
  const people = knownPeople(known);
  for (const name of otherNames(key, people)) {
    const entry = get(name);
    if (entry) return entry;
  }
  const subject = subjectNames(key, people);
  const opens = subject?.opens.toLowerCase();
  for (const name of subject?.names ?? []) {
    const entry = get(name);
    const value = String(entry?.value ?? '').toLowerCase();
    if (entry && opens && (value === opens || value.startsWith(`${opens} `))) return entry;
  }
  // Recall only: "husband's phone number" finds "Omar's phone", "daughter allergic to" "Lena's allergy" (m26).
  if (akin)
    for (const name of otherNames(key, people, true)) {
      const entry = get(name);
      if (entry) return entry;
    }
  return undefined;
}

/**
 * The topics `about` names one known person by (m22): "Leo" and "son" for "Leo" when "son's name:
 * Leo" is kept, so "what do you know about Leo?" lists "son's age" as well. Only `about` itself
 * when it names no one, or a person two could be.
 */
export function personTopics(about: string, facts: readonly { label: string; value?: unknown }[]): string[] {
  const said = personName(about);
  const people = said && !said.rest ? knownPeople(facts) : [];
  const person = said && !said.rest ? whoIs(said, people) : undefined;
  if (!person) return [about];
  // Two sons (Leo and Max): "son" is not Max's alone, so only his name is a topic (m23).
  const alone = people.filter(({ relation }) => relation === person.relation).length === 1;
  return alone ? [person.name, person.relation] : [person.name];
}

/**
 * A person word said in a question: a name ("Leo", or typed "lena", which only counts when it is
 * a known person's name, m26), or a relation after "my" ("my son").
 */
const PERSON_IN_QUESTION =
  /(?<![\p{L}\p{M}])(?:(?:my|our)\s+(\p{L}+)|(\p{L}[\p{L}\p{M}-]*))(?=['’]s\b|[\s?.!,]|$)/gu;

/**
 * `question` with its one known person named the other way ("how old is Leo?" → "how old is my
 * son?" when "son's name: Leo" is kept): for a question no fact answered as asked. Undefined when
 * it names no known person, or one two could be.
 */
export function askedOtherWay(
  question: string,
  facts: readonly { label: string; value?: unknown }[],
): string | undefined {
  return personInQuestion(question, facts)?.otherWay;
}

/**
 * The one known person `question` names (`askedOtherWay`), whether by name (`byName`), and the
 * question with them named the other way; undefined when it names none.
 */
export function personInQuestion(
  question: string,
  facts: readonly { label: string; value?: unknown }[],
): { person: Required<Person>; byName: boolean; otherWay: string } | undefined {
  const people = knownPeople(facts);
  if (people.length === 0) return undefined;
  for (const match of question.matchAll(PERSON_IN_QUESTION)) {
    const relation = match[1] ? relationOf(match[1]) : undefined;
    const said = relation ? { relation } : match[2] ? { name: match[2] } : undefined;
    const person = said && whoIs(said, people);
    if (!person) continue;
    const other = relation ? person.name : `my ${person.relation}`;
    const otherWay = `${question.slice(0, match.index)}${other}${question.slice(match.index + match[0].length)}`;
    return { person, byName: !relation, otherWay };
  }
  return undefined;
}

/** The one known person `about` names ("Priya", "my wife", "wife Priya"); undefined for none or several. */
export function personAbout(
  about: string,
  facts: readonly { label: string; value?: unknown }[],
): Required<Person> | undefined {
  const said = personName(about);
  return said && !said.rest ? whoIs(said, knownPeople(facts)) : undefined;
}

/**
 * Whether the fact named `label` is about somebody other than `person` (m25): another relation
 * ("coworker Ana Smith's phone" for sister Ana) or another full name ("Ana Smith's phone").
 */
export function aboutSomeoneElse(label: string, person: Required<Person>): boolean {
  const said = personName(label);
  if (!said) return false;
  if (said.relation && said.relation !== person.relation) return true;
  return said.name !== undefined && /^\p{Lu}/u.test(said.name) && !nameFits(said.name, person.name);
}

/**
 * Others' facts counted by whose they are, one person's names counted as one (m25): "wife's
 * phone" and "Priya's birthday" are "wife Priya (2)" when "wife: Priya" is kept; "coworker Tom
 * Reed's phone" is coworker Tom Reed's. `ownerOf` says whose a fact is when it names no known person.
 */
export function ownersAsPeople(
  others: readonly { label: string }[],
  facts: readonly { label: string; value?: unknown }[],
  ownerOf: (label: string) => string | undefined,
): { owner: string; count: number }[] {
  const people = knownPeople(facts);
  // Each person's facts, and the names they were said by: one name is kept as said ("Priya");
  // two ("wife", "Priya") are one person, said as both ("wife Priya").
  const groups = new Map<string, { said: Set<string>; count: number }>();
  for (const { label } of others) {
    const said = personName(label);
    const owner = said?.owner && said.name ? said.name : (ownerOf(label) ?? label);
    const named = said?.owner ? said : personName(owner);
    const person = named ? whoIs({ relation: named.relation, name: named.name }, people) : undefined;
    const who = person ? `${person.relation} ${person.name}` : owner;
    const group = groups.get(who) ?? { said: new Set<string>(), count: 0 };
    group.said.add(owner);
    group.count++;
    groups.set(who, group);
  }
  const counts = [...groups].map(
    ([who, { said, count }]) => [said.size === 1 ? [...said][0]! : who, count] as const,
  );
  return [...counts]
    .map(([owner, count]) => ({ owner, count }))
    .sort((a, b) => b.count - a.count || a.owner.localeCompare(b.owner));
}

/**
 * The first names of the people kept (m27): a relation's name ("son: Leo", "brother Tom's phone")
 * and an owner said with a capital in a fact's name ("Leo's age"). Read before a request is planned,
 * so a name typed in lower case is the person it names.
 */
export function keptNames(facts: readonly { label: string; value?: unknown }[]): string[] {
  const names = new Set(knownPeople(facts).map(({ name }) => name.split(' ')[0]!));
  for (const { label, value } of facts) {
    const owner = /^(\p{Lu}[\p{Ll}\p{M}-]+)['’]s\s/u.exec(label)?.[1];
    if (owner && !relationOf(owner)) names.add(owner);
    // "son: leo" (kept from "my son is leo"): a one-word value of a relation alone names them.
    const said = OPENS_WITH_RELATION.test(label) ? personName(label) : undefined;
    if (
      said?.relation &&
      !said.name &&
      !said.owner &&
      said.rest === '' &&
      typeof value === 'string' &&
      /^\p{L}[\p{Ll}\p{M}-]+$/u.test(value.trim()) &&
      !relationOf(value.trim())
    )
      names.add(value.trim());
    // "kids: Deniz, Elif and Can" (kept from "our kids are …"): each of them is a person (R32).
    if (KEPT_GROUP.test(normaliseKey(label)) && typeof value === 'string') {
      const each = value.trim().split(/\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+/u);
      if (each.every((one) => /^\p{Lu}[\p{Ll}\p{M}'’-]+$/u.test(one))) for (const one of each) names.add(one);
    }
  }
  return [...names];
}

/** A fact naming a household's children as a group: "kids", "our children", "grandchildren". */
const KEPT_GROUP =
  /^(?:kids|children|sons|daughters|twins|grandkids|grandchildren|grandsons|granddaughters)$/;

/** What of a person `keptPersonKeys` finds kept under another name of them. */
const PERSON_FACT = /^(?:age|workplace|job)$/i;

/**
 * Where each kept person's age, workplace and job are, by their folded first name and the fact
 * (S45): "theo age" → "son Théo's age", "zoe workplace" → "partner's workplace" (a workplace or
 * job kept by their relation, with one partner known), "leo age" → "Leo's age". A name two people share, or kept
 * under two such facts, is left out: which is meant is unclear.
 */
export function keptPersonKeys(facts: readonly { label: string; value?: unknown }[]): Record<string, string> {
  const found = new Map<string, Set<string>>();
  const add = (name: string, rest: string, key: string) => {
    const at = `${folded(name.split(' ')[0]!)} ${rest.toLowerCase()}`;
    found.set(at, (found.get(at) ?? new Set()).add(key));
  };
  const byRelation = new Map<string, string>();
  for (const { label } of facts) {
    const said = personName(label);
    if (!said?.owner || !PERSON_FACT.test(said.rest)) continue;
    if (said.name) add(said.name, said.rest, label);
    else if (said.relation) byRelation.set(`${said.relation} ${said.rest.toLowerCase()}`, label);
  }
  const people = knownPeople(facts);
  for (const { relation, name } of people) {
    if (people.filter((other) => other.relation === relation).length !== 1) continue;
    // An age kept by the relation alone ("son's age") is read by name elsewhere ("Theo is 6 now").
    for (const rest of ['workplace', 'job']) {
      const key = byRelation.get(`${relation} ${rest}`);
      if (key && !found.has(`${folded(name.split(' ')[0]!)} ${rest}`)) add(name, rest, key);
    }
  }
  return Object.fromEntries(
    [...found].filter(([, keys]) => keys.size === 1).map(([at, keys]) => [at, [...keys][0]!]),
  );
}

/** Lower-case words that open a sentence and never name a kept person. */
const NOT_A_NAME =
  /^(?:my|our|your|the|a|an|i|it|its|this|that|what|who|whom|whose|where|when|why|how|which|there|here|he|she|they|we|you|is|are|do|does|did|can|set|add|forget|delete|remove|remember|show|list|tell)$/;

/**
 * Whether a lower-case word in `text` may be a kept person's name (`namesCapitalised`), or a name
 * opens a correction of an age ("no, Bartek is 5 actually", "no, Bartek is 6") or a possessive typed without its
 * apostrophe ("Kasias teacher is …", S44): worth reading who is kept.
 */
const ANY_NAME_SAID =
  /^(?:(?:actually|no|nope|oh|sorry|wait|also|and|so|(?:please\s+)?remember(?:\s+that)?)[\s,!.:]+)*(?!(?:my|our|your|the|i|it|this|that|what|who|where|when|how|which|there|here|he|she|they|we|you)\b)\p{Ll}[\p{L}\p{M}-]*(?:\s+(?:is|just\s+turned|turned)\s|['’]s\s)|\b(?:my|our)\s+\p{L}+\s+(?!is\b)\p{Ll}[\p{L}\p{M}-]*\s+is\s|\bhow\s+old\s+is\s+(?!(?:my|our|your|the|he|she|it)\b)\p{Ll}|^\p{Lu}[\p{L}\p{M}-]*\s+is\s+\d{1,3}\s+(?:actually|then)\b|^\p{L}[\p{L}\p{M}-]*s\s+\p{L}+(?:\s+\p{L}+)?\s+(?:is|are)\s/u;

/**
 * "no, Bartek is 6", "wait, Bartek is 6": a correction word, then a capitalised name (group 1)
 * and their new age (S44). Read as the kept person's age only when said on its own: after "how old is Bruno?" the
 * follow-up reader knows whose age was asked (`agent/offline/followup.ts`).
 */
export const NAMED_AGE_CORRECTION =
  /^(?:(?:actually|no|nope|sorry|wait)[\s,!.:]+)+(\p{Lu}[\p{L}\p{M}-]*)\s+is\s+\d{1,3}\s*[.!]*$/u;

/** "Zoë is 41", "Théo is 10 now", "no wait, Léonie is 7": a capitalised name and an age alone (S45). */
const NAMED_AGE =
  /^(?:(?:actually|no|nope|sorry|wait|oh)[\s,!.:]+)*\p{Lu}[\p{L}\p{M}-]*\s+(?:is\s+(?:now\s+)?|(?:has\s+)?(?:just\s+)?turned\s+)\d{1,3}(?:\s+(?:years?|yrs?)(?:\s+old)?)?(?:\s+(?:now|actually|then))?\s*[.!]*$/iu;

/** "actually Zoë moved to …", "Zoë works at …": a capitalised name and their work (S45). */
const NAMED_WORK =
  /^(?:(?:actually|no|nope|oh)[\s,!.:]+)*(?:(?:please\s+)?remember\s+(?:that\s+)?)?\p{Lu}[\p{L}\p{M}-]*(?:['’]s\s+(?:workplace|job)\s+is|\s+(?:now\s+|still\s+|has\s+)?(?:works?|moved|switched|changed|started|starts))\s/u;

/**
 * "Deniz is 9, Elif is 6 and Can is 3", "Mia (7) and Jonas (4)": ages listed by name with no word
 * saying whose, read as ages only when every name is a person kept (R32, `keptAgesTurned`).
 */
const NAMED_AGES =
  /^(?:(?:please\s+)?remember\s+(?:that\s+)?)?\p{Lu}[\p{L}\p{M}'’-]*\s*(?:is\s+|\(|,\s*)\d{1,3}\b.*(?:,|\band\b)\s*\p{Lu}/u;

/** `ANY_NAME_SAID`, `NAMED_AGE_CORRECTION`, `NAMED_AGE`, `NAMED_AGES` or `NAMED_WORK`: worth reading who is kept. */
export const MAY_NAME = new RegExp(
  `${ANY_NAME_SAID.source}|${NAMED_AGE_CORRECTION.source}|${NAMED_AGE.source}|${NAMED_AGES.source}|${NAMED_WORK.source}`,
  'u',
);

/**
 * `text` with a kept person's name typed in lower case said with its capital where a name is read
 * (m27, S42): opening the sentence ("leo is 7 now", "actually leo is 8", "mia is allergic to
 * peanuts"), after "my <relation>" ("my son leo is 7") and after "how old is". Elsewhere (a value,
 * "my wifi password is leo") it stays as typed; a name nobody kept ("emma") too.
 */
export function namesCapitalised(text: string, names: readonly string[]): string {
  if (names.length === 0) return text;
  const byFold = new Map(names.map((name) => [folded(name), name]));
  const at =
    /^((?:(?:[Aa]ctually|[Nn]o|[Nn]ope|[Oo]h|[Ss]orry|[Ww]ait|[Aa]lso|[Aa]nd|[Ss]o|(?:[Pp]lease\s+)?[Rr]emember(?:\s+that)?)[\s,!.:]+)*)(?!(?:my|our)\s)(\p{Ll}[\p{L}\p{M}-]*)(?=['’]s\s|\s)|(\b[Mm]y\s+\p{L}+\s+|\b[Oo]ur\s+\p{L}+\s+)(\p{Ll}[\p{L}\p{M}-]*)(?=['’]s\s|\s|$)|(\b[Hh]ow\s+old\s+is\s+)(\p{Ll}[\p{L}\p{M}-]*)(?=\s*[?.!]*$)/gu;
  return text.replace(at, (whole, lead1, name1, lead2, name2, lead3, name3) => {
    const lead = lead1 ?? lead2 ?? lead3 ?? '';
    const said = name1 ?? name2 ?? name3;
    if (!said || relationOf(said) || NOT_A_NAME.test(said)) return whole;
    const name = byFold.get(folded(said));
    if (!name) return whole;
    if (lead2 !== undefined && !relationOf(lead2.trim().split(/\s+/)[1]!)) return whole;
    return `${lead}${name.charAt(0).toUpperCase()}${name.slice(1)}`;
  });
}

/** What a person does for work, as a fact's rest says it ("job", "occupation", …; m29). */
const JOB_REST = /^(?:job|occupation|profession|line\s+of\s+work|work|career)$/i;

/**
 * The fact saying the job of the person `key` asks about ("Priya's job", "wife's occupation"),
 * kept under another name of it or of the person (m29): "wife's job", "wife works: as a nurse"
 * (kept from "my wife works as a nurse"), or the relation alone with a job for its value ("wife: a
 * nurse", kept from "my wife is a nurse"). Priya is her wife's name only when one wife is known.
 * Undefined when none is kept; never another person's.
 */
export function jobFact(
  key: string,
  known: readonly { label: string; value?: unknown }[],
  get: (name: string) => MemoryEntry | undefined,
): MemoryEntry | undefined {
  const said = personName(key);
  if (!said?.owner || !JOB_REST.test(said.rest)) return undefined;
  const person = whoIs(said, knownPeople(known));
  // "dad's job": the owner as said first ("dad"), then as the relation is named ("father").
  const asSaid = key
    .trim()
    .slice(0, key.trim().length - said.rest.length)
    .trim()
    .replace(/^(?:my|our)\s+/i, '')
    .replace(/['’]s?$/u, '');
  const ways = new Set<string>([asSaid]);
  if (said.name) ways.add(said.name);
  if (said.relation) ways.add(said.relation);
  if (person)
    for (const way of [person.relation, person.name, `${person.relation} ${person.name}`]) ways.add(way);
  for (const who of ways) {
    for (const rest of ['job', 'occupation', 'profession', 'work', 'career']) {
      const entry = get(`${who}'s ${rest}`) ?? get(`${who} ${rest}`);
      if (entry) return entry;
    }
    // "sister works: an accountant": where they work ("works: at Acme") is no job.
    for (const name of [`${who} works as`, `${who} works`]) {
      const entry = get(name);
      if (entry && !/^(?:at|for|in|from|with|on)\s/i.test(String(entry.value).trim())) return entry;
    }
    const alone = get(who);
    if (alone && isJobValue(alone.value)) return alone;
  }
  return undefined;
}

/**
 * The asked person's name linked to their relation in an answer about a fact kept under the
 * relation (m29): "Your wife is a nurse." → "Priya (your wife) is a nurse.", "Your son's age is
 * 8." → "Tomás (your son) is 8."; "Your wife's phone is …" already says whose, and stays.
 * `sentence` unchanged when it does not open with the relation.
 */
export function nameLinked(sentence: string, person: { relation: string; name: string }): string {
  const name = person.name.replace(/^\p{Ll}/u, (first) => first.toUpperCase());
  const { relation } = person;
  const age = new RegExp(`^Your ${relation}['’]s age is (.+)$`, 'u').exec(sentence);
  if (age) return `${name} (your ${relation}) is ${age[1]}`;
  const works = new RegExp(`^Your ${relation} works (?:are |is )?(?!as\\b)(an?\\s.+)$`, 'u').exec(sentence);
  if (works) return `${name} (your ${relation}) works as ${works[1]}`;
  // "Your wife's job is pharmacist." → "Orla (your wife) is a pharmacist." (s44).
  const job = new RegExp(`^Your ${relation}['’]s (?:job|occupation|profession|career) is (.+)$`, 'u').exec(
    sentence,
  );
  if (job) return `${name} (your ${relation}) is ${withArticle(job[1]!)}`;
  const is = new RegExp(`^Your ${relation} (is|works|was|lives)\\b`, 'u');
  return sentence.replace(is, `${name} (your ${relation}) $1`);
}

/** "pharmacist" → "a pharmacist", "engineer" → "an engineer"; "retired", "a nurse", "Nurse" as they are. */
function withArticle(job: string): string {
  if (
    !/^\p{Ll}/u.test(job) ||
    /^(?:an?|the|retired|unemployed|self-employed|freelance|between|not|at|in|on|with)\b/i.test(job)
  )
    return job;
  return `${/^[aeiou]/i.test(job) ? 'an' : 'a'} ${job}`;
}

/** Whether `about` names a group of people ("my family", "kids", "pets"; `groupFacts`). */
export function namesGroup(about: string): boolean {
  const said = /^(?:(?:my|our|the)\s+)?(\p{L}+)$/iu.exec(about.trim())?.[1]?.toLowerCase() ?? '';
  return GROUPS.some(([group]) => group.test(said) || group.test(`${said}s`));
}

/** The family's relations, closest first: the order people are said in (`factsByPerson`). */
const FAMILY_ORDER = GROUPS.find(([group]) => group.test('family'))![1];

/**
 * Facts about several people grouped by whom they are about (m29): "Priya — your wife" with
 * "a nurse" and "birthday 3 May", "your brother" with "favourite football player Kane". A name
 * fact is the heading, never a fact of its own; `value` says each value (a secret masked).
 * People come closest first (partner, children, parents, siblings…), each once.
 */
export function factsByPerson<Fact extends { label: string; value?: unknown }>(
  facts: readonly Fact[],
  value: (fact: Fact) => string,
): { who: string; facts: string[] }[] {
  const people = knownPeople(facts);
  const groups = new Map<string, { who: string; rank: number; facts: string[] }>();
  const capital = (name: string) => name.replace(/^\p{Ll}/u, (first) => first.toUpperCase());
  for (const fact of facts) {
    const said = personName(fact.label);
    const person = said ? whoIs({ relation: said.relation, name: said.name }, people) : undefined;
    const who = person
      ? `${capital(person.name)} — your ${person.relation}`
      : said?.relation
        ? `your ${said.relation}`
        : said?.name && /^\p{Lu}/u.test(said.name)
          ? said.name
          : `your ${fact.label.replace(/^(?:my|our)\s+/i, '').split(/[\s:]/)[0]}`;
    const relation = person?.relation ?? said?.relation;
    const rank = relation ? FAMILY_ORDER.indexOf(relation) : -1;
    const group = groups.get(who) ?? { who, rank: rank < 0 ? FAMILY_ORDER.length : rank, facts: [] };
    groups.set(who, group);
    const rest = said ? said.rest : fact.label;
    const said_ = value(fact);
    // "wife's name: Priya", "wife: Priya": the heading says it.
    const bare = said_.replace(/^(?:called|named)\s+/i, '');
    if (person && (rest === '' || NAME_FACT.test(rest)) && folded(bare).startsWith(folded(person.name)))
      continue;
    const works = /^works(?:\s+as)?$/i.test(rest) && /^an?\s/i.test(said_) ? 'works as' : rest;
    // What they are ("a nurse") first, then what is theirs ("birthday 3 May").
    if (works) group.facts.push(`${works} ${said_}`);
    else group.facts.unshift(said_);
  }
  return [...groups.values()].sort((a, b) => a.rank - b.rank).map(({ who, facts }) => ({ who, facts }));
}
