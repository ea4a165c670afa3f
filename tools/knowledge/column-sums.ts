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
import { type FileLine, fileLines, linePassage } from './file-lines.js';
import { root } from './lexicon.js';
import { isMoneyColumn } from './money-columns.js';
import { delimiterOf, recordText, splitRow } from './records.js';
import { writtenAmount } from './row-totals.js';
import { cite } from './schemas.js';
import {
  askedSide,
  delimitedFiles,
  plus,
  type Side,
  sideOf,
  signedAmount,
  statementLayout,
} from './statement.js';
import type { KnowledgeStore, SearchFilter } from './store.js';
import { queryTerms } from './text.js';

/** Spending asked as a whole: "expenses", "spend", "spent", "spending", "outgoings". */
const SPENDING =
  /\b(?:expenses?|expenditures?|spen[dt]|spending|outgoings|paid\s+out|money\s+out|debits)\b/iu;
/** "total", "altogether", "all", "overall", "in all", or "what are my expenses?" itself. */
const WHOLE =
  /\b(?:total|totals|altogether|overall|all|combined|sum)\b|^\s*what\s+are\s+my\s+(?:expenses|outgoings)\b/iu;

/** Words that ask for the whole and name no row. */
const FRAME = new Set(
  'total totals altogether overall combined sum all expense expenses expenditure expenditures spend spent spending outgoings much money together so far income incomings earn earned earnt earnings receive received credit credits debit debits deposit deposits paid out outgoing card cards statement statements account'
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
  const narrowed = all.filter(
    (row) =>
      (asked.dates.length === 0 || statesDates(asked.dates, datesIn(row.text))) &&
      asked.words.every((word) => queryTerms(row.text).some((w) => root(w) === word)),
  );
  if (!head || narrowed.length === 0) return undefined;
  const header = splitRow(head.text, delimiter);
  const layout = statementLayout(header);
  const twoWays = layout.debit !== undefined && layout.credit !== undefined;
  const column = twoWays ? -1 : header.findIndex((name) => isMoneyColumn(name));
  if (!twoWays && column < 0) return undefined;
  let unit: string | undefined;
  const read: { row: FileLine; cell: string; cents: number; fields: string[] }[] = [];
  for (const row of narrowed) {
    const fields = splitRow(row.text, delimiter);
    // A statement with a column each way: the debit is money out, the credit money in (S32 HIGH 2).
    const cells = twoWays
      ? [
          { cell: (fields[layout.debit as number] ?? '').trim(), out: true },
          { cell: (fields[layout.credit as number] ?? '').trim(), out: false },
        ].filter((c) => c.cell !== '' && signedAmount(c.cell)?.cents !== 0)
      : [{ cell: (fields[column] ?? '').trim(), out: false }];
    const first = cells[0];
    const amount = first ? signedAmount(first.cell) : undefined;
    // An amount not written like the others ("£20" beside "20 EUR") is never added up.
    if (!first || !amount || (unit !== undefined && amount.unit.toLowerCase() !== unit.toLowerCase()))
      return undefined;
    unit ??= amount.unit;
    const cents = twoWays ? (first.out ? -1 : 1) * Math.abs(amount.cents) : amount.cents;
    read.push({ row, cell: twoWays ? writtenAmount(cents, amount.unit) : first.cell, cents, fields });
  }
  // Money both ways (a column each way, or signed amounts of both signs in the whole file, not
  // only the rows asked: "the largest expense at Tesco" is still the largest debit): a statement.
  const every = twoWays
    ? []
    : all.map((row) => signedAmount(splitRow(row.text, delimiter)[column] ?? '')?.cents ?? 0);
  const signed = twoWays || (every.some((cents) => cents < 0) && every.some((cents) => cents > 0));
  const sides = read.map((r) => sideOf(r.cents, r.row.text));
  if (asked.side && !signed && asked.side === 'credit') return undefined;
  const kept = read.filter((_, index) => !signed || !asked.side || sides[index] === asked.side);
  const others = read.flatMap((r, index) =>
    signed && asked.side && sides[index] !== asked.side ? [{ ...r, side: sides[index] as Side }] : [],
  );
  if (kept.length === 0) return undefined;
  const describe = (fields: string[]) =>
    layout.description !== undefined ? (fields[layout.description] ?? '').trim() : '';
  return {
    path,
    type,
    name: twoWays ? 'amount' : (header[column] as string),
    rows: kept.map((r) => r.row),
    cents: kept.reduce((sum, r) => sum + r.cents, 0),
    unit: unit ?? '|',
    cells: kept.map((r) => r.cell),
    amounts: kept.map((r) => r.cents),
    quotes: kept.map((r) => recordText(header, r.fields)),
    whole: kept.length === all.length,
    signed,
    narrowed: narrowed.length < all.length,
    others: others.map((r) => ({
      cents: r.cents,
      side: r.side,
      what: describe(r.fields) || r.row.text,
      row: r.row,
      quote: recordText(header, r.fields),
    })),
  };
}

