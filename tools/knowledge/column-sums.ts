/**
 * The total of a whole expenses table (stranger S25 MEDIUM 3): "what is the total of all my
 * expenses?", "what are my expenses?", "how much did I spend altogether?" name no row, so no
 * search finds one; the question asks every row of a learned CSV/TSV file with a money column
 * added up. Every row of the file is read (not only the few an answer quotes), the amounts of its
 * money column summed when they are written alike (row-totals.ts), and the answer says it is
 * computed, over how many rows, of which file. A question naming anything more ("on utilities",
 * "at Tesco", "in January") is left to the rows that say it.
 */

import { basename } from 'node:path';
import type { Answer, Citation } from './answer.js';
import { fileLines, linePassage } from './file-lines.js';
import { root } from './lexicon.js';
import { isMoneyColumn } from './money-columns.js';
import { delimiterOf, splitRow } from './records.js';
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
function tableSum(store: KnowledgeStore, collectionId: number, path: string, type: string) {
  const delimiter = delimiterOf(path);
  if (!delimiter) return undefined;
  const lines = fileLines(store, collectionId, path).filter((l) => l.text.trim() !== '');
  const [head, ...rows] = lines;
  if (!head || rows.length === 0) return undefined;
  const header = splitRow(head.text, delimiter);
  const column = header.findIndex((name) => isMoneyColumn(name));
  if (column < 0) return undefined;
  let cents = 0;
  let unit: string | undefined;
  for (const row of rows) {
    const amount = cellAmount(splitRow(row.text, delimiter)[column] ?? '');
    // An amount not written like the others ("£20" beside "20 EUR") is never added up.
    if (!amount || (unit !== undefined && amount.unit.toLowerCase() !== unit.toLowerCase())) return undefined;
    unit ??= amount.unit;
    cents += amount.cents;
  }
  return { path, type, name: header[column] as string, rows, cents, unit: unit ?? '|' };
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
  if (!SPENDING.test(question) || !WHOLE.test(question)) return undefined;
  if (queryTerms(question).some((word) => !FRAME.has(root(word)))) return undefined;
  const target = store.collection(collection);
  if (!target) return undefined;
  const scope = {
    ...(filter?.pathPrefix ? { pathPrefix: filter.pathPrefix } : {}),
    ...(filter?.paths ? { paths: filter.paths } : {}),
  };
  const sums = store
    .files(target.id, scope)
    .filter((file) => delimiterOf(file.path))
    .flatMap((file) => tableSum(store, target.id, file.path, file.type) ?? []);
  if (sums.length === 0) return undefined;
  // Several tables: those named for spending first ("expenses-2026.csv"), then by path.
  const named = (path: string) => (SPENDING.test(basename(path).replace(/[_-]/g, ' ')) ? 0 : 1);
  const shown = sums.sort((a, b) => named(a.path) - named(b.path)).slice(0, MAX_TABLES);
  const names = store.displayNames(shown.map((s) => s.path));
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
