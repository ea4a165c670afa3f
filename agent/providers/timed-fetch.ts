/**
 * A fetch that gives up when the server has not started answering (sent its response headers)
 * within `timeoutMs`, rejecting with a `TimeoutError`. The AI SDK's own timeouts start once a
 * response is streaming; this covers a server that accepts the connection and never replies.
 * Reading the body is not limited here: the planner's per-chunk timeout covers a stalled stream.
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
    } finally {
      clearTimeout(timer);
    }
  };
}
