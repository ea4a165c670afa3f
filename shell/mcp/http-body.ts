import { isUtf8 } from 'node:buffer';
import { readBounded } from '../bounded-read.js';
import { MAX_JSON_INPUT_BYTES } from '../json-input.js';
import { firstInvalidUtf8 } from '../utf8.js';

/** A JSON-RPC error response with no id (the body could not be read, so no id is known). */
function parseError(status: number, message: string): Response {
  return new Response(JSON.stringify({ jsonrpc: '2.0', error: { code: -32700, message }, id: null }), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}

/**
 * Reads a POSTed MCP body before the SDK does, so that (1) a body over 16 MiB (the same cap as one
 * stdio message) is refused with 413 as soon as it passes the cap, never held whole, and (2) a
 * body that is not well-formed UTF-8 is refused with 400 / -32700 naming the byte, instead of the
 * SDK's `request.json()` turning broken bytes into U+FFFD and storing them as if typed.
 * Returns the request to hand on (same method, headers and bytes) or the error response.
 */
export async function guardMcpBody(request: Request): Promise<Request | Response> {
  if (request.method !== 'POST' || !request.body) return request;
  const tooLarge = () =>
    parseError(413, `Parse error: the message is longer than ${MAX_JSON_INPUT_BYTES} bytes.`);
  if (Number(request.headers.get('content-length') ?? 0) > MAX_JSON_INPUT_BYTES) return tooLarge();
  const { bytes, tooLong } = await readBounded(request.body, MAX_JSON_INPUT_BYTES);
  if (tooLong) return tooLarge();
  if (!isUtf8(bytes)) {
    const at = firstInvalidUtf8(bytes);
    const hex = (bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    return parseError(
      400,
      `Parse error: the body is not valid UTF-8 (byte ${at}, 0x${hex}, is not text). Send JSON encoded as UTF-8.`,
    );
  }
  return new Request(request.url, { method: 'POST', headers: request.headers, body: bytes });
}
