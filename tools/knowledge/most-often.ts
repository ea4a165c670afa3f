/**
 * "which engineer came most often?" (stranger S38): the value a table's column says in the most
 * rows, counted. The column is the one a word of the question names ("engineer" → ENGINEER); each
 * of its rows is quoted, and the answer says how many of how many rows, counted not stated. A tie,
 * or no value said twice, is said as such.
 */

import type { Answer, Citation } from './answer.js';
import { fileTables } from './column-sums.js';
import { linePassage } from './file-lines.js';
import { root } from './lexicon.js';
import { recordText } from './records.js';
import { cite } from './schemas.js';
import type { KnowledgeStore, SearchFilter } from './store.js';
import { queryTerms } from './text.js';

/** "most often", "most frequently", "the most times", "most visits". */
const MOST_OFTEN = /\b(?:most\s+(?:often|frequently|times|visits)|(?:the\s+)?most\s+number\s+of\s+times)\b/iu;

/** The rows of a column's most said value, when `question` asks it; undefined otherwise. */
export function mostOften(
  store: KnowledgeStore,
  collection: string,
  question: string,
  filter: SearchFilter | undefined,
): Answer | undefined {
  if (!MOST_OFTEN.test(question)) return undefined;
  const target = store.collection(collection);
  if (!target) return undefined;
  const asked = new Set(queryTerms(question).map(root));
  const scope = {
    ...(filter?.pathPrefix ? { pathPrefix: filter.pathPrefix } : {}),
    ...(filter?.paths ? { paths: filter.paths } : {}),
  };
  const lines: string[] = [];
  const citations: Citation[] = [];
  const passages: Answer['passages'] = [];
  for (const file of store.files(target.id, scope)) {
    if (!/\.(?:txt|log|md|markdown|text|csv|tsv)$/iu.test(file.path)) continue;
    const name = store.displayNames([file.path]).get(file.path);
    for (const table of fileTables(store, target.id, file.path)) {
      const column = table.header.findIndex((cell) => queryTerms(cell).some((word) => asked.has(root(word))));
      if (column < 0 || table.rows.length < 2) continue;
      const groups = new Map<string, typeof table.rows>();
      for (const row of table.rows) {
        const value = (row.fields[column] ?? '').trim();
        if (value === '') continue;
        const key = value.toLowerCase();
        groups.set(key, [...(groups.get(key) ?? []), row]);
      }
      const most = Math.max(0, ...[...groups.values()].map((rows) => rows.length));
      if (most < 2) continue;
      const top = [...groups.values()].filter((rows) => rows.length === most);
      const heading = table.header[column] as string;
      for (const rows of top)
        for (const { row, fields } of rows) {
          const c: Citation = {
            path: file.path,
            lineStart: row.first,
            lineEnd: row.last,
            heading: '',
            quote: recordText(table.header, fields),
          };
          citations.push(c);
          lines.push(`${c.quote} (${cite(c, name)})`);
        }
      const values = top.map((rows) => (rows[0]?.fields[column] ?? '').trim());
      lines.push(
        `${values.join(' and ')} ${top.length === 1 ? 'is' : 'are each'} in ${most} of ${table.rows.length} rows, the most of any ${heading} (counted, not stated in the documents).`,
      );
      passages.push(
        linePassage(
          file.path,
          file.type,
          table.rows.slice(0, 20).map((r) => r.row),
        ),
      );
    }
  }
  if (citations.length === 0) return undefined;
  return { known: true, answer: lines.join('\n'), citations, passages };
}
