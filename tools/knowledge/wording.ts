/**
 * Words of a question a sentence may leave unsaid, and lines a way of asking prefers (S25 MEDIUM
 * 1, 4, 5). A question words a fact its own way: "which vacuum cleaner did I buy?" of a receipt's
 * "Item: Dyson V15 vacuum cleaner", "what was the mileage at the last service?" of "Mileage at
 * service: 41,236 miles", "what days do they need PE kit?" of "PE kit must be in school every
 * Monday and Thursday". Hand-made and small: each rule is how papers write the answer.
 */
import { root } from './lexicon.js';

/**
 * Words that only narrow which one is meant ("the last service", "my latest payslip"): a line
 * saying another asked word answers without them, though one saying them wins.
 */
export const NARROWING = new Set(
  // k22: "my new job", "the old lease", "my monthly Spotify subscription" — a row or an offer
  // letter says the job or the payee, never "new" or "monthly".
  'last latest recent previous current new old existing monthly weekly yearly annual'.split(' ').map(root),
);
/** The period words of NARROWING, each with how a line says that period. */
const PERIODS: readonly [string, RegExp][] = [
  ['monthly', /\b(?:monthly|months?|mo|pcm)\b|\bp\.c\.m\b/iu],
  ['weekly', /\b(?:weekly|weeks?|wk|pw)\b/iu],
  ['yearly annual', /\b(?:yearly|annual|annually|years?|yr|pa)\b|\bp\.a\b/iu],
];
const PERIOD_SAID = new Map(
  PERIODS.flatMap(([words, said]) => words.split(' ').map((word) => [root(word), said] as const)),
);
/**
 * A line narrowed the other way from narrowing word `r`: "Next service due: …" for "the last
 * service"; "Annual premium: $216" for "the monthly premium" (another period and not this one).
 */
export const narrowedOtherWay = (text: string, r?: string): boolean => {
  const said = r === undefined ? undefined : PERIOD_SAID.get(r);
  if (said !== undefined) return !said.test(text) && PERIODS.some(([, other]) => other.test(text));
  return /\b(?:next|upcoming|future)\b/iu.test(text);
};

/**
 * Nouns asking for a value papers state without the noun (like value-kinds.ts): a weekday for
 * "what days", a device for "which disk", a medicine with its dose for "what medication". Each
 * with the pattern a line states such a value by.
 */
/** A vehicle registration plate, written as its country writes it (capitals and digits in its groups). */
export const VEHICLE_PLATE =
  /(?<![\p{L}\p{N}])(?:[A-Z]{2}\d{2} ?[A-Z]{3}|[A-Z]\d{1,3} ?[A-Z]{3}|[A-Z]{2}-\d{3}-[A-Z]{2}|[A-Z]{1,3}-[A-Z]{1,2} \d{1,4})(?![\p{L}\p{N}])/u;

const STATED_BY: readonly [string, RegExp][] = [
  [
    'day days weekday weekdays',
    /\b(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b|\bweekends?\b|\bweekdays?\b|\bdaily\b|\bevery\s+day\b/iu,
  ],
  ['disk disks drive drives', /\/dev\/[a-z]\w*|\b[A-Z]:\\|\b(?:sd[a-z]|nvme\d\w*|hd[a-z])\d*\b/u],
  [
    'medication medications medicine medicines drug drugs tablet tablets',
    /\b\d+(?:[.,]\d+)?\s*(?:mg|mcg|µg|ml|iu|units?)\b|\b(?:one|two|three|half|\d+)\s+(?:tablets?|capsules?|puffs?|drops?|pills?)\b/iu,
  ],
  // "how do I contact my landlord?" — the From: line of the landlord's email: an address or a phone (S29).
  [
    'contact contacting reach',
    // Not a message's To: or Cc: line: that is whom it went to.
    /^(?!\s*(?:to|cc|bcc)\s*:).*?(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:\+\d{1,3}[\s-]?)?\(?0?\d{2,5}\)?[\s-]?\d{3,4}[\s-]?\d{3,4}\b)/iu,
  ],
  // "what is my car's reg?" — "# Car — AB12 CDE": a vehicle's registration plate by its shape
  // (British "AB12 CDE", "A123 BCD"; French "AB-123-CD"; German "B-MW 1234"; k29).
  ['registration registrations reg plate plates numberplate', VEHICLE_PLATE],
  // "what should my child wear for sports day?" — "Please send your child in trainers" (S29 M3).
  [
    'wear wears wearing clothes clothing outfit',
    /\b(?:trainers|sneakers|plimsolls|shoes|boots|wellies|wellingtons|sandals|(?:sun\s?)?hats?|caps?|t-?shirts?|shirts?|shorts|trousers|jeans|leggings|skirts?|dress(?:es)?|jumpers?|sweaters?|hoodies?|coats?|jackets?|raincoats?|uniform|kit|costumes?|gloves|scarf|socks)\b/iu,
  ],
];
const STATED = new Map<string, RegExp>(
  STATED_BY.flatMap(([group, pattern]) => group.split(' ').map((word) => [root(word), pattern] as const)),
);

