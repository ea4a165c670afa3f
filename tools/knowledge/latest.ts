/**
 * "What was the mileage at the last MOT?", "when did I last work on the roses?", "what is my
 * latest blood pressure reading?" (stranger S37 H4, MEDIUM): the latest dated row or line that
 * says what is asked, not the best-matching one. The rows of the tables in the files the answer
 * cites (fileTables: CSV, Markdown, space-aligned with wrapped rows) that say the question's other
 * words, and the answer's own dated lines, are compared by date; the latest is quoted and the
 * answer says it was compared. Fewer than two dated lines, or two latest on one day: the answer stays.
 */

import type { Answer, Citation } from './answer.js';
import { fileTables, nameRoots, tableRoots } from './column-sums.js';
import { datesIn } from './dates.js';
import { root } from './lexicon.js';
import { recordText } from './records.js';
import { cite } from './schemas.js';
import type { KnowledgeStore, SearchFilter } from './store.js';
import { queryTerms } from './text.js';

/** A question asking the latest of several: "the last MOT", "when did I last", "most recent", "latest". */
const LATEST =
  /\b(?:latest|most\s+recent|newest)\b|\bwhen\s+(?:did|was|were|have|has|had)\b[^?]*\blast\b(?!\s+(?:week|month|year|night|time|name|weekend)\b)|\b(?:the|my|our|his|her|their)\s+(?:last|previous)\s+(?!(?:week|month|year|day|night|weekend|time|name|step|page|one|few|two|three|four|five|line|paragraph|item|word|chapter|section|digits?|letters?|numbers?)\b)\p{L}/iu;

/** Words that frame such a question and name no row. */
const FRAME = new Set(
  'last latest recent recently newest previous most when what which was were did do does have has had time date day i my our'
    .split(' ')
    .map(root),
);

/** Words that ask for any row of a log, not one saying them: "the last entry", "the last repair". */
const ROW_WORDS = new Set(
  'entry entries record records visit visits repair repairs job jobs work done row rows item line'
    .split(' ')
    .map(root),
);

/** Whether `question` asks for the latest of several dated things. */
export const asksLatest = (question: string) => LATEST.test(question);

/**
 * A line's first date with a month as a sortable number (year 0 when it has none, day 0 for a
 * month alone: a bills table's "March"), or undefined.
 */
function dayKey(text: string): number | undefined {
  for (const mention of datesIn(text))
    for (const r of mention.readings)
      if (r.month !== undefined) return (r.year ?? 0) * 10000 + r.month * 100 + (r.day ?? 0);
  return undefined;
}

/** Whether `text` says every word of `roots`. */
const saysAll = (text: string, roots: readonly string[]) => {
  const said = new Set(queryTerms(text).map(root));
  return roots.every((word) => said.has(word));
};

/**
 * The answer narrowed to the latest dated row or line when `question` asks for the latest, else
 * `answer` as it is.
 */
export function latestOnly(
  store: KnowledgeStore,
  collection: string,
  question: string,
  answer: Answer,
): Answer {
  if (!answer.known || !asksLatest(question) || answer.citations.length === 0) return answer;
  const target = store.collection(collection);
  if (!target) return answer;
  const asked = askedWords(question);
  const candidates: Candidate[] = [];
  const tabled = new Set<string>();
  for (const path of new Set(answer.citations.map((c) => c.path)))
    for (const found of tableCandidates(store, target.id, path, question, asked)) {
      tabled.add(`${path}\0${found.c.lineStart}`);
      candidates.push(found);
    }
  // The answer's own dated lines (a journal's "- 15 October: worked on the roses"), those saying the words asked.
  const own = answer.citations.filter((c) => !tabled.has(`${c.path}\0${c.lineStart}`));
  const words = (c: Citation) => asked.filter((word) => !nameRoots(c.path).has(word));
  const saying = own.filter((c) => saysAll(c.quote, words(c)));
  for (const c of saying.length > 0 ? saying : own) {
    const key = dayKey(c.quote);
    if (key !== undefined) candidates.push({ c, key });
  }
  return latestOf(store, candidates, answer) ?? answer;
}

/** A dated row or line that may be the latest, its date as a number (dayKey). */
interface Candidate {
  c: Citation;
  key: number;
}

/** The roots of a question's words that name what is asked (not "last", "when", "my"). */
const askedWords = (question: string) =>
  [...new Set(queryTerms(question).map(root))].filter((word) => !FRAME.has(word));

