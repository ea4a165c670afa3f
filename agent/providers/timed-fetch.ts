/** Thrown when nothing listens at the address: definite, so it is reported at once, not retried. */
export class NothingListeningError extends Error {
  readonly code = 'ERR_NOTHING_LISTENING';
  constructor(url: string) {
    super(`Nothing listens at ${url} (connection refused).`);
    this.name = 'NothingListeningError';
  }
}

function refused(error: unknown): boolean {
  for (let current = error, depth = 0; current instanceof Error && depth < 5; depth++) {
    if ((current as { code?: unknown }).code === 'ECONNREFUSED') return true;
    current = current.cause;
  }
  return error instanceof AggregateError && error.errors.some(refused);
}

const urlOf = (input: string | URL | Request) => (input instanceof Request ? input.url : String(input));

/**
 * A fetch for model servers that (1) gives up when the server has not started answering (sent
 * its response headers) within `timeoutMs`, rejecting with a `TimeoutError` (the AI SDK's own
 * timeouts start only once a response streams), and (2) reports a refused connection as
 * NothingListeningError, which the SDK does not retry: a server that is not running does not
 * start in the seconds a retry waits, and the person should hear so at once.
 */
export function headerTimeoutFetch(timeoutMs: number, base: typeof fetch = fetch): typeof fetch {
  return async (input, init = {}) => {
    const controller = new AbortController();
    const timer = setTimeout(
      () => controller.abort(new DOMException(`No response within ${timeoutMs} ms.`, 'TimeoutError')),
      timeoutMs,
    );
    const signal = init.signal ? AbortSignal.any([init.signal, controller.signal]) : controller.signal;
    try {
      return await base(input, { ...init, signal });
    } catch (error) {
      if (refused(error)) throw new NothingListeningError(urlOf(input));
      throw error;
    } finally {
      clearTimeout(timer);
    }
  };
}
