import type { ErrorKind } from '../cartridge/errors.js';
import type { ToolError, ToolErrorCode, ToolResult } from '../tools/tool-result.js';
import { safeForTerminal } from './terminal-text.js';

/**
 * Writes text meant for a person to stdout, with control and escape sequences made visible
 * (`safeForTerminal`). Every human-readable line goes through this or `printNote`; only JSON
 * (`printJson`, MCP) is written as it is.
 */
export function printText(text: string): void {
  process.stdout.write(safeForTerminal(text));
}

/** Like `printText`, for stderr: traces, logs, errors. */
export function printNote(text: string): void {
  process.stderr.write(safeForTerminal(text));
}

/**
 * Characters JSON.stringify leaves raw that a terminal (or an editor) may obey or hide: DEL and
 * the C1 controls (U+007F–U+009F; U+009B is a one-byte CSI), the line and paragraph separators
 * (U+2028, U+2029), and the bidirectional marks, embeddings, overrides and isolates (U+061C,
 * U+200E, U+200F, U+202A–U+202E, U+2066–U+2069; "Trojan Source", CVE-2021-42574). C0 controls
 * are already escaped by JSON.stringify itself.
 */
const JSON_UNSAFE = /[\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;

/**
 * `JSON.stringify`, with every `JSON_UNSAFE` character written as its `\uXXXX` escape. They can
 * only occur inside strings (JSON's own syntax is ASCII), where the escape is the same value, so
 * `JSON.parse` gives back exactly what `JSON.stringify` would have: the output is exact and still
 * cannot reorder, hide or drive anything when a person looks at it in a terminal.
 */
export function safeJson(value: unknown, indent?: number): string {
  return (JSON.stringify(value, null, indent) ?? 'null').replace(
    JSON_UNSAFE,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** Writes one JSON document to stdout, the only thing stdout holds under --json. */
export function printJson(value: unknown): void {
  process.stdout.write(`${safeJson(value, 2)}\n`);
}

/** Exit codes shared by every command: 0 ok, 1 runtime error, 2 bad usage or input, 3 needs approval. */
export const EXIT = { ok: 0, error: 1, usage: 2, approval: 3 } as const;

/**
 * The exit code for a failed tool call or a thrown error's kind: the only place exit codes are
 * decided. Anything the caller can fix by asking differently (bad input, nothing by that name, a
 * clash) is 2; held or refused for lack of approval is 3; everything else 1.
 */
export function exitCodeFor(code: ToolErrorCode | ErrorKind): number {
  switch (code) {
    case 'unknown_tool':
    case 'invalid_input':
    case 'not_found':
    case 'conflict':
      return EXIT.usage;
    case 'needs_approval':
    case 'denied':
      return EXIT.approval;
    default:
      return EXIT.error;
  }
}

/** What a failure looks like on stdout under --json: `{"error": {code, message, …}}`. */
export interface ErrorBody {
  code: string;
  message: string;
  [detail: string]: unknown;
}

/**
 * Reports a failure: the message always goes to stderr (prefixed `fazt:`); under --json stdout
 * also gets `{"error": …}` so a script reading stdout sees JSON whatever happened.
 */
export function printError(error: ErrorBody | ToolError, json: boolean): void {
  if (json) printJson({ error });
  printNote(`fazt: ${error.message}\n`);
}

/**
 * Prints a tool result the way every command does: the output (JSON) or its sentence on success,
 * the error otherwise. Returns the exit code.
 */
export function printToolResult(
  result: ToolResult,
  json: boolean,
  text?: (output: unknown) => string,
): number {
  if (result.ok) {
    if (json) printJson(result.output);
    else printText(`${text ? text(result.output) : result.text}\n`);
    return EXIT.ok;
  }
  printError(result.error, json);
  return exitCodeFor(result.error.code);
}

/**
 * Whether the command line asks for JSON output, judged from the raw arguments so that even a
 * usage error caught before parsing is reported as JSON (`--` ends the options).
 */
export function wantsJson(args: readonly string[]): boolean {
  const end = args.indexOf('--');
  return (end === -1 ? args : args.slice(0, end)).includes('--json');
}
