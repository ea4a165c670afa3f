import { describe, expect, it } from 'vitest';
import { collect, spawnCli, useTempCartridge } from '../helpers/cli.js';
import { INITIALIZE_REQUEST } from '../helpers/mcp-messages.js';

interface Reply {
  jsonrpc: string;
  id: string | number | null;
  result?: unknown;
  error?: { code: number; message: string };
}

/**
 * Sends raw lines to `fazt mcp`, waits until it has written `expected` replies, then closes stdin.
 * A reply that never comes fails the test by timeout instead of hanging a client forever.
 */
async function exchange(cartridge: string, lines: string[], expected: number, end = '\n') {
  const child = spawnCli(['mcp'], { cartridge });
  const replies: Reply[] = [];
  let buffered = '';
  const enough = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`only ${replies.length} of ${expected} replies: ${buffered}`)),
      20_000,
    );
    child.stdout?.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      for (let newline = buffered.indexOf('\n'); newline !== -1; newline = buffered.indexOf('\n')) {
        replies.push(JSON.parse(buffered.slice(0, newline)) as Reply);
        buffered = buffered.slice(newline + 1);
      }
      if (replies.length >= expected) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  const done = collect(child);
  child.stdin?.write(lines.join('\n') + end);
  if (end === '') child.stdin?.end(); // the input stops mid-line
  await enough;
  child.stdin?.end();
  const result = await done;
  return { replies, stderr: result.stderr, code: result.code };
}

const byId = (replies: Reply[], id: Reply['id']) => replies.filter((reply) => reply.id === id);

describe('fazt mcp answers every message it can (JSON-RPC 2.0 §5.1)', () => {
  const cart = useTempCartridge('fazt-mcp-answers-');

  it('a request without "jsonrpc" gets -32600 with its id; the server keeps serving', async () => {
    const { replies, stderr } = await exchange(
      cart().path,
      [
        JSON.stringify({ id: 99, method: 'ping' }),
        JSON.stringify({ jsonrpc: '2.0', id: 100, method: 'ping' }),
      ],
      2,
    );
    expect(byId(replies, 99)).toEqual([
      { jsonrpc: '2.0', id: 99, error: { code: -32600, message: expect.stringMatching(/jsonrpc/) } },
    ]);
    expect(byId(replies, 100)).toEqual([{ jsonrpc: '2.0', id: 100, result: {} }]);
    expect(stderr).toMatch(/line 1: Invalid Request.*-32600 for id 99/);
  });

  it('truncated JSON, a non-JSON line, a batch and a bad id are answered with id null', async () => {
    const { replies, stderr } = await exchange(
      cart().path,
      [
        '{"jsonrpc":"2.0","id":1,"method":"initi',
        'hello there',
        '\u0000\u001b[2J',
        JSON.stringify([{ jsonrpc: '2.0', id: 2, method: 'ping' }]),
        JSON.stringify({ jsonrpc: '2.0', id: { a: 1 }, method: 'ping' }),
        '42',
        '',
        JSON.stringify({ jsonrpc: '2.0', id: 'last', method: 'ping' }),
      ],
      7,
    );
    const errors = byId(replies, null).map((reply) => reply.error?.code);
    expect(errors).toEqual([-32700, -32700, -32700, -32600, -32600, -32600]);
    expect(byId(replies, 'last')).toHaveLength(1);
    expect(stderr.match(/fazt mcp: line \d+: /g)).toHaveLength(6);
    expect(stderr).not.toContain('\u001b');
  });

  it('a last line cut off at end of input still gets its parse error', async () => {
    const { replies } = await exchange(cart().path, ['{"jsonrpc":"2.0","id":7,"method":"pi'], 1, '');
    expect(replies).toEqual([
      { jsonrpc: '2.0', id: null, error: { code: -32700, message: expect.any(String) } },
    ]);
  });

  it('tools/call with "arguments": "x" is -32602 with a one-line message', async () => {
    const { replies } = await exchange(
      cart().path,
      [
        JSON.stringify(INITIALIZE_REQUEST),
        JSON.stringify({ jsonrpc: '2.0', method: 'notifications/initialized' }),
        JSON.stringify({
          jsonrpc: '2.0',
          id: 2,
          method: 'tools/call',
          params: { name: 'memory_list', arguments: 'x' },
        }),
        JSON.stringify({ jsonrpc: '2.0', id: 3, method: 'tools/call', params: 'x' }),
        JSON.stringify({ jsonrpc: '2.0', id: 4, method: 'resources/read', params: { uri: 5 } }),
      ],
      4,
    );
    const bad = byId(replies, 2)[0]?.error;
    expect(bad?.code).toBe(-32602);
    expect(bad?.message).toBe(
      'Invalid params for tools/call: params.arguments: expected an object, got string',
    );
    // params that are not an object make the request itself invalid (JSON-RPC 2.0 §4.2)
    expect(byId(replies, 3)[0]?.error?.code).toBe(-32600);
    expect(byId(replies, 4)[0]?.error).toMatchObject({
      code: -32602,
      message: expect.stringMatching(/^[^\n]+$/),
    });
  });
});
