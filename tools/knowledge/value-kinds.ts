/**
 * Words that ask for a kind of value and are seldom said beside it (S21 HIGH 3, MEDIUM 5): "what
 * dose?" — "atorvastatin 20 mg"; "what percentage?" — "final exam 30%"; "the router admin
 * address" — "192.168.1.254"; "the notice period" — "two months' written notice"; "the claims
 * phone number" — "Call 0345 600 7712"; "the cholesterol reading" — "6.2 mmol/L". When the
 * documents never say the word, it is, like "code" or "price" (lexicon.ts GENERIC), not required
 * of a sentence: one that states a value of that kind answers (`statesValueKind`). Said by the
 * documents ("Phone: 555-0400"), it is asked as any word is. Hand-made, small on purpose: each
 * pattern is how papers write that value.
 */
import { datesIn, withoutDates } from './dates.js';
import { stem } from './text.js';

const SPELLED = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an|\\d+(?:[.,]\\d+)?';
/** A length of time: "14 days", "two months'", "48 hours", "RETENTION_DAYS = 14" read as words. */
const DURATION_VALUE = new RegExp(
  `(?:\\b(?:${SPELLED})[\\s-]*(?:minutes?|hours?|days?|weeks?|months?|years?|mins?|hrs?)\\b)|(?:\\b(?:minutes?|hours?|days?|weeks?|months?|years?)\\b[^\\p{L}\\p{N}]{0,6}\\d)`,
  'iu',
);

/**
 * A street address: a house number, capitalised words and a street word ("42 Alder Street",
 * "9 Chestnut Lane", "18 Kingsway") or a street word and its number ("Hauptstraße 5", "ul. Długa 5");
 * or one opened by a flat's number or a house's name ("Flat 3, Canal House", "Rose Cottage, Mill
 * Lane"; k24).
 */
const STREET = String.raw`\b(?:Flat|Apartment|Apt\.?|Unit)\s+\d{1,4}[A-Za-z]?,\s*\p{Lu}|\b\p{Lu}\p{Ll}+\s+(?:Cottage|House|Farm|Lodge|Barn|Manor|Mill)\s*,\s*(?:\d|\p{Lu})|\b\d{1,5}[A-Za-z]?,?\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?:Street|St|Road|Rd|Lane|Ln|Avenue|Ave|Way|Drive|Dr|Close|Court|Ct|Place|Pl|Boulevard|Blvd|Crescent|Terrace|Square|Sq|Wharf|View|Hill|Gardens|Grove|Row|Parade|Walk|Mews|Highway|Hwy)\b|\b\d{1,5}\s+\p{Lu}\p{Ll}+(?:way|gate)\b|\b\p{Lu}\p{Ll}+(?:straße|strasse|weg|gasse|platz|laan|straat)\s+\d|\b(?:[Uu]l\.|[Rr]ue|[Vv]ia|[Cc]alle)\s+\p{Lu}`;
/** A UK postcode ("BS1 6QA") or a US state and ZIP code ("OR 97201"). */
const POSTCODE = String.raw`\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b|\b[A-Z]{2}\s\d{5}(?:-\d{4})?\b`;

/** An IBAN as papers write it, spaced or not ("NL91 ABNA 0417 1643 00"; S47 M1). */
export const IBAN_STATED = /\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,3})?\b/u;
/** An e-mail address ("a.devries@regenboog-rdam.nl"). */
export const EMAIL_STATED = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/u;

const GROUPS: readonly [string, RegExp][] = [
  // A share: "30%", "30 percent", "30 per cent".
  ['percentage percent proportion share', /\d\s*%|\bper\s?cent\b/iu],
  // A medicine's amount: "20 mg", "one tablet", "2 puffs".
  [
    'dose doses dosage strength',
    /\b\d+(?:[.,]\d+)?\s*(?:mg|mcg|µg|g|ml|iu|units?)\b|\b(?:one|two|three|half|\d+)\s+(?:tablets?|capsules?|puffs?|drops?|pills?)\b/iu,
  ],
  // Where a device or site is reached: an IP address or a URL (an e-mail is no address asked so:
  // "Luc's address" is not his e-mail); where a place is: a street address or a postcode, however
  // its line is labelled ("Premises: 42 Alder Street", "Club: Unit 7, Canal Wharf, Bristol BS1 6QA"; k22).
  [
    'address addresses',
    new RegExp(String.raw`\b\d{1,3}(?:\.\d{1,3}){3}\b|\bhttps?:\/\/|\bwww\.|${STREET}|${POSTCODE}`, 'u'),
  ],
  // How long: a period, a notice, a retention.
  ['period periods', DURATION_VALUE],
  // A phone number: at least six digits, spaced or not ("0345 600 7712", "+47 913 22 118").
  ['phone telephone', /(?:\d[\s\-().]*){6,}/u],
  // A bank account's number: an IBAN, spaced or not ("NL91 ABNA 0417 1643 00"; S47 M1).
  ['iban ibans', IBAN_STATED],
  // An e-mail address ("a.devries@regenboog-rdam.nl"), said without "email" (S47 M1).
  ['email emails', EMAIL_STATED],
  // A measurement: any number ("6.2 mmol/L").
  ['reading readings result results level levels', /\d/u],
  // A temperature: "180°C", "350 F", "Gas mark 4", "20 degrees" (k20: "what temp for the banana bread?").
  [
    'temperature temperatures temp temps heat',
    /\d\s*°\s*[CF]?|\b\d+\s*(?:degrees?|deg)\b|\bgas\s+mark\s+\d|\b\d+\s*[CF]\b(?![\p{L}])/iu,
  ],
];

/** The stems of the value words (for GENERIC) and the pattern each is stated by. */
export const VALUE_KINDS = new Map<string, RegExp>(
  GROUPS.flatMap(([group, pattern]) => group.split(' ').map((word) => [stem(word), pattern] as const)),
);

/** The value words a label line states whatever its label: a street address is one ("Premises: 42 Alder Street"). */
export const ANY_LABEL = new Set(['address', 'addresses'].map(stem));

/** The value words as written ("temperature", "dosage"), of 5 letters or more: a slip of one is read as it (spelling.ts). */
export const VALUE_WORDS: readonly string[] = GROUPS.flatMap(([group]) => group.split(' ')).filter(
  (word) => word.length >= 5,
);

/** The stems of the words that ask a phone number. */
const PHONE = new Set(['phone', 'telephone'].map(stem));

/**
 * Whether `text` states a value of value word `kind` (a stem, "percentag"), or undefined when
 * `kind` is not one of these words. Code names count as words ("RETENTION_DAYS = 14").
 */
export function statesValueKind(kind: string, text: string): boolean | undefined {
  const pattern = VALUE_KINDS.get(kind);
  if (!pattern) return undefined;
  // A date's digits ("2025-04-09") are no phone number (S29 HIGH 6); other kinds read the text whole.
  const read = PHONE.has(kind) ? withoutDates(text, datesIn(text)) : text;
  return pattern.test(read) || pattern.test(read.replace(/_/g, ' '));
}
