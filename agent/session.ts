import type { Caller } from '../cartridge/audit.js';
import { BEST_EFFORT_WAIT_MS, isBusy, whoHasOpen } from '../cartridge/busy.js';
import type { ConversationMessage, ConversationStore } from '../cartridge/conversations.js';
import { errorMessage, UsageError } from '../cartridge/errors.js';
import type { Executor } from '../tools/executor.js';
import type { ToolResult } from '../tools/tool-result.js';
import type { Planner, PlannerEvent } from './planner.js';
import { MAX_REQUEST_CHARS, requestTooLong } from './request-limit.js';
import { modelOutput } from './tool-output.js';
import { typedText } from './typed-text.js';

export interface TurnOptions {
  planner: Planner;
  executor: Executor;
  conversations: ConversationStore;
  /** What the person asked. */
  text: string;
  /** Approve destructive steps for this request (`--yes`). */
  approved?: boolean;
  /** Continue this conversation (an id or a unique prefix); a new one starts when absent. */
  conversationId?: string;
  /** Who the tool calls are audited as; by default the agent, with the conversation id. */
  caller?: Caller;
  signal?: AbortSignal;
}

export interface Turn {
  conversationId: string;
  /** True when the turn continues a stored conversation. */
  resumed: boolean;
  /** The planner's events. The turn is stored just before `finish` is passed on; never on `error`. */
  events: AsyncIterable<PlannerEvent>;
}

interface CallRecord {
  callId: string;
  name: string;
  input: unknown;
  result: ToolResult;
}

/** Model messages for a planner that does not provide them: each call and result, then the answer. */
export function messagesFromCalls(calls: readonly CallRecord[], answer: string): ConversationMessage[] {
  const messages: ConversationMessage[] = calls.flatMap(({ callId, name, input, result }) => [
    {
      role: 'assistant' as const,
      content: [{ type: 'tool-call', toolCallId: callId, toolName: name, input: input ?? {} }],
    },
    {
      role: 'tool' as const,
      content: [{ type: 'tool-result', toolCallId: callId, toolName: name, output: modelOutput(result) }],
    },
  ]);
  if (answer) messages.push({ role: 'assistant', content: answer });
  return messages;
}

/**
 * One turn of a conversation with any planner: loads the conversation's history, runs the
 * planner, and stores the whole turn (the person's message, the calls, the answer, the usage)
 * in one transaction when the planner finishes. A failed, cancelled or abandoned turn stores
 * nothing; the tool calls it made stay, each one committed and audited by the executor.
 * A request longer than `MAX_REQUEST_CHARS` throws a UsageError before anything is read or stored.
 */
export function startTurn(options: TurnOptions): Turn {
  const { planner, conversations } = options;
  if (options.text.length > MAX_REQUEST_CHARS) throw requestTooLong('The request', options.text.length);
  const text = typedText(options.text);
  let conversationId: string;
  let history: ConversationMessage[] = [];
  if (options.conversationId !== undefined) {
    const existing = conversations.resolve(options.conversationId);
    if (!existing) {
      throw new UsageError(
        `There is no conversation "${options.conversationId}". Leave out --conversation to start a new one.`,
        { code: 'conversation_missing' },
      );
    }
    conversationId = existing.id;
    history = conversations.messages(existing.id).map(({ role, content }) => ({ role, content }));
  } else {
    conversationId = conversations.newId();
  }
  const caller = options.caller ?? { kind: 'agent', id: conversationId };

  async function* events(): AsyncGenerator<PlannerEvent> {
    const calls: CallRecord[] = [];
    try {
      const run = planner.run(
        {
          text,
          approved: options.approved ?? false,
          conversationId,
          history,
          ...(options.signal ? { signal: options.signal } : {}),
        },
        { executor: options.executor, caller },
      );
      for await (const event of run) {
        if (event.type === 'tool-call-end') calls.push(event);
        if (event.type === 'error') {
          yield event;
          return;
        }
        if (event.type !== 'finish') {
          yield event;
          continue;
        }
        if (options.signal?.aborted) {
          // Cancelled while the planner was finishing (the offline planner does not watch the
          // signal): the turn is not stored, whatever the planner made of it.
          yield { type: 'error', message: 'Cancelled; nothing of this turn was saved.', code: 'cancelled' };
          return;
        }
        try {
          await conversations.appendTurn({
            conversationId,
            model: planner.model,
            messages: [
              { role: 'user', content: text },
              ...(event.messages ?? messagesFromCalls(calls, event.answer)),
            ],
            usage: event.usage,
            waitMs: BEST_EFFORT_WAIT_MS,
          });
        } catch (error) {
          // Keeping the turn is best-effort: the answer is given now, and said not to be kept.
          const { path, readOnly } = options.executor.cartridge;
          const why = readOnly
            ? `fazt can only read the cartridge, as ${readOnly}`
            : isBusy(error)
              ? `another fazt process${whoHasOpen(path)} is writing to the cartridge`
              : undefined;
          if (why) {
            yield {
              ...event,
              unsaved: `This turn could not be saved in the conversation: ${why}. The answer is still right.`,
            };
            return;
          }
          yield {
            type: 'error',
            message: `The answer could not be saved in the conversation: ${errorMessage(error)}`,
            code: 'conversation_write',
          };
          return;
        }
        yield event;
        return;
      }
    } catch (error) {
      yield {
        type: 'error',
        message: `The ${planner.model} planner failed: ${errorMessage(error)}`,
        code: 'planner_failed',
      };
      return;
    }
    yield {
      type: 'error',
      message: `The ${planner.model} planner stopped without an answer. Nothing of this turn was saved.`,
      code: 'planner_incomplete',
    };
  }

  return { conversationId, resumed: options.conversationId !== undefined, events: events() };
}
