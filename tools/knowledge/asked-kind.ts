/**
 * The kind of answer a question asks for (issue 10, stranger round 12): "how much does the
 * router cost?" asks for an amount of money, "when …?" for a time, "where …?" for a place and
 * "how many keys …?" for a count of keys. The words that ask so ("cost", "spend", "when") are not
 * words a sentence must contain; instead the sentence quoted must state an answer of that kind
 * ("Price: €149" answers the router's cost; "Dogs are not permitted." does not answer what a dog
 * costs, nor "Either party may terminate…" when the party is). The kind is read from the
 * question's own words, first word or "how much"/"how many", in English and (issue 7, stranger
 * round 11) in German, French, Spanish, Italian and Portuguese: "wann"/"quand"/"cuándo"/"quando"
 * ask a time, "wo"/"où"/"dónde"/"dove"/"onde" a place, "was kostet"/"combien coûte"/"cuánto
 * cuesta"/"quanto costa"/"quanto custa" money, "wie viele X"/"combien de X"/"cuántos X"/"quanti
 * X"/"quantos X" a count of X (hand-made from each language's interrogatives).
 */

import { cardinalsBetween, wordSet, wordTable } from '../../cartridge/lexicon.js';
import { countersOf } from './counters.js';
import { cronOf } from './cron.js';
import { datesIn } from './dates.js';
import { fold, form, root } from './lexicon.js';
import { withoutLogStamp } from './line-shapes.js';
import { isMoneyColumn } from './money-columns.js';
import { listedPeople } from './people-list.js';
import { words } from './text.js';

export type AnswerKind = 'money' | 'time' | 'place' | 'count' | 'measure';

export interface KindAsked {
  kind: AnswerKind;
  /** For a count: the thing counted, as its singular form ("keys" → "key"). */
  counted?: string;
  /** For a measure: the word asking it ("big", "worth", "weigh"), which says which units answer. */
  measure?: string;
}

/** Verbs and nouns that ask what something costs. */
const MONEY_ASKING = wordSet(
  'cost costs costed price priced prices pay pays paid paying spend spends spent spending charge charged charges expensive cheap',
);
/** Words after "how much" that make it a question of amount, not of money ("how much does the box weigh?"). */
const MEASURING = wordSet(
  'weigh weighs weighed weight hold holds last lasts take takes need needs use uses fit fits contain contains sleep time space room notice',
);
/**
 * Words after "how much" that ask for an amount other than money (issue 10, S14 HIGH 4, MEDIUM 9):
 * what a thing is worth or counts for (a percentage, points), weighs, or holds — a measure answers.
 */
const MEASURE_ASKING = wordSet('worth weigh weighs weighed hold holds contain contains count counts');
/** Size words after "how" ("how big is the water tank?"): a measure answers ("1.8 litres"). */
const SIZE = wordSet('big large small long tall heavy wide deep high far thick old');
/**
 * The words that ask how long in German, French, Spanish, Italian, Portuguese and Dutch (folded),
 * as English "how long" does (S25 MEDIUM 7): "cuánto tiempo", "combien de temps", "quanto tempo",
 * "wie viel Zeit", "wie lange", "hoe lang", and what a thing lasts ("dauert", "dure", "dura").
 */
const FOREIGN_DURATION = new Set(
  'tiempo temps tempo zeit lange lang dauert dauern dure durent dura duran durano duram'.split(' '),
);
/**
 * Stems of the words that only say a measure is asked ("big", "worth", "weigh", "tiempo"): never
 * required of a sentence, which states the measure instead ("Water tank | 1.8 litres").
 */
export const MEASURE_FRAMING = new Set(
  [...SIZE, ...MEASURE_ASKING, 'weight', 'size', ...FOREIGN_DURATION].map(root),
);
/** Units of time counted before "of" ("how many days of leave", "how many hours of overtime"). */
const TIME_UNITS = wordSet('minutes hours days nights weeks months years sessions lessons');
/**
 * Words that end the thing counted after "how many" ("how many eggs in …", "… for the party",
 * "how many votes against the service charge?" counts votes, not charges: S34).
 */
const COUNT_END = wordSet(
  'in on at for from to with per into inside against about by over under between during since after before without within along across around near behind beside towards',
);
const AUX = wordSet('is are was were does do did will would should can could has have had');
/**
 * Words that end the thing counted as AUX does: a preposition or a light verb after it ("how many
 * eggs in the shakshuka?", "how many eggs go in it?" count eggs; issue 10, S14 HIGH 2). "of" is
 * not one: "how many cups of flour" is read by `statesAskedKind`.
 */
const AFTER_COUNTED = wordSet('in into inside on at for from with per to go goes went get gets need needs');

