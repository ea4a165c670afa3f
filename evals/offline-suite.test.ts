import { describe, expect, it } from 'vitest';
import { createOfflinePlanner } from '../agent/offline/index.js';
import { BUILTIN_SUITES, loadCases } from './load.js';
import { formatReport } from './report.js';
import { runEval } from './runner.js';

/**
 * The lowest share of the built-in suite the offline planner may pass. Set from measurement:
 * 532/533 (99.8%) after the clause and aside handling (blind-2 included; it was 392/393 before
 * blind-2 and 313/329 before the framing rewrites). 0.99 of 533 is 528 cases, four under the
 * score: a change that breaks a handful of requests fails CI. Cases written fresh still pass far
 * less often on their first run (blind-2: 30/60), so a new batch may need this lowered, with the
 * measurement said here.
 */
const OFFLINE_THRESHOLD = 0.99;

describe('the offline planner on the built-in eval suite', () => {
  it(`passes at least ${OFFLINE_THRESHOLD * 100}% of the cases`, { timeout: 120_000 }, async () => {
    const cases = loadCases(BUILTIN_SUITES);
    const report = await runEval(cases, ({ registry }) => createOfflinePlanner(registry), {
      model: 'offline',
    });
    const { passed, total, score } = report.summary;
    const failures = report.cases.filter((result) => !result.passed).map((result) => result.id);
    console.log(
      `offline eval: ${passed}/${total} passed (${(score * 100).toFixed(1)}%); failing: ${failures.join(', ') || 'none'}`,
    );
    if (score < OFFLINE_THRESHOLD) console.log(formatReport(report));
    expect(total).toBeGreaterThanOrEqual(150);
    expect(score).toBeGreaterThanOrEqual(OFFLINE_THRESHOLD);
  });
});
