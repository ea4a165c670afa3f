import type { ChildProcess } from 'node:child_process';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { type CliResult, collect, runCli, spawnCli } from '../helpers/cli.js';

/** A running `fazt serve --port 0` process. */
export interface ServeProcess {
  child: ChildProcess;
  /** Base URL, e.g. http://127.0.0.1:43123 */
  url: string;
  /** The MCP endpoint, `${url}/mcp`. */
  mcp: string;
  port: number;
  stderr(): string;
  /** Sends SIGTERM and waits for the process to end. */
  stop(): Promise<CliResult>;
}

/**
 * Starts `fazt serve --port 0 --json …` and waits for the line that names its URL. The process
 * is killed (and the test fails) if it is still running after `lifetimeMs`.
 */
export async function startServe(
  cartridge: string,
  args: string[] = [],
  lifetimeMs = 120_000,
): Promise<ServeProcess> {
  const child = spawnCli(['serve', '--port', '0', '--json', ...args], { cartridge });
  let stdout = '';
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const first = await new Promise<{ url: string; mcp: string }>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`fazt serve did not start: ${stderr}`)), 20_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const newline = stdout.indexOf('\n');
      if (newline >= 0) {
        clearTimeout(timer);
        resolve(JSON.parse(stdout.slice(0, newline)) as { url: string; mcp: string });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`fazt serve exited ${code}: ${stderr}`));
    });
  });
  const done = collect(child, lifetimeMs);
  return {
    child,
    ...first,
    port: Number(new URL(first.url).port),
    stderr: () => stderr,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      const result = await done;
      return { ...result, stdout: stdout + result.stdout, stderr: stderr + result.stderr };
    },
  };
}

/** `fazt token create --json` through the real CLI; returns the secret. */
export async function createToken(
  cartridge: string,
  name: string,
  scope: string,
  expires?: string,
): Promise<string> {
  const result = await runCli(
    [
      'token',
      'create',
      '--name',
      name,
      '--scope',
      scope,
      ...(expires ? ['--expires', expires] : []),
      '--json',
    ],
    { cartridge },
  );
  if (result.code !== 0) throw new Error(`token create failed: ${result.stderr}`);
  return (JSON.parse(result.stdout) as { token: string }).token;
}

/** An official SDK client connected over Streamable HTTP with a bearer token. */
export async function httpClient(
  mcp: string,
  token: string,
): Promise<{ client: Client; transport: StreamableHTTPClientTransport }> {
  const transport = new StreamableHTTPClientTransport(new URL(mcp), {
    requestInit: { headers: { authorization: `Bearer ${token}` } },
  });
  const client = new Client({ name: 'fazt-e2e', version: '1.0.0' });
  await client.connect(transport);
  return { client, transport };
}
