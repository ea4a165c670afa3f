import { ModelConfigError } from './model-errors.js';

/** A parsed model setting: the built-in planner, or a model behind a provider. */
export type ModelSpec =
  | { provider: 'offline'; id: 'offline' }
  | { provider: 'ollama' | 'openai'; model: string; id: string };

const OFFLINE: ModelSpec = { provider: 'offline', id: 'offline' };

/**
 * Parses `offline`, `ollama:<model>` or `openai:<model>` (the `model` config key and `--model`).
 * The model part keeps its own colons: `ollama:qwen2.5:7b` is model `qwen2.5:7b`.
 */
export function parseModelSpec(text: string): ModelSpec {
  const value = text.trim();
  if (value === 'offline') return OFFLINE;
  const match = /^(ollama|openai):(.+)$/.exec(value);
  const model = match?.[2]?.trim();
  if (!match || !model || /\s/.test(model)) {
    throw new ModelConfigError(
      `"${text}" is not a model. Use "offline", "ollama:<model>" (e.g. ollama:qwen2.5:7b) or "openai:<model>" (e.g. openai:gpt-4o-mini); \`fazt models\` lists what is available.`,
    );
  }
  const provider = match[1] as 'ollama' | 'openai';
  return { provider, model, id: `${provider}:${model}` };
}
