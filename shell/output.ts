import type { ToolErrorCode } from '../tools/tool-result.js';

/** Writes one JSON document to stdout, the only thing stdout holds under --json. */
export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** Exit codes shared by every command: 0 ok, 1 runtime error, 2 bad usage or input, 3 needs approval. */
export const EXIT = { ok: 0, error: 1, usage: 2, approval: 3 } as const;

export function exitCodeFor(code: ToolErrorCode): number {
  switch (code) {
    case 'unknown_tool':
    case 'invalid_input':
      return EXIT.usage;
    case 'needs_approval':
    case 'denied':
      return EXIT.approval;
    default:
      return EXIT.error;
  }
}
