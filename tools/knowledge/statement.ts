/**
 * Bank statements (stranger S32 HIGH 2, MEDIUM 5): a CSV/TSV whose rows are money going out and
 * coming in. Two layouts are read: one signed amount column ("Amount": −1185.00 rent, 2950.00
 * salary), or a column each way ("Debit"/"Credit", "Paid out"/"Paid in", "Money out"/"Money in",
 * "Withdrawals"/"Deposits"). Each row is a debit (money out), a credit (money in) or a refund (a
 * credit whose words say refund), so spending is the debits alone and income the credits — never
 * a net sum of both presented as "spend". A "Balance" column answers "what was the closing
 * balance?"; "DD"/"direct debit" in a row answers "what were my direct debits?"; a SALARY/wages
 * credit answers "when was I paid?".
 */

import { basename } from 'node:path';
import type { Answer, Citation } from './answer.js';
import { dateSpanAsked, describeSpan, inSpan, resolveSpan, rowDay } from './date-span.js';
import { type DateReading, datesIn, describeDates, statesDates } from './dates.js';
import { type FileLine, fileLines, linePassage } from './file-lines.js';
import { isMoneyColumn } from './money-columns.js';
import { delimiterOf, recordText, splitRow } from './records.js';
import { cellAmount, writtenAmount } from './row-totals.js';
import { cite } from './schemas.js';
import { OUT } from './spend-words.js';
import type { KnowledgeStore, LearnedFile, SearchFilter } from './store.js';

/** Which way a row's money went. */
export type Side = 'debit' | 'credit' | 'refund' | 'transfer';

/** Earnings asked ("earn", "earnings", "income", "salary"), not any money in (S38 4). */
export const EARNED = /\b(?:earn|earned|earnt|earning|earnings|income|salary|salaries|wages?)\b/iu;
/** A row saying money moved between people or accounts: "Transfer from Maria", "TFR", "FPI". */
const TRANSFER_ROW = /\b(?:transfer(?:red)?|trf|tfr|xfer|fpi|faster\s+payment\s+(?:in|received))\b/iu;

/**
 * A credit row's side when earnings are asked: a transfer is money in, not earned (S38 4:
 * "Transfer from Maria 200" is no earning); a row that says salary or wages stays earnings.
 */
export const earnedSide = (side: Side, rowText: string): Side =>
  side === 'credit' && TRANSFER_ROW.test(rowText) && !PAY_ROW.test(rowText) ? 'transfer' : side;

/** The columns of a statement: one signed amount, or a debit and a credit column; its balance. */
export interface Layout {
  debit?: number;
  credit?: number;
  balance?: number;
  description?: number;
  date?: number;
}

/** A column name as plain words: "Paid out (£)" → "paid out". */
const bare = (name: string) =>
  name
    .toLowerCase()
    .replace(/\([^)]*\)|[^\p{L}\s]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();

const DEBIT_NAME =
  /^(?:debits?|debit amount|paid out|money out|out|withdrawals?|withdrawn|payments? out|outgoings?|spent)$/u;
const CREDIT_NAME =
  /^(?:credits?|credit amount|paid in|money in|in|deposits?|payments? in|receipts?|received)$/u;
const BALANCE_NAME = /^(?:running )?balance$/u;
const DESCRIPTION_NAME =
  /^(?:description|details?|transaction description|transaction|payee|narrative|memo|reference|name|merchant)$/u;
const DATE_NAME = /^(?:date|transaction date|posted|posting date|booking date|value date)$/u;

/** The statement columns of a table header (any may be missing). */
export function statementLayout(header: readonly string[]): Layout {
  const find = (pattern: RegExp) => {
    const index = header.findIndex((name) => pattern.test(bare(name)));
    return index < 0 ? undefined : index;
  };
  const layout: Layout = {};
  const debit = find(DEBIT_NAME);
  const credit = find(CREDIT_NAME);
  if (debit !== undefined && credit !== undefined) Object.assign(layout, { debit, credit });
  const balance = find(BALANCE_NAME);
  const description = find(DESCRIPTION_NAME);
  const date = find(DATE_NAME);
  if (balance !== undefined) layout.balance = balance;
  if (description !== undefined) layout.description = description;
  if (date !== undefined) layout.date = date;
  return layout;
}

