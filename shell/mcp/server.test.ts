import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import {
  type CallToolResult,
  ElicitRequestSchema,
  type LoggingMessageNotification,
  LoggingMessageNotificationSchema,
} from '@modelcontextprotocol/sdk/types.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Cartridge, openCartridge } from '../../cartridge/open.js';
import { weatherLookup } from '../../test/fakes/weather-tool.js';
import { type TempCartridge, tempCartridge } from '../../test/helpers/cli.js';
import { defaultApprovalPolicy } from '../../tools/approval.js';
import { builtinCapabilities } from '../../tools/index.js';
import { createNotesStore } from '../../tools/notes/store.js';
import { createRegistry, type Registry } from '../../tools/registry.js';
import { consentByElicitation, consentGiven } from './consent.js';
import { scopePolicy } from './scopes.js';
import { createMcpServer, type McpServerOptions } from './server.js';

describe('MCP server factory', () => {
  let temp: TempCartridge;
  let cartridge: Cartridge;
  let registry: Registry;
  const clients: Client[] = [];

  beforeEach(async () => {
    temp = await tempCartridge('fazt-mcp-');
    cartridge = openCartridge(temp.path);
    registry = createRegistry([...builtinCapabilities, weatherLookup]);
  });
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((client) => client.close()));
    cartridge.close();
    await temp.cleanup();
  });

  async function connect(
    options: Partial<McpServerOptions> = {},
    capabilities: ConstructorParameters<typeof Client>[1] = {},
  ): Promise<Client> {
    const server = createMcpServer({
      cartridge,
      registry,
      caller: { kind: 'mcp', id: 'stdio' },
      policy: defaultApprovalPolicy,
      ...options,
    });
    const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
    const client = new Client({ name: 'test', version: '1.0.0' }, capabilities);
    await Promise.all([server.connect(serverSide), client.connect(clientSide)]);
    clients.push(client);
    return client;
  }

  const call = async (client: Client, name: string, args: Record<string, unknown>) =>
    (await client.callTool({ name, arguments: args })) as CallToolResult;
  const text = (result: CallToolResult) => (result.content[0] as { text: string }).text;

  it('lists every registry tool with title, schemas and annotations from its risk', async () => {
    const client = await connect();
    const { tools } = await client.listTools();
    expect(tools.map((tool) => tool.name)).toEqual(
      registry
        .list()
        .map((tool) => tool.name)
        .sort(),
    );
    const byName = Object.fromEntries(tools.map((tool) => [tool.name, tool]));
    expect(byName.notes_list).toMatchObject({
      title: 'List notes',
      inputSchema: { type: 'object', properties: { limit: { type: 'integer' } } },
      outputSchema: { type: 'object', required: ['notes', 'total'] },
      annotations: { readOnlyHint: true, destructiveHint: false, openWorldHint: false },
    });
    expect(byName.notes_add?.annotations).toMatchObject({ readOnlyHint: false, destructiveHint: false });
    expect(byName.notes_delete?.annotations).toMatchObject({ readOnlyHint: false, destructiveHint: true });
    expect(byName.weather_lookup?.annotations).toMatchObject({ openWorldHint: true, readOnlyHint: false });
    for (const tool of tools) expect(tool.description?.length).toBeGreaterThan(10);
  });

  it('returns structuredContent and text for each risk, audited as the caller', async () => {
    const client = await connect({ consent: consentGiven });
    const added = await call(client, 'notes_add', { text: 'buy oat milk' });
    expect(added.isError).toBeFalsy();
    const note = (added.structuredContent as { note: { id: number; text: string } }).note;
    expect(note.text).toBe('buy oat milk');
    expect(text(added)).toContain('"buy oat milk"');

    const listed = await call(client, 'notes_list', {});
    expect(listed.structuredContent).toMatchObject({ total: 1, notes: [{ id: note.id }] });

    const weather = await call(client, 'weather_lookup', { city: 'Oslo' });
    expect(weather.structuredContent).toEqual({ city: 'Oslo', forecast: 'sunny' });

    const deleted = await call(client, 'notes_delete', { id: note.id });
    expect(deleted.isError).toBeFalsy();
    expect(createNotesStore(cartridge).count()).toBe(0);

    const audit = cartridge.audit.list({ limit: 10 });
    expect(audit.map((row) => [row.tool, row.outcome, row.caller.id])).toEqual([
      ['notes_delete', 'ok', 'stdio'],
      ['weather_lookup', 'ok', 'stdio'],
      ['notes_list', 'ok', 'stdio'],
      ['notes_add', 'ok', 'stdio'],
    ]);
    expect(audit.every((row) => row.caller.kind === 'mcp')).toBe(true);
  });

  it('turns bad arguments and unknown tools into isError results, not protocol errors', async () => {
    const client = await connect();
    const bad = await call(client, 'notes_add', { text: 42 });
    expect(bad.isError).toBe(true);
    expect(text(bad)).toMatch(/Invalid input for notes_add: text:/);
    expect(bad._meta).toMatchObject({ 'fazt/error': 'invalid_input' });
    expect(cartridge.audit.list({ limit: 1 })[0]).toMatchObject({
      tool: 'notes_add',
      outcome: 'invalid_input',
    });

    const unknown = await call(client, 'notes_ad', { text: 'x' });
    expect(unknown.isError).toBe(true);
    expect(text(unknown)).toMatch(/no tool named "notes_ad".*Did you mean notes_add/);
  });

  it('holds destructive calls without consent, and explains how to give it', async () => {
    const client = await connect({ consent: consentByElicitation });
    const { id } = createNotesStore(cartridge).add('keep me');
    const held = await call(client, 'notes_delete', { id });
    expect(held.isError).toBe(true);
    expect(text(held)).toMatch(/needs the person's consent; nothing was changed.*--allow-destructive/);
    expect(createNotesStore(cartridge).get(id)).toBeDefined();
    expect(cartridge.audit.list({ limit: 1 })[0]).toMatchObject({ outcome: 'needs_approval' });
  });

  it('asks through elicitation when the client supports it, and obeys the answer', async () => {
    const answers: boolean[] = [false, true];
    const prompts: string[] = [];
    const client = await connect({ consent: consentByElicitation }, { capabilities: { elicitation: {} } });
    client.setRequestHandler(ElicitRequestSchema, (request) => {
      prompts.push(request.params.message);
      return { action: 'accept', content: { confirm: answers.shift() ?? false } };
    });
    const { id } = createNotesStore(cartridge).add('maybe delete me');
    const declined = await call(client, 'notes_delete', { id });
    expect(text(declined)).toBe('You declined notes_delete; nothing was changed.');
    expect(createNotesStore(cartridge).get(id)).toBeDefined();
    const accepted = await call(client, 'notes_delete', { id });
    expect(accepted.isError).toBeFalsy();
    expect(createNotesStore(cartridge).get(id)).toBeUndefined();
    expect(prompts[0]).toMatch(/notes_delete.*destructive.*"id":/);
  });

  it('denies what a token scope does not cover, naming the token in the audit log', async () => {
    const explainDenied = () => 'Create an admin token.';
    const client = await connect({
      caller: { kind: 'mcp', id: 'ci-bot' },
      policy: scopePolicy('write'),
      explainDenied,
    });
    const { id } = createNotesStore(cartridge).add('safe');
    const denied = await call(client, 'notes_delete', { id });
    expect(denied.isError).toBe(true);
    expect(text(denied)).toBe('notes_delete is not allowed for mcp ci-bot. Create an admin token.');
    expect((await call(client, 'weather_lookup', { city: 'Oslo' })).isError).toBe(true);
    expect((await call(client, 'notes_add', { text: 'fine' })).isError).toBeFalsy();
    const audit = cartridge.audit.list({ limit: 3 });
    expect(audit.map((row) => [row.tool, row.outcome, row.caller.id])).toEqual([
      ['notes_add', 'ok', 'ci-bot'],
      ['weather_lookup', 'denied', 'ci-bot'],
      ['notes_delete', 'denied', 'ci-bot'],
    ]);
    expect(createNotesStore(cartridge).get(id)).toBeDefined();
  });

  it('serves fazt:// resources through read tools, and refuses unknown ones', async () => {
    createNotesStore(cartridge).add('the bike lock code is 4312');
    createNotesStore(cartridge).add('dentist on friday');
    const client = await connect();
    const { resources } = await client.listResources();
    expect(resources.map((resource) => resource.uri)).toEqual([
      'fazt://status',
      'fazt://notes',
      'fazt://memory',
    ]);
    const { resourceTemplates } = await client.listResourceTemplates();
    expect(resourceTemplates.map((template) => template.uriTemplate)).toEqual([
      'fazt://knowledge/file/{id}',
      'fazt://notes/search/{query}',
    ]);

    const status = await client.readResource({ uri: 'fazt://status' });
    const statusBody = JSON.parse((status.contents[0] as { text: string }).text) as {
      counts: { notes: number };
    };
    expect(statusBody.counts.notes).toBe(2);
    const notes = await client.readResource({ uri: 'fazt://notes' });
    expect(notes.contents[0]).toMatchObject({ mimeType: 'text/markdown' });
    expect((notes.contents[0] as { text: string }).text).toMatch(
      /# Notes \(2 of 2\)[\s\S]*dentist on friday/,
    );
    const search = await client.readResource({ uri: 'fazt://notes/search/bike%20lock' });
    const searchText = (search.contents[0] as { text: string }).text;
    expect(searchText).toContain('bike lock code');
    expect(searchText).not.toContain('dentist');
    await expect(client.readResource({ uri: 'fazt://nothing' })).rejects.toThrow(
      /no resource fazt:\/\/nothing/,
    );
    expect(cartridge.audit.list({ tool: 'notes_search', limit: 1 })[0]?.caller).toEqual({
      kind: 'mcp',
      id: 'stdio',
    });
  });

  it('lists and renders prompts, refusing unknown ones', async () => {
    createNotesStore(cartridge).add('decided: move the standup to 10am');
    createNotesStore(cartridge).add('todo: renew passport');
    const client = await connect();
    const { prompts } = await client.listPrompts();
    expect(prompts).toEqual([
      expect.objectContaining({
        name: 'notes_digest',
        arguments: [expect.objectContaining({ name: 'topic', required: false })],
      }),
    ]);
    const all = await client.getPrompt({ name: 'notes_digest' });
    const body = (all.messages[0]!.content as { text: string }).text;
    expect(body).toMatch(/standup[\s\S]*passport|passport[\s\S]*standup/);
    const topical = await client.getPrompt({ name: 'notes_digest', arguments: { topic: 'passport' } });
    const topicalBody = (topical.messages[0]!.content as { text: string }).text;
    expect(topicalBody).toContain('about "passport"');
    expect(topicalBody).not.toContain('standup');
    await expect(client.getPrompt({ name: 'nope' })).rejects.toThrow(/no prompt named "nope"/);
  });

  it('sends log messages with tool calls, filtered by logging/setLevel', async () => {
    const client = await connect();
    const messages: LoggingMessageNotification['params'][] = [];
    client.setNotificationHandler(LoggingMessageNotificationSchema, (notification) => {
      messages.push(notification.params);
    });
    await client.setLoggingLevel('debug');
    await call(client, 'notes_list', {});
    expect(messages.map((message) => message.level)).toEqual(['debug', 'info']);
    expect(messages[1]).toMatchObject({ logger: 'fazt', data: { tool: 'notes_list', outcome: 'ok' } });

    messages.length = 0;
    await client.setLoggingLevel('warning');
    await call(client, 'notes_list', {});
    await call(client, 'notes_add', {});
    expect(messages).toEqual([
      expect.objectContaining({
        level: 'warning',
        data: expect.objectContaining({ outcome: 'invalid_input' }),
      }),
    ]);
  });
});
