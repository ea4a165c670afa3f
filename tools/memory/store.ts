import type { Cartridge } from '../../cartridge/open.js';
import { sameSubject, similarity, words } from '../../cartridge/text-similarity.js';
import type { MemoryEntry } from './schemas.js';

export interface MemoryMatch {
  entry: MemoryEntry;
  /** 1 for an exact (normalised) key, lower for fuzzy matches. */
  score: number;
  /**
   * The fact is about what was asked: every word asked for is in its name (typos allowed), and
   * it names no other owner ("brother's …" does not answer "my …"). False: only a near fact.
   */
  sameSubject: boolean;
}

export interface MemoryStore {
  /**
   * Stores `value` under `key`. An existing fact is replaced only when its name differs from `key`
   * in case, spacing or punctuation alone ("My Bike-Lock Code" and "bike lock code"); "C++ version"
   * and "C# version", "🔑" and "🏠" are different facts.
   */
  remember(key: string, value: unknown): { entry: MemoryEntry; previous: unknown; created: boolean };
  get(key: string): MemoryEntry | undefined;
  /**
   * The exact key if there is one, else facts whose names are close (score ≥ `minScore`): those
   * about the same subject first, then near facts (`sameSubject: false`), best first within each.
   */
  recall(query: string, options?: { limit?: number; minScore?: number }): MemoryMatch[];
  list(options?: { limit?: number; offset?: number }): MemoryEntry[];
  forget(key: string): MemoryEntry | undefined;
  count(): number;
}

const LEADING_FILLER = new Set(['my', 'the', 'our', 'a', 'an', 'your']);

/**
 * Characters that only separate words in a name: spaces, dashes, brackets, quotes, underscores
 * and sentence punctuation. Everything else (letters of any script with their accents, digits,
 * symbols such as `+ # & @ / %`, emoji) is part of the name.
 */
const SEPARATOR = /[\s\p{Pd}\p{Ps}\p{Pe}\p{Pi}\p{Pf}\p{Pc}"'`.,;:!?¡¿…·、。，；：！？]+/u;

/**
 * The stored form of a key: NFC, lowercase, emoji variation selectors dropped, split at separator
 * characters, a leading "my"/"the"/"our"/"a"/"an"/"your" dropped. Possessive "'s" joins its owner
 * ("Leo's shoe size" is "leo shoe size"), other apostrophes join ("don't" → "dont").
 * "My Bike-Lock Code!" and "bike lock code" are the same key; "C++ version" and "C# version",
 * "café" and "cafe", "🔑" and "🏠" are not. A key of separators alone ("???") is kept as typed.
 */
export function normaliseKey(key: string): string {
  const text = key
    .normalize('NFC')
    // Invisible characters (variation selectors, zero-width space, soft hyphen, direction marks,
    // BOM) are not part of a name; zero-width (non-)joiners are, since scripts and emoji use them.
    .replace(/[\ufe0e\ufe0f\u00ad\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g, '')
    .replace(/\p{Cc}/gu, ' ')
    .toLowerCase()
    .replace(/(\p{L})['’]s(?![\p{L}\p{N}])/gu, '$1')
    .replace(/(\p{L})['’](?=\p{L})/gu, '$1');
  const parts = text.split(new RegExp(SEPARATOR.source, 'gu')).filter(Boolean);
  if (parts.length === 0) return text.trim().replace(/\s+/g, ' ');
  while (parts.length > 1 && LEADING_FILLER.has(parts[0]!)) parts.shift();
  return parts.join(' ');
}

/** The key as it was stored before names kept accents and symbols ("C++" was "c"). */
function legacyKey(key: string): string {
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
  const rowAt = (key: string) =>
    prepare('SELECT * FROM memory WHERE key = ?').get(key) as MemoryRow | undefined;

  /**
   * The row holding the fact named `rawKey`: stored under its key, or under the older form of it
   * (cartridges written before keys kept symbols) when that row's own name normalises the same.
   */
  const find = (rawKey: string): MemoryRow | undefined => {
    const key = normaliseKey(rawKey);
    const row = rowAt(key);
    if (row && normaliseKey(row.label) === key) return row;
    const legacy = legacyKey(rawKey);
    if (legacy === key || !legacy) return undefined;
    const old = rowAt(legacy);
    return old && normaliseKey(old.label) === key ? old : undefined;
  };

  return {
    get(key) {
      const row = find(key);
      return row && toEntry(row);
    },

    remember(rawKey, value) {
      const key = normaliseKey(rawKey);
      const now = Date.now();
      const before = find(rawKey);
      if (before) {
        // Same fact: the value changes, and an older row moves to the key it has now.
        prepare('UPDATE memory SET key = ?, value = ?, updated_at = ? WHERE key = ?').run(
          key,
          JSON.stringify(value),
          now,
          before.key,
        );
        return { entry: toEntry(rowAt(key)!), previous: JSON.parse(before.value) as unknown, created: false };
      }
      const squatter = rowAt(key);
      if (squatter) {
        // An older row of a different fact sits on this key ("c version" once held "C# version"):
        // it moves to its own key, so neither fact replaces the other.
        prepare('UPDATE memory SET key = ? WHERE key = ?').run(normaliseKey(squatter.label), key);
      }
      prepare('INSERT INTO memory (key, label, value, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run(
        key,
        rawKey.trim(),
        JSON.stringify(value),
        now,
        now,
      );
      return { entry: toEntry(rowAt(key)!), previous: undefined, created: true };
    },

    recall(query, { limit = 5, minScore = 0.5 } = {}) {
      const exact = find(query);
      if (exact) return [{ entry: toEntry(exact), score: 1, sameSubject: true }];
      const wanted = normaliseKey(query);
      if (!wanted.trim()) return [];
      const rows = prepare('SELECT * FROM memory').all() as MemoryRow[];
      return rows
        .map((row) => {
          const same = sameSubject(query, row.label);
          const score = Math.max(similarity(wanted, row.key), similarity(wanted, row.label));
          return { row, same, score: same ? Math.max(score, minScore) : score };
        })
        .filter(({ score }) => score >= minScore)
        .sort(
          (a, b) =>
            Number(b.same) - Number(a.same) || b.score - a.score || b.row.updated_at - a.row.updated_at,
        )
        .slice(0, limit)
        .map(({ row, score, same }) => ({
          entry: toEntry(row),
          score: Math.round(Math.min(score, 0.999) * 1000) / 1000,
          sameSubject: same,
        }));
    },

    list({ limit = 100, offset = 0 } = {}) {
      const rows = prepare('SELECT * FROM memory ORDER BY updated_at DESC, key LIMIT ? OFFSET ?').all(
        limit,
        offset,
      ) as MemoryRow[];
      return rows.map(toEntry);
    },

    forget(key) {
      const row = find(key);
      if (row) prepare('DELETE FROM memory WHERE key = ?').run(row.key);
      return row && toEntry(row);
    },

    count() {
      return (prepare('SELECT count(*) AS n FROM memory').get() as { n: number }).n;
    },
  };
}