/**
 * An amount cell with its sign: "-1185.00", "−£1,185.00", "£-1185.00", "(1,185.00)",
 * "1185.00 DR", "+2950.00". The unit is the currency marks without the sign.
 */
export function signedAmount(cell: string): { cents: number; unit: string } | undefined {
  let text = cell.trim();
  let negative = false;
  const parens = /^\((.*)\)$/u.exec(text);
  if (parens) {
    negative = true;
    text = (parens[1] as string).trim();
  }
  const dr = /^(.*?)\s*(DR|CR)$/iu.exec(text);
  if (dr) {
    negative ||= (dr[2] as string).toUpperCase() === 'DR';
    text = dr[1] as string;
  }
  if (/^[-−–]/u.test(text)) {
    negative = !negative;
    text = text.slice(1).trim();
  } else if (text.startsWith('+')) text = text.slice(1).trim();
  // "£-8.40": the sign after the currency mark.
  const after = /^([^\d\s-]{1,4})\s?[-−](.*)$/u.exec(text);
  if (after) {
    negative = !negative;
    text = `${after[1]}${after[2]}`;
  }
  const amount = cellAmount(text);
  if (!amount) return undefined;
  return { cents: negative ? -amount.cents : amount.cents, unit: amount.unit };
}

/** Words of a credit that say money came back, not income. */
const REFUND = /\b(?:refunds?|refunded|reversal|reversed|returns?|returned|chargeback|cashback)\b/iu;

/** The side of a signed row amount; a credit whose row says "refund" is a refund. */
export function sideOf(cents: number, rowText: string): Side {
  if (cents < 0) return 'debit';
  return REFUND.test(rowText) ? 'refund' : 'credit';
}

/** A currency column: "currency", "ccy", "Currency code", "cur". */
const CURRENCY_NAME =
  /^(?:currency|ccy|cur|currency code|original currency|waehrung|währung|devise|moneda)$/u;
/** A currency a cell names: "GBP", "EUR", "usd". */
const CURRENCY_CODE = /^[A-Za-z]{3}$/u;

/** A file name that says a card account ("credit-card-oct.csv", "visa_2026.tsv"), not a debit card. */
const CARD_FILE =
  /(?:^|[^a-z])(?:(?:credit)?[\s_-]*cards?|visa|mastercard|master[\s_-]*card|amex|american[\s_-]*express|barclaycard)(?![a-z])/u;
const DEBIT_CARD = /debit[\s_-]*cards?/u;
/** Rows a card writes as money coming back to it: a payment to the card, a refund. */
const CARD_CREDIT_ROW =
  /\b(?:payments?\s+(?:received|thank\s+you|-\s*thank\s+you)|thank\s+you|direct\s+debit\s+payment|refunds?|refunded|reversal|chargeback|cashback)\b/iu;
/** Rows only a bank account has as money in. */
const PAY_IN_ROW = /\b(?:SALARY|WAGES?|PAYROLL|BACS\s+CREDIT|INTEREST\s+PAID)\b/iu;

/**
 * One row's money: `flow` is its amount as money in (positive) or out (negative) whatever the
 * file's convention; `shown` is the amount in the file's own sign (a card's purchases positive),
 * used for sums said to a person; `unit` its currency marks, with the row's currency cell.
 */
export interface RowMoney {
  flow: number;
  shown: number;
  unit: string;
}

/**
 * Every row's money of a table (stranger S37, 1-2): a card statement writes its purchases positive
 * and payments and refunds negative (or "CR"), a bank account its debits negative — told apart by
 * a column each way (a bank's), a "CR" marker beside bare amounts (a card's), the file's name
 * ("credit-card-oct.csv", "visa"), the rows saying REFUND or PAYMENT THANK YOU (negative on a
 * card, positive on a bank account) or SALARY, and, failing those, whether most rows are positive.
 * A currency column gives each row its currency ("54.23" with "GBP" is "54.23 GBP").
 */
