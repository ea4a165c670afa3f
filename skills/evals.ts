import { UsageError } from '../cartridge/errors.js';
import type { EvalSuite } from '../evals/case.js';
import { type LoadedCase, parseSuite, triggerSkills } from '../evals/load.js';
import type { PlannerFactory } from '../evals/planners.js';
import type { CaseOptions, CaseResult } from '../evals/run-case.js';
import { type EvalReport, runEval, type SkillEvalSummary } from '../evals/runner.js';
import { createDefaultRegistry } from '../tools/index.js';
import { builtinSkillFolder, builtinSkillNames, installPackage } from './install.js';
import { checkSkill, readSkillFolder, type SkillPackage } from './package.js';
import { type Sandbox, sharedSandbox } from './sandbox/host.js';

export { formatSkillSummary } from '../evals/report.js';
export type { SkillEvalSummary } from '../evals/runner.js';

export interface SkillEvalReport extends EvalReport {
  skills: SkillEvalSummary[];
}

/** The eval cases of a skill package (its evals.yaml), or undefined when it has none. */
export function skillSuite(pkg: SkillPackage): EvalSuite | undefined {
  const path = ['evals.yaml', 'evals.yml'].find((name) => pkg.files[name] !== undefined);
  return path
    ? parseSuite(pkg.files[path]!, `${pkg.manifest.name}/${path}`, { skills: [pkg.manifest.name] })
    : undefined;
}

/** Finds the package of a skill a suite names. */
export type SkillResolver = (name: string) => SkillPackage | Promise<SkillPackage>;

/**
 * The per-case options for cases whose suites install skills: `prepare` installs each of the
 * suite's skills into the case's fresh cartridge (as origin `eval`), and the tools of the skills
 * the case's `triggers` is about are watched to tell whether it triggered. Cases without skills
 * get nothing. Each package is resolved once, however many cases use it.
 */
export function skillCaseOptions(
  resolve: SkillResolver,
  sandbox: () => Sandbox = sharedSandbox,
): (item: LoadedCase) => Omit<CaseOptions, 'timeoutMs'> {
  const packages = new Map<string, Promise<SkillPackage>>();
  const packageOf = (name: string) => {
    let pkg = packages.get(name);
    if (!pkg) {
      pkg = Promise.resolve(resolve(name));
      packages.set(name, pkg);
    }
    return pkg;
  };
  return (item) => {
    const names = item.skills ?? [];
    if (names.length === 0) return {};
    const watched = new Set<string>();
    return {
      prepare: async (runtime) => {
        for (const name of names) {
          const pkg = await packageOf(name);
          await installPackage(runtime, pkg, 'eval', sandbox);
          if (triggerSkills(item).includes(name)) for (const tool of pkg.tools) watched.add(tool.name);
        }
      },
      skillTools: watched,
    };
  };
}

/**
 * Resolves built-in skills by name (`skills/builtin/<name>`), read and checked like an import
 * (format, tool specs described in the sandbox, grants against the built-in tools). An unknown
 * name is a usage error listing the built-in skills.
 */
export function builtinSkillResolver(sandbox: () => Sandbox = sharedSandbox): SkillResolver {
  return async (name) => {
    const folder = builtinSkillFolder(name);
    if (!folder) {
      const known = builtinSkillNames();
      throw new UsageError(
        `An eval suite names the skill "${name}", which is not a built-in skill; built-in: ${known.join(', ')}.`,
        { code: 'eval_skill_unknown' },
      );
    }
    const { name: folderName, files } = readSkillFolder(folder);
    return checkSkill(folderName, files, { registry: createDefaultRegistry(), sandbox: sandbox() });
  };
}

/**
 * Runs cases as `fazt eval` does, installing the built-in skills their suites name; the report
 * then has a per-skill summary. Unknown skill names fail before any case runs.
 */
export async function runEvalWithSkills(
  cases: readonly LoadedCase[],
  factory: PlannerFactory,
  options: {
    model: string;
    timeoutMs?: number;
    onResult?: (result: CaseResult) => void;
    sandbox?: () => Sandbox;
    resolve?: SkillResolver;
  },
): Promise<EvalReport> {
  const resolve = options.resolve ?? builtinSkillResolver(options.sandbox);
  const names = [...new Set(cases.flatMap((item) => item.skills ?? []))];
  const resolved = new Map<string, SkillPackage>();
  for (const name of names) resolved.set(name, await resolve(name));
  return runEval(cases, factory, {
    model: options.model,
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
    ...(options.onResult ? { onResult: options.onResult } : {}),
    caseOptions: skillCaseOptions((name) => resolved.get(name)!, options.sandbox),
  });
}

/**
 * Runs a skill's evals.yaml against a planner: each case in a fresh temporary cartridge with this
 * skill installed and loaded, the skill's tools watched to tell whether it triggered. The same
 * path as a built-in suite with `skills: [<name>]`.
 */
export async function runSkillEvals(
  pkg: SkillPackage,
  factory: PlannerFactory,
  options: { model: string; sandbox?: () => Sandbox; onResult?: (result: CaseResult) => void },
): Promise<SkillEvalReport | undefined> {
  const suite = skillSuite(pkg);
  if (!suite) return undefined;
  const name = pkg.manifest.name;
  const cases: LoadedCase[] = suite.cases.map((item) => ({
    ...item,
    suite: suite.suite,
    file: `${name}/evals.yaml`,
    skills: [name],
  }));
  const report = await runEvalWithSkills(cases, factory, {
    model: options.model,
    resolve: () => pkg,
    ...(options.sandbox ? { sandbox: options.sandbox } : {}),
    ...(options.onResult ? { onResult: options.onResult } : {}),
  });
  return { ...report, skills: report.skills ?? [] };
}
