import type { TokenRecord } from '../../cartridge/tokens.js';

/** What middleware hands on to the routes behind it. */
export interface HttpEnv {
  Variables: {
    /** The authenticated token (set by `bearerAuth`). */
    token: TokenRecord;
  };
}

/** A JSON error body. `/mcp` answers in JSON-RPC's shape so MCP clients show the message. */
export function errorResponse(
  status: number,
  message: string,
  headers: Record<string, string> = {},
  rpc = true,
): Response {
  const body = rpc
    ? { jsonrpc: '2.0', error: { code: -32000, message }, id: null }
    : { error: { status, message } };
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}
