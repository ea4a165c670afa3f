import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { UsageError } from '../../cartridge/errors.js';
import type { Cartridge } from '../../cartridge/open.js';

/** Who may open an app: only the owner (and share links), or anyone who has the URL. */
export type AppAccess = 'private' | 'public';
export const APP_ACCESS: readonly AppAccess[] = ['private', 'public'];

/** An app's URL name: lowercase letters, digits and dashes, starting with a letter (≤ 63). */
export const APP_NAME = /^[a-z][a-z0-9-]{0,62}$/;

/** One app as stored. `version` is the live version (null for a built-in app: its code ships with fazt). */
export interface AppRecord {
  name: string;
  kind: 'deployed' | 'builtin';
  access: AppAccess;
  spa: boolean;
  version: number | null;
  createdAt: number;
  updatedAt: number;
}

/** One file of one deployed version; the bytes (and precompressed copies) are blobs. */
export interface AppFile {
  path: string;
  sha256: string;
  size: number;
  contentType: string;
  gzip: { sha256: string; size: number } | null;
  br: { sha256: string; size: number } | null;
}

export interface AppVersion {
  version: number;
  source: string;
  files: number;
  bytes: number;
  createdAt: number;
}

/** A share link as stored: never its token, which is shown once. */
export interface ShareRecord {
  id: string;
  app: string;
  label: string;
  createdAt: number;
  expiresAt: number | null;
  revokedAt: number | null;
  lastUsedAt: number | null;
  uses: number;
}

export type ShareStatus = 'active' | 'expired' | 'revoked';

export type ShareCheck =
  | { ok: true; share: ShareRecord }
  | { ok: false; reason: 'malformed' | 'unknown' | ShareStatus };

/** Session lifetime: 30 days from login. */
export const SESSION_MS = 30 * 86_400_000;

interface AppRow {
  name: string;
  kind: 'deployed' | 'builtin';
  access: AppAccess;
  spa: number;
  version: number | null;
  created_at: number;
  updated_at: number;
}

interface FileRow {
  path: string;
  sha256: string;
  size: number;
  content_type: string;
  gzip_sha256: string | null;
  gzip_size: number | null;
  br_sha256: string | null;
  br_size: number | null;
}

interface ShareRow {
  id: string;
  app: string;
  label: string;
  token_hash: string;
  created_at: number;
  expires_at: number | null;
  revoked_at: number | null;
  last_used_at: number | null;
  uses: number;
}

