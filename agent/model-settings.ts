import type { ConfigStore } from '../cartridge/config.js';
import { ModelConfigError } from './model-errors.js';

/** Where the providers are and how patient the planner is, from the cartridge and the environment. */
export interface ModelSettings {
  ollamaHost: string;
  openaiBaseUrl: string;
  /** Undefined when neither OPENAI_API_KEY nor `openai.apiKey` is set. */
  openaiApiKey: string | undefined;
  maxSteps: number;
  /** How long to wait for the model's first and each next piece of output. */
  timeoutMs: number;
  /** Retries of a rate-limited or failed request (429, 5xx), honouring Retry-After. */
  maxRetries: number;
}

const DEFAULT_TIMEOUT_MS = 120_000;
const DEFAULT_RETRIES = 2;

function positiveInteger(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) {
    throw new ModelConfigError(`${name}=${raw} is not a whole number of at least ${min}. Fix or unset it.`);
  }
  return value;
}

/** `localhost:11434`, `:11434` and `0.0.0.0` (a server bind address) as a URL a client can use. */
export function normaliseOllamaHost(host: string): string {
  let value = host.trim();
  if (value.startsWith(':')) value = `127.0.0.1${value}`;
  if (!value.includes('://')) value = `http://${value}`;
  const url = new URL(value);
  if (url.hostname === '0.0.0.0') url.hostname = '127.0.0.1';
  if (!url.port && !host.includes('://')) url.port = '11434';
  return url.toString().replace(/\/$/, '');
}

/**
 * Resolves the model settings. The OpenAI key and base URL come from OPENAI_API_KEY /
 * OPENAI_BASE_URL when set, else the cartridge. Ollama's host comes from the cartridge when
 * set there, else OLLAMA_HOST, else the default (OLLAMA_HOST is often a server bind address).
 */
export function modelSettings(config: ConfigStore, env: NodeJS.ProcessEnv = process.env): ModelSettings {
  const explicit = new Set(
    config
      .list()
      .filter((entry) => !entry.isDefault)
      .map((entry) => entry.key),
  );
  const configuredHost = config.get('ollama.host');
  const ollamaHost =
    explicit.has('ollama.host') || !env.OLLAMA_HOST?.trim() ? configuredHost : (env.OLLAMA_HOST as string);
  let host: string;
  try {
    host = normaliseOllamaHost(ollamaHost);
  } catch (error) {
    throw new ModelConfigError(
      `The Ollama host "${ollamaHost}" is not a URL. Set one with \`fazt config set ollama.host http://127.0.0.1:11434\`.`,
      { cause: error },
    );
  }
  const baseUrl = (env.OPENAI_BASE_URL?.trim() || config.get('openai.baseUrl')).replace(/\/+$/, '');
  const apiKey = env.OPENAI_API_KEY?.trim() || config.get('openai.apiKey') || undefined;
  return {
    ollamaHost: host,
    openaiBaseUrl: baseUrl,
    openaiApiKey: apiKey,
    maxSteps: config.get('agent.maxSteps'),
    timeoutMs: positiveInteger(env, 'FAZT_MODEL_TIMEOUT_MS', DEFAULT_TIMEOUT_MS, 1),
    maxRetries: positiveInteger(env, 'FAZT_MODEL_MAX_RETRIES', DEFAULT_RETRIES, 0),
  };
}
