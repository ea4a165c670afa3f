import { randomUUID } from 'node:crypto';
import type { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { WebStandardStreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js';
import type { Cartridge } from '../../cartridge/open.js';
import type { TokenRecord } from '../../cartridge/tokens.js';
import { needsConsent } from '../../tools/approval.js';
import type { AnyTool } from '../../tools/define-tool.js';
import type { Registry } from '../../tools/registry.js';
import { SCOPE_RISKS, scopeAllows, scopeFor, scopePolicy } from './scopes.js';
import { createMcpServer } from './server.js';

export interface McpHttpOptions {
  cartridge: Cartridge;
  registry: Registry;
  /** A session unused this long is closed (default 1 hour). */
  idleMs?: number;
  /**
   * At most this many open sessions in all (default 256). When full, the least recently used
   * session of the token holding the most sessions is closed to make room, so a token that
   * opens many sessions pushes out its own, never those of a token with fewer.
   */
  maxSessions?: number;
  /** At most this many open sessions per token (default 32); its least recently used one makes room. */
  maxSessionsPerToken?: number;
  /** One line per session opened or closed (stderr in `fazt serve`). */
  log?(line: string): void;
}

/** MCP over Streamable HTTP: one stateful session (transport + server) per client that initialises. */
export interface McpHttpEndpoint {
  /** Handles one authenticated request to `/mcp`. */
  handle(request: Request, token: TokenRecord): Promise<Response>;
  /** Open sessions. */
  readonly sessions: number;
  close(): Promise<void>;
}

interface Session {
  transport: WebStandardStreamableHTTPServerTransport;
  server: Server;
  tokenName: string;
  lastSeen: number;
}

const jsonRpcError = (status: number, code: number, message: string) =>
  new Response(JSON.stringify({ jsonrpc: '2.0', error: { code, message }, id: null }), {
    status,
    headers: { 'content-type': 'application/json' },
  });

/** The id of the least recently used session among `entries` (not empty). */
function leastRecent(entries: Array<[string, Session]>): string {
  return entries.reduce((oldest, entry) => (entry[1].lastSeen < oldest[1].lastSeen ? entry : oldest))[0];
}

/** The sessions of the token that holds the most (ties: the one whose oldest session is oldest). */
function busiestToken(sessions: Map<string, Session>): Array<[string, Session]> {
  const byToken = new Map<string, Array<[string, Session]>>();
  for (const entry of sessions) {
    const list = byToken.get(entry[1].tokenName) ?? [];
    list.push(entry);
    byToken.set(entry[1].tokenName, list);
  }
  return [...byToken.values()].reduce((most, list) => (list.length > most.length ? list : most));
}

function explainDenied(token: TokenRecord) {
  return (tool: AnyTool, input: unknown) =>
    scopeAllows(token.scope, tool.risk) && needsConsent(tool, input)
      ? `Token "${token.name}" has scope ${token.scope}; ${tool.name} with these options needs the person's consent, which only an admin token carries (as making an app public does). Ask for less (a link that expires within 31 days), or create a token with \`fazt token create --name <name> --scope admin\` to run it.`
      : `Token "${token.name}" has scope ${token.scope}, which covers ${SCOPE_RISKS[token.scope].join(', ')} tools; ` +
        `${tool.name} is ${tool.risk}. Create a token with \`fazt token create --name <name> --scope ${scopeFor(tool.risk)}\` to run it.`;
}

/**
 * Sessions are stateful (the server issues `Mcp-Session-Id`), which lets a client hold several SSE
 * streams at once. A session belongs to the token that opened it: another token presenting its id
 * gets 404, as if it did not exist. Every request is still authenticated on its own, so a revoked
 * token is refused at once, mid-session.
 */
export function createMcpHttpEndpoint(options: McpHttpOptions): McpHttpEndpoint {
  const {
    cartridge,
    registry,
    idleMs = 3_600_000,
    maxSessions = 256,
    maxSessionsPerToken = 32,
    log,
  } = options;
  const sessions = new Map<string, Session>();

  const closeSession = async (id: string, why: string) => {
    const session = sessions.get(id);
    if (!session) return;
    sessions.delete(id);
    log?.(`mcp session ${id.slice(0, 8)} (${session.tokenName}) closed: ${why}`);
    await session.transport.close().catch(() => undefined);
    await session.server.close().catch(() => undefined);
  };

  const sweeper = setInterval(
    () => {
      const now = Date.now();
      for (const [id, session] of sessions) {
        if (now - session.lastSeen > idleMs) void closeSession(id, 'idle');
      }
    },
    Math.min(60_000, idleMs),
  );
  sweeper.unref();

  const open = async (request: Request, token: TokenRecord): Promise<Response> => {
    const own = [...sessions.entries()].filter(([, session]) => session.tokenName === token.name);
    if (own.length >= maxSessionsPerToken) {
      await closeSession(leastRecent(own), `token ${token.name} has ${own.length} sessions open`);
    } else if (sessions.size >= maxSessions) {
      await closeSession(leastRecent(busiestToken(sessions)), 'too many sessions open');
    }
    const server = createMcpServer({
      cartridge,
      registry,
      caller: { kind: 'mcp', id: token.name },
      policy: scopePolicy(token.scope),
      explainDenied: explainDenied(token),
    });
    let session: Session | undefined;
    const transport = new WebStandardStreamableHTTPServerTransport({
      sessionIdGenerator: randomUUID,
      onsessioninitialized: (id) => {
        session = { transport, server, tokenName: token.name, lastSeen: Date.now() };
        sessions.set(id, session);
        log?.(`mcp session ${id.slice(0, 8)} opened for token ${token.name} (${token.scope})`);
      },
      onsessionclosed: (id) => closeSession(id, 'closed by the client'),
    });
    await server.connect(transport);
    const response = await transport.handleRequest(request);
    if (!session) {
      // Not an initialize request: nothing was opened, so nothing may linger.
      await transport.close().catch(() => undefined);
      await server.close().catch(() => undefined);
    }
    return response;
  };

  return {
    get sessions() {
      return sessions.size;
    },

    async handle(request, token) {
      const id = request.headers.get('mcp-session-id');
      if (!id) {
        if (request.method === 'POST') return open(request, token);
        return jsonRpcError(400, -32000, 'Bad Request: Mcp-Session-Id header is required');
      }
      const session = sessions.get(id);
      if (!session || session.tokenName !== token.name) return jsonRpcError(404, -32001, 'Session not found');
      session.lastSeen = Date.now();
      return session.transport.handleRequest(request);
    },

    async close() {
      clearInterval(sweeper);
      await Promise.all([...sessions.keys()].map((id) => closeSession(id, 'server stopping')));
    },
  };
}
