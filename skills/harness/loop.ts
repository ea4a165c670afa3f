import type { LanguageModel, ModelMessage } from 'ai';
import { errorMessage, FaztError } from '../../cartridge/errors.js';
import type { PlannerFactory } from '../../evals/planners.js';
import type { Registry } from '../../tools/registry.js';
import { runSkillEvals, type SkillEvalReport } from '../evals.js';
import { SKILL_NAME, type SkillFiles } from '../format.js';
import { checkSkill, type SkillPackage } from '../package.js';
import type { Sandbox } from '../sandbox/host.js';
import { testPackage } from '../scratch.js';
import { formatTestReport, type TestReport } from '../testing.js';
import { harnessInstructions } from './prompt.js';

export interface HarnessOptions {
  /** What the skill should do (`new`) or what to change (`improve`). */
  request: string;
  model: LanguageModel;
  registry: Registry;
  sandbox: Sandbox;
  /** The planner the skill's evals run against (`id` as `fazt eval --model` takes it). */
  evalPlanner: { id: string; factory: PlannerFactory };
  /** Rounds of write → test → feedback before giving up (default 3). */
  maxRounds?: number;
  /** For `improve`: the installed version, whose tests and evals must all still pass. */
  baseline?: SkillPackage;
  onRound?: (report: RoundReport) => void;
}

/** What one round produced. */
export interface RoundReport {
  round: number;
  passed: boolean;
  /** Why it failed, as the model is told it. */
  feedback: string;
}

export type HarnessResult =
  | { ok: true; pkg: SkillPackage; tests: TestReport; evals?: SkillEvalReport; rounds: number }
  | { ok: false; rounds: number; feedback: string };

const MAX_FEEDBACK = 6_000;
const SAFE_PATH =
  /^(SKILL\.md|tools\.js|evals\.ya?ml|tests\/[a-z0-9][a-z0-9._-]*\.test\.js|[a-z0-9-]+\/[a-zA-Z0-9._-]+\.(md|txt|json))$/;

/** The files the model wrote, checked as paths inside one skill folder. */
function filesOf(input: unknown): SkillFiles {
  const list = (input as { files?: unknown })?.files;
  if (!Array.isArray(list) || list.length === 0) throw new FaztError('write_skill was called without files.');
  const files: SkillFiles = {};
  for (const entry of list) {
    const { path, content } = (entry ?? {}) as { path?: unknown; content?: unknown };
    if (typeof path !== 'string' || typeof content !== 'string') {
      throw new FaztError('each file needs a text path and text content.');
    }
    if (!SAFE_PATH.test(path)) {
      throw new FaztError(
        `the path "${path}" is not allowed; use SKILL.md, tools.js, evals.yaml, tests/<name>.test.js or <folder>/<file>.md.`,
      );
    }
    files[path] = content;
  }
  return files;
}

/** The skill's name from SKILL.md, before the full check (which needs it as the folder name). */
function nameOf(files: SkillFiles): string {
  const name = /^name:\s*["']?([^"'\s]+)["']?\s*$/m.exec(files['SKILL.md'] ?? '')?.[1] ?? '';
  if (!SKILL_NAME.test(name))
    throw new FaztError('SKILL.md needs a `name:` of lowercase words joined by hyphens.');
  return name;
}

const clip = (text: string) =>
  text.length > MAX_FEEDBACK ? `${text.slice(0, MAX_FEEDBACK)}\n… (cut)` : text;

/** The files as the model sees its previous attempt. */
const showFiles = (files: SkillFiles) =>
  Object.entries(files)
    .map(([path, content]) => `--- ${path}\n${content}`)
    .join('\n');

/** Asks the model for the whole skill through one forced tool call. */
async function writeSkill(
  model: LanguageModel,
  instructions: string,
  messages: ModelMessage[],
): Promise<unknown> {
  const { generateText, jsonSchema, tool } = await import('ai');
  const result = await generateText({
    model,
    instructions,
    messages,
    tools: {
      write_skill: tool({
        description: 'Write every file of the skill folder (the whole folder, each time).',
        inputSchema: jsonSchema<{ files: { path: string; content: string }[] }>({
          type: 'object',
          properties: {
            files: {
              type: 'array',
              items: {
                type: 'object',
                properties: { path: { type: 'string' }, content: { type: 'string' } },
                required: ['path', 'content'],
              },
            },
          },
          required: ['files'],
        }),
      }),
    },
    toolChoice: { type: 'tool', toolName: 'write_skill' },
  });
  const call = result.toolCalls.find((item) => item.toolName === 'write_skill');
  if (!call) throw new FaztError('the model did not call write_skill.');
  return call.input;
}

