/**
 * The JavaScript that runs inside the QuickJS isolate before any skill code: the `fazt` object,
 * a captured `console`, and the three jobs (describe the tools, run one tool, run the tests).
 * Everything the host receives back is one JSON string; no object crosses the boundary.
 *
 * Kept as plain strings (not TypeScript) because QuickJS, not Node, runs them. The worker
 * imports this module by relative path, so it must import nothing itself.
 */

/**
 * Installs `fazt` and `console` as non-writable globals and removes the host bridge from the
 * global object (the prelude keeps it in a closure). `__faztHostCall(tool, inputJson)` returns
 * a promise of `{ ok, output } | { ok: false, error }` as JSON.
 */
export const PRELUDE = `
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
    if (logChars + line.length > limits.logChars) { truncated = true; logs.push('… (console output cut at ' + limits.logChars + ' characters)'); return; }
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
    /** A warm context starts each job with an empty console. */
    resetLogs() { logs.length = 0; logChars = 0; truncated = false; },
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
