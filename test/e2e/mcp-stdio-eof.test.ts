import { describe, expect, it } from 'vitest';
import { collect, runCli, runCliJson, spawnCli, useTempCartridge } from '../helpers/cli.js';
import { INITIALIZE_REQUEST } from '../helpers/mcp-messages.js';

interface Reply {
  jsonrpc: string;
  id: string | number | null;
  method?: string;
  params?: unknown;
  result?: { isError?: boolean; content?: { text: string }[] } & Record<string, unknown>;
  error?: { code: number; message: string };
}

const line = (message: unknown) => JSON.stringify(message);
const replies = (stdout: string): Reply[] =>
  stdout
    .split('\n')
    .filter(Boolean)
    .map((text) => JSON.parse(text) as Reply);

const ping = (id: number | string) => line({ jsonrpc: '2.0', id, method: 'ping' });
const initialized = line({ jsonrpc: '2.0', method: 'notifications/initialized' });

/**
 * A client that writes everything at once and closes stdin straight away (`printf … | fazt mcp`),
 * the way scripts and one-shot clients do: every request must still be answered before exit.
 */
describe('fazt mcp answers everything it received before it exits at end of input', () => {
  const cart = useTempCartridge('fazt-mcp-eof-');

  it('a last request without a newline, stdin closed at once, is answered', async () => {
    const result = await runCli(['mcp'], { cartridge: cart().path, input: ping(1) });
    expect(result.code).toBe(0);
    expect(replies(result.stdout)).toEqual([{ jsonrpc: '2.0', id: 1, result: {} }]);
  });

  it('many requests piped then EOF: every one is answered, in full, tool calls included', async () => {
    await runCliJson(['run', 'notes_add', '{"text":"milk"}', '--json'], { cartridge: cart().path });
    const input = [
      line(INITIALIZE_REQUEST),
      initialized,
      ...Array.from({ length: 40 }, (_, index) => ping(100 + index)),
      line({ jsonrpc: '2.0', id: 'list', method: 'tools/list' }),
      line({
        jsonrpc: '2.0',
        id: 'call',
        method: 'tools/call',
        params: { name: 'notes_list', arguments: {} },
      }),
      'not json at all',
      line({
        jsonrpc: '2.0',
        id: 'last',
        method: 'tools/call',
        params: { name: 'notes_list', arguments: {} },
      }),
    ].join('\n');
    for (const end of ['\n', '']) {
      const result = await runCli(['mcp'], { cartridge: cart().path, input: input + end });
      expect(result.code).toBe(0);
      const got = replies(result.stdout);
      const ids = got.map((reply) => reply.id);
      expect(ids).toHaveLength(45);
      expect(new Set(ids)).toEqual(
        new Set([1, ...Array.from({ length: 40 }, (_, index) => 100 + index), 'list', 'call', null, 'last']),
      );
      expect(got.find((reply) => reply.id === 'last')?.result?.content?.[0]?.text).toContain('milk');
      const tools = got.find((reply) => reply.id === 'list')?.result?.tools as unknown[] | undefined;
      expect(tools?.length).toBeGreaterThan(10);
    }
  });

  it('a destructive call waiting for the client’s consent is refused, not left hanging, when the client leaves', async () => {
    const added = await runCliJson<{ note: { id: number } }>(
      ['run', 'notes_add', '{"text":"keep me"}', '--json'],
      {
        cartridge: cart().path,
      },
    );
    const input = [
      line({
        ...INITIALIZE_REQUEST,
        params: { ...INITIALIZE_REQUEST.params, capabilities: { elicitation: {} } },
      }),
      initialized,
      line({
        jsonrpc: '2.0',
        id: 'delete',
        method: 'tools/call',
        params: { name: 'notes_delete', arguments: { id: added.note.id } },
      }),
    ].join('\n');
    const result = await runCli(['mcp'], { cartridge: cart().path, input, timeoutMs: 20_000 });
    expect(result.code).toBe(0);
    const got = replies(result.stdout);
    // nobody is left to ask, so the call is answered as refused
    const answer = got.find((reply) => reply.id === 'delete');
    expect(answer?.result?.isError).toBe(true);
    expect(answer?.result?.content?.[0]?.text).toMatch(/approv|consent|declin|closed/i);
    const list = await runCliJson<{ notes: { text: string }[] }>(['run', 'notes_list', '--json'], {
      cartridge: cart().path,
    });
    expect(list.notes.map((note) => note.text)).toContain('keep me');
  });

  it('a client that leaves while the server waits for its consent: the call is refused, the server exits', async () => {
    const added = await runCliJson<{ note: { id: number } }>(
      ['run', 'notes_add', '{"text":"still here"}', '--json'],
      {
        cartridge: cart().path,
      },
    );
    const child = spawnCli(['mcp'], { cartridge: cart().path });
    const done = collect(child, 20_000);
    let stdout = '';
    const asked = new Promise<void>((resolve) => {
      child.stdout?.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        if (stdout.includes('elicitation/create')) resolve();
      });
    });
    child.stdin?.write(
      `${[
        line({
          ...INITIALIZE_REQUEST,
          params: { ...INITIALIZE_REQUEST.params, capabilities: { elicitation: {} } },
        }),
        initialized,
        line({
          jsonrpc: '2.0',
          id: 'delete',
          method: 'tools/call',
          params: { name: 'notes_delete', arguments: { id: added.note.id } },
        }),
      ].join('\n')}\n`,
    );
    await asked;
    child.stdin?.end();
    const result = await done;
    expect(result.code).toBe(0);
    expect(replies(stdout).find((reply) => reply.id === 'delete')?.result?.isError).toBe(true);
  });

  it('a line whose bytes are not UTF-8 gets a parse error, not a U+FFFD stored; a typed U+FFFD is kept', async () => {
    const call = (id: string, text: string) =>
      line({ jsonrpc: '2.0', id, method: 'tools/call', params: { name: 'notes_add', arguments: { text } } });
    const [before, after] = call('latin1', 'caf@').split('@') as [string, string];
    const input = Buffer.concat([
      Buffer.from(`${line(INITIALIZE_REQUEST)}\n${initialized}\n${before}`),
      Buffer.from([0xe9]),
      Buffer.from(`${after}\n${call('typed', 'sign \ufffd')}`),
    ]);
    const result = await runCli(['mcp'], { cartridge: cart().path, input });
    const got = replies(result.stdout);
    // The id before the broken byte is intact, so the error carries it (S36).
    expect(got.find((reply) => reply.id === 'latin1')?.error).toMatchObject({
      code: -32700,
      message: expect.stringMatching(/not valid UTF-8 \(byte \d+, 0xE9\)/),
    });
    expect(got.find((reply) => reply.id === 'typed')?.result?.isError).toBeFalsy();
    const notes = await runCliJson<{ notes: { text: string }[] }>(['run', 'notes_list', '--json'], {
      cartridge: cart().path,
    });
    expect(notes.notes.map((note) => note.text)).toContain('sign \ufffd');
    expect(notes.notes.map((note) => note.text).join()).not.toContain('caf');
  });

  it('a request the client cancelled is not waited for', async () => {
    const input = [
      line(INITIALIZE_REQUEST),
      initialized,
      line({ jsonrpc: '2.0', id: 9, method: 'tools/call', params: { name: 'notes_list', arguments: {} } }),
      line({ jsonrpc: '2.0', method: 'notifications/cancelled', params: { requestId: 9 } }),
      ping('after'),
    ].join('\n');
    const result = await runCli(['mcp'], { cartridge: cart().path, input, timeoutMs: 20_000 });
    expect(result.code).toBe(0);
    expect(replies(result.stdout).some((reply) => reply.id === 'after')).toBe(true);
  });

  it('a client that stops reading stdout does not make the server hang or crash loudly', async () => {
    const child = spawnCli(['mcp'], { cartridge: cart().path });
    const done = collect(child, 20_000);
    child.stdout?.destroy();
    child.stdin?.on('error', () => {});
    child.stdin?.end(`${Array.from({ length: 200 }, (_, index) => ping(index)).join('\n')}\n`);
    const result = await done;
    expect(result.signal).toBeNull();
    expect(result.stderr).not.toMatch(/unexpected|Unhandled|at .*\.js:\d+/);
  });
});
