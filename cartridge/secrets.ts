/**
 * Which facts are secrets (issue 7, m15): those whose name says so (`namesSecret`: PIN,
 * password, code… in any language, `secret-words.ts`) and those whose value is one by itself,
 * whatever it is called: a payment card number or an IBAN ("my visa is 4111 1111 1111 1111").
 * A secret's value never reaches the event log or the audit, is masked in lists, and is said
 * only when the fact is asked for by name.
 */

import { LOCK_WORDS, SECRET_ABBREVIATIONS } from './secret-words.js';
import { namesSecret } from './text-similarity.js';

/**
 * The Luhn check (ISO/IEC 7812-1, Annex B; "mod 10"): from the rightmost digit, every second
 * digit doubled (less 9 when over 9), and the sum a multiple of 10. `digits` holds digits only.
 */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let at = 0; at < digits.length; at++) {
    let digit = Number(digits[digits.length - 1 - at]);
    if (at % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return digits.length > 0 && sum % 10 === 0;
}

/**
 * A payment card number said in `text`: 13 to 19 digits (ISO/IEC 7812-1), single spaces or
 * dashes allowed between them ("4111 1111 1111 1111", "4111-1111-1111-1111"), not opening with 0
 * or after a "+" (a phone number), nor inside a longer number, and passing the Luhn check.
 */
export function holdsCardNumber(text: string): boolean {
  for (const [run] of text.matchAll(/(?<![\p{N}+])[1-9](?:[ -]?\d){12,18}(?![\p{N}])/gu)) {
    if (/[ -]$/.test(run)) continue;
    if (luhnValid(run.replace(/\D/g, ''))) return true;
  }
  return false;
}

/**
 * The ISO 13616 IBAN check: the first four characters moved to the end, each letter read as two
 * digits (A = 10 … Z = 35), and the number mod 97 is 1 (ISO 7064 MOD 97-10). `iban` is upper
 * case, without spaces.
 */
export function ibanValid(iban: string): boolean {
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return false;
  const moved = `${iban.slice(4)}${iban.slice(0, 4)}`;
  let rest = 0;
  for (const char of moved) {
    const number = /\d/.test(char) ? char : String(char.charCodeAt(0) - 55);
    for (const digit of number) rest = (rest * 10 + Number(digit)) % 97;
  }
  return rest === 1;
}

/**
 * An IBAN said in `text` (ISO 13616: country code, two check digits, up to 30 letters and
 * digits; 15 to 34 in all), written together or in groups of four ("GB82 WEST 1234 5698 7654
 * 32"), any case, passing the mod-97 check (`ibanValid`).
 */
export function holdsIban(text: string): boolean {
  for (const [run] of text.matchAll(
    /(?<![\p{L}\p{N}])[A-Za-z]{2}\d{2}(?: ?[A-Za-z0-9]{1,4}){3,8}(?![\p{L}\p{N}])/gu,
  )) {
    if (ibanValid(run.replace(/ /g, '').toUpperCase())) return true;
  }
  return false;
}

/**
 * A word that looks like a secret's value: four digits or more, letters with digits (not "5th"),
 * or letters or digits with a symbol among them ("Ñandú#77", "p@ss").
 */
export const looksLikeSecret = (word: string): boolean =>
  /\d{4,}/.test(word) ||
  (/\p{L}/u.test(word) && /\d/.test(word) && !/^\d+(?:st|nd|rd|th)$/i.test(word)) ||
  /[\p{L}\p{N}][^\p{L}\p{N}\s.,;:!?'’"()-]+[\p{L}\p{N}]/u.test(word);

/**
 * A value said after a copula at the end of a sentence, in any language: "… это qwerty", "… est
 * soleil", "… ist sonne", "… è gatto", "… är sommar", "… jest kotek", "密码是abc", "パスワードはさくらです",
 * "비밀번호는 abc", "…: abc".
 */
const SECRET_SAID =
  /(?:\s(?:is|are|was|=|es|ist|sind|est|sont|son|era|è|é|são|está|zijn|är|er|jest|je|to|есть|это|является)\s+|[:：=]\s*|[是為为]\s*|\p{L}[はが]\s*|\p{L}[는은이가]\s+)\S+(?:\s+\S+){0,2}?\s*(?:です|だ)?[\s.!。]*$/iu;

/**
 * Where something is kept, said after its copula, in the languages `SECRET_SAID` reads: "is on the
 * fridge", "is written on the box", "está en la nevera", "est sous le paillasson", "ist im
 * Kühlschrank", "è sotto il tappeto", "fica na gaveta", "ligt onder de mat".
 */
const SAYS_WHERE = new RegExp(
  [
    String.raw`\b(?:is|are)\s+(?:kept\s+|written\s+|stored\s+|taped\s+|stuck\s+|hidden\s+)?(?:on|in|under|behind|inside|at|next\s+to|with|beside|somewhere)\b`,
    String.raw`(?:^|\s)(?:está|están|esta|estan)\s+(?:guardad[oa]s?\s+|escrit[oa]s?\s+)?(?:en|debajo|detrás|detras|dentro|sobre|junto)(?=\s|$)`,
    String.raw`(?:^|\s)(?:est|sont)\s+(?:écrit[es]*\s+|noté[es]*\s+|collé[es]*\s+|caché[es]*\s+|rangé[es]*\s+)?(?:sur|dans|sous|derrière|à\s+côté|chez)(?=\s|$)`,
    String.raw`(?:^|\s)(?:ist|sind|liegt|liegen|steht|stehen|klebt|kleben)\s+(?:im|in|auf|unter|hinter|neben|am|bei)(?=\s|$)`,
    String.raw`(?:^|\s)(?:è|sono)\s+(?:scritt[oaie]\s+)?(?:sul|sulla|nel|nella|sotto|dietro|in|su|accanto)(?=\s|$)`,
    String.raw`(?:^|\s)(?:está|fica|estão|ficam)\s+(?:no|na|nos|nas|em|debaixo|atrás|dentro)(?=\s|$)`,
    String.raw`(?:^|\s)(?:ligt|liggen|zit|zitten|staat|staan)\s+(?:op|in|onder|achter|naast)(?=\s|$)`,
  ].join('|'),
  'iu',
);

/**
 * A sentence saying only where a secret is kept ("bank PIN is on the fridge", "mein PIN ist im
 * Kühlschrank"), with no digit in it: it holds no secret (S46; ask-consent-order).
 */
export const saysWhereKept = (text: string): boolean => SAYS_WHERE.test(text) && !/\p{N}/u.test(text);

/**
 * A secret said in a sentence not read as a fact: a secret word (`namesSecret`, any language) with
 * a word that looks like a secret's value, or with a value after a copula ("мой пароль это qwerty"),
 * never a sentence saying only where one is kept (`saysWhereKept`).
 */
export const saysSecret = (text: string): boolean =>
  namesSecret(text) &&
  (text.split(/\s+/).some(looksLikeSecret) || SECRET_SAID.test(text)) &&
  !saysWhereKept(text);

/** The answer when a secret is said in a sentence not read as a fact: nothing kept, nothing echoed. */
export const SECRET_UNREAD =
  'That looks like a secret, and I could not tell its name from its value, so I kept nothing (a note would show it in full). Say "remember my bank password is …" with its name and value.';

/** Every text a value is said as: a string, a number as printed, an object's or list's strings. */
function textsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'number' || typeof value === 'bigint') return [String(value)];
  if (Array.isArray(value)) return value.flatMap(textsOf);
  if (value && typeof value === 'object') return Object.values(value).flatMap(textsOf);
  return [];
}

