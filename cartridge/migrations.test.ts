import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { testCartridge, testDir } from '../test/helpers/runtime.js';
import { createMemoryStore } from '../tools/memory/store.js';
import { CartridgeError } from './errors.js';
import { FAZT_APPLICATION_ID, migrations, SCHEMA_VERSION, schemaVersion } from './migrations.js';
import { openCartridge } from './open.js';

const digest = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

function refusal(path: string): CartridgeError {
  try {
    openCartridge(path).close();
  } catch (error) {
    if (CartridgeError.isInstance(error)) return error;
    throw error;
  }
  throw new Error(`openCartridge(${path}) did not refuse`);
}

describe('migrations', () => {
  it('creates every table of the current schema on a new cartridge, in WAL mode', () => {
    const cartridge = testCartridge();
    expect(schemaVersion(cartridge.db)).toBe(SCHEMA_VERSION);
    expect(migrations.map((migration) => migration.version)).toEqual(
      Array.from({ length: migrations.length }, (_, index) => index + 1),
    );
    const tables = (
      cartridge.db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").all() as { name: string }[]
    ).map((row) => row.name);
    for (const table of ['config', 'memory', 'notes', 'notes_fts', 'documents', 'blobs', 'blob_chunks']) {
      expect(tables).toContain(table);
    }
    for (const table of ['events', 'audit', 'tokens', 'conversations', 'messages'])
      expect(tables).toContain(table);
    expect(cartridge.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(cartridge.db.pragma('foreign_keys', { simple: true })).toBe(1);
  });

  it('reopening a current cartridge changes nothing and keeps the data', () => {
    const cartridge = testCartridge();
    createMemoryStore(cartridge).remember('a', 'b');
    cartridge.close();
    const again = openCartridge(cartridge.path);
    try {
      expect(schemaVersion(again.db)).toBe(SCHEMA_VERSION);
      expect(createMemoryStore(again).get('a')?.value).toBe('b');
    } finally {
      again.close();
    }
  });

  it('upgrades a v1 cartridge: blob chunks move to a rowid table with every byte kept', async () => {
    const path = join(testDir(), 'v1.db');
    const db = new BetterSqlite3(path);
    db.pragma('journal_mode = WAL');
    db.transaction(() => {
      migrations[0]!.up(db);
      db.pragma('user_version = 1');
    })();
    const data = Buffer.from('hello from schema v1');
    const sha256 = createHash('sha256').update(data).digest('hex');
    db.prepare('INSERT INTO blobs (id, sha256, size, created_at) VALUES (1, ?, ?, 0)').run(
      sha256,
      data.length,
    );
    db.prepare('INSERT INTO blob_chunks (blob_id, seq, data) VALUES (1, 0, ?)').run(data);
    db.close();

    const cartridge = openCartridge(path);
    try {
      expect(schemaVersion(cartridge.db)).toBe(SCHEMA_VERSION);
      const { sql } = cartridge.db
        .prepare("SELECT sql FROM sqlite_schema WHERE name = 'blob_chunks'")
        .get() as {
        sql: string;
      };
      expect(sql).not.toMatch(/WITHOUT ROWID/);
      const parts: Buffer[] = [];
      for await (const part of cartridge.blobs.openReadStream(sha256)) parts.push(part as Buffer);
      expect(Buffer.concat(parts).toString()).toBe('hello from schema v1');
      expect(cartridge.blobs.delete(sha256)).toBe(true);
      expect(cartridge.db.prepare('SELECT count(*) AS n FROM blob_chunks').get()).toEqual({ n: 0 });
      expect(cartridge.db.pragma('foreign_key_check')).toEqual([]);
    } finally {
      cartridge.close();
    }
  });

  it('refuses a cartridge with a newer schema with a clear message, leaving its bytes unchanged', () => {
    const path = join(testDir(), 'newer.db');
    const db = new BetterSqlite3(path);
    // A newer fazt's cartridge carries fazt's application id (a file with no tables of fazt's and
    // no id is another program's database: see 'refuses a SQLite file that is not a cartridge').
    db.pragma(`application_id = ${FAZT_APPLICATION_ID}`);
    db.exec("CREATE TABLE future (x TEXT); INSERT INTO future VALUES ('from a newer fazt');");
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    const before = digest(path);

    const error = refusal(path);
    expect(error.code).toBe('cartridge_too_new');
    expect(error.message).toContain(`schema version ${SCHEMA_VERSION + 1}`);
    expect(error.message).toMatch(/newer fazt; upgrade fazt.*Nothing was changed/);
    expect(digest(path)).toBe(before);
    expect(existsSync(`${path}-wal`)).toBe(false);
    expect(existsSync(`${path}-journal`)).toBe(false);
  });

  it('refuses a newer WAL-mode cartridge too, without touching the database file', () => {
    const path = join(testDir(), 'newer-wal.db');
    const db = new BetterSqlite3(path);
    db.pragma('journal_mode = WAL');
    // An older fazt's cartridge has no application id: it is recognised by its config and memory tables.
    db.exec('CREATE TABLE config (x TEXT); CREATE TABLE memory (x TEXT); CREATE TABLE future (x TEXT)');
    db.pragma(`user_version = ${SCHEMA_VERSION + 5}`);
    db.close();
    const before = digest(path);
    expect(refusal(path).code).toBe('cartridge_too_new');
    expect(digest(path)).toBe(before);
  });

  it('refuses a SQLite file that is not a cartridge, byte for byte unchanged, whatever its user_version', () => {
    const dir = testDir();
    for (const [name, version] of [
      ['firefox.db', 0],
      ['foreign-v7.db', 7],
    ] as const) {
      const path = join(dir, name);
      const db = new BetterSqlite3(path);
      db.exec(
        "CREATE TABLE firefox_history (url TEXT); INSERT INTO firefox_history VALUES ('https://example.org');",
      );
      db.pragma(`user_version = ${version}`);
      db.close();
      const before = digest(path);
      const error = refusal(path);
      expect(error.code).toBe('cartridge_not_fazt');
      expect(error.message).toBe(
        `${path} is a SQLite file but not a fazt cartridge (it has tables: firefox_history); point FAZT_CARTRIDGE (or --cartridge) at a fazt cartridge or a new file. Nothing was changed.`,
      );
      expect(error.message).not.toMatch(/newer fazt/);
      expect(digest(path)).toBe(before);
    }

    // Another program's empty database, told apart by its application id alone.
    const other = join(dir, 'other-app.db');
    const db = new BetterSqlite3(other);
    db.pragma('application_id = 1196444487'); // GeoPackage's "GPKG"
    db.close();
    const before = digest(other);
    expect(refusal(other).message).toMatch(
      /not a fazt cartridge \(its application id is 1196444487, not fazt's\)/,
    );
    expect(digest(other)).toBe(before);
  });

  it("marks a new cartridge with fazt's application id, and still opens an older one that has none", () => {
    const cartridge = testCartridge();
    expect(cartridge.db.pragma('application_id', { simple: true })).toBe(FAZT_APPLICATION_ID);
    cartridge.db.pragma('application_id = 0');
    const path = cartridge.path;
    cartridge.close();
    const again = openCartridge(path);
    expect(schemaVersion(again.db)).toBe(SCHEMA_VERSION);
    again.close();
  });

  it('refuses a file that is not a database, unchanged, and a missing one when it must exist', () => {
    const dir = testDir();
    const path = join(dir, 'notes.txt');
    writeFileSync(path, 'just some text, not SQLite\n'.repeat(100));
    const before = digest(path);
    const error = refusal(path);
    expect(error.code).toBe('cartridge_unusable');
    expect(error.message).toMatch(/not a usable fazt cartridge/);
    expect(digest(path)).toBe(before);

    expect(() => openCartridge(join(dir, 'missing.db'), { mustExist: true })).toThrow(/No cartridge at/);
    expect(existsSync(join(dir, 'missing.db'))).toBe(false);
  });
});
