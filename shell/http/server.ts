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
  { host, port }: { host: string; port: number },
): Promise<ListeningServer> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: host, port });
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
