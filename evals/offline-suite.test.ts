import { describe, expect, it } from 'vitest';
import { createOfflinePlanner } from '../agent/offline/index.js';
import { BUILTIN_SUITES, loadCases } from './load.js';
import { formatReport } from './report.js';
import { runEval } from './runner.js';

/**
 * The lowest share of the built-in suite the offline planner may pass. Set from measurement:
 * 313/329 (95.1%) when it was set, of which the untuned hold-out suite scored 13/24. It sits
 * about seven cases under that, so a change that breaks a handful of requests fails CI, while
 * adding a few honest cases that fail does not. Raise it as the planner improves.
 */
const OFFLINE_THRESHOLD = 0.93;

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
