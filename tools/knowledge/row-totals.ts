/**
 * The total of several table rows that answer a money question (issue 10, stranger round 13,
 * item 1): "what did the car service cost in May?" over `car-service.csv`, where two rows are
 * dated May, quotes both rows and says what they add up to — "2 rows; their cost adds up to
 * 429.50 (computed, not stated in the documents)" — so a person asking a cost gets one honestly
 * labelled figure, never one row's cost as if it were all. Rows are quoted as records.ts reads
 * them ("date: 2026-05-14, item: Brakes, cost: £189.50"); only rows of CSV/TSV files or Markdown
 * tables that all state the same money column are added, and only when their amounts are written
 * alike (one currency sign or none): "£20" and "20 EUR" are never added up.
 */
import { isMoneyColumn } from './money-columns.js';
import { delimiterOf } from './records.js';

/** Column names of an amount of money, folded to lowercase (English, German, French, Spanish). */
const MONEY_COLUMN =
  /^(?:cost|costs|price|amount|total|sum|paid|fee|fees|charge|value|spent|expense|betrag|preis|kosten|summe|prix|montant|co[uû]t|precio|importe|coste)\b/iu;

/** A question asking an amount spent or paid: "how much did I spend at Kwik Fit?", "what did I pay?". */
export const MONEY_QUESTION =
  /\b(?:how much|cost|costs|price|spen[dt]|spending|paid|pay|total|expenses?|expenditures?)\b/iu;

/** One field "name: value" of a quoted row. */
const FIELD = /(?:^|[,;] )([^:,;]{1,40}): ([^,;]+(?:,\d{2}(?![\d]))?)/gu;

/** An amount as a table cell writes it: an optional sign or code before, a number, one after. */
const AMOUNT =
  /^([^\d\s-]{0,4})\s?(-?\d{1,3}(?:[, ]\d{3})*(?:\.\d{1,2})?|-?\d+(?:[.,]\d{1,2})?)\s?([^\d\s]{0,4})$/u;

/** An amount's value in hundredths and its currency marks ("£", "EUR"), or undefined. */
export function cellAmount(cell: string): { cents: number; unit: string } | undefined {
  const match = AMOUNT.exec(cell.trim());
  if (!match) return undefined;
  let number = match[2] as string;
  // "189,50": a decimal comma (two digits after it, no point); "1,234.50": a thousands comma.
  number = /^-?\d+,\d{1,2}$/u.test(number) ? number.replace(',', '.') : number.replace(/[, ]/g, '');
  const value = Number(number);
  if (!Number.isFinite(value)) return undefined;
  return { cents: Math.round(value * 100), unit: `${match[1]}|${match[3]}` };
}

