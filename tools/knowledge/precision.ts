/**
 * Which of the lines that match a question answer it exactly (issue 10, stranger round 13): a
 * line answers only when it carries the thing asked and a value of the kind asked, not because a
 * document's name, a heading or one shared word carried it there. Read apart from the answerer so
 * the rules grow without touching how lines are matched:
 *
 * - A rate asked per period ("how much is the gym per month?", "monthly", "a month", "/mo", "pro
 *   Monat", "par mois") is no word a line must say: the line stating that period answers before
 *   one that only mentions the month ("4 weeks to the end of the month"; `periodAsked`).
 * - A head noun after a noun ("blood type", "skin type") is what is asked, not framing as in
 *   "what type of car" (`headFraming`): "Blood pressure 120/80" is not a blood type.
 * - The kind asked stated by the line itself beats a kind that only its record holds (a fee line
 *   before a cancellation line of the same label block); a measure's own word ("Weight: 68 kg"
 *   for "how heavy") beats a line that only has a unit of it ("Capacity 7 kg"; `preciseLines`).
 * - An identifier asked of a thing ("the door code", "my garage code", "the meter number") is
 *   that thing's: a label or column named by the thing, or a sentence that says the thing before
 *   the value — never an error table's "E18: the door is not locked", nor a car-service row whose
 *   "garage" column is a workshop's name (`ownsIdentifier`).
 *
 * Hand-made from the wordings of strangers' questions and of bills, contracts and manuals.
 */

import { wordTable } from '../../cartridge/lexicon.js';
import { type KindAsked, statesAskedKind } from './asked-kind.js';
import { fold, root, rootsOf } from './lexicon.js';
import { isStopWord, words } from './text.js';

/** A period a rate is asked per. */
export type Period = 'hour' | 'day' | 'week' | 'month' | 'year';

/**
 * How each period is written, in questions and in documents: English, German, French, Spanish,
 * Italian and Portuguese (hand-made), and Chinese, Japanese and Korean for a month.
 */
const PERIODS: Record<Period, string> = {
  hour: String.raw`per\s+hour|an\s+hour|each\s+hour|every\s+hour|hourly|pro\s+stunde|stündlich|par\s+heure|de\s+l'heure|por\s+hora|all['’]ora|orari[oa]`,
  day: String.raw`per\s+day|a\s+day|each\s+day|every\s+day|daily|pro\s+tag|täglich|par\s+jour|por\s+d[ií]a|al\s+d[ií]a|diari[oa]|al\s+giorno|giornalier[oa]|por\s+dia|di[aá]ri[oa]`,
  week: String.raw`per\s+week|a\s+week|each\s+week|every\s+week|weekly|pro\s+woche|wöchentlich|par\s+semaine|hebdomadaire|por\s+semana|a\s+la\s+semana|semanal|a\s+settimana|settimanale`,
  month: String.raw`per\s+(?:calendar\s+)?month|a\s+month|each\s+month|every\s+month|monthly|pro\s+monat|im\s+monat|monatlich\w*|\bmtl\.?|par\s+mois|mensuel\w*|al\s+mes|por\s+mes|mensual\w*|al\s+mese|mensil\w*|por\s+m[eê]s|mensal\w*|每月|毎月|月額|매월`,
  year: String.raw`per\s+(?:calendar\s+)?year|a\s+year|each\s+year|every\s+year|per\s+annum|p\.\s?a\.|annually|yearly|pro\s+jahr|im\s+jahr|jährlich\w*|par\s+an\b|annuel\w*|al\s+año|por\s+año|all['’]anno|annual[ei]|por\s+ano|anualmente`,
};
/** A period after a slash ("24.99 EUR/mo", "12 €/h"). */
const SLASHED: Record<Period, string> = {
  hour: 'h|hr|hour',
  day: 'd|day',
  week: 'wk|week',
  month: 'mo|mth|month|mon',
  year: 'y|yr|year|a',
};
const periodPattern = (period: Period, flags: string) =>
  new RegExp(`(?:(?<![\\p{L}\\p{N}])(?:${PERIODS[period]})|/\\s*(?:${SLASHED[period]}))(?![\\p{L}])`, flags);

