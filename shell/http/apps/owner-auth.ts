import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Cartridge } from '../../../cartridge/open.js';
import { verifyPassword } from '../../../tools/apps/password.js';
import { type AppsStore, SESSION_MS } from '../../../tools/apps/store.js';
import { cookie, overTls, readCookie } from './cookies.js';
import { loginPage, PAGE_CSP, PAGE_REFERRER_POLICY } from './pages.js';

export const SESSION_COOKIE = 'fazt_session';
const CSRF_COOKIE = 'fazt_csrf';

/** Failures before back-off starts, and its ceiling (seconds). */
const FREE_FAILURES = 3;
const MAX_LOCK_S = 15 * 60;

interface Attempts {
  failures: number;
  lockedUntil: number;
}

/**
 * Login back-off per client address: after 3 wrong passwords each further one locks that
 * address out for 2^(n-3) s (1, 2, 4 … up to 15 min); a right password clears it. While
 * locked, a login is refused with 429 before the password is even hashed.
 */
export function createLoginLimiter(now: () => number = Date.now) {
  const attempts = new Map<string, Attempts>();
  return {
    /** Seconds the address must still wait, or 0. */
    wait(address: string): number {
      const entry = attempts.get(address);
      if (!entry) return 0;
      return Math.max(0, Math.ceil((entry.lockedUntil - now()) / 1000));
    },
    failed(address: string): void {
      const entry = attempts.get(address) ?? { failures: 0, lockedUntil: 0 };
      entry.failures++;
      if (entry.failures > FREE_FAILURES) {
        entry.lockedUntil = now() + Math.min(2 ** (entry.failures - FREE_FAILURES - 1), MAX_LOCK_S) * 1000;
      }
      attempts.set(address, entry);
      if (attempts.size > 10_000) attempts.delete(attempts.keys().next().value!);
    },
    succeeded(address: string): void {
      attempts.delete(address);
    },
  };
}

/** Where a login may send the browser afterwards: a path on this server, never another site. */
export function safeNext(next: string | undefined): string {
  if (!next?.startsWith('/') || next.startsWith('//') || next.includes('\\')) return '/';
  for (let index = 0; index < next.length; index++) if (next.charCodeAt(index) < 0x20) return '/';
  return next;
}

export interface OwnerAuth {
  /** Whether the request carries a live owner session. */
  isOwner(request: Request): boolean;
  /** The login page (with a fresh CSRF pair) for `next`. */
  loginResponse(c: Context, next: string, status?: number, error?: string): Response;
  /** A CSRF token for a form on a page answered to this request, and the cookie to set with it. */
  csrf(c: Context): { token: string; setCookie?: string };
  /** Whether a posted form's CSRF token matches the request's CSRF cookie. */
  csrfValid(request: Request, token: string | undefined): boolean;
}

/** The owner login: routes under `/_fazt/` (login, logout), sessions and CSRF. */
export function mountOwnerAuth(
  app: Hono,
  { cartridge, store, now = Date.now }: { cartridge: Cartridge; store: () => AppsStore; now?: () => number },
): OwnerAuth {
  const limiter = createLoginLimiter(now);
  let secret: Buffer | undefined;
  const csrfSecret = () => {
    secret ??= cartridge.transaction(() => store().csrfSecret());
    return secret;
  };
  const sign = (nonce: string) =>
    createHmac('sha256', csrfSecret()).update(`csrf\n${nonce}`).digest('base64url');

  const auth: OwnerAuth = {
    isOwner(request) {
      const token = readCookie(request.headers.get('cookie') ?? undefined, SESSION_COOKIE);
      return token !== undefined && store().verifySession(token, now());
    },
    csrf(c) {
      const existing = readCookie(c.req.header('cookie'), CSRF_COOKIE);
      const nonce =
        existing && /^[A-Za-z0-9_-]{22}$/.test(existing) ? existing : randomBytes(16).toString('base64url');
      return {
        token: sign(nonce),
        setCookie:
          nonce === existing
            ? undefined
            : cookie(CSRF_COOKIE, nonce, { path: '/_fazt/', secure: overTls(c.req.raw) }),
      };
    },
    csrfValid(request, token) {
      const nonce = readCookie(request.headers.get('cookie') ?? undefined, CSRF_COOKIE);
      if (!nonce || !token) return false;
      const expected = Buffer.from(sign(nonce));
      const given = Buffer.from(token);
      return expected.length === given.length && timingSafeEqual(expected, given);
    },
    loginResponse(c, next, status = 200, error) {
      const { token, setCookie } = auth.csrf(c);
      const headers = new Headers({
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-store',
        'content-security-policy': PAGE_CSP,
        'referrer-policy': PAGE_REFERRER_POLICY,
      });
      if (setCookie) headers.append('set-cookie', setCookie);
      const passwordSet = store().ownerPasswordHash() !== undefined;
      return new Response(loginPage({ next: safeNext(next), csrf: token, error, passwordSet }), {
        status,
        headers,
      });
    },
  };

  // A login form is a few hundred bytes; nothing bigger is read into memory.
  app.use(
    '/_fazt/*',
    bodyLimit({ maxSize: 16 * 1024, onError: (c) => c.text('The form is too large (at most 16 KB).', 413) }),
  );
  app.get('/_fazt/login', (c) => auth.loginResponse(c, c.req.query('next') ?? '/'));

  app.post('/_fazt/login', async (c) => {
    const address = clientAddress(c);
    const form = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
    const field = (name: string) => (typeof form[name] === 'string' ? (form[name] as string) : undefined);
    const next = safeNext(field('next'));
    if (!auth.csrfValid(c.req.raw, field('csrf'))) {
      return auth.loginResponse(c, next, 403, 'The form expired or came from another site. Try again.');
    }
    const wait = limiter.wait(address);
    if (wait > 0) {
      const response = auth.loginResponse(
        c,
        next,
        429,
        `Too many wrong passwords. Wait ${wait} s and try again.`,
      );
      response.headers.set('retry-after', String(wait));
      return response;
    }
    const hash = store().ownerPasswordHash();
    const password = field('password') ?? '';
    if (!hash || !(await verifyPassword(password, hash))) {
      limiter.failed(address);
      return auth.loginResponse(c, next, 401, hash ? 'Wrong password.' : 'No owner password is set.');
    }
    limiter.succeeded(address);
    const session = await cartridge.exclusive(() =>
      cartridge.transaction(() => store().createSession(now())),
    );
    const headers = new Headers({ location: next, 'cache-control': 'no-store' });
    headers.append(
      'set-cookie',
      cookie(SESSION_COOKIE, session.token, { maxAge: SESSION_MS / 1000, secure: overTls(c.req.raw) }),
    );
    return new Response(null, { status: 303, headers });
  });

  app.post('/_fazt/logout', async (c) => {
    const form = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
    if (!auth.csrfValid(c.req.raw, typeof form.csrf === 'string' ? form.csrf : undefined)) {
      return auth.loginResponse(c, '/', 403, 'The form expired or came from another site. Try again.');
    }
    const token = readCookie(c.req.header('cookie'), SESSION_COOKIE);
    if (token) await cartridge.exclusive(() => cartridge.transaction(() => store().deleteSession(token)));
    const headers = new Headers({ location: '/_fazt/login', 'cache-control': 'no-store' });
    headers.append('set-cookie', cookie(SESSION_COOKIE, '', { maxAge: 0, secure: overTls(c.req.raw) }));
    return new Response(null, { status: 303, headers });
  });

  return auth;
}

/** The client's address as the socket saw it (a proxy in front makes every client one address). */
function clientAddress(c: Context): string {
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? 'unknown';
}
