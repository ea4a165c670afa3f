/**
 * "What was the mileage at the last MOT?", "when did I last work on the roses?", "what is my
 * latest blood pressure reading?" (stranger S37 H4, MEDIUM): the latest dated row or line that
 * says what is asked, not the best-matching one. The rows of the tables in the files the answer
 * cites (fileTables: CSV, Markdown, space-aligned with wrapped rows) that say the question's other
 * words, and the answer's own dated lines, are compared by date; the latest is quoted and the
 * answer says it was compared. Fewer than two dated lines, or two latest on one day: the answer stays.
 */

import type { Answer, Citation } from './answer.js';
import { fileTables, nameRoots } from './column-sums.js';
import { datesIn } from './dates.js';
import { root } from './lexicon.js';
import { recordText } from './records.js';
import { cite } from './schemas.js';
import type { KnowledgeStore } from './store.js';
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
  const asked = [...new Set(queryTerms(question).map(root))].filter((word) => !FRAME.has(word));
  const candidates: { c: Citation; key: number }[] = [];
  const tabled = new Set<string>();
  for (const path of new Set(answer.citations.map((c) => c.path))) {
    const named = nameRoots(path);
    for (const table of fileTables(store, target.id, path)) {
      // A word naming a column ("mileage") or the file ("car") asks no row.
      const columns = new Set(queryTerms(table.header.join(' ')).map(root));
      const words = asked.filter((word) => !named.has(word) && !columns.has(word));
      if (words.length === 0) continue;
      for (const { row, fields } of table.rows) {
        const key = dayKey(row.text);
        if (key === undefined || !saysAll(row.text, words)) continue;
        tabled.add(`${path}\0${row.first}`);
        candidates.push({
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
  }
  // The answer's own dated lines (a journal's "- 15 October: worked on the roses"), those saying the words asked.
  const own = answer.citations.filter((c) => !tabled.has(`${c.path}\0${c.lineStart}`));
  const words = (c: Citation) => asked.filter((word) => !nameRoots(c.path).has(word));
  const saying = own.filter((c) => saysAll(c.quote, words(c)));
  for (const c of saying.length > 0 ? saying : own) {
    const key = dayKey(c.quote);
    if (key !== undefined) candidates.push({ c, key });
  }
  if (candidates.length < 2) return answer;
  const latest = Math.max(...candidates.map((x) => x.key));
  const best = candidates.filter((x) => x.key === latest);
  if (best.length !== 1) return answer;
  const chosen = (best[0] as (typeof best)[number]).c;
  const name = store.displayNames([chosen.path]).get(chosen.path);
  return {
    ...answer,
    answer: `${chosen.quote} (${cite(chosen, name)})\nThe latest of ${candidates.length} dated lines that say it (compared by date, not stated in the documents).`,
    citations: [chosen],
  };
}
