import { describe, expect, it } from 'vitest';
import { testCartridge } from '../test/helpers/runtime.js';
import {
  blobColumns,
  deleteUnreferencedBlobs,
  referencedBlobs,
  requireBlobs,
  SWEEP_GRACE_MS,
  sweepUnreferencedBlobs,
} from './blob-references.js';
import { ConflictError } from './errors.js';

describe('blob references', () => {
  it('a sweep frees what nothing refers to once it is older than the grace, and nothing else', async () => {
    const cartridge = testCartridge();
    const ids: string[] = [];
    for (const text of ['left by a killed deploy', 'named by a row', 'imported directly', 'just stored']) {
      ids.push((await cartridge.blobs.importStream([Buffer.from(text)])).sha256);
    }
    const [orphan, named, direct, fresh] = ids as [string, string, string, string];
    cartridge.db.exec('CREATE TABLE sweep_test (id INTEGER PRIMARY KEY, sha256 TEXT)');
    cartridge.db.prepare('INSERT INTO sweep_test (sha256) VALUES (?)').run(named);
    cartridge.db
      .prepare("INSERT INTO events (type, source, data, ts) VALUES ('blob.stored', 'test', json(?), 0)")
      .run(JSON.stringify({ sha256: direct, size: 1, existed: false }));
    const old = Date.now() - SWEEP_GRACE_MS - 1000;
    cartridge.db
      .prepare(`UPDATE blobs SET created_at = ? WHERE sha256 IN (?, ?, ?)`)
      .run(old, orphan, named, direct);
    const freed = cartridge.transaction(() => sweepUnreferencedBlobs(cartridge));
    expect(freed).toEqual({ blobs: 1, bytes: 'left by a killed deploy'.length });
    expect(ids.map((id) => cartridge.blobs.has(id))).toEqual([false, true, true, true]);
    // Once the fresh one is old enough and still unnamed, it goes too.
    expect(
      cartridge.transaction(() => sweepUnreferencedBlobs(cartridge, { graceMs: 0, now: Date.now() + 1 })),
    ).toEqual({
      blobs: 1,
      bytes: 'just stored'.length,
    });
    expect(cartridge.blobs.has(fresh)).toBe(false);
  });

  it('any table’s sha256 / *_sha256 column keeps a blob, loaded capability or not; the rest are freed', async () => {
    const cartridge = testCartridge();
    const ids: string[] = [];
    for (const text of ['owned', 'named by another table', 'imported directly', 'named twice']) {
      ids.push((await cartridge.blobs.importStream([Buffer.from(text)])).sha256);
    }
    const [owned, other, direct, twice] = ids as [string, string, string, string];
    cartridge.db.exec('CREATE TABLE "odd ""table" (id INTEGER PRIMARY KEY, cover_sha256 TEXT, note TEXT)');
    cartridge.db
      .prepare('INSERT INTO "odd ""table" (cover_sha256, note) VALUES (?, ?), (?, ?)')
      .run(other, 'a', twice, 'b');
    cartridge.db.prepare('INSERT INTO "odd ""table" (cover_sha256, note) VALUES (?, ?)').run(twice, 'c');
    cartridge.db
      .prepare("INSERT INTO events (type, source, data, ts) VALUES ('blob.stored', 'test', json(?), 0)")
      .run(JSON.stringify({ sha256: direct, size: 1, existed: false }));
    expect(blobColumns(cartridge)).toContainEqual({ table: 'odd "table', column: 'cover_sha256' });
    expect(referencedBlobs(cartridge, ids)).toEqual(new Set([other, direct, twice]));
    const freed = cartridge.transaction(() => deleteUnreferencedBlobs(cartridge, [...ids, owned]));
    expect(freed).toEqual({ blobs: 1, bytes: 'owned'.length });
    expect(ids.map((id) => cartridge.blobs.has(id))).toEqual([false, true, true, true]);
    // A row may not start naming a blob that is gone.
    expect(() => requireBlobs(cartridge, [other, owned], 'the test')).toThrow(ConflictError);
    expect(() => requireBlobs(cartridge, [other, owned], 'the test')).toThrow(
      /1 stored file of the test was deleted by another fazt process while this ran .* run it again/,
    );
    expect(() => requireBlobs(cartridge, [other, direct], 'the test')).not.toThrow();
    // Many candidates at once (more than one IN batch).
    const many = Array.from({ length: 1200 }, (_, index) => index.toString(16).padStart(64, '0'));
    expect(referencedBlobs(cartridge, [...many, twice])).toEqual(new Set([twice]));
  });
});
