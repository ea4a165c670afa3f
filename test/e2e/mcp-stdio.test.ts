import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { type CallToolResult, ElicitRequestSchema } from '@modelcontextprotocol/sdk/types.js';
import { afterEach, describe, expect, it } from 'vitest';
import { openCartridge } from '../../cartridge/open.js';
import { createNotesStore } from '../../tools/notes/store.js';
import {
  cliArgs,
  collect,
  NODE,
  ROOT,
  runCli,
  runCliJson,
  spawnCli,
  useTempCartridge,
} from '../helpers/cli.js';
import { INITIALIZE_REQUEST } from '../helpers/mcp-messages.js';

const text = (result: CallToolResult) => (result.content[0] as { text: string }).text;

describe('fazt mcp: MCP over stdio with the official SDK client', () => {
  const cart = useTempCartridge('fazt-mcp-stdio-');
  const clients: Client[] = [];
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((client) => client.close()));
  });

  async function connect(args: string[] = [], capabilities: ConstructorParameters<typeof Client>[1] = {}) {
    const transport = new StdioClientTransport({
      command: NODE,
      args: cliArgs(['mcp', ...args], { cartridge: cart().path }),
      stderr: 'pipe',
    });
    let stderr = '';
    transport.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const client = new Client({ name: 'fazt-e2e', version: '1.0.0' }, capabilities);
    await client.connect(transport);
    clients.push(client);
    return { client, stderr: () => stderr };
  }
  const call = async (client: Client, name: string, args: Record<string, unknown>) =>
    (await client.callTool({ name, arguments: args })) as CallToolResult;

  it('lists the registry, calls read and write tools, and holds a destructive one without consent', async () => {
    const { client, stderr } = await connect();
    const { tools } = await client.listTools();
    const catalogue = await runCliJson<{ name: string }[]>(['tools', '--json']);
    expect(tools.map((tool) => tool.name).sort()).toEqual(catalogue.map((tool) => tool.name).sort());
    expect(client.getServerVersion()).toMatchObject({ name: 'fazt' });
    expect(client.getServerCapabilities()).toMatchObject({
      tools: {},
      resources: {},
      prompts: {},
      logging: {},
    });

    const added = await call(client, 'notes_add', { text: 'water the ferns' });
    const { id } = (added.structuredContent as { note: { id: number } }).note;
    const listed = await call(client, 'notes_list', {});
    expect(listed.structuredContent).toMatchObject({ total: 1, notes: [{ id, text: 'water the ferns' }] });

    const held = await call(client, 'notes_delete', { id });
    expect(held.isError).toBe(true);
    expect(text(held)).toMatch(/destructive and needs the person's consent.*--allow-destructive/);

    const bad = await call(client, 'notes_delete', { id: 'first' });
    expect(bad.isError).toBe(true);
    expect(text(bad)).toMatch(/Invalid input for notes_delete: id:/);

    const resource = await client.readResource({ uri: 'fazt://notes' });
    expect((resource.contents[0] as { text: string }).text).toContain('water the ferns');
    // A document URI that names nothing: MCP's "resource not found", with a message, not -32603.
    const missing = await client.readResource({ uri: 'fazt://knowledge/file/999999' }).then(
      () => undefined,
      (error: unknown) => error as { code: number; message: string },
    );
    expect(missing?.code).toBe(-32002);
    expect(missing?.message).toContain('There is no learned document fazt://knowledge/file/999999');
    expect(stderr()).toMatch(/fazt mcp: serving .* on stdio/);
    await client.close();

    const cartridge = openCartridge(cart().path);
    try {
      expect(createNotesStore(cartridge).get(id)).toBeDefined();
      const rows = cartridge.audit.list({ limit: 10 });
      expect(rows.every((row) => row.caller.kind === 'mcp' && row.caller.id === 'stdio')).toBe(true);
      expect(rows.map((row) => [row.tool, row.outcome])).toEqual(
        expect.arrayContaining([
          ['notes_add', 'ok'],
          ['notes_list', 'ok'],
          ['notes_delete', 'needs_approval'],
          ['notes_delete', 'invalid_input'],
        ]),
      );
    } finally {
      cartridge.close();
    }
  });

  it('runs destructive tools with --allow-destructive', async () => {
    const { client, stderr } = await connect(['--allow-destructive']);
    const added = await call(client, 'notes_add', { text: 'temporary' });
    const { id } = (added.structuredContent as { note: { id: number } }).note;
    const deleted = await call(client, 'notes_delete', { id });
    expect(deleted.isError).toBeFalsy();
    expect(deleted.structuredContent).toMatchObject({ deleted: { id, text: 'temporary' } });
    expect(stderr()).toContain('destructive tools allowed');
  });

  it('asks for consent through elicitation when the client supports it', async () => {
    const { client } = await connect([], { capabilities: { elicitation: {} } });
    const asked: string[] = [];
    client.setRequestHandler(ElicitRequestSchema, (request) => {
      asked.push(request.params.message);
      return { action: 'accept', content: { confirm: true } };
    });
    const added = await call(client, 'notes_add', { text: 'old idea' });
    const { id } = (added.structuredContent as { note: { id: number } }).note;
    const deleted = await call(client, 'notes_delete', { id });
    expect(deleted.isError).toBeFalsy();
    expect(asked).toHaveLength(1);
    expect(asked[0]).toMatch(/notes_delete/);
  });

  it('keeps stdout pure JSON-RPC, logs to stderr, and exits 0 when stdin closes', async () => {
    const child = spawnCli(['mcp'], { cartridge: cart().path });
    const done = collect(child, 30_000);
    const messages = [
      INITIALIZE_REQUEST,
      { jsonrpc: '2.0', method: 'notifications/initialized' },
      {
        jsonrpc: '2.0',
        id: 2,
        method: 'tools/call',
        params: { name: 'notes_add', arguments: { text: 'hi' } },
      },
      { jsonrpc: '2.0', id: 3, method: 'tools/call', params: { name: 'no_such_tool', arguments: {} } },
      { jsonrpc: '2.0', id: 4, method: 'ping' },
    ];
    child.stdin?.end(`${messages.map((message) => JSON.stringify(message)).join('\n')}\n`);
    const result = await done;
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split('\n');
    const parsed = lines.map(
      (line) => JSON.parse(line) as { jsonrpc: string; id?: number; method?: string; result?: unknown },
    );
    expect(parsed.every((message) => message.jsonrpc === '2.0')).toBe(true);
    const responses = parsed.filter((message) => message.id !== undefined).sort((a, b) => a.id! - b.id!);
    expect(responses.map((message) => message.id)).toEqual([1, 2, 3, 4]);
    expect(responses[2]?.result).toMatchObject({ isError: true });
    const notifications = parsed.filter((message) => message.id === undefined);
    expect(notifications.every((message) => message.method === 'notifications/message')).toBe(true);
    expect(result.stderr).toMatch(/fazt mcp: serving/);
  });

  it('loads the MCP SDK but never React, Ink or an AI SDK; token commands load neither MCP nor Hono', async () => {
    const packages = async (args: string[], input?: string) => {
      const log = join(cart().dir, `modules-${args[0]}.log`);
      const result = await runCli(args, {
        cartridge: cart().path,
        nodeArgs: ['--import', join(ROOT, 'test/helpers/module-log-hook.mjs')],
        env: { FAZT_MODULE_LOG: log },
        ...(input === undefined ? {} : { input }),
      });
      expect(result.code, result.stderr).toBe(0);
      const names = readFileSync(log, 'utf8')
        .split('\n')
        .map((url) => /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url)?.[1])
        .filter((name): name is string => name !== undefined);
      return new Set(names);
    };
    const ping = `${JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'ping' })}\n`;
    const mcp = await packages(['mcp'], ping);
    expect(mcp.has('@modelcontextprotocol/sdk')).toBe(true);
    for (const heavy of ['react', 'ink', 'ai', 'ollama', '@ai-sdk/openai', 'hono', '@hono/node-server']) {
      expect(mcp.has(heavy), heavy).toBe(false);
    }
    const token = await packages(['token', 'list']);
    for (const heavy of ['@modelcontextprotocol/sdk', 'hono', '@hono/node-server', 'react', 'ink', 'ai']) {
      expect(token.has(heavy), heavy).toBe(false);
    }
  });
});