/** What a question narrows the rows to: the dates it asks and its other words (roots). */
interface Asked {
  dates: DateMention[];
  words: string[];
  /** Money out or in (statements only, S32 HIGH 2). */
  side?: 'debit' | 'credit' | undefined;
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
  const side = askedSide(question);
  if (
    !(SPENDING.test(question) || side === 'credit') ||
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
  const asked: Asked = { dates, words, side };
  const delimited = delimitedFiles(store, collection, filter);
  if (!delimited) return undefined;
  const sums = delimited.files
    .flatMap((file) => tableSum(store, delimited.collectionId, file.path, file.type, asked) ?? [])
    // Other words ("on groceries") only narrow rows a month narrows too, or a statement's rows
    // ("total spent on amazon": its purchase and its refund); otherwise they are left to search.
    .filter((sum) => words.length === 0 || dates.length > 0 || sum.signed);
  if (sums.length === 0) return undefined;
  const statements = sums.filter((s) => s.signed);
  if (statements.length > 0) return statementTotal(statements, store, describeDates(dates));
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

/** The most rows of a statement quoted one by one. */
const MAX_QUOTED = 12;

/**
 * Spending or income of bank statements (S32 HIGH 2): the debits (or credits) added up, with the
 * amounts added, and what was left out said plainly — "9 debits dated October add up to -1504.52
 * (…); not counted: +2950.00 SALARY ACME LTD; a refund of +37.49 REFUND AMAZON: -1467.03 after it".
 * Rows narrowed by a word ("on amazon") are quoted one by one, refunds with them.
 */
function statementTotal(
  sums: readonly NonNullable<ReturnType<typeof tableSum>>[],
  store: KnowledgeStore,
  dated: string,
): Answer {
  const names = store.displayNames(sums.map((s) => s.path));
  const lines: string[] = [];
  const citations: Citation[] = [];
  for (const s of sums) {
    const credit = s.amounts.every((cents) => cents > 0);
    const kind =
      s.amounts.some((c) => c < 0) && s.amounts.some((c) => c > 0) ? 'row' : credit ? 'credit' : 'debit';
    const n = s.rows.length;
    const c: Citation = {
      path: s.path,
      lineStart: s.rows[0]?.first ?? 1,
      lineEnd: s.rows.at(-1)?.last ?? 1,
      heading: '',
      quote: `${n} ${kind}${n === 1 ? '' : 's'}${dated ? ` dated ${dated}` : ''} ${n === 1 ? 'adds' : 'add'} up to ${plus(writtenAmount(s.cents, s.unit))}`,
    };
    const refunds = s.others.filter((o) => o.side === 'refund');
    // Rows a word narrowed to ("amazon") are shown; so are their refunds, and the net.
    if (s.narrowed && n + refunds.length <= MAX_QUOTED) {
      s.rows.forEach((row, index) => {
        const q: Citation = {
          path: s.path,
          lineStart: row.first,
          lineEnd: row.last,
          heading: '',
          quote: s.quotes[index] as string,
        };
        citations.push(q);
        lines.push(`${q.quote} (${cite(q, names.get(s.path))})`);
      });
      for (const o of refunds) {
        const q: Citation = {
          path: s.path,
          lineStart: o.row.first,
          lineEnd: o.row.last,
          heading: '',
          quote: o.quote,
        };
        citations.push(q);
        lines.push(`${q.quote} (${cite(q, names.get(s.path))})`);
      }
    } else citations.push(c);
    const added = s.cells.length <= MAX_QUOTED ? `${s.cells.join(' + ')}; ` : '';
    lines.push(`${c.quote} (${added}${cite(c, names.get(s.path))}; computed, not stated in the documents).`);
    const left = s.others.filter((o) => o.side !== 'refund' && !(credit && o.side === 'debit'));
    if (left.length > 0 && left.length <= MAX_QUOTED)
      lines.push(
        `Not counted: ${left.map((o) => `${plus(writtenAmount(o.cents, s.unit))} ${o.what}`).join('; ')} (${credit ? 'money out' : 'money in'}).`,
      );
    else if (left.length > 0)
      lines.push(`Not counted: ${left.length} rows of ${credit ? 'money out' : 'money in'}.`);
    if (refunds.length > 0) {
      const back = refunds.reduce((sum, o) => sum + o.cents, 0);
      const what = refunds.map((o) => `${plus(writtenAmount(o.cents, s.unit))} ${o.what}`).join('; ');
      lines.push(
        credit
          ? `Not counted as income: ${refunds.length === 1 ? 'a refund' : 'refunds'} of ${what}.`
          : `${refunds.length === 1 ? 'A refund' : 'Refunds'} of ${what} came back: ${plus(writtenAmount(s.cents + back, s.unit))} net after ${refunds.length === 1 ? 'it' : 'them'} (computed).`,
      );
    }
  }
  return {
    known: true,
    answer: lines.join('\n'),
    citations,
    passages: sums.map((s) => linePassage(s.path, s.type, s.rows.slice(0, 20))),
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
buy cost costs amount item items thing things one ever money row entry entries single
transaction transactions debit debits credit credits income incoming deposit deposits`
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
  const side = askedSide(question);
  const words = [
    ...new Set(
      queryTerms(withoutDates(question, dates))
        .map(root)
        .filter((word) => !FRAME.has(word) && !EXTREME_FRAME.has(word)),
    ),
  ];
  const delimited = delimitedFiles(store, collection, filter);
  if (!delimited) return undefined;
  const tables = delimited.files.flatMap(
    (file) => tableSum(store, delimited.collectionId, file.path, file.type, { dates, words, side }) ?? [],
  );
  // Amounts written alike across tables only ("£" beside "EUR" are never compared).
  if (tables.length === 0 || new Set(tables.map((t) => t.unit.toLowerCase())).size > 1) return undefined;
  const rows = tables.flatMap((t) =>
    t.rows.map((row, index) => ({ t, row, index, cents: t.amounts[index] ?? 0 })),
  );
  // A statement's debits are compared by size: the largest expense is -1185.00, not -10.99 (S32 HIGH 2).
  const size = (r: (typeof rows)[number]) => (r.t.signed ? Math.abs(r.cents) : r.cents);
  const best = (most ? Math.max : Math.min)(...rows.map(size));
  const found = rows.filter((r) => size(r) === best);
  const names = store.displayNames([...new Set(found.map((r) => r.t.path))]);
  const citations: Citation[] = found.map(({ t, row, index }) => ({
    path: t.path,
    lineStart: row.first,
    lineEnd: row.last,
    heading: '',
    quote: t.quotes[index] as string,
  }));
  const statement = tables.some((t) => t.signed) && side !== undefined;
  const column = statement ? (side === 'credit' ? 'credit' : 'debit') : (tables[0]?.name ?? 'amount');
  const noun = statement ? column : 'row';
  const of = `${rows.length} ${noun}${rows.length === 1 ? '' : 's'}${dates.length > 0 ? ` dated ${describeDates(dates)}` : ''}`;
  const left = tables.reduce((n, t) => n + t.others.length, 0);
  const others =
    statement && left > 0
      ? `; ${left} row${left === 1 ? '' : 's'} of money ${side === 'credit' ? 'out' : 'in'} not counted`
      : '';
  return {
    known: true,
    answer: [
      ...citations.map((c) => `${c.quote} (${cite(c, names.get(c.path))})`),
      `The ${most ? 'largest' : 'smallest'} ${column} of ${of}${tables.some((t) => t.signed) ? ', by size' : ''}${others} (compared, not stated in the documents).`,
    ].join('\n'),
    citations,
    passages: tables.map((t) => linePassage(t.path, t.type, t.rows.slice(0, 20))),
  };
}
