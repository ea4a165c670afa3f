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
  'documents',
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

/** Where the cartridge is, how big, which schema, and how many rows each store holds. */
export function cartridgeStatus(cartridge: Cartridge): CartridgeStatus {
  const counts: Record<string, number> = {};
  for (const table of COUNTED_TABLES) {
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
