/**
 * The sandbox worker: a worker thread that runs skill code in QuickJS compiled to WebAssembly.
 * Each job gets a fresh QuickJS runtime and context with a memory limit, a stack limit and an
 * interrupt handler enforcing the CPU budget; the only globals beyond the language are `fazt`
 * and a captured `console` (installed by the prelude, which arrives in `workerData`). No module
 * loader is set, so `import` of anything fails. `fazt.call` posts a request to the parent thread
 * and resolves when the parent answers; the parent alone decides whether the call is granted.
 *
 * This file runs as a worker entry straight from source (Node strips the types) and as
 * `dist/sandbox-worker.js`, so it imports nothing of fazt's own.
 */
import { parentPort, workerData } from 'node:worker_threads';
import {
  newQuickJSWASMModuleFromVariant,
  newVariant,
  type QuickJSContext,
  type QuickJSHandle,
  type QuickJSRuntime,
  RELEASE_SYNC,
} from 'quickjs-emscripten';

/** One job, as the host sends it (see host.ts). */
interface Job {
  id: number;
  kind: 'describe' | 'tool' | 'tests';
  /** Path in the skill folder → text: `tools.js`, `tests/a.test.js`, … */
  files: Record<string, string>;
  tool?: string;
  input?: string;
  limits: { cpuMs: number; memoryBytes: number; outputChars: number; logChars: number; stackBytes: number };
}

type HostMessage =
  | { type: 'job'; job: Job }
  | { type: 'call-result'; id: number; callId: number; json: string };

interface JobError {
  code: 'cpu_limit' | 'memory_limit' | 'output_limit' | 'never_settles' | 'script_error' | 'bad_skill';
  message: string;
}

class JobFailure extends Error {
  readonly failure: JobError;
  constructor(failure: JobError) {
    super(failure.message);
    this.failure = failure;
  }
}

const port = parentPort!;
const { prelude, memoryBytes } = workerData as { prelude: string; memoryBytes: number };
const PAGE = 65_536;
/**
 * The WebAssembly memory, capped. QuickJS's own malloc limit is not reliable in this build (it
 * cannot measure block sizes, "malloc_usable_size unavailable", and 1 MB strings slipped past a
 * 32 MB limit in tests), so the engine itself refuses to grow the heap past 16 MB (QuickJS's
 * start) plus twice the job limit: QuickJS then throws "out of memory".
 */
// Node's types declare WebAssembly as a namespace only (no DOM lib here); the global is the real one.
type WasmMemory = Parameters<typeof newVariant>[1] extends infer Options
  ? Options extends { wasmMemory?: infer M }
    ? Exclude<M, () => unknown>
    : never
  : never;
const { Memory } = (
  globalThis as unknown as {
    WebAssembly: { Memory: new (descriptor: { initial: number; maximum: number }) => WasmMemory };
  }
).WebAssembly;
const memory = new Memory({
  initial: 256,
  maximum: 256 + Math.ceil((2 * memoryBytes) / PAGE),
});
const quickjs = await newQuickJSWASMModuleFromVariant(newVariant(RELEASE_SYNC, { wasmMemory: memory }));
const heapBytes = (): number => memory.buffer.byteLength;
const replies = new Map<number, (json: string) => void>();
/** Numbers `fazt.call` requests across jobs, so a late answer can never reach the wrong job. */
let lastCallId = 0;
let waiting: (() => void) | undefined;

port.on('message', (message: HostMessage) => {
  if (message.type === 'call-result') {
    replies.get(message.callId)?.(message.json);
    replies.delete(message.callId);
    waiting?.();
    return;
  }
  void runJob(message.job);
});

