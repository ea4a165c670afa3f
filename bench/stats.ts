import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';

/** Summary of a list of timings in milliseconds. */
export interface Summary {
  runs: number;
  median: number;
  p95: number;
  p99: number;
  min: number;
}

export function percentile(sorted: number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}

export function summarize(samples: number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const round = (value: number) => Math.round(value * 1000) / 1000;
  return {
    runs: sorted.length,
    median: round(percentile(sorted, 0.5)),
    p95: round(percentile(sorted, 0.95)),
    p99: round(percentile(sorted, 0.99)),
    min: round(sorted[0] ?? Number.NaN),
  };
}

/** Times `fn` `runs` times after `warmup` untimed runs; milliseconds per run. */
export async function time(fn: () => unknown, runs: number, warmup = Math.min(3, runs)): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return samples;
}

/** Wall time of a whole process, in milliseconds. */
export function timeProcess(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): number {
  const start = performance.now();
  execFileSync(command, args, { stdio: 'ignore', env });
  return performance.now() - start;
}

/** Prints rows as an aligned table and saves them (with the environment) to .bench/results/<name>.json. */
export function report(name: string, rows: Record<string, string | number>[]): void {
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const widths = columns.map((column) =>
    Math.max(column.length, ...rows.map((row) => String(row[column] ?? '').length)),
  );
  const line = (cells: string[]) => cells.map((cell, index) => cell.padEnd(widths[index]!)).join('  ');
  console.log(line(columns));
  console.log(line(widths.map((width) => '-'.repeat(width))));
  for (const row of rows) console.log(line(columns.map((column) => String(row[column] ?? ''))));
  writeFileSync(
    `.bench/results/${name}.json`,
    `${JSON.stringify({ name, node: process.version, date: new Date().toISOString(), rows }, null, 2)}\n`,
  );
}

/**
 * One row per timed case with its median, p95, fastest run and ratio to the `baseline` case's
 * median, all measured in the same run (`cold start: <name>` rows in several benches).
 */
export function ratioRows(
  samples: ReadonlyMap<string, number[]>,
  baseline: string,
  label: (name: string) => string = (name) => `cold start: ${name}`,
): Record<string, string | number>[] {
  const base = summarize(samples.get(baseline)!).median;
  return [...samples].map(([name, values]) => {
    const summary = summarize(values);
    return {
      case: label(name),
      runs: summary.runs,
      median: `${summary.median} ms`,
      p95: `${summary.p95} ms`,
      min: `${summary.min} ms`,
      [`ratio to ${baseline}`]: Math.round((summary.median / base) * 100) / 100,
    };
  });
}