/**
 * Stems of the verbs that ask for records of money or purchases ("what did I spend on travel?",
 * "what did I buy on 3 April?"): never required of a sentence when the documents do not use them
 * (an expense table says "travel, 412.50", not "spent").
 */
export const RECORD_VERBS = new Set(
  // A log of work done says "battery, Halfords, 112", never "replaced" (S13 item 1).
  'spend spends spent spending buy buys bought buying purchase purchased purchases replace replaced renew renewed install installed'
    .split(' ')
    .map(root),
);

/**
 * The kind of answer `question` asks for, or undefined when it asks for no particular kind:
 * a measure for "how big/long/heavy …" and "how much … worth/weigh/hold/count for";
 * money for "how much is/does/was …" (not "how much notice", "how much does it weigh") and for
 * "what/how … cost/price/pay/spend"; a time for "when …"; a place for "where …"; a count of the
 * next word for "how many …".
 */
export function askedKind(question: string): KindAsked | undefined {
  const list = words(question).map(fold);
  const foreign = foreignKind(words(question));
  if (foreign !== null) return foreign;
  const [first] = list;
  if (first === 'when') return { kind: 'time' };
  // "what time does the ferry depart?", "at what time …": a time, as "when" asks (S29 M3).
  const at = first === 'at' ? 1 : 0;
  if (/^(?:what|which)$/u.test(list[at] ?? '') && /^times?$/u.test(list[at + 1] ?? ''))
    return { kind: 'time' };
  if (first === 'where') return { kind: 'place' };
  // "by when must I accept the offer?", "until when …", "what is the deadline to …", "what's the
  // due date …": a date, as "when" asks (k22).
  if (/^(?:by|until|till|til)$/u.test(first ?? '') && list[1] === 'when') return { kind: 'time' };
  if (
    /^(?:what|which)$/u.test(first ?? '') &&
    list.some((word, i) => DEADLINE.test(word) || (word === 'due' && list[i + 1] === 'date'))
  )
    return { kind: 'time' };
  const how = list.indexOf('how');
  if (how >= 0 && list[how + 1] === 'many' && list[how + 2] !== undefined) {
    // The thing counted is the last word before the verb: "how many storage lockers do I get?" → locker.
    // "how many eggs in the shakshuka?", "how many eggs go in it?": the thing counted ends at a
    // preposition or a light verb too.
    const end = list.findIndex(
      (word, index) =>
        (index > how + 1 && (AUX.has(word) || COUNT_END.has(word) || AFTER_COUNTED.has(word))) ||
        // "how many people attended the meeting?": a past verb after the thing counted ends it (S21 HIGH 3).
        (index > how + 2 && /^\p{L}{3,}ed$/u.test(word)),
    );
    // "how many days of annual leave?": days are counted ("27 days of annual leave"), not leave (S27 MEDIUM 6).
    const counted =
      list[how + 3] === 'of' && TIME_UNITS.has(list[how + 2] ?? '')
        ? list[how + 2]
        : list.slice(how + 2, end < 0 ? undefined : end).at(-1);
    // "how many times did I go to Tesco?": the rows or lines saying so are counted, no "times" (S25).
    if (counted === 'times' || counted === 'time') return undefined;
    // "how many does the cake feed?", "how many will the soup serve?": a count of people (S11).
    if (counted === undefined && list.some((word) => SERVING_VERBS.has(word)))
      return { kind: 'count', counted: 'people' };
    // "how many in the box?": nothing named to count, no particular kind.
    return counted === undefined ? undefined : { kind: 'count', counted: form(counted) };
  }
  if (how >= 0 && SIZE.has(list[how + 1] ?? '')) return { kind: 'measure', measure: list[how + 1] as string };
  const measuring =
    how >= 0 && list[how + 1] === 'much' ? list.find((word) => MEASURE_ASKING.has(word)) : undefined;
  if (measuring) return { kind: 'measure', measure: measuring };
  if (how >= 0 && list[how + 1] === 'much' && AUX.has(list[how + 2] ?? '')) {
    if (list.some((word) => MEASURING.has(word))) return undefined;
    return { kind: 'money' };
  }
  if (
    (first === 'what' || first === 'how' || first === 'which') &&
    list.some((word) => MONEY_ASKING.has(word))
  )
    return { kind: 'money' };
  return undefined;
}

/** Verbs saying how many people a dish or a place is for ("Serves 4.", "Feeds 8", "seats 12"). */
const SERVING_VERBS = new Set('serve serves served feed feeds fed seat seats seated'.split(' '));
/** The words of a count of people: a number serving or feeding them answers ("Serves 4." for "how many people"). */
const PEOPLE = new Set(
  'people person persons guest guests serving servings portion portions eater eaters mouth mouths adult adults'
    .split(' ')
    .map(form),
);
/** Whether the thing counted is people served ("people", "servings", "portions", "guests"). */
export const countsPeople = (counted: string): boolean => PEOPLE.has(form(counted));

