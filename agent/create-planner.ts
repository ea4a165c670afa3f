import type { ConfigStore } from '../cartridge/config.js';
import type { Registry } from '../tools/registry.js';
import { modelSettings } from './model-settings.js';
import { parseModelSpec } from './model-spec.js';
import type { Planner } from './planner.js';

export interface CreatePlannerOptions {
  registry: Registry;
  config: ConfigStore;
  env?: NodeJS.ProcessEnv;
}

/**
 * The planner for a model setting (`offline`, `ollama:<model>`, `openai:<model>`). Each kind is
 * imported only when chosen: the offline planner never loads the AI SDK, and nothing loads a
 * provider client until a request needs it.
 */
export async function createPlanner(
  model: string,
  { registry, config, env }: CreatePlannerOptions,
): Promise<Planner> {
  const spec = parseModelSpec(model);
  if (spec.provider === 'offline') {
    const { createOfflinePlanner } = await import('./offline/index.js');
    return createOfflinePlanner(registry);
  }
  const settings = modelSettings(config, env);
  const { createProviderPlanner } = await import('./provider-planner.js');
  return createProviderPlanner(spec, settings, registry);
}