/** Whether `r` (a stem) is a noun asked of a value a line states without it, or a narrowing word: never strange. */
export const mayGoUnsaid = (r: string): boolean => STATED.has(r) || NARROWING.has(r);

/** Whether `text` states a value of asked noun `r` (a stem) though it does not say it; false when `r` is no such noun. */
export const statesUnsaid = (r: string, text: string): boolean => STATED.get(r)?.test(text) ?? false;

/**
 * "how do I pay council tax?", "what is the easiest way to pay?", "how is the rent paid?": a way
 * of doing asked, not an amount — a line saying the verb answers ("Direct debit is the easiest
 * way to pay."), not "Annual council tax: 2,084.52 GBP".
 */
const WAY_ASKED =
  /\bhow\s+(?:do|does|did|can|could|should|would|will|to|is|are|was|were)\b(?!\s+(?:much|many)\b)|\b(?:ways?|methods?|means)\s+(?:to|of|for)\b/iu;
export const asksWay = (question: string): boolean =>
  WAY_ASKED.test(question) && !/\bhow\s+(?:much|many|long|often|old|big|far)\b/iu.test(question);

/**
 * "when is council tax paid each month?": a day of the month answers ("Instalments are collected
 * on the 15th of each month.").
 */
export const asksDayOfMonth = (question: string): boolean =>
  /^\s*(?:when|what\s+day|which\s+day)\b/iu.test(question) &&
  /\b(?:each|every|a|per)\s+month\b|\bmonthly\b/iu.test(question);
export const statesDayOfMonth = (text: string): boolean =>
  /\b\d{1,2}(?:st|nd|rd|th)\b|\bday\s+\d{1,2}\b|\b(?:first|last)\s+(?:working\s+)?day\b/iu.test(text) &&
  /\bmonth\b|\bmonthly\b/iu.test(text);

/**
 * Words the Porter stemmer makes one that are different words (S25 MEDIUM 8): "engineer" and
 * "engine" are both "engin", "medication" and "medical" both "medic". Each group is a stem's
 * families of words; a sentence says the question's word only with a word of its own family.
 */
const CONFLATED: readonly string[][] = [
  ['engineer engineers engineering', 'engine engines'],
  ['university universities', 'universe universes universal'],
  ['general generally', 'generous generously', 'generate generates generated generation generator'],
  [
    'organ organs',
    'organization organizations organisation organisations organise organised organize organized',
  ],
  ['news', 'new newer newest newly'],
  ['medication medications', 'medical medically', 'medic medics'],
  ['author authors', 'authority authorities authorise authorised authorize authorized'],
  ['communication communications', 'community communities'],
  ['experience experienced', 'experiment experiments experimental'],
  ['animal animals', 'animation animated'],
  ['personal personally', 'personnel'],
  ['port ports', 'portion portions'],
  // "what is my deductible?" is no "less deductions for damage" (S35 4); a baggage allowance no "not allowed".
  ['deductible deductibles', 'deduction deductions deduct deducts deducted deducting'],
  ['allowance allowances', 'allow allows allowed allowing'],
  ['policy policies', 'police'],
  ['charger chargers', 'charge charges charged charging'],
];
const FAMILIES = new Map<string, Set<string>[]>();
for (const group of CONFLATED) {
  const families = group.map((family) => new Set(family.split(' ')));
  const stems = new Set(families.flatMap((family) => [...family].map(root)));
  for (const s of stems) FAMILIES.set(s, [...(FAMILIES.get(s) ?? []), ...families]);
}
const familyOf = (stemmed: string, word: string) =>
  FAMILIES.get(stemmed)?.find((family) => family.has(word.toLowerCase()));

