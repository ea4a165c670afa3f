import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import {
  type CallToolResult,
  ResourceListChangedNotificationSchema,
  ToolListChangedNotificationSchema,
} from '@modelcontextprotocol/sdk/types.js';
import { describe, expect, it, onTestFinished } from 'vitest';
import { echoCapability } from '../../test/fakes/echo-capability.js';
import { startFakeOpenAI } from '../../test/fakes/openai-server.js';
import { providerPlanner } from '../../test/fakes/planners.js';
import { testRuntime } from '../../test/helpers/runtime.js';
import { defaultApprovalPolicy } from '../../tools/approval.js';
import { createMcpServer } from './server.js';

/** Resolves on the next notification of `schema`'s method the client receives. */
function nextNotification(client: Client, schema: typeof ToolListChangedNotificationSchema): Promise<void> {
  return new Promise((resolve) => {
    client.setNotificationHandler(schema, () => resolve());
  });
}

async function connect(runtime: ReturnType<typeof testRuntime>): Promise<Client> {
  const server = createMcpServer({
    cartridge: runtime.cartridge,
    registry: runtime.registry,
    caller: { kind: 'mcp', id: 'stdio' },
    policy: defaultApprovalPolicy,
  });
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  const client = new Client({ name: 'test', version: '1.0.0' });
  await Promise.all([server.connect(serverSide), client.connect(clientSide)]);
  onTestFinished(() => client.close());
  return client;
}

describe('a capability added and removed while fazt runs', () => {
  it('an MCP client is told (tools/list_changed) and sees its tools and resources come and go', async () => {
    const runtime = testRuntime();
    const client = await connect(runtime);
    expect(client.getServerCapabilities()?.tools).toEqual({ listChanged: true });
    const names = async () => (await client.listTools()).tools.map((tool) => tool.name);
    const uris = async () => (await client.listResources()).resources.map((resource) => resource.uri);
    expect(await names()).not.toContain('echo_say');

    const toolsChanged = nextNotification(client, ToolListChangedNotificationSchema);
    const resourcesChanged = nextNotification(
      client,
      ResourceListChangedNotificationSchema as unknown as typeof ToolListChangedNotificationSchema,
    );
    runtime.registry.addCapability(echoCapability());
    await Promise.all([toolsChanged, resourcesChanged]);
    expect(await names()).toContain('echo_say');
    expect(await uris()).toContain('fazt://echo/said');

    const said = (await client.callTool({
      name: 'echo_say',
      arguments: { phrase: 'hi ✨' },
    })) as CallToolResult;
    expect(said.structuredContent).toEqual({ said: 'hi ✨' });
    const resource = await client.readResource({ uri: 'fazt://echo/said' });
    expect(JSON.parse((resource.contents[0] as { text: string }).text)).toEqual([{ phrase: 'hi ✨' }]);
    expect(runtime.cartridge.audit.list({ tool: 'echo_say' })[0]).toMatchObject({ outcome: 'ok' });

    const removed = nextNotification(client, ToolListChangedNotificationSchema);
    expect(runtime.registry.removeCapability('skill:echo')).toBe(true);
    await removed;
    expect(await names()).not.toContain('echo_say');
    expect(await uris()).not.toContain('fazt://echo/said');
    const gone = (await client.callTool({ name: 'echo_say', arguments: { phrase: 'x' } })) as CallToolResult;
    expect(gone.isError).toBe(true);
    expect(gone._meta).toMatchObject({ 'fazt/error': 'unknown_tool' });
  });

  it('a closed session stops listening: later changes reach no one and raise nothing', async () => {
    const runtime = testRuntime();
    const client = await connect(runtime);
    await client.close();
    runtime.registry.addCapability(echoCapability());
    runtime.registry.removeCapability('skill:echo');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(runtime.registry.get('echo_say')).toBeUndefined();
  });

  it('the planner offers the tools the registry holds at each run', async () => {
    const runtime = testRuntime();
    const server = await startFakeOpenAI({ replies: [{ text: 'one' }, { text: 'two' }], apiKey: 'sk-test' });
    onTestFinished(() => server.close());
    const planner = providerPlanner('openai:gpt-4o-mini', runtime.registry, {
      openaiBaseUrl: server.baseUrl,
    });
    const offered = () =>
      server
        .chatRequests()
        .at(-1)
        ?.tools?.map((tool) => tool.function.name) ?? [];

    runtime.registry.addCapability(echoCapability());
    await runtime.run(planner, 'echo hello');
    expect(offered()).toContain('echo_say');

    runtime.registry.removeCapability('skill:echo');
    await runtime.run(planner, 'echo hello');
    expect(offered()).not.toContain('echo_say');
    expect(offered()).toContain('memory_recall');
  });

  it('the same capability in two registries shares its event types; removing it from one keeps them for the other', () => {
    const first = testRuntime();
    const second = testRuntime();
    const echo = echoCapability();
    first.registry.addCapability(echo);
    second.registry.addCapability(echo);
    first.registry.removeCapability('skill:echo');
    expect(() =>
      second.cartridge.events.append({ type: 'echo.said', source: 'test', data: { phrase: 'still known' } }),
    ).not.toThrow();
    second.registry.removeCapability('skill:echo');
    expect(() =>
      second.cartridge.events.append({ type: 'echo.said', source: 'test', data: { phrase: 'x' } }),
    ).toThrow(/Unknown event type "echo.said"/);
  });
});

describe('resources from a built-in capability’s store', () => {
  it('learned documents are listed and read as fazt://knowledge/file/{id} through an MCP client', async () => {
    const runtime = testRuntime();
    const dir = join(runtime.dir, 'docs');
    mkdirSync(dir);
    writeFileSync(
      join(dir, 'lease.md'),
      '# Lease\n\n## Pets\n\nOne cat is allowed with a deposit of $200.\n',
    );
    // The folder is outside home and the working folder: learning it for an agent takes consent.
    const learned = await runtime.executor.execute(
      'knowledge_learn',
      { paths: [dir] },
      { caller: runtime.caller, approved: true },
    );
    expect(learned.ok).toBe(true);
    const client = await connect(runtime);
    const listed = (await client.listResources()).resources.find(
      (resource) => resource.name === join(dir, 'lease.md'),
    );
    expect(listed?.uri).toMatch(/^fazt:\/\/knowledge\/file\/\d+$/);
    const read = await client.readResource({ uri: listed?.uri as string });
    expect((read.contents[0] as { text: string }).text).toContain('One cat is allowed');
    await expect(client.readResource({ uri: 'fazt://knowledge/file/999999' })).rejects.toThrow(
      /no learned document/,
    );
  });

  it('a line break or "-->" in a file name is shown (␊), never a new line or the end of a comment', async () => {
    const runtime = testRuntime();
    const dir = join(runtime.dir, 'odd');
    mkdirSync(dir);
    writeFileSync(join(dir, 'new\nline -->.md'), 'The marmalade jar is on the shelf.\n');
    const learned = await runtime.executor.execute(
      'knowledge_learn',
      { paths: [dir] },
      { caller: runtime.caller, approved: true },
    );
    expect(learned.ok).toBe(true);
    const client = await connect(runtime);
    const listed = (await client.listResources()).resources.find((resource) =>
      resource.name.includes('line'),
    );
    const text = ((await client.readResource({ uri: listed?.uri as string })).contents[0] as { text: string })
      .text;
    const lines = text.split('\n');
    expect(lines[0]).toBe(`# ${join(dir, 'new␊line -->.md')}`);
    expect(lines[2]).toMatch(/^<!-- lines 1-1: new␊line -- > -->$/);
  });
});
