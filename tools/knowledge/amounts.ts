import { CURRENCY_SIGN } from '../../cartridge/lexicon.js';
import { root } from './lexicon.js';

/**
 * Amounts of money asked and stated (issue 10, stranger round 9, HIGH 2). "what costs 85 EUR?",
 * "what is €85 for?", "what was the 85,00 € payment?" and "what was 132.99 for?" ask for the thing
 * stated with that amount, however a document writes it: 85 EUR = 85.00 = €85 = 85,00 € = EUR 85
 * (compared in cents). An amount asked is one next to a currency (a sign or a code or name, before
 * or after it), or a bare number with two decimals ("132.99"). A sentence answers only when it
 * states that amount; when no passage does, the documents do not mention it ("700 EUR"), and the
 * sentences that merely say "EUR" are no answer. The words that only say money changes hands
 * ("cost", "pay", "payment", "spent") are then not required: the amount is what is asked.
 *
 * Numbers are read with either separator convention: the last of "." and "," followed by one or
 * two digits is the decimal point ("1.150,00", "1,150.00", "85,00"); one followed by three digits
 * groups thousands ("1,150", "1.150").
 */

/** One amount asked: its value in cents and as written ("85 EUR"). */
export interface AskedAmount {
  cents: number;
  written: string;
}

const SIGN = CURRENCY_SIGN;
const CODE =
  '(?:eur|euros?|usd|dollars?|bucks|gbp|pounds?|chf|francs?|yen|jpy|kr|kronor|kroner|sek|nok|dkk|pln|zł|czk|cad|aud)';
const NUMBER = "\\d{1,3}(?:[.,'’]\\d{3})+(?:[.,]\\d{1,2})?|\\d+(?:[.,]\\d{1,2})?";
/** A currency's code or name alone ("EUR" in "EUR 85"). */
const CURRENCY_WORD = new RegExp(`^${CODE}$`, 'iu');
/** "€85", "EUR 85", "85 EUR", "85,00 €", "85 euros", "132.99". */
const ASKED = new RegExp(
  `(?:${SIGN}|(?<![\\p{L}])${CODE}(?![\\p{L}]))\\s*(${NUMBER})(?![\\p{N}]|[.,]\\p{N})` +
    `|(?<![\\p{N}.,:/-])(${NUMBER})(?![\\p{N}]|[.,:/-]\\p{N})\\s*(?:${SIGN}|${CODE}(?![\\p{L}]))` +
    `|(?<![\\p{N}.,:/-])(\\d+[.,]\\d{2})(?![\\p{N}]|[.,:/-]\\p{N})`,
  'giu',
);

/** The value in cents of a number as written ("1.150,00" → 115000, "85" → 8500), or undefined. */
export function centsOf(written: string): number | undefined {
  const text = written.replace(/['’]/g, '');
  const decimal = /[.,](\d{1,2})$/.exec(text);
  const whole = (decimal ? text.slice(0, decimal.index) : text).replace(/[.,](?=\d{3}(?!\d))/g, '');
  if (!/^\d+$/.test(whole)) return undefined;
  const fraction = decimal ? (decimal[1] as string).padEnd(2, '0') : '00';
  const cents = Number(whole) * 100 + Number(fraction);
  return Number.isSafeInteger(cents) ? cents : undefined;
}

/** The amounts `question` asks (see the module comment), each once, and where they are. */
export function amountsAsked(question: string): (AskedAmount & { start: number; end: number })[] {
  const out: (AskedAmount & { start: number; end: number })[] = [];
  // A control character between number and currency ("85\x01 EUR") is a space: same length, same places.
  const text = question.normalize('NFKC').replace(/[\p{Cc}\p{Cf}]/gu, (c) => ' '.repeat(c.length));
  for (const match of text.matchAll(ASKED)) {
    const cents = centsOf((match[1] ?? match[2] ?? match[3]) as string);
    if (cents === undefined || out.some((amount) => amount.cents === cents)) continue;
    const start = match.index ?? 0;
    out.push({ cents, written: match[0].trim(), start, end: start + match[0].length });
  }
  return out;
}

/** `text` with the amounts asked blanked out, so their digits are not read as other values asked. */
export function withoutAmounts(text: string, amounts: readonly { start: number; end: number }[]): string {
  let out = text.normalize('NFKC');
  for (const { start, end } of amounts)
    out = `${out.slice(0, start)}${' '.repeat(end - start)}${out.slice(end)}`;
  return out;
}

/** What follows a number that measures something else than money: "15 kg", "30 days", "20%". */
const UNIT_AFTER =
  /^\s*(?:%|°|(?:kg|g|mg|lbs?|km|m|cm|mm|mi|ft|in|l|litres?|liters?|ml|m2|m²|sq|kwh|kw|w|v|mb|gb|tb|kb|days?|weeks?|months?|years?|hours?|hrs?|h|minutes?|mins?|seconds?|secs?|s|people|persons?|guests?|times|pages?|degrees?|tage?|wochen?|monate?|jahre?|stunden?|minuten?|jours?|semaines?|mois|ans|heures?|d[ií]as?|semanas?|meses|años|horas?)(?![\p{L}]))/iu;

/**
 * Whether `text` states an amount of `cents`, in any writing: each run of digits and separators is
 * read whole and, cut at a comma not grouping thousands, in pieces ("2026-03-09,85.00" holds
 * 85.00). A number of another measure ("15 kg", "30 days", "20%"), a phone number's digits
 * ("+1 555 0085") and a numbered thing's number ("Firm 85", "#85") are no amount.
 */
export function statesAmount(text: string, cents: number): boolean {
  const normal = text.normalize('NFKC');
  for (const match of normal.matchAll(/\d(?:[\d.,'’]*\d)?/gu)) {
    const at = match.index ?? 0;
    if (UNIT_AFTER.test(normal.slice(at + match[0].length))) continue;
    // "+1 555 0085", "Firm 85", "Flat 3", "#85": a phone's digits or a numbered thing, not an amount.
    const before = normal.slice(Math.max(0, at - 30), at);
    const named = /(\p{Lu}\p{L}*)\s+$/u.exec(before)?.[1];
    if (
      /^0\d/u.test(match[0]) ||
      /(?:[#№+]\s*|\p{N}[\s-]+)$/u.test(before) ||
      (named !== undefined && !CURRENCY_WORD.test(named))
    )
      continue;
    const run = match[0];
    for (const piece of [run, ...run.split(/,(?!\d{3}(?!\d))/)]) if (centsOf(piece) === cents) return true;
  }
  return false;
}

/** Stems of the words that say only that money changes hands: not required when an amount is asked. */
export const MONEY_WORDS = new Set(
  `cost costs costing pay paid pays paying payment payments spend spent spending price priced charge charged
amount fee fees expense expenses buy bought purchase purchased total sum worth eur euro euros usd dollar dollars
buck bucks gbp pound pounds chf franc francs yen jpy kr sek nok dkk pln czk cad aud`
    .split(/\s+/)
    .map(root),
);

/** Words to add to a search for the amounts asked, as documents write them: "85.00", "85,00", "85". */
export function amountSearchWords(amounts: readonly AskedAmount[]): string[] {
  return amounts.flatMap(({ cents }) => {
    const whole = String(Math.floor(cents / 100));
    const fraction = String(cents % 100).padStart(2, '0');
    return [whole, `${whole}.${fraction}`, `${whole},${fraction}`];
  });
}
