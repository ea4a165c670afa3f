import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Caller } from '../cartridge/audit.js';
import { ConflictError, NotFoundError, UsageError } from '../cartridge/errors.js';
import { testRuntime } from '../test/helpers/runtime.js';
import type { ApprovalPolicy } from './approval.js';
import { type AnyTool, defineTool } from './define-tool.js';
import { createExecutor, type Executor } from './executor.js';
import { memoryCapability } from './memory/index.js';
import { createMemoryStore } from './memory/store.js';
import { createNotesStore } from './notes/store.js';
import type { ToolResult } from './tool-result.js';

const person: Caller = { kind: 'person', id: 'cli' };

/**
 * Tools made for these tests: each records in `calls` that it ran, and writes real rows.
 * `test_slow` waits until `gate.release()` is called (or its signal aborts).
 */
function testTools(calls: string[], gate: { release: () => void }): AnyTool[] {
  const save = defineTool({
    name: 'test_save',
    title: 'Save',
    description: 'Remembers a fact.',
    risk: 'write',
    input: z.object({
      key: z.string().min(1),
      count: z.number().int().min(1).default(1),
      tags: z.array(z.string()).optional(),
    }),
    output: z.object({ saved: z.string() }),
    examples: [],
    run({ key }, { cartridge: cart, emit }) {
      calls.push('test_save');
      createMemoryStore(cart).remember(key, 'value');
      emit('memory.remembered', { key, value: 'value', previous: null });
      return { saved: key };
    },
  });

  const read = defineTool({
    name: 'test_read',
    title: 'Read',
    description: 'Counts facts.',
    risk: 'read',
    input: z.object({}),
    output: z.object({ count: z.number() }),
    examples: [],
    run(_input, { cartridge: cart }) {
      calls.push('test_read');
      return { count: createMemoryStore(cart).count() };
    },
  });

  const wipe = defineTool({
    name: 'test_wipe',
    title: 'Wipe',
    description: 'Forgets a fact.',
    risk: 'destructive',
    input: z.object({ key: z.string() }),
    output: z.object({ wiped: z.boolean() }),
    examples: [],
    run({ key }, { cartridge: cart }) {
      calls.push('test_wipe');
      return { wiped: Boolean(createMemoryStore(cart).forget(key)) };
    },
  });

  const fetchTool = defineTool({
    name: 'test_fetch',
    title: 'Fetch',
    description: 'Talks to the outside world.',
    risk: 'external',
    input: z.object({}),
    output: z.object({ ok: z.boolean() }),
    examples: [],
    run() {
      calls.push('test_fetch');
      return { ok: true };
    },
  });

  /** Writes two rows and an event, awaits, then throws: none of it may survive. */
  const halfway = defineTool({
    name: 'test_halfway',
    title: 'Halfway',
    description: 'Fails after writing.',
    risk: 'write',
    input: z.object({ error: z.enum(['plain', 'usage']) }),
    output: z.object({}),
    examples: [],
    async run({ error }, { cartridge: cart, emit }) {
      calls.push('test_halfway');
      createMemoryStore(cart).remember('first', 1);
      emit('memory.remembered', { key: 'first', value: 1, previous: null });
      await new Promise((resolve) => setTimeout(resolve, 5));
      createNotesStore(cart).add('second');
      if (error === 'usage') throw new UsageError('The widget must be blue.');
      throw new Error('disk on fire');
    },
  });

  /** Writes, then returns output that breaks its own schema. */
  const liar = defineTool({
    name: 'test_liar',
    title: 'Liar',
    description: 'Returns the wrong shape.',
    risk: 'write',
    input: z.object({}),
    output: z.object({ count: z.number() }),
    examples: [],
    run(_input, { cartridge: cart }) {
      createMemoryStore(cart).remember('liar', 1);
      return { count: 'many' } as unknown as { count: number };
    },
  });

  /** Writes, then waits to be told to finish; honours its signal. */
  const slow = defineTool({
    name: 'test_slow',
    title: 'Slow',
    description: 'Waits.',
    risk: 'write',
    input: z.object({}),
    output: z.object({ done: z.boolean() }),
    examples: [],
    async run(_input, { cartridge: cart, signal }) {
      createMemoryStore(cart).remember('slow', 1);
      await new Promise<void>((resolve) => {
        gate.release = resolve;
        signal.addEventListener('abort', () => resolve(), { once: true });
      });
      return { done: true };
    },
  });

  /** Looks something up that is not there, after writing: a not_found, rolled back. */
  const missing = defineTool({
    name: 'test_missing',
    title: 'Missing',
    description: 'Finds nothing.',
    risk: 'write',
    input: z.object({ kind: z.enum(['not_found', 'conflict']) }),
    output: z.object({}),
    examples: [],
    run({ kind }, { cartridge: cart }) {
      createMemoryStore(cart).remember('half', 1);
      if (kind === 'conflict') throw new ConflictError('The name "x" is taken; pick another.');
      throw new NotFoundError('There is no widget #7. List widgets to find its id.');
    },
  });

  return [save, read, wipe, fetchTool, halfway, liar, slow, missing];
}

