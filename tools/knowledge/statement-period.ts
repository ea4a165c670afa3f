/**
 * "How much did we spend this month?" when no statement covers the month (S45 HIGH 6): the
 * person is told which months their statements (dated rows of learned CSV/TSV files) cover,
 * never shown other documents' amounts (an insurance policy's sums insured, a car service line)
 * as if they were the spending asked.
 */
import type { Answer } from './answer.js';
import { datesIn, monthName } from './dates.js';
import { fileLines } from './file-lines.js';
import type { KnowledgeStore } from './store.js';

/** A bare spending question: "how much did we spend", "what did I spend in total", "our spending". */
const SPEND_ONLY =
  /^\s*(?:(?:so|and|ok|okay)[, ]+)?(?:(?:how\s+much|what)\s+(?:money\s+)?(?:did|have|do)\s+(?:we|i|you|us)\s+(?:spen[dt]|paid|pay)|(?:what(?:'s|\s+is|\s+was)\s+)?(?:our|my|the)?\s*(?:total\s+)?(?:spending|expenses|outgoings))(?:\s+(?:in\s+total|altogether|in\s+all|overall))?\s*(?:in|during|for|over)?\s*(?:the\s+month\s+of\s*)?[?.!]*\s*$/iu;

/**
 * When `question` asks only how much was spent in a month (or year) and the learned statements
 * hold no row dated then, an answer saying so and naming the months they cover; otherwise
 * undefined (no month asked, no statement learned, or a statement row in the period asked).
 */
export function uncoveredSpendPeriod(
  store: KnowledgeStore,
  collection: string,
  question: string,
): Answer | undefined {
  const asked = datesIn(question);
  if (asked.length !== 1) return undefined;
  const mention = asked[0];
  if (!mention || mention.readings.some((r) => r.day !== undefined)) return undefined;
  const rest = question.slice(0, mention.start) + question.slice(mention.end);
  if (!SPEND_ONLY.test(rest.replace(/\s+/gu, ' '))) return undefined;
  const target = store.collection(collection);
  if (!target) return undefined;
  const covered = new Map<string, { year: number; month: number }>();
  const files: string[] = [];
  for (const file of store.files(target.id, {})) {
    if (!/\.(?:csv|tsv)$/iu.test(file.path)) continue;
    let dated = false;
    for (const line of fileLines(store, target.id, file.path)) {
      const day = datesIn(line.text)
        .flatMap((m) => m.readings)
        .find((r) => r.day !== undefined && r.year !== undefined);
      if (!day) continue;
      dated = true;
      covered.set(`${day.year}-${day.month}`, { year: day.year as number, month: day.month });
    }
    if (dated) files.push(file.path.split(/[\\/]/u).pop() as string);
  }
  if (covered.size === 0) return undefined;
  const hit = [...covered.values()].some((c) =>
    mention.readings.some((r) => r.month === c.month && (r.year === undefined || r.year === c.year)),
  );
  if (hit) return undefined;
  const months = [...covered.values()]
    .sort((a, b) => a.year - b.year || a.month - b.month)
    .map((c) => `${monthName(c.month)} ${c.year}`);
  const list = months.length === 1 ? months[0] : `${months.slice(0, -1).join(', ')} and ${months.at(-1)}`;
  return {
    known: false,
    answer: `I don't know: your statements have no transactions in ${mention.text.trim()}; they cover ${list} (${files.join(', ')}).`,
    citations: [],
    passages: [],
    // Said as the documents' own "I don't know", as a missing "module 4" is.
    missing: mention.text.trim(),
  };
}
