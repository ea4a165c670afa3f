import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { UsageError } from '../../cartridge/errors.js';

/**
 * scrypt parameters (RFC 7914): N = 2^15, r = 8, p = 1 — 32 MiB and ~0.1 s a hash, the
 * interactive-login setting recommended by OWASP's password storage cheat sheet.
 */
const N = 32_768;
const R = 8;
const P = 1;
const KEY_LENGTH = 32;
const MAX_MEM = 64 * 1024 * 1024;

const derive = (password: string, salt: Buffer, n: number, r: number, p: number) =>
  new Promise<Buffer>((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, KEY_LENGTH, { N: n, r, p, maxmem: MAX_MEM }, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );

/** Refuses a password too short or too long to be one, saying what is wanted. */
export function checkPassword(password: string): void {
  if ([...password].length < 8) {
    throw new UsageError('The password is too short: use at least 8 characters (a few words work well).', {
      code: 'password_weak',
    });
  }
  if (password.length > 1024) {
    throw new UsageError('The password is too long: use at most 1024 characters.', { code: 'password_long' });
  }
  if (password.includes('\u0000')) {
    throw new UsageError('The password must not contain NUL bytes.', { code: 'password_invalid' });
  }
}

/** `scrypt$N$r$p$<salt base64>$<key base64>`. */
export async function hashPassword(password: string): Promise<string> {
  checkPassword(password);
  const salt = randomBytes(16);
  const key = await derive(password, salt, N, R, P);
  return `scrypt$${N}$${R}$${P}$${salt.toString('base64')}$${key.toString('base64')}`;
}

/** Whether `password` matches a hash from `hashPassword` (constant-time comparison). */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !key || password.length > 1024) return false;
  const expected = Buffer.from(key, 'base64');
  const actual = await derive(password, Buffer.from(salt, 'base64'), Number(n), Number(r), Number(p));
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
