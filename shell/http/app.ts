import { Hono } from 'hono';
import type { Cartridge } from '../../cartridge/open.js';
import { createTokenStore } from '../../cartridge/tokens.js';
import type { Registry } from '../../tools/registry.js';
import { guardMcpBody } from '../mcp/http-body.js';
import type { McpHttpEndpoint } from '../mcp/http-sessions.js';
import { createHosting, hardened } from './apps/hosting.js';
import { mountOwnerAuth } from './apps/owner-auth.js';
import { ownerPage } from './apps/owner-page.js';
import { PAGE_CSP } from './apps/pages.js';
import { bearerAuth } from './bearer-auth.js';
import { errorResponse, type HttpEnv } from './env.js';
import { appSubdomain, hostGuard } from './host-guard.js';
import { rateLimit } from './rate-limit.js';
import { statusPage } from './status-page.js';

export interface HttpAppOptions {
  cartridge: Cartridge;
  mcp: McpHttpEndpoint;
  /** Requests a minute each token may make. */
  rateLimit: number;
  /** The `Host` values that are this server (known once it listens). */
  authorities(): ReadonlySet<string>;
  /** The server's own base URL, e.g. http://127.0.0.1:7777. */
  baseUrl(): string;
  /** Where unexpected errors are reported (stderr in `fazt serve`). */
  log?(line: string): void;
  /** The registry whose capabilities' built-in apps are served at /a/<name>/. */
  registry?: Registry;
}

/** Headers every response carries unless a route chose stricter ones. */
const SECURITY_HEADERS: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'content-security-policy': PAGE_CSP,
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
};

/**
 * fazt's HTTP routes. Every request first passes the Host/Origin guard; `/mcp` then needs a
 * bearer token and stays under its rate limit. Hosted apps and the API mount here later with
 * `app.route(path, subApp)` behind the same guard.
 */
export function createHttpApp(options: HttpAppOptions): Hono<HttpEnv> {
  const { cartridge, mcp } = options;
  const tokens = createTokenStore(cartridge.prepare);
  const app = new Hono<HttpEnv>();

  app.use('*', async (c, next) => {
    await next();
    if (hardened.has(c.res)) return;
    let headers = c.res.headers;
    try {
      for (const [name, value] of Object.entries(SECURITY_HEADERS))
        if (!headers.has(name)) headers.set(name, value);
    } catch {
      // Immutable headers (a fetched response): copy the response once and set them there.
      c.res = new Response(c.res.body, c.res);
      headers = c.res.headers;
      for (const [name, value] of Object.entries(SECURITY_HEADERS))
        if (!headers.has(name)) headers.set(name, value);
    }
  });
  app.use('*', hostGuard(options.authorities));

  // biome-ignore lint/suspicious/noExplicitAny: the login routes are typed for any Hono app.
  const auth = mountOwnerAuth(app as any, {
    cartridge,
    store: () => hosting.store(),
  });
  const hosting = createHosting({ cartridge, registry: options.registry, auth });
  app.use('*', async (c, next) => {
    const host = c.req.header('host');
    const subdomain = host === undefined ? undefined : appSubdomain(host, options.authorities());
    if (subdomain === undefined || c.req.path.startsWith('/_fazt/')) return next();
    const raw = rawPath(c.req.url);
    return hosting.handle(c, subdomain, raw, '');
  });
  app.all('/a/*', (c) => {
    const raw = rawPath(c.req.url);
    const slash = raw.indexOf('/', 3);
    const name = slash < 0 ? raw.slice(3) : raw.slice(3, slash);
    const inner = slash < 0 ? '' : raw.slice(slash);
    return hosting.handle(c, name, inner, `/a/${name}`);
  });
  app.get('/', (c) => {
    if (!c.req.header('accept')?.includes('text/html')) return statusPage(options.baseUrl)(c, async () => {});
    return ownerPage(c, { auth, hosting, baseUrl: options.baseUrl() });
  });
  app.use('/mcp', bearerAuth(cartridge, tokens), rateLimit(options.rateLimit));
  app.all('/mcp', async (c) => {
    const request = await guardMcpBody(c.req.raw);
    return request instanceof Response ? request : mcp.handle(request, c.get('token'));
  });

  app.notFound((c) => errorResponse(404, `Nothing at ${c.req.path}. MCP lives at /mcp.`, {}, false));
  app.onError((error, c) => {
    // A client that went away (or was cut off for sending too slowly) mid-body: one line, no stack.
    if ((error as NodeJS.ErrnoException).code === 'ECONNRESET') {
      options.log?.(
        `${c.req.method} ${c.req.path}: the client closed the connection before its request ended`,
      );
      return errorResponse(400, 'The request ended early.', {}, c.req.path === '/mcp');
    }
    options.log?.(`${c.req.method} ${c.req.path} failed: ${error.stack ?? error.message}`);
    return errorResponse(
      500,
      `fazt could not handle this request: ${error.message}`,
      {},
      c.req.path === '/mcp',
    );
  });
  return app;
}

/** The request's path as sent, still percent-encoded (dot segments already resolved by the URL parser). */
function rawPath(url: string): string {
  const start = url.indexOf('/', url.indexOf('//') + 2);
  if (start < 0) return '/';
  const end = url.slice(start).search(/[?#]/);
  return end < 0 ? url.slice(start) : url.slice(start, start + end);
}
