// The offline planner's cost: per request in-process over every request of the built-in eval
// suite (the whole run through the executor, and the matching alone), and whole-process
// `fazt ask` next to `fazt --version` and `node -e 0` measured in the same run, interleaved.
// `npm run bench planner`; BENCH_RUNS sets the cold starts per case (default 20).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createOfflinePlanner } from '../agent/offline/index.js';
import { interpret } from '../agent/offline/interpret.js';
import { openCartridge } from '../cartridge/open.js';
import { loadCases } from '../evals/load.js';
import { createDefaultRegistry, createExecutor } from '../tools/index.js';
import { report, summarize, time, timeProcess } from './stats.js';

const RUNS = Math.max(10, Number(process.env.BENCH_RUNS ?? 20));
const ROUNDS = 5;
const node = process.execPath;
const cli = resolve('dist/fazt.js');
const dir = mkdtempSync(join(tmpdir(), 'fazt-bench-planner-'));
const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('FAZT_')));
const rows: Record<string, string | number>[] = [];
const round = (value: number, digits = 2) => Number(value.toFixed(digits));

async function inProcess(): Promise<void> {
  const cases = loadCases(resolve('evals/suites'));
  const cartridge = openCartridge(join(dir, 'in-process.db'));
  const registry = createDefaultRegistry();
  const executor = createExecutor({ cartridge, registry });
  const planner = createOfflinePlanner(registry);
  const caller = { kind: 'person' as const, id: 'bench' };
  for (const item of cases) {
    for (const step of item.setup) await executor.execute(step.tool, step.input, { caller, approved: true });
  }
  const whole: number[] = [];
  const matching: number[] = [];
  for (let pass = 0; pass < ROUNDS + 1; pass++) {
    for (const item of cases) {
      const start = performance.now();
      for await (const _event of planner.run({ text: item.request }, { executor, caller })) {
        // drain the stream: the answer is part of the cost
      }
      const elapsed = performance.now() - start;
      const matchStart = performance.now();
      interpret(item.request, registry);
      const matchElapsed = performance.now() - matchStart;
      if (pass > 0) {
        whole.push(elapsed);
        matching.push(matchElapsed);
      }
    }
  }
  cartridge.close();
  for (const [name, samples] of [
    [`offline planner, whole request (${cases.length} suite requests × ${ROUNDS})`, whole],
    ['offline planner, matching only (no tool calls)', matching],
  ] as const) {
    const summary = summarize(samples);
    rows.push({
      case: name,
      runs: summary.runs,
      median: `${summary.median} ms`,
      p95: `${summary.p95} ms`,
      p99: `${summary.p99} ms`,
    });
  }
}

async function wholeProcess(): Promise<void> {
  const cartridge = join(dir, 'ask.db');
  execFileSync(
    node,
    [cli, '--cartridge', cartridge, 'run', 'memory_remember', '--key', 'bike lock code', '--value', '4312'],
    {
      env,
      stdio: 'ignore',
    },
  );
  const cases: { name: string; args: string[] }[] = [
    { name: 'node -e 0', args: ['-e', '0'] },
    { name: 'fazt --version', args: [cli, '--version'] },
    {
      name: 'fazt run memory_recall (same cartridge work, no planner)',
      args: [cli, '--cartridge', cartridge, 'run', 'memory_recall', '--key', 'bike lock code'],
    },
    {
      name: 'fazt ask "what is my bike lock code?"',
      args: [cli, '--cartridge', cartridge, 'ask', '-q', 'what is my bike lock code?'],
    },
    {
      name: 'fazt ask "remember that my gym locker is 118"',
      args: [cli, '--cartridge', cartridge, 'ask', '-q', 'remember that my gym locker is 118'],
    },
    {
      name: 'fazt ask "write me a poem" (not understood)',
      args: [cli, '--cartridge', cartridge, 'ask', '-q', 'write me a poem'],
    },
  ];
  const samples = new Map(cases.map(({ name }) => [name, [] as number[]]));
  const once = (args: string[]) => {
    try {
      return timeProcess(node, args, env);
    } catch (error) {
      // `ask` exits 2 or 3 for requests it cannot do; the time still counts, the process ran.
      const status = (error as { status?: number }).status;
      if (status === 2 || status === 3) return Number.NaN;
      throw error;
    }
  };
  for (let warmup = 0; warmup < 3; warmup++) for (const { args } of cases) once(args);
  for (let run = 0; run < RUNS; run++) {
    for (const { name, args } of cases) {
      const start = performance.now();
      const measured = once(args);
      samples.get(name)!.push(Number.isNaN(measured) ? performance.now() - start : measured);
    }
  }
  const version = summarize(samples.get('fazt --version')!).median;
  for (const { name } of cases) {
    const summary = summarize(samples.get(name)!);
    rows.push({
      case: `process: ${name}`,
      runs: summary.runs,
      median: `${summary.median} ms`,
      p95: `${summary.p95} ms`,
      'ratio to fazt --version': round(summary.median / version),
    });
  }
}

try {
  await time(async () => {}, 1, 0);
  await inProcess();
  await wholeProcess();
  report('planner', rows);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
