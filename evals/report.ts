import type { EvalReport, SkillEvalSummary } from './runner.js';

/** One line per skill: pass rate, and how often it triggered when it should and when it must not. */
export function formatSkillSummary(summaries: readonly SkillEvalSummary[]): string {
  return summaries
    .map(
      (s) =>
        `skill ${s.skill}: ${s.passed}/${s.total} passed (${(s.passRate * 100).toFixed(0)}%); triggered ${s.shouldTrigger.triggered}/${s.shouldTrigger.total} times it should, ${s.mustNotTrigger.triggered}/${s.mustNotTrigger.total} times it must not`,
    )
    .join('\n');
}

const pad = (text: string, width: number) =>
  text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width);

/** The report as a table (case, pass, latency, tokens), the failures with reasons, and a summary. */
export function formatReport(report: EvalReport, options: { verbose?: boolean } = {}): string {
  const width = Math.min(48, Math.max(4, ...report.cases.map((result) => result.id.length)));
  const lines = [`${pad('case', width)}  pass  ${'ms'.padStart(8)}  tokens`];
  lines.push(`${'-'.repeat(width)}  ----  ${'-'.repeat(8)}  ------`);
  for (const result of report.cases) {
    lines.push(
      `${pad(result.id, width)}  ${result.passed ? 'yes ' : 'NO  '}  ${result.latencyMs.toFixed(1).padStart(8)}  ${result.tokens.input + result.tokens.output}`,
    );
  }
  const failed = report.cases.filter((result) => !result.passed);
  if (failed.length > 0) {
    lines.push('', 'Failures:');
    for (const result of failed) {
      lines.push(`- ${result.id}: ${JSON.stringify(result.request)}`);
      for (const failure of result.failures) lines.push(`    ${failure}`);
      if (options.verbose !== false) {
        const calls = result.calls.map(
          (call) => `${call.tool}${JSON.stringify(call.input)}${call.ok ? '' : ` (${call.error})`}`,
        );
        lines.push(`    got: ${result.status ?? 'no status'}; calls: ${calls.join(', ') || 'none'}`);
        lines.push(
          `    answer: ${JSON.stringify(result.answer.length > 160 ? `${result.answer.slice(0, 157)}…` : result.answer)}`,
        );
      }
    }
  }
  const { summary } = report;
  const suites = Object.entries(summary.suites)
    .map(([name, { passed, total }]) => `${name} ${passed}/${total}`)
    .join(', ');
  lines.push(
    '',
    `${report.model}: ${summary.passed}/${summary.total} passed (${(summary.score * 100).toFixed(1)}%); latency median ${summary.latencyMs.median.toFixed(1)} ms, p95 ${summary.latencyMs.p95.toFixed(1)} ms; tokens ${summary.tokens.input} in, ${summary.tokens.output} out`,
    `by suite: ${suites}`,
  );
  if (report.skills?.length) lines.push(formatSkillSummary(report.skills));
  return lines.join('\n');
}
