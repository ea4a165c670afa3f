import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { testCartridge, testDir } from '../test/helpers/runtime.js';
import { createMemoryStore } from '../tools/memory/store.js';
import { BLOB_CHUNK_SIZE } from './blobs.js';
import { CartridgeError, UsageError } from './errors.js';
import type { Cartridge } from './open.js';
import { openCartridge } from './open.js';

const sha = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

async function readAll(stream: Readable): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const part of stream) parts.push(part as Buffer);
  return Buffer.concat(parts);
}

/** Yields `data` in pieces of `size` bytes, as a network or pipe would. */
async function* pieces(data: Buffer, size: number): AsyncGenerator<Buffer> {
  for (let offset = 0; offset < data.length; offset += size) yield data.subarray(offset, offset + size);
}

const rows = (cartridge: Cartridge) => ({
  staging: (cartridge.prepare('SELECT count(*) AS n FROM blobs WHERE sha256 IS NULL').get() as { n: number })
    .n,
  chunks: (cartridge.prepare('SELECT count(*) AS n FROM blob_chunks').get() as { n: number }).n,
});

const addStaging = (cartridge: Cartridge, pid: number | null) =>
  Number(
    cartridge
      .prepare('INSERT INTO blobs (sha256, size, created_at, staging_pid) VALUES (NULL, 0, 0, ?)')
      .run(pid).lastInsertRowid,
  );

/** The pid of a process that has certainly exited. */
function deadPid(): number {
  const { pid } = spawnSync(process.execPath, ['-e', '0']);
  return pid!;
}

