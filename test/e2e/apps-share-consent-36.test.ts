import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, runCliJson, type TempCartridge, tempCartridge } from '../helpers/cli.js';
import { createToken, httpClient, type ServeProcess, startServe } from './mcp-helpers.js';

const text = (result: CallToolResult) => (result.content[0] as { text: string }).text;

/**
 * A share link that never expires (or lasts past 31 days) opens a private app for good, nearly
 * what `apps_set_access public` does, so it needs the same consent on every surface (S36 M4).
 */
describe('a long or never-expiring share link needs the consent making the app public needs', () => {
  let temp: TempCartridge;
  let serve: ServeProcess;
  const fazt = (args: string[]) => runCli(args, { cartridge: temp.path });
  const shares = async () =>
    (
      await runCliJson<{ shares: { label: string; status: string }[] }>(['run', 'apps_shares', '--json'], {
        cartridge: temp.path,
      })
    ).shares
      .filter((share) => share.status === 'active')
      .map((share) => share.label);

  beforeAll(async () => {
    temp = await tempCartridge('fazt-share-consent-');
    await mkdir(join(temp.dir, 'blog'));
    await writeFile(join(temp.dir, 'blog', 'index.html'), '<h1>My blog</h1>');
    expect(
      (await fazt(['run', 'apps_deploy', '--folder', join(temp.dir, 'blog'), '--name', 'blog'])).code,
    ).toBe(0);
  });
  afterAll(async () => {
    await serve?.stop();
    await temp?.cleanup();
  });

  it('over HTTP MCP a write token gets links of up to 31 days only; an admin token may make one that never expires', async () => {
    const writerSecret = await createToken(temp.path, 'wr', 'write');
    const adminSecret = await createToken(temp.path, 'ad', 'admin');
    serve = await startServe(temp.path);
    const { client: writer } = await httpClient(serve.mcp, writerSecret);
    const { client: admin } = await httpClient(serve.mcp, adminSecret);
    try {
      for (const expires of ['never', '40 days', '2 years']) {
        const refused = (await writer.callTool({
          name: 'apps_share',
          arguments: { app: 'blog', expires, label: 'mcp' },
        })) as CallToolResult;
        expect(refused.isError, expires).toBe(true);
        expect(text(refused)).toMatch(
          /Token "wr" has scope write; apps_share with these options needs the person's consent.*admin/,
        );
      }
      expect(await shares()).toEqual([]);
      const month = (await writer.callTool({
        name: 'apps_share',
        arguments: { app: 'blog', expires: 'a month', label: 'mcp' },
      })) as CallToolResult;
      expect(month.isError, text(month)).toBeFalsy();
      // Reusing a label says that it replaces the earlier link (revoking one is write work anyway).
      const again = (await writer.callTool({
        name: 'apps_share',
        arguments: { app: 'blog', expires: '7d', label: 'mcp' },
      })) as CallToolResult;
      expect(text(again)).toContain('it replaces the earlier link for mcp');
      const forever = (await admin.callTool({
        name: 'apps_share',
        arguments: { app: 'blog', expires: 'never', label: 'admin' },
      })) as CallToolResult;
      expect(forever.isError, text(forever)).toBeFalsy();
      expect(text(forever)).toContain('never expiring');
      expect((await shares()).sort()).toEqual(['admin', 'mcp']);
    } finally {
      await writer.close();
      await admin.close();
      await serve.stop();
    }
  });

  it('from the CLI `fazt run` needs --yes; `fazt share --expires never` typed by the person is its own consent', async () => {
    const held = await fazt(['run', 'apps_share', '--app', 'blog', '--label', 'run', '--expires', 'never']);
    expect(held.code).not.toBe(0);
    expect(held.stderr + held.stdout).toMatch(/needs, for what this call would do, your explicit approval/);
    expect(await shares()).not.toContain('run');
    const approved = await fazt([
      'run',
      'apps_share',
      '--app',
      'blog',
      '--label',
      'run',
      '--expires',
      'never',
      '--yes',
    ]);
    expect(approved.code, approved.stderr).toBe(0);
    const typed = await fazt(['share', 'blog', '--label', 'typed', '--expires', 'never']);
    expect(typed.code, typed.stderr).toBe(0);
    expect(typed.stdout).toContain('never expiring');
    expect(await shares()).toEqual(expect.arrayContaining(['run', 'typed']));
  });

  it('the offline planner holds "share … forever" for approval and runs it with --yes', async () => {
    const held = await fazt(['ask', 'share blog with grandpa forever']);
    expect(held.stdout + held.stderr).toMatch(/approv|--yes/i);
    expect(await shares()).not.toContain('grandpa');
    const approved = await fazt(['ask', 'share blog with grandpa forever', '--yes']);
    expect(approved.code, approved.stderr).toBe(0);
    expect(approved.stdout).toContain('never expiring');
    expect(await shares()).toContain('grandpa');
  });
});
