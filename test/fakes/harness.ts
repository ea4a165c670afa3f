import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Planner, PlannerEvent, PlanRequest } from '../../agent/planner.js';
import type { Caller } from '../../cartridge/audit.js';
import { type Cartridge, openCartridge } from '../../cartridge/open.js';
import { createDefaultRegistry, createExecutor, type Executor, type Registry } from '../../tools/index.js';

/** A fresh cartridge in a temp directory with the built-in tools and the real executor. */
export interface Harness {
  dir: string;
  cartridge: Cartridge;
  registry: Registry;
  executor: Executor;
  caller: Caller;
  /** Runs a planner to the end and returns every event it emitted. */
  run(planner: Planner, request: PlanRequest | string): Promise<PlannerEvent[]>;
  close(): void;
}

export function createHarness(): Harness {
  const dir = mkdtempSync(join(tmpdir(), 'fazt-agent-'));
  const cartridge = openCartridge(join(dir, 'fazt.db'));
  const registry = createDefaultRegistry();
  const executor = createExecutor({ cartridge, registry });
  const caller: Caller = { kind: 'agent', id: 'test' };
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
    close() {
      cartridge.close();
      rmSync(dir, { recursive: true, force: true });
    },
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
