import { createHash } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { open, stat as statFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Readable } from 'node:stream';
import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { forgetStaging, isStagingLive, markStaging } from './blob-staging.js';
import { CartridgeError, UsageError } from './errors.js';
import { pathProblem } from './paths.js';
import type { Prepare } from './statements.js';
import type { WriteLock } from './write-lock.js';

/** Blobs are stored as rows of this many bytes (the last one may be shorter). */
export const BLOB_CHUNK_SIZE = 1024 * 1024;

/** A stored blob as the store and the blob tools return it: the only declaration of its shape. */
export const blobInfo = z.object({
  sha256: z.string(),
  size: z.number().int().describe('Bytes.'),
  createdAt: z.number().int().describe('Unix time in milliseconds.'),
});

export type BlobInfo = z.output<typeof blobInfo>;

export interface BlobImport {
  sha256: string;
  size: number;
  /** The same content was already stored; nothing new was kept. */
  existed: boolean;
}

export interface ImportOptions {
  signal?: AbortSignal;
  /**
   * Runs inside the transaction that makes the blob visible, so whatever it writes (an event)
   * commits with the blob or not at all.
   */
  onStored?: (result: BlobImport) => void;
}

export interface BlobStore {
  /**
   * Streams `source` into the cartridge chunk by chunk (never all of it in memory), committing
   * in small steps. The blob is invisible until the last step names it by its sha256; identical
   * content is kept once. If anything fails, the partial rows are removed.
   */
  importStream(
    source: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>,
    options?: ImportOptions,
  ): Promise<BlobImport>;
  /** Imports the file at `path` (see importStream). */
  importFile(path: string, options?: ImportOptions): Promise<BlobImport>;
  /** A stream that reads the blob chunk by chunk. */
  openReadStream(sha256: string): Readable;
  stat(sha256: string): BlobInfo | undefined;
  has(sha256: string): boolean;
  delete(sha256: string): boolean;
  list(options?: { limit?: number; offset?: number }): BlobInfo[];
  count(): number;
  /** Removes staging rows left by imports whose process is gone. Returns how many it removed. */
  sweepStaging(): number;
}

export interface BlobStoreOptions {
  db: Database;
  prepare: Prepare;
  exclusive: WriteLock;
  transaction<T>(fn: () => T): T;
  /** The cartridge path, to tell this cartridge's imports from other cartridges' in one process. */
  path: string;
}

/** Pages of write-ahead log between checkpoints while a blob is being imported (64 MiB). */
const BULK_CHECKPOINT_PAGES = 16_384;

const SHA256 = /^[0-9a-f]{64}$/;

/** A sha256 as lowercase hex, or a usage error saying what a blob id looks like. */
export function blobId(sha256: string): string {
  const id = sha256.trim().toLowerCase();
  if (!SHA256.test(id)) {
    throw new UsageError(
      `"${sha256}" is not a blob id. A blob id is the 64-character hex sha256 of its content.`,
      {
        code: 'blob_id_invalid',
      },
    );
  }
  return id;
}

interface BlobRow {
  sha256: string;
  size: number;
  created_at: number;
}

const toInfo = (row: BlobRow): BlobInfo => ({
  sha256: row.sha256,
  size: row.size,
  createdAt: row.created_at,
});

/** One name per file, so two opens of the same cartridge agree on which imports are running. */
function canonicalPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

/** Yields the file in BLOB_CHUNK_SIZE pieces, reusing one buffer (each piece is consumed before the next). */
async function* fileChunks(path: string): AsyncGenerator<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.allocUnsafe(BLOB_CHUNK_SIZE);
    for (;;) {
      let filled = 0;
      while (filled < buffer.length) {
        const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, null);
        if (bytesRead === 0) break;
        filled += bytesRead;
      }
      if (filled > 0) yield buffer.subarray(0, filled);
      if (filled < buffer.length) return;
    }
  } finally {
    await handle.close();
  }
}

