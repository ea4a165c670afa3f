/**
 * The kind of answer a question asks for (issue 10, stranger round 12): "how much does the
 * router cost?" asks for an amount of money, "when …?" for a time, "where …?" for a place and
 * "how many keys …?" for a count of keys. The words that ask so ("cost", "spend", "when") are not
 * words a sentence must contain; instead the sentence quoted must state an answer of that kind
 * ("Price: €149" answers the router's cost; "Dogs are not permitted." does not answer what a dog
 * costs, nor "Either party may terminate…" when the party is). English questions only: the kind
 * is read from the question's own words, first word or "how much"/"how many".
 */
import { fold, form, root } from './lexicon.js';
import { words } from './text.js';

export type AnswerKind = 'money' | 'time' | 'place' | 'count';

export interface KindAsked {
  kind: AnswerKind;
  /** For a count: the thing counted, as its singular form ("keys" → "key"). */
  counted?: string;
}

/** Verbs and nouns that ask what something costs. */
const MONEY_ASKING = new Set(
  'cost costs costed price priced prices pay pays paid paying spend spends spent spending charge charged charges expensive cheap'.split(
    ' ',
  ),
);
/** Words after "how much" that make it a question of amount, not of money ("how much does the box weigh?"). */
const MEASURING = new Set(
  'weigh weighs weighed weight hold holds last lasts take takes need needs use uses fit fits contain contains sleep time space room notice'.split(
    ' ',
  ),
);
const AUX = new Set('is are was were does do did will would should can could has have had'.split(' '));
/**
 * Words that end the thing counted as AUX does: a preposition or a light verb after it ("how many
 * eggs in the shakshuka?", "how many eggs go in it?" count eggs; issue 10, S14 HIGH 2). "of" is
 * not one: "how many cups of flour" is read by `statesAskedKind`.
 */
const AFTER_COUNTED = new Set(
  'in into inside on at for from with per to go goes went get gets need needs'.split(' '),
);

/**
 * Stems of the verbs that ask for records of money or purchases ("what did I spend on travel?",
 * "what did I buy on 3 April?"): never required of a sentence when the documents do not use them
 * (an expense table says "travel, 412.50", not "spent").
 */
export const RECORD_VERBS = new Set(
  'spend spends spent spending buy buys bought buying purchase purchased purchases'.split(' ').map(root),
);

/**
 * The kind of answer `question` asks for, or undefined when it asks for no particular kind:
 * money for "how much is/does/was …" (not "how much notice", "how much does it weigh") and for
 * "what/how … cost/price/pay/spend"; a time for "when …"; a place for "where …"; a count of the
 * next word for "how many …".
 */
