// Finding "the same fact" at 20,000 facts (issue 7): remember beside another writing connection,
// exact recall, and forget, through the indexed `identity` column (memory migration 1), against
// the old path measured in the same run: `factIdentity` over every row, which the store rebuilt
// whenever another connection had written. Also the one-time backfill of 20,000 old rows.
// Then memory_remember, the tool, of a new fact at 20,000 facts through the executor (it reads the
// 10,000 most recent names for a typo of the one given), with and without memory migration 8's
// recent-first index, in the same run.
// `npm run bench memory-identity`; BENCH_RUNS sets the timed operations per case (default 200).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Cartridge, openCartridge } from '../cartridge/open.js';
import { createDefaultRegistry, createExecutor } from '../tools/index.js';
import { createMemoryStore, factIdentity } from '../tools/memory/store.js';
import { report, summarize } from './stats.js';

const FACTS = 20_000;
const RUNS = Math.max(50, Number(process.env.BENCH_RUNS ?? 200));
const dir = mkdtempSync(join(tmpdir(), 'fazt-bench-memory-identity-'));
const rows: Record<string, string | number>[] = [];

/** Milliseconds of each call of `fn(i)`, for i in 0..runs-1. */
function each(runs: number, fn: (index: number) => void): number[] {
  const samples: number[] = [];
  for (let index = 0; index < runs; index++) {
    const start = performance.now();
    fn(index);
    samples.push(performance.now() - start);
  }
  return samples;
}

/** The old lookup: every row's identity computed and indexed (what a foreign write cost before). */
function oldPath(cartridge: Cartridge, key: string): string[] {
  const byIdentity = new Map<string, string[]>();
  for (const row of cartridge.prepare('SELECT key, label FROM memory').all() as {
    key: string;
    label: string;
  }[]) {
    const id = factIdentity(row.label);
    byIdentity.set(id, [...(byIdentity.get(id) ?? []), row.key]);
  }
  return byIdentity.get(factIdentity(key)) ?? [];
}

function fill(cartridge: Cartridge): void {
  const memory = createMemoryStore(cartridge);
  cartridge.transaction(() => {
    for (let index = 0; index < FACTS; index++) memory.remember(`batch fact ${index}`, `${index}`);
  });
}

const line = (name: string, samples: number[], base?: number) => {
  const summary = summarize(samples);
  rows.push({
    case: name,
    runs: summary.runs,
    median: `${summary.median} ms`,
    p95: `${summary.p95} ms`,
    // How many times faster than the old path's median, both measured in this run.
    'old path / this': base === undefined ? '' : Math.round(base / summary.median),
  });
  return summary.median;
};

try {
  const path = join(dir, 'facts.db');
  const cartridge = openCartridge(path);
  const other = openCartridge(path);
  fill(cartridge);
  const memory = () => createMemoryStore(cartridge);

  const old = line(
    `old path: factIdentity over all ${FACTS.toLocaleString('en')} rows`,
    each(Math.min(RUNS, 30), (index) => oldPath(cartridge, `batch fact ${index}`)),
  );
  // The regression's case: another connection wrote just before each of these writes.
  const beside: number[] = [];
  for (let index = 0; index < RUNS; index++) {
    createMemoryStore(other).remember(`other fact ${index}`, 'x');
    const start = performance.now();
    memory().remember(`left fact ${index}`, 'y');
    beside.push(performance.now() - start);
  }
  line('remember a new fact right after another connection wrote', beside, old);
  line(
    'remember: update an existing fact',
    each(RUNS, (index) => memory().remember(`Batch-Fact ${index * 7}`, 'z')),
    old,
  );
  line(
    'recall by exact name (another spelling)',
    each(RUNS, (index) => memory().recall(`BATCH fact ${index * 13}`)),
    old,
  );
  line(
    'forget by name',
    each(RUNS, (index) => memory().forget(`batch-fact ${FACTS - 1 - index}`)),
    old,
  );
  other.close();
  cartridge.close();

  // One-time cost: memory migration 1 on a cartridge of old rows (no identity column yet).
  const backfill: number[] = [];
  for (let round = 0; round < 3; round++) {
    const oldPathFile = join(dir, `old-${round}.db`);
    const oldCartridge = openCartridge(oldPathFile);
    const insert = oldCartridge.db.prepare(
      'INSERT INTO memory (key, label, value, created_at, updated_at) VALUES (?, ?, ?, 1, 1)',
    );
    oldCartridge.transaction(() => {
      for (let index = 0; index < FACTS; index++) insert.run(`old fact ${index}`, `old fact ${index}`, '"v"');
    });
    const start = performance.now();
    createMemoryStore(oldCartridge);
    backfill.push(performance.now() - start);
    oldCartridge.close();
  }
  line(`migration 1: backfill ${FACTS.toLocaleString('en')} old rows (once per cartridge)`, backfill);

  // The tool's own path: a new fact's name is checked against the recent names for a typo.
  const toolRuns = Math.min(RUNS, 100);
  const tool: Record<string, number[]> = {};
  for (const indexed of [false, true]) {
    const toolCartridge = openCartridge(join(dir, `tool-${indexed}.db`));
    fill(toolCartridge);
    if (!indexed) toolCartridge.db.exec('DROP INDEX memory_recent');
    const executor = createExecutor({ cartridge: toolCartridge, registry: createDefaultRegistry() });
    const samples: number[] = [];
    for (let index = 0; index < toolRuns; index++) {
      const start = performance.now();
      const result = await executor.execute(
        'memory_remember',
        { key: `tool fact ${index}`, value: `${index}` },
        { caller: { kind: 'person', id: 'bench' } },
      );
      samples.push(performance.now() - start);
      if (!result.ok) throw new Error(result.error.message);
    }
    tool[String(indexed)] = samples;
    toolCartridge.close();
  }
  const unindexed = line('memory_remember (tool) of a new fact, without migration 8', tool.false!);
  const indexedMedian = summarize(tool.true!).median;
  line('memory_remember (tool) of a new fact, with migration 8', tool.true!);
  rows.at(-1)!['old path / this'] = `${Math.round((unindexed / indexedMedian) * 100) / 100} (to without)`;
  report('memory-identity', rows);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
