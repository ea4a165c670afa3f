import type { Caller } from '../cartridge/audit.js';
import type { ConversationMessage } from '../cartridge/conversations.js';
import type { Risk } from '../tools/define-tool.js';
import type { Executor } from '../tools/executor.js';
import type { ToolErrorCode, ToolResult } from '../tools/tool-result.js';

/**
 * The one stream a planner emits. `fazt ask`, the tests, the eval runner and the coming Ink chat
 * all consume exactly this; no surface reaches into a planner's internals.
 *
 * A run ends with exactly one `finish` or one `error`, and nothing after it. The `text-delta`
 * texts, concatenated, are the answer (model planners stream them; a planner may also send the
 * whole answer as one delta). Every `tool-call-start` is followed by its `tool-call-end`; a
 * call that was not run for lack of consent ends with a `needs_approval` result and is also
 * announced by an `approval-request`. `usage` reports one model step; `finish.usage` is the sum.
 */
export type PlannerEvent =
  | { type: 'text-delta'; text: string }
  | { type: 'tool-call-start'; callId: string; name: string; input: unknown }
  | { type: 'tool-call-end'; callId: string; name: string; input: unknown; result: ToolResult }
  /** A step wants a tool that needs consent; it was not run. */
  | { type: 'approval-request'; callId: string; name: string; input: unknown; risk: Risk; message: string }
  | { type: 'usage'; inputTokens: number; outputTokens: number }
  | {
      type: 'finish';
      answer: string;
      status: PlanStatus;
      usage: Usage;
      /**
       * The assistant and tool messages of this turn in model-message form, when the planner
       * has them (model planners do). The session stores them so the turn replays exactly;
       * without them it records the tool calls and the answer from the events.
       */
      messages?: ConversationMessage[];
      /**
       * For a turn that ended in `error` without a failed tool call ("forget my shoe size" with
       * nothing stored under it): the kind of failure, so surfaces give the exit code `fazt run`
       * gives for that kind. Absent when a failed call says it.
       */
      errorCode?: ToolErrorCode;
      /**
       * Set by the session when the answer is right but the turn could not be kept in the
       * conversation (another process held the cartridge's write lock): one line to say so.
       */
      unsaved?: string;
    }
  /** The run failed; nothing of the turn is recorded. `code` names the failure (`model_auth`, …). */
  | { type: 'error'; message: string; code?: string };

/**
 * How a request ended: done; stopped for approval; stopped because information is missing (the
 * answer is the question); not understood (the answer lists what fazt can do); failed.
 */
export type PlanStatus = 'done' | 'needs_approval' | 'needs_input' | 'not_understood' | 'error';

export interface Usage {
  inputTokens: number;
  outputTokens: number;
}

export interface PlanRequest {
  text: string;
  /** Approve destructive steps for this request (`--yes`). */
  approved?: boolean;
  /** Continue a stored conversation. */
  conversationId?: string;
  /** Earlier messages of that conversation, oldest first (the session loads them). */
  history?: ConversationMessage[];
  signal?: AbortSignal;
}

export interface PlannerDeps {
  executor: Executor;
  caller: Caller;
}

/** Turns a request in plain language into tool calls and an answer. */
export interface Planner {
  /** `offline`, `ollama:<model>` or `openai:<model>`. */
  readonly model: string;
  run(request: PlanRequest, deps: PlannerDeps): AsyncIterable<PlannerEvent>;
}
