import type { ServerResponse } from 'node:http';
import { type LoopbackServer, pieces, type RecordedRequest, sleep, startLoopbackServer } from './http.js';

/** A tool call the fake model makes. `arguments` as a string is sent verbatim (malformed JSON too). */
export interface FakeToolCall {
  name: string;
  arguments: string | Record<string, unknown>;
  id?: string;
}

/** What the fake answers one chat completion request with. */
export type OpenAIReply =
  | {
      text?: string;
      toolCalls?: FakeToolCall[];
      usage?: { input: number; output: number };
      finishReason?: string;
      /** Characters per streamed delta (default 4). */
      chunkSize?: number;
      /** Streaming only: destroy the connection after this many SSE events. */
      cutAfterEvents?: number;
      /** Streaming only: stop sending (but keep the connection open) after this many SSE events. */
      stallAfterEvents?: number;
      /** Wait before answering. */
      delayMs?: number;
      /** Streaming only: wait this long between SSE events (a slow model). */
      eventDelayMs?: number;
    }
  | { status: number; message?: string; code?: string; headers?: Record<string, string> }
  /** Accept the request and never answer. */
  | { hang: true };

/** The parts of an OpenAI chat completion request the tests look at. */
export interface ChatRequestBody {
  model: string;
  stream?: boolean;
  messages: Array<{
    role: string;
    content?: string | null;
    tool_calls?: Array<{ id: string; function: { name: string; arguments: string } }>;
    tool_call_id?: string;
  }>;
  tools?: Array<{ type: 'function'; function: { name: string; description?: string; parameters: unknown } }>;
  stream_options?: { include_usage?: boolean };
}

export interface FakeOpenAIOptions {
  /**
   * Replies, one per chat request, in order; a function is asked with the request's body (a fake
   * that answers from what it was sent). When they run out the fake answers 500.
   */
  replies?: (OpenAIReply | ((body: ChatRequestBody) => OpenAIReply))[];
  /** If set, requests must carry `Authorization: Bearer <apiKey>`; others get 401 like OpenAI. */
  apiKey?: string;
  /** Served by GET /v1/models. */
  models?: string[];
}

export interface FakeOpenAIServer extends LoopbackServer {
  /** `http://127.0.0.1:<port>/v1`: the base URL to configure. */
  baseUrl: string;
  reply(...replies: (OpenAIReply | ((body: ChatRequestBody) => OpenAIReply))[]): void;
  /** Bodies of the chat completion requests received so far. */
  chatRequests(): ChatRequestBody[];
}

const CREATED = 1_767_225_600;

function sendError(
  response: ServerResponse,
  status: number,
  message: string,
  code: string | null,
  headers = {},
) {
  response.writeHead(status, { 'content-type': 'application/json', ...headers });
  response.end(JSON.stringify({ error: { message, type: 'invalid_request_error', param: null, code } }));
}

const argumentsText = (call: FakeToolCall) =>
  typeof call.arguments === 'string' ? call.arguments : JSON.stringify(call.arguments);

function completion(
  body: ChatRequestBody,
  reply: Extract<OpenAIReply, { text?: string }>,
  id: string,
  callId: (index: number) => string,
) {
  const toolCalls = (reply.toolCalls ?? []).map((call, index) => ({
    id: call.id ?? callId(index),
    type: 'function',
    function: { name: call.name, arguments: argumentsText(call) },
  }));
  return {
    id,
    object: 'chat.completion',
    created: CREATED,
    model: body.model,
    choices: [
      {
        index: 0,
        message: {
          role: 'assistant',
          content: reply.text ?? null,
          ...(toolCalls.length ? { tool_calls: toolCalls } : {}),
        },
        finish_reason: reply.finishReason ?? (toolCalls.length ? 'tool_calls' : 'stop'),
      },
    ],
    usage: usageOf(reply),
  };
}

const usageOf = (reply: Extract<OpenAIReply, { text?: string }>) => {
  const input = reply.usage?.input ?? 50;
  const output = reply.usage?.output ?? 10;
  return { prompt_tokens: input, completion_tokens: output, total_tokens: input + output };
};

