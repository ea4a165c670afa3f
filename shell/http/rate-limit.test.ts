import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import type { TokenRecord } from '../../cartridge/tokens.js';
import type { HttpEnv } from './env.js';
import { rateLimit } from './rate-limit.js';

const token = (name: string): TokenRecord => ({
  id: 1,
  name,
  scope: 'read',
  createdAt: 0,
  expiresAt: null,
  revokedAt: null,
  lastUsedAt: null,
});

describe('rateLimit', () => {
  let now = 0;
  const app = new Hono<HttpEnv>();
  app.use('*', async (c, next) => {
    c.set('token', token(c.req.header('x-token') ?? 'a'));
    await next();
  });
  app.use(
    '*',
    rateLimit(60, () => now),
  );
  app.get('/', (c) => c.text('ok'));
  const hit = (name = 'a') => app.request('/', { headers: { 'x-token': name } });

  it('allows a burst of the limit, then refuses with Retry-After until the bucket refills', async () => {
    const statuses = [];
    for (let index = 0; index < 61; index++) statuses.push((await hit()).status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(60);
    const refused = await hit();
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('1');
    expect((await hit('b')).status).toBe(200);
    now += 1000;
    expect((await hit()).status).toBe(200);
    expect((await hit()).status).toBe(429);
  });
});
