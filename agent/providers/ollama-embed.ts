import { describeModelError } from '../describe-model-error.js';
import { connectOllama, toApiCallError } from './ollama-transport.js';

export interface OllamaEmbedderOptions {
  host: string;
  /** An embedding model pulled in Ollama, e.g. `nomic-embed-text`. */
  model: string;
  /** Abandon a request after this long (default 120 s). */
  timeoutMs?: number;
}

/** Turns texts into vectors with a local Ollama model. */
export interface OllamaEmbedder {
  readonly model: string;
  /** One vector per text, in order. Throws a FaztError that says what to do when Ollama cannot. */
  embed(texts: readonly string[], signal?: AbortSignal): Promise<number[][]>;
}

/** Embeddings through Ollama's `/api/embed`, with the same clear errors as chat (not running, not pulled). */
export function createOllamaEmbedder({
  host,
  model,
  timeoutMs = 120_000,
}: OllamaEmbedderOptions): OllamaEmbedder {
  const target = { provider: 'ollama' as const, model, url: host };
  return {
    model,
    async embed(texts, signal) {
      if (texts.length === 0) return [];
      const timeout = AbortSignal.timeout(timeoutMs);
      const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
      const { client, lastHeaders } = connectOllama(host, combined);
      const body = { model, input: [...texts] };
      try {
        const response = await client.embed(body);
        if (response.embeddings.length !== texts.length) {
          throw new Error(`Ollama returned ${response.embeddings.length} vectors for ${texts.length} texts`);
        }
        return response.embeddings;
      } catch (error) {
        const cause = toApiCallError(error, { url: `${host}/api/embed`, body, headers: lastHeaders() });
        throw describeModelError(cause, target, { timeoutMs, signal });
      }
    },
  };
}
