import { isMonthWord } from './dates.js';
import { queryTerms } from './text.js';

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
 * told value has no number and no line names what was told (the documents may answer something else).
 * Kinds: money against amounts, an age against ages ("so 6 years old"), a date against lines naming
 * a month, a plain number against any number; a name or place against the line naming the fact
 * (`namesDiffer`).
 */
export function documentsDiffer(told: string, documents: string): string | undefined {
  const value = toldValue(told);
  const lines = documents.split('\n').filter((line) => line && !/^I read |^I read "/u.test(line));
  const named = namesDiffer(told, value, lines);
  if (named) return `Your documents say otherwise: ${named}`;
  const money = MONEY.test(value);
  const age = !money && (AGE.test(told.split('\n')[0] ?? '') || AGE.test(value));
  const dated = !money && !age && namesMonth(value);
  const wanted = money ? amountsIn(value) : numbersIn(value);
  if (wanted.length === 0) return undefined;
  // A plain number ("₦5,000 a week", "zł 120", "7") is compared only on a line naming the fact:
  // "Phone: +234 803 555 0199" on Grandpa Emeka's line is not his pension (s47).
  const fact = factTerms(told);
  const plain = !money && !age && !dated;
  const theirs = (line: string) =>
    money
      ? amountsIn(line)
      : age
        ? agesIn(line)
        : dated && !namesMonth(line)
          ? []
          : plain && !(fact.length > 0 && fact.every((word) => foldedTerms(line).includes(word)))
            ? []
            : numbersIn(line);
  const line = lines.find((candidate) => theirs(candidate).length > 0);
  if (!line) return undefined;
  const said = lines.flatMap(theirs);
  if (wanted.every((number) => said.includes(number))) return undefined;
  return `Your documents say otherwise: ${line}`;
}

/**
 * The label of a document line, what it states something of: the words before its first ": ", or
 * else before " is "/" are "/" was " with no comma ("Tortoise sitter: Grandma Ayşe" → "Tortoise sitter"; "Monthly rent is
 * €1,395" → "Monthly rent"). Undefined for a line that states nothing so ("Hotel in Lagos: none —
 * staying with Grandpa Emeka" has its label "Hotel in Lagos", never "Grandpa Emeka").
 */
function labelOf(line: string): string | undefined {
  const colon = line.search(/:\s/u);
  if (colon > 0) return line.slice(0, colon);
  // "Tortoise sitter is Grandma Ayşe"; never a clause after a comma ("Dear parents of Zuzanna, the trip is …").
  const at = line.search(/\s(?:is|are|was)\s/u);
  return at <= 0 || line.slice(0, at).includes(',') ? undefined : line.slice(0, at);
}

/** Content words of a text, lowercase with accents folded ("Grandma Ayşe" → grandma, ayse). */
function foldedTerms(text: string): string[] {
  return queryTerms(text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());
}

/** The words of a one-fact answer's fact name ("Your tortoise sitter is Fatma." → tortoise, sitter); none without " is ". */
function factTerms(told: string): string[] {
  const first = told.split('\n')[0] ?? '';
  const at = first.search(/\s(?:is|are|was)\s/u);
  // "Yes, your rent is 17,000 TRY.": a check's answer names the fact after its yes or no.
  const name = first.slice(0, Math.max(at, 0)).replace(/^(?:yes|no)\b[,:]?\s*/iu, '');
  return at < 0 ? [] : foldedTerms(name.replace(/^(?:your|my|our|the)\s+/iu, ''));
}

/**
 * A told name or place ("Your tortoise sitter is Fatma.") against the documents' line that names
 * the same fact ("Tortoise sitter: Grandma Ayşe (sitters.txt:3)"): that line when it says none of
 * the told value's words. Undefined when the told value has a number (compared by kind instead),
 * when no line names every word of the fact, or when the line says a word of the value
 * ("Plant waterer: Tom Reyes" for "Tom"). Only "X is Y" answers are read: a note's line is no fact.
 */
function namesDiffer(told: string, value: string, lines: readonly string[]): string | undefined {
  if (/\d/u.test(value)) return undefined;
  const fact = factTerms(told);
  const said = foldedTerms(value);
  if (fact.length === 0 || said.length === 0) return undefined;
  // The fact's name, then something after it on the line: "Tortoise sitter: Grandma Ayşe".
  // Only a line whose label names the fact states it ("Tortoise sitter: …"): "Passengers: Chidi
  // Okafor" merely mentions Chidi, and is no other value for "Chidi is your husband" (s47).
  const line = lines.find((candidate) => {
    const label = labelOf(candidate);
    const words = foldedTerms(candidate.replace(/\s\([^()]*:\d+(?:-\d+)?\)$/u, ''));
    return (
      label !== undefined &&
      fact.every((word) => foldedTerms(label).includes(word)) &&
      words.length > fact.length
    );
  });
  if (!line) return undefined;
  const theirs = foldedTerms(line.replace(/\s\([^()]*:\d+(?:-\d+)?\)$/u, ''));
  return said.some((word) => theirs.includes(word)) ? undefined : line;
}
