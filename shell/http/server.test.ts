import { connect, type Socket } from 'node:net';
import { Hono } from 'hono';
import { afterEach, describe, expect, it } from 'vitest';
import { type ListeningServer, listen, SERVER_TIMEOUTS } from './server.js';

/** Opens a socket and resolves, once the server closes it, with what it said and after how long. */
function slowClient(port: number, start: string, dribble: string, everyMs: number) {
  const socket: Socket = connect(port, '127.0.0.1');
  const began = Date.now();
  let said = '';
  socket.on('data', (chunk: Buffer) => {
    said += chunk.toString();
  });
  socket.write(start);
  const timer = setInterval(() => {
    if (!socket.destroyed) socket.write(dribble);
  }, everyMs);
  return new Promise<{ ms: number; said: string }>((resolve) => {
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearInterval(timer);
      resolve({ ms: Date.now() - began, said });
    });
  });
}

describe('listen: slow clients are cut off (S36 L7)', () => {
  let server: ListeningServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });
  // Like the MCP endpoint, a POST is answered once its whole body is read.
  const app = new Hono()
    .post('*', async (c) => c.text(`read ${(await c.req.text()).length}`))
    .all('*', (c) => c.text('ok'));

  it('closes a socket dribbling headers, and one sending a long body a byte at a time, with 408', async () => {
    server = await listen(app, {
      host: '127.0.0.1',
      port: 0,
      timeouts: {
        headersTimeout: 600,
        requestTimeout: 1200,
        keepAliveTimeout: 500,
        connectionsCheckingInterval: 100,
      },
    });
    const [headers, body] = await Promise.all([
      slowClient(server.port, 'GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n', 'X-Slow: a\r\n', 100),
      slowClient(
        server.port,
        'POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100000\r\n\r\n',
        'a',
        100,
      ),
    ]);
    expect(headers.ms).toBeLessThan(5_000);
    expect(headers.said).toMatch(/^HTTP\/1\.1 408/);
    expect(body.ms).toBeGreaterThanOrEqual(1_000);
    expect(body.ms).toBeLessThan(6_000);
    expect(body.said).toMatch(/^HTTP\/1\.1 408/);
  });

  it('closes an idle keep-alive connection, and still serves a quick client meanwhile', async () => {
    server = await listen(app, {
      host: '127.0.0.1',
      port: 0,
      timeouts: {
        headersTimeout: 600,
        requestTimeout: 1200,
        keepAliveTimeout: 300,
        connectionsCheckingInterval: 100,
      },
    });
    const idle = slowClient(server.port, 'GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n', '', 60_000);
    expect(await (await fetch(`${server.url}/`)).text()).toBe('ok');
    const done = await idle;
    expect(done.said).toMatch(/^HTTP\/1\.1 200/);
    expect(done.ms).toBeLessThan(3_000);
  });

  it('uses bounded defaults: headers in 15 s, a whole request in 60 s, checked every second', async () => {
    expect(SERVER_TIMEOUTS).toEqual({
      headersTimeout: 15_000,
      requestTimeout: 60_000,
      keepAliveTimeout: 5_000,
      connectionsCheckingInterval: 1_000,
    });
    server = await listen(app, { host: '127.0.0.1', port: 0 });
    const headers = await slowClient(
      server.port,
      'GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n',
      'X-Slow: a\r\n',
      1_000,
    );
    expect(headers.said).toMatch(/^HTTP\/1\.1 408/);
    expect(headers.ms).toBeGreaterThanOrEqual(14_000);
    expect(headers.ms).toBeLessThan(20_000);
  }, 40_000);
});
