/**
 * Word tables shared by the tools and the offline planner, kept in one place so a word added for one
 * reader is read the same way by all: number words (`CARDINALS`, `ORDINALS`) and the small
 * word-set builder every table of words uses (`wordSet`).
 */

/** A set of the words of `text`, split at spaces: `wordSet('in on at')` → {in, on, at}. */
export function wordSet(text: string): Set<string> {
  return new Set(text.split(' ').filter(Boolean));
}

/**
 * A lookup table read with words people type: it has no prototype, so a word such as
 * "constructor", "toString" or "__proto__" is simply not in it (a plain object literal answers
 * those with Object.prototype's members). `wordTable({ a: 1 })`; spread it into another
 * `wordTable` to extend it.
 */
export function wordTable<T>(entries: Readonly<Record<string, T>>): Readonly<Record<string, T>> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}

/** Number words, zero to a hundred, with their values ("twelve" → 12, "forty" → 40). */
export const CARDINALS: Readonly<Record<string, number>> = wordTable({
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
});

/** Ordinal words, first to tenth, with their values ("third" → 3). */
export const ORDINALS: Readonly<Record<string, number>> = wordTable({
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
});

/**
 * The cardinal words whose value is in `from`…`to` (inclusive), in ascending order: for a table
 * of counts (`cardinalsBetween(2, 10)`) or a regular-expression alternation (`.join('|')`).
 */
export function cardinalsBetween(from: number, to: number): string[] {
  return Object.entries(CARDINALS)
    .filter(([, value]) => value >= from && value <= to)
    .map(([word]) => word);
}

/**
 * Short forms of words in names of facts and in questions, with the words they stand for: "pw" is
 * "password", "bday" (and "b'day") "birthday", "DOB" "date of birth", "2nd" "second", "tel"
 * "phone". One table for every reader: a memory fact's identity (so "my bday" and "my birthday"
 * are one fact), a lookup by name, and a casual question to the documents ("whats the wifi pw").
 * Only forms that are not words of their own ("no" is "number" only after a word and with its dot
 * in questions, see the readers). Keys are lowercase, without apostrophes.
 */
export const SHORT_FORMS: Readonly<Record<string, string>> = wordTable({
  pw: 'password',
  pwd: 'password',
  passwd: 'password',
  addr: 'address',
  tel: 'phone',
  num: 'number',
  nr: 'number',
  bday: 'birthday',
  dob: 'birthday',
  mob: 'mobile',
  reg: 'registration',
  appt: 'appointment',
  fav: 'favourite',
  fave: 'favourite',
  '1st': 'first',
  '2nd': 'second',
  '3rd': 'third',
  '4th': 'fourth',
  '5th': 'fifth',
});

/**
 * `text` with the short forms of several words written out ("my DOB" → "my date of birth"), for
 * readers that split a name into words after: one-word short forms are left for them to read.
 */
export function shortFormsInFull(text: string): string {
  return text
    .replace(SEVERAL_WORDS, (short) => SHORT_FORMS[short.toLowerCase()] ?? short)
    .replace(SAME_AS_BIRTHDAY, 'birthday');
}

/**
 * `text` with every short form written out (`shortFormsInFull`, then one-word forms such as "bday"
 * and "DOB", with a hyphen or a plural "s": "b-day", "bdays"), for readers that only ask whether a
 * word is there: "Can's b-day" → "Can's birthday", "my DOB" → "my birthday".
 */
export function wordsInFull(text: string): string {
  return shortFormsInFull(text).replace(/(?<![\p{L}\p{N}'’])[\p{L}\p{N}-]+(?![\p{L}\p{N}])/gu, (word) => {
    const key = word.toLowerCase().replace(/-/g, '');
    return SHORT_FORMS[key] ?? (key.endsWith('s') ? SHORT_FORMS[key.slice(0, -1)] : undefined) ?? word;
  });
}

/**
 * A person's date of birth and their birthday are one fact (stranger round 11: "what is my date of
 * birth?" found nothing beside a stored "DOB", and "I was born on …" is kept as the birthday).
 */
const SAME_AS_BIRTHDAY =
  /(?<![\p{L}\p{N}'’])(?:date[\s-]+of[\s-]+birth|birth[\s-]?date|d\.o\.b\.?)(?![\p{L}\p{N}'’])/giu;

/** The short forms in `SHORT_FORMS` that stand for several words, as whole words of any case. */
const SEVERAL_WORDS = new RegExp(
  `(?<![\\p{L}\\p{N}'’])(?:${Object.keys(SHORT_FORMS)
    .filter((short) => SHORT_FORMS[short]!.includes(' '))
    .join('|')})(?![\\p{L}\\p{N}'’])`,
  'giu',
);

/**
 * Function words as they are often mistyped ("teh" and "hte" for "the", "adn" for "and"), with
 * the word meant. None is a word of its own, so reading one as meant never changes a name.
 */
export const FUNCTION_WORD_TYPOS: Readonly<Record<string, string>> = wordTable({
  teh: 'the',
  hte: 'the',
  adn: 'and',
  nad: 'and',
  taht: 'that',
  thta: 'that',
  waht: 'what',
  whta: 'what',
});

/**
 * A name with its mistyped function words read as meant (`FUNCTION_WORD_TYPOS`), and a leading
 * "the"/"my" so read dropped as the name's own would be: "teh garage code" → "garage code",
 * "code fo teh gate" → "code of the gate". Other words, case and spacing stay as typed.
 */
export function functionWordsAsMeant(name: string): string {
  const fixed = name.replace(/(?<![\p{L}\p{N}'’])\p{L}+(?![\p{L}\p{N}'’])/gu, (word) => {
    const meant = FUNCTION_WORD_TYPOS[word.toLowerCase()];
    return meant === undefined
      ? word
      : /^\p{Lu}/u.test(word)
        ? `${meant[0]!.toUpperCase()}${meant.slice(1)}`
        : meant;
  });
  if (fixed === name) return name;
  return fixed.replace(/^\s*(?:the|my)\s+(?=\S)/iu, '');
}

/** A currency's sign, said before or after an amount: "€349", "12 €", "₩180,000", "₺150". */
export const CURRENCY_SIGN = '[$€£¥₹₩₽₺]';

/**
 * A currency as written before an amount, with or without a space (source for a RegExp with the
 * `iu` flags): a sign (`CURRENCY_SIGN`), a dollar with its country's letters ("R$", "US$", "CA$",
 * "A$", "HK$"), the local marks ("S/", "Fr.", "kr", "zł", "Kč", "R" for rand, "TL") or an ISO code
 * ("CHF", "EUR", "BRL"). Only these: "the bike cost him 300" has no currency.
 */
export const CURRENCY_BEFORE = `(?:${CURRENCY_SIGN}|(?<![\\p{L}])(?:[a-z]{1,3}\\$|s\\/\\.?|fr\\.|kr\\.?|zł|kč|r|tl|chf|eur|usd|gbp|brl|jpy|krw|inr|try|pln|sek|nok|dkk|czk|cad|aud|nzd|hkd|mxn|zar|cny|aed)(?![\\p{L}]))`;
