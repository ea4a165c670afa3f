// What waiting for another process's write lock our own way costs (issue 7, stop 28):
// `cartridge.transaction` (BEGIN IMMEDIATE tried every 1–4 ms, `beginImmediate` in
// cartridge/busy.ts) against better-sqlite3's `db.transaction(fn).immediate()` (SQLite's busy
// handler), both uncontended, one tiny insert each, alternating in the same run on one cartridge.
// `npm run bench lock-turns`; BENCH_RUNS sets the rounds of 2,000 transactions (default 15).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCartridge } from '../cartridge/open.js';
import { report, summarize } from './stats.js';

const RUNS = Math.max(5, Number(process.env.BENCH_RUNS ?? 15));
const PER_RUN = 2_000;
const dir = mkdtempSync(join(tmpdir(), 'fazt-bench-lock-turns-'));
try {
  const cartridge = openCartridge(join(dir, 'bench.db'));
  cartridge.db.exec('CREATE TABLE bench (n INTEGER)');
  const insert = cartridge.db.prepare('INSERT INTO bench VALUES (?)');
  const ways = {
    'SQLite busy handler (before)': (fn: () => void) => cartridge.db.transaction(fn).immediate(),
    'beginImmediate (now)': (fn: () => void) => cartridge.transaction(fn),
  };
  const samples = new Map<string, number[]>(Object.keys(ways).map((name) => [name, []]));
  for (let run = 0; run < RUNS; run++)
    for (const [name, transaction] of Object.entries(ways)) {
      const start = performance.now();
      for (let n = 0; n < PER_RUN; n++) transaction(() => insert.run(n));
      samples.get(name)!.push(((performance.now() - start) / PER_RUN) * 1000);
    }
  cartridge.close();
  const base = summarize(samples.get('SQLite busy handler (before)')!).median;
  report(
    'lock-turns',
    [...samples].map(([name, values]) => {
      const { median, p95 } = summarize(values);
      return {
        case: `one write transaction, uncontended: ${name}`,
        runs: values.length,
        'median µs': median,
        'p95 µs': p95,
        'ratio to before': Math.round((median / base) * 100) / 100,
      };
    }),
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
