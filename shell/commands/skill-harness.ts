import { parseModelSpec } from '../../agent/model-spec.js';
import { FaztError, UsageError } from '../../cartridge/errors.js';
import { type PlannerFactory, plannerFactory } from '../../evals/planners.js';
import { formatSkillSummary } from '../../skills/evals.js';
import { type HarnessResult, runHarness } from '../../skills/harness/loop.js';
import { harnessModel } from '../../skills/harness/model.js';
import { skillStore } from '../../skills/install.js';
import { sharedSandbox } from '../../skills/sandbox/host.js';
import { EXIT, printText } from '../output.js';
import { type GlobalOptions, type Runtime, withRuntime } from '../runtime.js';
import { approveAndInstall, refuseBuiltinReplacement, storedPackage } from './skill.js';

export interface HarnessCommandOptions {
  yes?: boolean;
  json?: boolean;
  model?: string;
  rounds?: string;
  /** `skill new` only: may the skill made take the name of a built-in skill (and replace it). */
  replace?: boolean;
}

const MAX_ROUNDS = 10;

function rounds(value: string | undefined): number {
  if (value === undefined) return 3;
  const count = Number(value);
  if (!Number.isInteger(count) || count < 1 || count > MAX_ROUNDS) {
    throw new UsageError(`--rounds must be a whole number from 1 to ${MAX_ROUNDS}, not "${value}".`);
  }
  return count;
}

const say = (line: string) => process.stderr.write(`${line}\n`);

/**
 * The planner a new skill's evals are scored on: the current one, the `model` setting that `fazt
 * ask` and the chat use (the offline planner when none is set), so a skill is proven against the
 * planner that will have to trigger it, not only against the offline one. `--model` picks the
 * model that writes the skill, not the one that uses it.
 */
function evalPlanner(runtime: Runtime): { id: string; factory: PlannerFactory } {
  const { id } = parseModelSpec(runtime.cartridge.config.get('model'));
  return {
    id,
    factory: plannerFactory(id, id === 'offline' ? {} : { settings: runtime.cartridge.config }),
  };
}

/** Shows what the harness made (summary, code, grants), asks, installs; or says why it gave up. */
async function finish(
  runtime: Runtime,
  result: HarnessResult,
  options: HarnessCommandOptions,
  origin: string,
) {
  if (!result.ok) {
    say(`Last failure:\n${result.feedback}`);
    throw new FaztError(
      `No skill was installed: it did not pass its checks in ${result.rounds} round${result.rounds === 1 ? '' : 's'} (see above). Try again with a clearer description or more --rounds.`,
      { code: 'skill_not_proven' },
    );
  }
  const { pkg } = result;
  if (!options.json) {
    printText(`Made ${pkg.manifest.name} in ${result.rounds} round${result.rounds === 1 ? '' : 's'}.\n`);
    if (pkg.files['tools.js']) printText(`\n--- tools.js\n${pkg.files['tools.js']}\n---\n`);
    if (result.evals) printText(`${formatSkillSummary(result.evals.skills)}\n`);
  }
  // An improvement of a skill is that skill's next version; a new one must not take a built-in's place.
  if (!origin.endsWith(':improve')) {
    refuseBuiltinReplacement(pkg, runtime, options, 'the skill the model made');
  }
  await approveAndInstall(runtime, pkg, origin, options, result.tests);
}

/** `fazt skill new "<what it should do>"`: the model writes it, the harness proves it, you approve it. */
export async function skillNewCommand(globals: GlobalOptions, what: string, options: HarnessCommandOptions) {
  const request = what.trim();
  if (!request)
    throw new UsageError('Say what the skill should do, e.g. `fazt skill new "convert recipe units"`.');
  await withRuntime(globals, async (runtime) => {
    const { id, model } = await harnessModel(options.model, runtime.cartridge.config);
    const evals = evalPlanner(runtime);
    if (!options.json) say(`Writing a skill with ${id} (its evals run on ${evals.id}): ${request}`);
    const result = await runHarness({
      request,
      model,
      registry: runtime.registry,
      sandbox: sharedSandbox(),
      evalPlanner: evals,
      maxRounds: rounds(options.rounds),
      onRound: ({ round, passed, feedback }) =>
        say(passed ? `round ${round}: passed` : `round ${round}: failed — ${feedback.split('\n')[0]}`),
    });
    await finish(runtime, result, options, `harness:${id}`);
  });
  if (process.exitCode === undefined) process.exitCode = EXIT.ok;
}

/** `fazt skill improve <name> "<change>"`: a new version only if every old test and eval still passes. */
export async function skillImproveCommand(
  globals: GlobalOptions,
  name: string,
  change: string,
  options: HarnessCommandOptions,
) {
  if (!change.trim())
    throw new UsageError(`Say what to change, e.g. \`fazt skill improve ${name} "also handle stones"\`.`);
  await withRuntime(globals, async (runtime) => {
    const info = skillStore(runtime.cartridge).version(name);
    if (!info) throw new UsageError(`There is no skill named "${name}"; \`fazt skill list\` shows them.`);
    const { id, model } = await harnessModel(options.model, runtime.cartridge.config);
    const evals = evalPlanner(runtime);
    if (!options.json)
      say(`Improving ${name} v${info.version} with ${id} (its evals run on ${evals.id}): ${change}`);
    const result = await runHarness({
      request: change.trim(),
      model,
      registry: runtime.registry,
      sandbox: sharedSandbox(),
      evalPlanner: evals,
      maxRounds: rounds(options.rounds),
      baseline: storedPackage(runtime, info),
      onRound: ({ round, passed, feedback }) =>
        say(passed ? `round ${round}: passed` : `round ${round}: failed — ${feedback.split('\n')[0]}`),
    });
    await finish(runtime, result, options, `harness:${id}:improve`);
  });
}
