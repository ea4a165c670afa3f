import { describe, expect, it } from 'vitest';
import { collect, spawnCli, useTempCartridge } from '../helpers/cli.js';

interface Reply {
  jsonrpc: string;
  id: string | number | null;
  result?: unknown;
  error?: { code: number; message: string };
}

/** Sends raw bytes to `fazt mcp`, closes stdin, and returns every reply and the stderr log. */
async function exchange(cartridge: string, input: Buffer) {
  const child = spawnCli(['mcp'], { cartridge });
  const done = collect(child, 120_000);
  child.stdin?.end(input);
  const result = await done;
  const replies = result.stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Reply);
  return { replies, stderr: result.stderr };
}

const lines = (...parts: (string | Buffer)[]) =>
  Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(`${part}\n`) : part)));

describe('fazt mcp (stdio) answers a damaged line with the id it can read (S36)', () => {
  const cart = useTempCartridge('fazt-mcp-ids-');

  it('invalid UTF-8, a trailing NUL and a truncated line get -32700 with their own id and the reason', async () => {
    const latin1 = Buffer.concat([
      Buffer.from(
        '{"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"memory_remember","arguments":{"key":"cafe","value":"caf',
      ),
      Buffer.from([0xe9]),
      Buffer.from('"}}}\n'),
    ]);
    const { replies, stderr } = await exchange(
      cart().path,
      lines(
        latin1,
        '{"jsonrpc":"2.0","id":3,"method":"ping"}\u0000',
        '{"jsonrpc":"2.0","id":"four","method":"tools/li',
        '{"jsonrpc":"2.0","method":"tools/call","params":{"id":5,"x":"\u0001"}}',
        '{"jsonrpc":"2.0","id":6,"method":"ping"}',
      ),
    );
    const byId = (id: Reply['id']) => replies.filter((reply) => reply.id === id);
    expect(byId(2)).toEqual([
      {
        jsonrpc: '2.0',
        id: 2,
        error: { code: -32700, message: expect.stringMatching(/not valid UTF-8 \(byte 119, 0xE9\)/) },
      },
    ]);
    expect(byId(3)).toEqual([
      {
        jsonrpc: '2.0',
        id: 3,
        error: { code: -32700, message: expect.stringMatching(/bytes after the JSON message/) },
      },
    ]);
    expect(byId('four')).toEqual([
      { jsonrpc: '2.0', id: 'four', error: { code: -32700, message: expect.stringMatching(/truncated/) } },
    ]);
    // An "id" inside params is not the request's: that line is answered with id null.
    expect(byId(5)).toEqual([]);
    expect(byId(null).map((reply) => reply.error?.code)).toEqual([-32700]);
    expect(byId(6)).toEqual([{ jsonrpc: '2.0', id: 6, result: {} }]);
    expect(stderr).toMatch(/-32700 for id 2\)/);
  });

  it('a line past 16 MiB is answered with its id; an id past 2^53 is refused with id null, not echoed as 1e+26', async () => {
    const huge = `{"jsonrpc":"2.0","id":7,"method":"tools/call","params":{"name":"memory_list","arguments":{"x":"${'a'.repeat(17 * 1024 * 1024)}"}}}`;
    const { replies } = await exchange(
      cart().path,
      lines(
        huge,
        '{"jsonrpc":"2.0","id":99999999999999999999999999,"method":"ping"}',
        '{"jsonrpc":"2.0","id":8,"method":"ping"}',
      ),
    );
    expect(replies).toHaveLength(3);
    expect(replies.find((reply) => reply.id === 7)?.error).toEqual({
      code: -32700,
      message: expect.stringMatching(/longer than 16777216 bytes/),
    });
    expect(replies.find((reply) => reply.id === null)?.error).toEqual({
      code: -32600,
      message: expect.stringMatching(/past ±9007199254740991/),
    });
    expect(JSON.stringify(replies)).not.toContain('1e+26');
    expect(replies.find((reply) => reply.id === 8)?.result).toEqual({});
  });

  it('an invalid notification is only logged, never answered (JSON-RPC 2.0 §4.1)', async () => {
    const { replies, stderr } = await exchange(
      cart().path,
      lines(
        '{"jsonrpc":"2.0","method":"notifications/initialized","params":"bad"}',
        '{"jsonrpc":"2.0","method":1,"params":"bar"}',
        '{"jsonrpc":"2.0","id":9,"method":"ping"}',
      ),
    );
    // JSON-RPC's own example of an Invalid Request (a method that is not a name) is still answered.
    expect(replies).toEqual([
      { jsonrpc: '2.0', id: null, error: { code: -32600, message: expect.any(String) } },
      { jsonrpc: '2.0', id: 9, result: {} },
    ]);
    expect(stderr).toMatch(/line 1: ignored an invalid notification: "params" must be an object/);
  });
});
