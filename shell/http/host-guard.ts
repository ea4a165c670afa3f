import { hostname as machineName, networkInterfaces } from 'node:os';
import type { MiddlewareHandler } from 'hono';
import { errorResponse } from './env.js';

const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]'];
const WILDCARDS = new Set(['0.0.0.0', '::', '[::]']);

const bracket = (host: string) => (host.includes(':') && !host.startsWith('[') ? `[${host}]` : host);

/**
 * The `Host` values (authority: host and port) under which this server is itself: its bound
 * address, the loopback names when bound to loopback, every interface when bound to all of them,
 * plus whatever `--allow-host` adds (matched as given, e.g. `fazt.example.com` behind a proxy).
 */
export function ownAuthorities(host: string, port: number, extra: readonly string[] = []): Set<string> {
  const names = new Set<string>([bracket(host.toLowerCase())]);
  const isLoopback = host === 'localhost' || host === '::1' || host.startsWith('127.');
  if (isLoopback || WILDCARDS.has(host)) for (const name of LOOPBACK_NAMES) names.add(name);
  if (WILDCARDS.has(host)) {
    names.add(machineName().toLowerCase());
    for (const addresses of Object.values(networkInterfaces())) {
      for (const address of addresses ?? []) names.add(bracket(address.address.toLowerCase()));
    }
  }
  const authorities = new Set([...names].map((name) => `${name}:${port}`));
  for (const value of extra) authorities.add(value.toLowerCase());
  return authorities;
}

/**
 * DNS-rebinding protection: a request whose `Host`, or `Origin` when it has one, is not this
 * server's own is refused with 403 before anything else looks at it. A page on evil.example that
 * resolves to 127.0.0.1 still sends `Host: evil.example`, so it never reaches a route.
 */
export function hostGuard(authorities: () => ReadonlySet<string>): MiddlewareHandler {
  return async (c, next) => {
    const allowed = authorities();
    const host = c.req.header('host')?.toLowerCase();
    if (!host || !(allowed.has(host) || appSubdomain(host, allowed) !== undefined)) {
      return errorResponse(
        403,
        `Refused: Host "${host ?? ''}" is not this server. fazt answers only to its own address (${[...allowed][0]}); start it with --allow-host to add a name.`,
      );
    }
    const origin = c.req.header('origin');
    if (origin !== undefined && !originAllowed(origin, allowed)) {
      return errorResponse(403, `Refused: requests from the web page at ${origin} may not use fazt.`);
    }
    await next();
  };
}

/** An origin is allowed when its authority, with or without its scheme's default port, is. */
function originAllowed(origin: string, allowed: ReadonlySet<string>): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  const authority = `${url.hostname.toLowerCase()}:${port}`;
  return (
    allowed.has(url.host.toLowerCase()) ||
    allowed.has(authority) ||
    appSubdomain(authority, allowed) !== undefined
  );
}

const APP_HOST = /^([a-z][a-z0-9-]{0,62})\.localhost(:\d+)$/;

/**
 * The app a `Host` names when it is `<app>.localhost:<port>` and this server answers to
 * `localhost:<port>` (browsers resolve every *.localhost name to loopback, RFC 6761), else undefined.
 */
export function appSubdomain(host: string, allowed: ReadonlySet<string>): string | undefined {
  const match = APP_HOST.exec(host.toLowerCase());
  if (!match || !allowed.has(`localhost${match[2]}`)) return undefined;
  return match[1];
}
