import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { PRELUDE } from './prelude.js';

/** Hard limits for one sandbox job (one tool call, one test run, one describe). */
export interface SandboxLimits {
  /** CPU time inside QuickJS, in ms; time waiting for `fazt.call` answers does not count. */
  cpuMs: number;
  /** QuickJS heap, in bytes. */
  memoryBytes: number;
  /** QuickJS stack, in bytes. */
  stackBytes: number;
  /** The result as JSON, in characters. */
  outputChars: number;
  /** Captured console output, in characters (more is cut, not an error). */
  logChars: number;
  /** `fazt.call`s per job; more are refused. */
  maxCalls: number;
}

export const DEFAULT_LIMITS: SandboxLimits = {
  cpuMs: 2_000,
  memoryBytes: 32 * 1024 * 1024,
  stackBytes: 512 * 1024,
  outputChars: 1_000_000,
  logChars: 20_000,
  maxCalls: 50,
};

/** What skill code sends to the host: describe its tools, run one, or run its tests. */
export interface SandboxJob {
  kind: 'describe' | 'tool' | 'tests';
  /** The skill's files by path (`tools.js`, `tests/x.test.js`); only JavaScript is needed. */
  files: Readonly<Record<string, string>>;
  tool?: string;
  input?: unknown;
  limits?: Partial<SandboxLimits>;
}

export type SandboxErrorCode =
  | 'cpu_limit'
  | 'memory_limit'
  | 'output_limit'
  | 'never_settles'
  | 'script_error'
  | 'bad_skill'
  | 'crashed';

export type CallReply =
  | { ok: true; output: unknown }
  | { ok: false; error: { code: string; message: string } };

/** Answers a `fazt.call(tool, input)` from inside the sandbox (grants are checked by the caller). */
export type CallHandler = (tool: string, input: unknown) => Promise<CallReply>;

export type SandboxResult =
  | { ok: true; value: unknown; logs: string[]; calls: number }
  | { ok: false; error: { code: SandboxErrorCode; message: string }; logs: string[]; calls: number };

export interface Sandbox {
  run(job: SandboxJob, onCall?: CallHandler): Promise<SandboxResult>;
  /** How many times the worker was started (1 after the first job; more after faults). */
  readonly starts: number;
  close(): Promise<void>;
}

type WorkerMessage =
  | { type: 'call'; id: number; callId: number; tool: string; input: string }
  | { type: 'done'; id: number; ok: true; json: string; logs: string[] }
  | {
      type: 'done';
      id: number;
      ok: false;
      error: { code: SandboxErrorCode; message: string };
      logs: string[];
      restart?: boolean;
    }
  | { type: 'restart' };

/** Beyond the CPU budget, how long a silent worker gets before it is killed and replaced. */
const WATCHDOG_GRACE_MS = 3_000;

function workerUrl(): URL {
  // In dist/ this module is a chunk next to sandbox-worker.js; in the source tree, next to worker.ts.
  const built = new URL('./sandbox-worker.js', import.meta.url);
  return existsSync(fileURLToPath(built)) ? built : new URL('./worker.ts', import.meta.url);
}

const refuse = (message: string): CallReply => ({ ok: false, error: { code: 'denied', message } });

/**
 * Runs skill code in QuickJS inside a worker thread, one job at a time. The worker is started on
 * the first job (never at fazt start-up) and replaced after any fault: a job that ran out of time
 * or memory, a worker that crashed, or one silent for longer than its CPU budget plus a grace
 * period (then it is terminated from outside, which in-isolate limits cannot guarantee). A fault
 * ends only that job, with a clear error; the next job runs in a fresh worker.
 */