/** One test's world, built inside the test: a fresh cartridge, the test tools and helpers. */
function setup() {
  const calls: string[] = [];
  const gate = { release: () => {} };
  // The memory capability declares the memory.* events the test tools emit.
  const { cartridge, registry } = testRuntime({
    capabilities: [memoryCapability, ...testTools(calls, gate)],
  });
  const count = (sql: string) => (cartridge.db.prepare(sql).get() as { n: number }).n;
  return {
    cartridge,
    calls,
    release: () => gate.release(),
    executorWith: (policy?: ApprovalPolicy): Executor =>
      createExecutor({ cartridge, registry, ...(policy ? { policy } : {}) }),
    snapshot: () => ({
      memory: count('SELECT count(*) AS n FROM memory'),
      notes: count('SELECT count(*) AS n FROM notes'),
      domainEvents: count("SELECT count(*) AS n FROM events WHERE type != 'tool.called'"),
    }),
    toolCalledEvents: () =>
      cartridge.events
        .query({ type: 'tool.called', limit: 1000 })
        .map((event) => event.data as { tool: string; outcome: string; auditId: number; caller: Caller }),
  };
}

function expectFailure(result: ToolResult) {
  if (result.ok) throw new Error(`expected a failure, got ${JSON.stringify(result.output)}`);
  return result.error;
}

describe('validation', () => {
  it('names every bad field and what was expected, and never runs the tool', async () => {
    const { calls, executorWith, snapshot } = setup();
    const result = await executorWith().execute(
      'test_save',
      { count: 0, tags: ['ok', 7] },
      { caller: person },
    );
    const error = expectFailure(result);
    expect(error.code).toBe('invalid_input');
    expect(error.issues).toEqual([
      { path: 'key', message: 'is required (string)' },
      { path: 'count', message: expect.stringMatching(/>=\s*1/) },
      { path: 'tags.1', message: expect.stringMatching(/expected string, received number/) },
    ]);
    expect(error.message).toMatch(/^Invalid input for test_save: key: is required/);
    expect(error.message).toContain('tags.1: ');
    expect(calls).toEqual([]);
    expect(snapshot()).toEqual({ memory: 0, notes: 0, domainEvents: 0 });
  });

  it('tells a wrong type apart from a missing field', async () => {
    const { executorWith } = setup();
    const error = expectFailure(await executorWith().execute('test_save', { key: 42 }, { caller: person }));
    expect(error.issues).toEqual([
      { path: 'key', message: 'Invalid input: expected string, received number' },
    ]);
  });

  it('treats a missing input as {} and a non-object as invalid', async () => {
    const { executorWith } = setup();
    expect((await executorWith().execute('test_read', undefined, { caller: person })).ok).toBe(true);
    const error = expectFailure(await executorWith().execute('test_save', 'key', { caller: person }));
    expect(error.code).toBe('invalid_input');
    expect(error.issues?.[0]?.path).toBe('');
  });

  it('applies defaults before the tool runs', async () => {
    const { cartridge, executorWith } = setup();
    const result = await executorWith().execute('test_save', { key: 'a' }, { caller: person });
    expect(result.ok).toBe(true);
    expect(cartridge.audit.list()[0]?.input).toBe('{"key":"a","count":1}');
  });

  it('an unknown tool names the closest ones and runs nothing', async () => {
    const { calls, executorWith } = setup();
    const error = expectFailure(await executorWith().execute('test_sav', {}, { caller: person }));
    expect(error.code).toBe('unknown_tool');
    expect(error.suggestions?.[0]).toBe('test_save');
    expect(error.message).toMatch(/no tool named "test_sav".*Did you mean test_save/);
    expect(calls).toEqual([]);
  });
});

