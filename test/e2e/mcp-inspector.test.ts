import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, NODE, ROOT, type TempCartridge, tempCartridge } from '../helpers/cli.js';
import { createToken, type ServeProcess, startServe } from './mcp-helpers.js';

/** The Inspector's launcher from node_modules (`npx @modelcontextprotocol/inspector --cli`), offline. */
const INSPECTOR = join(ROOT, 'node_modules/@modelcontextprotocol/inspector/clients/launcher/build/index.js');

// Each case starts the Inspector and fazt several times (~20 s on a loaded 2-core machine).
describe('MCP Inspector CLI against fazt', { timeout: 90_000 }, () => {
  let temp: TempCartridge;
  let serve: ServeProcess;
  let token: string;

  /** Runs `inspector --cli …` with HOME in the temp dir, so its catalogue files land there. */
  const inspect = (args: string[]) =>
    new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
      const child = spawn(NODE, [INSPECTOR, '--cli', ...args], {
        cwd: temp.dir,
        env: { PATH: process.env.PATH, HOME: temp.dir, NO_COLOR: '1' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
      });
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
      });
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stdout, stderr }));
    });
  /** Inspector options first; after `--`, the server command line it spawns. */
  const overStdio = (options: string[]) => [...options, '--', NODE, CLI, '--cartridge', temp.path, 'mcp'];

  beforeAll(async () => {
    temp = await tempCartridge('fazt-inspector-');
    token = await createToken(temp.path, 'inspector', 'write');
    serve = await startServe(temp.path);
  });
  afterAll(async () => {
    await serve?.stop();
    await temp?.cleanup();
  });

  it('lists and calls tools over stdio', async () => {
    const listed = await inspect(overStdio(['--method', 'tools/list']));
    expect(listed.code, listed.stderr).toBe(0);
    const { tools } = JSON.parse(listed.stdout) as { tools: { name: string; annotations: object }[] };
    expect(tools.map((tool) => tool.name)).toEqual(
      expect.arrayContaining(['notes_add', 'notes_delete', 'memory_recall']),
    );
    const called = await inspect(
      overStdio([
        '--method',
        'tools/call',
        '--tool-name',
        'notes_add',
        '--tool-arg',
        'text=hello from the inspector',
      ]),
    );
    expect(called.code, called.stderr).toBe(0);
    expect(JSON.parse(called.stdout)).toMatchObject({
      structuredContent: { note: { text: 'hello from the inspector' } },
    });
  });

  it('lists and calls tools over Streamable HTTP with a bearer token', async () => {
    const auth = ['--transport', 'http', '--header', `Authorization: Bearer ${token}`];
    const listed = await inspect([serve.mcp, ...auth, '--method', 'tools/list']);
    expect(listed.code, listed.stderr).toBe(0);
    expect((JSON.parse(listed.stdout) as { tools: unknown[] }).tools.length).toBeGreaterThan(5);
    const searched = await inspect([
      serve.mcp,
      ...auth,
      '--method',
      'tools/call',
      '--tool-name',
      'notes_search',
      '--tool-arg',
      'query=inspector',
    ]);
    expect(searched.code, searched.stderr).toBe(0);
    expect(JSON.parse(searched.stdout)).toMatchObject({
      structuredContent: { hits: [{ text: 'hello from the inspector' }] },
    });
    const refused = await inspect([
      serve.mcp,
      ...auth,
      '--method',
      'tools/call',
      '--tool-name',
      'notes_delete',
      '--tool-arg',
      'id=1',
    ]);
    expect(refused.code).not.toBe(0);
    expect(refused.stdout).toMatch(/Token \\?"inspector\\?" has scope write/);
    const anonymous = await inspect([serve.mcp, '--transport', 'http', '--method', 'tools/list']);
    expect(anonymous.code).not.toBe(0);
  });
});