/**
 * A value that labels a secret inside itself ("pass: Kx7!", "PIN=1234", "password - hunter2"):
 * the value says what it holds, whatever its fact is called ("wifi").
 */
const LABELLED_SECRET = /(?:^|[\s,;(])(?:pass(?:word|code|phrase)?|pwd|pw|pin)\s*(?:[:=]|\s[-–—]\s)/i;

/**
 * A secret said inside a value with its own name (S33 H2): "mom@x.com and her password is
 * Tulip77", "barclays, pin 7788", "12 and his locker code is 0451". Up to three words before a
 * copula or straight before a value-looking word (`looksLikeSecret`, or three digits or more);
 * those words must name a secret (`namesSecret`), so "zip code 90210" is no secret.
 */
/**
 * A secret said inside a value with its own name (S33 H2): "mom@x.com and her password is
 * Tulip77", "barclays, pin 7788", "12 and his locker code is 0451": a value-looking word
 * (`looksLikeSecret`, or three digits or more), after a copula or straight after up to three words
 * that name a secret (`namesSecret`), so "zip code 90210" is no secret, nor a title ("The Da
 * Vinci Code 2006").
 */
function namesSecretInside(text: string): boolean {
  if (!namesSecret(text)) return false;
  const words = text.split(/[\s,;()]+/).filter(Boolean);
  return words.some((word, at) => {
    const said = word.replace(/[.!?]+$/, '');
    if (at === 0 || !(looksLikeSecret(said) || /^\d{3,}$/.test(said))) return false;
    const end = /^(?:is|was|are|=|:)$/i.test(words[at - 1]!) ? at - 1 : at;
    const name = words.slice(Math.max(0, end - 3), end);
    // "The Da Vinci Code 2006": capitalised words in a row are a title's.
    if (name.length > 1 && name.every((one) => /^\p{Lu}\p{Ll}/u.test(one))) return false;
    return (
      name.length > 0 &&
      !/[:=]$/.test(name.at(-1)!) &&
      name.some((_, from) => namesSecret(name.slice(from).join(' ')))
    );
  });
}

/**
 * Whether a value is a secret by itself, whatever its fact is called: a card number, an IBAN, a
 * value that labels a secret in it (`LABELLED_SECRET`), or one that names a secret with its value
 * (`namesSecretInside`: "… and her password is Tulip77").
 */
export function secretValue(value: unknown): boolean {
  return textsOf(value).some(
    (text) =>
      holdsCardNumber(text) || holdsIban(text) || LABELLED_SECRET.test(text) || namesSecretInside(text),
  );
}

/** An account said with its number ("savings account: 12345678"): the number is a secret. */
const ACCOUNT = /\baccount\s*$/i;
const ACCOUNT_NUMBER = /\d(?:[\s-]?\d){5,}/;

/** A fact named for a lock (`LOCK_WORDS`, its last word) whose value is a number: its combination. */
const LOCK = new RegExp(`(?:^|[\\s'’])(?:${LOCK_WORDS.join('|')})$`, 'iu');
const LOCK_NUMBER = /^\s*\p{N}+(?:[\s-]\p{N}+)*\s*$/u;

/**
 * Whether a fact is a secret: its name says so (`namesSecret`) or one of its values is a secret
 * by itself (`secretValue`; `values` are its value now and, on a change, the one before).
 */
export function isSecretFact(name: string, ...values: unknown[]): boolean {
  return (
    namesSecret(name) ||
    values.some(secretValue) ||
    (ACCOUNT.test(name) &&
      values.some((value) => textsOf(value).some((text) => ACCOUNT_NUMBER.test(text)))) ||
    (LOCK.test(name.trim()) && values.some((value) => textsOf(value).some((text) => LOCK_NUMBER.test(text))))
  );
}

/** `words` as a whole phrase in a name, any case and spacing. */
const phraseAt = (words: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])${words.replace(/ /g, '\\s+')}(?![\\p{L}\\p{N}])`, 'iu');

/**
 * A secret's name with its abbreviation written out or its words abbreviated
 * (`SECRET_ABBREVIATIONS`): "social security number" → "SSN", "my SSN" → "my social security
 * number"; undefined when it holds neither.
 */
export function otherSpelling(name: string): string | undefined {
  for (const [short, full] of Object.entries(SECRET_ABBREVIATIONS)) {
    if (phraseAt(full).test(name)) return name.replace(phraseAt(full), short);
    if (phraseAt(short).test(name)) return name.replace(phraseAt(short), full);
  }
  return undefined;
}
