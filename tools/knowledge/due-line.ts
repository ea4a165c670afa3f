/**
 * "When is my car's MOT due?" answered by "Contrôle technique (MOT) passed: 18 March 2025" (S45
 * HIGH 7): a when-due question prefers the line of the same file that says due or next
 * ("Next contrôle technique due: 18 March 2027") over a passed/last line, whatever else the
 * question's words (or memory) matched.
 */
import type { Answer } from './answer.js';
import { datesIn } from './dates.js';
import { fileLines } from './file-lines.js';
import { cite } from './schemas.js';
import type { KnowledgeStore } from './store.js';

/** "when is … due", "when's the next …", "when does … need to be done". */
const WHEN_DUE = /\bwhen(?:'s|\s+is|\s+are|\s+will|\s+does)?\b.*\b(?:due|next)\b/iu;
/** A line saying something is due, or the next of it. */
const DUE = /\b(?:due|next)\b/iu;
/** A line saying something happened: passed, last, done. */
const PAST = /\b(?:passed|last|previous|done|completed|carried\s+out)\b/iu;

const words = (text: string) =>
  new Set(
    text
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter((w) => w.length >= 3),
  );

/**
 * `answer` with its one quoted passed/last line replaced by the dated due/next line of the same
 * file that shares most words with it (a line saying neither due nor done: by the file's only dated
 * due line), when `question` asks when something is due; else unchanged.
 */
export function withDueLine(
  store: KnowledgeStore,
  collection: string,
  question: string,
  answer: Answer,
): Answer {
  if (!answer.known || !WHEN_DUE.test(question) || answer.citations.length !== 1) return answer;
  const [quoted] = answer.citations;
  if (!quoted || DUE.test(quoted.quote)) return answer;
  // "when is the EDP bill due?" quoting "Billing period: 15 October … to 14 November" (S48 item 3):
  // a line saying neither due nor done gives way too, but only to its file's one dated due line.
  const past = PAST.test(quoted.quote);
  const target = store.collection(collection);
  if (!target) return answer;
  const own = words(quoted.quote);
  const due = fileLines(store, target.id, quoted.path)
    .filter((line) => DUE.test(line.text) && !PAST.test(line.text) && datesIn(line.text).length > 0)
    .map((line) => ({ line, shared: [...words(line.text)].filter((w) => own.has(w)).length }));
  const best = due
    .filter((entry) => entry.shared > 0 || (!past && due.length === 1))
    .sort((a, b) => b.shared - a.shared || a.line.first - b.line.first)[0];
  if (!best) return answer;
  const citation = {
    path: quoted.path,
    lineStart: best.line.first,
    lineEnd: best.line.last,
    heading: quoted.heading,
    quote: best.line.text.trim(),
  };
  const name = store.displayNames([quoted.path]).get(quoted.path);
  return { ...answer, answer: `${citation.quote} (${cite(citation, name)})`, citations: [citation] };
}