describe('blob store', () => {
  it('imports a stream in 1 MiB chunks whatever the piece size, and reads back the same bytes', async () => {
    const cartridge = testCartridge();
    const data = randomBytes(BLOB_CHUNK_SIZE * 2 + 12_345);
    const result = await cartridge.blobs.importStream(pieces(data, 65_537));
    expect(result).toEqual({ sha256: sha(data), size: data.length, existed: false });
    expect(rows(cartridge)).toEqual({ staging: 0, chunks: 3 });
    const sizes = cartridge.prepare('SELECT length(data) AS n FROM blob_chunks ORDER BY seq').all();
    expect(sizes).toEqual([{ n: BLOB_CHUNK_SIZE }, { n: BLOB_CHUNK_SIZE }, { n: 12_345 }]);
    expect(sha(await readAll(cartridge.blobs.openReadStream(result.sha256)))).toBe(sha(data));
    expect(cartridge.blobs.stat(result.sha256)).toMatchObject({ sha256: result.sha256, size: data.length });
  });

  it('stores identical content once', async () => {
    const cartridge = testCartridge();
    const data = randomBytes(BLOB_CHUNK_SIZE + 1);
    const first = await cartridge.blobs.importStream(pieces(data, 4096));
    const second = await cartridge.blobs.importStream(pieces(data, BLOB_CHUNK_SIZE * 4));
    expect(second).toEqual({ ...first, existed: true });
    expect(cartridge.blobs.count()).toBe(1);
    expect(rows(cartridge)).toEqual({ staging: 0, chunks: 2 });
  });

  it('imports files by path, including an empty one and a string stream', async () => {
    const cartridge = testCartridge();
    const dir = testDir();
    const file = join(dir, 'photo.jpg');
    const data = randomBytes(3 * BLOB_CHUNK_SIZE);
    writeFileSync(file, data);
    expect(await cartridge.blobs.importFile(file)).toEqual({
      sha256: sha(data),
      size: data.length,
      existed: false,
    });
    writeFileSync(join(dir, 'empty'), '');
    const empty = await cartridge.blobs.importFile(join(dir, 'empty'));
    expect(empty).toEqual({ sha256: sha(Buffer.alloc(0)), size: 0, existed: false });
    expect((await readAll(cartridge.blobs.openReadStream(empty.sha256))).length).toBe(0);
    const text = await cartridge.blobs.importStream(Readable.from(['héllo ', 'wörld']));
    expect(text.sha256).toBe(sha(Buffer.from('héllo wörld')));
    expect(cartridge.blobs.list().map((blob) => blob.size)).toEqual([13, 0, data.length]);
    expect(cartridge.blobs.list({ limit: 1, offset: 1 }).map((blob) => blob.size)).toEqual([0]);
  });

  it('refuses a missing path or a folder with a usage error, storing nothing', async () => {
    const cartridge = testCartridge();
    const dir = testDir();
    await expect(cartridge.blobs.importFile(join(dir, 'nope.pdf'))).rejects.toThrow(
      /Cannot read .*nope\.pdf/,
    );
    await expect(cartridge.blobs.importFile(dir)).rejects.toThrow(UsageError);
    expect(cartridge.prepare('SELECT count(*) AS n FROM blobs').get()).toEqual({ n: 0 });
  });

  it('removes the partial rows when the source fails halfway', async () => {
    const cartridge = testCartridge();
    async function* failing() {
      yield randomBytes(BLOB_CHUNK_SIZE * 2);
      throw new Error('disk unplugged');
    }
    await expect(cartridge.blobs.importStream(failing())).rejects.toThrow('disk unplugged');
    expect(rows(cartridge)).toEqual({ staging: 0, chunks: 0 });
    expect(cartridge.blobs.count()).toBe(0);
  });

  it('stops and cleans up when aborted', async () => {
    const cartridge = testCartridge();
    const controller = new AbortController();
    async function* endless() {
      for (let index = 0; ; index++) {
        if (index === 3) controller.abort(new Error('cancelled by the person'));
        yield Buffer.alloc(BLOB_CHUNK_SIZE, index);
      }
    }
    await expect(cartridge.blobs.importStream(endless(), { signal: controller.signal })).rejects.toThrow(
      'cancelled by the person',
    );
    expect(rows(cartridge)).toEqual({ staging: 0, chunks: 0 });
  });

  it('runs onStored inside the final transaction: if it fails, the blob is not kept', async () => {
    const cartridge = testCartridge();
    const data = randomBytes(1000);
    await expect(
      cartridge.blobs.importStream(pieces(data, 100), {
        onStored: () => {
          createMemoryStore(cartridge).remember('side effect', 'written');
          throw new Error('event refused');
        },
      }),
    ).rejects.toThrow('event refused');
    expect(cartridge.blobs.has(sha(data))).toBe(false);
    expect(createMemoryStore(cartridge).count()).toBe(0);
    expect(rows(cartridge)).toEqual({ staging: 0, chunks: 0 });

    const stored: unknown[] = [];
    const result = await cartridge.blobs.importStream(pieces(data, 100), { onStored: (r) => stored.push(r) });
    expect(stored).toEqual([result]);
  });

  it('never lets its chunk writes slip into another async writer’s open transaction', async () => {
    const cartridge = testCartridge();
    const data = randomBytes(BLOB_CHUNK_SIZE * 4);
    async function* slow() {
      for await (const piece of pieces(data, BLOB_CHUNK_SIZE / 2)) {
        await sleep(2);
        yield piece;
      }
    }
    const importing = cartridge.blobs.importStream(slow());
    const other = cartridge.exclusive(async () => {
      cartridge.db.prepare('BEGIN IMMEDIATE').run();
      createMemoryStore(cartridge).remember('rolled back', 'yes');
      await sleep(30);
      cartridge.db.prepare('ROLLBACK').run();
    });
    const [result] = await Promise.all([importing, other]);
    expect(createMemoryStore(cartridge).count()).toBe(0);
    expect(sha(await readAll(cartridge.blobs.openReadStream(result.sha256)))).toBe(sha(data));
  });

  it('refuses to start inside an open transaction (it commits in steps)', async () => {
    const cartridge = testCartridge();
    cartridge.db.prepare('BEGIN').run();
    try {
      await expect(cartridge.blobs.importStream(pieces(Buffer.from('x'), 1))).rejects.toThrow(CartridgeError);
    } finally {
      cartridge.db.prepare('ROLLBACK').run();
    }
  });

  it('sweeps staging rows of dead processes on open, but never a live import', async () => {
    const first = testCartridge();
    const dead = addStaging(first, deadPid());
    first
      .prepare('INSERT INTO blob_chunks (blob_id, seq, data) VALUES (?, 0, ?)')
      .run(dead, randomBytes(100));
    const orphanOfThisPid = addStaging(first, process.pid);
    const otherLive = addStaging(first, process.ppid);
    const unknown = addStaging(first, null);

    // A real import in this process, paused halfway while the cartridge is opened again.
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    async function* paused() {
      yield randomBytes(BLOB_CHUNK_SIZE);
      await gate;
      yield randomBytes(10);
    }
    const importing = first.blobs.importStream(paused());
    while (rows(first).chunks < 2) await sleep(5);

    const second = testCartridge({ path: first.path });
    const left = (
      second.prepare('SELECT id FROM blobs WHERE sha256 IS NULL ORDER BY id').all() as { id: number }[]
    )
      .map((row) => row.id)
      .filter((id) => [dead, orphanOfThisPid, otherLive, unknown].includes(id));
    expect(left).toEqual([otherLive]);
    expect(rows(second).staging).toBe(2);
    expect(second.blobs.sweepStaging()).toBe(0);

    release();
    const result = await importing;
    expect(result.size).toBe(BLOB_CHUNK_SIZE + 10);
    expect(second.blobs.has(result.sha256)).toBe(true);
    expect(rows(second)).toEqual({ staging: 1, chunks: 2 });
  });

  it('deletes a blob with its chunks, and reports a damaged one while reading', async () => {
    const cartridge = testCartridge();
    const kept = await cartridge.blobs.importStream(
      pieces(randomBytes(BLOB_CHUNK_SIZE * 2), BLOB_CHUNK_SIZE),
    );
    const damaged = await cartridge.blobs.importStream(
      pieces(randomBytes(BLOB_CHUNK_SIZE * 2), BLOB_CHUNK_SIZE),
    );
    cartridge
      .prepare('DELETE FROM blob_chunks WHERE seq = 1 AND blob_id = (SELECT id FROM blobs WHERE sha256 = ?)')
      .run(damaged.sha256);
    await expect(readAll(cartridge.blobs.openReadStream(damaged.sha256))).rejects.toThrow(
      /ended after 1048576 of 2097152 bytes/,
    );

    expect(cartridge.blobs.delete(kept.sha256.toUpperCase())).toBe(true);
    expect(cartridge.blobs.delete(kept.sha256)).toBe(false);
    expect(cartridge.blobs.has(kept.sha256)).toBe(false);
    expect(rows(cartridge).chunks).toBe(1);
    expect(() => cartridge.blobs.openReadStream(kept.sha256)).toThrow(/no blob/);
    expect(() => cartridge.blobs.stat('not-a-hash')).toThrow(/64-character hex sha256/);
  });

  it('keeps blobs across reopening', async () => {
    const cartridge = testCartridge();
    const data = randomBytes(5000);
    const { sha256 } = await cartridge.blobs.importStream(pieces(data, 999));
    cartridge.close();
    const again = openCartridge(cartridge.path);
    try {
      expect((await readAll(again.blobs.openReadStream(sha256))).equals(data)).toBe(true);
    } finally {
      again.close();
    }
  });
});
