// skills/sandbox/host.ts
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";

// skills/sandbox/prelude.ts
var PRELUDE = `
(() => {
  'use strict';
  const hostCall = globalThis.__faztHostCall;
  const limits = JSON.parse(globalThis.__faztLimits);
  delete globalThis.__faztHostCall;
  delete globalThis.__faztLimits;
  const logs = [];
  let logChars = 0;
  let truncated = false;
  const show = (value) => {
    if (typeof value === 'string') return value;
    if (value instanceof Error) return String(value.stack || value);
    try { const text = JSON.stringify(value); return text === undefined ? String(value) : text; }
    catch { return String(value); }
  };
  const capture = (level) => (...args) => {
    if (truncated) return;
    const line = (level === 'log' ? '' : '[' + level + '] ') + args.map(show).join(' ');
    if (logChars + line.length > limits.logChars) { truncated = true; logs.push('\u2026 (console output cut at ' + limits.logChars + ' characters)'); return; }
    logChars += line.length;
    logs.push(line);
  };
  const consoleObject = Object.freeze({ log: capture('log'), info: capture('info'), warn: capture('warn'), error: capture('error'), debug: capture('debug') });
  const call = async (tool, input) => {
    const reply = JSON.parse(await hostCall(String(tool), JSON.stringify(input === undefined ? {} : input)));
    if (reply.ok) return reply.output;
    const error = new Error(reply.error.message);
    error.code = reply.error.code;
    throw error;
  };
  const fazt = Object.freeze({ call });
  Object.defineProperty(globalThis, 'console', { value: consoleObject, writable: false, configurable: false });
  Object.defineProperty(globalThis, 'fazt', { value: fazt, writable: false, configurable: false });
  const stringify = JSON.stringify;
  const out = (value) => {
    const text = stringify(value === undefined ? null : value);
    if (text === undefined) throw new TypeError('the result cannot be written as JSON');
    return text;
  };
  const toolList = (exports) => {
    const tools = exports && exports.tools;
    if (!Array.isArray(tools)) throw new TypeError('tools.js must export const tools = [ ... ] (an array), found ' + (tools === undefined ? 'no export named tools' : typeof tools));
    return tools;
  };
  const testState = { file: '', assertions: 0, registered: [], files: [], called: new Set() };
  const messageOf = (error) => error instanceof Error ? (error.name && error.name !== 'Error' ? error.name + ': ' : '') + error.message : show(error);
  Object.defineProperty(globalThis, '__faztJobs', { value: Object.freeze({
    logs: () => stringify(logs),
    describe(exports) {
      return out(toolList(exports).map((tool, index) => {
        if (!tool || typeof tool !== 'object') return { index, problem: 'is not an object' };
        return { name: tool.name, description: tool.description, risk: tool.risk, input: tool.input,
          examples: tool.examples, hasRun: typeof tool.run === 'function' };
      }));
    },
    async tool(exports, name, inputJson) {
      const tool = toolList(exports).find((item) => item && item.name === name);
      if (!tool || typeof tool.run !== 'function') throw new Error('tools.js has no tool named ' + name + ' with a run function');
      return out(await tool.run(JSON.parse(inputJson), fazt));
    },
    prepareTests(exports) {
      const tools = exports ? toolList(exports) : [];
      const wrapped = tools.map((tool) => {
        if (!tool || typeof tool.run !== 'function') return tool;
        const run = tool.run;
        return Object.freeze({ ...tool, run: (...args) => { testState.called.add(tool.name); return run.apply(tool, args); } });
      });
      const fail = (message, extra) => { const error = new Error(message + (extra ? ': ' + extra : '')); error.name = 'AssertionError'; throw error; };
      const same = (a, b) => {
        if (Object.is(a, b)) return true;
        if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
        if (Array.isArray(a) !== Array.isArray(b)) return false;
        const keysA = Object.keys(a), keysB = Object.keys(b);
        if (keysA.length !== keysB.length) return false;
        return keysA.every((key) => Object.prototype.hasOwnProperty.call(b, key) && same(a[key], b[key]));
      };
      const matches = (error, expected) => {
        if (expected === undefined) return true;
        const message = error && error.message !== undefined ? String(error.message) : String(error);
        if (expected instanceof RegExp) return expected.test(message);
        if (typeof expected === 'string') return message.includes(expected);
        if (typeof expected === 'function') return error instanceof expected;
        return false;
      };
      const count = () => { testState.assertions++; };
      const assert = Object.freeze({
        equal(actual, expected, message) { count(); if (!Object.is(actual, expected)) fail(message || 'expected ' + show(expected) + ', got ' + show(actual)); },
        deepEqual(actual, expected, message) { count(); if (!same(actual, expected)) fail(message || 'expected ' + show(expected) + ', got ' + show(actual)); },
        ok(value, message) { count(); if (!value) fail(message || 'expected a truthy value, got ' + show(value)); },
        throws(fn, expected, message) {
          count();
          try { fn(); } catch (error) { if (!matches(error, expected)) fail(message || 'threw the wrong error', messageOf(error)); return; }
          fail(message || 'expected the function to throw');
        },
        async rejects(value, expected, message) {
          count();
          try { await (typeof value === 'function' ? value() : value); } catch (error) { if (!matches(error, expected)) fail(message || 'rejected with the wrong error', messageOf(error)); return; }
          fail(message || 'expected a rejection');
        },
      });
      const test = (name, fn) => {
        if (typeof fn !== 'function') throw new TypeError('test(name, fn) needs a function');
        testState.registered.push({ name: String(name), fn, file: testState.file });
      };
      Object.defineProperty(globalThis, 'test', { value: test });
      Object.defineProperty(globalThis, 'assert', { value: assert });
      Object.defineProperty(globalThis, 'tools', { value: Object.freeze(wrapped) });
    },
    enterFile(name) {
      testState.file = name;
      testState.files.push({ file: name, before: testState.registered.length });
    },
    fileFailed(error) { testState.files[testState.files.length - 1].error = messageOf(error); },
    async runTests() {
      const files = testState.files.map((entry, index) => {
        const next = testState.files[index + 1];
        const end = next ? next.before : testState.registered.length;
        return { file: entry.file, tests: end - entry.before, ...(entry.error ? { error: entry.error } : {}) };
      });
      const results = [];
      for (const item of testState.registered) {
        testState.assertions = 0;
        try { await item.fn(); results.push({ name: item.name, file: item.file, ok: true, assertions: testState.assertions }); }
        catch (error) { results.push({ name: item.name, file: item.file, ok: false, assertions: testState.assertions, error: messageOf(error) }); }
      }
      return out({ files, tests: results, called: [...testState.called] });
    },
    message: messageOf,
  }) });
})();
`;

