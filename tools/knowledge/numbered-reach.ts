/**
 * A numbered thing asked ("parcel 217", "room 12", "invoice 4471") whose line the ranked search
 * left out: when many chunks say every other word and the number too (as a gate, a note, a
 * count), BM25 may rank them all above the one line that names the thing by its number (issue
 * 10, S23 HIGH 5). Those lines are looked up by the word and the number themselves, adjacent or
 * with "number"/"#" between (FTS5 NEAR within 2 tokens), and join the passages the answerer
 * reads. Only questions with a counted number reach this, so ranking of other queries is unchanged.
 */

import { statedNumbers } from './numbers.js';
import type { ScoredPassage } from './search.js';
import type { KnowledgeStore, SearchFilter } from './store.js';

/** At most this many passages are added. */
const REACH = 8;

/**
 * The passages of `collection` holding each counted number of `question` near its word that are
 * not in `passages` already, scored 0 (they rank after what search found). Empty when the
 * question counts nothing or every such line was found.
 */
export function numberedPassages(
  store: KnowledgeStore,
  collection: string,
  question: string,
  passages: readonly ScoredPassage[],
  filter: SearchFilter | undefined,
): ScoredPassage[] {
  const target = store.collection(collection);
  if (!target) return [];
  const asked = statedNumbers(question).filter(
    (n) => n.named !== undefined && n.word !== undefined && !n.spelled && /^\d+$/u.test(n.number),
  );
  if (asked.length === 0) return [];
  const found = (named: string) =>
    passages.some((p) => statedNumbers(p.text).some((stated) => stated.named === named));
  const missing = asked.filter((n) => !found(n.named as string));
  if (missing.length === 0) return [];
  const match = missing
    .map((n) => `NEAR("${(n.word as string).replace(/"/g, '')}" "${n.number}", 2)`)
    .join(' OR ');
  let ids: { id: number }[];
  try {
    ids = store.bm25Match(target.id, match, REACH * 4, filter ?? {});
  } catch {
    // A word FTS5 cannot read as a term: nothing more to reach.
    return [];
  }
  const have = new Set(passages.map((p) => p.chunkId));
  const extra = store
    .passages(
      ids.map((item) => item.id).filter((id) => !have.has(id)),
      filter ?? {},
    )
    .filter((p) => statedNumbers(p.text).some((stated) => missing.some((n) => n.named === stated.named)))
    .slice(0, REACH);
  return extra.map((p) => ({
    ...p,
    score: 0,
    signals: { bm25: 0, near: 0, rm3: 0, dense: 0, lsa: 0 },
    bm25Raw: 0,
  }));
}
