import type { Caller } from '../cartridge/audit.js';
import type { AnyTool } from './define-tool.js';

/**
 * `allow` runs the call; `deny` refuses it for this caller; `ask` means consent is needed and was
 * not given; `declined` means the person was asked just now (the chat's inline prompt) and said no.
 */
export type ApprovalDecision = 'allow' | 'deny' | 'ask' | 'declined';

export interface ApprovalRequest {
  tool: AnyTool;
  input: unknown;
  caller: Caller;
  /** The caller said yes up front (`--yes`, an approved chat prompt, an admin token). */
  approved: boolean;
}

/**
 * Decides whether a call may run. `ask` means "not without the person's consent": the executor
 * returns a needs_approval result and the surface asks (or tells how to approve).
 */
export type ApprovalPolicy = (request: ApprovalRequest) => ApprovalDecision | Promise<ApprovalDecision>;

/**
 * Whether a call needs the person's consent: the tool's own `consent(input)` when it has one and
 * the input is valid, otherwise whether the tool is destructive. Every surface decides by this.
 */
export function needsConsent(tool: AnyTool, input: unknown): boolean {
  if (tool.consent) {
    const parsed = tool.input.safeParse(input);
    if (parsed.success) return tool.consent(parsed.data);
  }
  return tool.risk === 'destructive';
}

/** A call that needs consent (`needsConsent`) runs only when the caller approved it; others run. */
export const defaultApprovalPolicy: ApprovalPolicy = ({ tool, input, approved }) =>
  !needsConsent(tool, input) || approved ? 'allow' : 'ask';
