import { describe, expect, it } from 'vitest';
import { createOfflinePlanner } from '../agent/offline/index.js';
import { BUILTIN_SUITES, loadCases } from './load.js';
import { formatReport } from './report.js';
import { runEval } from './runner.js';

/**
 * The lowest share of the built-in suite the offline planner may pass. Set from measurement:
 * 392/393 (99.7%) when it was last raised (it was 313/329 before the framing rewrites). Cases
 * written fresh still pass far less often on their first run (19/24 for the last batch), so the
 * threshold sits about eight cases under the score: a change that breaks a handful of requests
 * fails CI, while adding a batch of honest new cases that fail does not.
 */
const OFFLINE_THRESHOLD = 0.97;

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
