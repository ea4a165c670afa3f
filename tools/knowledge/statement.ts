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
import { type DateReading, datesIn, describeDates, statesDates } from './dates.js';
import { type FileLine, fileLines, linePassage } from './file-lines.js';
import { isMoneyColumn } from './money-columns.js';
import { delimiterOf, recordText, splitRow } from './records.js';
import { cellAmount, writtenAmount } from './row-totals.js';
import { cite } from './schemas.js';
import type { KnowledgeStore, LearnedFile, SearchFilter } from './store.js';

/** Which way a row's money went. */
export type Side = 'debit' | 'credit' | 'refund';

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

/** Money going out asked: "spend", "expenses", "paid out", "debits", "purchases", "cheapest". */
const OUT =
  /\b(?:expenses?|expenditures?|spen[dt]|spending|outgoings?|paid\s+out|money\s+out|debits?|purchases?|bought|payments?|bills?|withdrawals?|cost|costs|costliest|cheapest|(?:most|least)\s+expensive)\b/iu;
/** Money coming in asked: "income", "earned", "paid in", "received", "credits", "salary". */
const IN =
  /\b(?:income|incomings?|earn|earned|earnt|earnings|paid\s+in|money\s+in|credits?|deposits?|received|receive|salary|wages|came\s+in)\b/iu;

/** A card named ("credit card", "debit card"): its kind, not a side asked. */
const CARD = /\b(?:credit|debit)[\s-]+cards?\b/giu;

/** The side a question asks about, or undefined when it asks none. */
export function askedSide(question: string): 'debit' | 'credit' | undefined {
  // "spend on the credit card": the card's name, not money in (S34 H3).
  const asked = question.replace(CARD, ' ');
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
const PAY_ROW = /\b(?:SALARY|WAGES?|PAYROLL|PAY|BACS\s+CREDIT)\b/iu;

/** A statement read whole: its header layout and every row with its fields and signed amount. */
interface Statement {
  path: string;
  type: string;
  header: string[];
  layout: Layout;
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
  const amountColumn = header.findIndex((name) => isMoneyColumn(name) && !/balance/iu.test(name));
  const rows = all.map((line) => {
    const fields = splitRow(line.text, delimiter);
    const cell = (at: number | undefined) => (at === undefined ? undefined : signedAmount(fields[at] ?? ''));
    let amount = cell(amountColumn < 0 ? undefined : amountColumn);
    if (layout.debit !== undefined && layout.credit !== undefined) {
      const out = cell(layout.debit);
      const into = cell(layout.credit);
      amount = out && out.cents !== 0 ? { ...out, cents: -Math.abs(out.cents) } : into;
    }
    return { line, fields, cents: amount?.cents, unit: amount?.unit };
  });
  return { path, type, header, layout, rows };
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
    for (const s of statements)
      for (const row of s.rows) {
        const words =
          s.layout.description !== undefined ? (row.fields[s.layout.description] ?? '') : row.line.text;
        if (!pattern.test(words)) continue;
        if (dates.length > 0 && !statesDates(dates, datesIn(row.line.text))) continue;
        const c = quoted(s, row);
        citations.push(c);
        lines.push(said(c));
        cents += row.cents ?? 0;
        unit = row.unit ?? unit;
      }
    if (citations.length === 0) return undefined;
    const n = citations.length;
    const kind = debits ? 'direct debit' : 'standing order';
    lines.push(
      `${n} ${kind}${n === 1 ? '' : 's'}${dates.length > 0 ? ` dated ${describeDates(dates)}` : ''} (rows whose description says ${debits ? 'DD' : 'SO'}) ${n === 1 ? 'comes' : 'come'} to ${writtenAmount(cents, unit)} (computed, not stated in the documents).`,
    );
    return answer(citations, lines, statements);
  }
  // "when was I paid?": the credits that say SALARY/wages, else every credit that is no refund.
  const credits = statements.flatMap((s) =>
    s.rows
      .filter((row) => (row.cents ?? 0) > 0 && sideOf(row.cents ?? 0, row.line.text) === 'credit')
      .filter((row) => dates.length === 0 || statesDates(dates, datesIn(row.line.text)))
      .map((row) => ({ s, row })),
  );
  const pay = credits.filter(({ s, row }) =>
    PAY_ROW.test(
      s.layout.description !== undefined ? (row.fields[s.layout.description] ?? '') : row.line.text,
    ),
  );
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