/** Content-addressed files in the cartridge, written and read as streams of 1 MiB chunks. */
export function createBlobStore({
  db,
  prepare,
  exclusive,
  transaction,
  path: given,
}: BlobStoreOptions): BlobStore {
  const path = canonicalPath(given);
  const step = <T>(fn: () => T): Promise<T> => exclusive(() => transaction(fn));

  // Every page is written twice in WAL mode (log, then checkpoint). Checkpointing every 64 MiB
  // instead of every 4 MiB while an import runs saves a good part of that cost.
  let importing = 0;
  let checkpointPages = 0;
  const beginBulk = () => {
    if (importing++ === 0) {
      checkpointPages = db.pragma('wal_autocheckpoint', { simple: true }) as number;
      db.pragma(`wal_autocheckpoint = ${BULK_CHECKPOINT_PAGES}`);
    }
  };
  const endBulk = () => {
    if (--importing === 0 && db.open) db.pragma(`wal_autocheckpoint = ${checkpointPages}`);
  };

  const removeStaging = (id: number) =>
    prepare('DELETE FROM blobs WHERE id = ? AND sha256 IS NULL').run(id).changes > 0;

  const importStream: BlobStore['importStream'] = async (source, { signal, onStored } = {}) => {
    if (db.inTransaction) {
      throw new CartridgeError(
        'A blob import commits in steps and cannot run inside another transaction. Run it from a tool declared `transactional: false`.',
        { code: 'blob_import_in_transaction' },
      );
    }
    signal?.throwIfAborted();
    const id = await step(() => {
      const staging = Number(
        prepare('INSERT INTO blobs (sha256, size, created_at, staging_pid) VALUES (NULL, 0, ?, ?)').run(
          Date.now(),
          process.pid,
        ).lastInsertRowid,
      );
      // Marked before anything else can run, so a sweep in this process never takes it for dead.
      markStaging(path, staging);
      return staging;
    });
    beginBulk();
    try {
      const hash = createHash('sha256');
      const pending = Buffer.allocUnsafe(BLOB_CHUNK_SIZE);
      let filled = 0;
      let seq = 0;
      let size = 0;
      const insert = prepare('INSERT INTO blob_chunks (blob_id, seq, data) VALUES (?, ?, ?)');
      const flush = async () => {
        const data = pending.subarray(0, filled);
        const at = seq++;
        await step(() => insert.run(id, at, data));
        filled = 0;
      };

      for await (const piece of source) {
        signal?.throwIfAborted();
        const bytes = typeof piece === 'string' ? Buffer.from(piece) : piece;
        hash.update(bytes);
        size += bytes.length;
        let offset = 0;
        while (offset < bytes.length) {
          const taken = Math.min(bytes.length - offset, BLOB_CHUNK_SIZE - filled);
          pending.set(bytes.subarray(offset, offset + taken), filled);
          filled += taken;
          offset += taken;
          if (filled === BLOB_CHUNK_SIZE) await flush();
        }
      }
      if (filled > 0) await flush();
      signal?.throwIfAborted();

      const sha256 = hash.digest('hex');
      return await step(() => {
        const existing = prepare('SELECT id FROM blobs WHERE sha256 = ?').get(sha256);
        if (existing) removeStaging(id);
        else
          prepare('UPDATE blobs SET sha256 = ?, size = ?, staging_pid = NULL WHERE id = ?').run(
            sha256,
            size,
            id,
          );
        const result = { sha256, size, existed: existing !== undefined };
        onStored?.(result);
        return result;
      });
    } catch (error) {
      try {
        await step(() => removeStaging(id));
      } catch {
        // Left for the sweep on the next open; the original error matters more.
      }
      throw error;
    } finally {
      forgetStaging(path, id);
      endBulk();
    }
  };

  const stat = (sha256: string): BlobInfo | undefined => {
    const row = prepare('SELECT sha256, size, created_at FROM blobs WHERE sha256 = ?').get(blobId(sha256)) as
      | BlobRow
      | undefined;
    return row && toInfo(row);
  };

  return {
    importStream,

    async importFile(file, options) {
      let info: Awaited<ReturnType<typeof statFile>>;
      try {
        info = await statFile(file);
      } catch (error) {
        throw new UsageError(
          `Cannot read the file to import: ${pathProblem(file, error)}. Check the path and try again.`,
          {
            code: 'blob_source_missing',
            cause: error,
          },
        );
      }
      if (!info.isFile()) {
        throw new UsageError(`${file} is not a regular file. Give the path of a file to import.`, {
          code: 'blob_source_not_file',
        });
      }
      try {
        return await importStream(fileChunks(file), options);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (!(error instanceof Error) || !/^E[A-Z]+$/.test(String(code))) throw error;
        throw new UsageError(
          `Cannot read the file to import: ${pathProblem(file, error)}. Nothing was stored.`,
          {
            code: 'blob_source_unreadable',
            cause: error,
          },
        );
      }
    },

    openReadStream(sha256) {
      const id = blobId(sha256);
      const row = prepare('SELECT id, size FROM blobs WHERE sha256 = ?').get(id) as
        | { id: number; size: number }
        | undefined;
      if (!row) {
        throw new UsageError(`There is no blob ${id} in this cartridge.`, { code: 'blob_missing' });
      }
      const chunk = prepare('SELECT data FROM blob_chunks WHERE blob_id = ? AND seq = ?');
      let seq = 0;
      let read = 0;
      return new Readable({
        highWaterMark: BLOB_CHUNK_SIZE,
        read() {
          if (read >= row.size) {
            this.push(null);
            return;
          }
          const next = chunk.get(row.id, seq++) as { data: Buffer } | undefined;
          if (!next) {
            this.destroy(
              new CartridgeError(
                `Blob ${id} was deleted or is damaged: it ended after ${read} of ${row.size} bytes.`,
                {
                  code: 'blob_truncated',
                },
              ),
            );
            return;
          }
          read += next.data.length;
          this.push(next.data);
        },
      });
    },

    stat,

    has(sha256) {
      return stat(sha256) !== undefined;
    },

    delete(sha256) {
      return prepare('DELETE FROM blobs WHERE sha256 = ?').run(blobId(sha256)).changes > 0;
    },

    list({ limit = 100, offset = 0 } = {}) {
      const rows = prepare(
        'SELECT sha256, size, created_at FROM blobs WHERE sha256 IS NOT NULL ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?',
      ).all(limit, offset) as BlobRow[];
      return rows.map(toInfo);
    },

    count() {
      return (prepare('SELECT count(*) AS n FROM blobs WHERE sha256 IS NOT NULL').get() as { n: number }).n;
    },

    sweepStaging() {
      const rows = prepare('SELECT id, staging_pid FROM blobs WHERE sha256 IS NULL').all() as {
        id: number;
        staging_pid: number | null;
      }[];
      const stale = rows.filter((row) => !isStagingLive(path, row.id, row.staging_pid));
      if (stale.length === 0) return 0;
      return transaction(() => stale.filter((row) => removeStaging(row.id)).length);
    },
  };
}