/** A sum written as its rows write it: "£429.50", "429.50 EUR", "429.50". */
export function writtenAmount(cents: number, unit: string): string {
  const [before = '', after = ''] = unit.split('|');
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const number = `${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
  // A code before ("USD 18.00") keeps its space; a sign ("£") does not.
  const lead = /\p{L}$/u.test(before) ? `${before} ` : before;
  return `${sign}${lead}${number}${after ? ` ${after}` : ''}`;
}

/** A row's currency field: "currency: EUR", "ccy: usd". */
const CURRENCY_FIELD = /(?:^|[,;] )(?:currency|ccy|cur|currency code): ([A-Za-z]{3})(?=[,;]|$)/iu;

/**
 * A quoted table row's money column and amount, or undefined; a bare amount takes the row's
 * currency field ("amount: 150.00, currency: EUR" is 150.00 EUR, never added to GBP: S37 2).
 */
function rowAmount(quote: string): { column: string; cents: number; unit: string } | undefined {
  for (const match of quote.matchAll(FIELD)) {
    const column = (match[1] as string).trim();
    if (!(MONEY_COLUMN.test(column) || isMoneyColumn(column))) continue;
    const amount = cellAmount(match[2] as string);
    if (!amount) return undefined;
    const code = CURRENCY_FIELD.exec(quote)?.[1];
    return { column, ...amount, ...(code && amount.unit === '|' ? { unit: `|${code.toUpperCase()}` } : {}) };
  }
  return undefined;
}

/**
 * The line that sums the rows quoted, when a money question (`moneyAsked`, or `question` says
 * "how much", "spent", "paid") is answered by two or
 * more table rows (`citations`, of CSV/TSV files or Markdown tables) that all state one money
 * column with amounts written alike; otherwise undefined.
 */
export function rowTotal(
  moneyAsked: boolean,
  question: string,
  citations: readonly { path: string; quote: string }[],
): string | undefined {
  if (!(moneyAsked || MONEY_QUESTION.test(question)) || citations.length < 2) return undefined;
  const rows = citations.map((c) =>
    delimiterOf(c.path) || /\.(?:md|markdown)$/iu.test(c.path) ? rowAmount(c.quote) : undefined,
  );
  if (rows.some((row) => row === undefined)) return undefined;
  const amounts = rows as { column: string; cents: number; unit: string }[];
  const [first] = amounts;
  if (!first) return undefined;
  const column = first.column.toLowerCase();
  // Another currency (a cell's "EUR", or the row's currency field: S37 2) is never added up.
  if (
    amounts.some(
      (row) => row.column.toLowerCase() !== column || row.unit.toLowerCase() !== first.unit.toLowerCase(),
    )
  )
    return undefined;
  const monthly = eachMonth(question, citations, amounts);
  if (monthly) return monthly;
  const total = amounts.reduce((sum, row) => sum + row.cents, 0);
  return `${amounts.length} rows; their ${column} adds up to ${writtenAmount(total, first.unit)} (computed, not stated in the documents).`;
}

/** One bill asked, not a sum: "the electricity bill", "how much was the rent?", with no "total" or "spend". */
const ONE_BILL =
  /\b(?:the|my|our|last|latest)\s+(?:[\p{L}-]+\s+){0,2}(?:bill|invoice|payment|premium|rent|charge|subscription|instal(?:l)?ment)\b(?!s)/iu;
/** Words that ask for several rows added up ("total", "spend", "so far", "this year"). */
const ADDED_UP =
  /\b(?:total|totals|altogether|overall|combined|sum|all|spen[dt]|spending|expenses?|so\s+far|in\s+all|(?:this|last|per)\s+year|since|between)\b/iu;
/** The first date of a quoted row ("Date: 2026-11-16"). */
const ROW_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/u;

/**
 * One bill asked ("how much was the electricity bill?") and answered by one row a month: each
 * month's amount, the latest first, never their sum as if it were the bill (S45). Undefined when
 * the question asks a total, or two rows share a month, or a row has no date.
 */
function eachMonth(
  question: string,
  citations: readonly { quote: string }[],
  amounts: readonly { cents: number; unit: string }[],
): string | undefined {
  if (!ONE_BILL.test(question) || ADDED_UP.test(question)) return undefined;
  const dated = citations.map((c, index) => ({ date: ROW_DATE.exec(c.quote)?.[0], amount: amounts[index]! }));
  if (dated.some((row) => !row.date)) return undefined;
  const months = new Set(dated.map((row) => row.date!.slice(0, 7)));
  if (months.size !== dated.length) return undefined;
  const [latest, ...earlier] = [...dated].sort((a, b) => b.date!.localeCompare(a.date!));
  const said = (row: (typeof dated)[number]) =>
    `${writtenAmount(row.amount.cents, row.amount.unit)} on ${row.date}`;
  return `One a month, not added up: the latest is ${said(latest!)}; before it ${earlier.map(said).join(', ')}.`;
}

/** A quoted table row as records.ts reads it: two fields or more ("date: 2026-01-03, description: Tesco…"). */
const TABLE_ROW = /^[^:,;]{1,40}: [^,;]*[,;] [^:,;]{1,40}: /u;

/**
 * The line that counts the rows quoted, when "how many times" or "how often" is answered by table
 * rows (S25 MEDIUM 3: "how many times did I go to Tesco?" over three "Tesco weekly shop" rows):
 * "3 rows (counted, not stated in the documents)."; otherwise undefined. When other lines are
 * quoted too (receipts saying "Shop: Tesco"), the rows are counted alone and their file named:
 * "3 rows of expenses-2026.csv (counted, …); the other lines quoted are not rows of a table."
 */
export function rowCount(
  question: string,
  citations: readonly { path: string; quote: string }[],
): string | undefined {
  if (!/\bhow\s+(?:many\s+times|often)\b/iu.test(question) || citations.length === 0) return undefined;
  const isRow = (c: { path: string; quote: string }) =>
    Boolean(delimiterOf(c.path) || /\.(?:md|markdown)$/iu.test(c.path)) && TABLE_ROW.test(c.quote);
  const rows = citations.filter(isRow);
  const n = rows.length;
  if (n === 0) return undefined;
  const counted = `${n} row${n === 1 ? '' : 's'}`;
  if (n === citations.length) return `${counted} (counted, not stated in the documents).`;
  const files = [...new Set(rows.map((c) => c.path.split(/[\\/]/).pop() as string))];
  return `${counted} of ${files.join(' and ')} (counted, not stated in the documents); the other lines quoted are not rows of a table.`;
}

/** Words a question is phrased with, never a payee or a category a row names. */
const PHRASING = new Set([
  'the',
  'and',
  'for',
  'did',
  'how',
  'was',
  'our',
  'you',
  'are',
  'what',
  'much',
  'with',
]);

/** A text's words, lowercase and without accents ("EDF électricité" → edf, electricite). */
function foldedWords(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length >= 3 && /\p{L}/u.test(word));
}

/** One word and another of the same root: "energy"/"energies", "electricity"/"electricite"; never inside another word. */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n >= 4 && n >= Math.min(a.length, b.length) - 2;
}

/**
 * Which of the table rows quoted for a money question (`rows`, their quotes) name a word of
 * `question` as a whole word — a category cell "Energy", a payee "EDF électricité" — when some
 * do and others do not: those alone are added up, so "what did we spend on energy?" never adds
 * "TotalEnergies fuel, Category: Fuel" (S45 HIGH 3). Undefined when no word tells rows apart.
 */
export function rowsNamingWord(question: string, rows: readonly string[]): boolean[] | undefined {
  if (rows.length < 2) return undefined;
  const rowWords = rows.map(foldedWords);
  const asked = foldedWords(question).filter((word) => !PHRASING.has(word));
  const named = (words: string[], word: string) => words.some((w) => sameWord(w, word));
  const telling = asked.filter((word) => {
    const n = rowWords.filter((words) => named(words, word)).length;
    return n > 0 && n < rows.length;
  });
  if (telling.length === 0) return undefined;
  return rowWords.map((words) => telling.some((word) => named(words, word)));
}