export function tableMoney(
  path: string,
  header: readonly string[],
  rows: readonly { fields: readonly string[]; text: string }[],
): { card: boolean; column: number; money: (RowMoney | undefined)[] } {
  const layout = statementLayout(header);
  const currency = header.findIndex((name) => CURRENCY_NAME.test(bare(name)));
  const unitOf = (unit: string, fields: readonly string[]) => {
    const code = (fields[currency] ?? '').trim();
    return currency >= 0 && CURRENCY_CODE.test(code) && unit.endsWith('|') && unit.length <= 2
      ? `${unit}${code.toUpperCase()}`
      : unit;
  };
  if (layout.debit !== undefined && layout.credit !== undefined) {
    const money = rows.map(({ fields }) => {
      const out = signedAmount(fields[layout.debit as number] ?? '');
      const into = signedAmount(fields[layout.credit as number] ?? '');
      const amount = out && out.cents !== 0 ? { ...out, cents: -Math.abs(out.cents) } : into;
      return amount && { flow: amount.cents, shown: amount.cents, unit: unitOf(amount.unit, fields) };
    });
    return { card: false, column: -1, money };
  }
  const column = header.findIndex((name) => isMoneyColumn(name) && !/balance/iu.test(name));
  if (column < 0) return { card: false, column, money: rows.map(() => undefined) };
  const cells = rows.map(({ fields }) => (fields[column] ?? '').trim());
  const marks = cells.map((cell) => /\b(DR|CR)$/iu.exec(cell)?.[1]?.toUpperCase());
  // "23.99 CR" beside bare "54.23": the bare amounts are charges, the CR ones credits.
  const crOnly = marks.includes('CR') && !marks.includes('DR');
  const amounts = cells.map((cell, index) => {
    const amount = signedAmount(cell);
    if (!amount) return undefined;
    const cents = crOnly && marks[index] === 'CR' ? -Math.abs(amount.cents) : amount.cents;
    return { cents, unit: unitOf(amount.unit, rows[index]?.fields ?? []) };
  });
  let vote = 0;
  const name = basename(path).toLowerCase();
  if (CARD_FILE.test(name) && !DEBIT_CARD.test(name)) vote += 2;
  rows.forEach(({ text }, index) => {
    const cents = amounts[index]?.cents ?? 0;
    if (cents !== 0 && CARD_CREDIT_ROW.test(text)) vote += cents < 0 ? 1 : -1;
    if (cents > 0 && PAY_IN_ROW.test(text)) vote -= 2;
  });
  const positive = amounts.filter((a) => a && a.cents > 0).length;
  const negative = amounts.filter((a) => a && a.cents < 0).length;
  const card = crOnly || vote > 0 || (vote === 0 && negative > 0 && positive > negative);
  const money = amounts.map((a) => a && { flow: card ? -a.cents : a.cents, shown: a.cents, unit: a.unit });
  return { card, column, money };
}

/**
 * Money coming in asked: "income", "earned", "paid in", "received", "credits", "salary"; not the
 * "paid in" of "how much rent have I paid in total?" ("in full", "in advance"; S41 2).
 */
const IN =
  /\b(?:income|incomings?|earn|earned|earnt|earnings|paid\s+in(?!\s+(?:total|full|advance|cash|all)\b)|money\s+in|credits?|deposits?|received|receive|salary|wages|came\s+in)\b/iu;

/** A card named ("credit card", "debit card"): its kind, not a side asked. */
const CARD = /\b(?:credit|debit)[\s-]+cards?\b/giu;

/**
 * "the deposit", "my security deposit", "a holding deposit", "credit limit": a thing named, which a
 * statement's credits never are; "deposits", "how much did I deposit", "the largest deposit" stay money in.
 */
