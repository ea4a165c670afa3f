import { isStopWord, stem } from './text.js';

/**
 * Numbers a text states, for matching a question's number ("module 4", "section six", "the
 * third step") against the documents'. Numbers are digits with separators dropped ("1,375" →
 * "1375", leading zeros dropped but a code's: "0217" is not "217"); a "named" number is one
 * with the word that counts it, as `"<stem> <n>"` ("module 4" → "modul 4", "Section Six" →
 * "section 6", "the third step" / "3rd step" → "step 3", "Step two:" → "step 2"). Spelled numbers are English cardinals zero–twenty
 * and the tens (with "twenty-one" forms) and ordinals first–twentieth; they count only when named
 * ("module four", "the second floor"), so "which one" or "no one" states no number.
 */

const CARDINALS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ORDINALS = [
  '',
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
  'twentieth',
];
const VALUE = new Map<string, number>();
CARDINALS.forEach((word, n) => {
  VALUE.set(word, n);
});
TENS.forEach((word, tens) => {
  if (!word) return;
  VALUE.set(word, tens * 10);
  for (let unit = 1; unit < 10; unit += 1) VALUE.set(`${word}-${unit}`, tens * 10 + unit);
});
for (const [word, n] of [...VALUE]) {
  const match = /^(\p{L}+)-(\d)$/u.exec(word);
  if (match) {
    VALUE.delete(word);
    VALUE.set(`${match[1]}-${CARDINALS[Number(match[2])]}`, n);
    VALUE.set(`${match[1]} ${CARDINALS[Number(match[2])]}`, n);
  }
}
const ORDINAL = new Map(ORDINALS.map((word, n) => [word, n] as const).filter(([word]) => word));