/**
 * Foreign question words (folded) asking a time or a place, by language: German, French,
 * Spanish, Italian, Portuguese. "où" is written with its accent (folded it is "ou", French "or").
 */
const FOREIGN_TIME = new Set('wann quand cuando quando'.split(' '));
const FOREIGN_PLACE = new Set('wo wohin donde adonde dove onde aonde'.split(' '));
/** Words asking how much or how many, before a counted noun or a verb. */
const FOREIGN_HOW_MUCH = new Set(
  'wieviel wieviele combien cuanto cuanta cuantos cuantas quanto quanta quanti quante quantos quantas'.split(
    ' ',
  ),
);
/** Forms of "how many" whose next word (after "de"/"d'") is the thing counted. */
const FOREIGN_HOW_MANY = new Set('wieviele cuantos cuantas quanti quante quantos quantas'.split(' '));
/** Verbs and nouns of cost or payment in the five languages (folded): the question asks money. */
export const FOREIGN_MONEY_ASKING = new Set(
  `kostet kosten kostete kosteten zahle zahlen zahlt bezahle bezahlen bezahlt preis gebuhr
coute coutent couter coutait paie paye payer payons payez prix tarif
cuesta cuestan costar costo pago pagas paga pagamos pagan pagar precio cobran
costa costano costare prezzo pagare pago paghiamo pagano
custa custam custar preco pagar pagamos pagam`.split(/\s+/),
);
/** Copulas after "wie viel"/"combien"/"cuánto"/"quanto": "wie viel ist die Miete?" asks money. */
const FOREIGN_COPULA = new Set('ist sind war est sont etait es son era e sao foi'.split(' '));
/** Words after "wie viel"/"combien" that make it a measure, not money ("wie viel wiegt", "combien de temps"). */
const FOREIGN_MEASURING = new Set(
  'wiegt wiegen dauert dauern zeit temps pese pesent dure tiempo pesa pesan dura tempo durano duram'.split(
    ' ',
  ),
);

/**
 * The kind a German, French, Spanish, Italian or Portuguese question asks (see the module
 * comment), undefined when it asks none, or null when it has none of their question words (then
 * the English rules read it). `raw`: its words lowercased, accents kept ("où" is not "ou").
 */
function foreignKind(raw: readonly string[]): KindAsked | undefined | null {
  // "When" in Korean (언제, 몇 시), Chinese (什么时候, 几点) and Japanese (いつ, 何時) asks a date or time (S29 HIGH 7).
  if (
    raw.some((word, i) => CJK_WHEN.test(word) || (word === '몇' && /^시/u.test(raw[i + 1] ?? ''))) ||
    /什么时候|什麼時候|いつ/u.test(raw.join(''))
  )
    return { kind: 'time' };
  // "Where" in Chinese (哪里, 在哪), Japanese (どこ) and Korean (어디) asks a place.
  if (/哪里|哪裡|哪儿|哪兒|在哪|どこ|어디/u.test(raw.join(''))) return { kind: 'place' };
  const list = raw.map(fold);
  const at = (index: number) => list[index] ?? '';
  // "où est la clé?", not "ou" ("or"); the others are no English words.
  const placeAt = raw.findIndex((word) => word === 'où' || word === 'aonde');
  const wo = list.findIndex((word) => FOREIGN_PLACE.has(word) && word !== 'onde' && word !== 'dove');
  // "onde", "dove" are no English words either, but "wo" ("woe") is short: only as a first word.
  if (placeAt >= 0 || (wo === 0 && list[0] === 'wo') || (wo >= 0 && list[0] !== 'wo' && wo <= 1))
    return { kind: 'place' };
  if (list.slice(0, 2).some((word) => word === 'onde' || word === 'dove')) return { kind: 'place' };
  if (list.slice(0, 3).some((word) => FOREIGN_TIME.has(word))) return { kind: 'time' };
  // "a quelle heure", "um wie viel Uhr", "a qué hora", "a che ora", "a que horas": a time.
  if (
    list.some(
      (word, i) => (word === 'heure' || word === 'hora' || word === 'horas' || word === 'ora') && i <= 3,
    )
  )
    if (list.slice(0, 3).some((word) => /^(?:quelle|que|qual|che|cual)$/u.test(word)))
      return { kind: 'time' };
  if (list.includes('uhr') && list.slice(0, 3).includes('wie')) return { kind: 'time' };
  // "wie lange kocht der Reis?", "hoe lang duurt het?": how long, as in English.
  if (list.some((word, i) => (word === 'wie' || word === 'hoe') && FOREIGN_DURATION.has(at(i + 1))))
    return { kind: 'measure', measure: 'long' };
  // "wie viel"/"wie viele" are written as two words too.
  const joined = list.map((word, i) =>
    word === 'wie' && (at(i + 1) === 'viel' || at(i + 1) === 'viele') ? `wie${at(i + 1)}` : word,
  );
  const words = joined.filter(
    (word, i) =>
      !(word === 'viel' || word === 'viele') ||
      joined[i - 1] === undefined ||
      !joined[i - 1]?.startsWith('wie'),
  );
  const how = words.findIndex((word) => FOREIGN_HOW_MUCH.has(word));
  if (how >= 0) {
    // "combien de clés", "combien d'enfants" (d' is cut as "d"), "wie viele Schlüssel", "cuántas llaves".
    const after = words[how + 1] === 'de' || words[how + 1] === 'd' ? how + 2 : how + 1;
    const next = words[after];
    // "cuánto tiempo", "combien de temps", "wie viel Zeit": how long, a time measure answers.
    if (words.slice(how + 1).some((word) => FOREIGN_DURATION.has(word)))
      return { kind: 'measure', measure: 'long' };
    if (words.slice(how + 1).some((word) => FOREIGN_MEASURING.has(word))) return undefined;
    if (words.slice(how + 1).some((word) => FOREIGN_MONEY_ASKING.has(word))) return { kind: 'money' };
    const manyWord = FOREIGN_HOW_MANY.has(words[how] as string) || after === how + 2;
    if (manyWord && next !== undefined && !FOREIGN_COPULA.has(next))
      return { kind: 'count', counted: form(next) };
    if (next !== undefined && FOREIGN_COPULA.has(next)) return { kind: 'money' };
    return undefined;
  }
  // "was kostet die Miete?", "quel est le prix du loyer?", "qué precio tiene": money asked by its verb or noun.
  const asking =
    /^(?:was|welche|welcher|welches|quel|quelle|quels|quelles|que|qu|cual|cuales|qual|quali|quais|quale|che|cosa)$/u;
  if (
    list.slice(0, 2).some((word) => asking.test(word)) &&
    list.some((word) => FOREIGN_MONEY_ASKING.has(word))
  )
    return { kind: 'money' };
  return null;
}

