/**
 * Generic questions about the person's own facts (m22): "what's my password?", "my PIN", "my
 * code" name no one fact. With several of the person's secrets fitting, which one is asked, each
 * named and none said; somebody else's ("Priya's email password") never fits "my password".
 */

import { wordTable } from '../../cartridge/lexicon.js';
import { isSecretFact } from '../../cartridge/secrets.js';
import {
  isOwnerWord,
  namesSecret,
  ownersDiffer,
  typoDistance,
  words,
} from '../../cartridge/text-similarity.js';
import { personName } from './people.js';

/** Words that name a secret one logs in or unlocks with (a passport number is a secret, not one). */
const CREDENTIAL = [
  'password',
  'passwd',
  'pw',
  'pwd',
  'passcode',
  'passphrase',
  'pin',
  'pincode',
  'combo',
  'combination',
  'code',
  'login',
];

/** A word said alone for "one of my secrets", and the words a fact's name must say to fit it. */
const FAMILY: Readonly<Record<string, 'any' | readonly string[]>> = wordTable({
  password: 'any',
  passwd: 'any',
  pw: 'any',
  pwd: 'any',
  passcode: 'any',
  passphrase: 'any',
  login: 'any',
  code: 'any',
  secret: 'any',
  credential: 'any',
  pin: ['pin', 'pincode', 'passcode'],
  combo: ['combo', 'combination'],
  combination: ['combo', 'combination'],
});

/** Words said around a generic question that name nothing: "my password again". */
const FILLER = new Set(['again', 'please', 'pls', 'now', 'then', 'though', 'mate']);

const single = (word: string) => word.replace(/(?<=\p{L}{3})s$/u, '');

/** The family word of a generic secret question ("password" for "password", "pins"), if it is one. */
export function genericSecretWord(key: string): string | undefined {
  const said = words(key.replace(/^(?:my|our|the)\s+/i, ''))
    .filter((word) => !FILLER.has(word))
    .map(single);
  const [word] = said;
  return said.length === 1 && word !== undefined && word in FAMILY ? word : undefined;
}

/** Whether `label` names one of the person's own facts: no owner said ("Priya's …", "mom's …"). */
export function ownFact(label: string): boolean {
  return factOwner(label) === undefined;
}

/**
 * The person's own secrets a generic `key` ("password", "PIN", "code") may mean, in the order
 * given; undefined when `key` is not a generic secret word.
 */
export function ownSecretsFitting<T extends { label: string; value?: unknown }>(
  key: string,
  facts: readonly T[],
): T[] | undefined {
  const word = genericSecretWord(key);
  if (word === undefined) return undefined;
  const family = FAMILY[word]!;
  return facts.filter(({ label, value }) => {
    if (!ownFact(label) || !namesSecret(label) || !isSecretFact(label, value)) return false;
    const named = words(label).map(single);
    return (family === 'any' ? CREDENTIAL : family).some((each) => named.includes(each));
  });
}

/**
 * Words common in the names of facts, as a misspelt one is read ("adress" → "address"): a new fact
 * is kept under the right word and an old one said with it.
 */
const COMMON_NAME_WORDS = [
  'address',
  'birthday',
  'anniversary',
  'password',
  'passport',
  'number',
  'phone',
  'email',
  'licence',
  'license',
  'insurance',
  'combination',
  'username',
  'workplace',
  'employer',
  'allergies',
];

/** Words of other languages one typo from a common word ("nummer" is German for number). */
const NOT_TYPOS = new Set(['nummer', 'numero', 'adresse', 'passwort']);

/**
 * `word` respelt as the one common name word it is one typo away from, or as it is. Only a
 * lowercase word of six letters or more, with the same first letter ("lumber" is no "number").
 */
function respeltWord(word: string): string {
  if (word.length < 6 || !/^\p{Ll}+$/u.test(word) || NOT_TYPOS.has(word)) return word;
  if (COMMON_NAME_WORDS.includes(word) || COMMON_NAME_WORDS.includes(word.replace(/s$/, ''))) return word;
  const near = COMMON_NAME_WORDS.filter((each) => each[0] === word[0] && typoDistance(word, each, 1) <= 1);
  return near.length === 1 ? near[0]! : word;
}

/** A fact's name with a misspelt common word respelt: "adress" → "address", "home adress" → "home address". */
export function respeltName(name: string): string {
  return name.replace(/\p{L}+/gu, (word) => respeltWord(word));
}

