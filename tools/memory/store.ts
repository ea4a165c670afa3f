import type { Cartridge } from '../../cartridge/open.js';
import { SAME_OWNER, sameSubject, similarity, words } from '../../cartridge/text-similarity.js';
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

/**
 * Words dropped from the front of a key: "my wifi password" is "wifi password". Not "a"/"an": a
 * leading "A" is as often a grade, a blood group or a letter ("A team", "A- grade") as an article.
 */
const LEADING_FILLER = new Set(['my', 'the', 'our', 'your']);

/** The words the key forms before this one dropped from the front (see `formerKeys`). */
const FORMER_FILLER = new Set(['my', 'the', 'our', 'a', 'an', 'your']);

/**
 * A minus or hyphen that is a sign, not a separator: at the start of a word ("-5", "temp -18")
 * or at its end ("O-", "A- grade"). One between two word characters ("bike-lock") or standing
 * alone ("wifi - guest") still separates words.
 */
const SIGN = /(?<=^|\s)[-\u2212](?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])[-\u2212](?=\s|$)/gu;

/** Stands for a sign while the key is split at separators (a minus sign is a symbol, not a dash). */
const SIGN_MARK = '\u2212';

/**
 * A "." that opens a word and is part of its name: ".env", ".NET", ".bashrc" (never "...").
 * Kept while the key is split at separators, as DOT_MARK.
 */
const LEADING_DOT = /(?<=^|\s)\.(?=[\p{L}\p{N}])/gu;
const DOT_MARK = '\u2024';

/**
 * Characters that only separate words in a name: spaces, dashes, brackets, quotes, underscores
 * and sentence punctuation. Everything else (letters of any script with their accents, digits,
 * symbols such as `+ # & @ / %`, emoji) is part of the name.
 */
const SEPARATOR = /[\s\p{Pd}\p{Ps}\p{Pe}\p{Pi}\p{Pf}\p{Pc}"'`.,;:!?¡¿…·、。，；：！？]+/u;

/**
 * The stored form of a key: NFC, lowercase, emoji variation selectors dropped, split at separator
 * characters, a leading "my"/"the"/"our"/"your" dropped. Possessive "'s" joins its owner
 * ("Leo's shoe size" is "leo shoe size"), other apostrophes join ("don't" → "dont"). A minus or
 * hyphen at the edge of a word is a sign and stays ("O-", "temp -5", "A- grade").
 * A "." opening a word stays (".env", ".NET"), and an owner is said one way ("mum's birthday" and
 * "mom's birthday" are one key, see `ownerWord`).
 * "My Bike-Lock Code!" and "bike lock code" are the same key; "C++ version" and "C# version",
 * "café" and "cafe", "🔑" and "🏠", "O-" and "O", "A team" and "team", ".env secret" and
 * "env secret" are not. A key of separators alone ("???") is kept as typed.
 */
export function normaliseKey(key: string): string {
  return splitKey(key, LEADING_FILLER, CURRENT);
}

/** What a key form keeps: signs ("O-"), a word's leading "." (".env"), owners said one way. */
interface KeyForm {
  signs: boolean;
  dots: boolean;
  owners: boolean;
}
const CURRENT: KeyForm = { signs: true, dots: true, owners: true };

/**
 * One owner said one way: "mum", "mom", "mam", "mother" (and "mums pin") are the same person in a
 * key, so are "dad"/"father", "nana"/"grandma" (`SAME_OWNER`); a step-mum stays "step mother".
 */
function ownerWord(part: string, last: boolean): string {
  return (
    SAME_OWNER[part] ?? (!last && part.endsWith('s') ? SAME_OWNER[part.slice(0, -1)] : undefined) ?? part
  );
}

/** A key split at separators and joined with single spaces, `filler` words dropped from the front. */
function splitKey(key: string, filler: ReadonlySet<string>, form: KeyForm): string {
  let text = key
    .normalize('NFC')
    // Invisible characters (variation selectors, zero-width space, soft hyphen, direction marks,
    // BOM) are not part of a name; zero-width (non-)joiners are, since scripts and emoji use them.
    .replace(/[\ufe0e\ufe0f\u00ad\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g, '')
    .replace(/\p{Cc}/gu, ' ')
    .toLowerCase()
    .replace(/(\p{L})['’]s(?![\p{L}\p{N}])/gu, '$1')
    .replace(/(\p{L})['’](?=\p{L})/gu, '$1');
  if (form.signs) text = text.replace(SIGN, SIGN_MARK);
  if (form.dots) text = text.replace(LEADING_DOT, DOT_MARK);
  const parts = text.split(new RegExp(SEPARATOR.source, 'gu')).filter(Boolean);
  if (parts.length === 0) return text.trim().replace(/\s+/g, ' ');
  while (parts.length > 1 && filler.has(parts[0]!)) parts.shift();
  const named = form.owners ? parts.map((part, at) => ownerWord(part, at === parts.length - 1)) : parts;
  return named.join(' ').replaceAll(SIGN_MARK, '-').replaceAll(DOT_MARK, '.');
}

/**
 * The forms a key was stored under by older versions, newest first: before a word's leading "."
 * and one spelling of owners were kept (".env" was "env", "mum" and "mom" two owners), before
 * signs and a leading "A" were kept ("O-" was "o", "A team" was "team"), and before names kept
 * accents and symbols ("C++" was "c"). A row found under one still has to name the same fact (`find`).
 */
function formerKeys(key: string): string[] {
  const legacy = words(key);
  while (legacy.length > 1 && FORMER_FILLER.has(legacy[0]!)) legacy.shift();
  return [
    splitKey(key, LEADING_FILLER, { signs: true, dots: false, owners: false }),
    splitKey(key, FORMER_FILLER, { signs: false, dots: false, owners: false }),
    legacy.join(' '),
  ];
}

/** A key with an owner word that older versions stored as said ("mum", "mom"…). */
const OWNER_WORD = new RegExp(`(?:^|\\s)(?:${[...new Set(Object.values(SAME_OWNER))].join('|')})(?:\\s|$)`);

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
    for (const former of formerKeys(rawKey)) {
      if (former === key || !former) continue;
      const old = rowAt(former);
      if (old && normaliseKey(old.label) === key) return old;
    }
    // A row an older version stored under another spelling of its owner ("mum birthday" for
    // "mom's birthday"): its name normalises the same now.
    if (!OWNER_WORD.test(key)) return undefined;
    const rows = prepare('SELECT * FROM memory').all() as MemoryRow[];
    return rows.find((each) => normaliseKey(each.label) === key);
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
