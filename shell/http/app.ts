import { Hono } from 'hono';
import type { Cartridge } from '../../cartridge/open.js';
import { createTokenStore } from '../../cartridge/tokens.js';
import type { McpHttpEndpoint } from '../mcp/http-sessions.js';
import { bearerAuth } from './bearer-auth.js';
import { errorResponse, type HttpEnv } from './env.js';
import { hostGuard } from './host-guard.js';
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
}

/**
 * fazt's HTTP routes. Every request first passes the Host/Origin guard; `/mcp` then needs a
 * bearer token and stays under its rate limit. Hosted apps and the API mount here later with
 * `app.route(path, subApp)` behind the same guard.
 */
export function createHttpApp(options: HttpAppOptions): Hono<HttpEnv> {
  const { cartridge, mcp } = options;
  const tokens = createTokenStore(cartridge.prepare);
  const app = new Hono<HttpEnv>();

  app.use('*', hostGuard(options.authorities));
  app.get('/', statusPage(options.baseUrl));
  app.use('/mcp', bearerAuth(cartridge, tokens), rateLimit(options.rateLimit));
  app.all('/mcp', (c) => mcp.handle(c.req.raw, c.get('token')));

  app.notFound((c) => errorResponse(404, `Nothing at ${c.req.path}. MCP lives at /mcp.`, {}, false));
  app.onError((error, c) => {
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
