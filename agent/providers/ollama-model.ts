import { randomUUID } from 'node:crypto';
import type {
  LanguageModelV4,
  LanguageModelV4CallOptions,
  LanguageModelV4Content,
  LanguageModelV4FinishReason,
  LanguageModelV4StreamPart,
  LanguageModelV4Usage,
} from '@ai-sdk/provider';
import type { ChatResponse, ToolCall } from 'ollama';
import { OLLAMA_NUM_CTX, toOllamaRequest } from './ollama-prompt.js';
import { connectOllama, toApiCallError } from './ollama-transport.js';
import { createTextToolCallFilter, type TextToolCall } from './text-tool-calls.js';

export interface OllamaModelOptions {
  host: string;
  model: string;
  /** Context window to ask for (default 8192). */
  numCtx?: number;
  /** Give up when Ollama has not started answering within this long (a model may be loading). */
  timeoutMs?: number;
}

const callId = () => `call_${randomUUID().replaceAll('-', '').slice(0, 16)}`;

function usageOf(response: Partial<ChatResponse> | undefined): LanguageModelV4Usage {
  const input = response?.prompt_eval_count;
  const output = response?.eval_count;
  return {
    inputTokens: { total: input, noCache: input, cacheRead: undefined, cacheWrite: undefined },
    outputTokens: { total: output, text: output, reasoning: undefined },
  };
}

function finishReason(doneReason: string | undefined, hasToolCalls: boolean): LanguageModelV4FinishReason {
  if (hasToolCalls) return { unified: 'tool-calls', raw: doneReason };
  if (doneReason === 'stop') return { unified: 'stop', raw: doneReason };
  if (doneReason === 'length') return { unified: 'length', raw: doneReason };
  return { unified: doneReason ? 'other' : 'interrupted', raw: doneReason };
}

type WireCall = ToolCall & { id?: string };

const toolCallPart = (call: WireCall | TextToolCall) => {
  const name = 'function' in call ? call.function.name : call.name;
  const args = 'function' in call ? call.function.arguments : call.arguments;
  return {
    type: 'tool-call' as const,
    toolCallId: ('id' in call && typeof call.id === 'string' && call.id) || callId(),
    toolName: name,
    input: JSON.stringify(args ?? {}),
  };
};

/**
 * A local model behind Ollama as an AI SDK language model, built on the `ollama` client. Tool
 * calls are read from every streamed chunk, wherever Ollama puts them (their own chunks, all at
 * once, or on the final `done` chunk), and from text when a model writes the call as JSON, so
 * the agent loop gets every call whole and once. See agent/providers/ollama-model.test.ts.
 */
export function createOllamaModel({
  host,
  model,
  numCtx = OLLAMA_NUM_CTX,
  timeoutMs,
}: OllamaModelOptions): LanguageModelV4 {
  const url = `${host}/api/chat`;

  async function doGenerate(options: LanguageModelV4CallOptions) {
    const request = toOllamaRequest(model, options, numCtx);
    const { client, lastHeaders } = connectOllama(host, options.abortSignal, timeoutMs);
    let response: ChatResponse;
    try {
      response = await client.chat({ ...request, stream: false });
    } catch (error) {
      throw toApiCallError(error, { url, body: request, headers: lastHeaders() });
    }
    const toolNames = (request.tools ?? []).map((tool) => tool.function.name ?? '');
    const content: LanguageModelV4Content[] = [];
    if (response.message.thinking) content.push({ type: 'reasoning', text: response.message.thinking });
    let calls: Array<WireCall | TextToolCall> = response.message.tool_calls ?? [];
    if (!calls.length && response.message.content) {
      const filter = createTextToolCallFilter(toolNames);
      const shown = filter.push(response.message.content);
      const rest = filter.end();
      calls = rest.calls;
      const text = shown + rest.text;
      if (text) content.push({ type: 'text', text });
    } else if (response.message.content) {
      content.push({ type: 'text', text: response.message.content });
    }
    content.push(...calls.map(toolCallPart));
    return {
      content,
      finishReason: finishReason(response.done_reason, calls.length > 0),
      usage: usageOf(response),
      request: { url, body: request },
      response: { modelId: response.model, headers: lastHeaders() },
      warnings: [],
    };
  }

  async function doStream(options: LanguageModelV4CallOptions) {
    const request = toOllamaRequest(model, options, numCtx);
    const { client, lastHeaders } = connectOllama(host, options.abortSignal, timeoutMs);
    let chunks: AsyncIterable<ChatResponse> & { abort(): void };
    try {
      chunks = await client.chat({ ...request, stream: true });
    } catch (error) {
      throw toApiCallError(error, { url, body: request, headers: lastHeaders() });
    }
    const toolNames = (request.tools ?? []).map((tool) => tool.function.name ?? '');

    const stream = new ReadableStream<LanguageModelV4StreamPart>({
      async start(controller) {
        const filter = createTextToolCallFilter(toolNames);
        let textOpen = false;
        let reasoningOpen = false;
        let calls = 0;
        let last: ChatResponse | undefined;
        const text = (delta: string) => {
          if (!delta) return;
          if (!textOpen) controller.enqueue({ type: 'text-start', id: 'text' });
          textOpen = true;
          controller.enqueue({ type: 'text-delta', id: 'text', delta });
        };
        const call = (wire: WireCall | TextToolCall) => {
          const part = toolCallPart(wire);
          calls += 1;
          controller.enqueue({ type: 'tool-input-start', id: part.toolCallId, toolName: part.toolName });
          controller.enqueue({ type: 'tool-input-delta', id: part.toolCallId, delta: part.input });
          controller.enqueue({ type: 'tool-input-end', id: part.toolCallId });
          controller.enqueue(part);
        };
        controller.enqueue({ type: 'stream-start', warnings: [] });
        try {
          for await (const chunk of chunks) {
            last = chunk;
            const { thinking, content, tool_calls: toolCalls } = chunk.message ?? {};
            if (thinking) {
              if (!reasoningOpen) controller.enqueue({ type: 'reasoning-start', id: 'reasoning' });
              reasoningOpen = true;
              controller.enqueue({ type: 'reasoning-delta', id: 'reasoning', delta: thinking });
            }
            if (content) text(filter.push(content));
            for (const wire of toolCalls ?? []) call(wire);
          }
          const rest = filter.end();
          if (rest.calls.length === 0) text(rest.text);
          else if (calls === 0) for (const wire of rest.calls) call(wire);
          if (reasoningOpen) controller.enqueue({ type: 'reasoning-end', id: 'reasoning' });
          if (textOpen) controller.enqueue({ type: 'text-end', id: 'text' });
          controller.enqueue({
            type: 'finish',
            usage: usageOf(last),
            finishReason: finishReason(last?.done_reason, calls > 0),
          });
        } catch (error) {
          controller.enqueue({
            type: 'error',
            error: toApiCallError(error, { url, body: request, headers: lastHeaders() }),
          });
        }
        controller.close();
      },
      cancel() {
        chunks.abort();
      },
    });
    return { stream, request: { url, body: request }, response: { headers: lastHeaders() } };
  }

  return {
    specificationVersion: 'v4',
    provider: 'ollama',
    modelId: model,
    supportedUrls: {},
    doGenerate,
    doStream,
  };
}