export function askedKind(question: string): KindAsked | undefined {
  const list = words(question).map(fold);
  const [first] = list;
  if (first === 'when') return { kind: 'time' };
  if (first === 'where') return { kind: 'place' };
  const how = list.indexOf('how');
  if (how >= 0 && list[how + 1] === 'many' && list[how + 2] !== undefined) {
    // The thing counted is the last word before the verb: "how many storage lockers do I get?" → locker.
    const end = list.findIndex(
      (word, index) => index > how + 2 && (AUX.has(word) || AFTER_COUNTED.has(word)),
    );
    const counted = list.slice(how + 2, end < 0 ? undefined : end).at(-1) as string;
    return { kind: 'count', counted: form(counted) };
  }
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

/**
 * Stems of the words that only say a time is asked, in a "when" question ("when is the rent
 * due?" — "payable on the 5th of each month"): never required of a sentence, which states a time.
 */
export const TIME_FRAMING = new Set('due payable'.split(' ').map(root));

/** An amount of money: a currency sign, code or name. */
const MONEY =
  /[$€£¥₹₩₽¢]|\b(?:eur|euros?|usd|dollars?|gbp|pounds?|chf|francs?|yen|cents?|kr|sek|nok|dkk|pln|czk|rupees?)\b/iu;
/** Words that name an amount of money, as stems: a line saying one of them says what it costs. */
export const MONEY_WORDS = new Set(
  'price prices cost costs fee fees rent charge charges fare fares amount total sum'.split(' ').map(root),
);
/** A time: a date, a weekday or month, a time of day, an ordinal day, a season or part of a day, "every …". */
const TIME = [
  /\b(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\b/iu,
  // "May" the month, not the verb ("Either party may terminate").
  /\b\d{1,2}(?:st|nd|rd|th)?\s+may\b|\bmay\s+\d/iu,
  /\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?s?\b/iu,
  /\b\d{4}-\d{2}|\b\d{1,2}[./]\d{1,2}\b|\b(?:19|20)\d{2}\b|\b\d{1,2}:\d{2}\b|\b\d{1,2}\s*(?:am|pm|h)\b/iu,
  /\b\d{1,2}(?:st|nd|rd|th)\b/iu,
  /\b(?:daily|weekly|fortnightly|monthly|yearly|annually|every|each|today|tonight|tomorrow|yesterday|morning|afternoon|evening|night|noon|midnight|weekend|weekends|spring|summer|autumn|fall|winter|christmas|easter|once|whenever|when|until|till|since)\b/iu,
  /\b(?:at|by|before|after|from|around)\s+\d/iu,
  /\b(?:within|in|after|before)\s+(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\b/iu,
];
/** A place: a preposition of place, or a place word. */
const PLACE =
  /\b(?:in|at|on|from|under|behind|inside|outside|near|above|below|beside|by|with|between|opposite|upstairs|downstairs|next to|left|right|room|floor|street|road|address)\b/iu;
const NUMBER_WORD =
  /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|dozen|both|several|pair|single|no)$/u;

/** Column and label names that hold an amount of money ("amount", "price", "total"). */
const MONEY_LABEL = /\b(?:amount|price|cost|total|sum|fee|rent|paid|spent|eur|usd|gbp)\b/iu;

/**
 * Whether a sentence states an answer of the kind asked. `label`: its label ("Price"), if a label
 * line; `columns`: a table row's column names; `context`: its record's other lines (a label line's
 * "Name:" block). Money: a currency, or a value labelled as money ("amount" column); a time: a
 * date, weekday, time of day, ordinal day ("the 5th"), part of a day or season, "every"/"within 30
 * days"; a place: a preposition or word of place, or a label line; a count: a number within
 * three words before the thing counted ("two keys", "3 sets of keys"; not "60 EUR per key"), or
 * right after it ("locker 4"), or a label of that thing with a number ("Keys: 2").
 */
export function statesAskedKind(
  asked: KindAsked,
  unit: { text: string; label: boolean; key?: string; columns?: string[] },
  context: string,
): boolean {
  const text = unit.text;
  switch (asked.kind) {
    case 'money':
      return (
        MONEY.test(text) ||
        (unit.key !== undefined && MONEY_LABEL.test(unit.key) && /\p{N}/u.test(text)) ||
        (unit.columns ?? []).some((column) => MONEY_LABEL.test(column)) ||
        (unit.label && MONEY.test(context))
      );
    case 'time':
      return TIME.some((pattern) => pattern.test(text) || (unit.label && pattern.test(context)));
    case 'place':
      return unit.label || (unit.columns ?? []).length > 0 || PLACE.test(text);
    case 'count': {
      const counted = asked.counted as string;
      if (unit.key !== undefined && form(unit.key) === counted && /\p{N}/u.test(text)) return true;
      const list = words(text).map(fold);
      return list.some((word, index) => {
        if (form(word) !== counted) return false;
        // "Storage locker 4 is included": the one numbered so is the count of one.
        if (/^\d+$/u.test(list[index + 1] ?? '')) return true;
        for (let back = 1; back <= 3 && index - back >= 0; back += 1) {
          const before = list[index - back] as string;
          if (before === 'per' || MONEY.test(before)) return false;
          if (NUMBER_WORD.test(before)) return true;
        }
        return false;
      });
    }
  }
}

/** Whether a sentence's stems say a word of money ("rent", "price", "fee"). */
export const saysMoney = (stems: ReadonlySet<string>): boolean => [...MONEY_WORDS].some((r) => stems.has(r));
