import { request as httpRequest } from 'node:http';
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCartridge } from '../../cartridge/open.js';
import { runCli, runCliJson, type TempCartridge, tempCartridge } from '../helpers/cli.js';
import { INITIALIZE_REQUEST } from '../helpers/mcp-messages.js';
import { createToken, httpClient, type ServeProcess, startServe } from './mcp-helpers.js';

const text = (result: CallToolResult) => (result.content[0] as { text: string }).text;

function post(
  url: string,
  headers: Record<string, string>,
): Promise<{ status: number; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, { method: 'POST', headers }, (response) => {
      response.resume();
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers }));
    });
    request.on('error', reject);
    request.end(JSON.stringify(INITIALIZE_REQUEST));
  });
}

describe('fazt serve: MCP over Streamable HTTP with the official SDK client', () => {
  let temp: TempCartridge;
  let serve: ServeProcess;
  const secrets: Record<string, string> = {};
  const clients: Client[] = [];
  let expiresAt = 0;

  const connect = async (name: string) => {
    const { client } = await httpClient(serve.mcp, secrets[name]!);
    clients.push(client);
    return client;
  };
  const audit = (tool: string) => {
    const cartridge = openCartridge(temp.path);
    try {
      return cartridge.audit.list({ tool }).map((row) => ({ outcome: row.outcome, caller: row.caller }));
    } finally {
      cartridge.close();
    }
  };

  beforeAll(async () => {
    temp = await tempCartridge('fazt-mcp-http-');
    for (const [name, scope] of [
      ['reader', 'read'],
      ['writer', 'write'],
      ['admin', 'admin'],
      ['gone', 'admin'],
    ] as const) {
      secrets[name] = await createToken(temp.path, name, scope);
    }
    secrets.brief = await createToken(temp.path, 'brief', 'admin', '3s');
    expiresAt = Date.now() + 3000;
    expect((await runCli(['token', 'revoke', 'gone'], { cartridge: temp.path })).code).toBe(0);
    serve = await startServe(temp.path);
  });
  afterAll(async () => {
    await Promise.all(clients.map((client) => client.close().catch(() => undefined)));
    await serve?.stop();
    await temp?.cleanup();
  });

  it('prints its URL, bound to 127.0.0.1', () => {
    expect(serve.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(serve.mcp).toBe(`${serve.url}/mcp`);
  });

  it('lists the same tools as `fazt tools`, with risk annotations', async () => {
    const client = await connect('reader');
    const { tools } = await client.listTools();
    const catalogue = await runCliJson<{ name: string; risk: string }[]>(['tools', '--json']);
    expect(tools.map((tool) => tool.name).sort()).toEqual(catalogue.map((tool) => tool.name).sort());
    for (const tool of tools) {
      const risk = catalogue.find((entry) => entry.name === tool.name)?.risk;
      expect(tool.annotations?.readOnlyHint, tool.name).toBe(risk === 'read');
      expect(tool.annotations?.destructiveHint, tool.name).toBe(risk === 'destructive');
      expect(tool.annotations?.openWorldHint, tool.name).toBe(risk === 'external');
      expect(tool.outputSchema?.type).toBe('object');
    }
  });

  it('calls one tool of each risk its token covers: read, write, destructive', async () => {
    const reader = await connect('reader');
    const writer = await connect('writer');
    const admin = await connect('admin');
    const added = (await writer.callTool({
      name: 'notes_add',
      arguments: { text: 'call the plumber' },
    })) as CallToolResult;
    expect(added.isError).toBeFalsy();
    const { id } = (added.structuredContent as { note: { id: number } }).note;
    const listed = (await reader.callTool({ name: 'notes_list', arguments: {} })) as CallToolResult;
    expect(listed.structuredContent).toMatchObject({ notes: [{ id, text: 'call the plumber' }] });
    const deleted = (await admin.callTool({ name: 'notes_delete', arguments: { id } })) as CallToolResult;
    expect(deleted.isError).toBeFalsy();
    expect(deleted.structuredContent).toMatchObject({ deleted: { id } });
    expect(audit('notes_add')).toContainEqual({ outcome: 'ok', caller: { kind: 'mcp', id: 'writer' } });
    expect(audit('notes_list')).toContainEqual({ outcome: 'ok', caller: { kind: 'mcp', id: 'reader' } });
    expect(audit('notes_delete')).toContainEqual({ outcome: 'ok', caller: { kind: 'mcp', id: 'admin' } });
  });

  it('runs an external tool (blobs_import reads a host file) only for an admin token', async () => {
    const file = await temp.writeFile('scan.txt', 'passport scan, page 1');
    const writer = await connect('writer');
    const refused = (await writer.callTool({
      name: 'blobs_import',
      arguments: { path: file },
    })) as CallToolResult;
    expect(refused.isError).toBe(true);
    expect(text(refused)).toMatch(/Token "writer" has scope write.*blobs_import is external.*--scope admin/);
    const admin = await connect('admin');
    const stored = (await admin.callTool({
      name: 'blobs_import',
      arguments: { path: file },
    })) as CallToolResult;
    expect(stored.isError).toBeFalsy();
    expect(stored.structuredContent).toMatchObject({ size: 21, existed: false });
    expect(audit('blobs_import')).toEqual([
      { outcome: 'ok', caller: { kind: 'mcp', id: 'admin' } },
      { outcome: 'denied', caller: { kind: 'mcp', id: 'writer' } },
    ]);
  });

  it('answers bad arguments with an isError result naming the field', async () => {
    const writer = await connect('writer');
    const bad = (await writer.callTool({
      name: 'notes_add',
      arguments: { text: ['not', 'text'] },
    })) as CallToolResult;
    expect(bad.isError).toBe(true);
    expect(text(bad)).toMatch(/Invalid input for notes_add: text:/);
    expect(audit('notes_add')).toContainEqual({
      outcome: 'invalid_input',
      caller: { kind: 'mcp', id: 'writer' },
    });
  });

  it('refuses a scope that is too small with a clear result and an audit row naming the token', async () => {
    const reader = await connect('reader');
    const writer = await connect('writer');
    const refused = (await reader.callTool({
      name: 'notes_add',
      arguments: { text: 'sneaky' },
    })) as CallToolResult;
    expect(refused.isError).toBe(true);
    expect(text(refused)).toMatch(/Token "reader" has scope read.*notes_add is write.*--scope write/);
    const held = (await writer.callTool({ name: 'notes_delete', arguments: { id: 1 } })) as CallToolResult;
    expect(text(held)).toMatch(/Token "writer" has scope write.*--scope admin/);
    expect(audit('notes_add')).toContainEqual({ outcome: 'denied', caller: { kind: 'mcp', id: 'reader' } });
    expect(audit('notes_delete')).toContainEqual({
      outcome: 'denied',
      caller: { kind: 'mcp', id: 'writer' },
    });
    const notes = (await reader.callTool({ name: 'notes_list', arguments: {} })) as CallToolResult;
    expect(JSON.stringify(notes.structuredContent)).not.toContain('sneaky');
  });

  it('refuses a revoked token, also mid-session', async () => {
    await expect(httpClient(serve.mcp, secrets.gone!)).rejects.toThrow(/401|revoked|Unauthorized/i);
    secrets.late = await createToken(temp.path, 'late', 'read');
    const late = await connect('late');
    expect((await late.listTools()).tools.length).toBeGreaterThan(0);
    expect((await runCli(['token', 'revoke', 'late'], { cartridge: temp.path })).code).toBe(0);
    await expect(late.listTools()).rejects.toThrow(/401|revoked|Unauthorized/i);
  });

  it('refuses an expired token with 401 and WWW-Authenticate', async () => {
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, expiresAt - Date.now() + 100)));
    const refused = await post(serve.mcp, {
      'content-type': 'application/json',
      accept: 'application/json, text/event-stream',
      authorization: `Bearer ${secrets.brief}`,
    });
    expect(refused.status).toBe(401);
    expect(refused.headers['www-authenticate']).toBe(
      'Bearer realm="fazt", error="invalid_token", error_description="expired"',
    );
    await expect(httpClient(serve.mcp, secrets.brief!)).rejects.toThrow(/401|expired|Unauthorized/i);
  });

  it('refuses a foreign Host or Origin with 403 even with a good token', async () => {
    const headers = {
      'content-type': 'application/json',
      accept: 'application/json, text/event-stream',
      authorization: `Bearer ${secrets.admin}`,
    };
    expect((await post(serve.mcp, { ...headers, host: 'evil.example.com' })).status).toBe(403);
    expect((await post(serve.mcp, { ...headers, origin: 'http://evil.example.com' })).status).toBe(403);
    expect((await post(serve.mcp, { ...headers, host: `localhost:${serve.port}` })).status).toBe(200);
  });

  it('refuses a body that is not UTF-8 (400, -32700, the byte named) and one past 16 MiB (413), storing nothing', async () => {
    const headers = {
      'content-type': 'application/json',
      accept: 'application/json, text/event-stream',
      authorization: `Bearer ${secrets.admin}`,
    };
    // An initialize whose client name holds 0xE9 (Latin-1 "é"): the SDK would decode it to U+FFFD.
    const broken = Buffer.concat([
      Buffer.from(
        '{"jsonrpc":"2.0","id":7,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"caf',
      ),
      Buffer.from([0xe9]),
      Buffer.from('","version":"1"}}}'),
    ]);
    const bad = await fetch(serve.mcp, { method: 'POST', headers, body: broken });
    expect(bad.status).toBe(400);
    const body = (await bad.json()) as { error: { code: number; message: string } };
    expect(body.error.code).toBe(-32700);
    expect(body.error.message).toMatch(/not valid UTF-8 \(byte 130, 0xE9/);
    const huge = await fetch(serve.mcp, {
      method: 'POST',
      headers,
      body: Buffer.alloc(17 * 1024 * 1024, 0x20),
    });
    expect(huge.status).toBe(413);
    expect(((await huge.json()) as { error: { code: number } }).error.code).toBe(-32700);
    // Chunked, with no Content-Length: refused once the bytes read pass the cap.
    const piece = Buffer.alloc(1024 * 1024, 0x20);
    let sent = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += piece.length;
        controller.enqueue(piece);
      },
    });
    const chunked = await fetch(serve.mcp, {
      method: 'POST',
      headers,
      body: endless,
      duplex: 'half',
    } as RequestInit);
    expect(chunked.status).toBe(413);
    expect(sent).toBeLessThan(64 * 1024 * 1024);
    // The server still answers a good client afterwards.
    expect((await post(serve.mcp, headers)).status).toBe(200);
  });

  it('records token use and lists tokens without secrets', async () => {
    const tokens = await runCliJson<{ name: string; status: string; lastUsedAt: number | null }[]>(
      ['token', 'list', '--json'],
      { cartridge: temp.path },
    );
    expect(tokens.find((token) => token.name === 'reader')?.lastUsedAt).toBeGreaterThan(0);
    expect(tokens.find((token) => token.name === 'gone')?.status).toBe('revoked');
    expect(JSON.stringify(tokens)).not.toContain('fazt_');
  });
});

describe('fazt serve: rate limit and shutdown', () => {
  it('limits each token per minute with 429, and stops cleanly on SIGTERM', async () => {
    const temp = await tempCartridge('fazt-mcp-limit-');
    try {
      const token = await createToken(temp.path, 'hasty', 'read');
      const serve = await startServe(temp.path, ['--rate-limit', '4']);
      const headers = {
        'content-type': 'application/json',
        accept: 'application/json, text/event-stream',
        authorization: `Bearer ${token}`,
      };
      const statuses = [];
      for (let index = 0; index < 5; index++) statuses.push((await post(serve.mcp, headers)).status);
      expect(statuses).toEqual([200, 200, 200, 200, 429]);
      const ended = await serve.stop();
      expect(ended.code).toBe(0);
      expect(ended.stderr).toMatch(/SIGTERM: stopping/);
    } finally {
      await temp.cleanup();
    }
  });
});