/**
 * Stems of the words that only say a time is asked, in a "when" question ("when is the rent
 * due?" — "payable on the 5th of each month"): never required of a sentence, which states a time.
 */
export const TIME_FRAMING = new Set('due payable deadline deadlines'.split(' ').map(root));
/** Words naming the last day to do a thing: "what is the deadline to …?" asks a date. */
const DEADLINE = /^(?:deadlines?|cutoff|cut-off)$/u;

/** A currency sign or name, or a code whose letters are no English word ("zł" ends where no letter follows: \b is ASCII). */
const MONEY_NAMED =
  /[$€£¥₹₩₽¢₺₪₴₦]|\b(?:eur|euros?|usd|dollars?|gbp|pounds?|chf|francs?|yen|cents?|kr|sek|nok|dkk|pln|czk|rupees?|liras?|forints?|zloty)\b|\bzł(?!\p{L})/iu;
/**
 * A currency's code in capitals ("37,000 TRY", "1,200 HUF"; S46): in lower case "try" or "ron" is
 * a word, so only as written in capitals.
 */
const CURRENCY_CODE =
  /(?<![\p{L}])(?:TRY|HUF|RON|BGN|ISK|INR|JPY|CNY|KRW|AUD|CAD|NZD|SGD|HKD|ZAR|BRL|MXN|AED|SAR|ILS|UAH|RUB|EGP|MAD|THB|IDR|MYR|PHP|VND|ARS|CLP|COP|QAR|KWD|NGN|PLN)(?![\p{L}])/u;
