import type { Risk } from '../tools/define-tool.js';
import type { Expectation, RunExpectation, TextExpectation } from './case.js';
import { mismatch } from './matchers.js';

/** A tool call the planner made, as the eval sees it. */
export interface ObservedCall {
  tool: string;
  input: unknown;
  ok: boolean;
  risk?: Risk;
  error?: string;
}

/** What a planner did for one request. */
export interface Observation {
  status: string | undefined;
  answer: string;
  calls: ObservedCall[];
}

/** Why a text does not meet a text expectation; [] when it does. */
export function checkText(expected: TextExpectation | undefined, text: string, what: string): string[] {
  if (!expected) return [];
  const lower = text.toLowerCase();
  const failures: string[] = [];
  for (const needle of expected.contains ?? []) {
    if (!lower.includes(needle.toLowerCase())) failures.push(`${what} should contain "${needle}"`);
  }
  for (const needle of expected.notContains ?? []) {
    if (lower.includes(needle.toLowerCase())) failures.push(`${what} should not contain "${needle}"`);
  }
  if (expected.matches !== undefined && !new RegExp(expected.matches, 'iu').test(text)) {
    failures.push(`${what} should match /${expected.matches}/i`);
  }
  return failures;
}

/** Every way the observation misses the expectation (state checks aside); [] when it meets it. */
export function checkObservation(expected: Expectation | RunExpectation, observed: Observation): string[] {
  const failures: string[] = [];
  if ('anyOf' in expected && expected.anyOf) {
    const tried = expected.anyOf.map((option) => checkObservation(option, observed));
    if (!tried.some((problems) => problems.length === 0)) {
      failures.push(
        `none of the accepted outcomes happened: ${tried.map((problems) => problems.join('; ')).join(' | ')}`,
      );
    }
  }
  if (expected.status !== undefined) {
    const allowed = Array.isArray(expected.status) ? expected.status : [expected.status];
    if (!observed.status || !allowed.includes(observed.status as (typeof allowed)[number])) {
      failures.push(`status should be ${allowed.join(' or ')}, was ${observed.status ?? 'missing'}`);
    }
  }
  const succeeded = observed.calls.filter((call) => call.ok);
  if (expected.calls) {
    let from = 0;
    for (const wanted of expected.calls) {
      let found = -1;
      let closest: string | undefined;
      for (let index = from; index < succeeded.length; index++) {
        const call = succeeded[index]!;
        if (call.tool !== wanted.tool) continue;
        const problem = wanted.input === undefined ? undefined : mismatch(wanted.input, call.input, 'input');
        if (!problem) {
          found = index;
          break;
        }
        closest ??= problem;
      }
      if (found < 0) {
        failures.push(`expected a successful ${wanted.tool} call${closest ? ` (${closest})` : ''}`);
      } else from = found + 1;
    }
    if (expected.only && succeeded.length > expected.calls.length) {
      failures.push(
        `expected only ${expected.calls.map((call) => call.tool).join(', ')}, but also ran others`,
      );
    }
  }
  for (const name of expected.forbid ?? []) {
    if (succeeded.some((call) => call.tool === name)) failures.push(`${name} must not run, but it did`);
  }
  if (expected.writes === false) {
    const writes = succeeded.filter((call) => call.risk !== 'read');
    if (writes.length > 0)
      failures.push(`must not change anything, but ran ${writes.map((call) => call.tool).join(', ')}`);
  }
  failures.push(...checkText(expected.answer, observed.answer, 'answer'));
  return failures;
}
