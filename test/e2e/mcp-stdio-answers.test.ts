import { describe, expect, it } from 'vitest';
import { collect, runCliJson, spawnCli, useTempCartridge } from '../helpers/cli.js';
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

  it('a non-JSON line and a bad id are answered with id null; truncated JSON with its readable id; a batch with the ids inside it', async () => {
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
    expect(errors).toEqual([-32700, -32700, -32600, -32600]);
    // The id at the intact start of a cut-off line is echoed, so the client is not left waiting (S36).
    expect(byId(replies, 1).map((reply) => reply.error?.code)).toEqual([-32700]);
    // Each request in a batch whose id can be read gets its own error (S30).
    expect(byId(replies, 2).map((reply) => reply.error?.code)).toEqual([-32600]);
    expect(byId(replies, 'last')).toHaveLength(1);
    expect(stderr.match(/fazt mcp: line \d+: /g)).toHaveLength(6);
    expect(stderr).not.toContain('\u001b');
  });

  it('a last line cut off at end of input still gets its parse error, with its id', async () => {
    const { replies } = await exchange(cart().path, ['{"jsonrpc":"2.0","id":7,"method":"pi'], 1, '');
    expect(replies).toEqual([
      { jsonrpc: '2.0', id: 7, error: { code: -32700, message: expect.stringMatching(/truncated/) } },
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

describe('fazt mcp says in one line what is wrong with a message', () => {
  const cart = useTempCartridge('fazt-mcp-one-line-');

  it('initialize without its params, params that are not an object, a fractional id', async () => {
    const { replies } = await exchange(
      cart().path,
      [
        JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: {} }),
        JSON.stringify({ ...INITIALIZE_REQUEST, id: 2, params: 'x' }),
        JSON.stringify({ ...INITIALIZE_REQUEST, id: 3, params: [] }),
        JSON.stringify({ jsonrpc: '2.0', id: 1.5, method: 'ping' }),
        JSON.stringify(INITIALIZE_REQUEST),
      ],
      5,
    );
    const [first, second, third, fourth, fifth] = replies;
    expect(first?.id).toBe(1);
    expect(first?.error?.code).toBe(-32602);
    expect(first?.error?.message).toMatch(
      /^Invalid params for initialize: params\.protocolVersion: expected string/,
    );
    expect(second?.error).toEqual({
      code: -32600,
      message: 'Invalid Request: "params" must be an object, got string',
    });
    expect(third?.error).toEqual({
      code: -32600,
      message: 'Invalid Request: "params" must be an object, got array',
    });
    // The id is readable, so it is echoed (JSON-RPC discourages fractions, does not forbid them; S30).
    expect(fourth).toMatchObject({
      id: 1.5,
      error: { code: -32600, message: 'Invalid Request: "id" must be a string or an integer, got 1.5' },
    });
    expect(fifth?.result).toBeDefined();
    for (const reply of replies) expect(reply.error?.message ?? '').not.toMatch(/\n|"code":/);
  });

  it('an elicitation reply that is not one refuses the tool in one line and changes nothing', async () => {
    const child = spawnCli(['mcp'], { cartridge: cart().path });
    const done = collect(child);
    const send = (message: unknown) => child.stdin?.write(`${JSON.stringify(message)}\n`);
    const answer = new Promise<Reply>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no answer to the tool call')), 20_000);
      let buffered = '';
      child.stdout?.on('data', (chunk: Buffer) => {
        buffered += chunk.toString();
        for (let newline = buffered.indexOf('\n'); newline !== -1; newline = buffered.indexOf('\n')) {
          const message = JSON.parse(buffered.slice(0, newline)) as Reply & { method?: string };
          buffered = buffered.slice(newline + 1);
          if (message.method === 'elicitation/create')
            send({ jsonrpc: '2.0', id: message.id, result: { foo: 1 } });
          if (message.id === 3) {
            clearTimeout(timer);
            resolve(message);
          }
        }
      });
    });
    send({
      ...INITIALIZE_REQUEST,
      params: { ...INITIALIZE_REQUEST.params, capabilities: { elicitation: {} } },
    });
    send({ jsonrpc: '2.0', method: 'notifications/initialized' });
    send({
      jsonrpc: '2.0',
      id: 2,
      method: 'tools/call',
      params: { name: 'memory_remember', arguments: { key: 'shoe size', value: '42' } },
    });
    send({
      jsonrpc: '2.0',
      id: 3,
      method: 'tools/call',
      params: { name: 'memory_forget', arguments: { key: 'shoe size' } },
    });
    const reply = await answer;
    child.stdin?.end();
    await done;
    const result = reply.result as { isError?: boolean; content: { text: string }[] };
    expect(result.isError).toBe(true);
    const text = result.content[0]?.text ?? '';
    expect(text).toMatch(/not an elicitation result .*expected \{"action": "accept"/);
    expect(text).not.toMatch(/\n|\[ \{/);
    const recall = await runCliJson<{ match?: { value: string } }>(
      ['run', 'memory_recall', '--key', 'shoe size', '--json'],
      {
        cartridge: cart().path,
      },
    );
    expect(recall.match?.value).toBe('42');
  });
});