const toApp = (row: AppRow): AppRecord => ({
  name: row.name,
  kind: row.kind,
  access: row.access,
  spa: row.spa === 1,
  version: row.version,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export const toFile = (row: FileRow): AppFile => ({
  path: row.path,
  sha256: row.sha256,
  size: row.size,
  contentType: row.content_type,
  gzip: row.gzip_sha256 === null ? null : { sha256: row.gzip_sha256, size: row.gzip_size ?? 0 },
  br: row.br_sha256 === null ? null : { sha256: row.br_sha256, size: row.br_size ?? 0 },
});

const toShare = (row: ShareRow): ShareRecord => ({
  id: row.id,
  app: row.app,
  label: row.label,
  createdAt: row.created_at,
  expiresAt: row.expires_at,
  revokedAt: row.revoked_at,
  lastUsedAt: row.last_used_at,
  uses: row.uses,
});

export function shareStatus(share: ShareRecord, now = Date.now()): ShareStatus {
  if (share.revokedAt !== null) return 'revoked';
  if (share.expiresAt !== null && share.expiresAt <= now) return 'expired';
  return 'active';
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** A share token: `<id>.<HMAC-SHA256(secret, "share\n<app>\n<id>") base64url>`. */
const SHARE_TOKEN = /^([A-Za-z0-9_-]{12})\.([A-Za-z0-9_-]{43})$/;
const SESSION_TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** Checks a person-typed app name and returns it lowercased, or throws saying what a name looks like. */
export function appName(raw: string): string {
  const name = raw
    .trim()
    .toLowerCase()
    .replace(/^(my|the|our)\s+/, '')
    .replace(/\s+(app|site|gallery)$/, '');
  if (!APP_NAME.test(name)) {
    throw new UsageError(
      `"${raw}" is not a usable app name. Use lowercase letters, digits and dashes, starting with a letter (at most 63), e.g. "blog" or "photos".`,
      { code: 'app_name_invalid' },
    );
  }
  return name;
}

/** Turns a folder name into an app name ("My Site!" → "my-site"), or undefined when nothing is left. */
export function appNameFrom(folder: string): string | undefined {
  const name = folder
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^[^a-z]+|-+$/g, '')
    .slice(0, 63)
    .replace(/-+$/, '');
  return APP_NAME.test(name) ? name : undefined;
}

/**
 * The apps capability's store: apps, versions, files, share links, the owner password and
 * owner sessions, all in the cartridge. Like every store it opens no transaction itself; callers
 * run writes inside one (the executor, or `cartridge.transaction`). Call
 * `applyCapabilityMigrations(cartridge, appsCapability)` before using it outside a tool.
 */
export function createAppsStore(cartridge: Cartridge) {
  const { prepare } = cartridge;

  const get = (name: string): AppRecord | undefined => {
    const row = prepare('SELECT * FROM apps_apps WHERE name = ?').get(name) as AppRow | undefined;
    return row && toApp(row);
  };

  const require = (name: string): AppRecord => {
    const app = get(name);
    if (!app) {
      throw new UsageError(
        `There is no app named "${name}". See your apps with \`fazt apps\`, or deploy a folder ("deploy ~/site as blog").`,
        { code: 'app_unknown' },
      );
    }
    return app;
  };

  const setting = (key: string): string | undefined =>
    (prepare('SELECT value FROM apps_settings WHERE key = ?').get(key) as { value: string } | undefined)
      ?.value;
  const setSetting = (key: string, value: string) =>
    prepare(
      'INSERT INTO apps_settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    ).run(key, value);

  /** The per-cartridge secret that signs share links; made on first use (a write). */
  const signingSecret = (create: boolean): Buffer | undefined => {
    const existing = setting('share_secret');
    if (existing) return Buffer.from(existing, 'hex');
    if (!create) return undefined;
    const secret = randomBytes(32);
    setSetting('share_secret', secret.toString('hex'));
    return secret;
  };
  const sign = (secret: Buffer, app: string, id: string) =>
    createHmac('sha256', secret).update(`share\n${app}\n${id}`).digest('base64url');

  const share = (id: string): ShareRecord | undefined => {
    const row = prepare('SELECT * FROM apps_shares WHERE id = ?').get(id) as ShareRow | undefined;
    return row && toShare(row);
  };

  return {
    get,
    require,

    list(): AppRecord[] {
      return (prepare('SELECT * FROM apps_apps ORDER BY name').all() as AppRow[]).map(toApp);
    },

    /** Makes sure a built-in app has its row (private by default). Refuses a deployed app of that name. */
    ensureBuiltin(name: string, now = Date.now()): AppRecord {
      const existing = get(name);
      if (existing) return existing;
      prepare(
        "INSERT INTO apps_apps (name, kind, access, version, created_at, updated_at) VALUES (?, 'builtin', 'private', NULL, ?, ?)",
      ).run(name, now, now);
      return get(name)!;
    },

    versions(name: string): AppVersion[] {
      return (
        prepare(
          'SELECT version, source, files, bytes, created_at AS createdAt FROM apps_versions WHERE app = ? ORDER BY version',
        ).all(name) as AppVersion[]
      ).map((row) => ({ ...row }));
    },

    /** The file at `path` in `version` of `app`. */
    file(app: string, version: number, path: string): AppFile | undefined {
      const row = prepare(
        'SELECT path, sha256, size, content_type, gzip_sha256, gzip_size, br_sha256, br_size FROM apps_files WHERE app = ? AND version = ? AND path = ?',
      ).get(app, version, path) as FileRow | undefined;
      return row && toFile(row);
    },

    /** Whether `version` of `app` has any file under the folder `prefix` (ending in "/"). */
    hasFolder(app: string, version: number, prefix: string): boolean {
      return (
        prepare(
          'SELECT 1 FROM apps_files WHERE app = ? AND version = ? AND path > ? AND path < ? LIMIT 1',
        ).get(app, version, prefix, `${prefix}\uffff`) !== undefined
      );
    },

    /**
     * Records a new version of a deployed app and makes it live, creating the app (private) on its
     * first deploy. Runs inside the caller's transaction: until it commits, the old version serves.
     */
    addVersion(
      name: string,
      {
        source,
        files,
        spa,
        now = Date.now(),
      }: { source: string; files: AppFile[]; spa?: boolean; now?: number },
    ): { app: AppRecord; version: number; created: boolean } {
      const existing = get(name);
      if (existing?.kind === 'builtin') {
        throw new UsageError(
          `"${name}" is a built-in app and cannot be replaced by a deploy. Deploy under another name (for example "${name}-site").`,
          { code: 'app_builtin' },
        );
      }
      if (!existing) {
        prepare(
          "INSERT INTO apps_apps (name, kind, access, spa, version, created_at, updated_at) VALUES (?, 'deployed', 'private', ?, NULL, ?, ?)",
        ).run(name, spa ? 1 : 0, now, now);
      }
      const last = prepare('SELECT max(version) AS v FROM apps_versions WHERE app = ?').get(name) as {
        v: number | null;
      };
      const version = (last.v ?? 0) + 1;
      const bytes = files.reduce((sum, file) => sum + file.size, 0);
      prepare(
        'INSERT INTO apps_versions (app, version, source, files, bytes, created_at) VALUES (?, ?, ?, ?, ?, ?)',
      ).run(name, version, source, files.length, bytes, now);
      const insert = prepare(
        'INSERT INTO apps_files (app, version, path, sha256, size, content_type, gzip_sha256, gzip_size, br_sha256, br_size) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      );
      for (const file of files) {
        insert.run(
          name,
          version,
          file.path,
          file.sha256,
          file.size,
          file.contentType,
          file.gzip?.sha256 ?? null,
          file.gzip?.size ?? null,
          file.br?.sha256 ?? null,
          file.br?.size ?? null,
        );
      }
      prepare('UPDATE apps_apps SET version = ?, spa = coalesce(?, spa), updated_at = ? WHERE name = ?').run(
        version,
        spa === undefined ? null : spa ? 1 : 0,
        now,
        name,
      );
      return { app: get(name)!, version, created: !existing };
    },

    /** Makes a kept version live again. */
    setVersion(name: string, version: number, now = Date.now()): void {
      prepare('UPDATE apps_apps SET version = ?, updated_at = ? WHERE name = ?').run(version, now, name);
    },

    setAccess(name: string, access: AppAccess, now = Date.now()): void {
      prepare('UPDATE apps_apps SET access = ?, updated_at = ? WHERE name = ?').run(access, now, name);
    },

    /** Deletes an app, every version and every share link of it. */
    delete(name: string): boolean {
      return prepare('DELETE FROM apps_apps WHERE name = ?').run(name).changes > 0;
    },

    /** Every blob id an app's versions name (files and their gzip / brotli copies). */
    blobIds(name: string): string[] {
      const rows = prepare('SELECT sha256, gzip_sha256, br_sha256 FROM apps_files WHERE app = ?').all(
        name,
      ) as {
        sha256: string;
        gzip_sha256: string | null;
        br_sha256: string | null;
      }[];
      return [...new Set(rows.flatMap((row) => [row.sha256, row.gzip_sha256, row.br_sha256]))].filter(
        (id): id is string => id !== null,
      );
    },

    /**
     * Creates a share link for one app. A label names the recipient; an active link with the
     * same label is revoked and replaced (its token cannot be shown again). Returns the token
     * once: only its SHA-256 is stored.
     */
    createShare({
      app,
      label,
      expiresAt,
      now = Date.now(),
    }: {
      app: string;
      label?: string;
      expiresAt: number | null;
      now?: number;
    }): {
      token: string;
      share: ShareRecord;
      replaced: string[];
    } {
      const chosen =
        label ??
        `link ${(prepare('SELECT count(*) AS n FROM apps_shares WHERE app = ?').get(app) as { n: number }).n + 1}`;
      const replaced = (
        prepare('SELECT id FROM apps_shares WHERE app = ? AND label = ? AND revoked_at IS NULL').all(
          app,
          chosen,
        ) as {
          id: string;
        }[]
      ).map((row) => row.id);
      prepare('UPDATE apps_shares SET revoked_at = ? WHERE app = ? AND label = ? AND revoked_at IS NULL').run(
        now,
        app,
        chosen,
      );
      const secret = signingSecret(true)!;
      const id = randomBytes(9).toString('base64url');
      const token = `${id}.${sign(secret, app, id)}`;
      prepare(
        'INSERT INTO apps_shares (id, app, label, token_hash, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)',
      ).run(id, app, chosen, sha256(token), now, expiresAt);
      return { token, share: share(id)!, replaced };
    },

    share,

    listShares(app?: string): ShareRecord[] {
      const rows = (
        app === undefined
          ? prepare('SELECT * FROM apps_shares ORDER BY created_at, id').all()
          : prepare('SELECT * FROM apps_shares WHERE app = ? ORDER BY created_at, id').all(app)
      ) as ShareRow[];
      return rows.map(toShare);
    },

    /** Revokes one link; false when it was revoked already. Throws for an unknown id. */
    revokeShare(id: string, now = Date.now()): { share: ShareRecord; alreadyRevoked: boolean } {
      const found = share(id);
      if (!found) {
        throw new UsageError(`There is no share link with id "${id}". See them with \`fazt share --list\`.`, {
          code: 'share_unknown',
        });
      }
      if (found.revokedAt !== null) return { share: found, alreadyRevoked: true };
      prepare('UPDATE apps_shares SET revoked_at = ? WHERE id = ?').run(now, id);
      return { share: share(id)!, alreadyRevoked: false };
    },

    /**
     * Checks a presented share token for `app`: well formed, signed by this cartridge for this
     * app, known, not revoked, not expired. A read: callers record use with `touchShare`.
     */
    verifyShare(token: string, app: string, now = Date.now()): ShareCheck {
      const match = SHARE_TOKEN.exec(token);
      if (!match) return { ok: false, reason: 'malformed' };
      const secret = signingSecret(false);
      if (!secret) return { ok: false, reason: 'unknown' };
      const expected = Buffer.from(sign(secret, app, match[1]!));
      const given = Buffer.from(match[2]!);
      if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
        return { ok: false, reason: 'unknown' };
      }
      const row = prepare('SELECT * FROM apps_shares WHERE token_hash = ?').get(sha256(token)) as
        | ShareRow
        | undefined;
      if (!row || row.app !== app) return { ok: false, reason: 'unknown' };
      const found = toShare(row);
      const status = shareStatus(found, now);
      return status === 'active' ? { ok: true, share: found } : { ok: false, reason: status };
    },

    touchShare(id: string, now = Date.now()): void {
      prepare('UPDATE apps_shares SET last_used_at = ?, uses = uses + 1 WHERE id = ?').run(now, id);
    },

    ownerPasswordHash(): string | undefined {
      return setting('owner_password');
    },

    /** Stores a new owner password hash and ends every owner session. */
    setOwnerPasswordHash(hash: string): void {
      setSetting('owner_password', hash);
      prepare('DELETE FROM apps_sessions').run();
    },

    /** Starts an owner session; returns its id (the cookie value), of which only a hash is stored. */
    createSession(now = Date.now()): { token: string; expiresAt: number } {
      const token = randomBytes(32).toString('base64url');
      const expiresAt = now + SESSION_MS;
      prepare('DELETE FROM apps_sessions WHERE expires_at <= ?').run(now);
      prepare(
        'INSERT INTO apps_sessions (hash, created_at, expires_at, last_seen_at) VALUES (?, ?, ?, ?)',
      ).run(sha256(token), now, expiresAt, now);
      return { token, expiresAt };
    },

    /** Whether a session cookie value names a live session (a read). */
    verifySession(token: string, now = Date.now()): boolean {
      if (!SESSION_TOKEN.test(token)) return false;
      const row = prepare('SELECT expires_at FROM apps_sessions WHERE hash = ?').get(sha256(token)) as
        | { expires_at: number }
        | undefined;
      return row !== undefined && row.expires_at > now;
    },

    deleteSession(token: string): void {
      prepare('DELETE FROM apps_sessions WHERE hash = ?').run(sha256(token));
    },

    /** The secret that signs CSRF tokens (the share secret; made on first use, a write). */
    csrfSecret(): Buffer {
      return signingSecret(true)!;
    },
  };
}

export type AppsStore = ReturnType<typeof createAppsStore>;