const HELD =
  /\b(?:(?:the|my|our|your|a|an|this|that)\s+(?:(?:security|damage|damages|holding|tenancy|rental|rent|booking|refundable|cash)\s+)?deposit\b(?!\s+(?:into|in|to)\b)|(?:security|damage|damages|holding|tenancy|rental|refundable)\s+deposits?\b|credit\s+(?:limit|score|rating|check|report|history)s?\b)/giu;

/** The side a question asks about, or undefined when it asks none. */
export function askedSide(question: string): 'debit' | 'credit' | undefined {
  // "spend on the credit card": the card's name, not money in (S34 H3).
  // "how much is the deposit?": a deposit held (a lease's, a booking's), not money paid in (S38 1).
  const asked = question.replace(CARD, ' ').replace(HELD, ' ');
  if (IN.test(asked)) return 'credit';
  if (OUT.test(asked)) return 'debit';
  return undefined;
}

/** A money amount with its sign always written: "+37.49", "-1185.00". */
export const plus = (written: string) =>
  written.startsWith('-') || !/[1-9]/u.test(written) ? written : `+${written}`;

/** "closing balance", "final balance", "balance at the end"; "opening balance". */
const CLOSING =
  /\b(?:closing|final|end(?:ing)?|last|current|latest)\s+balance\b|\bbalance\s+(?:at\s+the\s+end|now|left)\b/iu;
/** "what's the balance?" alone: the latest, as a closing balance (S34 MEDIUM 12). */
const BALANCE = /\bbalance\b/iu;
const OPENING = /\b(?:opening|starting|start(?:ing)?|first)\s+balance\b|\bbalance\s+at\s+the\s+start\b/iu;
/** "direct debits", "DDs"; "standing orders". */
const DIRECT_DEBITS = /\bdirect[\s-]+debits?\b|\bDDs?\b/u;
const STANDING_ORDERS = /\bstanding\s+orders?\b/iu;
const DD_ROW = /\b(?:DD|D\/D|DDR|DIRECT\s+DEBIT)\b/iu;
const SO_ROW = /\b(?:SO|S\/O|STO|STANDING\s+ORDER)\b/iu;
/** "when was I paid?", "when did my salary come in?", "when is payday?". */
const WHEN_PAID =
  /\bwhen\s+(?:was|were|did|do|does|am|are)\s+(?:i|we)\s+(?:get\s+|got\s+)?paid\b|\bwhen\s+did\s+(?:my\s+|the\s+)?(?:salary|wages?|pay)\s+(?:come|arrive|go|get)\s+in\b|\bwhen\s+(?:was|is)\s+(?:my\s+)?(?:salary|wages?|pay\s*day)\b/iu;
/** A question naming the pay itself ("my salary", "wages", "payday"), not only "when was I paid". */
const NAMES_PAY = /\b(?:salary|wages?|pay\s*day|payslips?)\b/iu;
const PAY_ROW = /\b(?:SALARY|WAGES?|PAYROLL|PAY|BACS\s+CREDIT)\b/iu;

/** A statement read whole: its header layout and every row with its fields and signed amount. */
interface Statement {
  path: string;
  type: string;
  header: string[];
  layout: Layout;
  /** A card's statement: purchases written positive (tableMoney). */
  card: boolean;
  rows: { line: FileLine; fields: string[]; cents?: number | undefined; unit?: string | undefined }[];
}

function readStatement(
  store: KnowledgeStore,
  collectionId: number,
  path: string,
  type: string,
): Statement | undefined {
  const delimiter = delimiterOf(path);
  if (!delimiter) return undefined;
  const [head, ...all] = fileLines(store, collectionId, path).filter((l) => l.text.trim() !== '');
  if (!head) return undefined;
  const header = splitRow(head.text, delimiter);
  const layout = statementLayout(header);
  const read = all.map((line) => ({ line, fields: splitRow(line.text, delimiter), text: line.text }));
  const { card, money } = tableMoney(path, header, read);
  const rows = read.map(({ line, fields }, index) => ({
    line,
    fields,
    cents: money[index]?.flow,
    unit: money[index]?.unit,
  }));
  return { path, type, header, layout, card, rows };
}

