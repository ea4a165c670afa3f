import type { LanguageModel } from 'ai';
import { modelSettings } from '../../agent/model-settings.js';
import { parseModelSpec } from '../../agent/model-spec.js';
import type { ConfigStore } from '../../cartridge/config.js';
import { FaztError } from '../../cartridge/errors.js';

/** Writing a skill needs a language model; the offline planner cannot write code. */
export class NoModelError extends FaztError {
  constructor() {
    super(
      'Writing or improving a skill needs a language model, and fazt is set to the offline planner. Configure one, for example `fazt config set model openai:gpt-4o-mini` with OPENAI_API_KEY set (or openai.baseUrl pointing at a local server), or `fazt config set model ollama:qwen2.5:7b` with Ollama running; or pass --model. Importing, testing, evaluating and running existing skills works offline.',
      { code: 'no_model' },
    );
    this.name = 'NoModelError';
  }
}

/**
 * The language model for the harness, from `--model` or the `model` setting, through the same
 * provider plumbing as `fazt ask`. Loads the AI SDK and the provider client (call it lazily).
 */
export async function harnessModel(
  model: string | undefined,
  config: ConfigStore,
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ id: string; model: LanguageModel }> {
  const spec = parseModelSpec(model ?? config.get('model'));
  if (spec.provider === 'offline') throw new NoModelError();
  const settings = modelSettings(config, env);
  if (spec.provider === 'ollama') {
    const { createOllamaModel } = await import('../../agent/providers/ollama-model.js');
    return {
      id: spec.id,
      model: createOllamaModel({
        host: settings.ollamaHost,
        model: spec.model,
        timeoutMs: settings.timeoutMs,
      }),
    };
  }
  const { createOpenAIModel } = await import('../../agent/providers/openai.js');
  return {
    id: spec.id,
    model: createOpenAIModel({
      model: spec.model,
      baseUrl: settings.openaiBaseUrl,
      apiKey: settings.openaiApiKey,
      timeoutMs: settings.timeoutMs,
    }),
  };
}
