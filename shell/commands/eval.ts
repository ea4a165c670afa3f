import { FaztError, UsageError } from '../../cartridge/errors.js';
import { type Cartridge, openCartridge } from '../../cartridge/open.js';
import { resolveCartridgePath, resolveUserPath } from '../../cartridge/paths.js';
import { BUILTIN_SUITES, loadCases } from '../../evals/load.js';
import { plannerFactory } from '../../evals/planners.js';
import { formatReport } from '../../evals/report.js';
import type { EvalReport } from '../../evals/runner.js';
import { runEvalWithSkills } from '../../skills/evals.js';
import { EXIT, printJson, printNote, printText } from '../output.js';
import type { GlobalOptions } from '../runtime.js';

export interface EvalOptions {
  model?: string;
  json?: boolean;
  /** Only cases whose `suite/id` contains this text, or with this tag. */
  filter?: string;
  /** Exit 1 when fewer than this percentage of cases pass. */
  threshold?: string;
  /** Print every case to stderr as it finishes. */
  progress?: boolean;
}

/**
 * The person's cartridge, opened only to read model settings (hosts, keys) for a model planner;
 * undefined when there is none yet, and then each case's defaults and the environment apply.
 */
function personalSettings(globals: GlobalOptions): Cartridge | undefined {
  try {
    return openCartridge(resolveCartridgePath(globals.cartridge), { mustExist: true });
  } catch (error) {
    if (FaztError.isInstance(error) && error.code === 'cartridge_missing') return undefined;
    throw error;
  }
}

/**
 * `fazt eval [path] [--model X] [--json] [--threshold N]`: runs each case in a fresh temporary
 * cartridge (the person's own cartridge is never written), prints a table and a summary.
 */
export async function evalCommand(
  globals: GlobalOptions,
  path: string | undefined,
  options: EvalOptions,
): Promise<void> {
  const threshold = options.threshold === undefined ? undefined : Number(options.threshold);
  if (threshold !== undefined && (!Number.isFinite(threshold) || threshold < 0 || threshold > 100)) {
    throw new UsageError(`--threshold must be a percentage from 0 to 100, not "${options.threshold}".`);
  }
  const model = options.model ?? 'offline';
  const all = loadCases(path === undefined ? BUILTIN_SUITES : resolveUserPath(path));
  const filter = options.filter?.toLowerCase();
  const cases = filter
    ? all.filter(
        (item) =>
          `${item.suite}/${item.id}`.includes(filter) ||
          item.tags.some((tag) => tag.toLowerCase() === filter),
      )
    : all;
  if (cases.length === 0) throw new UsageError(`No eval case matches "${options.filter}".`);
  const factory = plannerFactory(model);
  const settings = model === 'offline' ? undefined : personalSettings(globals);
  let report: EvalReport;
  try {
    report = await runEvalWithSkills(
      cases,
      settings ? plannerFactory(model, { settings: settings.config }) : factory,
      {
        model,
        ...(options.progress
          ? { onResult: (result) => printNote(`${result.passed ? 'pass' : 'FAIL'} ${result.id}\n`) }
          : {}),
      },
    );
  } finally {
    settings?.close();
  }
  if (options.json) printJson(report);
  else printText(`${formatReport(report)}\n`);
  const percent = report.summary.score * 100;
  if (threshold !== undefined && percent < threshold) {
    if (!options.json) {
      printNote(`fazt: score ${percent.toFixed(1)}% is below the threshold of ${threshold}%.\n`);
    }
    process.exitCode = EXIT.error;
    return;
  }
  process.exitCode = EXIT.ok;
}
