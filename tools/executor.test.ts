import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Caller } from '../cartridge/audit.js';
import { UsageError } from '../cartridge/errors.js';
import { type Cartridge, openCartridge } from '../cartridge/open.js';
import type { ApprovalPolicy } from './approval.js';
import { type AnyTool, defineTool } from './define-tool.js';
import { createExecutor, type Executor } from './executor.js';
import { createRegistry } from './registry.js';
import type { ToolResult } from './tool-result.js';

const person: Caller = { kind: 'person', id: 'cli' };
let dir: string;
let cartridge: Cartridge;
let calls: string[];

/** Tools made for these tests: each records that it ran, and writes real rows. */
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
    cart.memory.remember(key, 'value');
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
    return { count: cart.memory.count() };
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
    return { wiped: Boolean(cart.memory.forget(key)) };
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
    cart.memory.remember('first', 1);
    emit('memory.remembered', { key: 'first', value: 1, previous: null });
    await new Promise((resolve) => setTimeout(resolve, 5));
    cart.notes.add('second');
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
    cart.memory.remember('liar', 1);
    return { count: 'many' } as unknown as { count: number };
  },
});

/** Writes, then waits to be told to finish; honours its signal. */
let release: () => void = () => {};
const slow = defineTool({
  name: 'test_slow',
  title: 'Slow',
  description: 'Waits.',
  risk: 'write',
  input: z.object({}),
  output: z.object({ done: z.boolean() }),
  examples: [],
  async run(_input, { cartridge: cart, signal }) {
    cart.memory.remember('slow', 1);
    await new Promise<void>((resolve) => {
      release = resolve;
      signal.addEventListener('abort', () => resolve(), { once: true });
    });
    return { done: true };
  },
});

const tools: AnyTool[] = [save, read, wipe, fetchTool, halfway, liar, slow];

function executorWith(policy?: ApprovalPolicy): Executor {
  return createExecutor({ cartridge, registry: createRegistry(tools), ...(policy ? { policy } : {}) });
}

const count = (sql: string) => (cartridge.db.prepare(sql).get() as { n: number }).n;
const snapshot = () => ({
  memory: count('SELECT count(*) AS n FROM memory'),
  notes: count('SELECT count(*) AS n FROM notes'),
  domainEvents: count("SELECT count(*) AS n FROM events WHERE type != 'tool.called'"),
});
const toolCalledEvents = () =>
  cartridge.events
    .query({ type: 'tool.called', limit: 1000 })
    .map((event) => event.data as { tool: string; outcome: string; auditId: number; caller: Caller });

function expectFailure(result: ToolResult) {
  if (result.ok) throw new Error(`expected a failure, got ${JSON.stringify(result.output)}`);
  return result.error;
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'fazt-executor-'));
  cartridge = openCartridge(join(dir, 'fazt.db'));
  calls = [];
});
afterEach(() => {
  cartridge.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('validation', () => {
  it('names every bad field and what was expected, and never runs the tool', async () => {
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
    const error = expectFailure(await executorWith().execute('test_save', { key: 42 }, { caller: person }));
    expect(error.issues).toEqual([
      { path: 'key', message: 'Invalid input: expected string, received number' },
    ]);
  });

  it('treats a missing input as {} and a non-object as invalid', async () => {
    expect((await executorWith().execute('test_read', undefined, { caller: person })).ok).toBe(true);
    const error = expectFailure(await executorWith().execute('test_save', 'key', { caller: person }));
    expect(error.code).toBe('invalid_input');
    expect(error.issues?.[0]?.path).toBe('');
  });

  it('applies defaults before the tool runs', async () => {
    const result = await executorWith().execute('test_save', { key: 'a' }, { caller: person });
    expect(result.ok).toBe(true);
    expect(cartridge.audit.list()[0]?.input).toBe('{"key":"a","count":1}');
  });

  it('an unknown tool names the closest ones and runs nothing', async () => {
    const error = expectFailure(await executorWith().execute('test_sav', {}, { caller: person }));
    expect(error.code).toBe('unknown_tool');
    expect(error.suggestions?.[0]).toBe('test_save');
    expect(error.message).toMatch(/no tool named "test_sav".*Did you mean test_save/);
    expect(calls).toEqual([]);
  });
});

describe('approval policy', () => {
  it('read, write and external tools run without approval', async () => {
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
    const executor = executorWith();
    await executor.execute('test_save', { key: 'keep me' }, { caller: person });
    const error = expectFailure(await executor.execute('test_wipe', { key: 'keep me' }, { caller: person }));
    expect(error.code).toBe('needs_approval');
    expect(error.message).toMatch(/test_wipe is destructive.*Nothing was changed/);
    expect(calls).toEqual(['test_save']);
    expect(cartridge.memory.get('keep me')).toBeDefined();
    expect(cartridge.audit.list()[0]).toMatchObject({ tool: 'test_wipe', outcome: 'needs_approval' });
  });

  it('a destructive tool runs when the caller approved it', async () => {
    const executor = executorWith();
    await executor.execute('test_save', { key: 'gone' }, { caller: person });
    const result = await executor.execute('test_wipe', { key: 'gone' }, { caller: person, approved: true });
    expect(result).toMatchObject({ ok: true, output: { wiped: true } });
    expect(cartridge.memory.get('gone')).toBeUndefined();
  });

  it('a policy can deny, and sees the tool, the parsed input and the caller', async () => {
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
    const before = snapshot();
    const error = expectFailure(
      await executorWith().execute('test_halfway', { error: 'plain' }, { caller: person }),
    );
    expect(error).toEqual({ code: 'failed', message: 'test_halfway failed: disk on fire' });
    expect(snapshot()).toEqual(before);
    expect(cartridge.audit.list()[0]).toMatchObject({ tool: 'test_halfway', outcome: 'error' });
  });

  it('a usage error thrown by a tool becomes invalid_input, still rolled back', async () => {
    const error = expectFailure(
      await executorWith().execute('test_halfway', { error: 'usage' }, { caller: person }),
    );
    expect(error).toEqual({ code: 'invalid_input', message: 'The widget must be blue.' });
    expect(snapshot()).toEqual({ memory: 0, notes: 0, domainEvents: 0 });
  });

  it('output that breaks the output schema is a failure, and its writes are undone', async () => {
    const error = expectFailure(await executorWith().execute('test_liar', {}, { caller: person }));
    expect(error.code).toBe('failed');
    expect(error.message).toMatch(
      /test_liar returned output that does not match its schema.*nothing was saved/,
    );
    expect(cartridge.memory.get('liar')).toBeUndefined();
  });

  it('the executor keeps working after a failure (no transaction left open)', async () => {
    const executor = executorWith();
    await executor.execute('test_halfway', { error: 'plain' }, { caller: person });
    expect(cartridge.db.inTransaction).toBe(false);
    expect((await executor.execute('test_save', { key: 'after' }, { caller: person })).ok).toBe(true);
    expect(cartridge.memory.get('after')).toBeDefined();
  });
});

describe('abort', () => {
  it('an already aborted signal runs nothing', async () => {
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
    const controller = new AbortController();
    const pending = executorWith().execute('test_slow', {}, { caller: person, signal: controller.signal });
    await new Promise((resolve) => setTimeout(resolve, 10));
    controller.abort();
    const error = expectFailure(await pending);
    expect(error.code).toBe('aborted');
    expect(cartridge.memory.get('slow')).toBeUndefined();
    expect(cartridge.audit.list()[0]).toMatchObject({ tool: 'test_slow', outcome: 'error' });
  });

  it('a slow write holds the write lock: a second write waits and both commit', async () => {
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
