import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Cartridge, openCartridge } from '../../cartridge/open.js';
import { createTokenStore, type TokenRecord, type TokenScope } from '../../cartridge/tokens.js';
import { type TempCartridge, tempCartridge } from '../../test/helpers/cli.js';
import { INITIALIZE_REQUEST } from '../../test/helpers/mcp-messages.js';
import { createDefaultRegistry } from '../../tools/index.js';
import { createMcpHttpEndpoint, type McpHttpEndpoint } from './http-sessions.js';

const headers = { 'content-type': 'application/json', accept: 'application/json, text/event-stream' };

describe('MCP HTTP sessions are capped per token as well as in all', () => {
  let temp: TempCartridge;
  let cartridge: Cartridge;
  let endpoint: McpHttpEndpoint;
  const tokens = new Map<string, TokenRecord>();

  beforeEach(async () => {
    temp = await tempCartridge('fazt-sessions-');
    cartridge = openCartridge(temp.path);
  });
  afterEach(async () => {
    await endpoint?.close();
    cartridge.close();
    await temp.cleanup();
    tokens.clear();
  });

  const token = (name: string, scope: TokenScope = 'read'): TokenRecord => {
    const known = tokens.get(name);
    if (known) return known;
    const store = createTokenStore(cartridge.prepare);
    store.create({ name, scope, expiresAt: null });
    const record = store.list().find((entry) => entry.name === name) as TokenRecord;
    tokens.set(name, record);
    return record;
  };

  /** Opens one session for `name` and returns its id. */
  async function open(name: string): Promise<string> {
    const response = await endpoint.handle(
      new Request('http://127.0.0.1/mcp', {
        method: 'POST',
        headers,
        body: JSON.stringify(INITIALIZE_REQUEST),
      }),
      token(name),
    );
    expect(response.status).toBe(200);
    await response.text();
    return response.headers.get('mcp-session-id') as string;
  }

  /** Whether the session still answers a ping for `name`. */
  async function alive(name: string, id: string): Promise<boolean> {
    const response = await endpoint.handle(
      new Request('http://127.0.0.1/mcp', {
        method: 'POST',
        headers: {
          ...headers,
          'mcp-session-id': id,
          'mcp-protocol-version': INITIALIZE_REQUEST.params.protocolVersion,
        },
        body: JSON.stringify({ jsonrpc: '2.0', id: 2, method: 'ping' }),
      }),
      token(name),
    );
    await response.text();
    return response.status === 200;
  }

  it('one token opening many sessions closes its own oldest, never another token’s', async () => {
    endpoint = createMcpHttpEndpoint({
      cartridge,
      registry: createDefaultRegistry(),
      maxSessions: 4,
      maxSessionsPerToken: 2,
    });
    const mine = await open('laptop');
    const theirs: string[] = [];
    for (let index = 0; index < 6; index += 1) theirs.push(await open('greedy'));
    expect(await alive('laptop', mine)).toBe(true);
    expect(endpoint.sessions).toBe(3);
    expect(await alive('greedy', theirs[5] as string)).toBe(true);
    expect(await alive('greedy', theirs[0] as string)).toBe(false);
  });

  it('when all sessions are taken, the token holding the most gives one up', async () => {
    endpoint = createMcpHttpEndpoint({
      cartridge,
      registry: createDefaultRegistry(),
      maxSessions: 4,
      maxSessionsPerToken: 3,
    });
    const mine = await open('laptop');
    const theirs = [await open('greedy'), await open('greedy'), await open('greedy')];
    const newcomer = await open('phone');
    expect(endpoint.sessions).toBe(4);
    expect(await alive('laptop', mine)).toBe(true);
    expect(await alive('phone', newcomer)).toBe(true);
    expect(await alive('greedy', theirs[0] as string)).toBe(false);
    expect(await alive('greedy', theirs[2] as string)).toBe(true);
  });
});
