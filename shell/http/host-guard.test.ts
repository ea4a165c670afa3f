import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { hostGuard, ownAuthorities } from './host-guard.js';

describe('ownAuthorities', () => {
  it('answers to the loopback names on the bound port when bound to loopback', () => {
    expect([...ownAuthorities('127.0.0.1', 7777)].sort()).toEqual([
      '127.0.0.1:7777',
      '[::1]:7777',
      'localhost:7777',
    ]);
    expect(ownAuthorities('::1', 80).has('[::1]:80')).toBe(true);
  });
  it('answers to its own address only when bound to one, plus --allow-host names as given', () => {
    const own = ownAuthorities('192.168.1.5', 7777, ['Fazt.Example.com']);
    expect(own.has('192.168.1.5:7777')).toBe(true);
    expect(own.has('localhost:7777')).toBe(false);
    expect(own.has('fazt.example.com')).toBe(true);
  });
  it('answers to every interface when bound to all of them', () => {
    const own = ownAuthorities('0.0.0.0', 7777);
    expect(own.has('127.0.0.1:7777')).toBe(true);
    expect(own.has('localhost:7777')).toBe(true);
  });
});

describe('hostGuard', () => {
  const app = new Hono();
  app.use(
    '*',
    hostGuard(() => new Set(['127.0.0.1:7777', 'fazt.example.com'])),
  );
  app.get('/', (c) => c.text('ok'));
  const get = (headers: Record<string, string>) => app.request('http://x/', { headers });

  it('lets its own Host through, with or without a matching Origin', async () => {
    expect((await get({ host: '127.0.0.1:7777' })).status).toBe(200);
    expect((await get({ host: '127.0.0.1:7777', origin: 'http://127.0.0.1:7777' })).status).toBe(200);
    expect((await get({ host: 'fazt.example.com', origin: 'https://fazt.example.com' })).status).toBe(200);
  });
  it('refuses a foreign Host, a missing one, and a foreign or opaque Origin', async () => {
    expect((await get({ host: 'evil.example.com' })).status).toBe(403);
    expect((await get({ host: '127.0.0.1:7778' })).status).toBe(403);
    expect((await get({ host: '127.0.0.1:7777', origin: 'http://evil.example.com' })).status).toBe(403);
    expect((await get({ host: '127.0.0.1:7777', origin: 'null' })).status).toBe(403);
    expect((await get({ host: '127.0.0.1:7777', origin: 'http://127.0.0.1:9999' })).status).toBe(403);
  });
});
