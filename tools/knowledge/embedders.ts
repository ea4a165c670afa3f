import { FaztError, UsageError } from '../../cartridge/errors.js';
import type { Cartridge } from '../../cartridge/open.js';

/**
 * Turns texts into unit vectors. `spec` is what a collection records: `ollama:<model>` or
 * `openai:<model>`; every vector of a collection comes from one spec.
 */
export interface Embedder {
  readonly spec: string;
  /** One unit-length vector per text, in order. Throws EmbedderError when the provider cannot. */
  embed(texts: readonly string[], signal?: AbortSignal): Promise<Float32Array[]>;
}

/** The embedding provider failed in a way retrying will not fix now. */
export class EmbedderError extends FaztError {
  constructor(message: string, options: { cause?: unknown } = {}) {
    super(message, { code: 'embedder', kind: 'failed', cause: options.cause });
    this.name = 'EmbedderError';
  }
}

export const EMBEDDER_SPEC = /^(offline|ollama:.+|openai:.+)$/;

/** Texts per request; Ollama and OpenAI both accept arrays (OpenAI up to 2048 inputs). */
export const BATCH = 32;
const RETRIES = 2;
const TIMEOUT_MS = 120_000;

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });

function normalise(values: readonly number[]): Float32Array {
  const vector = Float32Array.from(values);
  let norm = 0;
  for (const value of vector) norm += value * value;
  norm = Math.sqrt(norm);
  if (norm > 0) for (let i = 0; i < vector.length; i++) vector[i] = (vector[i] as number) / norm;
  return vector;
}

interface Provider {
  name: string;
  url: string;
  headers: Record<string, string>;
  body(texts: readonly string[]): unknown;
  parse(json: unknown, count: number): number[][];
  /** The message for a 404 / unknown model. */
  missing: string;
}

/** POSTs one batch, retrying network errors, 429 and 5xx twice (1 s, 2 s; Retry-After honoured). */
async function post(provider: Provider, texts: readonly string[], signal?: AbortSignal): Promise<number[][]> {
  let lastError: unknown;
  for (let attempt = 0; attempt <= RETRIES; attempt++) {
    if (attempt > 0) await sleep(1000 * 2 ** (attempt - 1), signal);
    const timeout = AbortSignal.timeout(TIMEOUT_MS);
    let response: Response;
    try {
      response = await fetch(provider.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...provider.headers },
        body: JSON.stringify(provider.body(texts)),
        signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
      });
    } catch (error) {
      if (signal?.aborted) throw error;
      lastError = error;
      continue;
    }
    const text = await response.text();
    if (response.ok) {
      try {
        return provider.parse(JSON.parse(text) as unknown, texts.length);
      } catch (error) {
        throw new EmbedderError(
          `${provider.name} at ${provider.url} answered with something that is not embeddings (${(error as Error).message}).`,
          { cause: error },
        );
      }
    }
    if (response.status === 404 || /not found|does not exist|model_not_found/i.test(text)) {
      throw new EmbedderError(provider.missing);
    }
    if (response.status === 401 || response.status === 403) {
      throw new EmbedderError(
        `${provider.name} refused the API key (${response.status}). Set a valid key with \`fazt config set openai.apiKey …\` or OPENAI_API_KEY.`,
      );
    }
    lastError = new Error(`${response.status} ${text.slice(0, 200)}`);
    if (response.status !== 429 && response.status < 500) break;
    const retryAfter = Number(response.headers.get('retry-after'));
    if (Number.isFinite(retryAfter) && retryAfter > 0 && retryAfter <= 30)
      await sleep(retryAfter * 1000, signal);
  }
  const reason =
    lastError instanceof Error ? (lastError.cause as Error | undefined)?.message || lastError.message : '';
  throw new EmbedderError(
    `${provider.name} at ${provider.url} did not answer (${reason || 'no response'}) after ${RETRIES + 1} tries. Start it (or check the address), then run the same learn again: it continues where it stopped.`,
    { cause: lastError },
  );
}

