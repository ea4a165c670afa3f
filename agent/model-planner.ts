import {
  InvalidToolInputError,
  isStepCount,
  type LanguageModel,
  type ModelMessage,
  modelMessageSchema,
  NoSuchToolError,
  streamText,
  type ToolCallRepairFunction,
  type ToolSet,
} from 'ai';
import type { ConversationMessage } from '../cartridge/conversations.js';
import type { FaztError } from '../cartridge/errors.js';
import { relevantPassages } from '../tools/knowledge/context.js';
import type { Registry } from '../tools/registry.js';
import type { ToolResult } from '../tools/tool-result.js';
import { approvalNote, type PendingApproval } from './approval-note.js';
import { fitHistory, HISTORY_BUDGET_CHARS } from './history.js';
import { buildInstructions } from './instructions.js';
import type { Planner, PlannerDeps, PlannerEvent, PlanRequest, PlanStatus, Usage } from './planner.js';
import { repairToolInput, repairToolName } from './tool-call-repair.js';
import { selectTools } from './tool-selection.js';
import { registryToolSet } from './toolset.js';

export interface ModelPlannerOptions {
  /** `ollama:<model>` or `openai:<model>`. */
  id: string;
  model: LanguageModel;
  registry: Registry;
  /** Tool-calling steps allowed; one more step is always left for the answer. */
  maxSteps: number;
  /** How long to wait for the model's first and each next piece of output. */
  timeoutMs: number;
  maxRetries: number;
  /** Turns a provider failure into a FaztError that says what to do. */
  describeError(error: unknown, signal: AbortSignal | undefined): FaztError;
  now?: () => Date;
}

const isModelMessage = (message: ConversationMessage) => modelMessageSchema.safeParse(message).success;

/** Fixes tool names and arguments a small model got slightly wrong; otherwise the model sees the error. */
const repairToolCall: ToolCallRepairFunction<ToolSet> = async ({ toolCall, tools, error }) => {
  if (NoSuchToolError.isInstance(error)) {
    const name = repairToolName(toolCall.toolName, Object.keys(tools));
    return name ? { ...toolCall, toolName: name } : null;
  }
  if (InvalidToolInputError.isInstance(error)) {
    const input = repairToolInput(toolCall.input);
    return input ? { ...toolCall, input: JSON.stringify(input) } : null;
  }
  return null;
};

/** A tool call the SDK refused before it reached the executor (unknown tool, unreadable arguments). */
function refusedCall(name: string, message: string, known: boolean): ToolResult {
  return {
    ok: false,
    tool: name,
    error: known
      ? { code: 'invalid_input', message: `The arguments for ${name} were not valid JSON: ${message}` }
      : { code: 'unknown_tool', message },
    durationMs: 0,
  };
}

/**
 * The planner for language models: the AI SDK's multi-step tool loop over the registry. Each
 * tool call goes through the executor; tool errors go back to the model so it can recover;
 * invalid calls are repaired or returned as errors; a call that needs consent stops the loop
 * and the answer says what would happen and how to approve. Emits the PlannerEvent stream.
 */
export function createModelPlanner(options: ModelPlannerOptions): Planner {
  return { model: options.id, run: (request, deps) => runModelPlanner(options, request, deps) };
}