/** An amount of money: a currency sign, name or code. */
export const MONEY_STATED = {
  test: (text: string): boolean => MONEY_NAMED.test(text) || CURRENCY_CODE.test(text),
};
const MONEY = MONEY_STATED;
/** An amount written with two decimals ("2,345.00", "108.20"): no date, time, share or measure. */
const PENCE = /(?<![\d.,:])\d{1,3}(?:,\d{3})*\.\d{2}(?![\d.,:]|\s*(?:%|\p{L}))/u;
/** Words that name an amount of money, as stems: a line saying one of them says what it costs. */
export const MONEY_WORDS = new Set(
  'price prices cost costs fee fees rent charge charges fare fares amount total sum premium premiums'
    .split(' ')
    .map(root),
);
/** A time: a date, a weekday or month, a time of day, an ordinal day, a season or part of a day, "every …". */
const TIME = [
  /\b(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\b/iu,
  // "May" the month, not the verb ("Either party may terminate").
  /\b\d{1,2}(?:st|nd|rd|th)?\s+may\b|\bmay\s+\d/iu,
  // "Sun"/"Sat"/"Wed"/"Mon" alone only before a date or time ("Sat 14 June"): a "sun hat" says no day.
  /\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|tues?|thu(?:rs)?|fri)\b|\b(?:mon|wed|sat|sun)\.?(?=,?\s+\d)/iu,
  /\b\d{4}-\d{2}|\b\d{1,2}[./]\d{1,2}\b|\b(?:19|20)\d{2}\b|\b\d{1,2}:\d{2}\b|\b\d{1,2}\s*(?:am|pm|h)\b/iu,
  /\b\d{1,2}(?:st|nd|rd|th)\b/iu,
  /\b(?:daily|weekly|fortnightly|monthly|yearly|annually|every|each|today|tonight|tomorrow|yesterday|morning|afternoon|evening|night|noon|midnight|weekend|weekends|spring|summer|autumn|fall|winter|christmas|easter|once|whenever|when|until|till|since)\b/iu,
  /\b(?:at|by|before|after|from|around)\s+\d/iu,
  // "24 to 120 hours before returning to the UK": a time counted from an event (S29 M3).
  /\b\d+\s+(?:(?:to|-|–|or)\s+\d+\s+)?(?:minutes?|hours?|days?|weeks?|months?)\s+(?:before|after|prior\s+to|ahead\s+of)\b/iu,
  // A numbered period of a course or calendar: "due in week 13", "Term 2", "on day 3" (S23 HIGH 7).
  /\b(?:weeks?|days?|terms?|semesters?|trimesters?|quarters?|sessions?|lessons?|lectures?|wk)\s*\d{1,3}\b/iu,
  new RegExp(
    String.raw`\b(?:within|in|after|before)\s+(?:\d+|a|an|${cardinalsBetween(1, 12).join('|')})\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\b`,
    'iu',
  ),
];
/** A place: a preposition of place, or a place word. */
const PLACE =
  /\b(?:in|at|on|from|under|behind|inside|outside|near|above|below|beside|by|with|between|opposite|upstairs|downstairs|next to|left|right|room|floor|street|road|address)\b/iu;
const NUMBER_WORD = new RegExp(
  `^(?:\\d+|${[...cardinalsBetween(1, 50), 'hundred'].join('|')}|dozen|both|several|pair|single|no)$`,
  'u',
);
/** A number in digits or words, one to twenty and the tens ("1.8", "twelve"), before its unit. */
const NUMBER = `(?:\\d+(?:[.,]\\d+)?(?:\\s*|-)|(?:${cardinalsBetween(1, 50).join('|')}|a|an|half an?)\\s+)`;
/** Units of measure by dimension, as regular-expression alternatives. */
const UNITS = {
  weight: 'kg|kilos?|kilograms?|g|grams?|mg|lbs?|pounds?|oz|ounces?|tons?|tonnes?|stones?',
  volume: 'l|litres?|liters?|ml|cl|dl|gallons?|cups?|pints?|quarts?',
  length: 'm|metres?|meters?|cm|mm|km|miles?|inch(?:es)?|feet|foot|ft|yards?',
  area: 'sq|square|m2|hectares?|acres?',
  // And in German, French, Spanish, Italian and Portuguese ("18 minutos", "2 Stunden", "3 jours").
  time: 'seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|months?|years?|minut(?:os?|i|en?)|stunden?|heures?|horas?|ore|jours?|tagen?|d[ií]as|giorni|semaines?|semanas?|settimane|wochen?|mois|meses|mesi|monaten?|ans|a[nñ]os|anni|anos|jahren?',
  age: 'years?|yrs?|months?|(?:years?|months?)\\s+old',
  share: '%|percent|per\\s?cent|points?|pts|marks?|credits?',
  power: 'w|watts?|kw|v|volts?|bar|psi',
  data: 'gb|tb|mb|kb|bytes?',
  text: 'words?|pages?|characters?|slides?',
  people: 'people|persons|servings?|portions?|seats?|guests?|places?',
} as const;
type Dimension = keyof typeof UNITS;
const measureOf = (dimensions: readonly Dimension[]) =>
  new RegExp(
    `${dimensions.includes('share') ? '\\d\\s*%|' : ''}\\b${NUMBER}(?:${dimensions.map((d) => UNITS[d]).join('|')})(?![\\p{L}\\p{N}])`,
    'iu',
  );
const ALL_DIMENSIONS = Object.keys(UNITS) as Dimension[];
/**
 * The measures each asking word is answered by: "how heavy" by a weight, "how old" by years or months, "how
 * big" by a volume, length, area, size of data or how many it seats, what a thing is "worth" or
 * "counts for" by a share or points (or money), what it "holds" by a volume, data or people.
 */