async function runJob(job: Job): Promise<void> {
  const runtime = quickjs.newRuntime();
  const context = runtime.newContext();
  const budget = { used: 0, since: 0, inside: false, interrupted: false, memory: false };
  const heapStart = heapBytes();
  runtime.setMemoryLimit(job.limits.memoryBytes);
  runtime.setMaxStackSize(job.limits.stackBytes);
  runtime.setInterruptHandler(() => {
    if (heapBytes() - heapStart > job.limits.memoryBytes) {
      budget.memory = true;
      return true;
    }
    if (!budget.inside) return false;
    const over = budget.used + (performance.now() - budget.since) > job.limits.cpuMs;
    if (over) budget.interrupted = true;
    return over;
  });
  let restart = false;
  const logs: string[] = [];
  try {
    const value = await execute(job, runtime, context, budget);
    if (value.length > job.limits.outputChars) {
      throw new JobFailure({
        code: 'output_limit',
        message: `the result is ${value.length} characters of JSON, more than the limit of ${job.limits.outputChars}`,
      });
    }
    logs.push(...readLogs(context));
    port.postMessage({ type: 'done', id: job.id, ok: true, json: value, logs });
  } catch (error) {
    const failure: JobError =
      error instanceof JobFailure
        ? error.failure
        : { code: 'script_error', message: error instanceof Error ? error.message : String(error) };
    // After running out of memory or time QuickJS may hold half-built objects: start clean.
    restart = failure.code === 'memory_limit' || failure.code === 'cpu_limit';
    if (!restart) logs.push(...readLogs(context));
    port.postMessage({ type: 'done', id: job.id, ok: false, error: failure, logs, restart });
  } finally {
    replies.clear();
    if (!restart) {
      try {
        context.dispose();
        runtime.dispose();
      } catch {
        // A runtime that failed mid-job may not free cleanly; the host restarts this worker.
        port.postMessage({ type: 'restart' });
      }
    }
  }
}

function readLogs(context: QuickJSContext): string[] {
  try {
    const result = context.evalCode('__faztJobs.logs()', 'logs.js', { type: 'global' });
    if (result.error) {
      result.error.dispose();
      return [];
    }
    const text = context.getString(result.value);
    result.value.dispose();
    return JSON.parse(text) as string[];
  } catch {
    return [];
  }
}

type Budget = { used: number; since: number; inside: boolean; interrupted: boolean; memory: boolean };

/** Runs `fn` inside QuickJS, counting its time against the job's CPU budget. */
function inside<T>(budget: Budget, fn: () => T): T {
  budget.inside = true;
  budget.since = performance.now();
  try {
    return fn();
  } finally {
    budget.used += performance.now() - budget.since;
    budget.inside = false;
  }
}