/**
 * Questions said as one plain key ("where do I live?" is "home", "where do I work?" is
 * "workplace") and the names an own fact answering them may have been kept under instead:
 * "address", "home address", a misspelt "adress"; "employer", "company".
 */
/** "where do I work?" asked as a key, and the names an own workplace is kept under. */
const WORKPLACE: readonly [RegExp, RegExp] = [
  /^(?:my\s+)?(?:workplace|employer|company|work)$/i,
  /^(?:(?:my|current)\s+)*(?:workplace|employer|company|work\s+place|place\s+of\s+work)$/i,
];
/** "what's my job?" asked as a key, and the names an own job is kept under (s44). */
const JOB: readonly [RegExp, RegExp] = [
  /^(?:my\s+)?(?:job|occupation|profession|career|line\s+of\s+work)$/i,
  /^(?:(?:my|current)\s+)*(?:job|occupation|profession|career|line\s+of\s+work|job\s+title)$/i,
];
const SAME_QUESTION: readonly (readonly [RegExp, RegExp])[] = [
  [
    /^(?:my\s+)?(?:home|(?:home\s+)?address)$/i,
    /^(?:(?:my|home|street|postal|mailing|house|current)\s+)*address$/i,
  ],
  WORKPLACE,
  // One thing said with either word (s44): "what's my blood type?" with "blood group: A+" kept, a
  // job kept as "occupation", a birthday as "date of birth", a star sign as "zodiac sign".
  [/^(?:my\s+)?blood\s+(?:type|group)$/i, /^(?:my\s+)?blood\s+(?:type|group)$/i],
  JOB,
  [
    /^(?:my\s+)?(?:birthday|date\s+of\s+birth|dob|birth\s*date)$/i,
    /^(?:my\s+)?(?:birthday|b-?day|date\s+of\s+birth|dob|d\.o\.b\.?|birth\s*date)$/i,
  ],
  [/^(?:my\s+)?(?:star|zodiac)\s+sign$/i, /^(?:my\s+)?(?:(?:star|zodiac)\s+sign|zodiac)$/i],
];

/** The names a person's home and workplace are kept under ("Bill's address", "Tom's employer"). */
const SAME_PERSON_QUESTION: readonly (readonly string[])[] = [
  ['home', 'address', 'home address'],
  ['workplace', 'employer', 'company', 'work'],
];

/**
 * The other names a person's fact answering a plain question may be kept under (m23): "dad's
 * address" and "dad's home address" for "dad's home" ("where does my dad live?"), "Tom's
 * employer" for "Tom's workplace". Empty for any other name.
 */
export function personQuestionNames(key: string): string[] {
  const said = personName(key);
  if (!said?.owner || !said.rest) return [];
  const rest = respeltName(said.rest).toLowerCase();
  const names = SAME_PERSON_QUESTION.find((each) => each.includes(rest));
  if (!names) return [];
  const owner = key
    .trim()
    .slice(0, key.trim().length - said.rest.length)
    .trim();
  return names.filter((name) => name !== rest).map((name) => `${owner} ${name}`);
}

/**
 * The person's own facts answering the plain question `key` under another name ("address" for
 * "home", "employer" for "workplace"); empty when `key` is none of those questions.
 */
export function ownFactsFor<T extends { label: string }>(key: string, facts: readonly T[]): T[] {
  const asked = respeltName(key.trim());
  const names = SAME_QUESTION.find(([question]) => question.test(asked))?.[1];
  if (!names) return [];
  return facts.filter(({ label }) => ownFact(label) && names.test(respeltName(label.trim())));
}

/** "where do I work?" asked as a key, and the names an own job is kept under (s44). */
const [WORKPLACE_ASKED] = WORKPLACE;
const [, JOB_NAMES] = JOB;

/** "water engineer at Fenland Water", "nurse for the NHS": where a job kept with its place is. */
const JOB_PLACE = /\s(?:at|for)\s+(\S.*?)[\s.]*$/i;

/**
 * The person's own job fact that says where they work, for the workplace question `key` ("where
 * do I work?" with "job: water engineer at Fenland Water" kept and no workplace; s44); undefined
 * when `key` asks something else or no one job names a place.
 */
