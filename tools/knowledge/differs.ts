import { isMonthWord } from './dates.js';

/** A value said with money: a currency sign or word next to it. */
const MONEY = /[£€$¥]|\b(?:eur|euros?|gbp|usd|dollars?|pounds?|quid|bucks)\b/iu;

/** An age: "age", "years old", "aged". */
const AGE = /\bages?\b|\byears?\s+old\b|\baged\b|\byo\b/iu;

/** A number as written ("1,395.00", "7", "12"), group 1 its digits and separators. */
const NUMBER = /(?<![\p{L}\p{N}])(\d{1,3}(?:[,\s]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\p{N}])/gu;

/** The numbers of a text as values ("€1,395.00" → 1395). */
function numbersIn(text: string): number[] {
  return [...text.matchAll(NUMBER)].map((match) => Number(match[1]!.replace(/[,\s]/g, '')));
}

/** A number followed by "years old" ("6 years old", "aged 6"): the ages said. */
function agesIn(text: string): number[] {
  return [...text.matchAll(/\b(\d{1,3})\s*(?:years?\s+old|yo\b|y\/o)|\baged\s+(\d{1,3})\b/giu)].map((match) =>
    Number(match[1] ?? match[2]),
  );
}

/** Amounts with a currency sign or word next to them ("€1,395.00", "800 euros"). */
function amountsIn(text: string): number[] {
  const signed =
    /[£€$¥]\s?(\d{1,3}(?:[,\s]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)|(\d{1,3}(?:[,\s]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s?(?:[£€$¥]|eur\b|euros?\b|gbp\b|usd\b|dollars?\b|pounds?\b)/giu;
  return [...text.matchAll(signed)].map((match) => Number((match[1] ?? match[2])!.replace(/[,\s]/g, '')));
}

/** Whether a text names a month ("12 April"). */
const namesMonth = (text: string): boolean => text.split(/[^\p{L}]+/u).some((word) => isMonthWord(word));

/**
 * The value of a one-fact answer: what follows its " is " or ": " ("Your rent is £800." → "£800"),
 * up to what is said of it after a colon or in brackets. The whole answer when it says neither.
 */
function toldValue(answer: string): string {
  const first = answer.split('\n')[0] ?? '';
  const at = first.search(/\s(?:is|are|was)\s|:\s/u);
  const value = at < 0 ? first : first.slice(at).replace(/^\s*(?:is|are|was|:)\s*/u, '');
  // "12 April: 131 days (about 19 weeks) from today": the value, not what was computed from it.
  return value.split(/:\s|\s\(/u)[0]!.replace(/[.\s]+$/u, '');
}

/**
 * When an answer from what the person told fazt ("Your rent is £800.") and the documents' answer
 * to the same question say different values of the same kind, the documents' line that says
 * theirs ("Monthly rent is €1,395.00, … (lease.md:10)"); undefined when they agree, or when the
 * told value has no number to compare (a name, a place: the documents may answer something else).
 * Kinds: money against amounts, an age against ages ("so 6 years old"), a date against lines naming
 * a month, a plain number against any number.
 */
export function documentsDiffer(told: string, documents: string): string | undefined {
  const value = toldValue(told);
  const lines = documents.split('\n').filter((line) => line && !/^I read |^I read "/u.test(line));
  const money = MONEY.test(value);
  const age = !money && (AGE.test(told.split('\n')[0] ?? '') || AGE.test(value));
  const dated = !money && !age && namesMonth(value);
  const wanted = money ? amountsIn(value) : numbersIn(value);
  if (wanted.length === 0) return undefined;
  const theirs = (line: string) =>
    money ? amountsIn(line) : age ? agesIn(line) : dated && !namesMonth(line) ? [] : numbersIn(line);
  const line = lines.find((candidate) => theirs(candidate).length > 0);
  if (!line) return undefined;
  const said = lines.flatMap(theirs);
  if (wanted.every((number) => said.includes(number))) return undefined;
  return `Your documents say otherwise: ${line}`;
}
