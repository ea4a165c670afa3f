import type { EvalSuite } from '../evals/case.js';
import { type LoadedCase, parseSuite } from '../evals/load.js';
import type { PlannerFactory } from '../evals/planners.js';
import type { CaseResult } from '../evals/run-case.js';
import { type EvalReport, runEval } from '../evals/runner.js';
import { installPackage } from './install.js';
import type { SkillPackage } from './package.js';
import type { Sandbox } from './sandbox/host.js';

/** How one skill did on its eval cases: pass rate and whether it triggered when it should. */
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

export interface SkillEvalReport extends EvalReport {
  skills: SkillEvalSummary[];
}

/** The eval cases of a skill package (its evals.yaml), or undefined when it has none. */
export function skillSuite(pkg: SkillPackage): EvalSuite | undefined {
  const path = ['evals.yaml', 'evals.yml'].find((name) => pkg.files[name] !== undefined);
  return path ? parseSuite(pkg.files[path]!, `${pkg.manifest.name}/${path}`) : undefined;
}

/** Summarises results by whether the skill was used when it should and should not have been. */
export function summariseSkill(
  skill: string,
  cases: readonly LoadedCase[],
  results: readonly CaseResult[],
): SkillEvalSummary {
  const summary: SkillEvalSummary = {
    skill,
    total: results.length,
    passed: results.filter((result) => result.passed).length,
    passRate: 0,
    shouldTrigger: { total: 0, triggered: 0 },
    mustNotTrigger: { total: 0, triggered: 0 },
  };
  summary.passRate = summary.total ? summary.passed / summary.total : 0;
  results.forEach((result, index) => {
    const expected = cases[index]?.triggers;
    if (expected === undefined) return;
    const bucket = expected ? summary.shouldTrigger : summary.mustNotTrigger;
    bucket.total += 1;
    if (result.triggered) bucket.triggered += 1;
  });
  return summary;
}

/**
 * Runs a skill's evals.yaml against a planner: each case in a fresh temporary cartridge with this
 * skill installed and loaded, the skill's tools watched to tell whether it triggered.
 */
export async function runSkillEvals(
  pkg: SkillPackage,
  factory: PlannerFactory,
  options: { model: string; sandbox?: () => Sandbox; onResult?: (result: CaseResult) => void },
): Promise<SkillEvalReport | undefined> {
  const suite = skillSuite(pkg);
  if (!suite) return undefined;
  const cases: LoadedCase[] = suite.cases.map((item) => ({
    ...item,
    suite: suite.suite,
    file: `${pkg.manifest.name}/evals.yaml`,
  }));
  const skillTools = new Set(pkg.tools.map((tool) => tool.name));
  const report = await runEval(cases, factory, {
    model: options.model,
    ...(options.onResult ? { onResult: options.onResult } : {}),
    caseOptions: () => ({
      prepare: async (runtime) => {
        await installPackage(runtime, pkg, 'eval', options.sandbox);
      },
      skillTools,
    }),
  });
  return { ...report, skills: [summariseSkill(pkg.manifest.name, cases, report.cases)] };
}

/** The per-skill lines of an eval report. */
export function formatSkillSummary(summaries: readonly SkillEvalSummary[]): string {
  return summaries
    .map(
      (s) =>
        `skill ${s.skill}: ${s.passed}/${s.total} passed (${(s.passRate * 100).toFixed(0)}%); triggered ${s.shouldTrigger.triggered}/${s.shouldTrigger.total} times it should, ${s.mustNotTrigger.triggered}/${s.mustNotTrigger.total} times it must not`,
    )
    .join('\n');
}
