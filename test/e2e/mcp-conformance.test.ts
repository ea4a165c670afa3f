import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, request as httpRequest, type Server } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NODE, ROOT, type TempCartridge, tempCartridge } from '../helpers/cli.js';
import { createToken, type ServeProcess, startServe } from './mcp-helpers.js';

/** The suite from node_modules: no download at test time. */
const CONFORMANCE = join(ROOT, 'node_modules/@modelcontextprotocol/conformance/dist/index.js');

/** Every scenario that applies to fazt; the README says why the others do not. */
const SCENARIOS = [
  'server-initialize',
  'ping',
  'tools-list',
  'resources-list',
  'prompts-list',
  'logging-set-level',
  'dns-rebinding-protection',
  'server-sse-multiple-streams',
];

interface Check {
  id: string;
  status: 'SUCCESS' | 'FAILURE' | 'WARNING' | 'INFO' | 'SKIPPED';
  errorMessage?: string;
}

/**
 * The suite sends no token. This proxy adds one and changes nothing else: Host and Origin pass
 * through as the suite sent them, so the server's own rebinding check is what the suite sees.
 */
function tokenProxy(token: string): { server: Server; target: { url?: URL } } {
  const target: { url?: URL } = {};
  const server = createServer((incoming, outgoing) => {
    const upstream = target.url!;
    const forwarded = httpRequest(
      {
        host: upstream.hostname,
        port: upstream.port,
        path: incoming.url,
        method: incoming.method,
        headers: { ...incoming.headers, authorization: `Bearer ${token}` },
      },
      (response) => {
        outgoing.writeHead(response.statusCode ?? 502, response.headers);
        response.pipe(outgoing);
      },
    );
    forwarded.on('error', () => outgoing.destroy());
    outgoing.on('close', () => forwarded.destroy());
    incoming.pipe(forwarded);
  });
  return { server, target };
}

function runScenario(
  url: string,
  scenario: string,
  outDir: string,
): Promise<{ code: number | null; output: string; checks: Check[] }> {
  return new Promise((resolve, reject) => {
    const child = spawn(NODE, [CONFORMANCE, 'server', '--url', url, '--scenario', scenario, '-o', outDir], {
      cwd: outDir,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const dir = readdirSync(outDir).find((name) => name.startsWith(`server-${scenario}-`));
      const checks = dir
        ? (JSON.parse(readFileSync(join(outDir, dir, 'checks.json'), 'utf8')) as Check[])
        : [];
      resolve({ code, output, checks });
    });
  });
}

describe('MCP conformance suite against fazt serve', () => {
  let temp: TempCartridge;
  let serve: ServeProcess;
  let proxy: ReturnType<typeof tokenProxy>;
  let proxyUrl: string;

  beforeAll(async () => {
    temp = await tempCartridge('fazt-conformance-');
    const token = await createToken(temp.path, 'conformance', 'admin');
    proxy = tokenProxy(token);
    await new Promise<void>((resolve) => proxy.server.listen(0, '127.0.0.1', resolve));
    const { port } = proxy.server.address() as { port: number };
    proxyUrl = `http://127.0.0.1:${port}/mcp`;
    // The suite talks to the proxy's address, so the server must also answer to that name.
    serve = await startServe(temp.path, ['--allow-host', `127.0.0.1:${port}`, `localhost:${port}`]);
    proxy.target.url = new URL(serve.url);
  });
  afterAll(async () => {
    proxy?.server.closeAllConnections();
    await new Promise((resolve) => proxy?.server.close(resolve));
    await serve?.stop();
    await temp?.cleanup();
  });

  it.each(SCENARIOS)('passes %s', async (scenario) => {
    const outDir = join(temp.dir, scenario);
    mkdirSync(outDir);
    const { code, output, checks } = await runScenario(proxyUrl, scenario, outDir);
    expect(checks.length, output).toBeGreaterThan(0);
    const problems = checks.filter((check) => check.status === 'FAILURE' || check.status === 'WARNING');
    expect(problems, output).toEqual([]);
    expect(checks.filter((check) => check.status === 'SUCCESS').length).toBeGreaterThan(0);
    expect(code, output).toBe(0);
    if (scenario === 'dns-rebinding-protection') {
      expect(checks.map((check) => [check.id, check.status])).toEqual([
        ['localhost-host-rebinding-rejected', 'SUCCESS'],
        ['localhost-host-valid-accepted', 'SUCCESS'],
      ]);
    }
    if (scenario === 'server-sse-multiple-streams') {
      expect(checks.find((check) => check.id === 'server-sse-streams-functional')?.status).toBe('SUCCESS');
    }
  });

  it('fails without the token (the proxy is what makes the suite authenticated)', async () => {
    const outDir = join(temp.dir, 'no-token');
    mkdirSync(outDir);
    const { code, checks } = await runScenario(serve.mcp, 'tools-list', outDir);
    expect(code).toBe(1);
    expect(checks[0]).toMatchObject({ id: 'tools-list', status: 'FAILURE' });
    expect(checks[0]?.errorMessage).toMatch(/401|token|Unauthorized/i);
  });
});
