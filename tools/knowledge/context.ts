import { basename, extname } from 'node:path';
import { capabilityVersion } from '../../cartridge/capability-schema.js';
import type { Cartridge } from '../../cartridge/open.js';
import { cite } from './schemas.js';
import { createKnowledgeStore } from './store.js';
import { queryTerms, stem, words } from './text.js';

/** Passages put in a model's context at most, and characters of each. */
const MAX_PASSAGES = 3;
const MAX_CHARS = 600;

/**
 * The learned passages worth showing a model for a request, synchronously (BM25 only, no
 * embedder call), as lines `- [lease.md:5-7] (Lease › Pets) text…`. A passage qualifies only when
 * it holds at least half of the request's content words (a file's own name counts), so small
 * talk and requests about other things add nothing. Empty when nothing was learned.
 */
export function relevantPassages(cartridge: Cartridge, request: string, collection = 'default'): string[] {
  if (capabilityVersion(cartridge, 'knowledge') === 0) return [];
  const store = createKnowledgeStore(cartridge);
  const target = store.collection(collection);
  const terms = queryTerms(request);
  if (!target || terms.length === 0) return [];
  const stems = [...new Set(terms.map(stem))];
  const hits = store.bm25(target.id, terms, MAX_PASSAGES * 3);
  const passages = store.passages(hits.map((hit) => hit.id));
  const chosen = passages
    .filter((passage) => {
      const own = new Set(
        words(`${basename(passage.path, extname(passage.path))} ${passage.heading} ${passage.text}`).map(
          stem,
        ),
      );
      return stems.filter((root) => own.has(root)).length >= Math.max(1, Math.ceil(stems.length / 2));
    })
    .slice(0, MAX_PASSAGES);
  const names = store.displayNames(chosen.map((passage) => passage.path));
  return chosen.map((passage) => {
    const text = passage.text.replace(/\s+/g, ' ').trim();
    const clipped = text.length > MAX_CHARS ? `${text.slice(0, MAX_CHARS - 1)}…` : text;
    return `- [${cite(passage, names.get(passage.path))}] (${passage.heading}) ${clipped}`;
  });
}