/**
 * A question that asks an amount: of money ("how much", "cost", "price", "fee", "rent",
 * "salary", "pay") or a count. Only there is "a month" a rate and not a time ("twice a day").
 */
const ASKS_AMOUNT =
  /\b(?:how\s+(?:much|many)|cost|costs|price|prices|fee|fees|rate|rates|rent|salary|wage|wages|pay|paid|charge|charges|amount|total|wie\s+viel\w*|combien|cu[aá]nt[oa]s?|quant[oiea]s?|kostet|co[uû]te|cuesta|costa|custa)\b/iu;

/** A period said as an adjective of a money word: "annual salary", "yearly premium", "weekly pay". */
const RATE_ADJECTIVE =
  /\b(annual|yearly|monthly|weekly)\s+(salary|pay|wage|wages|income|earnings|rent|premium|fee|fees|cost|costs|bill|take-home\s+pay)\b/iu;

/**
 * `question` with a period said as an adjective of a money word written as a rate (k29): "my
 * annual salary" → "my salary per year", "the monthly rent" → "the rent per month"; "annual
 * leave" stays (no money word follows). Pay a person is paid ("my weekly pay") is their earnings.
 */
export const rateAdjectiveSaid = (question: string): string =>
  question.replace(RATE_ADJECTIVE, (_, period: string, noun: string) => {
    const per = /^(?:annual|yearly)$/iu.test(period) ? 'year' : fold(period).replace(/ly$/u, '');
    return `${/^pay$/iu.test(noun) ? 'earnings' : noun} per ${per}`;
  });

/**
 * The period a rate is asked per, and the question without it, when the question asks an amount
 * per period and names something besides ("how much is the gym per month?" → month, "how much is
 * the gym?"); undefined otherwise. "twice a day", "once a week" are how often, not a rate.
 */
export function periodAsked(question: string): { period: Period; question: string } | undefined {
  if (!ASKS_AMOUNT.test(question)) return undefined;
  for (const period of Object.keys(PERIODS) as Period[]) {
    const match = periodPattern(period, 'iu').exec(question);
    if (!match) continue;
    if (/\b(?:once|twice|thrice|times)\s*$/iu.test(question.slice(0, match.index))) return undefined;
    const rest = `${question.slice(0, match.index)} ${question.slice(match.index + match[0].length)}`
      .replace(/\s+([?.!])/gu, '$1')
      .replace(/\s+/gu, ' ')
      .trim();
    // Nothing named besides the period ("how much per month?"): the period is the question.
    const named = words(rest).filter(
      (word) => !isStopWord(word) && !/^(?:how|much|many|what|which|is|are|does|do)$/u.test(fold(word)),
    );
    if (named.length === 0) return undefined;
    return { period, question: rest };
  }
  return undefined;
}

/** How documents write a period besides (a question's "annual leave" is no rate asked per year). */
const WRITTEN: Partial<Record<Period, RegExp>> = {
  year: /(?<![\p{L}])(?:annual|jahres\p{L}*|anual|annuale)(?![\p{L}])/iu,
};
/** Whether a line states a rate per `period` ("Monthly fee: 39.90 EUR", "24.99 EUR/mo", "Annual premium"). */
export const statesPeriod = (text: string, period: Period): boolean =>
  periodPattern(period, 'iu').test(text) || (WRITTEN[period]?.test(text) ?? false);

/**
 * Synonyms the documents write as two words (lexicon.ts joins them: "annual leave" → "annualleave"),
 * as the words search finds them by.
 */
const PHRASES: Record<string, string> = wordTable({ annualleav: 'annual leave', paidleav: 'paid leave' });
/** The words to search for the two-word synonyms among `stems` ("annual leave" for holiday). */
export const phraseWords = (stems: readonly string[]): string[] => stems.flatMap((r) => PHRASES[r] ?? []);

/** Framing words that are a head noun after another noun ("blood type", "skin type"), not "what type of". */
const HEADS = new Set(['type', 'types', 'kind', 'sort']);
/**
 * The framing words of `question` that name what is asked, as written (lowercase): "type" in
 * "what is my blood type?" (after a content word, not before "of"), never in "what type of car".
 */
