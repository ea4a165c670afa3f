import { Readable } from 'node:stream';
import { BLOB_CHUNK_SIZE } from '../../../cartridge/blobs.js';
import { CartridgeError } from '../../../cartridge/errors.js';
import type { Cartridge } from '../../../cartridge/open.js';

/** Blobs up to this size are kept in memory once read (content-addressed: a copy is never stale). */
const CACHE_ITEM_MAX = 1024 * 1024;

/**
 * Reads blobs for serving: whole small blobs from an LRU memory cache (64 MiB by default), byte
 * ranges of any blob as a stream of chunk slices read straight from `blob_chunks`.
 */
export function createBlobReader(cartridge: Cartridge, budget = 64 * 1024 * 1024) {
  const cache = new Map<string, Buffer>();
  let cached = 0;
  const blobRow = (sha256: string) =>
    cartridge.prepare('SELECT id, size FROM blobs WHERE sha256 = ?').get(sha256) as
      | { id: number; size: number }
      | undefined;
  const missing = (sha256: string) =>
    new CartridgeError(`Blob ${sha256} is missing from the cartridge; redeploy the app.`, {
      code: 'blob_missing',
    });

  /** Bytes `start`..`end` (inclusive) of a blob, chunk by chunk. */
  const stream = (sha256: string, start: number, end: number): Readable => {
    const row = blobRow(sha256);
    if (!row) throw missing(sha256);
    const slice = cartridge.prepare(
      'SELECT substr(data, ?, ?) AS data FROM blob_chunks WHERE blob_id = ? AND seq = ?',
    );
    let position = start;
    return new Readable({
      read() {
        if (position > end) {
          this.push(null);
          return;
        }
        const seq = Math.floor(position / BLOB_CHUNK_SIZE);
        const offset = position - seq * BLOB_CHUNK_SIZE;
        const length = Math.min(BLOB_CHUNK_SIZE - offset, end - position + 1);
        const next = slice.get(offset + 1, length, row.id, seq) as { data: Buffer | null } | undefined;
        if (!next?.data || next.data.length === 0) {
          this.destroy(missing(sha256));
          return;
        }
        position += next.data.length;
        this.push(next.data);
      },
    });
  };

  return {
    /** The whole blob in memory when it is small enough to cache, else undefined. */
    small(sha256: string, size: number): Buffer | undefined {
      const hit = cache.get(sha256);
      if (hit) {
        cache.delete(sha256);
        cache.set(sha256, hit);
        return hit;
      }
      if (size > CACHE_ITEM_MAX) return undefined;
      const row = blobRow(sha256);
      if (!row) throw missing(sha256);
      const parts = (
        cartridge.prepare('SELECT data FROM blob_chunks WHERE blob_id = ? ORDER BY seq').all(row.id) as {
          data: Buffer;
        }[]
      ).map((part) => part.data);
      const data = parts.length === 1 ? parts[0]! : Buffer.concat(parts);
      if (data.length !== row.size) throw missing(sha256);
      cache.set(sha256, data);
      cached += data.length;
      for (const [key, value] of cache) {
        if (cached <= budget) break;
        cache.delete(key);
        cached -= value.length;
      }
      return data;
    },
    stream,
  };
}

export type BlobReader = ReturnType<typeof createBlobReader>;