/**
 * Whether `word` and a word of stem `stem` are of two families a group of CONFLATED keeps apart
 * ("policy" and police, "charger" and charge): related by their letters, different words.
 */
export function differentFamilies(word: string, stem: string): boolean {
  const asked = FAMILIES.get(stem)?.find((family) => family.has(word.toLowerCase()));
  return asked !== undefined && ![...asked].some((w) => root(w) === stem);
}

/**
 * `stems` (of `text`) without a stem the question asks in one family ("engineer") that `text`
 * says only in another ("Engine oil"): the words differ though their stems are one.
 */
export function withoutConflations(
  stems: Set<string>,
  text: string,
  questionWords: readonly string[],
): Set<string> {
  let out = stems;
  for (const asked of questionWords) {
    const r = root(asked);
    if (!out.has(r)) continue;
    const family = familyOf(r, asked);
    if (!family) continue;
    const said = (text.toLowerCase().match(/\p{L}+/gu) ?? []).filter((w) => root(w) === r);
    if (said.length > 0 && said.every((w) => !family.has(w))) {
      if (out === stems) out = new Set(stems);
      out.delete(r);
    }
  }
  return out;
}

/**
 * A sentence that changes the one before it (S25 MEDIUM 9): "The manufacturer's warranty lasts 2
 * years." — "An extended warranty was bought for £89, extending cover to 5 years in total." An
 * answer quoting the first without it says the warranty ends after 2 years.
 */
const AMENDS =
  /\b(?:extend(?:s|ed|ing)?|extension|amend(?:s|ed|ing|ment)?|however|except|unless|overrid(?:e|es|den|ing)|supersed(?:e|es|ed|ing)|no\s+longer|instead|reduced|increased)\b/iu;
export const amendsBefore = (text: string): boolean => AMENDS.test(text);

/**
 * Two-word nouns whose first or second word is another thing than the word alone (S25 LOW 1):
 * "smoke alarm" is no smoking, a "fixed term" no school term. A line saying the word only inside
 * such a noun, asked without it, is weaker evidence than a line saying the word itself.
 */
const COMPOUNDS = [
  'smoke alarm',
  'smoke alarms',
  'smoke detector',
  'smoke detectors',
  'fire alarm',
  'fire alarms',
  'fire door',
  'fire doors',
  'fire exit',
  'fixed term',
  'term time',
  'water heating',
  'water heater',
  'key worker',
  'car park',
  'dog friendly',
  'pet friendly',
  'credit card',
  'debit card',
  'direct debit',
  'standing order',
  'service charge',
  'notice board',
  'garden centre',
  'post office',
  'gas safe',
  'light bulbs',
  'light bulb',
];
/**
 * Whether `text` says asked stem `r` only inside a two-word noun the question does not say ("smoke"
 * in "smoke alarm batteries" for "can I smoke in the flat?").
 */
export function onlyInCompound(r: string, text: string, question: string): boolean {
  const lower = text.toLowerCase();
  const asked = question.toLowerCase();
  let rest = lower;
  let found = false;
  for (const phrase of COMPOUNDS) {
    if (!phrase.split(' ').some((w) => root(w) === r) || asked.includes(phrase)) continue;
    const pattern = new RegExp(`\\b${phrase}\\b`, 'gu');
    if (!pattern.test(rest)) continue;
    found = true;
    rest = rest.replace(pattern, ' ');
  }
  return found && !(rest.match(/\p{L}+/gu) ?? []).some((w) => root(w) === r);
}