export function headFraming(question: string): Set<string> {
  const list = words(question).map(fold);
  const out = new Set<string>();
  list.forEach((word, index) => {
    if (!HEADS.has(word) || index === 0) return;
    const before = list[index - 1] as string;
    if (
      list[index + 1] === 'of' ||
      isStopWord(before) ||
      /^(?:what|which|whats|any|some|this|that)$/u.test(before)
    )
      return;
    out.add(word);
  });
  return out;
}

/** Identifier kinds: asked of a thing ("door code"), the value is that thing's. */
const IDENTIFIERS = new Set([
  'code',
  'codes',
  'number',
  'numbers',
  'pin',
  'id',
  'password',
  'passcode',
  'combination',
]);
/** Words a document writes an identifier kind with ("Nr.", "No.", "PIN"), by the stem asked. */
const IDENTIFIER_WORDS: Record<string, string> = wordTable({
  code: 'code|codes|pin|passcode|combination|kod|codice|código|codigo|zugangscode',
  number: 'number|numbers|no|nr|num|#|nummer|numéro|numero|número',
  pin: 'pin|code|passcode',
  id: 'id|identifier|number',
  password: 'password|passcode|passphrase|pw|pwd|kennwort|passwort|mot de passe|contraseña|clave',
  passcode: 'passcode|code|pin',
  combination: 'combination|code',
});

/** The identifier asked of a thing: its kind ("code") and the stems of the words naming the thing before it ("door"). */
export interface IdentifierAsked {
  kind: string;
  owner: string[];
}

/**
 * The identifier a question asks of a thing ("what is the door code?" → code of "door", "my
 * garage code", "the gas meter number"), or undefined: the kind right after one to three content
 * words that are not a name ("Anna's phone number" names whose; "phone" is the thing).
 */
export function identifierAsked(question: string): IdentifierAsked | undefined {
  const raw = words(question.normalize('NFKC'));
  const list = raw.map(fold);
  const at = list.findIndex((word, index) => index > 0 && IDENTIFIERS.has(word));
  if (at < 0) return undefined;
  // "where does parcel number 217 go?": the number is given; it says which parcel (S23 HIGH 5).
  if (/^\p{N}/u.test(list[at + 1] ?? '')) return undefined;
  const owner: string[] = [];
  for (let index = at - 1; index >= 0 && owner.length < 3; index -= 1) {
    const word = list[index] as string;
    // "Anna's phone number": whose, by a name; the person's records answer as they are.
    if (word === 's' && owner.length > 0) return undefined;
    if (isStopWord(word) || /^(?:what|which|whats|is|are|s)$/u.test(word)) break;
    // A name ("Anna's"), capitalised mid-question, says whose: its records answer as they are.
    if (index > 0 && /^\p{Lu}/u.test(raw[index] as string)) return undefined;
    owner.unshift(root(word));
  }
  // "the code for the garage", "the number of the gas meter": the owner after the kind.
  if (owner.length === 0 && /^(?:for|of|to)$/u.test(list[at + 1] ?? '')) {
    for (let index = at + 2; index < list.length && owner.length < 3; index += 1) {
      const word = list[index] as string;
      if (/^(?:the|my|our|a|an|this|that)$/u.test(word) && owner.length === 0) continue;
      if (isStopWord(word) || (index > 0 && /^\p{Lu}/u.test(raw[index] as string))) break;
      owner.push(root(word));
    }
  }
  if (owner.length === 0) return undefined;
  const kind = list[at] as string;
  return {
    kind: kind.replace(/s$/u, '') === 'code' ? 'code' : kind.replace(/(?<=number|code)s$/u, ''),
    owner,
  };
}

/** A line's words as written, folded, with their stems, to find an owner near its identifier. */
const stemsIn = (text: string) => words(text.normalize('NFKC')).map(root);

/** The pattern of an identifier kind's words in a document ("code", "PIN", "Nr."). */
const identifierPattern = (kind: string) =>
  new RegExp(`(?<![\\p{L}])(?:${IDENTIFIER_WORDS[kind] ?? kind})(?![\\p{L}])`, 'iu');