const MEASURES: Record<string, readonly Dimension[]> = wordTable({
  big: ['volume', 'length', 'area', 'data', 'people'],
  large: ['volume', 'length', 'area', 'data', 'people'],
  small: ['volume', 'length', 'area', 'data', 'people'],
  long: ['length', 'time', 'text'],
  tall: ['length'],
  high: ['length'],
  wide: ['length'],
  deep: ['length'],
  far: ['length', 'time'],
  thick: ['length'],
  heavy: ['weight'],
  weigh: ['weight'],
  weighs: ['weight'],
  weighed: ['weight'],
  old: ['age'],
  worth: ['share'],
  count: ['share'],
  counts: ['share'],
  hold: ['volume', 'data', 'people', 'weight'],
  holds: ['volume', 'data', 'people', 'weight'],
  contain: ['volume', 'data', 'people', 'weight'],
  contains: ['volume', 'data', 'people', 'weight'],
});

/**
 * Whether a sentence states an answer of the kind asked. `label`: its label ("Price"), if a label
 * line; `columns`: a table row's column names; `context`: its record's other lines (a label line's
 * "Name:" block). Money: a currency, or a value labelled as money ("amount" column); a time: a
 * date, weekday, time of day, ordinal day ("the 5th"), part of a day or season, "every"/"within 30
 * days"; a place: a preposition or word of place, or a label line; a count: a number within
 * three words before the thing counted ("two keys", "3 sets of keys"; not "60 EUR per key"), or
 * right after it ("locker 4", "Serves 4" for servings), or a label of that thing with a number
 * ("Keys: 2"); a measure: a number with a unit or a share ("45%", "1.8 litres"), money, or a
 * labelled value or table cell with a number.
 */
export function statesAskedKind(
  asked: KindAsked,
  unit: {
    text: string;
    label: boolean;
    key?: string;
    columns?: string[];
    names?: string;
    amountPair?: boolean;
  },
  context: string,
): boolean {
  const text = unit.text;
  // A config setting (`tls_cert_path: /etc/…`, `ttl_seconds: 3600`; config-keys.ts) is a label line.
  const label = unit.label || unit.names !== undefined;
  switch (asked.kind) {
    case 'money':
      return (
        MONEY.test(text) ||
        // "Net pay   2,345.00" on a payslip: an amount in pounds and pence, its currency said nowhere (S29 M3).
        PENCE.test(text) ||
        freeOfCharge(text) ||
        // A payslip's "Income tax 604.20" (side-by-side.ts).
        (unit.amountPair === true && /\d\.\d{2}$/u.test(text)) ||
        // "an early repayment charge of 5% in year 1": a charge or fee stated as a share (S27 MEDIUM 7).
        (/\d\s*%/u.test(text) && /\b(?:charges?|fees?|commission|surcharge)\b/iu.test(text)) ||
        (unit.key !== undefined && isMoneyColumn(unit.key) && /\p{N}/u.test(text)) ||
        (unit.columns ?? []).some((column) => isMoneyColumn(column)) ||
        (unit.label && MONEY.test(context))
      );
    case 'time':
      return (
        TIME.some((pattern) => pattern.test(text) || (unit.label && pattern.test(context))) ||
        FOREIGN_TIME_STATED.test(text) ||
        CJK_TIME_STATED.test(text) ||
        datesIn(text).length > 0 ||
        // `schedule: "0 3 * * *"`: a cron schedule says when (cron.ts).
        (label && cronOf(text) !== undefined)
      );
    case 'place':
      return (
        label ||
        (unit.columns ?? []).length > 0 ||
        PLACE.test(text) ||
        FOREIGN_PLACE_STATED.test(text) ||
        // Chinese, Japanese and Korean say where with particles these do not read ("서랍에", "在抽屉里").
        CJK_WRITING.test(text)
      );
    case 'measure': {
      const dimensions = MEASURES[asked.measure ?? ''] ?? ALL_DIMENSIONS;
      if (measureOf(dimensions).test(text)) return true;
      // "worth €500": money, when the sentence says it is what the thing is worth (not any price near it).
      if (dimensions.includes('share') && MONEY.test(text) && /\b(?:worth|value|valued)\b/iu.test(text))
        return true;
      // A labelled value that is a bare number ("Capacity: 12") is the measure of its label.
      return label && /[:=]\s*\d+(?:[.,]\d+)?\s*$/u.test(text);
    }
    case 'count': {
      const counted = asked.counted as string;
      // "Serves 4." for "how many servings?": the counted word in any form of its stem.
      // "2泊3日" for how many nights: a Japanese counter is the thing counted (counters.ts).
      const same = (word: string) =>
        form(word) === counted || root(word) === root(counted) || countersOf(counted).includes(word);
      if (unit.key !== undefined && same(unit.key) && /\p{N}/u.test(text)) return true;
      // "backup › keep_daily: 7" for how many daily backups: a setting whose key path names the
      // thing counted, its value a bare number (S27 MEDIUM 15).
      if (unit.names?.split(' ').some(same) && /[:=]\s*\d+\s*$/u.test(text)) return true;
      // A log line's date and time count nothing it says (line-shapes.ts).
      const list = words(withoutLogStamp(text)).map(fold);
      // "Serves 4.", "Feeds 8 people", "makes 12 portions" for how many people or servings (S11).
      if (PEOPLE.has(counted) && servesNumber(list)) return true;
      // "Present: Ana Silva, Bo Chen, Carl Dunn" for how many people came: the names are the count (people-list.ts).
      if (PEOPLE.has(counted) && listedPeople(text).length > 0) return true;
      return list.some((word, index) => {
        if (!same(word)) return false;
        // "Storage locker 4 is included": the one numbered so is the count of one.
        if (/^\d+$/u.test(list[index + 1] ?? '')) return true;
        for (let back = 1; back <= 3 && index - back >= 0; back += 1) {
          const before = list[index - back] as string;
          if (before === 'per' || MONEY.test(before)) return false;
          if (NUMBER_WORD.test(before) || FOREIGN_NUMBER_WORD.has(before)) return true;
          // "250g red lentils", "2 cups of rice" for how many lentils: a recipe counts by its measure (k29).
          if (
            QUANTITY.test(before) ||
            (QUANTITY_UNIT.test(before) && /^\d/u.test(list[index - back - 1] ?? ''))
          )
            return true;
        }
        return false;
      });
    }
  }
}

