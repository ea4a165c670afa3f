import { statSync } from 'node:fs';
import { schemaVersion } from './migrations.js';
import type { Cartridge } from './open.js';

export interface CartridgeStatus {
  path: string;
  /** Bytes on disk: the database file plus its write-ahead log. */
  sizeBytes: number;
  schemaVersion: number;
  counts: Record<string, number>;
}

const COUNTED_TABLES = [
  'config',
  'memory',
  'notes',
  'blobs',
  'events',
  'audit',
  'tokens',
  'conversations',
  'messages',
] as const;

const fileSize = (path: string) => {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
};

/** Rows of a table a capability makes when first used; 0 before then. */
const countIfThere = (cartridge: Cartridge, table: string) =>
  cartridge.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table)
    ? (cartridge.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number)
    : 0;

/** How many files `fazt learn` has learned (every collection). */
export const learnedDocuments = (cartridge: Cartridge) => countIfThere(cartridge, 'knowledge_files');

/**
 * Where the cartridge is, how big, which schema, and how many rows each store holds.
 * `documents` counts the files `fazt learn` learned (what a person means by their documents);
 * `records` the JSON documents of the generic document store.
 */
export function cartridgeStatus(cartridge: Cartridge): CartridgeStatus {
  // A scratch cartridge answering for one not made yet: the status is the missing one's.
  if (cartridge.standsFor !== undefined) return missingStatus(cartridge.standsFor);
  const counts: Record<string, number> = {};
  for (const table of COUNTED_TABLES.slice(0, 3))
    counts[table] = cartridge.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  counts.documents = learnedDocuments(cartridge);
  counts.records = cartridge.prepare('SELECT count(*) FROM documents').pluck().get() as number;
  for (const table of COUNTED_TABLES.slice(3)) {
    const where = table === 'blobs' ? ' WHERE sha256 IS NOT NULL' : '';
    counts[table] = (
      cartridge.prepare(`SELECT count(*) AS n FROM ${table}${where}`).get() as { n: number }
    ).n;
  }
  return {
    path: cartridge.path,
    sizeBytes: fileSize(cartridge.path) + fileSize(`${cartridge.path}-wal`),
    schemaVersion: schemaVersion(cartridge.db),
    counts,
  };
}

/** The status of a cartridge not made yet: no bytes, schema 0, every count 0. */
export function missingStatus(path: string): CartridgeStatus {
  return {
    path,
    sizeBytes: 0,
    schemaVersion: 0,
    counts: Object.fromEntries(COUNTED_TABLES.map((table) => [table, 0])),
  };
}
