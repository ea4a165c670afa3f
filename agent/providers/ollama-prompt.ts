import type {
  LanguageModelV4CallOptions,
  LanguageModelV4FunctionTool,
  LanguageModelV4Prompt,
  LanguageModelV4ToolResultOutput,
} from '@ai-sdk/provider';
import type { ChatRequest, Message, Tool } from 'ollama';

/** Context window asked of Ollama. Its default (2–4k) silently cuts off the tools and history. */
export const OLLAMA_NUM_CTX = 8192;

/** A tool result as the text a local model reads. */
export function toolOutputText(output: LanguageModelV4ToolResultOutput): string {
  switch (output.type) {
    case 'text':
      return output.value;
    case 'json':
      return JSON.stringify(output.value);
    case 'error-text':
      return `Error: ${output.value}`;
    case 'error-json':
      return `Error: ${JSON.stringify(output.value)}`;
    case 'execution-denied':
      return `Not run: ${output.reason ?? 'the person did not approve it'}.`;
    case 'content':
      return output.value.map((part) => (part.type === 'text' ? part.text : '')).join('');
  }
}

function inputObject(input: unknown): Record<string, unknown> {
  if (typeof input === 'string') {
    try {
      return inputObject(JSON.parse(input));
    } catch {
      return {};
    }
  }
  return typeof input === 'object' && input !== null && !Array.isArray(input)
    ? (input as Record<string, unknown>)
    : {};
}

/** The AI SDK prompt as Ollama chat messages: tool calls with object arguments, results as `tool` messages. */
export function toOllamaMessages(prompt: LanguageModelV4Prompt): Message[] {
  const messages: Message[] = [];
  for (const message of prompt) {
    if (message.role === 'system') {
      messages.push({ role: 'system', content: message.content });
    } else if (message.role === 'user') {
      const text = message.content.map((part) => (part.type === 'text' ? part.text : '')).join('');
      const images = message.content.flatMap((part) =>
        part.type === 'file' && part.mediaType.startsWith('image') && part.data.type === 'data'
          ? [
              typeof part.data.data === 'string'
                ? part.data.data
                : Buffer.from(part.data.data).toString('base64'),
            ]
          : [],
      );
      messages.push({ role: 'user', content: text, ...(images.length ? { images } : {}) });
    } else if (message.role === 'assistant') {
      let content = '';
      const toolCalls: NonNullable<Message['tool_calls']> = [];
      for (const part of message.content) {
        if (part.type === 'text') content += part.text;
        else if (part.type === 'tool-call') {
          toolCalls.push({ function: { name: part.toolName, arguments: inputObject(part.input) } });
        }
      }
      messages.push({ role: 'assistant', content, ...(toolCalls.length ? { tool_calls: toolCalls } : {}) });
    } else {
      for (const part of message.content) {
        if (part.type !== 'tool-result') continue;
        messages.push({ role: 'tool', content: toolOutputText(part.output), tool_name: part.toolName });
      }
    }
  }
  return messages;
}

/** The tools Ollama is offered; none when the step must answer in text. */
export function toOllamaTools(options: LanguageModelV4CallOptions): Tool[] {
  if (options.toolChoice?.type === 'none') return [];
  return (options.tools ?? [])
    .filter((tool): tool is LanguageModelV4FunctionTool => tool.type === 'function')
    .map((tool) => ({
      type: 'function',
      function: {
        name: tool.name,
        ...(tool.description ? { description: tool.description } : {}),
        parameters: tool.inputSchema as NonNullable<Tool['function']['parameters']>,
      },
    }));
}

/** The whole `/api/chat` request for one model step. */
export function toOllamaRequest(
  model: string,
  options: LanguageModelV4CallOptions,
  numCtx = OLLAMA_NUM_CTX,
): ChatRequest {
  const tools = toOllamaTools(options);
  const settings: NonNullable<ChatRequest['options']> = { num_ctx: numCtx };
  if (options.temperature !== undefined) settings.temperature = options.temperature;
  if (options.topP !== undefined) settings.top_p = options.topP;
  if (options.topK !== undefined) settings.top_k = options.topK;
  if (options.maxOutputTokens !== undefined) settings.num_predict = options.maxOutputTokens;
  if (options.stopSequences?.length) settings.stop = options.stopSequences;
  if (options.seed !== undefined) settings.seed = options.seed;
  if (options.presencePenalty !== undefined) settings.presence_penalty = options.presencePenalty;
  if (options.frequencyPenalty !== undefined) settings.frequency_penalty = options.frequencyPenalty;
  return {
    model,
    messages: toOllamaMessages(options.prompt),
    ...(tools.length ? { tools } : {}),
    ...(options.responseFormat?.type === 'json' ? { format: options.responseFormat.schema ?? 'json' } : {}),
    options: settings,
  };
}
