import type { Cartridge } from '../../cartridge/open.js';
import { similarity, words } from '../../cartridge/text-similarity.js';
import type { MemoryEntry } from './schemas.js';

export interface MemoryMatch {
  entry: MemoryEntry;
  /** 1 for an exact (normalised) key, lower for fuzzy matches. */
  score: number;
}

export interface MemoryStore {
  remember(key: string, value: unknown): { entry: MemoryEntry; previous: unknown; created: boolean };
  get(key: string): MemoryEntry | undefined;
  /** The exact key if there is one, else the closest keys above `minScore`, best first. */
  recall(query: string, options?: { limit?: number; minScore?: number }): MemoryMatch[];
  list(options?: { limit?: number; offset?: number }): MemoryEntry[];
  forget(key: string): MemoryEntry | undefined;
  count(): number;
}

const LEADING_FILLER = new Set(['my', 'the', 'our', 'a', 'an', 'your']);

/**
 * The lookup form of a key: lowercase words without punctuation or a leading "my"/"the".
 * "My Bike-Lock Code!" and "bike lock code" are the same key.
 */
export function normaliseKey(key: string): string {
  const parts = words(key);
  while (parts.length > 1 && LEADING_FILLER.has(parts[0]!)) parts.shift();
  return parts.join(' ');
}

interface MemoryRow {
  key: string;
  label: string;
  value: string;
  created_at: number;
  updated_at: number;
}

const toEntry = (row: MemoryRow): MemoryEntry => ({
  key: row.key,
  label: row.label,
  value: JSON.parse(row.value) as unknown,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

/**
 * Facts the person asked fazt to remember, looked up by (fuzzy) key, in the `memory` table
 * (created by the cartridge's core migration v1, before capabilities had their own). Statements
 * come from the cartridge's cache, so making a store per call is cheap.
 */
export function createMemoryStore({ prepare }: Pick<Cartridge, 'prepare'>): MemoryStore {
  const get = (key: string): MemoryEntry | undefined => {
    const row = prepare('SELECT * FROM memory WHERE key = ?').get(normaliseKey(key)) as MemoryRow | undefined;
    return row && toEntry(row);
  };

  return {
    get,

    remember(rawKey, value) {
      const key = normaliseKey(rawKey);
      const now = Date.now();
      const before = get(key);
      prepare(
        `INSERT INTO memory (key, label, value, created_at, updated_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
      ).run(key, rawKey.trim(), JSON.stringify(value), now, now);
      return { entry: get(key)!, previous: before?.value, created: !before };
    },

    recall(query, { limit = 5, minScore = 0.5 } = {}) {
      const exact = get(query);
      if (exact) return [{ entry: exact, score: 1 }];
      const wanted = normaliseKey(query);
      if (!wanted) return [];
      const rows = prepare('SELECT * FROM memory').all() as MemoryRow[];
      return rows
        .map((row) => ({ row, score: Math.max(similarity(wanted, row.key), similarity(wanted, row.label)) }))
        .filter(({ score }) => score >= minScore)
        .sort((a, b) => b.score - a.score || b.row.updated_at - a.row.updated_at)
        .slice(0, limit)
        .map(({ row, score }) => ({ entry: toEntry(row), score: Math.round(score * 1000) / 1000 }));
    },

    list({ limit = 100, offset = 0 } = {}) {
      const rows = prepare('SELECT * FROM memory ORDER BY updated_at DESC, key LIMIT ? OFFSET ?').all(
        limit,
        offset,
      ) as MemoryRow[];
      return rows.map(toEntry);
    },

    forget(key) {
      const entry = get(key);
      if (entry) prepare('DELETE FROM memory WHERE key = ?').run(entry.key);
      return entry;
    },

    count() {
      return (prepare('SELECT count(*) AS n FROM memory').get() as { n: number }).n;
    },
  };
}
