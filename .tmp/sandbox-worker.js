#!/usr/bin/env node
import { createRequire as __faztCreateRequire } from 'node:module';
const require = __faztCreateRequire(import.meta.url);

// skills/sandbox/worker.ts
import { parentPort, workerData } from "node:worker_threads";
import {
  newQuickJSWASMModuleFromVariant,
  newVariant,
  RELEASE_SYNC
} from "quickjs-emscripten";
var JobFailure = class extends Error {
  failure;
  constructor(failure) {
    super(failure.message);
    this.failure = failure;
  }
};
var port = parentPort;
var { prelude, memoryBytes } = workerData;
var PAGE = 65536;
var { Memory } = globalThis.WebAssembly;
var memory = new Memory({
  initial: 256,
  maximum: 256 + Math.ceil(2 * memoryBytes / PAGE)
});
var quickjs = await newQuickJSWASMModuleFromVariant(newVariant(RELEASE_SYNC, { wasmMemory: memory }));
var heapBytes = () => memory.buffer.byteLength;
var replies = /* @__PURE__ */ new Map();
var lastCallId = 0;
var waiting;
port.on("message", (message) => {
  if (message.type === "call-result") {
    replies.get(message.callId)?.(message.json);
    replies.delete(message.callId);
    waiting?.();
    return;
  }
  void runJob(message.job);
});
async function runJob(job) {
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
  const logs = [];
  try {
    const value = await execute(job, runtime, context, budget);
    if (value.length > job.limits.outputChars) {
      throw new JobFailure({
        code: "output_limit",
        message: `the result is ${value.length} characters of JSON, more than the limit of ${job.limits.outputChars}`
      });
    }
    logs.push(...readLogs(context));
    port.postMessage({ type: "done", id: job.id, ok: true, json: value, logs });
  } catch (error) {
    const failure = error instanceof JobFailure ? error.failure : { code: "script_error", message: error instanceof Error ? error.message : String(error) };
    restart = failure.code === "memory_limit" || failure.code === "cpu_limit";
    if (!restart) logs.push(...readLogs(context));
    port.postMessage({ type: "done", id: job.id, ok: false, error: failure, logs, restart });
  } finally {
    replies.clear();
    if (!restart) {
      try {
        context.dispose();
        runtime.dispose();
      } catch {
        port.postMessage({ type: "restart" });
      }
    }
  }
}
function readLogs(context) {
  try {
    const result = context.evalCode("__faztJobs.logs()", "logs.js", { type: "global" });
    if (result.error) {
      result.error.dispose();
      return [];
    }
    const text = context.getString(result.value);
    result.value.dispose();
    return JSON.parse(text);
  } catch {
    return [];
  }
}
function inside(budget, fn) {
  budget.inside = true;
  budget.since = performance.now();
  try {
    return fn();
  } finally {
    budget.used += performance.now() - budget.since;
    budget.inside = false;
  }
}
async function execute(job, runtime, context, budget) {
  let pending = 0;
  const hostCall = context.newFunction("__faztHostCall", (toolHandle, inputHandle) => {
    const tool = context.getString(toolHandle);
    const input = context.getString(inputHandle);
    const deferred = context.newPromise();
    lastCallId += 1;
    const id = lastCallId;
    pending += 1;
    replies.set(id, (json) => {
      pending -= 1;
      const text2 = context.newString(json);
      deferred.resolve(text2);
      text2.dispose();
    });
    port.postMessage({ type: "call", id: job.id, callId: id, tool, input });
    return deferred.handle;
  });
  context.setProp(context.global, "__faztHostCall", hostCall);
  hostCall.dispose();
  const limits = context.newString(JSON.stringify(job.limits));
  context.setProp(context.global, "__faztLimits", limits);
  limits.dispose();
  const fail = (handle) => {
    const message = describeError(context, handle);
    handle.dispose();
    if (budget.memory || /out of memory/i.test(message)) {
      throw new JobFailure({
        code: "memory_limit",
        message: `the skill's code used more than ${Math.round(job.limits.memoryBytes / 1048576)} MB of memory and was stopped`
      });
    }
    if (budget.interrupted) {
      throw new JobFailure({
        code: "cpu_limit",
        message: `the skill's code ran for more than ${job.limits.cpuMs} ms of CPU time and was stopped (an endless loop?)`
      });
    }
    if (/stack overflow/i.test(message)) {
      throw new JobFailure({
        code: "memory_limit",
        message: `the skill's code overflowed its stack (${message})`
      });
    }
    throw new JobFailure({ code: "script_error", message });
  };
  const evaluate = (code, file, type) => {
    const result = inside(budget, () => context.evalCode(code, file, { type, strict: true }));
    if (result.error) return fail(result.error);
    return result.value;
  };
  const settle = async (handle) => {
    for (; ; ) {
      const state = context.getPromiseState(handle);
      if (state.type === "fulfilled") {
        if (state.notAPromise) return handle;
        handle.dispose();
        return state.value;
      }
      if (state.type === "rejected") {
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
          code: "never_settles",
          message: "the skill returned a promise that never settles (nothing is left that could settle it)"
        });
      }
      await new Promise((resolve) => {
        waiting = resolve;
      });
      waiting = void 0;
    }
  };
  const text = (handle) => {
    const value = context.getString(handle);
    handle.dispose();
    return value;
  };
  evaluate(prelude, "prelude.js", "global").dispose();
  const source = job.files["tools.js"];
  let exportsHandle;
  if (source !== void 0) {
    exportsHandle = await settle(evaluate(source, "tools.js", "module"));
    context.setProp(context.global, "__faztExports", exportsHandle);
    exportsHandle.dispose();
  } else {
    context.setProp(context.global, "__faztExports", context.undefined);
  }
  const call = async (expression, file) => text(await settle(evaluate(expression, file, "global")));
  if (job.kind === "describe") return call("__faztJobs.describe(__faztExports)", "describe.js");
  if (job.kind === "tool") {
    const input = context.newString(job.input ?? "{}");
    context.setProp(context.global, "__faztInput", input);
    input.dispose();
    return call(`__faztJobs.tool(__faztExports, ${JSON.stringify(job.tool)}, __faztInput)`, "run.js");
  }
  evaluate("__faztJobs.prepareTests(__faztExports)", "tests.js", "global").dispose();
  const testFiles = Object.keys(job.files).filter((name) => /^tests\/[^/]+\.test\.js$/.test(name)).sort();
  for (const name of testFiles) {
    evaluate(`__faztJobs.enterFile(${JSON.stringify(name)})`, "tests.js", "global").dispose();
    try {
      (await settle(evaluate(job.files[name], name, "module"))).dispose();
    } catch (error) {
      if (error instanceof JobFailure && error.failure.code !== "script_error") throw error;
      const message = context.newString(error instanceof Error ? error.message : String(error));
      context.setProp(context.global, "__faztFileError", message);
      message.dispose();
      evaluate("__faztJobs.fileFailed(__faztFileError)", "tests.js", "global").dispose();
    }
  }
  return call("__faztJobs.runTests()", "tests.js");
}
function describeError(context, handle) {
  try {
    const error = context.dump(handle);
    if (error && typeof error === "object") {
      const { name, message, stack } = error;
      const where = /\((tools\.js|tests\/[^:)]+):(\d+)/.exec(stack ?? "") ?? /at (tools\.js|tests\/\S+):(\d+)/.exec(stack ?? "");
      const place = where ? ` (${where[1]}:${where[2]})` : "";
      return `${name && name !== "Error" ? `${name}: ` : ""}${message ?? String(error)}${place}`;
    }
    return String(error);
  } catch {
    return "the skill threw something that cannot be shown";
  }
}
//# sourceMappingURL=sandbox-worker.js.map
