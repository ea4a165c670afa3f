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
import { isRuleLine } from './aligned-table.js';
import type { Answer, Citation } from './answer.js';
import { type DateSpan, dateSpanAsked, describeSpan, inSpan, resolveSpan, rowDay } from './date-span.js';
import { type DateMention, datesIn, describeDates, statesDates, withoutDates } from './dates.js';
import { type FileLine, fileLines, linePassage } from './file-lines.js';
import { root } from './lexicon.js';
import { delimiterOf, recordText, splitRow, textTables } from './records.js';
import { writtenAmount } from './row-totals.js';
import { cite } from './schemas.js';
import { AMOUNT_ASKED, SPENDING } from './spend-words.js';
import {
  askedSide,
  delimitedFiles,
  EARNED,
  earnedSide,
  plus,
  type Side,
  sideOf,
  statementLayout,
  tableMoney,
} from './statement.js';
import type { KnowledgeStore, LearnedFile, SearchFilter } from './store.js';
import { queryTerms } from './text.js';

/** A refund's own words, not what was refunded ("John Lewis sofa refund" → John Lewis sofa). */
const REFUND_WORD = /^(?:refunds?|refunded|reversal|reversed|returns?|returned|chargeback|cashback)$/iu;
/** A cost or costs ("the total maintenance cost", "what did the repairs cost altogether?"). */
const COST = /\b(?:costs?|costing)\b/iu;
/** "total", "altogether", "all", "overall", "in all", or "what are my expenses?" itself. */
const WHOLE =
  /\b(?:total|totals|altogether|overall|all|combined|sum)\b|^\s*what\s+are\s+my\s+(?:expenses|outgoings)\b/iu;