describe('approval policy', () => {
  it('read, write and external tools run without approval', async () => {
    const { calls, executorWith } = setup();
    const executor = executorWith();
    for (const [name, input] of [
      ['test_read', {}],
      ['test_save', { key: 'a' }],
      ['test_fetch', {}],
    ] as const) {
      const result = await executor.execute(name, input, { caller: person });
      expect(result.ok, JSON.stringify(result)).toBe(true);
    }
    expect(calls).toEqual(['test_read', 'test_save', 'test_fetch']);
  });

  it('a destructive tool without approval returns needs_approval and changes nothing', async () => {
    const { cartridge, calls, executorWith } = setup();
    const executor = executorWith();
    await executor.execute('test_save', { key: 'keep me' }, { caller: person });
    const error = expectFailure(await executor.execute('test_wipe', { key: 'keep me' }, { caller: person }));
    expect(error.code).toBe('needs_approval');
    expect(error.message).toMatch(/test_wipe is destructive.*Nothing was changed/);
    expect(calls).toEqual(['test_save']);
    expect(createMemoryStore(cartridge).get('keep me')).toBeDefined();
    expect(cartridge.audit.list()[0]).toMatchObject({ tool: 'test_wipe', outcome: 'needs_approval' });
  });

  it('a destructive tool runs when the caller approved it', async () => {
    const { cartridge, executorWith } = setup();
    const executor = executorWith();
    await executor.execute('test_save', { key: 'gone' }, { caller: person });
    const result = await executor.execute('test_wipe', { key: 'gone' }, { caller: person, approved: true });
    expect(result).toMatchObject({ ok: true, output: { wiped: true } });
    expect(createMemoryStore(cartridge).get('gone')).toBeUndefined();
  });

  it('a policy can deny, and sees the tool, the parsed input and the caller', async () => {
    const { executorWith, snapshot } = setup();
    const seen: unknown[] = [];
    const policy: ApprovalPolicy = ({ tool, input, caller, approved }) => {
      seen.push({ tool: tool.name, input, caller, approved });
      return caller.kind === 'mcp' ? 'deny' : 'allow';
    };
    const mcp: Caller = { kind: 'mcp', id: 'claude' };
    const error = expectFailure(
      await executorWith(policy).execute('test_save', { key: 'x' }, { caller: mcp }),
    );
    expect(error).toMatchObject({ code: 'denied', message: 'test_save is not allowed for mcp claude.' });
    expect(seen).toEqual([
      { tool: 'test_save', input: { key: 'x', count: 1 }, caller: mcp, approved: false },
    ]);
    expect(snapshot().memory).toBe(0);
  });

  it('a person who was asked and declined is told apart from a refusal, and audited as denied', async () => {
    const { cartridge, executorWith, snapshot } = setup();
    const error = expectFailure(
      await executorWith(async () => 'declined' as const).execute(
        'test_save',
        { key: 'x' },
        { caller: person },
      ),
    );
    expect(error.code).toBe('denied');
    expect(error.message).toBe(
      'test_save was declined by the person, so it was not run and nothing was changed.',
    );
    expect(snapshot().memory).toBe(0);
    expect(cartridge.audit.list()[0]).toMatchObject({ tool: 'test_save', outcome: 'denied' });
  });
});

