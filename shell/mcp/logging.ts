import type { LoggingLevel, ServerNotification } from '@modelcontextprotocol/sdk/types.js';

const SEVERITY: readonly LoggingLevel[] = [
  'debug',
  'info',
  'notice',
  'warning',
  'error',
  'critical',
  'alert',
  'emergency',
];

/**
 * Log messages for one MCP session (`notifications/message`), filtered by the level the client
 * set with `logging/setLevel` (until it does, `warning`: only calls that failed). Each message travels with the request it is
 * about, so over HTTP it arrives on that request's stream.
 */
export interface SessionLog {
  readonly level: LoggingLevel;
  setLevel(level: LoggingLevel): void;
  enabled(level: LoggingLevel): boolean;
  send(
    sendNotification: (notification: ServerNotification) => Promise<void>,
    level: LoggingLevel,
    data: unknown,
  ): Promise<void>;
}

export function createSessionLog(initial: LoggingLevel = 'warning'): SessionLog {
  let current = initial;
  const enabled = (level: LoggingLevel) => SEVERITY.indexOf(level) >= SEVERITY.indexOf(current);
  return {
    get level() {
      return current;
    },
    setLevel(level) {
      current = level;
    },
    enabled,
    async send(sendNotification, level, data) {
      if (!enabled(level)) return;
      try {
        await sendNotification({ method: 'notifications/message', params: { level, logger: 'fazt', data } });
      } catch {
        // The client went away mid-call: its log line has nowhere to go, and the call goes on.
      }
    },
  };
}
