import { afterAll, describe, expect, it } from 'vitest';
import { type CallHandler, createSandbox, type SandboxResult } from './host.js';

const sandbox = createSandbox();
afterAll(() => sandbox.close());

/** A tools.js with one tool `x` whose run body is `body`. */
const tool = (body: string) => `export const tools = [{ name: 'x', description: 'x', risk: 'read',
  input: { type: 'object' }, async run(input, fazt) { ${body} } }];`;

const run = (
  body: string,
  onCall?: CallHandler,
  input: unknown = {},
  cpuMs?: number,
): Promise<SandboxResult> =>
  sandbox.run(
    {
      kind: 'tool',
      tool: 'x',
      input,
      files: { 'tools.js': tool(body) },
      ...(cpuMs ? { limits: { cpuMs } } : {}),
    },
    onCall,
  );

/** After any fault the next call must work. */
const healthy = async () => {
  const result = await run('return input.n * 2;', undefined, { n: 21 });
  expect(result).toMatchObject({ ok: true, value: 42 });
};

describe('the skill sandbox', () => {
  it('runs a tool, passes input in, JSON out, and captures console', async () => {
    const result = await run('console.log("hi", input); return { doubled: input.n * 2 };', undefined, {
      n: 4,
    });
    expect(result).toEqual({ ok: true, value: { doubled: 8 }, logs: ['hi {"n":4}'], calls: 0 });
  });

  it('has no host process, require, fetch, import or host globals', async () => {
    const result = await run(`return {
      process: typeof process, require: typeof require, fetch: typeof fetch, module: typeof module,
      setTimeout: typeof setTimeout, bridge: typeof __faztHostCall, buffer: typeof Buffer,
      globalProcess: typeof globalThis.process, wasm: typeof WebAssembly, worker: typeof postMessage,
    };`);
    expect(result.ok && result.value).toEqual({
      process: 'undefined',
      require: 'undefined',
      fetch: 'undefined',
      module: 'undefined',
      setTimeout: 'undefined',
      bridge: 'undefined',
      buffer: 'undefined',
      globalProcess: 'undefined',
      wasm: 'undefined',
      worker: 'undefined',
    });
  });

  it('constructor-chain tricks reach only the isolate’s own global', async () => {
    const result = await run(`
      const g1 = (function () { return this; }).constructor('return this')();
      const g2 = fazt.call.constructor.constructor('return this')();
      const g3 = console.log.constructor('return typeof process')();
      const g4 = Object.getPrototypeOf(async function () {}).constructor('return typeof require')();
      return [typeof g1.process, typeof g2.process, g3, await g4, g1 === globalThis];`);
    expect(result.ok && result.value).toEqual(['undefined', 'undefined', 'undefined', 'undefined', true]);
  });

  it('refuses dynamic import of node:fs and static imports', async () => {
    const dynamic = await run(
      'const fs = await import("node:fs"); return fs.readFileSync("/etc/passwd", "utf8");',
    );
    expect(dynamic.ok).toBe(false);
    expect(!dynamic.ok && dynamic.error.message).toMatch(/could not load module 'node:fs'/);
    const stat = await sandbox.run({
      kind: 'describe',
      files: { 'tools.js': 'import fs from "fs"; export const tools = [];' },
    });
    expect(stat.ok).toBe(false);
  });

  it('ends an infinite loop within 5 s with a clear error, then works again', async () => {
    const started = performance.now();
    const result = await run('for (;;) {}');
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatchObject({ code: 'cpu_limit' });
    expect(!result.ok && result.error.message).toMatch(/CPU time/);
    await healthy();
  });

  it('ends memory bombs with a clear error, then works again', async () => {
    // A generous CPU budget, so that only the memory limit can stop them on a slow machine.
    for (const bomb of [
      'const a = []; for (;;) a.push("x".repeat(1e6) + a.length);',
      'const a = []; for (;;) a.push({ i: a.length, s: "xxxxxxxxxxxxxxxxxxxxxxxx" + a.length });',
    ]) {
      const result = await run(bomb, undefined, {}, 20_000);
      expect(!result.ok && result.error).toMatchObject({ code: 'memory_limit' });
      expect(!result.ok && result.error.message).toMatch(/more than 32 MB of memory/);
      await healthy();
    }
  });

  it('a bomb that is slow in native code is stopped from outside', async () => {
    const result = await run('const a = []; for (;;) a.push(new Array(1e6).fill(a.length));');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.message).toMatch(/memory|CPU time|did not finish/);
    await healthy();
  });

  it('ends deep recursion as a stack overflow, not a crash', async () => {
    const result = await run('const f = (n) => f(n + 1) + 1; return f(0);');
    expect(result.ok).toBe(false);
    await healthy();
  });

  it('refuses a huge return value', async () => {
    const result = await run('return "x".repeat(2_000_000);');
    expect(!result.ok && result.error).toMatchObject({ code: 'output_limit' });
    await healthy();
  });

  it('refuses a promise that never settles instead of hanging', async () => {
    const result = await run('return new Promise(() => {});');
    expect(!result.ok && result.error).toMatchObject({ code: 'never_settles' });
    await healthy();
  });

  it('gives values back as JSON: prototype pollution cannot reach the host', async () => {
    const result = await run(`
      Object.prototype.polluted = 'yes';
      return JSON.parse('{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}}');`);
    expect(result.ok).toBe(true);
    const value = (result as { value: Record<string, unknown> }).value;
    const copy = { ...value };
    Object.assign({}, value);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(copy).toBeTypeOf('object');
  });

  it('sends fazt.call to the host handler and returns its answer; errors become throws', async () => {
    const seen: unknown[] = [];
    const onCall: CallHandler = async (name, input) => {
      seen.push([name, input]);
      return name === 'notes_list'
        ? { ok: true, output: { total: 3 } }
        : { ok: false, error: { code: 'denied', message: `may not call ${name}` } };
    };
    const result = await run(
      `const list = await fazt.call('notes_list', { limit: 2 });
       let refused;
       try { await fazt.call('memory_forget', { key: 'x' }); } catch (error) { refused = error.message + ' ' + error.code; }
       return { total: list.total, refused };`,
      onCall,
    );
    expect(result).toMatchObject({
      ok: true,
      value: { total: 3, refused: 'may not call memory_forget denied' },
      calls: 2,
    });
    expect(seen).toEqual([
      ['notes_list', { limit: 2 }],
      ['memory_forget', { key: 'x' }],
    ]);
  });

  it('caps the number of fazt.calls per call', async () => {
    const result = await run(
      `let refused = 0;
       for (let i = 0; i < 60; i++) { try { await fazt.call('notes_list', {}); } catch { refused++; } }
       return refused;`,
      async () => ({ ok: true, output: {} }),
    );
    expect(result).toMatchObject({ ok: true, value: 10, calls: 60 });
  });

  it('keeps a skill version warm between calls; another version, a throw or a limit starts it fresh', async () => {
    const counter = (label: string) =>
      `export const tools = [{ name: 'x', description: 'x', risk: 'read', input: { type: 'object' },
        async run(input) {
          globalThis.count = (globalThis.count || 0) + 1;
          console.log('${label} call ' + globalThis.count);
          if (input.loop) for (;;) {}
          if (input.throw) throw new Error('boom');
          return { label: '${label}', count: globalThis.count };
        } }];`;
    const call = (label: string, input: Record<string, unknown> = {}) =>
      sandbox.run({
        kind: 'tool',
        tool: 'x',
        input,
        files: { 'tools.js': counter(label) },
        limits: { cpuMs: 300 },
      });
    const starts = sandbox.starts;
    expect(await call('v1')).toEqual({
      ok: true,
      value: { label: 'v1', count: 1 },
      logs: ['v1 call 1'],
      calls: 0,
    });
    // Warm: the module's state lasts; the console starts empty for each call.
    expect(await call('v1')).toEqual({
      ok: true,
      value: { label: 'v1', count: 2 },
      logs: ['v1 call 2'],
      calls: 0,
    });
    // Another version (other code) never shares it.
    expect(await call('v2')).toMatchObject({ ok: true, value: { label: 'v2', count: 1 } });
    expect(await call('v1')).toMatchObject({ ok: true, value: { count: 3 } });
    expect(sandbox.starts).toBe(starts);
    // A throw drops the warm state: the next call starts fresh.
    expect(await call('v1', { throw: true })).toMatchObject({ ok: false, error: { code: 'script_error' } });
    expect(await call('v1')).toMatchObject({ ok: true, value: { count: 1 } });
    // The CPU limit holds on a warm environment; the next call works, fresh.
    expect(await call('v1', { loop: true })).toMatchObject({ ok: false, error: { code: 'cpu_limit' } });
    expect(await call('v1')).toMatchObject({ ok: true, value: { count: 1 } });
  });

  it('a crashed worker is replaced for the next call', async () => {
    const before = sandbox.starts;
    await run('for (;;) {}');
    await healthy();
    expect(sandbox.starts).toBeGreaterThan(before);
  });
});