describe('failures are typed and leave nothing half-written', () => {
  it('a tool that throws after writing rolls back every write and event', async () => {
    const { cartridge, executorWith, snapshot } = setup();
    const before = snapshot();
    const error = expectFailure(
      await executorWith().execute('test_halfway', { error: 'plain' }, { caller: person }),
    );
    expect(error).toEqual({ code: 'failed', message: 'test_halfway failed: disk on fire' });
    expect(snapshot()).toEqual(before);
    expect(cartridge.audit.list()[0]).toMatchObject({ tool: 'test_halfway', outcome: 'error' });
  });

  it('a usage error thrown by a tool becomes invalid_input, still rolled back', async () => {
    const { executorWith, snapshot } = setup();
    const error = expectFailure(
      await executorWith().execute('test_halfway', { error: 'usage' }, { caller: person }),
    );
    expect(error).toEqual({ code: 'invalid_input', message: 'The widget must be blue.' });
    expect(snapshot()).toEqual({ memory: 0, notes: 0, domainEvents: 0 });
  });

  it('errors are sorted by their class, not an exit code: not_found and conflict are not invalid_input', async () => {
    const { cartridge, executorWith, snapshot } = setup();
    const executor = executorWith();
    const notFound = expectFailure(
      await executor.execute('test_missing', { kind: 'not_found' }, { caller: person }),
    );
    expect(notFound).toEqual({
      code: 'not_found',
      message: 'There is no widget #7. List widgets to find its id.',
    });
    const conflict = expectFailure(
      await executor.execute('test_missing', { kind: 'conflict' }, { caller: person }),
    );
    expect(conflict.code).toBe('conflict');
    expect(snapshot().memory).toBe(0);
    // The audit log keeps them as errors, not as invalid input the caller sent.
    expect(cartridge.audit.list().map((row) => row.outcome)).toEqual(['error', 'error']);
  });

  it('output that breaks the output schema is a failure, and its writes are undone', async () => {
    const { cartridge, executorWith } = setup();
    const error = expectFailure(await executorWith().execute('test_liar', {}, { caller: person }));
    expect(error.code).toBe('failed');
    expect(error.message).toMatch(
      /test_liar returned output that does not match its schema.*nothing was saved/,
    );
    expect(createMemoryStore(cartridge).get('liar')).toBeUndefined();
  });

  it('the executor keeps working after a failure (no transaction left open)', async () => {
    const { cartridge, executorWith } = setup();
    const executor = executorWith();
    await executor.execute('test_halfway', { error: 'plain' }, { caller: person });
    expect(cartridge.db.inTransaction).toBe(false);
    expect((await executor.execute('test_save', { key: 'after' }, { caller: person })).ok).toBe(true);
    expect(createMemoryStore(cartridge).get('after')).toBeDefined();
  });
});

describe('abort', () => {
  it('an already aborted signal runs nothing', async () => {
    const { calls, executorWith, snapshot } = setup();
    const controller = new AbortController();
    controller.abort();
    const error = expectFailure(
      await executorWith().execute('test_save', { key: 'x' }, { caller: person, signal: controller.signal }),
    );
    expect(error).toEqual({ code: 'aborted', message: 'test_save was cancelled; nothing was saved.' });
    expect(calls).toEqual([]);
    expect(snapshot().memory).toBe(0);
  });

  it('aborting mid-run rolls back what the tool wrote', async () => {
    const { cartridge, executorWith } = setup();
    const controller = new AbortController();
    const pending = executorWith().execute('test_slow', {}, { caller: person, signal: controller.signal });
    await new Promise((resolve) => setTimeout(resolve, 10));
    controller.abort();
    const error = expectFailure(await pending);
    expect(error.code).toBe('aborted');
    expect(createMemoryStore(cartridge).get('slow')).toBeUndefined();
    expect(cartridge.audit.list()[0]).toMatchObject({ tool: 'test_slow', outcome: 'error' });
  });

  it('a slow write holds the write lock: a second write waits and both commit', async () => {
    const { calls, release, executorWith, snapshot } = setup();
    const executor = executorWith();
    const first = executor.execute('test_slow', {}, { caller: person });
    await new Promise((resolve) => setTimeout(resolve, 10));
    const second = executor.execute('test_save', { key: 'queued' }, { caller: person });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(calls).toEqual([]);
    release();
    expect((await first).ok).toBe(true);
    expect((await second).ok).toBe(true);
    expect(calls).toEqual(['test_save']);
    expect(snapshot().memory).toBe(2);
  });
});

