/**
 * The total of a whole expenses table (stranger S25 MEDIUM 3): "what is the total of all my
 * expenses?", "what are my expenses?", "how much did I spend altogether?" name no row, so no
 * search finds one; the question asks every row of a learned CSV/TSV file with a money column
 * added up. Every row of the file is read (not only the few an answer quotes), the amounts of its
 * money column summed when they are written alike (row-totals.ts), and the answer says it is
 * computed, over how many rows, of which file. A month asked ("in total in May", "how much did I
 * spend in May?") narrows the rows to those dated so, and any other word ("on groceries") to the
 * rows that say it too; then each row is quoted and its amount shown in the sum (S29 HIGH 1). Words
 * without a month ("at Tesco") are left to search.
 */

import { basename } from 'node:path';
import type { Answer, Citation } from './answer.js';
import { type DateMention, datesIn, describeDates, statesDates, withoutDates } from './dates.js';
import { fileLines, linePassage } from './file-lines.js';
import { root } from './lexicon.js';
import { isMoneyColumn } from './money-columns.js';
import { delimiterOf, recordText, splitRow } from './records.js';
import { cellAmount, writtenAmount } from './row-totals.js';
import { cite } from './schemas.js';
import type { KnowledgeStore, SearchFilter } from './store.js';
import { queryTerms } from './text.js';

/** Spending asked as a whole: "expenses", "spend", "spent", "spending", "outgoings". */
const SPENDING = /\b(?:expenses?|expenditures?|spen[dt]|spending|outgoings)\b/iu;
/** "total", "altogether", "all", "overall", "in all", or "what are my expenses?" itself. */
const WHOLE =
  /\b(?:total|totals|altogether|overall|all|combined|sum)\b|^\s*what\s+are\s+my\s+(?:expenses|outgoings)\b/iu;

/** Words that ask for the whole and name no row. */
const FRAME = new Set(
  'total totals altogether overall combined sum all expense expenses expenditure expenditures spend spent spending outgoings much money together so far'
    .split(' ')
    .map(root),
);

/** The most tables summed in one answer. */
const MAX_TABLES = 3;

/** A file's money column summed: its name, the row count, the sum written as its rows write it. */
function tableSum(
  store: KnowledgeStore,
  collectionId: number,
  path: string,
  type: string,
  asked: Asked = { dates: [], words: [] },
) {
  const delimiter = delimiterOf(path);
  if (!delimiter) return undefined;
  const lines = fileLines(store, collectionId, path).filter((l) => l.text.trim() !== '');
  const [head, ...all] = lines;
  // Only the rows dated as asked ("in May": a date cell of May) that say every other word asked ("groceries").
  const rows = all.filter(
    (row) =>
      (asked.dates.length === 0 || statesDates(asked.dates, datesIn(row.text))) &&
      asked.words.every((word) => queryTerms(row.text).some((w) => root(w) === word)),
  );
  if (!head || rows.length === 0) return undefined;
  const header = splitRow(head.text, delimiter);
  const column = header.findIndex((name) => isMoneyColumn(name));
  if (column < 0) return undefined;
  let cents = 0;
  let unit: string | undefined;
  const cells: string[] = [];
  for (const row of rows) {
    const cell = (splitRow(row.text, delimiter)[column] ?? '').trim();
    const amount = cellAmount(cell);
    // An amount not written like the others ("£20" beside "20 EUR") is never added up.
    if (!amount || (unit !== undefined && amount.unit.toLowerCase() !== unit.toLowerCase())) return undefined;
    unit ??= amount.unit;
    cents += amount.cents;
    cells.push(cell);
  }
  const quotes = rows.map((row) => recordText(header, splitRow(row.text, delimiter)));
  const whole = rows.length === all.length;
  const amounts = cells.map((cell) => cellAmount(cell)?.cents ?? 0);
  return {
    path,
    type,
    name: header[column] as string,
    rows,
    cents,
    unit: unit ?? '|',
    cells,
    amounts,
    quotes,
    whole,
  };
}

