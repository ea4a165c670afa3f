import { describe, expect, it } from 'vitest';
import { createOfflinePlanner } from '../agent/offline/index.js';
import { BUILTIN_SUITES, loadCases } from './load.js';
import { formatReport } from './report.js';
import { runEval } from './runner.js';

/**
 * The lowest share of the built-in suite the offline planner may pass. Set from measurement
 * (see the commit that last changed it): it sits a few cases under the measured score, so a
 * change that breaks a handful of requests fails CI, while a new honest case that fails does not.
 */
const OFFLINE_THRESHOLD = 0.9;

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
