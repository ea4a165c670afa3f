import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Planner, PlannerEvent } from '../agent/planner.js';
import { evalCase } from './case.js';
import type { LoadedCase } from './load.js';
import type { PlannerFactory } from './planners.js';
import { runCase } from './run-case.js';
import { runEval } from './runner.js';

const item = (data: unknown): LoadedCase => ({ ...evalCase.parse(data), suite: 'test', file: 'test.yaml' });

/** A planner that makes the given tool calls through the executor, then finishes with `answer`. */
const scripted =
  (
    calls: { name: string; input: Record<string, unknown> }[],
    answer: string,
    seen: string[] = [],
  ): PlannerFactory =>
  ({ cartridge }) => {
    seen.push(cartridge.path);
    const planner: Planner = {
      model: 'scripted',
      async *run(request, deps): AsyncGenerator<PlannerEvent> {
        for (const [index, call] of calls.entries()) {
          const callId = String(index);
          yield { type: 'tool-call-start', callId, ...call };
          const result = await deps.executor.execute(call.name, call.input, {
            caller: deps.caller,
            approved: request.approved ?? false,
          });
          yield { type: 'tool-call-end', callId, ...call, result };
        }
        yield { type: 'text-delta', text: answer };
        yield { type: 'finish', answer, status: 'done', usage: { inputTokens: 12, outputTokens: 3 } };
      },
    };
    return planner;
  };

describe('running a case', () => {
  const remember = item({
    id: 'remember',
    request: 'remember that my bike lock code is 4312',
    expect: {
      status: 'done',
      calls: [{ tool: 'memory_remember', input: { key: { $like: 'bike lock code' }, value: '4312' } }],
      answer: { contains: '4312' },
      state: [
        { tool: 'memory_recall', input: { key: 'bike lock code' }, output: { match: { value: '4312' } } },
      ],
    },
  });

  it('passes a planner that does the right thing, in a fresh cartridge that is removed afterwards', async () => {
    const seen: string[] = [];
    const factory = scripted(
      [{ name: 'memory_remember', input: { key: 'my bike lock code', value: '4312' } }],
      'Saved 4312.',
      seen,
    );
    const result = await runCase(remember, factory);
    expect(result).toMatchObject({
      id: 'test/remember',
      passed: true,
      failures: [],
      status: 'done',
      tokens: { input: 12, output: 3 },
    });
    expect(result.calls).toEqual([
      {
        tool: 'memory_remember',
        input: { key: 'my bike lock code', value: '4312' },
        ok: true,
        risk: 'write',
      },
    ]);
    expect(existsSync(seen[0]!)).toBe(false);
  });

  it('starts every case from an empty cartridge, though each is a copy of one template', async () => {
    const seen: string[] = [];
    const write = scripted(
      [{ name: 'memory_remember', input: { key: 'bike lock code', value: '4312' } }],
      'Saved 4312.',
      seen,
    );
    expect((await runCase(remember, write)).passed).toBe(true);
    // The next case sees nothing of the last one's write: its recall is empty, its file another.
    const empty = item({
      id: 'empty',
      request: 'what is my bike lock code?',
      expect: {
        state: [{ tool: 'memory_list', input: {}, output: { total: 0 } }],
      },
    });
    const read = await runCase(empty, scripted([], 'I do not know.', seen));
    expect(read.failures).toEqual([]);
    expect(seen[1]).not.toBe(seen[0]);
  });

  it('fails a planner that stores the wrong value, and says where', async () => {
    const result = await runCase(
      remember,
      scripted([{ name: 'memory_remember', input: { key: 'bike lock code', value: '4321' } }], 'Saved.'),
    );
    expect(result.passed).toBe(false);
    expect(result.failures).toEqual([
      'expected a successful memory_remember call (input.value: expected "4312", got "4321")',
      'answer should contain "4312"',
      'state memory_recall {"key":"bike lock code"}: output.match.value: expected "4312", got "4321"',
    ]);
  });

  it('fails a planner that writes on an off-topic request, or runs a forbidden tool', async () => {
    const offTopic = item({
      id: 'poem',
      request: 'write me a poem',
      expect: { writes: false, forbid: ['notes_add'] },
    });
    const result = await runCase(
      offTopic,
      scripted([{ name: 'notes_add', input: { text: 'a poem' } }], 'Done.'),
    );
    expect(result.failures).toEqual([
      'notes_add must not run, but it did',
      'must not change anything, but ran notes_add',
    ]);
    const reads = await runCase(
      offTopic,
      scripted([{ name: 'notes_list', input: {} }], 'You have no notes.'),
    );
    expect(reads.passed).toBe(true);
  });

  it('counts a refused destructive call as not run', async () => {
    const consent = item({
      id: 'forget',
      request: 'forget my gym locker',
      setup: [{ tool: 'memory_remember', input: { key: 'gym locker', value: '118' } }],
      expect: { forbid: ['memory_forget'], state: [{ tool: 'memory_list', output: { total: 1 } }] },
    });
    const result = await runCase(
      consent,
      scripted([{ name: 'memory_forget', input: { key: 'gym locker' } }], 'Approve?'),
    );
    expect(result.calls).toEqual([
      {
        tool: 'memory_forget',
        input: { key: 'gym locker' },
        ok: false,
        risk: 'destructive',
        error: 'needs_approval',
      },
    ]);
    expect(result.passed).toBe(true);
    const approved = await runCase(
      { ...consent, approved: true },
      scripted([{ name: 'memory_forget', input: { key: 'gym locker' } }], 'Gone.'),
    );
    expect(approved.failures).toEqual([
      'memory_forget must not run, but it did',
      'state memory_list {}: output.total: expected 1, got 0',
    ]);
  });

  it('reports a failing setup, a planner that throws, and an accepted alternative', async () => {
    const badSetup = item({
      id: 's',
      request: 'x',
      setup: [{ tool: 'memory_remember', input: { key: 'k' } }],
      expect: {},
    });
    expect((await runCase(badSetup, scripted([], ''))).failures[0]).toMatch(
      /^setup memory_remember failed: Invalid input/,
    );
    const throwing: PlannerFactory = () => ({
      model: 'broken',
      // biome-ignore lint/correctness/useYield: a planner that fails before its first event.
      async *run() {
        throw new Error('boom');
      },
    });
    const failed = await runCase(item({ id: 't', request: 'x', expect: {} }), throwing);
    expect(failed.failures).toEqual(['planner threw: boom']);
    const either = item({
      id: 'either',
      request: 'remember I park in B17',
      expect: {
        anyOf: [
          { calls: [{ tool: 'memory_remember' }] },
          { calls: [{ tool: 'notes_add', input: { text: { $contains: 'B17' } } }] },
        ],
      },
    });
    expect(
      (await runCase(either, scripted([{ name: 'notes_add', input: { text: 'I park in B17' } }], 'Noted.')))
        .passed,
    ).toBe(true);
    const neither = await runCase(either, scripted([], 'OK'));
    expect(neither.failures[0]).toMatch(/^none of the accepted outcomes happened/);
  });

  it('sums a run into a report', async () => {
    const report = await runEval(
      [remember, remember],
      scripted([{ name: 'memory_remember', input: { key: 'bike lock code', value: '4312' } }], '4312'),
      {
        model: 'scripted',
      },
    );
    expect(report.summary).toMatchObject({
      total: 2,
      passed: 2,
      failed: 0,
      score: 1,
      tokens: { input: 24, output: 6 },
    });
    expect(report.summary.suites).toEqual({ test: { passed: 2, total: 2 } });
  });
});
