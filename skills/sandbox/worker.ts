/**
 * The sandbox worker: a worker thread that runs skill code in QuickJS compiled to WebAssembly.
 * Each job runs in a QuickJS runtime and context with a memory limit, a stack limit and an
 * interrupt handler enforcing the CPU budget (fresh per job, except that `tool` jobs of the same
 * code reuse a warm one, see `warm`); the only globals beyond the language are `fazt`
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

type Budget = { used: number; since: number; inside: boolean; interrupted: boolean; memory: boolean };

/** What the interrupt handler and the `fazt.call` bridge of an environment read: the job running now. */
interface Session {
  jobId: number;
  pending: number;
  budget: Budget;
  limits: Job['limits'];
  heapStart: number;
}

/**
 * One QuickJS runtime and context with the prelude evaluated and, once warm, a skill's tools.js
 * evaluated. Kept between `tool` jobs of the same code (see `warm`), so a warm call skips the
 * runtime, the prelude and the module's compilation.
 */
interface Environment {
  runtime: QuickJSRuntime;
  context: QuickJSContext;
  session: Session;
  /** tools.js has been evaluated and its exports stored in `__faztExports`. */
  loaded: boolean;
}

/**
 * Warm environments of `tool` jobs by limits and tools.js text (so one skill version's calls
 * share one, and two versions or two skills never do), least recently used first. A skill's
 * module state therefore lasts between calls of the same version, as a loaded module's would;
 * each call still gets its own CPU budget, memory check, console and call count. An environment
 * is dropped after any failure (a limit, a throw, a promise left pending): the next call of
 * that skill starts fresh. Faults that may corrupt QuickJS (time, memory) restart the whole worker.
 */
const warm = new Map<string, Environment>();
const MAX_WARM = 8;

function fresh(): Budget {
  return { used: 0, since: 0, inside: false, interrupted: false, memory: false };
}

function createEnvironment(job: Job): Environment {
  const runtime = quickjs.newRuntime();
  const context = runtime.newContext();
  const session: Session = { jobId: job.id, pending: 0, budget: fresh(), limits: job.limits, heapStart: 0 };
  runtime.setMemoryLimit(job.limits.memoryBytes);
  runtime.setMaxStackSize(job.limits.stackBytes);
  runtime.setInterruptHandler(() => {
    const { budget, limits } = session;
    if (heapBytes() - session.heapStart > limits.memoryBytes) {
      budget.memory = true;
      return true;
    }
    if (!budget.inside) return false;
    const over = budget.used + (performance.now() - budget.since) > limits.cpuMs;
    if (over) budget.interrupted = true;
    return over;
  });
  const hostCall = context.newFunction('__faztHostCall', (toolHandle, inputHandle) => {
    const tool = context.getString(toolHandle);
    const input = context.getString(inputHandle);
    const deferred = context.newPromise();
    lastCallId += 1;
    const id = lastCallId;
    session.pending += 1;
    replies.set(id, (json) => {
      session.pending -= 1;
      const text = context.newString(json);
      deferred.resolve(text);
      text.dispose();
    });
    port.postMessage({ type: 'call', id: session.jobId, callId: id, tool, input });
    return deferred.handle;
  });
  context.setProp(context.global, '__faztHostCall', hostCall);
  hostCall.dispose();
  const limits = context.newString(JSON.stringify(job.limits));
  context.setProp(context.global, '__faztLimits', limits);
  limits.dispose();
  return { runtime, context, session, loaded: false };
}

function dispose(environment: Environment): boolean {
  try {
    environment.context.dispose();
    environment.runtime.dispose();
    return true;
  } catch {
    return false;
  }
}

async function runJob(job: Job): Promise<void> {
  const source = job.files['tools.js'];
  const key =
    job.kind === 'tool' && source !== undefined
      ? `${job.limits.memoryBytes}:${job.limits.stackBytes}:${job.limits.logChars}:${source}`
      : undefined;
  let environment = key === undefined ? undefined : warm.get(key);
  if (environment && key !== undefined) warm.delete(key);
  environment ??= createEnvironment(job);
  const { session, context, runtime } = environment;
  session.jobId = job.id;
  session.pending = 0;
  session.budget = fresh();
  session.limits = job.limits;
  session.heapStart = heapBytes();
  let restart = false;
  let keep = false;
  const logs: string[] = [];
  try {
    const value = await execute(job, environment);
    if (value.length > job.limits.outputChars) {
      throw new JobFailure({
        code: 'output_limit',
        message: `the result is ${value.length} characters of JSON, more than the limit of ${job.limits.outputChars}`,
      });
    }
    logs.push(...readLogs(context));
    // Warm only what ended cleanly: no fazt.call left unanswered, no queued promise job.
    keep = key !== undefined && session.pending === 0 && !runtime.hasPendingJob();
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
    if (restart) {
      // The host replaces this worker; nothing here is reused.
    } else if (keep && key !== undefined) {
      warm.set(key, environment);
      while (warm.size > MAX_WARM) {
        const [oldest, dropped] = warm.entries().next().value as [string, Environment];
        warm.delete(oldest);
        if (!dispose(dropped)) port.postMessage({ type: 'restart' });
      }
    } else if (!dispose(environment)) {
      // A runtime that failed mid-job may not free cleanly; the host restarts this worker.
      port.postMessage({ type: 'restart' });
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

async function execute(job: Job, environment: Environment) {
  const { runtime, context, session } = environment;
  const { budget } = session;

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
      if (session.pending === 0) {
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

  if (!environment.loaded) {
    evaluate(prelude, 'prelude.js', 'global').dispose();
    const source = job.files['tools.js'];
    if (source !== undefined) {
      const exportsHandle = await settle(evaluate(source, 'tools.js', 'module'));
      context.setProp(context.global, '__faztExports', exportsHandle);
      exportsHandle.dispose();
    } else {
      context.setProp(context.global, '__faztExports', context.undefined);
    }
    environment.loaded = true;
  } else {
    evaluate('__faztJobs.resetLogs()', 'reset.js', 'global').dispose();
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