/** What a question narrows the rows to: the dates it asks and its other words (roots). */
interface Asked {
  dates: DateMention[];
  words: string[];
}

/**
 * The sum of every row of the learned expense tables, when `question` asks spending as a whole
 * and names nothing more; otherwise undefined.
 */
export function wholeTableTotal(
  store: KnowledgeStore,
  collection: string,
  question: string,
  filter: SearchFilter | undefined,
): Answer | undefined {
  // "how much did I spend in May?": a month asked is a whole too, of the rows dated so (S29 HIGH 1).
  const dates = datesIn(question);
  if (
    !SPENDING.test(question) ||
    !(WHOLE.test(question) || (dates.length > 0 && /\bhow\s+much\b/iu.test(question)))
  )
    return undefined;
  const words = [
    ...new Set(
      queryTerms(withoutDates(question, dates))
        .map(root)
        .filter((word) => !FRAME.has(word)),
    ),
  ];
  // Other words ("on groceries") only narrow rows a month narrows too; without one they are left to search.
  if (words.length > 0 && dates.length === 0) return undefined;
  const asked: Asked = { dates, words };
  const target = store.collection(collection);
  if (!target) return undefined;
  const scope = {
    ...(filter?.pathPrefix ? { pathPrefix: filter.pathPrefix } : {}),
    ...(filter?.paths ? { paths: filter.paths } : {}),
  };
  const sums = store
    .files(target.id, scope)
    .filter((file) => delimiterOf(file.path))
    .flatMap((file) => tableSum(store, target.id, file.path, file.type, asked) ?? []);
  if (sums.length === 0) return undefined;
  // Several tables: those named for spending first ("expenses-2026.csv"), then by path.
  const named = (path: string) => (SPENDING.test(basename(path).replace(/[_-]/g, ' ')) ? 0 : 1);
  const shown = sums.sort((a, b) => named(a.path) - named(b.path)).slice(0, MAX_TABLES);
  const names = store.displayNames(shown.map((s) => s.path));
  if (shown.some((s) => !s.whole)) return rowsTotal(shown, names, describeDates(dates));
  const citations: Citation[] = shown.map((s) => ({
    path: s.path,
    lineStart: s.rows[0]?.first ?? 1,
    lineEnd: s.rows.at(-1)?.last ?? 1,
    heading: '',
    quote: `${s.rows.length} rows; their ${s.name} adds up to ${writtenAmount(s.cents, s.unit)}`,
  }));
  return {
    known: true,
    answer: citations
      .map((c) => `All ${c.quote} (${cite(c, names.get(c.path))}; computed, not stated in the documents).`)
      .join('\n'),
    citations,
    passages: shown.map((s) => linePassage(s.path, s.type, s.rows.slice(0, 20))),
  };
}

/**
 * The rows a month (and a word) narrowed a table to, each quoted, and what they add up to with
 * the amounts added: "3 rows dated May; their amount_gbp adds up to 1300.60 (112.60 + 148.00 +
 * 1040.00; computed, not stated in the documents)."
 */
function rowsTotal(
  sums: readonly NonNullable<ReturnType<typeof tableSum>>[],
  names: Map<string, string>,
  dated: string,
): Answer {
  const citations: Citation[] = sums.flatMap((s) =>
    s.rows.map((row, index) => ({
      path: s.path,
      lineStart: row.first,
      lineEnd: row.last,
      heading: '',
      quote: s.quotes[index] as string,
    })),
  );
  const lines = citations.map((c) => `${c.quote} (${cite(c, names.get(c.path))})`);
  for (const s of sums) {
    const n = s.rows.length;
    const of = sums.length > 1 ? ` of ${basename(s.path)}` : '';
    lines.push(
      `${n} row${n === 1 ? '' : 's'}${of}${dated ? ` dated ${dated}` : ''}; their ${s.name} adds up to ${writtenAmount(s.cents, s.unit)} (${s.cells.join(' + ')}; computed, not stated in the documents).`,
    );
  }
  return {
    known: true,
    answer: lines.join('\n'),
    citations,
    passages: sums.map((s) => linePassage(s.path, s.type, s.rows.slice(0, 20))),
  };
}