/** Where Ollama listens: `ollama.host` when set in the cartridge, else OLLAMA_HOST, else the default. */
function ollamaHost(cartridge: Cartridge, env: NodeJS.ProcessEnv): string {
  const explicit = cartridge.config.list().some((entry) => entry.key === 'ollama.host' && !entry.isDefault);
  let host =
    explicit || !env.OLLAMA_HOST?.trim() ? cartridge.config.get('ollama.host') : env.OLLAMA_HOST!.trim();
  if (host.startsWith(':')) host = `127.0.0.1${host}`;
  if (!host.includes('://')) host = `http://${host}`;
  return host.replace(/\/+$/, '').replace('//0.0.0.0', '//127.0.0.1');
}

/**
 * The embedder a spec names, with hosts and keys from the cartridge and the environment
 * (OPENAI_BASE_URL / OPENAI_API_KEY win over the cartridge, as for chat). `offline` has none.
 */
export function createEmbedder(
  spec: string,
  cartridge: Cartridge,
  env: NodeJS.ProcessEnv = process.env,
): Embedder | undefined {
  if (spec === 'offline') return undefined;
  if (!EMBEDDER_SPEC.test(spec)) {
    throw new UsageError(
      `"${spec}" is not an embedder. Use "offline", "ollama:<model>" or "openai:<model>".`,
    );
  }
  const model = spec.slice(spec.indexOf(':') + 1);
  let provider: Provider;
  if (spec.startsWith('ollama:')) {
    const host = ollamaHost(cartridge, env);
    provider = {
      name: 'Ollama',
      url: `${host}/api/embed`,
      headers: {},
      body: (texts) => ({ model, input: texts }),
      parse: (json, count) => {
        const embeddings = (json as { embeddings?: number[][] }).embeddings;
        if (!Array.isArray(embeddings) || embeddings.length !== count)
          throw new Error(`expected ${count} vectors`);
        return embeddings;
      },
      missing: `The embedding model "${model}" is not pulled in Ollama. Run \`ollama pull ${model}\`, then learn again.`,
    };
  } else {
    const base = (env.OPENAI_BASE_URL?.trim() || cartridge.config.get('openai.baseUrl')).replace(/\/+$/, '');
    const key = env.OPENAI_API_KEY?.trim() || cartridge.config.get('openai.apiKey');
    provider = {
      name: 'The OpenAI-compatible API',
      url: `${base}/embeddings`,
      headers: key ? { authorization: `Bearer ${key}` } : {},
      body: (texts) => ({ model, input: texts, encoding_format: 'float' }),
      parse: (json, count) => {
        const data = (json as { data?: { index: number; embedding: number[] }[] }).data;
        if (!Array.isArray(data) || data.length !== count) throw new Error(`expected ${count} vectors`);
        return [...data].sort((a, b) => a.index - b.index).map((item) => item.embedding);
      },
      missing: `The embedding model "${model}" is not available at ${base}. Check the model name (\`fazt models\` lists them), then learn again.`,
    };
  }
  return {
    spec,
    async embed(texts, signal) {
      const out: Float32Array[] = [];
      for (let start = 0; start < texts.length; start += BATCH) {
        const batch = texts.slice(start, start + BATCH).map((text) => text || ' ');
        const vectors = await post(provider, batch, signal);
        for (const vector of vectors) {
          if (
            !Array.isArray(vector) ||
            vector.length === 0 ||
            vector.some((value) => !Number.isFinite(value))
          ) {
            throw new EmbedderError(
              `${provider.name} returned an empty or broken vector for model "${model}".`,
            );
          }
          out.push(normalise(vector));
        }
      }
      return out;
    },
  };
}

/** The text a chunk is embedded as: its heading trail, then its text. */
export const embeddingText = (chunk: { heading: string; text: string }) =>
  chunk.heading ? `${chunk.heading}\n\n${chunk.text}` : chunk.text;
