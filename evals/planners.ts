import { createOfflinePlanner } from '../agent/offline/index.js';
import type { Planner } from '../agent/planner.js';
import { UsageError } from '../cartridge/errors.js';
import type { Cartridge } from '../cartridge/open.js';
import type { Executor } from '../tools/executor.js';
import type { Registry } from '../tools/registry.js';

/** What a planner is built from for one case: that case's fresh cartridge, registry and executor. */
export interface CaseRuntime {
  cartridge: Cartridge;
  registry: Registry;
  executor: Executor;
}

/** Builds the planner under test for one case. */
export type PlannerFactory = (runtime: CaseRuntime) => Planner | Promise<Planner>;

/**
 * The factory for a `--model` value. `offline` is built in; model planners come from the agent's
 * planner selection once it lands (this is the one place to wire it).
 */
export function plannerFactory(model: string): PlannerFactory {
  if (model.trim() === 'offline') return ({ registry }) => createOfflinePlanner(registry);
  throw new UsageError(
    `Cannot score "${model}" yet: only the offline planner is wired into evals. Use --model offline.`,
    { code: 'eval_model' },
  );
}
