import type { Database } from 'better-sqlite3';
import { CartridgeError } from './errors.js';

/** One schema step. Migrations only ever append; a shipped step is never edited. */
export interface Migration {
  version: number;
  description: string;
  up: (db: Database) => void;
}

const v1: Migration = {
  version: 1,
  description: 'config, memory, notes (FTS5), documents, blobs, events, audit, tokens, conversations',
  up: (db) =>
    db.exec(`
      CREATE TABLE config (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL CHECK (json_valid(value)),
        updated_at INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE memory (
        key TEXT PRIMARY KEY,
        label TEXT NOT NULL,
        value TEXT NOT NULL CHECK (json_valid(value)),
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE notes (
        id INTEGER PRIMARY KEY,
        text TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      ) STRICT;
      CREATE VIRTUAL TABLE notes_fts USING fts5(
        text, content='notes', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER notes_ai AFTER INSERT ON notes BEGIN
        INSERT INTO notes_fts(rowid, text) VALUES (new.id, new.text);
      END;
      CREATE TRIGGER notes_ad AFTER DELETE ON notes BEGIN
        INSERT INTO notes_fts(notes_fts, rowid, text) VALUES ('delete', old.id, old.text);
      END;
      CREATE TRIGGER notes_au AFTER UPDATE ON notes BEGIN
        INSERT INTO notes_fts(notes_fts, rowid, text) VALUES ('delete', old.id, old.text);
        INSERT INTO notes_fts(rowid, text) VALUES (new.id, new.text);
      END;

      CREATE TABLE documents (
        collection TEXT NOT NULL,
        id TEXT NOT NULL,
        data TEXT NOT NULL CHECK (json_valid(data)),
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        PRIMARY KEY (collection, id)
      ) STRICT;

      -- A blob is visible once sha256 is set; rows still staging (sha256 NULL) belong to an
      -- import in progress or one that died, and are swept on open.
      CREATE TABLE blobs (
        id INTEGER PRIMARY KEY,
        sha256 TEXT UNIQUE,
        size INTEGER NOT NULL DEFAULT 0,
        created_at INTEGER NOT NULL,
        staging_pid INTEGER
      ) STRICT;
      CREATE TABLE blob_chunks (
        blob_id INTEGER NOT NULL REFERENCES blobs(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        data BLOB NOT NULL,
        PRIMARY KEY (blob_id, seq)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        type TEXT NOT NULL,
        source TEXT NOT NULL,
        data TEXT NOT NULL CHECK (json_valid(data)),
        ts INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX events_type_ts ON events(type, ts);
      CREATE INDEX events_ts ON events(ts);

      CREATE TABLE audit (
        id INTEGER PRIMARY KEY,
        ts INTEGER NOT NULL,
        caller_kind TEXT NOT NULL,
        caller_id TEXT,
        tool TEXT NOT NULL,
        input TEXT,
        outcome TEXT NOT NULL,
        error TEXT,
        duration_ms REAL NOT NULL
      ) STRICT;
      CREATE INDEX audit_ts ON audit(ts);
      CREATE INDEX audit_tool ON audit(tool, ts);

      CREATE TABLE tokens (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        hash TEXT NOT NULL UNIQUE,
        scope TEXT NOT NULL CHECK (scope IN ('read', 'write', 'admin')),
        created_at INTEGER NOT NULL,
        expires_at INTEGER,
        revoked_at INTEGER,
        last_used_at INTEGER
      ) STRICT;

      CREATE TABLE conversations (
        id TEXT PRIMARY KEY,
        title TEXT,
        model TEXT,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      ) STRICT;
      CREATE TABLE messages (
        id INTEGER PRIMARY KEY,
        conversation_id TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
        role TEXT NOT NULL,
        content TEXT NOT NULL CHECK (json_valid(content)),
        usage TEXT CHECK (usage IS NULL OR json_valid(usage)),
        created_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX messages_conversation ON messages(conversation_id, id);
    `),
};

/**
 * v1 kept blob chunks in a WITHOUT ROWID table, whose b-tree holds whole rows as keys: every key
 * comparison while inserting or looking up a chunk read that chunk's 1 MiB overflow chain (five
 * reads per page written, reads 4x slower). A rowid table keeps the data out of the key.
 */
