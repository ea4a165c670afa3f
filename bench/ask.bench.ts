// What `fazt ask` costs: cold start of the CLI with the offline planner (no AI SDK loaded) and
// with an openai: model against a fake server on loopback (AI SDK and provider loaded, two model
// steps), next to `node -e 0` and `fazt run` in the same run; and the planner loop's own
// overhead per request in-process. `npm run bench ask`; BENCH_RUNS sets the cold starts per case.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startTurn } from '../agent/session.js';
import { createConversationStore } from '../cartridge/conversations.js';
import { type OpenAIReply, startFakeOpenAI } from '../test/fakes/openai-server.js';
import { providerPlanner } from '../test/fakes/planners.js';
import { testRuntime } from '../test/helpers/runtime.js';
import { createMemoryStore } from '../tools/memory/store.js';
import { ratioRows, report, summarize } from './stats.js';

const RUNS = Math.max(10, Number(process.env.BENCH_RUNS ?? 15));
const LOOPS = 200;
const node = process.execPath;
const cli = resolve('dist/fazt.js');
const dir = mkdtempSync(join(tmpdir(), 'fazt-bench-ask-'));
const cartridge = join(dir, 'ask.db');
const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('FAZT_')));
const rows: Record<string, string | number>[] = [];

/** Wall time of a process, without blocking this event loop (the fake server lives in it). */
function timeSpawn(args: string[], extraEnv: NodeJS.ProcessEnv = {}): Promise<number> {
  const start = performance.now();
  return new Promise((resolvePromise, reject) => {
    const child = spawn(node, args, { stdio: 'ignore', env: { ...env, ...extraEnv } });
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolvePromise(performance.now() - start)
        : reject(new Error(`${args.join(' ')} exited ${code}`)),
    );
  });
}

const remember: OpenAIReply = {
  toolCalls: [{ name: 'memory_recall', arguments: { key: 'bike lock code' } }],
};
const answer: OpenAIReply = { text: 'Your bike lock code is 4312.' };

async function coldStarts(): Promise<void> {
  const server = await startFakeOpenAI({ replies: [] });
  const openaiEnv = { OPENAI_BASE_URL: server.baseUrl, OPENAI_API_KEY: 'sk-bench' };
  const cases: { name: string; args: string[]; env?: NodeJS.ProcessEnv; replies?: OpenAIReply[] }[] = [
    { name: 'node -e 0', args: ['-e', '0'] },
    {
      name: 'fazt run memory_recall',
      args: [cli, '--cartridge', cartridge, 'run', 'memory_recall', '--key', 'x'],
    },
    {
      name: 'fazt ask (offline)',
      args: [cli, '--cartridge', cartridge, 'ask', '-q', 'what is my bike lock code?'],
    },
    {
      name: 'fazt ask --model openai:… (fake, 2 steps)',
      args: [cli, '--cartridge', cartridge, 'ask', '-q', '--model', 'openai:gpt-4o-mini', 'bike lock code?'],
      env: openaiEnv,
      replies: [remember, answer],
    },
  ];
  const samples = new Map(cases.map(({ name }) => [name, [] as number[]]));
  const once = async (c: (typeof cases)[number]) => {
    if (c.replies) server.reply(...c.replies);
    return timeSpawn(c.args, c.env);
  };
  await timeSpawn([
    cli,
    '--cartridge',
    cartridge,
    'run',
    'memory_remember',
    '--key',
    'bike lock code',
    '--value',
    '4312',
  ]);
  for (let warmup = 0; warmup < 3; warmup++) for (const c of cases) await once(c);
  for (let run = 0; run < RUNS; run++) for (const c of cases) samples.get(c.name)!.push(await once(c));
  await server.close();
  rows.push(...ratioRows(samples, 'node -e 0'));
}

async function loopOverhead(): Promise<void> {
  const harness = testRuntime();
  const server = await startFakeOpenAI({ replies: [] });
  try {
    createMemoryStore(harness.cartridge).remember('bike lock code', '4312');
    const planner = providerPlanner('openai:gpt-4o-mini', harness.registry, {
      openaiBaseUrl: server.baseUrl,
    });
    const conversations = createConversationStore(harness.cartridge);
    const samples: number[] = [];
    for (let index = 0; index < LOOPS + 10; index++) {
      server.reply(remember, answer);
      const start = performance.now();
      const turn = startTurn({ planner, executor: harness.executor, conversations, text: 'bike lock code?' });
      for await (const event of turn.events) if (event.type === 'error') throw new Error(event.message);
      if (index >= 10) samples.push(performance.now() - start);
    }
    const summary = summarize(samples);
    rows.push({
      case: 'in-process turn: 2 model steps + 1 tool call + stored turn (fake server)',
      runs: summary.runs,
      median: `${summary.median} ms`,
      p95: `${summary.p95} ms`,
    });
  } finally {
    await server.close();
    harness.close();
  }
}

try {
  await coldStarts();
  await loopOverhead();
  report('ask', rows);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
