import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, onTestFinished } from 'vitest';
import type { Planner, PlannerEvent, PlanRequest } from '../../agent/planner.js';
import type { Caller } from '../../cartridge/audit.js';
import { type Cartridge, type OpenOptions, openCartridge } from '../../cartridge/open.js';
import type { ApprovalPolicy } from '../../tools/approval.js';
import type { Capability } from '../../tools/capability.js';
import type { AnyTool } from '../../tools/define-tool.js';
import { createExecutor, type Executor } from '../../tools/executor.js';
import { builtinCapabilities } from '../../tools/index.js';
import { createRegistry, type Registry } from '../../tools/registry.js';

/**
 * Runs `cleanup` when the current test finishes. Outside a test (a benchmark) there is none, and
 * the caller closes what it made itself.
 */
function afterThisTest(cleanup: () => void): void {
  try {
    onTestFinished(cleanup);
  } catch {
    // Not inside a running test.
  }
}

/**
 * A fresh temp directory, removed when the current test finishes. Call it inside a test (or a
 * `beforeEach`): every test gets its own, nothing lives at module level.
 */
export function testDir(prefix = 'fazt-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  afterThisTest(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/**
 * A cartridge file opened for the current test (a new one in a temp directory unless `path`
 * says where), closed when the test finishes. Only the cartridge: no registry, no executor.
 */
export function testCartridge(options: OpenOptions & { path?: string } = {}): Cartridge {
  const { path, ...open } = options;
  const cartridge = openCartridge(path ?? join(testDir('fazt-cartridge-'), 'fazt.db'), open);
  afterThisTest(() => {
    if (cartridge.db.open) cartridge.close();
  });
  return cartridge;
}

/** A real cartridge, registry and executor for one test, as every surface builds them. */
export interface TestRuntime {
  dir: string;
  cartridge: Cartridge;
  registry: Registry;
  executor: Executor;
  caller: Caller;
  /** Runs a planner to the end and returns every event it emitted. */
  run(planner: Planner, request: PlanRequest | string): Promise<PlannerEvent[]>;
  /** Closes the cartridge and removes the directory now (also done when the test finishes). */
  close(): void;
}

export interface TestRuntimeOptions {
  /** What the registry holds: the built-in capabilities unless given. */
  capabilities?: readonly (Capability | AnyTool)[];
  policy?: ApprovalPolicy;
  caller?: Caller;
}

/**
 * `const runtime = testRuntime();` inside a test (or `beforeEach`): a fresh cartridge file in a
 * temp directory, a registry of the built-in capabilities (or those given) and the real executor.
 * Everything is closed and removed when the test finishes.
 */
export function testRuntime(options: TestRuntimeOptions = {}): TestRuntime {
  const dir = mkdtempSync(join(tmpdir(), 'fazt-runtime-'));
  const cartridge = openCartridge(join(dir, 'fazt.db'));
  const registry = createRegistry(options.capabilities ?? builtinCapabilities);
  const executor = createExecutor({
    cartridge,
    registry,
    ...(options.policy ? { policy: options.policy } : {}),
  });
  const caller: Caller = options.caller ?? { kind: 'agent', id: 'test' };
  const close = () => {
    if (cartridge.db.open) cartridge.close();
    rmSync(dir, { recursive: true, force: true });
  };
  afterThisTest(close);
  return {
    dir,
    cartridge,
    registry,
    executor,
    caller,
    async run(planner, request) {
      const events: PlannerEvent[] = [];
      const plan = typeof request === 'string' ? { text: request } : request;
      for await (const event of planner.run(plan, { executor, caller })) events.push(event);
      return events;
    },
    close,
  };
}

/** The events of one type, typed. */
export function eventsOf<T extends PlannerEvent['type']>(
  events: readonly PlannerEvent[],
  type: T,
): Extract<PlannerEvent, { type: T }>[] {
  return events.filter((event): event is Extract<PlannerEvent, { type: T }> => event.type === type);
}

/** The run's last event, which the contract says is its one `finish` or `error`. */
export function lastEvent(events: readonly PlannerEvent[]): PlannerEvent {
  const last = events.at(-1);
  if (!last) throw new Error('the planner emitted no events');
  return last;
}

/** The run's `finish` event, which must be its last; throws naming the last event otherwise. */
export function finishOf(events: readonly PlannerEvent[]): Extract<PlannerEvent, { type: 'finish' }> {
  const last = lastEvent(events);
  if (last.type !== 'finish') throw new Error(`expected finish, got ${JSON.stringify(last)}`);
  return last;
}

/**
 * The run's `error` event, which must be its last (throws naming the last event otherwise); asserts
 * that the run emitted no `finish`.
 */
export function errorOf(events: readonly PlannerEvent[]): Extract<PlannerEvent, { type: 'error' }> {
  const last = lastEvent(events);
  if (last.type !== 'error') throw new Error(`expected an error, got ${JSON.stringify(last)}`);
  expect(eventsOf(events, 'finish')).toEqual([]);
  return last;
}