/** The old version's tests, run against the new code: every one must still pass. */
async function baselineProblems(
  pkg: SkillPackage,
  baseline: SkillPackage,
  sandbox: Sandbox,
): Promise<string[]> {
  const oldTests = Object.fromEntries(
    Object.entries(baseline.files).filter(([path]) => path.startsWith('tests/')),
  );
  if (Object.keys(oldTests).length === 0) return [];
  const code = Object.fromEntries(Object.entries(pkg.files).filter(([path]) => !path.startsWith('tests/')));
  const report = await testPackage({ ...pkg, files: { ...code, ...oldTests } }, sandbox);
  const problems = report.tests
    .filter((test) => !test.ok)
    .map((test) => `an old test no longer passes: ${test.file} › ${test.name}: ${test.error}`);
  for (const problem of report.problems) {
    if (!problem.startsWith('tool ')) problems.push(`old tests: ${problem}`);
  }
  return problems;
}

async function evalProblems(
  pkg: SkillPackage,
  options: HarnessOptions,
): Promise<{ problems: string[]; report?: SkillEvalReport }> {
  const report = await runSkillEvals(pkg, options.evalPlanner.factory, {
    model: options.evalPlanner.id,
    sandbox: () => options.sandbox,
  });
  if (!report) return { problems: [] };
  const problems = report.cases
    .filter((result) => !result.passed)
    .map(
      (result) =>
        `eval ${result.id} ("${result.request}") failed: ${result.failures.join('; ')}; answer: ${JSON.stringify(result.answer.slice(0, 200))}`,
    );
  return { problems, report };
}

/**
 * The harness loop (Voyager's: write, verify, keep only what works): the model writes the whole
 * skill → the format, grants and names are checked → the tests run in the sandbox (in a scratch
 * cartridge) → the evals run against the current planner (options.evalPlanner) → for `improve`, the old version's
 * tests and evals must still pass → any failure goes back to the model with the output, up to
 * `maxRounds`. Nothing is installed here: the caller shows the result and asks first.
 */
export async function runHarness(options: HarnessOptions): Promise<HarnessResult> {
  const maxRounds = options.maxRounds ?? 3;
  const instructions = harnessInstructions(options.registry);
  const opening = options.baseline
    ? `Improve the skill "${options.baseline.manifest.name}": ${options.request}\nKeep its name. Every existing test and eval must still pass.\nThe current version:\n${showFiles(options.baseline.files)}`
    : `Write a skill that can: ${options.request}`;
  const messages: ModelMessage[] = [{ role: 'user', content: opening }];
  let feedback = '';
  for (let round = 1; round <= maxRounds; round++) {
    let files: SkillFiles | undefined;
    try {
      files = filesOf(await writeSkill(options.model, instructions, messages));
      const name = nameOf(files);
      if (options.baseline && name !== options.baseline.manifest.name) {
        throw new FaztError(`the name must stay "${options.baseline.manifest.name}".`);
      }
      const pkg = await checkSkill(name, files, { registry: options.registry, sandbox: options.sandbox });
      const tests = await testPackage(pkg, options.sandbox);
      const problems: string[] = [];
      if (!tests.passed) problems.push(formatTestReport(name, tests));
      if (tests.logs.length) problems.push(`console output:\n${tests.logs.join('\n')}`);
      let evals: SkillEvalReport | undefined;
      if (tests.passed) {
        const checked = await evalProblems(pkg, options);
        problems.push(...checked.problems);
        evals = checked.report;
        if (options.baseline) {
          problems.push(...(await baselineProblems(pkg, options.baseline, options.sandbox)));
          const old = ['evals.yaml', 'evals.yml'].find((path) => options.baseline!.files[path] !== undefined);
          if (old) {
            const againstOld = await evalProblems(
              { ...pkg, files: { ...pkg.files, 'evals.yaml': options.baseline.files[old]! } },
              options,
            );
            problems.push(...againstOld.problems.map((problem) => `old ${problem}`));
          }
        }
      }
      if (tests.passed && problems.filter((problem) => !problem.startsWith('console output')).length === 0) {
        options.onRound?.({ round, passed: true, feedback: '' });
        return { ok: true, pkg, tests, ...(evals ? { evals } : {}), rounds: round };
      }
      feedback = problems.join('\n');
    } catch (error) {
      feedback = errorMessage(error);
    }
    options.onRound?.({ round, passed: false, feedback });
    messages.push(
      { role: 'assistant', content: files ? `I wrote:\n${showFiles(files)}` : 'I wrote the skill.' },
      {
        role: 'user',
        content: clip(`That did not pass:\n${feedback}\nFix it and call write_skill again with every file.`),
      },
    );
  }
  return { ok: false, rounds: maxRounds, feedback };
}
