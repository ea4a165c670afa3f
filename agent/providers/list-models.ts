import { describeModelError } from '../describe-model-error.js';
import type { ModelSettings } from '../model-settings.js';
import { connectOllama } from './ollama-transport.js';

export const OPENAI_DEFAULT_BASE_URL = 'https://api.openai.com/v1';

/** What one provider offers, or why it could not be asked. */
export interface ProviderListing {
  provider: 'offline' | 'ollama' | 'openai';
  /** Where it was asked; absent for the built-in planner. */
  url?: string;
  available: boolean;
  /** Full model settings (`ollama:qwen2.5:7b`), usable with `--model` and `fazt config set model`. */
  models: string[];
  /** Why the provider could not be listed, and what to do. */
  error?: string;
  /** Why it was not asked at all. */
  skipped?: string;
}

const LIST_TIMEOUT_MS = 3_000;

async function ollamaListing(host: string): Promise<ProviderListing> {
  const signal = AbortSignal.timeout(LIST_TIMEOUT_MS);
  try {
    const { models } = await connectOllama(host, signal).client.list();
    return {
      provider: 'ollama',
      url: host,
      available: true,
      models: models.map((model) => `ollama:${model.name}`).sort(),
    };
  } catch (error) {
    const described = describeModelError(
      error,
      { provider: 'ollama', model: '', url: host },
      { timeoutMs: LIST_TIMEOUT_MS },
    );
    return { provider: 'ollama', url: host, available: false, models: [], error: described.message };
  }
}

async function openaiListing(baseUrl: string, apiKey: string | undefined): Promise<ProviderListing> {
  if (!apiKey && baseUrl === OPENAI_DEFAULT_BASE_URL) {
    return {
      provider: 'openai',
      url: baseUrl,
      available: false,
      models: [],
      skipped:
        'no API key (set OPENAI_API_KEY or `fazt config set openai.apiKey …`, or openai.baseUrl for a local server)',
    };
  }
  try {
    const response = await fetch(`${baseUrl}/models`, {
      headers: apiKey ? { authorization: `Bearer ${apiKey}` } : {},
      signal: AbortSignal.timeout(LIST_TIMEOUT_MS),
    });
    if (response.status === 401 || response.status === 403) {
      return {
        provider: 'openai',
        url: baseUrl,
        available: false,
        models: [],
        error: `The API key was refused by ${baseUrl} (${response.status}). Set OPENAI_API_KEY or \`fazt config set openai.apiKey …\`.`,
      };
    }
    if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
    const body = (await response.json()) as { data?: Array<{ id?: unknown }> };
    const models = (body.data ?? []).flatMap((entry) =>
      typeof entry.id === 'string' ? [`openai:${entry.id}`] : [],
    );
    return { provider: 'openai', url: baseUrl, available: true, models: models.sort() };
  } catch (error) {
    const described = describeModelError(
      error,
      { provider: 'openai', model: '', url: baseUrl },
      { timeoutMs: LIST_TIMEOUT_MS },
    );
    return { provider: 'openai', url: baseUrl, available: false, models: [], error: described.message };
  }
}

/**
 * What each provider offers right now: the built-in offline planner always; the models pulled
 * in Ollama; the models an OpenAI-compatible server lists (when a key or a base URL is set).
 * Each provider is asked at once, with a short timeout, and a failure is reported, not thrown.
 */
export async function listModels(
  settings: Pick<ModelSettings, 'ollamaHost' | 'openaiBaseUrl' | 'openaiApiKey'>,
) {
  const [ollama, openai] = await Promise.all([
    ollamaListing(settings.ollamaHost),
    openaiListing(settings.openaiBaseUrl, settings.openaiApiKey),
  ]);
  const offline: ProviderListing = { provider: 'offline', available: true, models: ['offline'] };
  return [offline, ollama, openai];
}