/** A value an identifier may have: a token with a digit ("4711", "E18", "ZX-4471"). */
const VALUE = /[\p{L}\p{N}-]*\p{N}[\p{L}\p{N}-]*/u;

/**
 * The line fields a match has: a label line's label and value ("Door: 4711"), a table row's
 * cells by column ("garage: AutoFix Berlin" of "date: …, garage: …"), or none for a sentence.
 */
function fieldsOf(line: { text: string; label: boolean; key?: string; columns?: string[] }) {
  if (line.columns && line.columns.length > 0) {
    const cells: { name: string; value: string }[] = [];
    for (const part of line.text.split(/,\s+(?=[^,:]{1,40}:\s)/u)) {
      const colon = part.indexOf(':');
      if (colon > 0) cells.push({ name: part.slice(0, colon).trim(), value: part.slice(colon + 1).trim() });
    }
    return cells;
  }
  if (line.label) {
    const colon = line.text.indexOf(':');
    return [{ name: line.text.slice(0, colon).trim(), value: line.text.slice(colon + 1).trim() }];
  }
  return [];
}

/**
 * Whether a line states the identifier asked as its owner's: `has(stems, r)` tells whether a set of
 * stems holds `r` or a synonym. A label line or a table cell named by the owner ("Door: 4711",
 * "Front door code: 4711", a "door code" column) whose value has a digit, or named by the kind
 * alone ("Code: 4711", "PIN: 1234") in a record or section of the owner; a sentence that says the
 * owner with the kind right before or after ("the door code is", "code for the front door"), or
 * the owner and then a value ("The gate opens with 4711"). Not: the owner only in a value ("E18:
 * the door is not locked"), only as a column's name whose value has no digit ("garage: AutoFix
 * Berlin"), or only in a heading naming the kind for another thing ("## Error codes").
 */