/** A number with its unit written on ("250g", "400ml", "1.5kg"): how much of an ingredient. */
const QUANTITY = /^\d+(?:[.,]\d+)?(?:g|kg|mg|ml|l|oz|lbs?)$/u;
/** A unit written after its number ("2 cups", "250 g", "3 tbsp"), folded. */
const QUANTITY_UNIT =
  /^(?:g|kg|grams?|kilos?|ml|l|litres?|liters?|oz|ounces?|lbs?|pounds?|cups?|tbsp|tsp|tablespoons?|teaspoons?|tins?|cans?|handfuls?|pinch|cloves?)$/u;
/** Numbers one to twelve in German, French, Spanish, Italian and Portuguese (folded): "zwei Schlüssel", "deux clés". */
const FOREIGN_NUMBER_WORD = new Set(
  `ein eine einen zwei drei vier funf sechs sieben acht neun zehn elf zwolf
un une deux trois quatre cinq six sept huit neuf dix onze douze
uno una dos tres cuatro cinco seis siete ocho nueve diez once doce
due tre quattro cinque sei sette otto nove dieci undici dodici
um uma dois duas quatro cinco seis sete oito nove dez onze doze`.split(/\s+/),
);
/** Verbs of serving a number of people, and "for" before one ("for 4"). */
const SERVES = /^(?:serves?|serving|feeds?|makes?|yields?|seats?|for)$/u;
/** Words that name who or what is served, after the number ("Feeds 8 people", "makes 12 portions"). */
const SERVED = /^(?:people|persons?|guests?|servings?|portions?|adults?|eaters?)$/u;
/**
 * Whether the words (folded) state a number served: "serves 4", "feeds up to 8", "makes 12
 * portions", "for 6 people", "4 servings". "makes 12" alone is not one ("makes 12 muffins").
 */
function servesNumber(list: readonly string[]): boolean {
  return list.some((word, index) => {
    const isNumber = (w: string | undefined) => w !== undefined && (NUMBER_WORD.test(w) || /^\d+$/u.test(w));
    if (isNumber(word) && SERVED.test(list[index + 1] ?? '')) return true;
    if (!SERVES.test(word)) return false;
    let next = index + 1;
    while (/^(?:up|to|about|around|roughly|approximately|between)$/u.test(list[next] ?? '')) next += 1;
    if (!isNumber(list[next])) return false;
    // "makes 12" and "for 6" only with who is served after ("makes 12 portions", "for 6 people").
    return /^(?:serves?|serving|feeds?|seats?)$/u.test(word) || SERVED.test(list[next + 1] ?? '');
  });
}

/**
 * Whether a sentence says something costs nothing (S11): "Juniors play free.", "free of charge",
 * "at no extra cost", "no charge", "is included in the rent", "complimentary", "costs nothing",
 * "gratis", and in German, French, Spanish, Italian and Portuguese "kostenlos", "gratuit",
 * "inbegriffen", "inclus", "incluido", "gratuito", "incluso". Not "gluten-free", "hands-free",
 * "feel free to", "free time", "free of dust", "free weights": "free" counts only closing its
 * clause or before a word that goes on about when or for whom ("free on Sundays", "free for members").
 */
