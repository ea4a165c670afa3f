import { beforeAll, describe, expect, it } from 'vitest';
import { createOfflinePlanner } from '../agent/offline/index.js';
import { runEvalWithSkills } from '../skills/evals.js';
import { BUILTIN_SUITES, loadCases } from './load.js';
import { formatReport, formatSkillSummary } from './report.js';
import type { EvalReport } from './runner.js';

/**
 * The lowest share of the built-in suite the offline planner may pass. Set from measurement:
 * 581/593 (98.0%) with blind-3 added, whose eleven failures are kept as written (it was 532/533
 * before blind-3, 392/393 before blind-2, 313/329 before the framing rewrites). 0.97 of 593 is
 * 576 cases, five under the score: a change that breaks a handful of requests fails CI. Cases
 * written fresh pass less often on their first run (blind-2: 30/60, blind-3: 48/60), so a new
 * batch may need this lowered, with the measurement said here. With no-write added (276 cases,
 * all passing): 857/869 (98.6%). Issue 7's second round added stranger-values (27 cases) and 97
 * no-write sentences (373 in all, every one passing): 982/993 (98.9%), the same eleven failures.
 * With the skills suite (12 cases installing the built-in skills unit-convert and shopping-list,
 * all passing) the total is 1,005 cases. Issue 7's third round added stranger-values-3 (53 cases,
 * all passing) and 15 no-write sentences (406 in all, every one passing): 1,111/1,123 (98.9%),
 * the same twelve failures as before it. The fourth routing round added stranger-routing-4 (34
 * cases, all passing): 1,195/1,208 (98.9%); its thirteen failures were failing before it.
 * With the fourth round merged (stranger-keys-4, 24 cases; stranger-sentences-4, 31;
 * stranger-routing-4, 34; all passing) and three cases of a value with its own "it is": 1,253/1,266 (99.0%), the same thirteen failures.
 * The fifth round added stranger-routing-5 (9 cases), stranger-sentences-5 (34) and 6 no-write
 * sentences (412 in all), every one passing: 1,302/1,315 (99.0%), the same thirteen failures.
 * The sixth round added stranger-recall-6 (23 cases) and stranger-clauses-6 (36: several requests
 * in one text), every one passing: see the merged count in the closing note of issue 7.
 * The m7 joints round added stranger-joints-7 (43 cases: a statement after a question, a pronoun
 * change after a question, gapped clauses) and 18 no-write sentences (430 in all), every one
 * passing: 1,422/1,435 (99.1%), the same thirteen failures as before it.
 * The seventh round's corrections (from 1,361/1,374 before it) added stranger-corrections-7 (80
 * cases: a value corrected while said, two doubted values, values with their own "no"/"or", the
 * reverse attribute rule, a person's phone/number) and 15 no-write sentences (427 in all), every
 * one passing: 1,456/1,469 (99.1%), the same thirteen failures.
 * Merged with the targets round (stranger-targets-7, 18 cases): 1,535/1,548 (99.2%), no-write
 * 445/445 wrote nothing, the same thirteen failures.
 * The eighth round (stranger-values-8, stranger-clauses-8, stranger-recall-8, 451 no-write
 * sentences) merged: 1,603/1,616 (99.2%), no-write 451/451 wrote nothing, the same thirteen failures.
 * The eighth recall round added stranger-recall-8 (9 cases: emoji-qualified names ask which,
 * secrets named but never shown as near facts, note numbers never reused), every one passing:
 * 1,544/1,557 (99.2%), no-write 445/445, the same thirteen failures.
 * The ninth lead-ins round (from 1,603/1,616) added stranger-leadins-9 (45 cases: lead-ins before a
 * colon, "rmbr"/"sorry, I meant", titles kept whole, "my work one", "my daughter's Ann") and 9
 * no-write sentences (460 in all), every one passing: 1,657/1,670 (99.2%), the same thirteen failures.
 * Round 9's run-ons (m9-runons: stranger-runons-9, 39 cases, and 6 no-write sentences of doubt)
 * measured with `fazt eval`: 1,603/1,616 before, 1,648/1,661 after (99.2%), no-write 457/457
 * wrote nothing, the same thirteen failures.
 */
const OFFLINE_THRESHOLD = 0.97;

/** The suite of sentences that must write nothing; its bar is every case, not a share. */
const NO_WRITE_SUITE = 'no-write';

describe('the offline planner on the built-in eval suite', () => {
  let report: EvalReport;
  beforeAll(async () => {
    const cases = loadCases(BUILTIN_SUITES);
    report = await runEvalWithSkills(cases, ({ registry }) => createOfflinePlanner(registry), {
      model: 'offline',
    });
    // ~2,700 cases, each in a fresh cartridge: about a minute on a quiet 2-core machine, several
    // when other test files run beside it. A timeout, not a speed check (bench/ measures speed).
  }, 600_000);

  it(`passes at least ${OFFLINE_THRESHOLD * 100}% of the cases`, () => {
    const { passed, total, score } = report.summary;
    const failures = report.cases.filter((result) => !result.passed).map((result) => result.id);
    console.log(
      `offline eval: ${passed}/${total} passed (${(score * 100).toFixed(1)}%); failing: ${failures.join(', ') || 'none'}`,
    );
    if (score < OFFLINE_THRESHOLD) console.log(formatReport(report));
    expect(total).toBeGreaterThanOrEqual(150);
    expect(score).toBeGreaterThanOrEqual(OFFLINE_THRESHOLD);
  });

  it('uses each built-in skill of the skills suite every time it should and never when it must not', () => {
    const skills = report.skills ?? [];
    console.log(formatSkillSummary(skills));
    expect(skills.map((summary) => summary.skill)).toEqual(['unit-convert', 'shopping-list']);
    for (const summary of skills) {
      expect(summary.shouldTrigger.total, summary.skill).toBeGreaterThanOrEqual(3);
      expect(summary.mustNotTrigger.total, summary.skill).toBeGreaterThanOrEqual(3);
      expect(summary.shouldTrigger.triggered, summary.skill).toBe(summary.shouldTrigger.total);
      expect(summary.mustNotTrigger.triggered, summary.skill).toBe(0);
    }
  });

  it('writes nothing for any sentence of the no-write suite (zero writes is the bar)', () => {
    const cases = report.cases.filter((result) => result.id.startsWith(`${NO_WRITE_SUITE}/`));
    const writes = cases
      .filter((result) => !result.passed)
      .map((result) => `${result.id} "${result.request}": ${result.failures.join('; ')}`);
    console.log(`no-write suite: ${cases.length - writes.length}/${cases.length} wrote nothing`);
    expect(cases.length).toBeGreaterThanOrEqual(250);
    expect(writes).toEqual([]);
  });
});