/** The SSE events of a streamed completion, the way api.openai.com sends them. */
function streamEvents(
  body: ChatRequestBody,
  reply: Extract<OpenAIReply, { text?: string }>,
  id: string,
  callId: (index: number) => string,
): string[] {
  const size = reply.chunkSize ?? 4;
  const chunk = (delta: unknown, finishReason: string | null = null) =>
    JSON.stringify({
      id,
      object: 'chat.completion.chunk',
      created: CREATED,
      model: body.model,
      choices: [{ index: 0, delta, finish_reason: finishReason }],
    });
  const events = [chunk({ role: 'assistant', content: '' })];
  for (const piece of pieces(reply.text ?? '', size)) events.push(chunk({ content: piece }));
  (reply.toolCalls ?? []).forEach((call, index) => {
    events.push(
      chunk({
        tool_calls: [
          {
            index,
            id: call.id ?? callId(index),
            type: 'function',
            function: { name: call.name, arguments: '' },
          },
        ],
      }),
    );
    for (const piece of pieces(argumentsText(call), size * 2)) {
      events.push(chunk({ tool_calls: [{ index, function: { arguments: piece } }] }));
    }
  });
  const toolCalls = reply.toolCalls?.length ?? 0;
  events.push(chunk({}, reply.finishReason ?? (toolCalls ? 'tool_calls' : 'stop')));
  if (body.stream_options?.include_usage) {
    events.push(
      JSON.stringify({
        id,
        object: 'chat.completion.chunk',
        created: CREATED,
        model: body.model,
        choices: [],
        usage: usageOf(reply),
      }),
    );
  }
  events.push('[DONE]');
  return events;
}

/**
 * A fake OpenAI-compatible server on 127.0.0.1 speaking the real chat completions wire protocol
 * (JSON and SSE streaming, tool calls with argument deltas, OpenAI's error bodies), scripted
 * reply by reply. Reusable by any test that needs a model: `startFakeOpenAI({ replies: [...] })`.
 */
export async function startFakeOpenAI(options: FakeOpenAIOptions = {}): Promise<FakeOpenAIServer> {
  const queue = [...(options.replies ?? [])];
  let completions = 0;
  let calls = 0;

  const handle = async (request: RecordedRequest, response: ServerResponse) => {
    if (options.apiKey !== undefined && request.headers.authorization !== `Bearer ${options.apiKey}`) {
      sendError(
        response,
        401,
        'Incorrect API key provided: sk-***. You can find your API key at https://platform.openai.com/account/api-keys.',
        'invalid_api_key',
      );
      return;
    }
    if (request.method === 'GET' && request.path === '/v1/models') {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(
        JSON.stringify({
          object: 'list',
          data: (options.models ?? ['gpt-4o-mini']).map((id) => ({
            id,
            object: 'model',
            created: CREATED,
            owned_by: 'fake',
          })),
        }),
      );
      return;
    }
    if (request.method !== 'POST' || request.path !== '/v1/chat/completions') {
      sendError(response, 404, `Unknown request URL: ${request.method} ${request.path}.`, 'unknown_url');
      return;
    }
    const body = request.body as ChatRequestBody;
    const next = queue.shift();
    const reply = typeof next === 'function' ? next(body) : next;
    if (!reply) {
      sendError(response, 500, 'The fake server has no scripted reply left for this request.', null);
      return;
    }
    if ('hang' in reply) return;
    if ('status' in reply) {
      sendError(
        response,
        reply.status,
        reply.message ?? `Error ${reply.status}`,
        reply.code ?? null,
        reply.headers,
      );
      return;
    }
    if (reply.delayMs) await sleep(reply.delayMs);
    completions += 1;
    const id = `chatcmpl-fake${completions}`;
    const callId = () => {
      calls += 1;
      return `call_fake${calls}`;
    };
    if (!body.stream) {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify(completion(body, reply, id, callId)));
      return;
    }
    response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    const events = streamEvents(body, reply, id, callId);
    for (const [index, event] of events.entries()) {
      if (reply.cutAfterEvents !== undefined && index >= reply.cutAfterEvents) {
        response.socket?.destroy();
        return;
      }
      if (reply.stallAfterEvents !== undefined && index >= reply.stallAfterEvents) return;
      if (response.destroyed || response.writableEnded) return;
      response.write(`data: ${event}\n\n`);
      await sleep(reply.eventDelayMs ?? 0);
    }
    response.end();
  };

  const server = await startLoopbackServer(handle);
  return {
    ...server,
    baseUrl: `${server.origin}/v1`,
    reply: (...replies) => {
      queue.push(...replies);
    },
    chatRequests: () =>
      server.requests
        .filter((request) => request.path === '/v1/chat/completions' && request.method === 'POST')
        .map((request) => request.body as ChatRequestBody),
  };
}
