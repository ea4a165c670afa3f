import { APICallError } from '@ai-sdk/provider';
import { errorMessage, FaztError } from '../cartridge/errors.js';
import {
  ModelAuthError,
  ModelCancelledError,
  ModelNotFoundError,
  ModelRateLimitError,
  ModelResponseError,
  type ModelTarget,
  ModelTimeoutError,
  ModelUnreachableError,
} from './model-errors.js';

const UNREACHABLE = new Set([
  'ECONNREFUSED',
  'ERR_NOTHING_LISTENING',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);
const CUT = new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'ERR_STREAM_PREMATURE_CLOSE']);

/** Every error in a cause chain (and in AggregateErrors), outermost first. */
function chain(error: unknown): unknown[] {
  const seen: unknown[] = [];
  const queue = [error];
  while (queue.length && seen.length < 20) {
    const current = queue.shift();
    if (current === undefined || current === null || seen.includes(current)) continue;
    seen.push(current);
    if (current instanceof AggregateError) queue.push(...current.errors);
    if (typeof current === 'object' && 'cause' in current) queue.push((current as { cause?: unknown }).cause);
  }
  return seen;
}

/** The AI SDK's RetryError, recognised by shape so this module does not load the SDK. */
const isRetryError = (error: unknown): error is Error & { errors: unknown[]; lastError: unknown } =>
  error instanceof Error &&
  error.name === 'AI_RetryError' &&
  Array.isArray((error as { errors?: unknown }).errors);

const codeOf = (error: unknown) =>
  typeof error === 'object' && error !== null && 'code' in error
    ? String((error as { code: unknown }).code)
    : '';

const nameOf = (error: unknown) => (error instanceof Error ? error.name : '');

/** The server's own words from an error body (`{"error":{"message":…}}` or `{"error":"…"}`). */
function serverMessage(error: APICallError): string {
  const body = error.responseBody;
  if (body) {
    try {
      const parsed = JSON.parse(body) as { error?: string | { message?: string }; message?: string };
      const text =
        typeof parsed.error === 'string' ? parsed.error : (parsed.error?.message ?? parsed.message);
      if (text) return clip(text);
    } catch {
      return clip(body);
    }
  }
  return clip(error.message);
}

const duration = (ms: number) => (ms < 1_000 ? `${ms} ms` : `${Math.round(ms / 1_000)} s`);

const clip = (text: string) => {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
};

function fromStatus(error: APICallError, target: ModelTarget, retries: number): FaztError {
  const status = error.statusCode ?? 0;
  const said = serverMessage(error);
  const where =
    target.provider === 'ollama' ? `Ollama at ${target.url}` : `the model server at ${target.url}`;
  if (status === 401 || status === 403) {
    if (target.provider === 'ollama') {
      return new ModelAuthError(
        `${where} refused the request (${status}: ${said}). Check the host's access settings.`,
        {
          cause: error,
        },
      );
    }
    return new ModelAuthError(
      `The API key was refused by ${target.url} (${status}: ${said}). Set OPENAI_API_KEY or \`fazt config set openai.apiKey …\`.`,
      { cause: error },
    );
  }
  if (status === 404) {
    if (target.provider === 'ollama') {
      return new ModelNotFoundError(
        `The model "${target.model}" is not in Ollama at ${target.url}. Run \`ollama pull ${target.model}\`, or pick a model you have (\`fazt models\`).`,
        { cause: error },
      );
    }
    return new ModelNotFoundError(
      `The model "${target.model}" was not found at ${target.url} (404: ${said}). Check the name, or the base URL (\`fazt models\` lists what the server offers).`,
      { cause: error },
    );
  }
  if (status === 429) {
    return new ModelRateLimitError(
      `${where} is rate-limiting requests (429: ${said}) and still refused after ${retries} ${retries === 1 ? 'retry' : 'retries'}. Wait a minute and try again.`,
      { cause: error },
    );
  }
  if (status >= 500) {
    return new ModelResponseError(
      `${where} failed (${status}: ${said})${retries ? ` after ${retries} ${retries === 1 ? 'retry' : 'retries'}` : ''}. Try again; if it keeps failing, check the server.`,
      'model_failed',
      { cause: error },
    );
  }
  return new ModelResponseError(
    `${where} rejected the request (${status}: ${said}). The model may not support tools or the request is too long; try another model (\`fazt models\`).`,
    'model_rejected',
    { cause: error },
  );
}

function unreachable(target: ModelTarget, cause: unknown): FaztError {
  if (target.provider === 'ollama') {
    return new ModelUnreachableError(
      `Ollama is not running at ${target.url} — start it with \`ollama serve\` (or point fazt elsewhere: \`fazt config set ollama.host <url>\`).`,
      { cause },
    );
  }
  return new ModelUnreachableError(
    `Nothing answers at ${target.url}. Check that the server is running and the base URL is right (OPENAI_BASE_URL or \`fazt config set openai.baseUrl <url>\`).`,
    { cause },
  );
}

/**
 * Turns whatever a provider threw into a FaztError that names the server and says what to do:
 * refused key, rate limit, model not pulled, server down, timeout, answer cut off.
 */
export function describeModelError(
  error: unknown,
  target: ModelTarget,
  options: { timeoutMs: number; signal?: AbortSignal },
): FaztError {
  if (error instanceof FaztError) return error;
  let retries = 0;
  let current = error;
  if (isRetryError(error)) {
    retries = Math.max(0, error.errors.length - 1);
    current = error.lastError;
  }
  if (current instanceof FaztError) return current;
  const all = chain(current);
  const apiError = all.find((item): item is APICallError => APICallError.isInstance(item));
  if (apiError?.statusCode !== undefined && apiError.statusCode >= 400)
    return fromStatus(apiError, target, retries);

  if (all.some((item) => nameOf(item) === 'TimeoutError')) {
    return new ModelTimeoutError(
      `${target.provider === 'ollama' ? 'Ollama' : 'The model server'} at ${target.url} did not answer within ${duration(options.timeoutMs)}. A local model may still be loading: try again, or allow longer with FAZT_MODEL_TIMEOUT_MS.`,
      { cause: error },
    );
  }
  if (options.signal?.aborted || all.some((item) => nameOf(item) === 'AbortError')) {
    return new ModelCancelledError({ cause: error });
  }
  if (all.some((item) => UNREACHABLE.has(codeOf(item)))) return unreachable(target, error);
  const text = all.map((item) => errorMessage(item)).join(' | ');
  if (
    all.some((item) => CUT.has(codeOf(item))) ||
    /terminated|other side closed|socket hang up|premature close|did not receive done/i.test(text)
  ) {
    return new ModelResponseError(
      `The connection to ${target.url} was cut off in the middle of the answer. Nothing of this turn was saved; try again.`,
      'model_stream_cut',
      { cause: error },
    );
  }
  if (/fetch failed|cannot connect/i.test(text)) return unreachable(target, error);
  return new ModelResponseError(
    `The model at ${target.url} sent something fazt could not use: ${clip(errorMessage(current))}. Try again, or another model (\`fazt models\`).`,
    'model_failed',
    { cause: error },
  );
}
