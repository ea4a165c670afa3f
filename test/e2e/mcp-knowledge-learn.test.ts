import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { type CallToolResult, ElicitRequestSchema } from '@modelcontextprotocol/sdk/types.js';
import { afterEach, describe, expect, it } from 'vitest';
import { cliArgs, NODE, runCli, useTempCartridge } from '../helpers/cli.js';

const text = (result: CallToolResult) => (result.content[0] as { text: string }).text;

/**
 * knowledge_learn from an MCP client: hidden paths and paths outside the person's home and the
 * server's folder are held for the person's consent (a client could otherwise pull ~/.ssh/id_rsa
 * into the cartridge and read it back); the person's own CLI learns them as before.
 */
describe('knowledge_learn over MCP: hidden and outside paths need consent', () => {
  const cart = useTempCartridge('fazt-mcp-learn-');
  const clients: Client[] = [];
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((client) => client.close()));
  });

  /** A home with a secret key and a plain notes folder, a work folder, and a folder outside both. */
  function layout() {
    const home = join(cart().dir, 'home');
    const work = join(cart().dir, 'work');
    const elsewhere = join(cart().dir, 'elsewhere');
    mkdirSync(join(home, '.ssh'), { recursive: true });
    writeFileSync(join(home, '.ssh', 'id_rsa.txt'), 'PRIVATE KEY zanzibar\n');
    mkdirSync(join(home, 'notes'));
    writeFileSync(join(home, 'notes', 'plan.md'), '# Plan\n\nBuy a kayak.\n');
    writeFileSync(join(home, 'notes', '.hidden.md'), '# Hidden\n\nThe safe code is 4411.\n');
    mkdirSync(work);
    writeFileSync(join(work, 'todo.md'), '# Todo\n\nFix the bike.\n');
    mkdirSync(elsewhere);
    writeFileSync(join(elsewhere, 'other.md'), '# Other\n\nThe shed is blue.\n');
    return { home, work, elsewhere };
  }

  async function connect(
    where: { home: string; work: string },
    args: string[] = [],
    capabilities: ConstructorParameters<typeof Client>[1] = {},
  ) {
    const transport = new StdioClientTransport({
      command: NODE,
      args: cliArgs(['mcp', ...args], { cartridge: cart().path }),
      cwd: where.work,
      env: { ...(process.env as Record<string, string>), HOME: where.home },
      stderr: 'pipe',
    });
    const client = new Client({ name: 'fazt-e2e', version: '1.0.0' }, capabilities);
    await client.connect(transport);
    clients.push(client);
    return client;
  }
  const learn = async (client: Client, paths: string[]) =>
    (await client.callTool({ name: 'knowledge_learn', arguments: { paths } })) as CallToolResult;
  const learned = async () => {
    const list = await runCli(['knowledge', 'list', '--json'], { cartridge: cart().path });
    return (JSON.parse(list.stdout) as { files: { path: string }[] }).files.map((file) => file.path);
  };

  it('holds hidden files, hidden folders and outside paths without consent; learns home and work folders', async () => {
    const where = layout();
    const client = await connect(where);
    for (const paths of [
      ['~/.ssh/id_rsa.txt'],
      [join(where.home, '.ssh')],
      [join(where.home, 'notes', '.hidden.md')],
      [where.elsewhere],
      [join(where.home, 'notes'), '~/.ssh'],
    ]) {
      const held = await learn(client, paths);
      expect(held.isError, paths.join(' ')).toBe(true);
      expect(text(held)).toMatch(/needs the person's consent.*Nothing was learned/);
      expect(text(held)).not.toMatch(/destructive/);
    }
    expect(await learned()).toEqual([]);
    // A symbolic link inside home that leads to a hidden folder is judged by where it leads.
    const { symlinkSync } = await import('node:fs');
    symlinkSync(join(where.home, '.ssh'), join(where.home, 'keys'));
    expect((await learn(client, ['~/keys'])).isError).toBe(true);

    const home = await learn(client, ['~/notes']);
    expect(home.isError).toBeFalsy();
    const work = await learn(client, ['todo.md']);
    expect(work.isError).toBeFalsy();
    // The folder walk still skips the hidden file inside a learned folder.
    expect((await learned()).sort()).toEqual([
      join(where.home, 'notes', 'plan.md'),
      join(where.work, 'todo.md'),
    ]);
  }, 60_000);

  it('learns a held path once the person consents (elicitation or --allow-destructive); the CLI never asks', async () => {
    const where = layout();
    const asked: string[] = [];
    const client = await connect(where, [], { capabilities: { elicitation: {} } });
    client.setRequestHandler(ElicitRequestSchema, (request) => {
      asked.push(request.params.message);
      return { action: asked.length === 1 ? 'decline' : 'accept', content: { confirm: true } };
    });
    const declined = await learn(client, [where.elsewhere]);
    expect(declined.isError).toBe(true);
    expect(await learned()).toEqual([]);
    const granted = await learn(client, [where.elsewhere]);
    expect(granted.isError).toBeFalsy();
    expect(asked).toHaveLength(2);
    expect(asked[0]).toMatch(/knowledge_learn.*needs your consent/);
    expect(await learned()).toEqual([join(where.elsewhere, 'other.md')]);

    const allowed = await connect(where, ['--allow-destructive']);
    expect((await learn(allowed, [join(where.home, '.ssh', 'id_rsa.txt')])).isError).toBeFalsy();

    const cli = await runCli(['learn', join(where.home, 'notes', '.hidden.md')], { cartridge: cart().path });
    expect(cli.code).toBe(0);
    expect((await learned()).length).toBe(3);
  }, 60_000);
});
