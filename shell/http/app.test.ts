import { request as httpRequest } from 'node:http';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Cartridge, openCartridge } from '../../cartridge/open.js';
import { createTokenStore, type TokenScope, type TokenStore } from '../../cartridge/tokens.js';
import { weatherLookup } from '../../test/fakes/weather-tool.js';
import { type TempCartridge, tempCartridge } from '../../test/helpers/cli.js';
import { holdLock } from '../../test/helpers/lock.js';
import { INITIALIZE_REQUEST } from '../../test/helpers/mcp-messages.js';
import { builtinTools } from '../../tools/index.js';
import { createRegistry } from '../../tools/registry.js';
import { createMcpHttpEndpoint, type McpHttpEndpoint } from '../mcp/http-sessions.js';
import { createHttpApp } from './app.js';
import { ownAuthorities } from './host-guard.js';
import { type ListeningServer, listen } from './server.js';

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw HTTP request, so tests can send any Host header (fetch will not). */
function raw(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      url,
      { method: options.method ?? 'GET', headers: options.headers },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks).toString(),
          }),
        );
      },
    );
    request.on('error', reject);
    request.end(options.body);
  });
}

const initialize = JSON.stringify(INITIALIZE_REQUEST);
const mcpHeaders = { 'content-type': 'application/json', accept: 'application/json, text/event-stream' };

