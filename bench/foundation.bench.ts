// The foundation's numbers: CLI cold start as a ratio to `node -e 0` measured in the same run
// with the same node binary, memory writes/s (one executor call per write, and batched through
// memory_import), and event appends/s. `npm run bench foundation`; BENCH_RUNS sets the number of
// cold starts per case (default 21, at least 15).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Caller } from '../cartridge/audit.js';
import { type Cartridge, openCartridge } from '../cartridge/open.js';
import { createDefaultRegistry, createExecutor } from '../tools/index.js';
import { ratioRows, report, summarize, time, timeProcess } from './stats.js';

const RUNS = Math.max(15, Number(process.env.BENCH_RUNS ?? 21));
const WRITE_ROUNDS = 5;
const SINGLE_WRITES = 2_000;
const BATCH = 10_000;
const EVENTS = 5_000;

const node = process.execPath;
const cli = resolve('dist/fazt.js');
const dir = mkdtempSync(join(tmpdir(), 'fazt-bench-foundation-'));
const rows: Record<string, string | number>[] = [];
const round = (value: number, digits = 1) => Number(value.toFixed(digits));

/** Appends `count` small events, each its own statement (the caller decides the transaction). */
function appendEvents(cartridge: Cartridge, count: number): void {
  for (let index = 0; index < count; index++) {
    cartridge.events.append({ type: 'memory.imported', source: 'system:bench', data: { count: index } });
  }
}

/** Environment for the CLI: no FAZT_* from outside, everything else as is. */
const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('FAZT_')));

function coldStarts(): void {
  const cartridge = join(dir, 'cold.db');
  const cases: { name: string; args: string[]; env?: NodeJS.ProcessEnv }[] = [
    { name: 'node -e 0', args: ['-e', '0'] },
    { name: 'fazt --version', args: [cli, '--version'] },
    {
      name: 'fazt run memory_recall --key x',
      args: [cli, '--cartridge', cartridge, 'run', 'memory_recall', '--key', 'x'],
    },
    {
      name: 'fazt run memory_recall (no compile cache)',
      args: [cli, '--cartridge', cartridge, 'run', 'memory_recall', '--key', 'x'],
      env: { ...env, NODE_DISABLE_COMPILE_CACHE: '1' },
    },
  ];
  const samples = new Map(cases.map(({ name }) => [name, [] as number[]]));
  // Warm up (creates the cartridge, fills the OS file cache and the compile cache), then
  // interleave the cases so that drift in machine load hits all of them alike.
  for (let warmup = 0; warmup < 3; warmup++) for (const c of cases) timeProcess(node, c.args, c.env ?? env);
  for (let run = 0; run < RUNS; run++) {
    for (const c of cases) samples.get(c.name)!.push(timeProcess(node, c.args, c.env ?? env));
  }
  rows.push(...ratioRows(samples, 'node -e 0'));
}

async function writes(): Promise<void> {
  const cartridge = openCartridge(join(dir, 'writes.db'));
  const executor = createExecutor({ cartridge, registry: createDefaultRegistry() });
  const caller: Caller = { kind: 'system', id: 'bench' };
  try {
    let round_ = 0;
    const single = await time(
      async () => {
        const prefix = `single ${round_++}`;
        for (let index = 0; index < SINGLE_WRITES; index++) {
          const result = await executor.execute(
            'memory_remember',
            { key: `${prefix} fact ${index}`, value: `value ${index}` },
            { caller },
          );
          if (!result.ok) throw new Error(result.error.message);
        }
      },
      WRITE_ROUNDS,
      1,
    );
    const singleSummary = summarize(single);
    rows.push({
      case: 'memory writes, single (one executor call each)',
      runs: `${singleSummary.runs} × ${SINGLE_WRITES}`,
      median: `${round((singleSummary.median / SINGLE_WRITES) * 1000, 0)} µs/write`,
      'per second': Math.round(SINGLE_WRITES / (singleSummary.median / 1000)),
    });

    let batchRound = 0;
    const batched = await time(
      async () => {
        const prefix = `batch ${batchRound++}`;
        const entries = Array.from({ length: BATCH }, (_, index) => ({
          key: `${prefix} fact ${index}`,
          value: `value ${index}`,
        }));
        const result = await executor.execute('memory_import', { entries }, { caller });
        if (!result.ok) throw new Error(result.error.message);
      },
      WRITE_ROUNDS,
      1,
    );
    const batchSummary = summarize(batched);
    rows.push({
      case: `memory writes, batched (memory_import of ${BATCH.toLocaleString('en')})`,
      runs: `${batchSummary.runs} × ${BATCH}`,
      median: `${batchSummary.median} ms/batch`,
      'per second': Math.round(BATCH / (batchSummary.median / 1000)),
    });

    const autocommit = await time(() => appendEvents(cartridge, EVENTS), WRITE_ROUNDS, 1);
    const autocommitSummary = summarize(autocommit);
    rows.push({
      case: 'event appends, each its own transaction',
      runs: `${autocommitSummary.runs} × ${EVENTS}`,
      median: `${round((autocommitSummary.median / EVENTS) * 1000, 0)} µs/append`,
      'per second': Math.round(EVENTS / (autocommitSummary.median / 1000)),
    });

    const inOne = await time(
      () => cartridge.transaction(() => appendEvents(cartridge, EVENTS)),
      WRITE_ROUNDS,
      1,
    );
    const inOneSummary = summarize(inOne);
    rows.push({
      case: 'event appends, one transaction',
      runs: `${inOneSummary.runs} × ${EVENTS}`,
      median: `${round((inOneSummary.median / EVENTS) * 1000, 1)} µs/append`,
      'per second': Math.round(EVENTS / (inOneSummary.median / 1000)),
    });
  } finally {
    cartridge.close();
  }
}

try {
  coldStarts();
  await writes();
  report('foundation', rows);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
