// Skills' costs: cold start of `fazt run` with no skill vs two installed skills (loading them must
// stay cheap: no sandbox until a skill tool runs), a skill tool's cold start (starts the QuickJS
// worker), and in-process sandbox latency: the first job (worker + WebAssembly start) and warm jobs.
// `npm run bench skills`; BENCH_RUNS sets cold starts per case (default 11).
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createSandbox, type SandboxResult } from '../skills/sandbox/host.js';
import { ratioRows, report, summarize, timeProcess } from './stats.js';

/** One timed call, in ms. */
async function once(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

const RUNS = Math.max(7, Number(process.env.BENCH_RUNS ?? 11));
const node = process.execPath;
const cli = resolve('dist/fazt.js');
const dir = mkdtempSync(join(tmpdir(), 'fazt-bench-skills-'));
const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('FAZT_')));
const rows: Record<string, string | number>[] = [];

function coldStarts(): void {
  const bare = join(dir, 'bare.db');
  const skilled = join(dir, 'skilled.db');
  for (const name of ['unit-convert', 'shopping-list']) {
    spawnSync(node, [cli, '--cartridge', skilled, 'skill', 'import', name, '--yes'], { env });
  }
  const cases = [
    { name: 'node -e 0', args: ['-e', '0'] },
    {
      name: 'run memory_recall, no skills',
      args: [cli, '--cartridge', bare, 'run', 'memory_recall', '--key', 'x'],
    },
    {
      name: 'run memory_recall, 2 skills installed',
      args: [cli, '--cartridge', skilled, 'run', 'memory_recall', '--key', 'x'],
    },
    {
      name: 'run unit_convert (starts the sandbox)',
      args: [
        cli,
        '--cartridge',
        skilled,
        'run',
        'unit_convert',
        '--value',
        '10',
        '--from',
        'km',
        '--to',
        'mi',
      ],
    },
  ];
  const samples = new Map(cases.map(({ name }) => [name, [] as number[]]));
  for (let warmup = 0; warmup < 2; warmup++) for (const c of cases) timeProcess(node, c.args, env);
  for (let run = 0; run < RUNS; run++)
    for (const c of cases) samples.get(c.name)!.push(timeProcess(node, c.args, env));
  rows.push(...ratioRows(samples, 'node -e 0'));
}

/** Fails the bench when a job did not succeed: timing failures (a missing worker) proves nothing. */
async function must(result: Promise<SandboxResult>): Promise<void> {
  const done = await result;
  if (!done.ok) throw new Error(`sandbox job failed: ${done.error.code}: ${done.error.message}`);
}

async function sandboxLatency(): Promise<void> {
  // The sandbox starts its worker from a file next to its own module; in this bundle that is
  // .bench/build/, so the built worker goes there (without it every job crashed and the old
  // numbers timed worker restarts).
  copyFileSync('dist/sandbox-worker.js', new URL('./sandbox-worker.js', import.meta.url));
  const files = {
    'tools.js': `export const tools = [{ name: 'x', description: 'x', risk: 'read', input: { type: 'object' },
      async run({ n }) { let s = 0; for (let i = 0; i < n; i++) s += i; return { s }; } }];`,
  };
  const firsts: number[] = [];
  for (let run = 0; run < 5; run++) {
    const sandbox = createSandbox();
    firsts.push(await once(() => must(sandbox.run({ kind: 'tool', tool: 'x', input: { n: 10 }, files }))));
    await sandbox.close();
  }
  const sandbox = createSandbox();
  await must(sandbox.run({ kind: 'tool', tool: 'x', input: { n: 10 }, files }));
  const warm: number[] = [];
  const loop: number[] = [];
  const cold: number[] = [];
  // New code each call (as a new skill version would be): a fresh runtime, prelude and module.
  for (let run = 0; run < 30; run++) {
    const fresh = { 'tools.js': `${files['tools.js']}\n// ${run}` };
    cold.push(
      await once(() => must(sandbox.run({ kind: 'tool', tool: 'x', input: { n: 10 }, files: fresh }))),
    );
  }
  for (let run = 0; run < 50; run++)
    warm.push(await once(() => must(sandbox.run({ kind: 'tool', tool: 'x', input: { n: 10 }, files }))));
  for (let run = 0; run < 10; run++)
    loop.push(
      await once(() => must(sandbox.run({ kind: 'tool', tool: 'x', input: { n: 1_000_000 }, files }))),
    );
  await sandbox.close();
  for (const [name, values] of [
    ['sandbox: first job (worker + QuickJS start)', firsts],
    ['sandbox: cold job (new code: runtime + prelude + module)', cold],
    ['sandbox: warm job (same skill version: kept warm)', warm],
    ['sandbox: warm job, 1e6-iteration loop', loop],
  ] as const) {
    const summary = summarize(values);
    rows.push({
      case: name,
      runs: summary.runs,
      median: `${summary.median} ms`,
      p95: `${summary.p95} ms`,
      min: `${summary.min} ms`,
    });
  }
}

/** The warm job's median against the cold job's, in the same run. */
function warmRatio(): void {
  const median = (name: string) => Number.parseFloat(String(rows.find((row) => row.case === name)?.median));
  const cold = median('sandbox: cold job (new code: runtime + prelude + module)');
  const warm = median('sandbox: warm job (same skill version: kept warm)');
  rows.push({ case: 'sandbox: warm / cold median', runs: '', median: `${(warm / cold).toFixed(3)}` });
}

try {
  coldStarts();
  await sandboxLatency();
  warmRatio();
  report('skills', rows);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