async function* runModelPlanner(
  options: ModelPlannerOptions,
  request: PlanRequest,
  { executor, caller }: PlannerDeps,
): AsyncGenerator<PlannerEvent> {
  const { registry, maxSteps } = options;
  const pending: PendingApproval[] = [];
  const tools = registryToolSet(registry, async (name, input, signal) => {
    const result = await executor.execute(name, input, {
      caller,
      approved: request.approved ?? false,
      signal,
    });
    if (!result.ok && result.error.code === 'needs_approval') {
      pending.push({ name, title: registry.get(name)?.title ?? name, input });
    }
    return result;
  });
  const history = fitHistory(request.history ?? [], HISTORY_BUDGET_CHARS, isModelMessage) as ModelMessage[];
  // A follow-up ("and the other one?") says little itself: the last questions count too.
  const recent = history
    .filter((message) => message.role === 'user' && typeof message.content === 'string')
    .slice(-2)
    .map((message) => message.content as string);
  // Passages of the person's documents that answer put the knowledge tools in the offer, so the
  // model may search further and the passages reach its prompt however many tools there are.
  const passages = relevantPassages(executor.cartridge, request.text);
  const documented = passages.length > 0;
  const activeTools = selectTools(
    registry,
    [...recent, request.text].join('\n'),
    undefined,
    documented ? ['knowledge_ask', 'knowledge_search'] : [],
  );
  const usage: Usage = { inputTokens: 0, outputTokens: 0 };
  let answer = '';
  let stepHasText = false;
  let lastToolText: string | undefined;

  let failure: unknown;
  let result: ReturnType<typeof streamText<ToolSet>>;
  try {
    result = streamText({
      model: options.model,
      instructions: buildInstructions({
        registry,
        cartridge: executor.cartridge,
        request: request.text,
        ...(activeTools ? { tools: activeTools } : {}),
        passages,
        now: options.now?.(),
      }),
      messages: [...history, { role: 'user', content: request.text }],
      tools,
      ...(activeTools ? { activeTools } : {}),
      stopWhen: [isStepCount(maxSteps + 1), () => pending.length > 0],
      prepareStep: ({ stepNumber }) => (stepNumber >= maxSteps ? { toolChoice: 'none' } : undefined),
      toolCallConcurrency: 1,
      repairToolCall,
      maxRetries: options.maxRetries,
      timeout: { firstChunkMs: options.timeoutMs, chunkMs: options.timeoutMs },
      abortSignal: request.signal,
      onError: () => {},
    });
  } catch (error) {
    yield errorEvent(options.describeError(error, request.signal));
    return;
  }

  try {
    for await (const part of result.stream) {
      if (part.type === 'start-step') stepHasText = false;
      else if (part.type === 'text-delta' && part.text) {
        if (answer && !stepHasText) {
          answer += '\n\n';
          yield { type: 'text-delta', text: '\n\n' };
        }
        stepHasText = true;
        answer += part.text;
        yield { type: 'text-delta', text: part.text };
      } else if (part.type === 'tool-call') {
        yield { type: 'tool-call-start', callId: part.toolCallId, name: part.toolName, input: part.input };
      } else if (part.type === 'tool-result') {
        const toolResult = part.output as ToolResult;
        if (toolResult.ok) lastToolText = toolResult.text;
        yield* toolEnd(part.toolCallId, part.toolName, part.input, toolResult, registry);
      } else if (part.type === 'tool-error') {
        const known = registry.get(part.toolName) !== undefined;
        const message = typeof part.error === 'string' ? part.error : String(part.error);
        yield* toolEnd(
          part.toolCallId,
          part.toolName,
          part.input,
          refusedCall(part.toolName, message, known),
          registry,
        );
      } else if (part.type === 'finish-step') {
        const step = { inputTokens: part.usage.inputTokens ?? 0, outputTokens: part.usage.outputTokens ?? 0 };
        usage.inputTokens += step.inputTokens;
        usage.outputTokens += step.outputTokens;
        yield { type: 'usage', ...step };
      } else if (part.type === 'error') {
        failure = part.error;
        break;
      } else if (part.type === 'abort') {
        // Aborted without the caller asking: one of the SDK's own step or chunk timeouts fired.
        failure = request.signal?.aborted
          ? (request.signal.reason ?? new DOMException('Cancelled.', 'AbortError'))
          : new DOMException(part.reason ?? 'The model stopped answering.', 'TimeoutError');
        break;
      }
    }
  } catch (error) {
    failure = error;
  }
  if (failure !== undefined) {
    yield errorEvent(options.describeError(failure, request.signal));
    return;
  }

  let messages: ConversationMessage[];
  try {
    messages = (await result.responseMessages) as ConversationMessage[];
  } catch (error) {
    yield errorEvent(options.describeError(error, request.signal));
    return;
  }

  let status: PlanStatus = 'done';
  let closing: string | undefined;
  if (pending.length) {
    status = 'needs_approval';
    closing = approvalNote(pending);
  } else if (!answer.trim()) {
    closing = lastToolText ?? 'The model gave no answer. Try rephrasing, or another model (`fazt models`).';
    if (!lastToolText) status = 'error';
  }
  if (closing) {
    const text = answer.trim() ? `\n\n${closing}` : closing;
    answer += text;
    messages = [...messages, { role: 'assistant', content: closing }];
    yield { type: 'text-delta', text };
  }
  yield { type: 'finish', answer, status, usage, messages };
}

function* toolEnd(
  callId: string,
  name: string,
  input: unknown,
  result: ToolResult,
  registry: Registry,
): Generator<PlannerEvent> {
  yield { type: 'tool-call-end', callId, name, input, result };
  if (!result.ok && result.error.code === 'needs_approval') {
    const risk = registry.get(name)?.risk ?? 'destructive';
    yield { type: 'approval-request', callId, name, input, risk, message: result.error.message };
  }
}

const errorEvent = (error: FaztError): PlannerEvent => ({
  type: 'error',
  message: error.message,
  code: error.code,
});