const v2: Migration = {
  version: 2,
  description: 'blob chunks in a rowid table, so 1 MiB chunks are not read back on every key comparison',
  up: (db) =>
    db.exec(`
      CREATE TABLE blob_chunks_v2 (
        blob_id INTEGER NOT NULL REFERENCES blobs(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        data BLOB NOT NULL,
        PRIMARY KEY (blob_id, seq)
      ) STRICT;
      INSERT INTO blob_chunks_v2 (blob_id, seq, data) SELECT blob_id, seq, data FROM blob_chunks ORDER BY blob_id, seq;
      DROP TABLE blob_chunks;
      ALTER TABLE blob_chunks_v2 RENAME TO blob_chunks;
    `),
};

/**
 * v3: capabilities (tools/<domain>/) own their tables and migrate them on their own; this table
 * is the one record of which version each capability's tables are at.
 */
const v3: Migration = {
  version: 3,
  description: "capability_schema: the schema version of each capability's own tables",
  up: (db) =>
    db.exec(`
      CREATE TABLE capability_schema (
        capability TEXT PRIMARY KEY,
        version INTEGER NOT NULL,
        description TEXT NOT NULL,
        applied_at INTEGER NOT NULL
      ) STRICT;
    `),
};

/** Every migration, in order. The last one's version is the schema this fazt writes. */
export const migrations: readonly Migration[] = [v1, v2, v3];

export const SCHEMA_VERSION = migrations[migrations.length - 1]!.version;

/**
 * The SQLite application id every cartridge made since it was introduced carries ("fazt" in
 * ASCII), so another program's database is told apart from a cartridge by its header. Older
 * cartridges have 0 there and are recognised by their tables instead.
 */
export const FAZT_APPLICATION_ID = 0x66617a74;

/** Tables every fazt cartridge has had since schema v1: a file with both is (or was) a cartridge. */
const CORE_TABLES = ['config', 'memory'];

/**
 * Refuses, before anything in the file changes, a database that is not a fazt cartridge (another
 * program's tables, or its application id) and a cartridge written by a newer fazt. A new, empty
 * file passes: it becomes a cartridge.
 */
export function checkCartridgeFile(db: Database, path: string): void {
  const appId = db.pragma('application_id', { simple: true }) as number;
  const version = schemaVersion(db);
  const tables = (
    db
      .prepare(
        "SELECT name FROM sqlite_schema WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name",
      )
      .all() as { name: string }[]
  ).map((row) => row.name);
  const looksLikeFazt =
    appId === FAZT_APPLICATION_ID || (appId === 0 && CORE_TABLES.every((table) => tables.includes(table)));
  const isEmpty = appId === 0 && version === 0 && tables.length === 0;
  if (!looksLikeFazt && !isEmpty) {
    const shown = tables.slice(0, 5).join(', ') + (tables.length > 5 ? `, … (${tables.length} in all)` : '');
    const what =
      tables.length > 0
        ? `it has tables: ${shown}`
        : appId !== 0
          ? `its application id is ${appId}, not fazt's`
          : `it has schema version ${version} but no tables`;
    throw new CartridgeError(
      `${path} is a SQLite file but not a fazt cartridge (${what}); point FAZT_CARTRIDGE (or --cartridge) at a fazt cartridge or a new file. Nothing was changed.`,
      { code: 'cartridge_not_fazt' },
    );
  }
  if (version > SCHEMA_VERSION) migrate(db, path);
}

/** The schema version a cartridge file says it has (0 for a new, empty file). */
export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Brings the cartridge up to SCHEMA_VERSION, each step in its own transaction. A cartridge
 * written by a newer fazt is refused before anything is changed.
 */
export function migrate(db: Database, path: string): void {
  const current = schemaVersion(db);
  if (current > SCHEMA_VERSION) {
    throw new CartridgeError(
      `The cartridge ${path} has schema version ${current}, but this fazt only knows up to ${SCHEMA_VERSION}. ` +
        'It was written by a newer fazt; upgrade fazt to open it. Nothing was changed.',
      { code: 'cartridge_too_new' },
    );
  }
  for (const migration of migrations) {
    if (migration.version <= current) continue;
    db.transaction(() => {
      // Two processes opening a new cartridge at once: the second finds the step already done
      // once it gets the write lock.
      if (schemaVersion(db) >= migration.version) return;
      migration.up(db);
      if (migration.version === 1) db.pragma(`application_id = ${FAZT_APPLICATION_ID}`);
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
  }
}