export function createSandbox(): Sandbox {
  let worker: Worker | undefined;
  let starts = 0;
  let nextId = 0;
  let queue: Promise<unknown> = Promise.resolve();

  const stop = async () => {
    const current = worker;
    worker = undefined;
    if (current) await current.terminate();
  };

  const start = (): Worker => {
    if (worker) return worker;
    starts += 1;
    worker = new Worker(workerUrl(), {
      workerData: { prelude: PRELUDE, memoryBytes: DEFAULT_LIMITS.memoryBytes },
      resourceLimits: { maxOldGenerationSizeMb: 96, maxYoungGenerationSizeMb: 16 },
      stdout: true,
      stderr: true,
    });
    worker.unref();
    // A worker asks to be replaced when it could not free a runtime (QuickJS aborts in
    // JS_FreeRuntime after e.g. an over-long result); that can come after its job has finished
    // and no job listens any more. Left running, the aborted worker kept the CLI from exiting.
    const started = worker;
    started.on('message', (message: WorkerMessage) => {
      if (message.type === 'restart' && worker === started) void stop();
    });
    return worker;
  };

  const runOne = (job: SandboxJob, onCall: CallHandler | undefined): Promise<SandboxResult> => {
    const limits = { ...DEFAULT_LIMITS, ...job.limits };
    const current = start();
    const id = ++nextId;
    let calls = 0;
    let inCall = 0;
    return new Promise<SandboxResult>((resolve) => {
      let timer: NodeJS.Timeout | undefined;
      const finish = (result: SandboxResult) => {
        clearTimeout(timer);
        current.off('message', onMessage);
        current.off('error', onCrash);
        current.off('exit', onExit);
        current.unref();
        resolve(result);
      };
      const arm = () => {
        clearTimeout(timer);
        if (inCall > 0) return;
        timer = setTimeout(() => {
          void stop();
          finish({
            ok: false,
            error: {
              code: 'cpu_limit',
              message: `the skill's code did not finish within ${limits.cpuMs + WATCHDOG_GRACE_MS} ms and its sandbox was stopped and restarted`,
            },
            logs: [],
            calls,
          });
        }, limits.cpuMs + WATCHDOG_GRACE_MS);
      };
      const answer = (callId: number, reply: CallReply) => {
        inCall -= 1;
        arm();
        if (worker !== current) return;
        current.postMessage({ type: 'call-result', id, callId, json: JSON.stringify(reply) });
      };
      const onMessage = (message: WorkerMessage) => {
        if (message.type === 'restart') return;
        if (message.id !== id) return;
        if (message.type === 'call') {
          calls += 1;
          inCall += 1;
          clearTimeout(timer);
          if (calls > limits.maxCalls) {
            answer(
              message.callId,
              refuse(`a skill may make at most ${limits.maxCalls} fazt.call()s per call`),
            );
            return;
          }
          let input: unknown;
          try {
            input = JSON.parse(message.input);
          } catch {
            input = {};
          }
          if (!onCall) {
            answer(message.callId, refuse('fazt.call is not available here'));
            return;
          }
          onCall(message.tool, input).then(
            (reply) => answer(message.callId, reply),
            (error: unknown) =>
              answer(message.callId, {
                ok: false,
                error: { code: 'failed', message: error instanceof Error ? error.message : String(error) },
              }),
          );
          return;
        }
        if (message.ok) {
          let value: unknown;
          try {
            value = JSON.parse(message.json);
          } catch {
            value = null;
          }
          finish({ ok: true, value, logs: message.logs, calls });
          return;
        }
        if (message.restart) void stop();
        finish({ ok: false, error: message.error, logs: message.logs, calls });
      };
      const crashed = (why: string) => {
        if (worker === current) worker = undefined;
        finish({
          ok: false,
          error: {
            code: 'crashed',
            message: `the sandbox stopped (${why}); it will be restarted for the next call`,
          },
          logs: [],
          calls,
        });
      };
      const onCrash = (error: Error) => crashed(error.message);
      const onExit = (code: number) => crashed(`exit code ${code}`);
      current.on('message', onMessage);
      current.on('error', onCrash);
      current.on('exit', onExit);
      current.ref();
      arm();
      current.postMessage({
        type: 'job',
        job: {
          id,
          kind: job.kind,
          files: job.files,
          tool: job.tool,
          input: JSON.stringify(job.input ?? {}),
          limits,
        },
      });
    });
  };

  return {
    run(job, onCall) {
      const result = queue.then(() => runOne(job, onCall));
      queue = result.catch(() => undefined);
      return result;
    },
    get starts() {
      return starts;
    },
    close: stop,
  };
}

let shared: Sandbox | undefined;

/** The process's one sandbox, created on first use. */
export function sharedSandbox(): Sandbox {
  shared ??= createSandbox();
  return shared;
}