describe('audit and the event spine', () => {
  it('every call, whatever its outcome, gets one audit row and one tool.called event', async () => {
    const { cartridge, executorWith, toolCalledEvents } = setup();
    const executor = executorWith();
    const mcp: Caller = { kind: 'mcp', id: 'token-1' };
    const results = [
      await executor.execute('test_save', { key: 'a' }, { caller: person }),
      await executor.execute('test_read', {}, { caller: mcp }),
      await executor.execute('test_save', {}, { caller: person }),
      await executor.execute('test_wipe', { key: 'a' }, { caller: person }),
      await executor.execute('test_halfway', { error: 'plain' }, { caller: person }),
      await executor.execute('test_liar', {}, { caller: person }),
    ];
    const audit = cartridge.audit.list({ limit: 100 }).reverse();
    expect(audit.map((row) => [row.tool, row.outcome])).toEqual([
      ['test_save', 'ok'],
      ['test_read', 'ok'],
      ['test_save', 'invalid_input'],
      ['test_wipe', 'needs_approval'],
      ['test_halfway', 'error'],
      ['test_liar', 'error'],
    ]);
    expect(audit[1]?.caller).toEqual(mcp);
    expect(audit[4]?.error).toBe('test_halfway failed: disk on fire');

    const events = toolCalledEvents().reverse();
    expect(events.map((event) => [event.tool, event.outcome])).toEqual(
      audit.map((row) => [row.tool, row.outcome]),
    );
    expect(events.map((event) => event.auditId)).toEqual(audit.map((row) => row.id));
    expect(results.map((result) => result.auditId)).toEqual(audit.map((row) => row.id));
    expect(events[1]?.caller).toEqual(mcp);
  });

  it('the audit row of a successful write commits with it, in the same transaction', async () => {
    const { cartridge, executorWith } = setup();
    const result = await executorWith().execute('test_save', { key: 'a' }, { caller: person });
    if (!result.ok) throw new Error(result.error.message);
    const row = cartridge.db
      .prepare('SELECT a.id AS id, m.key AS key FROM audit a, memory m WHERE a.id = ?')
      .get(result.auditId);
    expect(row).toEqual({ id: result.auditId, key: 'a' });
    expect(result.text).toBe('{"saved":"a"}');
    expect(result.durationMs).toBeGreaterThanOrEqual(0);
  });
});

describe('an error of any size', () => {
  it('is cut to 2,000 characters, saying how much was left out, in the result and the audit row', async () => {
    const huge = defineTool({
      name: 'test_huge_error',
      title: 'Throws a huge error',
      description: 'Throws a 5 MB error message, as a hostile skill might.',
      risk: 'read',
      input: z.object({}),
      output: z.object({}),
      examples: [],
      run: () => {
        throw new Error('E'.repeat(5 * 1024 * 1024));
      },
    });
    const { cartridge, executor } = testRuntime({ capabilities: [huge] });
    const error = expectFailure(await executor.execute('test_huge_error', {}, { caller: person }));
    expect(error.message.length).toBeLessThan(2_100);
    expect(error.message).toMatch(/… \(\d+ more characters left out\)$/);
    expect(cartridge.audit.list()[0]?.error?.length).toBeLessThan(2_100);
  });
});
