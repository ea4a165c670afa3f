import type { ModelSettings } from '../../agent/model-settings.js';
import { parseModelSpec } from '../../agent/model-spec.js';
import type { Planner } from '../../agent/planner.js';
import { createProviderPlanner } from '../../agent/provider-planner.js';
import type { Registry } from '../../tools/registry.js';

/** Settings for tests: short timeouts, no retries unless asked. */
export function testSettings(overrides: Partial<ModelSettings> = {}): ModelSettings {
  return {
    ollamaHost: 'http://127.0.0.1:9',
    openaiBaseUrl: 'http://127.0.0.1:9/v1',
    openaiApiKey: 'sk-test',
    maxSteps: 6,
    timeoutMs: 5_000,
    maxRetries: 0,
    ...overrides,
  };
}

/** The real provider planner (`openai:…` or `ollama:…`) pointed at a fake server. */
export function providerPlanner(
  model: string,
  registry: Registry,
  overrides: Partial<ModelSettings> = {},
): Planner {
  const spec = parseModelSpec(model);
  if (spec.provider === 'offline') throw new Error('providerPlanner is for ollama: and openai: models');
  return createProviderPlanner(spec, testSettings(overrides), registry);
}
