import type { MiddlewareHandler } from 'hono';
import { withBusyTimeout } from '../../cartridge/busy.js';
import type { Cartridge } from '../../cartridge/open.js';
import type { TokenRejection, TokenStore } from '../../cartridge/tokens.js';
import { errorResponse, type HttpEnv } from './env.js';

const HOW_TO =
  'Create a token with `fazt token create --name <name> --scope read|write|admin` and send it as `Authorization: Bearer <token>`.';

const REASONS: Record<TokenRejection | 'missing', string> = {
  missing: `fazt needs a token. ${HOW_TO}`,
  malformed: `That is not a fazt token (they start with fazt_). ${HOW_TO}`,
  unknown: `fazt does not know that token. ${HOW_TO}`,
  revoked: 'That token was revoked. Ask for a new one (`fazt token create`).',
  expired: 'That token has expired. Ask for a new one (`fazt token create`).',
};

/** How often a token's `last_used_at` is written: a write per request would cost more than it says. */
const TOUCH_EVERY_MS = 60_000;
/** Milliseconds the note of a token's use waits for another process's lock (the server waits with it). */
const TOUCH_WAIT_MS = 50;

/**
 * Every request must carry `Authorization: Bearer <token>`; the token is checked against the
 * cartridge on each request (so a revocation bites at once) and handed on as `c.var.token`.
 * Without one: 401 with `WWW-Authenticate` (RFC 6750).
 */
export function bearerAuth(cartridge: Cartridge, tokens: TokenStore): MiddlewareHandler<HttpEnv> {
  const touched = new Map<number, number>();
  return async (c, next) => {
    const header = c.req.header('authorization') ?? '';
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    const check = match ? tokens.verify(match[1]!) : undefined;
    if (!check?.ok) {
      const reason = check ? check.reason : 'missing';
      const challenge = check
        ? `Bearer realm="fazt", error="invalid_token", error_description="${reason}"`
        : 'Bearer realm="fazt"';
      return errorResponse(401, REASONS[reason], { 'www-authenticate': challenge });
    }
    const { token } = check;
    const now = Date.now();
    if (!cartridge.readOnly && now - (touched.get(token.id) ?? 0) >= TOUCH_EVERY_MS) {
      touched.set(token.id, now);
      // Under the write lock: a tool's open transaction must not swallow this update. A note of
      // when the token was last used, best-effort: it never holds the request (nor the server)
      // up for long on another process's lock, and a missed one is tried again on the next request.
      void cartridge
        .exclusive(() =>
          withBusyTimeout(cartridge.db, TOUCH_WAIT_MS, cartridge.busyTimeoutMs, () =>
            cartridge.transaction(() => tokens.touch(token.id, now)),
          ),
        )
        .catch(() => touched.delete(token.id));
    }
    c.set('token', token);
    await next();
  };
}
