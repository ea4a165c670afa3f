import type { Registry } from '../tools/registry.js';
import { describeModelError } from './describe-model-error.js';
import { createModelPlanner } from './model-planner.js';
import type { ModelSettings } from './model-settings.js';
import type { ModelSpec } from './model-spec.js';
import type { Planner } from './planner.js';
import { createOllamaModel } from './providers/ollama-model.js';
import { createOpenAIModel } from './providers/openai.js';

/**
 * The planner for an `ollama:` or `openai:` model. This module loads the AI SDK and the
 * provider clients, so it is only ever imported dynamically (see create-planner.ts).
 */
export function createProviderPlanner(
  spec: Extract<ModelSpec, { provider: 'ollama' | 'openai' }>,
  settings: ModelSettings,
  registry: Registry,
): Planner {
  const target =
    spec.provider === 'ollama'
      ? { provider: spec.provider, model: spec.model, url: settings.ollamaHost }
      : { provider: spec.provider, model: spec.model, url: settings.openaiBaseUrl };
  const model =
    spec.provider === 'ollama'
      ? createOllamaModel({ host: settings.ollamaHost, model: spec.model, timeoutMs: settings.timeoutMs })
      : createOpenAIModel({
          model: spec.model,
          baseUrl: settings.openaiBaseUrl,
          apiKey: settings.openaiApiKey,
          timeoutMs: settings.timeoutMs,
        });
  return createModelPlanner({
    id: spec.id,
    model,
    registry,
    maxSteps: settings.maxSteps,
    timeoutMs: settings.timeoutMs,
    maxRetries: settings.maxRetries,
    describeError: (error, signal) =>
      describeModelError(error, target, { timeoutMs: settings.timeoutMs, signal }),
  });
}