describe('fazt HTTP app', () => {
  let temp: TempCartridge;
  let cartridge: Cartridge;
  let tokens: TokenStore;
  let server: ListeningServer;
  let endpoint: McpHttpEndpoint;
  const clients: Client[] = [];

  async function start(rateLimit = 1000, extraHosts: string[] = []) {
    let authorities: ReadonlySet<string> = new Set();
    endpoint = createMcpHttpEndpoint({
      cartridge,
      registry: createRegistry([...builtinTools, weatherLookup]),
    });
    const app = createHttpApp({
      cartridge,
      mcp: endpoint,
      rateLimit,
      authorities: () => authorities,
      baseUrl: () => server.url,
    });
    server = await listen(app, { host: '127.0.0.1', port: 0 });
    authorities = ownAuthorities('127.0.0.1', server.port, extraHosts);
  }

  const secret = (name: string, scope: TokenScope, expiresAt: number | null = null) =>
    tokens.create({ name, scope, expiresAt }).secret;

  async function connect(
    token: string,
  ): Promise<{ client: Client; transport: StreamableHTTPClientTransport }> {
    const transport = new StreamableHTTPClientTransport(new URL(`${server.url}/mcp`), {
      requestInit: { headers: { authorization: `Bearer ${token}` } },
    });
    const client = new Client({ name: 'test', version: '1.0.0' });
    await client.connect(transport);
    clients.push(client);
    return { client, transport };
  }

  beforeEach(async () => {
    temp = await tempCartridge('fazt-http-');
    cartridge = openCartridge(temp.path);
    tokens = createTokenStore(cartridge.prepare);
  });
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((client) => client.close().catch(() => undefined)));
    await endpoint?.close();
    await server?.close();
    cartridge.close();
    await temp.cleanup();
  });

  it('serves a status page without a token and 404s elsewhere', async () => {
    await start();
    const json = await raw(`${server.url}/`);
    expect(json.status).toBe(200);
    expect(JSON.parse(json.body)).toMatchObject({ name: 'fazt', mcp: `${server.url}/mcp`, auth: 'bearer' });
    const html = await raw(`${server.url}/`, { headers: { accept: 'text/html' } });
    expect(html.body).toContain('claude mcp add --transport http fazt');
    const missing = await raw(`${server.url}/nope`);
    expect(missing.status).toBe(404);
    expect(JSON.parse(missing.body).error.message).toMatch(/Nothing at \/nope/);
  });

  it('refuses a foreign Host or Origin with 403 before anything else (DNS rebinding)', async () => {
    await start(1000, ['fazt.example.com']);
    const good = secret('admin', 'admin');
    const auth = { ...mcpHeaders, authorization: `Bearer ${good}` };
    const evilHost = await raw(`${server.url}/mcp`, {
      method: 'POST',
      headers: { ...auth, host: 'evil.example.com' },
      body: initialize,
    });
    expect(evilHost.status).toBe(403);
    expect(JSON.parse(evilHost.body).error.message).toMatch(/Host "evil.example.com" is not this server/);
    const evilPort = await raw(`${server.url}/`, { headers: { host: `127.0.0.1:${server.port + 1}` } });
    expect(evilPort.status).toBe(403);
    const evilOrigin = await raw(`${server.url}/mcp`, {
      method: 'POST',
      headers: { ...auth, origin: 'http://evil.example.com' },
      body: initialize,
    });
    expect(evilOrigin.status).toBe(403);
    for (const host of [`localhost:${server.port}`, `127.0.0.1:${server.port}`, 'fazt.example.com']) {
      const ok = await raw(`${server.url}/mcp`, {
        method: 'POST',
        headers: { ...auth, host, origin: `http://${host}` },
        body: initialize,
      });
      expect(ok.status, host).toBe(200);
    }
  });

  it('needs a bearer token: 401 with WWW-Authenticate, and a reason for a bad one', async () => {
    await start();
    const none = await raw(`${server.url}/mcp`, { method: 'POST', headers: mcpHeaders, body: initialize });
    expect(none.status).toBe(401);
    expect(none.headers['www-authenticate']).toBe('Bearer realm="fazt"');
    expect(JSON.parse(none.body).error.message).toMatch(/fazt needs a token.*fazt token create/);
    const expired = secret('old', 'read', Date.now() - 1);
    const refused = await raw(`${server.url}/mcp`, {
      method: 'POST',
      headers: { ...mcpHeaders, authorization: `Bearer ${expired}` },
      body: initialize,
    });
    expect(refused.status).toBe(401);
    expect(refused.headers['www-authenticate']).toMatch(/error="invalid_token", error_description="expired"/);
    const garbage = await raw(`${server.url}/mcp`, {
      method: 'POST',
      headers: { ...mcpHeaders, authorization: 'Bearer hunter2' },
      body: initialize,
    });
    expect(JSON.parse(garbage.body).error.message).toMatch(/not a fazt token/);
  });

  it('runs what the scope covers, denies the rest with a clear result, and audits the token name', async () => {
    await start();
    const { client: admin } = await connect(secret('admin-bot', 'admin'));
    const { client: writer } = await connect(secret('writer-bot', 'write'));
    const weather = (await admin.callTool({
      name: 'weather_lookup',
      arguments: { city: 'Oslo' },
    })) as CallToolResult;
    expect(weather.structuredContent).toEqual({ city: 'Oslo', forecast: 'sunny' });
    const denied = (await writer.callTool({
      name: 'weather_lookup',
      arguments: { city: 'Oslo' },
    })) as CallToolResult;
    expect(denied.isError).toBe(true);
    expect((denied.content[0] as { text: string }).text).toMatch(
      /not allowed for mcp writer-bot\. Token "writer-bot" has scope write.*--scope admin/,
    );
    const audit = cartridge.audit.list({ tool: 'weather_lookup' });
    expect(audit.map((row) => [row.outcome, row.caller])).toEqual([
      ['denied', { kind: 'mcp', id: 'writer-bot' }],
      ['ok', { kind: 'mcp', id: 'admin-bot' }],
    ]);
    expect(tokens.get('admin-bot')?.lastUsedAt).toBeGreaterThan(0);
  });

  it("a token's use is noted best-effort: another process's write lock does not hold a request up", async () => {
    await start();
    const token = secret('reader', 'read');
    const post = () =>
      raw(`${server.url}/mcp`, {
        method: 'POST',
        headers: { ...mcpHeaders, authorization: `Bearer ${token}` },
        body: initialize,
      });
    const holder = await holdLock(temp.path);
    try {
      const started = Date.now();
      expect((await post()).status).toBe(200);
      // The cartridge waits 15 s for a real write; the note of use gave up long before.
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(tokens.get('reader')?.lastUsedAt).toBeNull();
    } finally {
      await holder.release();
    }
    // Not noted then, so noted by the next request rather than a minute later.
    expect((await post()).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(tokens.get('reader')?.lastUsedAt).toBeGreaterThan(0);
  });

  it('binds a session to its token and refuses a revoked token mid-session', async () => {
    await start();
    const { client, transport } = await connect(secret('owner', 'read'));
    const thief = secret('thief', 'admin');
    const stolen = await raw(`${server.url}/mcp`, {
      method: 'POST',
      headers: {
        ...mcpHeaders,
        authorization: `Bearer ${thief}`,
        'mcp-session-id': transport.sessionId ?? '',
      },
      body: JSON.stringify({ jsonrpc: '2.0', id: 2, method: 'tools/list' }),
    });
    expect(stolen.status).toBe(404);
    expect((await client.listTools()).tools.length).toBeGreaterThan(5);
    tokens.revoke('owner');
    await expect(client.listTools()).rejects.toThrow(/401|revoked|Unauthorized/i);
  });

  it('closes a session on DELETE', async () => {
    await start();
    const { transport } = await connect(secret('closer', 'read'));
    expect(endpoint.sessions).toBe(1);
    await transport.terminateSession();
    expect(endpoint.sessions).toBe(0);
  });

  it('limits requests per token with 429 and Retry-After', async () => {
    await start(3);
    const first = secret('busy', 'read');
    const other = secret('calm', 'read');
    const post = (token: string) =>
      raw(`${server.url}/mcp`, {
        method: 'POST',
        headers: { ...mcpHeaders, authorization: `Bearer ${token}` },
        body: initialize,
      });
    const statuses = [];
    for (let index = 0; index < 4; index++) statuses.push((await post(first)).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const limited = await post(first);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(JSON.parse(limited.body).error.message).toMatch(/"busy" is over its limit of 3 requests a minute/);
    expect((await post(other)).status).toBe(200);
  });
});