/** Money I paid: "did I pay", "have I paid", "I paid", "pay for" (never "was I paid"). */
const I_PAID =
  /\b(?:did\s+(?:i|we)\s+pay|have\s+(?:i|we)\s+paid|(?:i|we)(?:\s+have|'ve)?\s+paid|pay\s+for)\b/iu;

/** A year asked: "in 2025", "during 2026". */
const YEAR_ASKED = /\b(?:in|during|for|of|since)\s+(?:19|20)\d{2}\b(?![-/.]\d)/iu;

/** Words that ask for the whole and name no row. */
const FRAME = new Set(
  'total totals altogether overall combined sum all cost costs costing came come comes coming went gone go goes going expense expenses expenditure expenditures spend spent spending outgoings much money together so far income incomings earn earned earnt earnings receive received credit credits debit debits deposit deposits paid pay pays paying out outgoing card cards statement statements account'
    .split(' ')
    .map(root),
);

/** A card's statement named: "credit card", "my visa", "the card" (never a debit card). */
const NAMES_CARD =
  /\b(?:credit[\s-]*cards?|creditcard|visa|master[\s-]*card|amex|american\s+express|barclaycard)\b|(?<!\bdebit[\s-]*)\bcards?\b/iu;
/** A file name saying a card's account ("credit_card_statement.csv", "visa-nov.csv"). */
const CARD_NAME = /\b(?:credit\s*cards?|creditcard|cards?|visa|master\s*card|amex|barclaycard)\b/iu;
/** A bank account's statement named: "bank statement", "current account", "debit card". */
const NAMES_BANK = /\b(?:bank|current\s+account|checking(?:\s+account)?|debit[\s-]+cards?)\b/iu;

/** The statement a question names: which tables it keeps, and the words that named it (no row need say them). */
interface Named {
  keep: (sum: TableSum) => boolean;
  words: Set<string>;
}

/**
 * The one statement `question` names (S38 3): a learned table's file ("bank.csv", "the creditcard
 * file"), a card's ("on my credit card"), a bank account's ("the bank statement"); undefined when
 * it names none, so every statement is asked.
 */
function statementNamed(question: string, paths: readonly string[]): Named | undefined {
  const said = new Set(queryTerms(question).map(root));
  const lower = question.toLowerCase();
  const files = paths.filter((path) => {
    const name = nameRoots(path);
    return (
      lower.includes(basename(path).toLowerCase()) ||
      // "spending.csv" is not named by "how much did I spend …": a name of frame words only is no name said.
      (name.size > 0 && [...name].every((w) => said.has(w)) && [...name].some((w) => !FRAME.has(w)))
    );
  });
  const rootsOf = (text: string) => new Set(queryTerms(text).map(root));
  if (files.length > 0)
    return {
      keep: (sum) => files.includes(sum.path),
      words: new Set(files.flatMap((path) => [...nameRoots(path), ...rootsOf(basename(path))])),
    };
  // A card's file is one whose rows read so, or whose name says so ("credit_card_statement.csv"
  // with Debit/Credit columns is read as a bank's layout, but is the card's).
  const isCard = (sum: TableSum) => {
    const name = basename(sum.path).replace(/[_.-]/gu, ' ');
    return sum.card || (CARD_NAME.test(name) && !/\bdebit\s*cards?\b/iu.test(name));
  };
  const bank = NAMES_BANK.exec(question);
  if (bank) return { keep: (sum) => sum.signed && !isCard(sum), words: rootsOf(`${bank[0]} account`) };
  const card = NAMES_CARD.exec(question);
  if (card) return { keep: isCard, words: rootsOf(`${card[0]} card`) };
  return undefined;
}

/** `text` with the span asked blanked out, so "between 20 and 25" asks no row to say "20". */
const withoutSpan = (text: string, span: DateSpan | undefined) =>
  span ? `${text.slice(0, span.start)}${' '.repeat(span.end - span.start)}${text.slice(span.end)}` : text;

/** The most tables summed in one answer. */
const MAX_TABLES = 3;

/** A file's money column summed: its name, the row count, the sum written as its rows write it. */
interface TableSum {
  path: string;
  type: string;
  name: string;
  rows: FileLine[];
  /** The sum in the file's own sign (a card's purchases positive), and its currency marks. */
  cents: number;
  unit: string;
  cells: string[];
  amounts: number[];
  /** Each amount as money in (positive) or out (negative). */
  flows: number[];
  quotes: string[];
  whole: boolean;
  /** Money both ways (a statement), and whether a card's (purchases positive). */
  signed: boolean;
  card: boolean;
  narrowed: boolean;
  /** The days asked, as read ("20–25 October"), or the dates asked. */
  dated: string;
  others: {
    cents: number;
    side: Side;
    what: string;
    row: FileLine;
    quote: string;
    /** A refund's purchase dated outside the days asked: the refund is not netted (S39 B10). */
    outside?: { row: FileLine; quote: string; day: string } | undefined;
  }[];
  /** How many words asked narrowed the rows (a text table's file name takes its own). */
  words: number;
}

/**
 * A file's money column summed, one sum per currency (S37 2: "7.80 GBP" and "150.00 EUR" are never
 * added together); [] when the file has no money column or a row asked has no readable amount.
 */
function tableSum(
  store: KnowledgeStore,
  collectionId: number,
  path: string,
  type: string,
  asked: Asked = { dates: [], words: [] },
): TableSum[] {
  // A text file's tables (Markdown, grid, aligned with spaces; S37 MEDIUM): the words its name
  // says ("car" of car-service-record.txt) name the file, not rows.
  // So do the words of a table's title ("boiler" of "BOILER SERVICE LOG - 27 Canal Street").
  const text = !delimiterOf(path);
  return fileTables(store, collectionId, path).flatMap((table) => {
    const named = tableRoots(path, table);
    const words = text ? asked.words.filter((word) => !named.has(word)) : asked.words;
    return columnSum(path, type, table.header, table.rows, { ...asked, words });
  });
}

/** The roots of a file's name's words ("car-service-record.txt" → car, servic, record). */
export const nameRoots = (path: string) =>
  new Set(
    queryTerms(
      basename(path)
        .replace(/\.[^.]+$/u, '')
        .replace(/[_-]/gu, ' '),
    ).map(root),
  );

/** A table of a learned file: its title, its header's cells and its rows, each with its file lines and cells. */
export interface FileTable {
  /** The line naming the table above its header ("BOILER SERVICE LOG - 27 Canal Street"), or ''. */
  title: string;
  header: string[];
  rows: { row: FileLine; fields: string[]; text: string }[];
}

/**
 * The tables of the learned file `path`: a CSV/TSV file is one (its first line the header); a
 * text file's Markdown, grid and space-aligned tables each one, a wrapped row's lines joined.
 */
export function fileTables(store: KnowledgeStore, collectionId: number, path: string): FileTable[] {
  const delimiter = delimiterOf(path);
  const lines = fileLines(store, collectionId, path);
  if (delimiter) {
    const [head, ...all] = lines.filter((l) => l.text.trim() !== '');
    if (!head) return [];
    return [
      {
        title: '',
        header: splitRow(head.text, delimiter),
        rows: all.map((row) => ({ row, fields: splitRow(row.text, delimiter), text: row.text })),
      },
    ];
  }
  const texts = lines.map((l) => l.text);
  return textTables(texts).map((table) => ({
    title: titleAbove(texts, table.rows[0]?.at ?? 0),
    header: table.header,
    rows: table.rows.map(({ at, last, cells }) => {
      const text = lines
        .slice(at, last + 1)
        .map((l) => l.text.trim())
        .join(' ');
      return {
        row: { text, first: lines[at]?.first ?? 1, last: lines[last]?.last ?? 1 },
        fields: cells,
        text,
      };
    }),
  }));
}

/**
 * The line naming a table: the first line above its first row (`at`) that is neither blank, its
 * header, a rule or `|` line, nor a "Label: value" line; '' when there is none.
 */
function titleAbove(lines: readonly string[], at: number): string {
  let header = false;
  for (let index = at - 1; index >= 0 && index >= at - 6; index -= 1) {
    const line = (lines[index] as string).trim();
    if (line === '' || isRuleLine(line) || line.startsWith('|') || line.startsWith('+')) continue;
    if (!header) {
      header = true;
      continue;
    }
    // "Boiler: Worcester Bosch …   Gas Safe reg: 604411" says facts, not the table's name.
    if (/^[^:]{1,40}:\s/u.test(line)) continue;
    return line.replace(/^#+\s*/u, '');
  }
  return '';
}

/**
 * What every row of an upkeep log is (S41 1): "the most expensive repair", "total cost of car
 * repairs" of car-maintenance.log ask all its rows, not the one whose text says "repair".
 */
const UPKEEP_KIND = new Set(
  'repair repairs maintenance upkeep job jobs work works fix fixes bill bills'.split(' ').map(root),
);
/** A table of upkeep: its name, title or a column says so ("car-maintenance.log", "GARAGE", "WORK"). */
const UPKEEP_SIGN = new Set([
  ...UPKEEP_KIND,
  ...'service servicing garage garages workshop mechanic mot mileage'.split(' ').map(root),
]);

/**
 * The roots naming a table, no row: its file's name's and its title's ("servicelog", "boiler",
 * "log"…), its columns' names ("garage" of "the biggest bill at the garage"), and of an upkeep
 * log the kinds of work every row is ("repairs").
 */
export const tableRoots = (path: string, table: FileTable) => {
  const roots = new Set([
    ...nameRoots(path),
    ...queryTerms(table.title).map(root),
    ...table.header.flatMap((cell) => queryTerms(cell).map(root)),
  ]);
  if ([...roots].some((r) => UPKEEP_SIGN.has(r))) for (const kind of UPKEEP_KIND) roots.add(kind);
  return roots;
};

/** One table's money column summed (tableSum), its header and rows read. */
function columnSum(
  path: string,
  type: string,
  header: readonly string[],
  rows: { row: FileLine; fields: string[]; text: string }[],
  asked: Asked,
): TableSum[] {
  const all = rows;
  const layout = statementLayout(header);
  const twoWays = layout.debit !== undefined && layout.credit !== undefined;
  const { card, column, money } = tableMoney(path, header, rows);
  if (!twoWays && column < 0) return [];
  // "between 20 and 25 October", "since the 15th": the rows dated within the span (S37 3).
  const dayOf = (r: (typeof rows)[number]) =>
    rowDay(layout.date !== undefined ? (r.fields[layout.date] ?? '') : r.text);
  const span = asked.span
    ? resolveSpan(
        asked.span,
        rows.flatMap((r) => dayOf(r) ?? []),
      )
    : undefined;
  // Only the rows dated as asked ("in May": a date cell of May) that say every other word asked ("groceries").
  const narrowed = rows.flatMap((r, index) =>
    (span ? inSpan(span, dayOf(r)) : asked.dates.length === 0 || statesDates(asked.dates, datesIn(r.text))) &&
    asked.words.every((word) => queryTerms(r.text).some((w) => root(w) === word))
      ? [{ ...r, index }]
      : [],
  );
  if (narrowed.length === 0) return [];
  const read: {
    row: FileLine;
    cell: string;
    cents: number;
    flow: number;
    unit: string;
    fields: string[];
  }[] = [];
  for (const { row, fields, index } of narrowed) {
    const amount = money[index];
    // "Opening balance" with nothing paid in or out (only a balance): no money moved, no row to add.
    const blank = (at: number | undefined) => at !== undefined && (fields[at] ?? '').trim() === '';
    if (!amount && twoWays && blank(layout.debit) && blank(layout.credit)) continue;
    // The same with one amount column ("2026-11-01,Opening balance,,2310.44", S44): a balance only.
    if (!amount && !twoWays && blank(column) && layout.balance !== undefined && !blank(layout.balance))
      continue;
    // A row asked without a readable amount: the table is not summed at all.
    if (!amount) return [];
    const cell = twoWays ? writtenAmount(amount.shown, amount.unit) : (fields[column] ?? '').trim();
    read.push({ row, cell, cents: amount.shown, flow: amount.flow, unit: amount.unit, fields });
  }
  // Money both ways (a column each way, or amounts of both signs in the whole file, not only the
  // rows asked: "the largest expense at Tesco" is still the largest debit): a statement.
  const flows = money.map((m) => m?.flow ?? 0);
  const signed = twoWays || (flows.some((cents) => cents < 0) && flows.some((cents) => cents > 0));
  const sides = read.map((r) => {
    const side = sideOf(r.flow, r.row.text);
    return asked.earned ? earnedSide(side, r.row.text) : side;
  });
  if (asked.side && !signed && asked.side === 'credit') return [];
  // No description column ("date,shop,amount,currency"): the first cell of words that is neither
  // the date, the amount nor a currency code ("Decathlon tent refund").
  const describe = (fields: string[]) =>
    layout.description !== undefined
      ? (fields[layout.description] ?? '').trim()
      : (
          fields.find(
            (cell, at) =>
              at !== layout.date &&
              at !== column &&
              /\p{L}{2}/u.test(cell) &&
              !/^\s*[A-Z]{3}\s*$/u.test(cell),
          ) ?? ''
        ).trim();
  const units = [...new Set(read.map((r) => r.unit.toUpperCase()))];
  const dated = span ? describeSpan(span) : describeDates(asked.dates);
  // A refund within the days asked of a purchase made before them ("John Lewis sofa refund" of the
  // sofa bought the day before the span): the purchase is not in the total, so neither is its refund.
  const kept = new Set(narrowed.map((r) => r.index));
  const outside = (fields: string[], flow: number, unit: string) => {
    if (kept.size === all.length) return undefined;
    const what = new Set(queryTerms(describe(fields)).filter((w) => !REFUND_WORD.test(w)));
    if (what.size === 0) return undefined;
    const index = all.findIndex((r, at) => {
      const m = money[at];
      if (kept.has(at) || !m || m.flow !== -flow || m.unit.toUpperCase() !== unit.toUpperCase()) return false;
      const said = new Set(queryTerms(describe(r.fields)));
      return [...what].every((w) => said.has(w));
    });
    const found = all[index];
    return found
      ? {
          row: found.row,
          quote: recordText([...header], found.fields),
          day: layout.date !== undefined ? (found.fields[layout.date] ?? '').trim() : '',
        }
      : undefined;
  };
  return units.flatMap((unit) => {
    const mine = read.flatMap((r, index) =>
      r.unit.toUpperCase() === unit ? [{ r, side: sides[index] as Side }] : [],
    );
    const kept = mine.filter(({ side }) => !signed || !asked.side || side === asked.side).map(({ r }) => r);
    const others = mine.filter(({ side }) => signed && asked.side && side !== asked.side);
    if (kept.length === 0) return [];
    return [
      {
        path,
        type,
        name: twoWays ? 'amount' : (header[column] as string),
        rows: kept.map((r) => r.row),
        cents: kept.reduce((sum, r) => sum + r.cents, 0),
        unit: headerUnit(path, header[column], (kept[0] as (typeof kept)[number]).unit),
        cells: kept.map((r) => r.cell),
        amounts: kept.map((r) => r.cents),
        flows: kept.map((r) => r.flow),
        quotes: kept.map((r) => recordText([...header], r.fields)),
        whole: kept.length === all.length,
        signed,
        card,
        narrowed: narrowed.length < all.length,
        dated,
        others: others.map(({ r, side }) => ({
          cents: r.cents,
          side,
          what: describe(r.fields) || r.row.text,
          row: r.row,
          quote: recordText([...header], r.fields),
          outside: side === 'refund' ? outside(r.fields, r.flow, r.unit) : undefined,
        })),
        words: asked.words.length,
      },
    ];
  });
}

/**
 * The files whose tables a question may add up: every CSV/TSV file, and the text files whose name
 * says a word asked ("how much have I spent on the car?" → car-service-record.txt; S37 MEDIUM).
 */
function tableFiles(
  store: KnowledgeStore,
  collection: string,
  filter: SearchFilter | undefined,
  words: readonly string[],
  rowsSay = false,
): { collectionId: number; files: LearnedFile[] } | undefined {
  const delimited = delimitedFiles(store, collection, filter);
  if (!delimited || words.length === 0) return delimited;
  const scope = {
    ...(filter?.pathPrefix ? { pathPrefix: filter.pathPrefix } : {}),
    ...(filter?.paths ? { paths: filter.paths } : {}),
  };
  const named = store.files(delimited.collectionId, scope).filter((file) => {
    if (delimiterOf(file.path) || !/\.(?:txt|log|md|markdown|text)$/iu.test(file.path)) return false;
    const name = nameRoots(file.path);
    if (words.some((word) => name.has(word))) return true;
    // A table whose title names it ("BOILER SERVICE LOG" of servicelog.txt).
    return fileTables(store, delimited.collectionId, file.path).some((table) => {
      const title = tableRoots(file.path, table);
      if (words.some((word) => title.has(word))) return true;
      // A total or a largest asked in so many words: a log whose rows say every word asked
      // ("how much did I spend on HeatWise in total?" of maintenance.log; S39 B2).
      return (
        rowsSay &&
        table.rows.some((r) => {
          const said = new Set(queryTerms(r.text).map(root));
          return words.every((word) => said.has(word));
        })
      );
    });
  });
  return { ...delimited, files: [...delimited.files, ...named] };
}

/**
 * A text log's bare amounts in the currency its column names ("95.00" under "COST(GBP)" is
 * 95.00 GBP, S39 B1): the sum says it. A CSV's column names are left as its rows write them.
 */
function headerUnit(path: string, name: string | undefined, unit: string): string {
  if (unit !== '|' || delimiterOf(path) || !name) return unit;
  const code = /\(\s*([A-Z]{3})\s*\)/u.exec(name)?.[1];
  if (code) return `|${code}`;
  const sign = /\(\s*([£$€])\s*\)/u.exec(name)?.[1];
  return sign ? `${sign}|` : unit;
}

/** What a question narrows the rows to: the dates it asks and its other words (roots). */
/** The words of `question` that may narrow rows: stemmed, without its dates, its span and the words of `framings`. */
function rowWords(
  question: string,
  dates: DateMention[],
  span: DateSpan | undefined,
  framings: readonly ReadonlySet<string>[],
): string[] {
  const words = queryTerms(withoutSpan(withoutDates(question, dates), span)).map(root);
  return [...new Set(words.filter((word) => !framings.some((framing) => framing.has(word))))];
}

/**
 * Each learned money table's sum over the rows asked (`tableSum`): the words `all` narrow rows,
 * less those naming one statement, whose rows alone are kept then (S38 3). Undefined when no
 * money table is learned.
 */
function askedSums(
  store: KnowledgeStore,
  collection: string,
  filter: SearchFilter | undefined,
  question: string,
  all: string[],
  whole: boolean,
  asked: Omit<Asked, 'words'>,
): TableSum[] | undefined {
  const delimited = tableFiles(store, collection, filter, all, whole);
  if (!delimited) return undefined;
  const asksOne = statementNamed(
    question,
    delimited.files.map((file) => file.path),
  );
  const words = all.filter((word) => !asksOne?.words.has(word));
  return delimited.files
    .flatMap((file) => tableSum(store, delimited.collectionId, file.path, file.type, { ...asked, words }))
    .filter((sum) => !asksOne || asksOne.keep(sum));
}

interface Asked {
  dates: DateMention[];
  words: string[];
  /** Money out or in (statements only, S32 HIGH 2). */
  side?: 'debit' | 'credit' | undefined;
  /** A span of days asked ("between 20 and 25 October"), read instead of `dates`. */
  span?: DateSpan | undefined;
  /** Earnings asked, not any money in: transfers are said apart (S38 4). */
  earned?: boolean;
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
  // "how much did I spend in May?": a month asked is a whole too, of the rows dated so (S29 HIGH 1);
  // so is a span of days ("between 20 and 25 October", "since the 15th": S37 3).
  const dates = datesIn(question);
  const span = dateSpanAsked(question, dates);
  // "what is the total of my credit card statement?": its purchases (S38 3).
  const statement = WHOLE.test(question) && (NAMES_CARD.test(question) || NAMES_BANK.test(question));
  const side = askedSide(question) ?? (statement ? 'debit' : undefined);
  const howMuch = /\bhow\s+much\b/iu.test(question);
  // "what did we spend last month?" of a bank statement asks its debits as "how much" does, never
  // the salary added in (S45); of an expenses table, its rows are added as before.
  const whatSpent = !howMuch && AMOUNT_ASKED.test(question);
  // "how much did the car cost me in 2025?": a year asked is no date mention, but its rows say it
  // ("2025-03-14"), and they are narrowed by it as by a word (S41 2).
  const year = dates.length === 0 && !span && YEAR_ASKED.test(question);
  // "how much did I spend on travel?" names neither a whole nor a date: a statement's rows only (S37 2).
  // "what did I spend between 2025-11-03 and 2025-11-10?": a span asks the rows within it (S38 2).
  const all = rowWords(question, dates, span, [FRAME]);
  // "what was my income?", "how much came in?": money in asked with nothing else named is a whole (S39).
  const income = side === 'credit' && all.length === 0;
  const loose = !(WHOLE.test(question) || span || ((dates.length > 0 || span || year) && howMuch) || income);
  // "what was the total maintenance cost?": a cost asked as a whole is spending too (S39 B1);
  // so is "how much did the car cost me in 2025?", a cost of the days asked (S41 2).
  const cost =
    COST.test(question) && (WHOLE.test(question) || (howMuch && (dates.length > 0 || !!span || year)));
  // "how much did I pay for rent in total?", "how much rent have I paid in total?": what I paid,
  // asked as a whole, is spending (S41 2); "how much was I paid" is not.
  const paid = WHOLE.test(question) && I_PAID.test(question) && side !== 'credit';
  if (
    !(SPENDING.test(question) || cost || paid || side === 'credit' || statement) ||
    (loose && !howMuch && !whatSpent)
  )
    return undefined;
  const sums = askedSums(store, collection, filter, question, all, WHOLE.test(question), {
    dates: span ? [] : dates,
    side,
    span,
    earned: EARNED.test(question),
  })
    // Other words ("on groceries") only narrow rows a month narrows too, or a statement's rows
    // ("total spent on amazon": its purchase and its refund), or a text log's rows when a total is
    // asked in so many words ("how much did I spend on HeatWise in total?": S39 B2; search finds
    // a CSV's rows and adds them up, row-totals.ts); otherwise they are left to search.
    ?.filter((sum) =>
      loose
        ? sum.signed || sum.card || (!delimiterOf(sum.path) && sum.words === 0)
        : sum.words === 0 ||
          dates.length > 0 ||
          year ||
          span !== undefined ||
          sum.signed ||
          sum.card ||
          (!delimiterOf(sum.path) && WHOLE.test(question)),
    );
  if (!sums?.length) return undefined;
  const statements = sums.filter((s) => s.signed || s.card);
  if (whatSpent && loose && statements.length === 0) return undefined;
  if (statements.length > 0) return statementTotal(statements, store);
  // Several tables: those named for spending first ("expenses-2026.csv"), then by path.
  const named = (path: string) => (SPENDING.test(basename(path).replace(/[_-]/g, ' ')) ? 0 : 1);
  const shown = sums.sort((a, b) => named(a.path) - named(b.path)).slice(0, MAX_TABLES);
  const names = store.displayNames(shown.map((s) => s.path));
  if (shown.some((s) => !s.whole)) return rowsTotal(shown, names);
  const citations: Citation[] = shown.map((s) => ({
    path: s.path,
    lineStart: s.rows[0]?.first ?? 1,
    lineEnd: s.rows.at(-1)?.last ?? 1,
    heading: '',
    quote: `${s.rows.length} rows; their ${s.name} adds up to ${writtenAmount(s.cents, s.unit)}`,
  }));
  return {
    known: true,
    // A text log's few amounts are shown added (S39 B1: "say which rows"); a CSV's whole is said as before.
    answer: citations
      .map((c, index) => {
        const s = shown[index] as TableSum;
        const added = !delimiterOf(s.path) && s.cells.length <= MAX_QUOTED ? `${s.cells.join(' + ')}; ` : '';
        return `All ${c.quote} (${added}${cite(c, names.get(c.path))}; computed, not stated in the documents).`;
      })
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
function statementTotal(sums: readonly TableSum[], store: KnowledgeStore): Answer {
  const names = store.displayNames(sums.map((s) => s.path));
  const lines: string[] = [];
  const citations: Citation[] = [];
  for (const s of sums) {
    const credit = s.flows.every((cents) => cents > 0);
    // A card's money out is its purchases, written positive: no "+" before them (S37 1).
    const kind =
      s.flows.some((c) => c < 0) && s.flows.some((c) => c > 0)
        ? 'row'
        : credit
          ? 'credit'
          : s.card
            ? 'purchase'
            : 'debit';
    const say = (cents: number) =>
      s.card ? writtenAmount(cents, s.unit) : plus(writtenAmount(cents, s.unit));
    const dated = s.dated;
    const n = s.rows.length;
    const c: Citation = {
      path: s.path,
      lineStart: s.rows[0]?.first ?? 1,
      lineEnd: s.rows.at(-1)?.last ?? 1,
      heading: '',
      quote: `${n} ${kind}${n === 1 ? '' : 's'}${dated ? ` dated ${dated}` : ''} ${n === 1 ? 'adds' : 'add'} up to ${say(s.cents)}`,
    };
    const refunds = s.others.filter((o) => o.side === 'refund' && !o.outside);
    const apartRefunds = s.others.filter((o) => o.side === 'refund' && o.outside);
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
    const left = s.others.filter(
      (o) => o.side !== 'refund' && o.side !== 'transfer' && !(credit && o.side === 'debit'),
    );
    if (left.length > 0 && left.length <= MAX_QUOTED)
      lines.push(
        `Not counted: ${left.map((o) => `${say(o.cents)} ${o.what}`).join('; ')} (${credit ? 'money out' : s.card ? 'paid to the card' : 'money in'}).`,
      );
    else if (left.length > 0)
      lines.push(
        `Not counted: ${left.length} rows of ${credit ? 'money out' : s.card ? 'payments to the card' : 'money in'}.`,
      );
    const transfers = s.others.filter((o) => o.side === 'transfer');
    if (transfers.length > 0)
      lines.push(
        `Not counted as earnings: ${transfers.map((o) => `${say(o.cents)} ${o.what}`).join('; ')} (${transfers.length === 1 ? 'a transfer' : 'transfers'}: money in, not earned).`,
      );
    for (const o of apartRefunds) {
      const bought = o.outside as NonNullable<typeof o.outside>;
      const q: Citation = {
        path: s.path,
        lineStart: bought.row.first,
        lineEnd: bought.row.last,
        heading: '',
        quote: bought.quote,
      };
      citations.push(q);
      lines.push(
        `Not netted: a refund of ${say(o.cents)} ${o.what} (${cite({ ...q, lineStart: o.row.first, lineEnd: o.row.last }, names.get(s.path))}) is for a purchase dated ${bought.day || 'outside the days asked'}, not in the days asked (${cite(q, names.get(s.path))}).`,
      );
    }
    if (refunds.length > 0) {
      const back = refunds.reduce((sum, o) => sum + o.cents, 0);
      const what = refunds.map((o) => `${say(o.cents)} ${o.what}`).join('; ');
      lines.push(
        credit
          ? `Not counted as income: ${refunds.length === 1 ? 'a refund' : 'refunds'} of ${what}.`
          : `${refunds.length === 1 ? 'A refund' : 'Refunds'} of ${what} came back: ${say(s.cents + back)} net after ${refunds.length === 1 ? 'it' : 'them'} (computed).`,
      );
    }
  }
  const apart = currenciesApart(sums);
  if (apart) lines.push(apart);
  return {
    known: true,
    answer: lines.join('\n'),
    citations,
    passages: sums.map((s) => linePassage(s.path, s.type, s.rows.slice(0, 20))),
  };
}

/** A currency's marks as said: "|GBP" → "GBP", "£|" → "£", "|" → "no currency". */
const currencyName = (unit: string) => unit.replace('|', ' ').trim() || 'no currency';

/** The line that says the sums of one file are per currency (S37 2), or undefined when one currency. */
function currenciesApart(sums: readonly TableSum[]): string | undefined {
  for (const s of sums) {
    const units = [
      ...new Set(sums.filter((t) => t.path === s.path).map((t) => currencyName(t.unit.toUpperCase()))),
    ];
    if (units.length > 1)
      return `Each currency is added apart (${units.join(', ')}): amounts in different currencies are never added together.`;
  }
  return undefined;
}

/**
 * The rows a month (and a word) narrowed a table to, each quoted, and what they add up to with
 * the amounts added: "3 rows dated May; their amount_gbp adds up to 1300.60 (112.60 + 148.00 +
 * 1040.00; computed, not stated in the documents)." A table narrowed to one row gets no sum line:
 * the row quoted says its amount.
 */
function rowsTotal(sums: readonly TableSum[], names: Map<string, string>): Answer {
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
    // One row is its own amount, quoted above: "1 row dated October; … adds up to 78.50 (78.50)"
    // only says it again (k32b 3).
    if (n === 1) continue;
    const of = sums.filter((t) => t.path === s.path).length < sums.length ? ` of ${basename(s.path)}` : '';
    const dated = s.dated;
    lines.push(
      `${n} row${n === 1 ? '' : 's'}${of}${dated ? ` dated ${dated}` : ''}; their ${s.name} adds up to ${writtenAmount(s.cents, s.unit)} (${s.cells.join(' + ')}; computed, not stated in the documents).`,
    );
  }
  const apart = currenciesApart(sums);
  if (apart) lines.push(apart);
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
transaction transactions debit debits credit credits income incoming deposit deposits
job jobs visit visits entry entries record records work`
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
  const span = dateSpanAsked(question, dates);
  const side = askedSide(question);
  // "the largest purchase on my credit card": that statement's rows only (S38 3).
  const tables = askedSums(
    store,
    collection,
    filter,
    question,
    rowWords(question, dates, span, [FRAME, EXTREME_FRAME]),
    true,
    {
      dates: span ? [] : dates,
      side,
      span,
    },
  );
  if (!tables?.length) return undefined;
  // Amounts compared within one currency only ("349.00 GBP" and "150.00 EUR" are never compared,
  // S37 2): the largest of each, the currency with the most rows first.
  const units = [...new Set(tables.map((t) => t.unit.toUpperCase()))];
  const groups = units
    .map((unit) => tables.filter((t) => t.unit.toUpperCase() === unit))
    .sort((a, b) => b.reduce((n, t) => n + t.rows.length, 0) - a.reduce((n, t) => n + t.rows.length, 0));
  const citations: Citation[] = [];
  const lines: string[] = [];
  const names = store.displayNames([...new Set(tables.map((t) => t.path))]);
  for (const group of groups) {
    const rows = group.flatMap((t) =>
      t.rows.map((row, index) => ({ t, row, index, cents: t.amounts[index] ?? 0 })),
    );
    // A statement's debits are compared by size: the largest expense is -1185.00, not -10.99 (S32 HIGH 2).
    const size = (r: (typeof rows)[number]) => (r.t.signed ? Math.abs(r.cents) : r.cents);
    const best = (most ? Math.max : Math.min)(...rows.map(size));
    const found: Citation[] = rows
      .filter((r) => size(r) === best)
      .map(({ t, row, index }) => ({
        path: t.path,
        lineStart: row.first,
        lineEnd: row.last,
        heading: '',
        quote: t.quotes[index] as string,
      }));
    citations.push(...found);
    const signed = group.some((t) => t.signed);
    const card = group.every((t) => t.card);
    const statement = (signed || card) && side !== undefined;
    const column = statement
      ? side === 'credit'
        ? 'credit'
        : card
          ? 'purchase'
          : 'debit'
      : (group[0]?.name ?? 'amount');
    const noun = statement ? column : 'row';
    const dated = group[0]?.dated;
    const inUnit = units.length > 1 ? ` in ${currencyName(group[0]?.unit ?? '|')}` : '';
    const of = `${rows.length} ${noun}${rows.length === 1 ? '' : 's'}${inUnit}${dated ? ` dated ${dated}` : ''}`;
    const left = group.reduce((n, t) => n + t.others.length, 0);
    const out = card ? 'purchases' : 'money out';
    const into = card ? 'refunds or payments to the card' : 'money in';
    const others =
      statement && left > 0
        ? `; ${left} row${left === 1 ? '' : 's'} of ${side === 'credit' ? out : into} not counted`
        : '';
    lines.push(
      ...found.map((c) => `${c.quote} (${cite(c, names.get(c.path))})`),
      `The ${most ? 'largest' : 'smallest'} ${column} of ${of}${signed ? ', by size' : ''}${others} (compared, not stated in the documents).`,
    );
  }
  if (units.length > 1)
    lines.push(
      `Each currency is compared apart (${groups.map((g) => currencyName(g[0]?.unit ?? '|')).join(', ')}): amounts in different currencies are never compared.`,
    );
  return {
    known: true,
    answer: lines.join('\n'),
    citations,
    passages: tables.map((t) => linePassage(t.path, t.type, t.rows.slice(0, 20))),
  };
}

/** "how many purchases/payments/jobs …": the rows counted; the noun and up to two words before it. */
const HOW_MANY =
  /\bhow\s+many\s+((?:[\p{L}'’-]+\s+){0,2}?)(purchases|payments|transactions|expenses|debits|credits|orders|jobs|visits|entries|records|rows|items|repairs|services|refunds|times)\b/iu;
/** Counting words that name no row. */
const COUNT_FRAME = new Set(
  // "how many times did I go to Kwik Fit?", "how many times was I paid salary?" (S41 3).
  'many make made there were was have has had did do get got in on the my time times go went gone been visit visited'
    .split(' ')
    .map(root),
);

/**
 * The rows of the learned money tables counted (S39 B8), when `question` asks "how many
 * purchases …?", "how many maintenance jobs were there?": its other words and dates narrow the rows
 * as a total's do, a statement's purchases are counted apart from its refunds and payments, and
 * each row counted is quoted when there are few. Undefined when it asks no such count, or no money
 * table has rows saying every other word asked.
 */
export function countedRows(
  store: KnowledgeStore,
  collection: string,
  question: string,
  filter: SearchFilter | undefined,
): Answer | undefined {
  const asked = HOW_MANY.exec(question);
  if (!asked) return undefined;
  const noun = (asked[2] as string).toLowerCase();
  const dates = datesIn(question);
  const span = dateSpanAsked(question, dates);
  // "how many refunds": the rows saying refund, whichever side (a card's refund is no credit).
  const side = noun === 'refunds' ? undefined : noun === 'credits' ? 'credit' : askedSide(question);
  const sums = askedSums(
    store,
    collection,
    filter,
    question,
    rowWords(question, dates, span, [FRAME, EXTREME_FRAME, COUNT_FRAME]),
    true,
    { dates: span ? [] : dates, side, span },
  )
    // "how many times" of a CSV's rows is counted by row-totals.ts; of a text log's, here (S41 3).
    ?.filter((sum) => noun !== 'times' || !delimiterOf(sum.path));
  if (!sums?.length) return undefined;
  const names = store.displayNames([...new Set(sums.map((s) => s.path))]);
  const lines: string[] = [];
  const citations: Citation[] = [];
  for (const path of [...new Set(sums.map((s) => s.path))]) {
    const mine = sums.filter((s) => s.path === path);
    const rows = mine
      .flatMap((s) => s.rows.map((row, index) => ({ row, quote: s.quotes[index] as string })))
      .sort((a, b) => a.row.first - b.row.first);
    const n = rows.length;
    const statement = mine.some((s) => s.signed || s.card) && side !== undefined;
    // "how many times did I go to Kwik Fit?": said as times (S41 3).
    const counted =
      noun === 'times'
        ? `${n} time${n === 1 ? '' : 's'}`
        : statement || noun === 'refunds'
          ? `${n} ${n === 1 ? noun.replace(/s$/u, '') : noun}`
          : `${n} row${n === 1 ? '' : 's'} of ${basename(path)}`;
    const dated = mine[0]?.dated ? ` dated ${mine[0].dated}` : '';
    const span: Citation = {
      path,
      lineStart: Math.min(...rows.map((r) => r.row.first)),
      lineEnd: Math.max(...rows.map((r) => r.row.last)),
      heading: '',
      quote: `${counted}${dated}`,
    };
    const units = [...new Set(mine.map((s) => currencyName(s.unit.toUpperCase())))];
    const per =
      units.length > 1
        ? ` (${mine.map((s) => `${s.rows.length} in ${currencyName(s.unit.toUpperCase())}`).join(', ')})`
        : '';
    // The number first, then the rows it counts (S41 3: the rows were listed and no number said).
    lines.push(`${span.quote}${per} (${cite(span, names.get(path))}; counted, not stated in the documents).`);
    if (n <= MAX_QUOTED)
      for (const r of rows) {
        const q: Citation = {
          path,
          lineStart: r.row.first,
          lineEnd: r.row.last,
          heading: '',
          quote: r.quote,
        };
        citations.push(q);
        lines.push(`${q.quote} (${cite(q, names.get(path))})`);
      }
    else citations.push(span);
    const others = mine.flatMap((s) => s.others);
    const refunds = others.filter((o) => o.side === 'refund');
    const rest = others.filter((o) => o.side !== 'refund');
    const listed = (list: typeof others) =>
      list
        .map(
          (o) =>
            `${o.what} (${cite({ path, lineStart: o.row.first, lineEnd: o.row.last }, names.get(path))})`,
        )
        .join('; ');
    if (refunds.length > 0 && side !== 'credit')
      lines.push(
        `Not counted: ${refunds.length === 1 ? '1 refund' : `${refunds.length} refunds`}: ${listed(refunds)}.`,
      );
    if (rest.length > 0)
      lines.push(
        rest.length <= MAX_QUOTED
          ? `Not counted: ${rest.length} row${rest.length === 1 ? '' : 's'} of money ${side === 'credit' ? 'out' : 'in'}: ${listed(rest)}.`
          : `Not counted: ${rest.length} rows of money ${side === 'credit' ? 'out' : 'in'}.`,
      );
  }
  return {
    known: true,
    answer: lines.join('\n'),
    citations,
    passages: sums.map((s) => linePassage(s.path, s.type, s.rows.slice(0, 20))),
  };
}
