import { type LoadedCase, triggerSkills } from './load.js';
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
  /** Per skill the cases installed (suites with `skills:`): pass rate and trigger counts. */
  skills?: SkillEvalSummary[];
}

/** How one skill did on the cases about it: pass rate and whether it triggered when it should. */
export interface SkillEvalSummary {
  skill: string;
  total: number;
  passed: number;
  /** Passed / total, 0…1. */
  passRate: number;
  /** Cases with `triggers: true`, and how many of them used the skill. */
  shouldTrigger: { total: number; triggered: number };
  /** Cases with `triggers: false`, and how many of them used the skill anyway. */
  mustNotTrigger: { total: number; triggered: number };
}

/**
 * Per skill, in first-seen order: the cases whose `triggers` is about it (see `triggerSkills`),
 * how many passed, and how often the skill was used when it had to be and when it must not be.
 * `results[i]` is the outcome of `cases[i]`.
 */
export function summariseSkills(
  cases: readonly LoadedCase[],
  results: readonly CaseResult[],
): SkillEvalSummary[] {
  const summaries = new Map<string, SkillEvalSummary>();
  cases.forEach((item, index) => {
    const result = results[index];
    if (!result) return;
    for (const skill of triggerSkills(item)) {
      let summary = summaries.get(skill);
      if (!summary) {
        summary = {
          skill,
          total: 0,
          passed: 0,
          passRate: 0,
          shouldTrigger: { total: 0, triggered: 0 },
          mustNotTrigger: { total: 0, triggered: 0 },
        };
        summaries.set(skill, summary);
      }
      summary.total += 1;
      if (result.passed) summary.passed += 1;
      summary.passRate = summary.passed / summary.total;
      if (item.triggers === undefined) continue;
      const bucket = item.triggers ? summary.shouldTrigger : summary.mustNotTrigger;
      bucket.total += 1;
      if (result.triggered) bucket.triggered += 1;
    }
  });
  return [...summaries.values()];
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
  const suites: Record<string, { passed: number; total: number }> = Object.create(null); // a suite may be named constructor.yaml
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
    ...(cases.some((item) => triggerSkills(item).length > 0)
      ? { skills: summariseSkills(cases, results) }
      : {}),
  };
}