// skills/sandbox/host.ts
var DEFAULT_LIMITS = {
  cpuMs: 2e3,
  memoryBytes: 32 * 1024 * 1024,
  stackBytes: 512 * 1024,
  outputChars: 1e6,
  logChars: 2e4,
  maxCalls: 50
};
var WATCHDOG_GRACE_MS = 3e3;
function workerUrl() {
  const built = new URL("./sandbox-worker.js", import.meta.url);
  return existsSync(fileURLToPath(built)) ? built : new URL("./worker.ts", import.meta.url);
}
var refuse = (message) => ({ ok: false, error: { code: "denied", message } });
function createSandbox() {
  let worker;
  let starts = 0;
  let nextId = 0;
  let queue = Promise.resolve();
  const stop = async () => {
    const current = worker;
    worker = void 0;
    if (current) await current.terminate();
  };
  const start = () => {
    if (worker) return worker;
    starts += 1;
    worker = new Worker(workerUrl(), {
      workerData: { prelude: PRELUDE, memoryBytes: DEFAULT_LIMITS.memoryBytes },
      resourceLimits: { maxOldGenerationSizeMb: 96, maxYoungGenerationSizeMb: 16 },
      stdout: true,
      stderr: true
    });
    worker.unref();
    return worker;
  };
  const runOne = (job, onCall) => {
    const limits = { ...DEFAULT_LIMITS, ...job.limits };
    const current = start();
    const id = ++nextId;
    let calls = 0;
    let inCall = 0;
    return new Promise((resolve) => {
      let timer;
      const finish = (result) => {
        clearTimeout(timer);
        current.off("message", onMessage);
        current.off("error", onCrash);
        current.off("exit", onExit);
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
              code: "cpu_limit",
              message: `the skill's code did not finish within ${limits.cpuMs + WATCHDOG_GRACE_MS} ms and its sandbox was stopped and restarted`
            },
            logs: [],
            calls
          });
        }, limits.cpuMs + WATCHDOG_GRACE_MS);
      };
      const answer = (callId, reply) => {
        inCall -= 1;
        arm();
        if (worker !== current) return;
        current.postMessage({ type: "call-result", id, callId, json: JSON.stringify(reply) });
      };
      const onMessage = (message) => {
        if (message.type === "restart") {
          void stop();
          return;
        }
        if (message.id !== id) return;
        if (message.type === "call") {
          calls += 1;
          inCall += 1;
          clearTimeout(timer);
          if (calls > limits.maxCalls) {
            answer(
              message.callId,
              refuse(`a skill may make at most ${limits.maxCalls} fazt.call()s per call`)
            );
            return;
          }
          let input;
          try {
            input = JSON.parse(message.input);
          } catch {
            input = {};
          }
          if (!onCall) {
            answer(message.callId, refuse("fazt.call is not available here"));
            return;
          }
          onCall(message.tool, input).then(
            (reply) => answer(message.callId, reply),
            (error) => answer(message.callId, {
              ok: false,
              error: { code: "failed", message: error instanceof Error ? error.message : String(error) }
            })
          );
          return;
        }
        if (message.ok) {
          let value;
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
      const crashed = (why) => {
        if (worker === current) worker = void 0;
        finish({
          ok: false,
          error: {
            code: "crashed",
            message: `the sandbox stopped (${why}); it will be restarted for the next call`
          },
          logs: [],
          calls
        });
      };
      const onCrash = (error) => crashed(error.message);
      const onExit = (code) => crashed(`exit code ${code}`);
      current.on("message", onMessage);
      current.on("error", onCrash);
      current.on("exit", onExit);
      current.ref();
      arm();
      current.postMessage({
        type: "job",
        job: {
          id,
          kind: job.kind,
          files: job.files,
          tool: job.tool,
          input: JSON.stringify(job.input ?? {}),
          limits
        }
      });
    });
  };
  return {
    run(job, onCall) {
      const result = queue.then(() => runOne(job, onCall));
      queue = result.catch(() => void 0);
      return result;
    },
    get starts() {
      return starts;
    },
    close: stop
  };
}

// .tmp/sb.mts
var files = { "tools.js": `export const tools = [{ name: 'x', description: 'x', risk: 'read', input: { type: 'object' }, async run({ n }) { let s = 0; for (let i = 0; i < n; i++) s += i; return { s }; } }];` };
var sb = createSandbox();
var times = [];
for (let i = 0; i < 30; i++) {
  const a = performance.now();
  const r = await sb.run({ kind: "tool", tool: "x", input: { n: 10 }, files });
  times.push(performance.now() - a);
  if (i === 0) console.log(JSON.stringify(r));
}
console.log(times.map((t) => t.toFixed(1)).join(" "));
await sb.close();