export function jobWithPlace<T extends { label: string; value?: unknown }>(
  key: string,
  facts: readonly T[],
): T | undefined {
  if (!WORKPLACE_ASKED.test(respeltName(key.trim()))) return undefined;
  const jobs = ownFactsFor('job', facts).filter(({ value }) => JOB_PLACE.test(String(value ?? '')));
  return jobs.length === 1 ? jobs[0] : undefined;
}

/** "my wife's workplace", "Orla's employer": who a person's workplace question asks of ("my wife's"). */
function workplaceOwner(key: string): string | undefined {
  const said = personName(key);
  if (!said?.owner || !/^(?:workplace|employer|company|work)$/i.test(respeltName(said.rest)))
    return undefined;
  return key
    .trim()
    .slice(0, key.trim().length - said.rest.length)
    .trim();
}

/**
 * The job fact of the person `key` asks the workplace of ("my wife's workplace" with "wife's
 * job: pharmacist at Lincs Pharmacy"; s44), found by `jobOf` ("wife's job" → the fact); undefined
 * when `key` asks something else or that job names no place.
 */
export function personJobWithPlace<T extends { value?: unknown }>(
  key: string,
  jobOf: (key: string) => T | undefined,
): T | undefined {
  const owner = workplaceOwner(key);
  const job = owner ? jobOf(`${owner} job`) : undefined;
  return job && JOB_PLACE.test(String(job.value ?? '')) ? job : undefined;
}

/**
 * "You work at Fenland Water (your job: water engineer at Fenland Water)." for a workplace
 * question answered by a job fact ("Your wife works at …" for "my wife's workplace"); undefined
 * for any other answer.
 */
export function workplaceSentence(
  key: string,
  match: { label: string; value?: unknown },
): string | undefined {
  const asked = respeltName(key.trim());
  const owner = WORKPLACE_ASKED.test(asked) ? '' : workplaceOwner(key);
  if (owner === undefined) return undefined;
  const label = match.label.trim().replace(/^my\s+/i, '');
  const job = personName(label);
  if (!JOB_NAMES.test(label) && !(job?.rest && JOB_NAMES.test(job.rest))) return undefined;
  const place = JOB_PLACE.exec(String(match.value ?? ''))?.[1];
  if (!place) return undefined;
  // "wife's" → "Your wife works", "Orla's" → "Orla works".
  const whose = personName(key);
  const bare = owner.replace(/['’]s?$/u, '').replace(/^(?:my|our)\s+/i, '');
  const who = !owner ? 'You work' : whose?.relation && !whose.name ? `Your ${bare} works` : `${bare} works`;
  return `${who} at ${place} (your ${label}: ${match.value}).`;
}

/** "me", "myself": a topic that is the person asking (`memory_list` about them). */
export const SELF_TOPIC = /^(?:me|myself|i)$/i;

/**
 * Whose fact `label` is, when somebody else's: the owner named with a possessive ("Priya" for
 * "wife Priya's phone number", "sister" for "sister's phone"), else a first word that is a person
 * ("mom" for "mom birthday"); undefined for the person's own.
 */
export function factOwner(label: string): string | undefined {
  const named = /(?:^|\s)([\p{L}\p{M}.-]+?)(?:['’]s|s['’]|['’])(?=\s|$)/u.exec(label);
  if (named && !/^(?:my|your|our)$/i.test(named[1]!)) return named[1];
  // "mom birthday", "bosses phone": an owner said without its apostrophe. A symbol ("🔑 box") is
  // no owner: the fact is the person's own.
  const [first = ''] = label.trim().split(/\s+/);
  return ownersDiffer('', label) && /^\p{L}/u.test(first) && isOwnerWord(first.replace(/s$/, ''))
    ? first
    : undefined;
}

/** The person's own facts, and how many facts each other person has, most first (then by name). */
export function splitByOwner<T extends { label: string }>(
  facts: readonly T[],
): { own: T[]; others: { owner: string; count: number }[] } {
  const own: T[] = [];
  const counts = new Map<string, number>();
  for (const fact of facts) {
    const owner = factOwner(fact.label);
    if (owner === undefined) own.push(fact);
    else counts.set(owner, (counts.get(owner) ?? 0) + 1);
  }
  const others = [...counts].map(([owner, count]) => ({ owner, count }));
  return { own, others: others.sort((a, b) => b.count - a.count || a.owner.localeCompare(b.owner)) };
}