/**
 * The dated rows of `path`'s tables the question asks: those saying its words, leaving out words
 * naming a column ("mileage") or the table (its file's name, "car", or its title, "BOILER SERVICE
 * LOG"), and row words ("entry", "repair"). A naming word some rows say but not all still narrows
 * ("serviced": the annual services of the boiler log), unless it is said before another naming
 * word ("the service log"; "the boiler service" still narrows). A table is read with no words left only when the question named it or
 * asked a row word; a word neither the table nor any of its rows says leaves the table out.
 */
function tableCandidates(
  store: KnowledgeStore,
  collectionId: number,
  path: string,
  question: string,
  asked: readonly string[],
): Candidate[] {
  const out: Candidate[] = [];
  const sequence = queryTerms(question).map(root);
  for (const table of fileTables(store, collectionId, path)) {
    const named = tableRoots(path, table);
    const columns = new Set(queryTerms(table.header.join(' ')).map(root));
    const said = table.rows.map((r) => new Set(queryTerms(r.text).map(root)));
    const phrase = (word: string) => sequence.some((w, i) => w === word && named.has(sequence[i + 1] ?? ''));
    const narrows = (word: string) => {
      if (!named.has(word)) return !columns.has(word) && !ROW_WORDS.has(word);
      const saying = said.filter((s) => s.has(word)).length;
      return saying > 0 && saying < said.length && !phrase(word);
    };
    const words = asked.filter(narrows);
    const ofTable = asked.some((word) => named.has(word) || ROW_WORDS.has(word));
    if (words.length === 0 && !ofTable) continue;
    // A word nothing of the table says ("car" of a boiler log): not this table's question.
    if (
      asked.some(
        (word) =>
          !named.has(word) && !columns.has(word) && !ROW_WORDS.has(word) && !said.some((s) => s.has(word)),
      )
    )
      continue;
    for (const { row, fields } of table.rows) {
      const key = dayKey(row.text);
      if (key === undefined || !saysAll(row.text, words)) continue;
      out.push({
        c: {
          path,
          lineStart: row.first,
          lineEnd: row.last,
          heading: '',
          quote: recordText(table.header, fields),
        },
        key,
      });
    }
  }
  return out;
}

/** The one latest of two or more candidates, quoted and said to be compared; undefined otherwise. */
function latestOf(
  store: KnowledgeStore,
  candidates: readonly Candidate[],
  answer: Answer,
): Answer | undefined {
  if (candidates.length < 2) return undefined;
  const latest = Math.max(...candidates.map((x) => x.key));
  const best = candidates.filter((x) => x.key === latest);
  if (best.length !== 1) return undefined;
  const chosen = (best[0] as (typeof best)[number]).c;
  const name = store.displayNames([chosen.path]).get(chosen.path);
  return {
    ...answer,
    known: true,
    answer: `${chosen.quote} (${cite(chosen, name)})\nThe latest of ${candidates.length} dated lines that say it (compared by date, not stated in the documents).`,
    citations: [chosen],
  };
}

/**
 * "when was the boiler last serviced?", "what is the last entry in the service log?" when search
 * found no line (stranger S38): the latest dated row of the tables of the files whose name or
 * table title says a word of the question (servicelog.txt's "BOILER SERVICE LOG"); undefined when
 * no such table, or no one latest row.
 */
export function latestRow(
  store: KnowledgeStore,
  collection: string,
  question: string,
  filter: SearchFilter | undefined,
): Answer | undefined {
  if (!asksLatest(question)) return undefined;
  const target = store.collection(collection);
  if (!target) return undefined;
  const asked = askedWords(question);
  if (asked.length === 0) return undefined;
  const scope = {
    ...(filter?.pathPrefix ? { pathPrefix: filter.pathPrefix } : {}),
    ...(filter?.paths ? { paths: filter.paths } : {}),
  };
  const candidates = store
    .files(target.id, scope)
    .filter((file) => /\.(?:txt|log|md|markdown|text|csv|tsv)$/iu.test(file.path))
    .flatMap((file) =>
      fileTables(store, target.id, file.path).some((table) => {
        const named = tableRoots(file.path, table);
        return asked.some((word) => named.has(word));
      })
        ? tableCandidates(store, target.id, file.path, question, asked)
        : [],
    );
  return latestOf(store, candidates, { known: true, answer: '', citations: [], passages: [] });
}