export function ownsIdentifier(
  asked: IdentifierAsked,
  line: { text: string; label: boolean; key?: string; columns?: string[]; heading: string },
  has: (stems: Set<string>, r: string) => boolean,
): boolean {
  const kindWord = identifierPattern(asked.kind);
  const owned = (text: string) => asked.owner.every((r) => has(rootsOf(text), r));
  const headings = line.heading.split(' › ').slice(1).join(' › ');
  // A heading naming the kind for something else ("## Error codes" over "E18 …") makes its lines that kind's.
  const otherKind = (text: string) => {
    const match = kindWord.exec(text);
    if (!match) return false;
    const before = stemsIn(text.slice(0, match.index)).slice(-2);
    return before.length > 0 && !asked.owner.some((r) => before.some((s) => has(new Set([s]), r)));
  };
  // The owner only in the heading or the document's name ("The router password is …" in "Home
  // Wi-Fi"): the line is the owner's, unless a heading names the kind for another thing.
  const text = line.text.replace(/(?<=\p{L})[-‐‑](?=\p{L})/gu, '');
  if (!owned(line.text) && !owned(text)) return !(otherKind(headings) && !owned(headings));
  const fields = fieldsOf(line);
  // Under a heading naming the owner's identifiers ("## Error codes" for "the error code for …"), a value answers.
  if (owned(headings) && kindWord.test(headings) && VALUE.test(line.text)) return true;
  if (fields.length > 0) {
    for (const { name, value } of fields) {
      // "Default admin password: printed on the label underneath the router" for the router admin
      // password: a label naming the kind and the thing says where or what it is, digits or not;
      // a label of the thing without the kind ("Default admin page: http://…") does not (S32 HIGH 4).
      if (
        kindWord.test(name) &&
        !otherKind(name) &&
        asked.owner.some((r) => has(rootsOf(name), r)) &&
        asked.owner.every((r) => has(rootsOf(`${name}\n${value}\n${line.heading}`), r))
      )
        return true;
      if (!VALUE.test(value)) continue;
      if (owned(name)) return true;
      // "Code: 4711" in the door's record or under "## Front door".
      if (kindWord.test(name) && !otherKind(name) && owned(headings)) return true;
    }
    // A row or record whose first field names the owner, with a field of the kind ("Room: Front door, Code: 4711").
    const [first] = fields;
    if (
      first !== undefined &&
      owned(first.value) &&
      fields.some(({ name, value }) => kindWord.test(name) && !otherKind(name) && VALUE.test(value))
    )
      return true;
    // "Archive note 17: the storage unit 17 code is 1119.": a label before a sentence that names
    // the thing and its kind is read as that sentence; a row's cells are not.
    if ((line.columns?.length ?? 0) > 0 || !fields.some(({ value }) => owned(value))) return false;
  }
  const list = stemsIn(text);
  const raw = words(text.normalize('NFKC'));
  const last = asked.owner[asked.owner.length - 1] as string;
  // The line itself says "garage code 7781": its own words name the thing and the kind together,
  // whatever a heading over a list of them calls them ("House codes" over "gate code 4412").
  const named = list.some(
    (stem, index) =>
      has(new Set([stem]), last) &&
      raw.slice(index + 1, index + 3).some((word) => kindWord.test(word)) &&
      VALUE.test(raw.slice(index + 1).join(' ')),
  );
  if (named) return true;
  if (otherKind(headings) && !owned(headings)) return false;
  for (let index = 0; index < list.length; index += 1) {
    if (!has(new Set([list[index] as string]), last)) continue;
    const after = raw.slice(index + 1, index + 6);
    const before = raw.slice(Math.max(0, index - 5), index);
    // "door code", "door entry code", "code for the front door", "code of the door".
    if (after.slice(0, 2).some((word) => kindWord.test(word))) return true;
    if (before.some((word) => kindWord.test(word)) && before.some((word) => /^(?:for|of|to)$/iu.test(word)))
      return true;
    // "The gate opens with 4711": the owner, then a value, no other identifier's word.
    if (
      !after.some((word) => kindWord.test(word)) &&
      after.some((word) => VALUE.test(word) && /\p{N}/u.test(word))
    )
      return true;
    // "The key is in a key safe by the blue door; the code is 2580.": the sentence goes on to the
    // kind with no other thing's name before it ("the code is"), then its value.
    const later = raw.slice(index + 1, index + 12);
    const at = later.findIndex(
      (word, i) => i > 0 && kindWord.test(word) && /^(?:the|its|their)$/iu.test(later[i - 1] as string),
    );
    if (at > 0 && later.slice(at + 1, at + 4).some((word) => VALUE.test(word) && /\p{N}/u.test(word)))
      return true;
  }
  return false;
}

/**
 * The words naming each measure's own quantity: "Weight: 68 kg" says how heavy, "Capacity 7 kg"
 * how much it holds. Keyed by the word a question asks the measure with (asked-kind.ts).
 */
const MEASURE_NAMES: Record<string, string> = wordTable({
  heavy: 'weight|weighs?|weighing|heavy|mass|gewicht|poids|peso',
  weigh: 'weight|weighs?|weighing|heavy|mass|gewicht|poids|peso',
  weighs: 'weight|weighs?|weighing|heavy|mass|gewicht|poids|peso',
  weighed: 'weight|weighs?|weighing|heavy|mass|gewicht|poids|peso',
  big: 'size|sized|dimensions?|volume|capacity|big|large|area|measures?',
  large: 'size|sized|dimensions?|volume|capacity|big|large|area|measures?',
  small: 'size|sized|dimensions?|volume|capacity|small|area|measures?',
  long: 'length|long|duration|lasts?|runs?|term',
  tall: 'height|tall|high',
  high: 'height|tall|high',
  wide: 'width|wide|breadth',
  deep: 'depth|deep',
  thick: 'thickness|thick',
  far: 'distance|away|far|km|miles?',
  old: 'age|aged|old|born|built|since',
  hold: 'capacity|holds?|contains?|volume|fits?',
  holds: 'capacity|holds?|contains?|volume|fits?',
});

/** A matched line, as `preciseLines` reads it. */
export interface Line {
  text: string;
  label: boolean;
  key?: string;
  columns?: string[];
  heading: string;
  /** A config setting's key path in words ("retention keep monthly"). */
  names?: string;
  /** Every subject word is had only from its document's name or a heading, none said by the line. */
  byDocument: boolean;
}

