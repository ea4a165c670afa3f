import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { NotFoundError, UsageError } from './errors.js';
import type { Prepare } from './statements.js';

/** What a token may do: `read` runs read tools, `write` adds write tools, `admin` runs every tool. */
export type TokenScope = 'read' | 'write' | 'admin';

export const TOKEN_SCOPES: readonly TokenScope[] = ['read', 'write', 'admin'];

/** A stored token, without its secret (only a SHA-256 hash of it is kept). */
export interface TokenRecord {
  id: number;
  name: string;
  scope: TokenScope;
  createdAt: number;
  expiresAt: number | null;
  revokedAt: number | null;
  lastUsedAt: number | null;
}

export type TokenStatus = 'active' | 'expired' | 'revoked';

/** Why a presented token was refused. */
export type TokenRejection = 'malformed' | 'unknown' | 'revoked' | 'expired';

export type TokenCheck = { ok: true; token: TokenRecord } | { ok: false; reason: TokenRejection };

export interface TokenStore {
  /** Creates a token and returns its secret, which is never stored and cannot be shown again. */
  create(options: { name: string; scope: TokenScope; expiresAt?: number | null; now?: number }): {
    secret: string;
    token: TokenRecord;
  };
  list(): TokenRecord[];
  get(name: string): TokenRecord | undefined;
  /** Marks a token revoked; refuses an unknown name. Revoking twice keeps the first time. */
  revoke(name: string, now?: number): { token: TokenRecord; alreadyRevoked: boolean };
  /** Checks a presented secret: known, not revoked, not expired. */
  verify(secret: string, now?: number): TokenCheck;
  /** Records that a token was used (callers throttle this; it is a write). */
  touch(id: number, now?: number): void;
}

/** Every fazt token starts with this, so a leaked one is recognisable (and greppable by scanners). */
export const TOKEN_PREFIX = 'fazt_';

/** 32 random bytes, base64url: 43 characters after the prefix. */
const TOKEN_PATTERN = /^fazt_[A-Za-z0-9_-]{43}$/;

export const TOKEN_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

interface TokenRow {
  id: number;
  name: string;
  hash: string;
  scope: TokenScope;
  created_at: number;
  expires_at: number | null;
  revoked_at: number | null;
  last_used_at: number | null;
}

const toRecord = (row: TokenRow): TokenRecord => ({
  id: row.id,
  name: row.name,
  scope: row.scope,
  createdAt: row.created_at,
  expiresAt: row.expires_at,
  revokedAt: row.revoked_at,
  lastUsedAt: row.last_used_at,
});

/** The SHA-256 of a token secret, hex: what the cartridge stores instead of the secret. */
export function hashToken(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** A new high-entropy token secret (256 bits) with the recognisable prefix. */
export function generateToken(): string {
  return `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
}

export function tokenStatus(token: TokenRecord, now = Date.now()): TokenStatus {
  if (token.revokedAt !== null) return 'revoked';
  if (token.expiresAt !== null && token.expiresAt <= now) return 'expired';
  return 'active';
}

const DURATION = /^(\d+)\s*(s|m|h|d|w|y)$/;
const UNIT_MS = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000, y: 31_536_000_000 };

/**
 * When a token made now should expire: a duration (`90s`, `30m`, `12h`, `30d`, `8w`, `1y`), an
 * ISO date, or `never` (null).
 */
export function parseExpiry(text: string, now = Date.now()): number | null {
  const value = text.trim().toLowerCase();
  if (value === 'never') return null;
  const match = DURATION.exec(value);
  if (match) {
    const amount = Number(match[1]);
    if (amount > 0) return now + amount * UNIT_MS[match[2] as keyof typeof UNIT_MS];
  } else if (/^\d{4}-\d{2}-\d{2}/.test(value)) {
    const date = Date.parse(text.trim());
    if (Number.isFinite(date) && date > now) return date;
    if (Number.isFinite(date)) {
      throw new UsageError(`The expiry date ${text} is in the past. Give a future date or a duration.`);
    }
  }
  throw new UsageError(
    `Cannot read the expiry "${text}". Use a duration such as 90s, 30m, 12h, 30d, 8w or 1y, an ISO date such as 2030-01-31, or "never".`,
  );
}

/**
 * Bearer tokens for fazt's HTTP surfaces. Only a SHA-256 hash of each secret is stored: a copy of
 * the cartridge does not leak working tokens. Like every store it opens no transaction itself.
 */
export function createTokenStore(prepare: Prepare): TokenStore {
  const get = (name: string): TokenRecord | undefined => {
    const row = prepare('SELECT * FROM tokens WHERE name = ?').get(name) as TokenRow | undefined;
    return row && toRecord(row);
  };

  return {
    get,

    create({ name, scope, expiresAt = null, now = Date.now() }) {
      if (!TOKEN_NAME.test(name)) {
        throw new UsageError(
          `"${name}" is not a usable token name. Use 1–64 letters, digits, dots, dashes or underscores, starting with a letter or digit (e.g. claude-code).`,
        );
      }
      if (!TOKEN_SCOPES.includes(scope)) {
        throw new UsageError(`Unknown scope "${scope}". Use one of: ${TOKEN_SCOPES.join(', ')}.`);
      }
      const existing = get(name);
      if (existing) {
        const status = tokenStatus(existing, now);
        throw new UsageError(
          `A token named "${name}" already exists (${status}). Choose another name${status === 'active' ? `, or revoke it first with \`fazt token revoke ${name}\`` : ''}.`,
          { code: 'token_exists' },
        );
      }
      const secret = generateToken();
      const { lastInsertRowid } = prepare(
        'INSERT INTO tokens (name, hash, scope, created_at, expires_at) VALUES (?, ?, ?, ?, ?)',
      ).run(name, hashToken(secret), scope, now, expiresAt);
      const row = prepare('SELECT * FROM tokens WHERE id = ?').get(Number(lastInsertRowid)) as TokenRow;
      return { secret, token: toRecord(row) };
    },

    list() {
      return (prepare('SELECT * FROM tokens ORDER BY created_at, id').all() as TokenRow[]).map(toRecord);
    },

    revoke(name, now = Date.now()) {
      const token = get(name);
      if (!token) {
        throw new NotFoundError(
          `There is no token named "${name}". See the names with \`fazt token list\`.`,
          {
            code: 'token_unknown',
          },
        );
      }
      if (token.revokedAt !== null) return { token, alreadyRevoked: true };
      prepare('UPDATE tokens SET revoked_at = ? WHERE id = ?').run(now, token.id);
      return { token: { ...token, revokedAt: now }, alreadyRevoked: false };
    },

    verify(secret, now = Date.now()) {
      if (!TOKEN_PATTERN.test(secret)) return { ok: false, reason: 'malformed' };
      const hash = hashToken(secret);
      const row = prepare('SELECT * FROM tokens WHERE hash = ?').get(hash) as TokenRow | undefined;
      // The lookup is by hash, so its timing says nothing about the secret; the explicit
      // constant-time comparison guards against a lookup that ever matches loosely.
      if (!row || !timingSafeEqual(Buffer.from(row.hash, 'hex'), Buffer.from(hash, 'hex'))) {
        return { ok: false, reason: 'unknown' };
      }
      const token = toRecord(row);
      const status = tokenStatus(token, now);
      if (status !== 'active') return { ok: false, reason: status };
      return { ok: true, token };
    },

    touch(id, now = Date.now()) {
      prepare('UPDATE tokens SET last_used_at = ? WHERE id = ?').run(now, id);
    },
  };
}
