import { createPlanner } from '../agent/create-planner.js';
import { parseModelSpec } from '../agent/model-spec.js';
import type { Planner } from '../agent/planner.js';
import type { ConfigStore } from '../cartridge/config.js';
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
 * The factory for a `--model` value, through the agent's own planner selection, so evals score
 * exactly what `fazt ask` runs. Model settings (hosts, keys) come from `settings` when given (the
 * person's cartridge, read only) and the environment; otherwise from each case's fresh cartridge.
 */
export function plannerFactory(
  model: string,
  options: { settings?: ConfigStore; env?: NodeJS.ProcessEnv } = {},
): PlannerFactory {
  const spec = parseModelSpec(model);
  return ({ registry, cartridge }) =>
    createPlanner(spec.id, {
      registry,
      config: options.settings ?? cartridge.config,
      ...(options.env ? { env: options.env } : {}),
    });
}
