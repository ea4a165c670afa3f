import type { CapabilityMigration } from '../capability.js';

/**
 * The apps capability's tables. `apps_apps` holds one row per app (deployed from a folder, or
 * built into a capability, such as the photo gallery) with its access and live version;
 * `apps_versions` / `apps_files` keep every deployed version's files as blob ids (the bytes live
 * in the cartridge's blob store, with gzip and brotli copies made at deploy time);
 * `apps_shares` holds share links (only a SHA-256 of each link's token); `apps_settings` the
 * owner password hash and the per-cartridge signing secret; `apps_sessions` owner logins (only a
 * SHA-256 of each session id); `apps_servers` (v2) each running `fazt serve` with its URL.
 */
export const appsMigrations: readonly CapabilityMigration[] = [
  {
    version: 1,
    description: 'apps, versions, files, share links, owner settings and sessions',
    up(db) {
      db.exec(`
        CREATE TABLE apps_apps (
          name TEXT PRIMARY KEY,
          kind TEXT NOT NULL CHECK (kind IN ('deployed', 'builtin')),
          access TEXT NOT NULL DEFAULT 'private' CHECK (access IN ('private', 'public')),
          spa INTEGER NOT NULL DEFAULT 0 CHECK (spa IN (0, 1)),
          version INTEGER,
          created_at INTEGER NOT NULL,
          updated_at INTEGER NOT NULL
        ) STRICT;
        CREATE TABLE apps_versions (
          app TEXT NOT NULL REFERENCES apps_apps (name) ON DELETE CASCADE,
          version INTEGER NOT NULL CHECK (version >= 1),
          source TEXT NOT NULL,
          files INTEGER NOT NULL,
          bytes INTEGER NOT NULL,
          created_at INTEGER NOT NULL,
          PRIMARY KEY (app, version)
        ) STRICT;
        CREATE TABLE apps_files (
          app TEXT NOT NULL,
          version INTEGER NOT NULL,
          path TEXT NOT NULL,
          sha256 TEXT NOT NULL,
          size INTEGER NOT NULL,
          content_type TEXT NOT NULL,
          gzip_sha256 TEXT,
          gzip_size INTEGER,
          br_sha256 TEXT,
          br_size INTEGER,
          PRIMARY KEY (app, version, path),
          FOREIGN KEY (app, version) REFERENCES apps_versions (app, version) ON DELETE CASCADE
        ) STRICT, WITHOUT ROWID;
        CREATE TABLE apps_shares (
          id TEXT PRIMARY KEY,
          app TEXT NOT NULL REFERENCES apps_apps (name) ON DELETE CASCADE,
          label TEXT NOT NULL,
          token_hash TEXT NOT NULL UNIQUE,
          created_at INTEGER NOT NULL,
          expires_at INTEGER,
          revoked_at INTEGER,
          last_used_at INTEGER,
          uses INTEGER NOT NULL DEFAULT 0
        ) STRICT;
        CREATE UNIQUE INDEX apps_shares_one_per_label ON apps_shares (app, label) WHERE revoked_at IS NULL;
        CREATE TABLE apps_settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
        CREATE TABLE apps_sessions (
          hash TEXT PRIMARY KEY,
          created_at INTEGER NOT NULL,
          expires_at INTEGER NOT NULL,
          last_seen_at INTEGER NOT NULL
        ) STRICT;
      `);
    },
  },
  {
    version: 2,
    description: 'the running `fazt serve` processes and their URLs (see live-server.ts)',
    up(db) {
      db.exec(`
        CREATE TABLE apps_servers (
          machine TEXT NOT NULL,
          pid INTEGER NOT NULL,
          stamp TEXT,
          url TEXT NOT NULL,
          started_at INTEGER NOT NULL,
          PRIMARY KEY (machine, pid)
        ) STRICT;
      `);
    },
  },
];
