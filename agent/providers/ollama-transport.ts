import { APICallError } from '@ai-sdk/provider';
import { Ollama } from 'ollama';
import { headerTimeoutFetch } from './timed-fetch.js';

/** An Ollama client bound to one request, and the headers of the last response it received. */
export interface OllamaConnection {
  client: Ollama;
  lastHeaders(): Record<string, string>;
}

function headerRecord(headers: Headers): Record<string, string> {
  const record: Record<string, string> = {};
  headers.forEach((value, key) => {
    record[key] = value;
  });
  return record;
}

/**
 * The `ollama` client with a fetch that (1) honours the caller's abort signal, which the client
 * does not pass on for unstreamed calls, (2) gives up when Ollama has not started answering
 * within `timeoutMs`, and (3) hands the client JSON for error bodies that are not JSON, since
 * for those it would print "Getting text from response" on stdout.
 */
export function connectOllama(host: string, signal?: AbortSignal, timeoutMs?: number): OllamaConnection {
  let last: Record<string, string> = {};
  const base = timeoutMs ? headerTimeoutFetch(timeoutMs) : fetch;
  const guardedFetch = async (input: string | URL | Request, init: RequestInit = {}): Promise<Response> => {
    const signals = [init.signal, signal].filter((item): item is AbortSignal => Boolean(item));
    const response = await base(input, {
      ...init,
      signal: signals.length ? AbortSignal.any(signals) : null,
    });
    last = headerRecord(response.headers);
    if (response.ok || (response.headers.get('content-type') ?? '').includes('application/json'))
      return response;
    const text = (await response.text()).trim();
    return new Response(JSON.stringify({ error: text || `${response.status} ${response.statusText}` }), {
      status: response.status,
      statusText: response.statusText,
      headers: { ...last, 'content-type': 'application/json' },
    });
  };
  return { client: new Ollama({ host, fetch: guardedFetch as typeof fetch }), lastHeaders: () => last };
}

interface OllamaResponseError extends Error {
  error: string;
  status_code: number;
}

const isResponseError = (error: unknown): error is OllamaResponseError =>
  error instanceof Error &&
  error.name === 'ResponseError' &&
  typeof (error as { status_code?: unknown }).status_code === 'number';

/**
 * Ollama's HTTP errors as the AI SDK's APICallError, so the SDK retries 429 and 5xx (honouring
 * Retry-After) and fazt describes them like any provider's. Network errors pass through.
 */
export function toApiCallError(
  error: unknown,
  request: { url: string; body: unknown; headers: Record<string, string> },
): unknown {
  if (!isResponseError(error)) return error;
  const status = error.status_code;
  return new APICallError({
    message: error.error || error.message,
    url: request.url,
    requestBodyValues: request.body,
    statusCode: status,
    responseHeaders: request.headers,
    responseBody: JSON.stringify({ error: error.error || error.message }),
    isRetryable: status === 408 || status === 429 || status >= 500,
    cause: error,
  });
}
