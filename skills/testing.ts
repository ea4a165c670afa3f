import { z } from 'zod';
import { codeFiles, sentence, testFiles } from './files.js';
import type { SkillPackage } from './package.js';
import type { CallHandler, Sandbox } from './sandbox/host.js';

/** One test as the sandbox ran it. */
export interface TestOutcome {
  name: string;
  file: string;
  ok: boolean;
  assertions: number;
  error?: string;
}

/** A skill's test run: what passed, and every reason it does not prove the skill works. */
export interface TestReport {
  passed: boolean;
  tests: TestOutcome[];
  /** Failures that are not one test's: no tests, a file with none, a tool no test calls, limits. */
  problems: string[];
  logs: string[];
}

/** CPU budget for one skill's whole test run (each tool call alone gets 2 s). */
export const TEST_CPU_MS = 5_000;

/**
 * A test's error as the person should read it: QuickJS's bare "InternalError: interrupted" (its
 * interrupt handler stopped the code) says the test-run CPU limit was hit and that it may loop
 * for ever; any other error unchanged.
 */
function cpuStop(error: string): string {
  return /InternalError: interrupted/.test(error)
    ? `it hit the test-run CPU limit (${TEST_CPU_MS / 1000} s) and was stopped; it may loop for ever (${error})`
    : error;
}

const sandboxReport = z.object({
  files: z.array(z.object({ file: z.string(), tests: z.number(), error: z.string().optional() })),
  tests: z.array(
    z.object({
      name: z.string(),
      file: z.string(),
      ok: z.boolean(),
      assertions: z.number(),
      error: z.string().optional(),
    }),
  ),
  called: z.array(z.string()),
});

/**
 * Runs a skill's tests/*.test.js in the sandbox and judges them. A test fails when it throws or
 * makes no assertion; the run fails when any test fails, when no test runs (a skill with tools
 * must have tests), when a test file registers none or cannot load, or when an exported tool is
 * called by no test. `onCall` answers the code's `fazt.call`s (the caller gives a scratch
 * cartridge, so tests never touch the person's data).
 */
export async function runSkillTests(
  pkg: Pick<SkillPackage, 'manifest' | 'tools' | 'files'>,
  { sandbox, onCall }: { sandbox: Sandbox; onCall?: CallHandler },
): Promise<TestReport> {
  const files = testFiles(pkg.files);
  const problems: string[] = [];
  if (files.length === 0) {
    if (pkg.tools.length === 0) return { passed: true, tests: [], problems: [], logs: [] };
    problems.push(
      `${pkg.manifest.name} exports ${pkg.tools.length} tool${pkg.tools.length === 1 ? '' : 's'} but has no tests/*.test.js: a suite that runs no test proves nothing.`,
    );
    return { passed: false, tests: [], problems, logs: [] };
  }
  const result = await sandbox.run(
    { kind: 'tests', files: codeFiles(pkg.files), limits: { cpuMs: TEST_CPU_MS } },
    onCall,
  );
  if (!result.ok) {
    problems.push(sentence(`the tests could not finish: ${result.error.message}`));
    return { passed: false, tests: [], problems, logs: result.logs };
  }
  const parsed = sandboxReport.safeParse(result.value);
  if (!parsed.success) {
    problems.push(
      'the test run returned something that is not a test report (did a test overwrite the test globals?).',
    );
    return { passed: false, tests: [], problems, logs: result.logs };
  }
  const report = parsed.data;
  const tests: TestOutcome[] = report.tests.map((test) =>
    test.ok && test.assertions === 0
      ? { ...test, ok: false, error: 'made no assertion: a test that asserts nothing proves nothing' }
      : test.error
        ? { ...test, error: cpuStop(test.error) }
        : test,
  );
  for (const file of report.files) {
    if (file.error) problems.push(sentence(`${file.file} could not load: ${cpuStop(file.error)}`));
    else if (file.tests === 0) problems.push(`${file.file} registers no test (call test(name, fn)).`);
  }
  if (tests.length === 0) problems.push('no test ran: a suite that runs no test proves nothing.');
  const called = new Set(report.called);
  for (const tool of pkg.tools) {
    if (!called.has(tool.name)) problems.push(`tool ${tool.name} is exported but no test calls it.`);
  }
  const passed = problems.length === 0 && tests.every((test) => test.ok);
  return { passed, tests, problems, logs: result.logs };
}

/** The report as lines: one per test, then the problems, then a summary line. */
export function formatTestReport(name: string, report: TestReport): string {
  const lines = report.tests.map(
    (test) =>
      `${test.ok ? 'pass' : 'FAIL'} ${test.file} › ${test.name}${test.ok ? ` (${test.assertions} assertion${test.assertions === 1 ? '' : 's'})` : `: ${test.error}`}`,
  );
  for (const problem of report.problems) lines.push(`FAIL ${problem}`);
  const passed = report.tests.filter((test) => test.ok).length;
  lines.push(
    report.tests.length === 0 && report.passed
      ? `${name}: no tests (the skill has no code).`
      : `${name}: ${passed}/${report.tests.length} tests passed${report.problems.length ? `, ${report.problems.length} problem${report.problems.length === 1 ? '' : 's'}` : ''} — ${report.passed ? 'ok' : 'FAILED'}.`,
  );
  return lines.join('\n');
}