async function execute(job: Job, runtime: QuickJSRuntime, context: QuickJSContext, budget: Budget) {
  let pending = 0;
  const hostCall = context.newFunction('__faztHostCall', (toolHandle, inputHandle) => {
    const tool = context.getString(toolHandle);
    const input = context.getString(inputHandle);
    const deferred = context.newPromise();
    lastCallId += 1;
    const id = lastCallId;
    pending += 1;
    replies.set(id, (json) => {
      pending -= 1;
      const text = context.newString(json);
      deferred.resolve(text);
      text.dispose();
    });
    port.postMessage({ type: 'call', id: job.id, callId: id, tool, input });
    return deferred.handle;
  });
  context.setProp(context.global, '__faztHostCall', hostCall);
  hostCall.dispose();
  const limits = context.newString(JSON.stringify(job.limits));
  context.setProp(context.global, '__faztLimits', limits);
  limits.dispose();

  const fail = (handle: QuickJSHandle): never => {
    const message = describeError(context, handle);
    handle.dispose();
    if (budget.memory || /out of memory/i.test(message)) {
      throw new JobFailure({
        code: 'memory_limit',
        message: `the skill's code used more than ${Math.round(job.limits.memoryBytes / 1048576)} MB of memory and was stopped`,
      });
    }
    if (budget.interrupted) {
      throw new JobFailure({
        code: 'cpu_limit',
        message: `the skill's code ran for more than ${job.limits.cpuMs} ms of CPU time and was stopped (an endless loop?)`,
      });
    }
    if (/stack overflow/i.test(message)) {
      throw new JobFailure({
        code: 'memory_limit',
        message: `the skill's code overflowed its stack (${message})`,
      });
    }
    throw new JobFailure({ code: 'script_error', message });
  };
  const evaluate = (code: string, file: string, type: 'global' | 'module'): QuickJSHandle => {
    const result = inside(budget, () => context.evalCode(code, file, { type, strict: true }));
    if (result.error) return fail(result.error);
    return result.value;
  };
  /** Runs jobs until `handle` (maybe a promise) settles; host calls are awaited in between. */
  const settle = async (handle: QuickJSHandle): Promise<QuickJSHandle> => {
    for (;;) {
      const state = context.getPromiseState(handle);
      if (state.type === 'fulfilled') {
        if (state.notAPromise) return handle;
        handle.dispose();
        return state.value;
      }
      if (state.type === 'rejected') {
        handle.dispose();
        return fail(state.error);
      }
      const jobs = inside(budget, () => runtime.executePendingJobs());
      if (jobs.error) {
        handle.dispose();
        return fail(jobs.error);
      }
      if (jobs.value > 0) continue;
      if (pending === 0) {
        handle.dispose();
        throw new JobFailure({
          code: 'never_settles',
          message: 'the skill returned a promise that never settles (nothing is left that could settle it)',
        });
      }
      await new Promise<void>((resolve) => {
        waiting = resolve;
      });
      waiting = undefined;
    }
  };
  const text = (handle: QuickJSHandle): string => {
    const value = context.getString(handle);
    handle.dispose();
    return value;
  };

  evaluate(prelude, 'prelude.js', 'global').dispose();
  const source = job.files['tools.js'];
  let exportsHandle: QuickJSHandle | undefined;
  if (source !== undefined) {
    exportsHandle = await settle(evaluate(source, 'tools.js', 'module'));
    context.setProp(context.global, '__faztExports', exportsHandle);
    exportsHandle.dispose();
  } else {
    context.setProp(context.global, '__faztExports', context.undefined);
  }

  const call = async (expression: string, file: string) =>
    text(await settle(evaluate(expression, file, 'global')));
  if (job.kind === 'describe') return call('__faztJobs.describe(__faztExports)', 'describe.js');
  if (job.kind === 'tool') {
    const input = context.newString(job.input ?? '{}');
    context.setProp(context.global, '__faztInput', input);
    input.dispose();
    return call(`__faztJobs.tool(__faztExports, ${JSON.stringify(job.tool)}, __faztInput)`, 'run.js');
  }
  evaluate('__faztJobs.prepareTests(__faztExports)', 'tests.js', 'global').dispose();
  const testFiles = Object.keys(job.files)
    .filter((name) => /^tests\/[^/]+\.test\.js$/.test(name))
    .sort();
  for (const name of testFiles) {
    evaluate(`__faztJobs.enterFile(${JSON.stringify(name)})`, 'tests.js', 'global').dispose();
    try {
      (await settle(evaluate(job.files[name]!, name, 'module'))).dispose();
    } catch (error) {
      if (error instanceof JobFailure && error.failure.code !== 'script_error') throw error;
      const message = context.newString(error instanceof Error ? error.message : String(error));
      context.setProp(context.global, '__faztFileError', message);
      message.dispose();
      evaluate('__faztJobs.fileFailed(__faztFileError)', 'tests.js', 'global').dispose();
    }
  }
  return call('__faztJobs.runTests()', 'tests.js');
}

/** An exception handle as one line: `TypeError: x is not a function (tools.js:3)`. */
function describeError(context: QuickJSContext, handle: QuickJSHandle): string {
  try {
    const error = context.dump(handle) as unknown;
    if (error && typeof error === 'object') {
      const { name, message, stack } = error as { name?: string; message?: string; stack?: string };
      const where =
        /\((tools\.js|tests\/[^:)]+):(\d+)/.exec(stack ?? '') ??
        /at (tools\.js|tests\/\S+):(\d+)/.exec(stack ?? '');
      const place = where ? ` (${where[1]}:${where[2]})` : '';
      return `${name && name !== 'Error' ? `${name}: ` : ''}${message ?? String(error)}${place}`;
    }
    return String(error);
  } catch {
    return 'the skill threw something that cannot be shown';
  }
}
