// MCP tools/call cost: round-trip latency over stdio (`fazt mcp`) and Streamable HTTP
// (`fazt serve`), and requests/s with 16 concurrent HTTP clients, each against the same call
// made in-process through the executor (so the ratios hold on any machine). `npm run bench mcp`.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { openCartridge } from '../cartridge/open.js';
import { createTokenStore } from '../cartridge/tokens.js';
import { createDefaultRegistry, createExecutor } from '../tools/index.js';
import { createNotesStore } from '../tools/notes/store.js';
import { report, summarize, time } from './stats.js';

const CALLS = Number(process.env.BENCH_RUNS ?? 2000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONCURRENCY = 16;
const TOOL = 'notes_list';
const INPUT = { limit: 10 };

const dir = mkdtempSync(join(tmpdir(), 'fazt-bench-mcp-'));
const path = join(dir, 'fazt.db');

/** Runs `call` from `workers` loops at once for `seconds`; completed calls per second. */
async function throughput(call: (worker: number) => Promise<unknown>, workers: number, seconds: number) {
  const end = performance.now() + seconds * 1000;
  let done = 0;
  await Promise.all(
    Array.from({ length: workers }, async (_, worker) => {
      while (performance.now() < end) {
        await call(worker);
        done++;
      }
    }),
  );
  return done / seconds;
}

function check(result: unknown) {
  const { isError, structuredContent } = result as { isError?: boolean; structuredContent?: unknown };
  if (isError || !structuredContent) throw new Error(`${TOOL} failed: ${JSON.stringify(result)}`);
}

async function startServe(): Promise<{ child: ChildProcess; mcp: string }> {
  const child = spawn(
    process.execPath,
    ['dist/fazt.js', '--cartridge', path, 'serve', '--port', '0', '--json', '--rate-limit', '10000000'],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const line = await new Promise<string>((resolve, reject) => {
    child.stdout?.once('data', (chunk: Buffer) => resolve(chunk.toString()));
    child.once('exit', (code) => reject(new Error(`fazt serve exited ${code}`)));
  });
  return { child, mcp: (JSON.parse(line) as { mcp: string }).mcp };
}

/**
 * A bare Streamable HTTP session over node:http keep-alive: no SDK client, so what it measures is
 * the server (and the socket), not the client's SSE parsing and schema validation.
 */
async function rawSession(mcp: string, secret: string) {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    accept: 'application/json, text/event-stream',
    authorization: `Bearer ${secret}`,
  };
  const post = (body: unknown) =>
    new Promise<{ headers: Record<string, unknown>; body: string }>((resolve, reject) => {
      const outgoing = request(mcp, { method: 'POST', headers, agent }, (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          text += chunk;
        });
        response.on('end', () => resolve({ headers: response.headers, body: text }));
      });
      outgoing.on('error', reject);
      outgoing.end(JSON.stringify(body));
    });
  const init = await post({
    jsonrpc: '2.0',
    id: 0,
    method: 'initialize',
    params: { protocolVersion: '2025-11-25', capabilities: {}, clientInfo: { name: 'bench', version: '1' } },
  });
  headers['mcp-session-id'] = String(init.headers['mcp-session-id']);
  headers['mcp-protocol-version'] = '2025-11-25';
  await post({ jsonrpc: '2.0', method: 'notifications/initialized' });
  let id = 1;
  return async () => {
    const { body } = await post({
      jsonrpc: '2.0',
      id: id++,
      method: 'tools/call',
      params: { name: TOOL, arguments: INPUT },
    });
    if (!body.includes('"structuredContent"')) throw new Error(`${TOOL} failed over raw HTTP: ${body}`);
  };
}