export function freeOfCharge(text: string): boolean {
  return (
    /(?<![-\p{L}])(?:for\s+free|free\s+of\s+charge|at\s+no\s+(?:extra\s+|additional\s+)?(?:cost|charge)|no\s+(?:extra\s+|additional\s+)?(?:charge|cost|fee)s?|complimentary|gratis|costs?\s+nothing|(?:is|are|comes?|come)\s+(?:already\s+)?included|included\s+in|kostenlos|umsonst|inbegriffen|inklusive|gratuit[es]?|inclus[e]?|gratuit[oa]s?|inclu[ií]d[oa]s?|incluso|inclusa|compris[e]?)(?![-\p{L}])/iu.test(
      text,
    ) ||
    /(?<![-\p{L}]|feel\s)free(?=\s*(?:[.,;:!)]|$)|\s+(?:for|on|with|until|before|after|during|at|if|when|under|below|to\s+(?:members|residents|children|kids|juniors|students|guests|all|everyone))\b)/iu.test(
      text,
    )
  );
}

/** A time in German, French, Spanish, Italian or Portuguese: a weekday, "Uhr", "14h30", every day/week. */
const FOREIGN_TIME_STATED =
  /(?<!\p{L})(?:montags?|dienstags?|mittwochs?|donnerstags?|freitags?|samstags?|sonntags?|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bados?|domingos?|luned[iì]|marted[iì]|mercoled[iì]|gioved[iì]|venerd[iì]|sabato|domenica|segunda|ter[cç]a|quarta|quinta|sexta|uhr|t[aä]glich|w[oö]chentlich|monatlich|j[aä]hrlich|jeden|jede|chaque|quotidien|hebdomadaire|mensuel|cada|diario|semanal|mensual|ogni|mensile|settimanale|todos\s+os|mensal|bis|seit|jusqu|hasta|desde|fino|at[eé]|woche|wochenende|heute|morgen|morgens|abends?|nachts?|mittags?|semaine|aujourd|demain|soir|matin|midi|semana|hoy|ma[nñ]ana|noche|tarde|settimana|oggi|domani|sera|mattina|pomeriggio|hoje|amanh[aã]|noite)(?!\p{L})|\b\d{1,2}\s*h\s*\d{0,2}\b|\b\d{1,2}\s+(?:monate?n?|jahre?n?|wochen|tage?n?|mois|ans|semaines|jours|meses|a[nñ]os|semanas|d[ií]as|mesi|anni|settimane|giorni|dias)\b/iu;
/** "When" in Korean, Chinese and Japanese, as a word starts (their times are often written in words: 三点, 每季度, 土曜日). */
const CJK_WHEN = /^(?:언제|몇시|什么时候|什麼時候|何时|何時|几点|幾點|いつ)/u;
/** A date or time in Korean, Japanese or Chinese writing: "6월 14일", "오후 3시", "토요일", "3月5日", "15時". */
const CJK_TIME_STATED =
  /[\d一二三四五六七八九十两]+\s*(?:월|일|시|분|月|日|時|时|点|點|号|號)|오전|오후|[월화수목금토일]요일|[月火水木金土日]曜|星期|礼拜|禮拜|周[一二三四五六日末]|每|毎|季度|上午|下午|晚上|早上|中午|午前|午後|今天|明天|昨天|今日|明日|週末/u;
/** Chinese, Japanese or Korean writing. */
const CJK_WRITING = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
/** A place in German, French, Spanish, Italian or Portuguese: a preposition or word of place. */
const FOREIGN_PLACE_STATED =
  /(?<!\p{L})(?:im|in|am|an|auf|unter|neben|hinter|bei|vor|zwischen|dans|sous|sur|derri[eè]re|devant|chez|pr[eè]s|[aà]\s+c[oô]t[eé]|au|en|encima|debajo|detr[aá]s|junto|delante|cerca|dentro|sotto|sopra|dietro|accanto|vicino|presso|nel|nella|nello|sul|sulla|embaixo|atr[aá]s|perto|ao\s+lado|no|na|nos|nas|em|stra[sß]e|rue|calle|via|rua|zimmer|keller|chambre|habitaci[oó]n|stanza|quarto|stock|[eé]tage|piso|piano|andar)(?!\p{L})/iu;

/** Whether a sentence's stems say a word of money ("rent", "price", "fee"). */
export const saysMoney = (stems: ReadonlySet<string>): boolean => [...MONEY_WORDS].some((r) => stems.has(r));
