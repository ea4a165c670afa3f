/**
 * A how-much question answered from the right line of the document already found (stranger S27
 * HIGH 3, 5):
 * - "quanto zucchero serve per il tiramisù?" is answered by the ingredient "100 g di zucchero",
 *   a quantity and unit next to the thing asked, not by the step "Montare i tuorli con lo
 *   zucchero per 10 minuti" that merely says it;
 * - "how much is my council tax?" by the bill table's total row ("Total due: £2,332.27"), not by
 *   one of the rows adding up to it, unless the question names that row ("how much is the
 *   police and fire part?").
 */

import type { Answer, Citation } from './answer.js';
import { type FileLine, fileLines } from './file-lines.js';
import { asksHowMuch } from './how-much.js';
import { FRAMING, root, rootsOf } from './lexicon.js';
import { cite } from './schemas.js';
import { sentencesOf } from './sentences.js';
import type { KnowledgeStore } from './store.js';
import { queryTerms } from './text.js';

/** A quantity and its unit: "100 g", "300 ml", "2 tbsp", "1.5 kg", "3 cloves". */
const QUANTITY =
  /\d+(?:[.,]\d+)?\s*(?:g|gr|kg|mg|ml|cl|dl|l|oz|lbs?|cups?|tbsp|tsp|teaspoons?|tablespoons?|grams?|grammi|grammes?|gramm|kilos?|litres?|liters?|litri|pinch(?:es)?|cloves?|slices?|cucchiai[o]?|cucchiaini?|cuill[eè]res?|EL|TL)(?![\p{L}])/u;

/** The parts of a line one quantity goes with: "500 g di mascarpone", "4 uova freschissime". */
const partsOf = (text: string) =>
  text
    .replace(/^[^:]{0,40}:\s*/u, '')
    .split(/\s*[,;]\s*/u)
    .flatMap(sentencesOf)
    .map((part) => part.replace(/[.;]$/u, '').trim())
    .filter(Boolean);

/** Cells of a Markdown table row, without bold marks; undefined when `text` is no table row. */
const cellsOf = (text: string): string[] | undefined =>
  /^\s*\|.*\|\s*$/u.test(text)
    ? text
        .trim()
        .replace(/^\||\|$/gu, '')
        .split('|')
        .map((cell) => cell.replace(/\*\*|__/gu, '').trim())
    : undefined;

const TOTAL = /\b(?:total|totale|gesamt|montant\s+total|balance\s+due|amount\s+due)\b/iu;

/** The table around line index `at`: its header cells and its rows after the separator. */
function tableAround(
  lines: readonly FileLine[],
  at: number,
): { header: string[]; rows: FileLine[] } | undefined {
  let first = at;
  while (first > 0 && cellsOf(lines[first - 1]?.text ?? '')) first -= 1;
  let last = at;
  while (last + 1 < lines.length && cellsOf(lines[last + 1]?.text ?? '')) last += 1;
  const header = cellsOf(lines[first]?.text ?? '');
  const separator = cellsOf(lines[first + 1]?.text ?? '');
  if (!header || !separator?.every((cell) => /^:?-{2,}:?$/u.test(cell))) return undefined;
  return { header, rows: lines.slice(first + 2, last + 1) };
}

/**
 * `answer` with a how-much question's quotes read again from their own files: an ingredient's
 * quantity for a line that only names the thing, a table's total row for one of its rows.
 */
export function howMuchLines(
  store: KnowledgeStore,
  collection: string,
  question: string,
  answer: Answer,
): Answer {
  if (!asksHowMuch(question) || answer.citations.length === 0) return answer;
  const target = store.collection(collection);
  if (!target) return answer;
  const asked = [
    ...new Set(
      queryTerms(question)
        .filter((t) => !FRAMING.has(t))
        .map(root),
    ),
  ];
  const replaced = new Map<Citation, Citation>();
  const lineCache = new Map<string, FileLine[]>();
  const linesOf = (path: string) => {
    const cached = lineCache.get(path) ?? fileLines(store, target.id, path);
    lineCache.set(path, cached);
    return cached;
  };
  for (const citation of answer.citations) {
    const lines = linesOf(citation.path);
    const at = lines.findIndex((l) => l.first === citation.lineStart);
    if (at < 0) continue;
    const line = lines[at] as FileLine;
    // A table row of a bill: its total row, unless a word asked names this row and not the document.
    const table = cellsOf(line.text) ? tableAround(lines, at) : undefined;
    if (table) {
      const total = table.rows.find((row) => TOTAL.test(cellsOf(row.text)?.[0] ?? ''));
      const title = rootsOf(
        `${citation.path} ${lines
          .filter((l) => /^\s*#/u.test(l.text))
          .map((l) => l.text)
          .join(' ')} ${lines.find((l) => l.text.trim())?.text ?? ''}`,
      );
      const label = rootsOf(cellsOf(line.text)?.[0] ?? '');
      const named = asked.some((r) => label.has(r) && !title.has(r));
      if (total && total !== line && !named) {
        const cells = cellsOf(total.text) ?? [];
        replaced.set(citation, {
          ...citation,
          lineStart: total.first,
          lineEnd: total.last,
          quote: cells.map((cell, i) => (table.header[i] ? `${table.header[i]}: ${cell}` : cell)).join('; '),
        });
      }
      continue;
    }
    // A line naming the thing asked with no quantity next to it: the file's part that has one.
    const thing = asked.filter((r) => rootsOf(line.text).has(r));
    if (thing.length === 0) continue;
    const measured = (part: string) => QUANTITY.test(part) && thing.some((r) => rootsOf(part).has(r));
    if (partsOf(line.text).some(measured)) continue;
    for (const other of lines) {
      const part = partsOf(other.text).find(measured);
      if (part) {
        replaced.set(citation, { ...citation, lineStart: other.first, lineEnd: other.last, quote: part });
        break;
      }
    }
  }
  // A replacement on a line the answer already quotes adds nothing: dropped with its old quote.
  for (const [old, fresh] of replaced)
    if (answer.citations.some((c) => c !== old && c.path === fresh.path && c.lineStart === fresh.lineStart))
      replaced.set(old, { ...fresh, quote: '' });
  if (replaced.size === 0) return answer;
  const seen = new Set<string>();
  const citations = answer.citations
    .map((c) => replaced.get(c) ?? c)
    .filter((c) => {
      if (!c.quote) return false;
      const key = `${c.path}\0${c.lineStart}\0${c.quote}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  const names = store.displayNames(citations.map((c) => c.path));
  // Each line quoting a replaced citation says its replacement; the answer's other lines stay.
  const said = new Set<string>();
  const text = answer.answer
    .split('\n')
    .map((line) => {
      const old = [...replaced.keys()].find((c) => line.includes(c.quote));
      const fresh = old && replaced.get(old);
      if (fresh && !fresh.quote) return '';
      return fresh ? `${fresh.quote} (${cite(fresh, names.get(fresh.path))})` : line;
    })
    .filter((line) => {
      if (!line) return false;
      if (said.has(line)) return false;
      said.add(line);
      return true;
    });
  return { ...answer, answer: text.join('\n'), citations };
}
