import { ConflictError } from './errors.js';
import type { Cartridge } from './open.js';

/**
 * Which blobs something still refers to, so deleting one owner (an app, a photo) frees exactly
 * the blobs only it used and never one another owner shares.
 *
 * Convention (every capability follows it; see cartridge/AGENTS.md): a column that holds a blob
 * id is named `sha256` or ends in `_sha256`. Every such column of every table in the cartridge
 * counts, whichever capability made it and whether or not it is loaded; a column that holds a
 * content hash without storing the bytes (knowledge_files.sha256) only makes this keep a blob
 * longer, never lose one. A blob the person stored directly (`blobs_import`, whose
 * `blob.stored` event names it) is theirs and counts as referred to as well.
 */

/** Blob ids per `IN (…)` query: far below SQLite's 32766 bound parameters. */
const BATCH = 500;

/** Every `sha256` / `*_sha256` column outside the blob store's own tables. */
export function blobColumns(cartridge: Cartridge): { table: string; column: string }[] {
  const tables = cartridge
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT IN ('blobs', 'blob_chunks') ORDER BY name",
    )
    .all() as { name: string }[];
  const columns: { table: string; column: string }[] = [];
  for (const { name } of tables) {
    const info = cartridge.db.pragma(`table_info("${name.replaceAll('"', '""')}")`) as { name: string }[];
    for (const column of info) {
      if (column.name === 'sha256' || column.name.endsWith('_sha256'))
        columns.push({ table: name, column: column.name });
    }
  }
  return columns;
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** The ids among `candidates` that some row (or a direct import) still refers to. */
export function referencedBlobs(cartridge: Cartridge, candidates: Iterable<string>): Set<string> {
  const ids = [...new Set(candidates)];
  const used = new Set<string>();
  const columns = blobColumns(cartridge);
  for (let start = 0; start < ids.length; start += BATCH) {
    const batch = ids.slice(start, start + BATCH);
    const marks = batch.map(() => '?').join(', ');
    for (const { table, column } of columns) {
      const rows = cartridge
        .prepare(
          `SELECT DISTINCT ${quote(column)} AS id FROM ${quote(table)} WHERE ${quote(column)} IN (${marks})`,
        )
        .all(...batch) as { id: string }[];
      for (const row of rows) used.add(row.id);
    }
    const stored = cartridge
      .prepare(
        `SELECT DISTINCT json_extract(data, '$.sha256') AS id FROM events WHERE type = 'blob.stored' AND json_extract(data, '$.sha256') IN (${marks})`,
      )
      .all(...batch) as { id: string }[];
    for (const row of stored) used.add(row.id);
  }
  return used;
}

/**
 * Deletes the blobs among `candidates` that nothing refers to any more (call it after deleting
 * the owner's rows, inside the same transaction). Returns what was freed.
 */
export function deleteUnreferencedBlobs(
  cartridge: Cartridge,
  candidates: Iterable<string>,
): { blobs: number; bytes: number } {
  const ids = [...new Set(candidates)];
  const used = referencedBlobs(cartridge, ids);
  let blobs = 0;
  let bytes = 0;
  for (const id of ids) {
    if (used.has(id)) continue;
    const size = cartridge.blobs.stat(id)?.size;
    if (size === undefined) continue;
    if (cartridge.blobs.delete(id)) {
      blobs += 1;
      bytes += size;
    }
  }
  return { blobs, bytes };
}

/**
 * How old an unreferenced blob must be before a sweep takes it: a deploy or import running in
 * another process stores its blobs in their own steps and names them only at its end, so a blob
 * younger than this may be about to be referred to. 10 minutes, in ms.
 */
export const SWEEP_GRACE_MS = 10 * 60 * 1000;

/**
 * Deletes every stored blob that nothing refers to and that is older than `graceMs`: what a
 * killed deploy or import left behind (kill -9 between its blob steps and its last transaction).
 * Call it inside a transaction. Cost: one indexed lookup per blob column per 500 blobs.
 */
export function sweepUnreferencedBlobs(
  cartridge: Cartridge,
  { graceMs = SWEEP_GRACE_MS, now = Date.now() }: { graceMs?: number; now?: number } = {},
): { blobs: number; bytes: number } {
  const old = cartridge
    .prepare('SELECT sha256 FROM blobs WHERE sha256 IS NOT NULL AND created_at <= ?')
    .all(now - graceMs) as { sha256: string }[];
  return deleteUnreferencedBlobs(
    cartridge,
    old.map((row) => row.sha256),
  );
}

/**
 * Throws a ConflictError unless every blob in `ids` is stored. Call it in the transaction that
 * starts naming blobs imported earlier in their own steps: another process may have deleted an
 * owner that used the same bytes in between (`deleteUnreferencedBlobs`), and a row must never
 * name a blob that is gone.
 */
export function requireBlobs(cartridge: Cartridge, ids: Iterable<string>, what: string): void {
  const missing = [...new Set(ids)].filter((id) => !cartridge.blobs.has(id));
  if (missing.length === 0) return;
  throw new ConflictError(
    `${missing.length} stored file${missing.length === 1 ? '' : 's'} of ${what} ${missing.length === 1 ? 'was' : 'were'} deleted by another fazt process while this ran (it deleted something that used the same bytes). Nothing was changed; run it again.`,
    { code: 'blob_gone' },
  );
}
