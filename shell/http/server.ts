import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';
import { errorMessage, FaztError } from '../../cartridge/errors.js';

export interface ListeningServer {
  /** Base URL, e.g. http://127.0.0.1:7777 (no trailing slash). */
  url: string;
  host: string;
  port: number;
  /** Stops accepting, ends open streams, and resolves once the socket is closed. */
  close(): Promise<void>;
}

/** How long the server waits for a slow client before it closes the connection (milliseconds). */
export interface ServerTimeouts {
  /** For the request line and headers: a client dribbling headers is cut off after this. */
  headersTimeout: number;
  /** For the whole request, body included (bodies are at most 16 MiB): a byte a second is cut off. */
  requestTimeout: number;
  /** For the next request on an idle keep-alive connection. */
  keepAliveTimeout: number;
  /** How often the two above are checked (Node's default, 30 s, would let them run over by that much). */
  connectionsCheckingInterval: number;
}

/**
 * Node keeps a slow client for 60 s (headers) or 300 s (a request), checked only every 30 s, so
 * 200 sockets dribbling headers held the server for minutes (S36). A person's own server on a
 * LAN or loopback gets its headers in milliseconds and a 16 MiB body in seconds.
 */
export const SERVER_TIMEOUTS: ServerTimeouts = {
  headersTimeout: 15_000,
  requestTimeout: 60_000,
  keepAliveTimeout: 5_000,
  connectionsCheckingInterval: 1_000,
};

/** Formats a host for a URL: IPv6 addresses go in brackets. */
export function urlHost(host: string): string {
  return host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
}

/**
 * Listens on `host:port` (port 0 picks a free one) and resolves once the socket is bound.
 * A taken port or an address this machine does not have is a clear error, not a crash.
 */
export function listen(
  // biome-ignore lint/suspicious/noExplicitAny: any Hono app, whatever its variables.
  app: Hono<any>,
  { host, port, timeouts = SERVER_TIMEOUTS }: { host: string; port: number; timeouts?: ServerTimeouts },
): Promise<ListeningServer> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: host, port, serverOptions: timeouts });
    server.once('error', (error: NodeJS.ErrnoException) => {
      const hint =
        error.code === 'EADDRINUSE'
          ? `Port ${port} is already in use. Pass --port with another number, or --port 0 for any free one.`
          : error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND'
            ? `This machine has no address ${host}. Pass --host 127.0.0.1 (the default) or one of its own addresses.`
            : `Cannot listen on ${host}:${port}: ${errorMessage(error)}.`;
      reject(new FaztError(hint, { code: 'listen_failed', cause: error }));
    });
    server.once('listening', () => {
      const address = server.address() as AddressInfo;
      const bound = { host, port: address.port, url: `http://${urlHost(host)}:${address.port}` };
      resolve({
        ...bound,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            if ('closeAllConnections' in server) server.closeAllConnections();
          }),
      });
    });
  });
}