try {
  const cartridge = openCartridge(path);
  for (let index = 0; index < 50; index++)
    createNotesStore(cartridge).add(`note ${index}: something worth remembering`);
  const { secret } = createTokenStore(cartridge.prepare).create({ name: 'bench', scope: 'admin' });
  const executor = createExecutor({ cartridge, registry: createDefaultRegistry() });
  const caller = { kind: 'mcp', id: 'bench' } as const;
  const direct = async () => {
    const result = await executor.execute(TOOL, INPUT, { caller });
    if (!result.ok) throw new Error(result.error.message);
  };
  const inProcess = summarize(await time(direct, CALLS, 200));
  const inProcessRate = await throughput(direct, CONCURRENCY, SECONDS);
  cartridge.close();

  const stdioClient = new Client({ name: 'bench', version: '1' });
  await stdioClient.connect(
    new StdioClientTransport({
      command: process.execPath,
      args: ['dist/fazt.js', '--cartridge', path, 'mcp'],
    }),
  );
  const overStdio = summarize(
    await time(async () => check(await stdioClient.callTool({ name: TOOL, arguments: INPUT })), CALLS, 200),
  );
  await stdioClient.close();

  const serve = await startServe();
  const connect = async () => {
    const client = new Client({ name: 'bench', version: '1' });
    await client.connect(
      new StreamableHTTPClientTransport(new URL(serve.mcp), {
        requestInit: { headers: { authorization: `Bearer ${secret}` } },
      }),
    );
    return client;
  };
  const httpClient = await connect();
  const overHttp = summarize(
    await time(async () => check(await httpClient.callTool({ name: TOOL, arguments: INPUT })), CALLS, 200),
  );
  const clients = await Promise.all(Array.from({ length: CONCURRENCY }, connect));
  const httpRate = await throughput(
    async (worker) => check(await clients[worker]!.callTool({ name: TOOL, arguments: INPUT })),
    CONCURRENCY,
    SECONDS,
  );
  await Promise.all([httpClient, ...clients].map((client) => client.close()));
  const raw = await rawSession(serve.mcp, secret);
  const overRawHttp = summarize(await time(raw, CALLS, 200));
  const raws = await Promise.all(Array.from({ length: CONCURRENCY }, () => rawSession(serve.mcp, secret)));
  const rawRate = await throughput((worker) => raws[worker]!(), CONCURRENCY, SECONDS);
  serve.child.kill('SIGTERM');

  const ratio = (value: number, base: number) => `${(value / base).toFixed(1)}×`;
  report('mcp', [
    {
      measure: `${TOOL} in-process (executor)`,
      'median ms': inProcess.median,
      'p99 ms': inProcess.p99,
      'vs in-process': '1.0×',
    },
    {
      measure: `${TOOL} over stdio (fazt mcp, SDK client)`,
      'median ms': overStdio.median,
      'p99 ms': overStdio.p99,
      'vs in-process': `${ratio(overStdio.median, inProcess.median)} median, ${ratio(overStdio.p99, inProcess.p99)} p99`,
    },
    {
      measure: `${TOOL} over HTTP (fazt serve, SDK client)`,
      'median ms': overHttp.median,
      'p99 ms': overHttp.p99,
      'vs in-process': `${ratio(overHttp.median, inProcess.median)} median, ${ratio(overHttp.p99, inProcess.p99)} p99`,
    },
    {
      measure: `${TOOL} over HTTP, bare node:http client`,
      'median ms': overRawHttp.median,
      'p99 ms': overRawHttp.p99,
      'vs in-process': `${ratio(overRawHttp.median, inProcess.median)} median, ${ratio(overRawHttp.p99, inProcess.p99)} p99`,
    },
    {
      measure: `${CONCURRENCY} concurrent callers in-process`,
      'req/s': Math.round(inProcessRate),
      'vs in-process': '1.0×',
    },
    {
      measure: `${CONCURRENCY} concurrent HTTP clients (SDK)`,
      'req/s': Math.round(httpRate),
      'vs in-process': `${(httpRate / inProcessRate).toFixed(2)}× (${ratio(inProcessRate, httpRate)} slower)`,
    },
    {
      measure: `${CONCURRENCY} concurrent bare HTTP clients`,
      'req/s': Math.round(rawRate),
      'vs in-process': `${(rawRate / inProcessRate).toFixed(2)}× (${ratio(inProcessRate, rawRate)} slower)`,
    },
  ]);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
