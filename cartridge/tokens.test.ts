import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type TempCartridge, tempCartridge } from '../test/helpers/cli.js';
import { type Cartridge, openCartridge } from './open.js';
import { createTokenStore, hashToken, parseExpiry, type TokenStore, tokenStatus } from './tokens.js';

describe('token store', () => {
  let temp: TempCartridge;
  let cartridge: Cartridge;
  let tokens: TokenStore;

  beforeEach(async () => {
    temp = await tempCartridge('fazt-tokens-');
    cartridge = openCartridge(temp.path);
    tokens = createTokenStore(cartridge.prepare);
  });
  afterEach(async () => {
    cartridge.close();
    await temp.cleanup();
  });

  it('creates a prefixed high-entropy secret and stores only its SHA-256 hash', () => {
    const { secret, token } = tokens.create({ name: 'claude-code', scope: 'write' });
    expect(secret).toMatch(/^fazt_[A-Za-z0-9_-]{43}$/);
    expect(token).toMatchObject({ name: 'claude-code', scope: 'write', expiresAt: null, revokedAt: null });
    const row = cartridge.prepare('SELECT hash FROM tokens WHERE name = ?').get('claude-code') as {
      hash: string;
    };
    expect(row.hash).toBe(hashToken(secret));
    expect(row.hash).not.toContain(secret.slice(5));
    cartridge.db.pragma('wal_checkpoint(TRUNCATE)');
    expect(readFileSync(temp.path).includes(Buffer.from(secret))).toBe(false);
    expect(tokens.create({ name: 'other', scope: 'read' }).secret).not.toBe(secret);
  });

  it('verifies a good secret and refuses malformed, unknown, revoked and expired ones', () => {
    const now = 1_700_000_000_000;
    const { secret } = tokens.create({ name: 'ci', scope: 'read', expiresAt: now + 60_000, now });
    expect(tokens.verify(secret, now)).toMatchObject({ ok: true, token: { name: 'ci', scope: 'read' } });
    expect(tokens.verify('nope', now)).toEqual({ ok: false, reason: 'malformed' });
    expect(tokens.verify(`${secret.slice(0, -1)}${secret.endsWith('A') ? 'B' : 'A'}`, now)).toEqual({
      ok: false,
      reason: 'unknown',
    });
    expect(tokens.verify(secret, now + 60_000)).toEqual({ ok: false, reason: 'expired' });
    tokens.revoke('ci', now + 1);
    expect(tokens.verify(secret, now + 2)).toEqual({ ok: false, reason: 'revoked' });
  });

  it('refuses bad names, unknown scopes and a name already taken (even by a revoked token)', () => {
    expect(() => tokens.create({ name: 'has space', scope: 'read' })).toThrow(/not a usable token name/);
    expect(() => tokens.create({ name: 'x', scope: 'root' as 'read' })).toThrow(/Unknown scope "root"/);
    tokens.create({ name: 'dup', scope: 'read' });
    expect(() => tokens.create({ name: 'dup', scope: 'admin' })).toThrow(/already exists \(active\)/);
    tokens.revoke('dup');
    expect(() => tokens.create({ name: 'dup', scope: 'admin' })).toThrow(/already exists \(revoked\)/);
    expect(tokens.list()).toHaveLength(1);
  });

  it('revokes once, reports a second revoke, and refuses an unknown name', () => {
    tokens.create({ name: 'a', scope: 'admin' });
    const first = tokens.revoke('a', 10);
    expect(first).toMatchObject({ alreadyRevoked: false, token: { revokedAt: 10 } });
    expect(tokens.revoke('a', 20)).toMatchObject({ alreadyRevoked: true, token: { revokedAt: 10 } });
    expect(() => tokens.revoke('missing')).toThrow(/no token named "missing"/);
  });

  it('records last use', () => {
    const { token } = tokens.create({ name: 't', scope: 'read' });
    tokens.touch(token.id, 1234);
    expect(tokens.get('t')?.lastUsedAt).toBe(1234);
    expect(tokenStatus(tokens.get('t')!, 0)).toBe('active');
  });
});

describe('parseExpiry', () => {
  const now = 1_000_000;
  it('reads durations, ISO dates and never', () => {
    expect(parseExpiry('30d', now)).toBe(now + 30 * 86_400_000);
    expect(parseExpiry('90s', now)).toBe(now + 90_000);
    expect(parseExpiry('12h', now)).toBe(now + 12 * 3_600_000);
    expect(parseExpiry('2w', now)).toBe(now + 14 * 86_400_000);
    expect(parseExpiry('never', now)).toBeNull();
    expect(parseExpiry('2999-01-31', now)).toBe(Date.parse('2999-01-31'));
  });
  it('refuses what it cannot read, zero, and dates in the past', () => {
    expect(() => parseExpiry('soon', now)).toThrow(/Cannot read the expiry "soon"/);
    expect(() => parseExpiry('0d', now)).toThrow(/Cannot read the expiry/);
    expect(() => parseExpiry('2001-01-01', Date.now())).toThrow(/in the past/);
  });
});