/** "largest", "biggest", "most expensive" ask the row with the most; "cheapest", "smallest" the least. */
const MOST =
  /\b(?:largest|biggest|highest|most\s+expensive|priciest|dearest|costliest|greatest|(?:spen[dt]|paid|pay)\s+(?:the\s+)?most)\b/iu;
const LEAST = /\b(?:smallest|cheapest|lowest|least\s+expensive|(?:spen[dt]|paid|pay)\s+(?:the\s+)?least)\b/iu;
/** Words that frame such a question and name no row. */
const EXTREME_FRAME = new Set(
  `largest biggest highest most expensive priciest dearest costliest greatest smallest cheapest lowest least
expense expenses expenditure spend spent spending outgoing outgoings purchase purchases payment payments bought
buy cost costs amount item items thing things one ever money row entry entries single`
    .split(/\s+/)
    .map(root),
);

/**
 * The row of the learned money tables with the largest (or smallest) amount, when `question`
 * asks one ("what was my largest expense?", "what is the cheapest grocery shop?"); its other
 * words and a month asked narrow the rows as a total's do. Undefined when it asks none, or no
 * table has rows saying every other word asked (search answers instead).
 */
export function extremeRow(
  store: KnowledgeStore,
  collection: string,
  question: string,
  filter: SearchFilter | undefined,
): Answer | undefined {
  const most = MOST.test(question);
  if (!most && !LEAST.test(question)) return undefined;
  const dates = datesIn(question);
  const words = [
    ...new Set(
      queryTerms(withoutDates(question, dates))
        .map(root)
        .filter((word) => !FRAME.has(word) && !EXTREME_FRAME.has(word)),
    ),
  ];
  const target = store.collection(collection);
  if (!target) return undefined;
  const scope = {
    ...(filter?.pathPrefix ? { pathPrefix: filter.pathPrefix } : {}),
    ...(filter?.paths ? { paths: filter.paths } : {}),
  };
  const tables = store
    .files(target.id, scope)
    .filter((file) => delimiterOf(file.path))
    .flatMap((file) => tableSum(store, target.id, file.path, file.type, { dates, words }) ?? []);
  // Amounts written alike across tables only ("£" beside "EUR" are never compared).
  if (tables.length === 0 || new Set(tables.map((t) => t.unit.toLowerCase())).size > 1) return undefined;
  const rows = tables.flatMap((t) =>
    t.rows.map((row, index) => ({ t, row, index, cents: t.amounts[index] ?? 0 })),
  );
  const best = (most ? Math.max : Math.min)(...rows.map((r) => r.cents));
  const found = rows.filter((r) => r.cents === best);
  const names = store.displayNames([...new Set(found.map((r) => r.t.path))]);
  const citations: Citation[] = found.map(({ t, row, index }) => ({
    path: t.path,
    lineStart: row.first,
    lineEnd: row.last,
    heading: '',
    quote: t.quotes[index] as string,
  }));
  const column = tables[0]?.name ?? 'amount';
  const of = `${rows.length} row${rows.length === 1 ? '' : 's'}${dates.length > 0 ? ` dated ${describeDates(dates)}` : ''}`;
  return {
    known: true,
    answer: [
      ...citations.map((c) => `${c.quote} (${cite(c, names.get(c.path))})`),
      `The ${most ? 'largest' : 'smallest'} ${column} of ${of} (compared, not stated in the documents).`,
    ].join('\n'),
    citations,
    passages: tables.map((t) => linePassage(t.path, t.type, t.rows.slice(0, 20))),
  };
}
