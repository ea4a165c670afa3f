import type { z } from 'zod';

export type ToolErrorCode =
  | 'unknown_tool'
  | 'invalid_input'
  | 'not_found'
  | 'conflict'
  | 'needs_approval'
  | 'denied'
  | 'failed'
  | 'aborted';

export interface ToolIssue {
  /** The input field, dotted (`entries.3.key`), or '' for the input as a whole. */
  path: string;
  message: string;
}

/** A failed call, typed so planners can read it and recover, and surfaces can map it to exit codes. */
export interface ToolError {
  code: ToolErrorCode;
  message: string;
  issues?: ToolIssue[];
  /** For unknown_tool: the closest tool names. */
  suggestions?: string[];
}

/**
 * A call's result. `auditId` is the audit row's id, or 0 while that row is pending: it was a read
 * (or a refusal) made while another process held the write lock, and is written once it is free.
 */
export type ToolResult<T = unknown> =
  | { ok: true; tool: string; output: T; text: string; auditId: number; durationMs: number }
  | { ok: false; tool: string; error: ToolError; auditId?: number; durationMs: number };

/**
 * Zod issues as `field: what is wrong`, with the field named as the caller wrote it. Zod does not
 * keep the input on an issue (it may be huge), so a missing field is told by its message.
 */
export function toIssues(error: z.ZodError): ToolIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message:
      issue.code === 'invalid_type' && / received undefined$/.test(issue.message)
        ? `is required (${issue.expected})`
        : issue.message,
  }));
}

export function describeIssues(tool: string, issues: ToolIssue[]): string {
  const lines = issues.slice(0, 5).map(({ path, message }) => (path ? `${path}: ${message}` : message));
  const more = issues.length > 5 ? ` (and ${issues.length - 5} more)` : '';
  return `Invalid input for ${tool}: ${lines.join('; ')}${more}. Run \`fazt tools\` to see what ${tool} expects.`;
}
