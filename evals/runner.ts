import type { LoadedCase } from './load.js';
import type { PlannerFactory } from './planners.js';
import { type CaseOptions, type CaseResult, runCase } from './run-case.js';

/** A scored run of many cases: what `fazt eval --json` prints. */
export interface EvalReport {
  model: string;
  startedAt: string;
  summary: {
    total: number;
    passed: number;
    failed: number;
    /** Passed / total, 0…1. */
    score: number;
    latencyMs: { median: number; p95: number; max: number };
    tokens: { input: number; output: number };
    /** Per suite: passed / total. */
    suites: Record<string, { passed: number; total: number }>;
  };
  cases: CaseResult[];
}

/** The value below which `fraction` of the sorted samples fall (nearest rank); 0 for none. */
export function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))]!;
}

/** Runs every case, one after another, each in its own fresh cartridge. */
export async function runEval(
  cases: readonly LoadedCase[],
  factory: PlannerFactory,
  options: {
    model: string;
    timeoutMs?: number;
    onResult?: (result: CaseResult) => void;
    /** Per-case options (a skill to install in each fresh cartridge, its tools to watch). */
    caseOptions?: (item: LoadedCase) => Omit<CaseOptions, 'timeoutMs'>;
  },
): Promise<EvalReport> {
  const startedAt = new Date().toISOString();
  const results: CaseResult[] = [];
  for (const item of cases) {
    const result = await runCase(item, factory, {
      ...options.caseOptions?.(item),
      ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
    });
    results.push(result);
    options.onResult?.(result);
  }
  const passed = results.filter((result) => result.passed).length;
  const latencies = results.map((result) => result.latencyMs).sort((a, b) => a - b);
  const suites: Record<string, { passed: number; total: number }> = {};
  for (const result of results) {
    const name = result.id.split('/')[0]!;
    suites[name] ??= { passed: 0, total: 0 };
    suites[name].total++;
    if (result.passed) suites[name].passed++;
  }
  return {
    model: options.model,
    startedAt,
    summary: {
      total: results.length,
      passed,
      failed: results.length - passed,
      score: results.length === 0 ? 0 : passed / results.length,
      latencyMs: {
        median: percentile(latencies, 0.5),
        p95: percentile(latencies, 0.95),
        max: latencies.at(-1) ?? 0,
      },
      tokens: {
        input: results.reduce((sum, result) => sum + result.tokens.input, 0),
        output: results.reduce((sum, result) => sum + result.tokens.output, 0),
      },
      suites,
    },
    cases: results,
  };
}
