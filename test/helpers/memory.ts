import { createMemoryStore, type MemoryStore } from '../../tools/memory/store.js';
import type { ToolResult } from '../../tools/tool-result.js';
import { type TestRuntime, testCartridge, testRuntime } from './runtime.js';

/**
 * The memory store of a fresh cartridge for the current test, holding `facts` (`[key, value]`,
 * remembered in order straight through the store, no executor).
 */
export function storedFacts(facts: readonly (readonly [string, unknown])[]): MemoryStore {
  const memory = createMemoryStore(testCartridge());
  for (const [key, value] of facts) memory.remember(key, value);
  return memory;
}

/** A test runtime with the memory tools one call away; see `memoryWorld`. */
export interface MemoryWorld {
  runtime: TestRuntime;
  /** Runs `tool` on `input` through the real executor as the runtime's caller, with consent. */
  call(tool: string, input: Record<string, unknown>): Promise<ToolResult>;
  /** The memory store over the runtime's cartridge (made anew at each call, as a tool would). */
  memory(): MemoryStore;
}

/** `const { call, memory } = memoryWorld();` inside a test: `testRuntime()` with `call` and `memory`. */
export function memoryWorld(): MemoryWorld {
  const runtime = testRuntime();
  return {
    runtime,
    call: (tool, input) => runtime.executor.execute(tool, input, { caller: runtime.caller, approved: true }),
    memory: () => createMemoryStore(runtime.cartridge),
  };
}
