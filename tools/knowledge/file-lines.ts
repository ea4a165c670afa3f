/**
 * A learned file's text lines, each with the file lines it came from, put together again from
 * its chunks (which overlap): for answers read from a document's shape rather than from one
 * sentence — a letter's sign-off (sign-off.ts), a procedure's steps (steps.ts).
 */

import { rootsOf } from './lexicon.js';
import { decodeLineMap } from './lines.js';
import type { ScoredPassage } from './search.js';
import type { KnowledgeStore, Passage, SearchFilter } from './store.js';

export interface FileLine {
  text: string;
  /** 1-based file lines, inclusive. */
  first: number;
  last: number;
}

/** The lines of the learned file `path` of collection `collectionId`, in file order; [] when not learned. */
export function fileLines(store: KnowledgeStore, collectionId: number, path: string): FileLine[] {
  const file = store.file(collectionId, path);
  if (!file) return [];
  const seen = new Set<string>();
  const out: FileLine[] = [];
  for (const chunk of store.fileChunks(file.id)) {
    const map = decodeLineMap(chunk.lineMap);
    chunk.text.split('\n').forEach((text, index) => {
      const [first, last] = map[index] ?? [chunk.lineStart + index, chunk.lineStart + index];
      // Overlapping chunks repeat lines: one each, by where it is and what it says.
      const key = `${first}\0${last}\0${text}`;
      if (seen.has(key)) return;
      seen.add(key);
      out.push({ text, first, last });
    });
  }
  return out.sort((a, b) => a.first - b.first);
}

/** A passage standing for lines an answer quotes, as search would return it (scored 0). */
export function linePassage(path: string, type: string, lines: readonly FileLine[]): ScoredPassage {
  const first = lines[0]?.first ?? 1;
  const passage: Passage = {
    chunkId: 0,
    path,
    type,
    heading: '',
    text: lines.map((l) => l.text).join('\n'),
    lineStart: first,
    lineEnd: lines.at(-1)?.last ?? first,
    lineMap: null,
    modifiedAt: 0,
  };
  return { ...passage, score: 0, signals: { bm25: 0, near: 0, rm3: 0, dense: 0, lsa: 0 }, bm25Raw: 0 };
}

/**
 * The learned files of collection `collectionId` whose chunks match the FTS5 `query` (BM25, the
 * best 200) and whose path and lines say every root in `asked` (`rootsOf`), each with its lines:
 * for answers read across a file's lines (a cost a later sentence states, a reference in a title).
 * A query FTS5 refuses finds none.
 */
export function filesSaying(
  store: KnowledgeStore,
  collectionId: number,
  query: string,
  asked: readonly string[],
  filter: SearchFilter | undefined,
): { path: string; type: string; lines: FileLine[] }[] {
  let ids: { id: number }[];
  try {
    ids = store.bm25Match(collectionId, query, 200, filter ?? {});
  } catch {
    return [];
  }
  const files = new Map(
    store
      .passages(
        ids.map((i) => i.id),
        filter ?? {},
      )
      .map((p) => [p.path, p.type]),
  );
  const out: { path: string; type: string; lines: FileLine[] }[] = [];
  for (const [path, type] of files) {
    const lines = fileLines(store, collectionId, path);
    const said = rootsOf(`${path} ${lines.map((l) => l.text).join('\n')}`);
    if (asked.every((r) => said.has(r))) out.push({ path, type, lines });
  }
  return out;
}
