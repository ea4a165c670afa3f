import type { MiddlewareHandler } from 'hono';
import { errorResponse, type HttpEnv } from './env.js';

interface Bucket {
  tokens: number;
  updated: number;
}

/**
 * A token bucket per fazt token: `perMinute` requests a minute on average, bursts up to the same
 * number. Over the limit: 429 with `Retry-After`. Runs after `bearerAuth`.
 */
export function rateLimit(perMinute: number, now: () => number = Date.now): MiddlewareHandler<HttpEnv> {
  const buckets = new Map<string, Bucket>();
  const refillPerMs = perMinute / 60_000;
  return async (c, next) => {
    const { name } = c.get('token');
    const time = now();
    const bucket = buckets.get(name) ?? { tokens: perMinute, updated: time };
    bucket.tokens = Math.min(perMinute, bucket.tokens + (time - bucket.updated) * refillPerMs);
    bucket.updated = time;
    buckets.set(name, bucket);
    if (bucket.tokens < 1) {
      const retryAfter = Math.max(1, Math.ceil((1 - bucket.tokens) / refillPerMs / 1000));
      return errorResponse(
        429,
        `Token "${name}" is over its limit of ${perMinute} requests a minute. Try again in ${retryAfter} s.`,
        { 'retry-after': String(retryAfter) },
      );
    }
    bucket.tokens -= 1;
    await next();
  };
}