/** Number words a line may state an amount in ("three months' notice", "a dozen"). */
const NUMBER_WORDS =
  /\p{N}|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|dozen|half|zwei|drei|vier|fünf|sechs|deux|trois|quatre|cinq|dos|tres|cuatro|cinco)\b/iu;

/**
 * What a question asks a value of, so a line must carry it itself: who ("who is responsible for
 * the boiler?"), how much or how many, or a kind of answer (`kind`). A topic ("what does my lease
 * say about pets?", "pets") is answered by its section's lines, heading and all.
 */
export function asksValue(question: string, kind: KindAsked | undefined): boolean {
  return kind !== undefined || /^\s*(?:who|whom|whose)\b|\bhow\s+(?:much|many)\b/iu.test(question);
}

/**
 * The thing an amount is asked of with no other kind ("how much holiday do I get?" → "holiday",
 * "how much notice do I need to give?"): a line answers only when it states a number of it. Undefined
 * for "how much is/does …" (money or a measure, asked-kind.ts) and other questions.
 */
export function amountAsked(question: string, kind: KindAsked | undefined): string | undefined {
  if (kind !== undefined) return undefined;
  const match = /\bhow\s+much\s+(\p{L}+)/iu.exec(question);
  const word = match?.[1]?.toLowerCase();
  if (
    word === undefined ||
    isStopWord(word) ||
    /^(?:is|are|was|were|does|do|did|will|would|can|could)$/u.test(word)
  )
    return undefined;
  return word;
}

/**
 * The lines of `kept` that answer exactly, best first; `kept` itself when no rule applies. `has`
 * tells whether stems hold a stem or its synonym. Rules, in order: the kind asked stated by the
 * line itself over only by its record; a measure's own word over a unit alone; the identifier
 * asked of its owner, or nothing; the rate's period asked over none.
 */
export function preciseLines<T extends Line>(
  kept: readonly T[],
  asked: {
    question: string;
    kind: KindAsked | undefined;
    period: Period | undefined;
    identifier: IdentifierAsked | undefined;
    has: (stems: Set<string>, r: string) => boolean;
  },
): T[] {
  let out = [...kept];
  const prefer = (test: (line: T) => boolean) => {
    if (out.some(test)) out = out.filter(test);
  };
  const { kind } = asked;
  // "how much holiday do I get?": a number of it, said by the line, not a train of "Holiday itinerary.md".
  if (amountAsked(asked.question, kind) !== undefined)
    out = out.filter((line) => !line.byDocument && NUMBER_WORDS.test(line.text));
  const { period } = asked;
  // `keep_monthly = 12`: a setting's key words say its period ("keep monthly"; config-keys.ts).
  const statesRate = (line: T) =>
    period !== undefined &&
    statesPeriod(line.names ? `${line.text} ${line.names}` : line.text, period) &&
    (!kind || statesAskedKind(kind, line, ''));
  // The rate asked per period, stated, before a line that only shares a word: "how much is the
  // home insurance a month?" is "Annual premium: £412.60 (paid monthly at £34.38)" under "# Home
  // Insurance Policy", not "Mobile phones are covered away from the home up to £800" (S41 H4).
  prefer(statesRate);
  // A value asked: a line saying the thing (in any form) beats one that has it only from its
  // document's name or heading ("25 days annual leave" over a line of "Holiday itinerary.md").
  if (asksValue(asked.question, kind)) prefer((line) => !line.byDocument);
  if (kind) prefer((line) => statesAskedKind(kind, line, ''));
  if (kind?.kind === 'measure' && kind.measure && MEASURE_NAMES[kind.measure]) {
    const named = new RegExp(`(?<![\\p{L}])(?:${MEASURE_NAMES[kind.measure]})(?![\\p{L}])`, 'iu');
    prefer((line) => named.test(line.text));
  }
  const { identifier } = asked;
  if (identifier) out = out.filter((line) => ownsIdentifier(identifier, line, asked.has));
  if (period) prefer((line) => statesPeriod(line.names ? `${line.text} ${line.names}` : line.text, period));
  return out;
}