const spelled = [...VALUE.keys()].sort((a, b) => b.length - a.length).join('|');
/** "module four", "chapter twenty-one", "Section: ten". */
const NAMED_SPELLED = new RegExp(`([\\p{L}]+)[\\s#:.-]+(${spelled})(?![\\p{L}\\p{N}-])`, 'giu');
/** "the third step", "3rd floor", "second-floor". */
const ORDINAL_NAMED = new RegExp(
  `(?<![\\p{L}\\p{N}])(${[...ORDINAL.keys()].join('|')}|\\d+(?:st|nd|rd|th))[\\s-]+([\\p{L}]+)`,
  'giu',
);
/** Digits with the word before them: "module 4", "doc #1100", "1,375". */
const DIGITS = /(?:([\p{L}]+)[\s#:-]*)?(\p{N}(?:[\p{N},.'’ ]?\p{N})*)/gu;

/** Words saying "the number of" the word before them: "parcel number 217", "invoice no. 4471". */
const NUMBER_WORDS = new Set(['number', 'no', 'nr', 'num']);
/** The word right before a `NUMBER_WORDS` word, at the end of the text before it. */
const OWNER_BEFORE = /(\p{L}+)\s+$/u;

/** What follows an amount rather than a numbered thing's number: a currency or unit ("35 euros", "20%"). */
const AMOUNT_AFTER =
  /^\s*(?:[$€£¥₹₩₽¢%]|(?:eur|euros?|usd|dollars?|gbp|pounds?|chf|francs?|yen|cents?|kr|sek|nok|dkk|pln|zł|czk|rupees?|percent|per cent)(?![\p{L}]))/iu;
/** A word as numbers name it: folded (accents, case) and Porter-stemmed ("Modules" → "modul"). */
const counted = (word: string) =>
  stem(
    word
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase(),
  );

/** One number a text states: `named` is `"<stem> <n>"` when a word counts it ("module 4"). */
export interface Stated {
  number: string;
  named?: string;
  /** The counting word as written, lowercase ("module"), for saying which numbers exist. */
  word?: string;
  /** The number as written when not in digits alone ("four", "third", "3rd"): not a word to look for. */
  spelled?: string;
}

/** A counting word as said in answers: a code of capitals ("LH", "NH") as written, other words lowercase. */
const codeOrLower = (word: string) => (/^\p{Lu}{2,}$/u.test(word) ? word : word.toLowerCase());

/**
 * Words before a number that say how much or where, never what is counted: "within 48 hours",
 * "around 30", "every 3 days", "per 2 weeks" (S21 HIGH 1: "withins 30 and 48"). Their number is bare.
 */
const NOT_COUNTING = new Set(
  `within around approximately approx roughly nearly almost exactly least every per since till til
toward towards beyond past except plus minus times via upon among across along near circa ca inside
outside than`.split(/\s+/),
);

/** The word that counts a range's numbers as written in references: "pp. 10–12" are pages. */
const RANGE_WORDS = new Map([
  ['pp', 'pages'],
  ['p', 'page'],
]);
/**
 * A range of numbered things: "Weeks 8–11", "Modules 2-4", "days 3 to 5", "Chapters 1 through 3",
 * "pp. 10–12". The word, the first and last number; at most MAX_RANGE numbers, and never an
 * amount ("costs 10–20 EUR") or a time ("10:00–12:00", whose digits run on with ":").
 */
const RANGE =
  /(?<![\p{L}\p{N}])(\p{L}+)\.?[\s#:]*(\d{1,4})\s*(?:[–—-]|\s(?:to|through|thru|until|till)\s)\s*(\d{1,4})(?![\p{N}:.,]\d|\p{N})/giu;
const MAX_RANGE = 100;

/**
 * The numbers a range covers beyond its first ("Weeks 8–11" → weeks 9, 10 and 11), each named by
 * the range's word, so week 9 is in a syllabus that says "Weeks 8–11" (S21 HIGH 1). The first is
 * read by `statedNumbers` itself.
 */
function rangeNumbers(normal: string): Stated[] {
  const out: Stated[] = [];
  for (const match of normal.matchAll(RANGE)) {
    const written = match[1] as string;
    const word = RANGE_WORDS.get(written.toLowerCase()) ?? written;
    const first = Number(match[2]);
    const last = Number(match[3]);
    const after = normal.slice((match.index ?? 0) + match[0].length);
    if (
      isStopWord(word.toLowerCase()) ||
      NOT_COUNTING.has(word.toLowerCase()) ||
      VALUE.has(word.toLowerCase())
    )
      continue;
    if (!(last > first) || last - first > MAX_RANGE || AMOUNT_AFTER.test(after)) continue;
    for (let n = first + (RANGE_WORDS.has(written.toLowerCase()) ? 0 : 1); n <= last; n += 1)
      out.push({ number: String(n), named: `${counted(word)} ${n}`, word: codeOrLower(word) });
  }
  return out;
}

/** Every number `text` states, digits and spelled, each with the word that counts it if any. */
export function statedNumbers(text: string): Stated[] {
  const out: Stated[] = [];
  const normal = text.normalize('NFKC');
  for (const match of normal.matchAll(DIGITS)) {
    // Separators of thousands go ("1,375", "1.375", "1 375"); a decimal or section point stays ("6.5").
    const digits = (match[2] as string).replace(/[,'’ ]/g, '').replace(/\.(?=\d{3}(?!\d))/g, '');
    // "chapter 04" is chapter 4, but "invoice 0217" is a code as written, never invoice 217 (k15 HIGH 6).
    const number = /^0\d{2,}$/u.test(digits) ? digits : digits.replace(/^0+(?=\d)/, '');
    const word = match[1]?.toLowerCase();
    // "the 3rd step": the ordinal's own pattern names it; the digits alone are no number of "the".
    const after = normal.slice((match.index ?? 0) + match[0].length);
    const ordinal = /^(?:st|nd|rd|th)\b/iu.test(after);
    if (ordinal) continue;
    // "costs 35 euros", "fee 20%": an amount, not the 35th cost — no word counts it.
    // A code ("LH 714", "NH 23") is said as written, never lowercased or pluralised (numbered.ts).
    const counts =
      word !== undefined && !isStopWord(word) && !NOT_COUNTING.has(word) && !AMOUNT_AFTER.test(after);
    // "parcel number 217", "invoice nr 4471", "room number 12": the number is the parcel's too,
    // first, so "parcel 217" is that parcel and not "Note 217", and a missing one is "no parcel 7" (S23 HIGH 5).
    const owner =
      counts && NUMBER_WORDS.has(word) ? OWNER_BEFORE.exec(normal.slice(0, match.index))?.[1] : undefined;
    if (owner !== undefined && !isStopWord(owner.toLowerCase()) && !NOT_COUNTING.has(owner.toLowerCase()))
      out.push({ number, named: `${counted(owner.toLowerCase())} ${number}`, word: codeOrLower(owner) });
    out.push(
      counts
        ? { number, named: `${counted(word)} ${number}`, word: codeOrLower(match[1] as string) }
        : { number },
    );
  }
  for (const match of normal.matchAll(NAMED_SPELLED)) {
    const word = (match[1] as string).toLowerCase();
    const number = String(VALUE.get((match[2] as string).toLowerCase().replace(/\s+/g, ' ')));
    if (!isStopWord(word) && !VALUE.has(word))
      out.push({ number, named: `${counted(word)} ${number}`, word, spelled: match[2] as string });
  }
  for (const match of normal.matchAll(ORDINAL_NAMED)) {
    const ordinal = (match[1] as string).toLowerCase();
    const number = String(ORDINAL.get(ordinal) ?? Number.parseInt(ordinal, 10));
    const word = (match[2] as string).toLowerCase();
    if (!isStopWord(word)) out.push({ number, named: `${counted(word)} ${number}`, word, spelled: ordinal });
  }
  out.push(...rangeNumbers(normal));
  return out;
}

/**
 * Numbers a text states as a set to match against: each bare number and each named one, a
 * code's without its leading zeros too. Asked (`asked`, a question's numbers), a number with
 * its word is only the named form, so "module 4" is not "lasts 4 months", and a code is only as
 * written.
 */
export function numbersOf(text: string, asked = false): Set<string> {
  const out = new Set<string>();
  for (const { number, named } of statedNumbers(text)) {
    if (named) out.add(named);
    if (!asked || !named) out.add(number);
    // A document's "doc #0042" is doc 42 too; a question's "invoice 0217" is only as written.
    const unpadded = number.replace(/^0+(?=\d)/u, '');
    if (!asked && unpadded !== number) {
      out.add(unpadded);
      if (named) out.add(`${named.slice(0, named.lastIndexOf(' '))} ${unpadded}`);
    }
  }
  return out;
}