/**
 * What a bank statement answers by its rows (S32 MEDIUM 5, LOW): the closing (or opening) balance,
 * the direct debits (or standing orders), and when a salary came in; undefined when `question` asks
 * none of these or no learned table can say.
 */
export function statementAnswer(
  store: KnowledgeStore,
  collection: string,
  question: string,
  filter: SearchFilter | undefined,
): Answer | undefined {
  const dates = datesIn(question);
  // "the balance at the end of March": a month asked is answered by the row dated so (answer.ts).
  const opening = OPENING.test(question) && dates.length === 0;
  const closing = (CLOSING.test(question) || (BALANCE.test(question) && !opening)) && dates.length === 0;
  const debits = DIRECT_DEBITS.test(question);
  const orders = STANDING_ORDERS.test(question);
  const paid = WHEN_PAID.test(question);
  if (!(closing || opening || debits || orders || paid)) return undefined;
  const tables = delimitedFiles(store, collection, filter);
  if (!tables) return undefined;
  const statements = tables.files.flatMap(
    (file) => readStatement(store, tables.collectionId, file.path, file.type) ?? [],
  );
  const names = store.displayNames(statements.map((s) => s.path));
  const quoted = (s: Statement, row: Statement['rows'][number]): Citation => ({
    path: s.path,
    lineStart: row.line.first,
    lineEnd: row.line.last,
    heading: '',
    quote: recordText(s.header, row.fields),
  });
  const said = (c: Citation) => `${c.quote} (${cite(c, names.get(c.path))})`;
  const answer = (citations: Citation[], lines: string[], s: readonly Statement[]): Answer => ({
    known: true,
    answer: lines.join('\n'),
    citations,
    passages: s.map((t) =>
      linePassage(
        t.path,
        t.type,
        t.rows.slice(0, 20).map((r) => r.line),
      ),
    ),
  });
  if (closing || opening) {
    const withBalance = statements.filter((s) => s.layout.balance !== undefined && s.rows.length > 0);
    if (withBalance.length === 0) return undefined;
    const citations: Citation[] = [];
    const lines: string[] = [];
    for (const s of withBalance) {
      // The row dated last (or first); rows of one day, or undated, by their order in the file —
      // newest first when the file runs so.
      const day = (row: Statement['rows'][number]) => {
        const r: DateReading | undefined = datesIn(row.line.text)[0]?.readings[0];
        return r ? (r.year ?? 0) * 10000 + r.month * 100 + (r.day ?? 0) : 0;
      };
      const newestFirst =
        day(s.rows[0] as Statement['rows'][number]) > day(s.rows.at(-1) as Statement['rows'][number]);
      const ordered = (newestFirst ? [...s.rows].reverse() : [...s.rows])
        .map((row, index) => ({ row, index, day: day(row) }))
        .sort((x, y) => x.day - y.day || x.index - y.index)
        .map((x) => x.row);
      const row = (closing ? ordered.at(-1) : ordered[0]) as Statement['rows'][number];
      const balance = (row.fields[s.layout.balance as number] ?? '').trim();
      const c = quoted(s, row);
      citations.push(c);
      lines.push(said(c));
      if (closing)
        lines.push(
          `The closing balance is ${balance}: the Balance of the row dated last (${basename(s.path)}).`,
        );
      else {
        const now = signedAmount(balance);
        if (now && row.cents !== undefined)
          lines.push(
            `The opening balance was ${writtenAmount(now.cents - row.cents, now.unit)}: the Balance of the row dated first, ${balance}, less its amount ${writtenAmount(row.cents, now.unit)} (computed, not stated in the documents).`,
          );
        else lines.push(`The Balance of the row dated first is ${balance} (after that row's money moved).`);
      }
    }
    return answer(citations, lines, withBalance);
  }
  if (debits || orders) {
    const pattern = debits ? DD_ROW : SO_ROW;
    const citations: Citation[] = [];
    const lines: string[] = [];
    let cents = 0;
    let unit = '|';
    // "my direct debits between 1 and 15 October": the rows dated within the span (S37 3).
    const asked = dateSpanAsked(question, dates);
    let dated = dates.length > 0 ? describeDates(dates) : '';
    for (const s of statements) {
      const dayOf = (row: Statement['rows'][number]) =>
        rowDay(s.layout.date !== undefined ? (row.fields[s.layout.date] ?? '') : row.line.text);
      const span =
        asked &&
        resolveSpan(
          asked,
          s.rows.flatMap((row) => dayOf(row) ?? []),
        );
      if (span) dated = describeSpan(span);
      for (const row of s.rows) {
        const words =
          s.layout.description !== undefined ? (row.fields[s.layout.description] ?? '') : row.line.text;
        if (!pattern.test(words)) continue;
        if (
          span ? !inSpan(span, dayOf(row)) : dates.length > 0 && !statesDates(dates, datesIn(row.line.text))
        )
          continue;
        const c = quoted(s, row);
        citations.push(c);
        lines.push(said(c));
        cents += row.cents ?? 0;
        unit = row.unit ?? unit;
      }
    }
    if (citations.length === 0) return undefined;
    const n = citations.length;
    const kind = debits ? 'direct debit' : 'standing order';
    lines.push(
      `${n} ${kind}${n === 1 ? '' : 's'}${dated ? ` dated ${dated}` : ''} (rows whose description says ${debits ? 'DD' : 'SO'}) ${n === 1 ? 'comes' : 'come'} to ${writtenAmount(cents, unit)} (computed, not stated in the documents).`,
    );
    return answer(citations, lines, statements);
  }
  // "when was I paid?": the credits that say SALARY/wages, else every credit that is no refund —
  // of a bank account only: a card's credits are payments to it and refunds, never pay (S37 1).
  const credits = statements.flatMap((s) =>
    (s.card ? [] : s.rows)
      .filter((row) => (row.cents ?? 0) > 0 && sideOf(row.cents ?? 0, row.line.text) === 'credit')
      .filter((row) => dates.length === 0 || statesDates(dates, datesIn(row.line.text)))
      .map((row) => ({ s, row })),
  );
  const pay = credits.filter(({ s, row }) =>
    PAY_ROW.test(
      s.layout.description !== undefined ? (row.fields[s.layout.description] ?? '') : row.line.text,
    ),
  );
  // "when is my salary paid?" and no row says salary: a question for the contract, not these rows.
  if (pay.length === 0 && NAMES_PAY.test(question)) return undefined;
  const shown = pay.length > 0 ? pay : credits;
  if (shown.length === 0) return undefined;
  const citations = shown.map(({ s, row }) => quoted(s, row));
  const lines = shown.map(({ s, row }, index) => {
    const date = s.layout.date !== undefined ? (row.fields[s.layout.date] ?? '').trim() : '';
    return `${date ? `Paid on ${date}: ` : ''}${said(citations[index] as Citation)}`;
  });
  if (pay.length === 0)
    lines.push('No row says salary or wages; these are the money-in rows that are not refunds.');
  return answer(citations, lines, [...new Set(shown.map((x) => x.s))]);
}

/**
 * The CSV and TSV files of `collection` within the filter's path scope (`pathPrefix`, `paths`),
 * with the collection's id; undefined when no such collection is learned.
 */
export function delimitedFiles(
  store: KnowledgeStore,
  collection: string,
  filter: SearchFilter | undefined,
): { collectionId: number; files: LearnedFile[] } | undefined {
  const target = store.collection(collection);
  if (!target) return undefined;
  const scope = {
    ...(filter?.pathPrefix ? { pathPrefix: filter.pathPrefix } : {}),
    ...(filter?.paths ? { paths: filter.paths } : {}),
  };
  return {
    collectionId: target.id,
    files: store.files(target.id, scope).filter((file) => delimiterOf(file.path)),
  };
}
