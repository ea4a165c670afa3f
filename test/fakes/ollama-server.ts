import { createHash } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { type LoopbackServer, pieces, type RecordedRequest, sleep, startLoopbackServer } from './http.js';

/** A tool call as Ollama sends it: arguments are an object, already parsed. */
export interface FakeOllamaToolCall {
  name: string;
  arguments: Record<string, unknown>;
}

/** What the fake answers one `/api/chat` request with. */
export type OllamaReply =
  | {
      text?: string;
      thinking?: string;
      toolCalls?: FakeOllamaToolCall[];
      /**
       * Where streamed tool calls go: `separate` (one chunk each, before the final chunk, as
       * Ollama ≥ 0.8 streams them; the default), `together` (one chunk), or `final` (on the
       * `done` chunk, as older servers did).
       */
      toolCallPlacement?: 'separate' | 'together' | 'final';
      usage?: { input: number; output: number };
      doneReason?: string;
      /** Characters per streamed chunk (default 4). */
      chunkSize?: number;
      /** Streaming only: destroy the connection after this many lines. */
      cutAfterLines?: number;
      /** Streaming only: stop sending (but keep the connection open) after this many lines. */
      stallAfterLines?: number;
      /** Streaming only: send `{"error": …}` as a line after this many lines. */
      errorAfterLines?: { lines: number; message: string };
      delayMs?: number;
    }
  | { status: number; error?: string; headers?: Record<string, string>; contentType?: string }
  | { hang: true };

/** The parts of an Ollama chat request the tests look at. */
export interface OllamaChatBody {
  model: string;
  stream?: boolean;
  messages: Array<{
    role: string;
    content: string;
    tool_calls?: Array<{ function: { name: string; arguments: Record<string, unknown> } }>;
    tool_name?: string;
  }>;
  tools?: Array<{ type: 'function'; function: { name: string; description?: string; parameters: unknown } }>;
  options?: Record<string, unknown>;
}

export interface FakeOllamaOptions {
  /** Replies to `/api/chat`, in order. When they run out the fake answers 500. */
  replies?: OllamaReply[];
  /** Pulled models, served by `/api/tags`; chat or embed with another model gets Ollama's 404. */
  models?: string[];
  /** Length of the vectors `/api/embed` returns (default 8). */
  dimensions?: number;
  /** Vectors from a real (weak) model instead of hashes, e.g. `loadGlove()` from ./glove.ts. */
  embed?: (text: string) => number[];
}

export interface FakeOllamaServer extends LoopbackServer {
  /** `http://127.0.0.1:<port>`: the host to configure (`ollama.host`). */
  host: string;
  reply(...replies: OllamaReply[]): void;
  chatRequests(): OllamaChatBody[];
}

const STAMP = '2026-01-01T00:00:00.000000Z';

function json(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  response.end(JSON.stringify(body));
}

const notFound = (model: string) => `model "${model}" not found, try pulling it first`;

/** A deterministic unit vector for a text, so the same text always embeds the same way. */
export function fakeEmbedding(text: string, dimensions: number): number[] {
  const digest = createHash('sha256').update(text).digest();
  const vector = Array.from({ length: dimensions }, (_, index) => digest[index % digest.length]! - 127.5);
  const length = Math.hypot(...vector) || 1;
  return vector.map((value) => value / length);
}

function doneStats(reply: Extract<OllamaReply, { text?: string }>) {
  return {
    total_duration: 1_000_000,
    load_duration: 100_000,
    prompt_eval_count: reply.usage?.input ?? 40,
    prompt_eval_duration: 200_000,
    eval_count: reply.usage?.output ?? 8,
    eval_duration: 500_000,
  };
}

const wireCalls = (calls: FakeOllamaToolCall[], offset = 0) =>
  calls.map((call, index) => ({
    function: { index: index + offset, name: call.name, arguments: call.arguments },
  }));

/** The NDJSON lines of a streamed chat reply, as Ollama writes them. */
function chatLines(body: OllamaChatBody, reply: Extract<OllamaReply, { text?: string }>): unknown[] {
  const size = reply.chunkSize ?? 4;
  const line = (message: Record<string, unknown>) => ({
    model: body.model,
    created_at: STAMP,
    message: { role: 'assistant', content: '', ...message },
    done: false,
  });
  const lines: unknown[] = [];
  for (const piece of pieces(reply.thinking ?? '', size)) lines.push(line({ thinking: piece }));
  for (const piece of pieces(reply.text ?? '', size)) lines.push(line({ content: piece }));
  const calls = reply.toolCalls ?? [];
  const placement = reply.toolCallPlacement ?? 'separate';
  if (calls.length && placement === 'separate') {
    calls.forEach((call, index) => {
      lines.push(line({ tool_calls: wireCalls([call], index) }));
    });
  }
  if (calls.length && placement === 'together') lines.push(line({ tool_calls: wireCalls(calls) }));
  lines.push({
    model: body.model,
    created_at: STAMP,
    message: {
      role: 'assistant',
      content: '',
      ...(calls.length && placement === 'final' ? { tool_calls: wireCalls(calls) } : {}),
    },
    done: true,
    done_reason: reply.doneReason ?? 'stop',
    ...doneStats(reply),
  });
  return lines;
}

/**
 * A fake Ollama server on 127.0.0.1 speaking the real API: `/api/chat` (NDJSON streaming or one
 * JSON object, tool calls as Ollama sends them), `/api/embed`, `/api/tags`, `/api/version`, and
 * Ollama's error bodies (`{"error": "model \"x\" not found, try pulling it first"}`).
 */
export async function startFakeOllama(options: FakeOllamaOptions = {}): Promise<FakeOllamaServer> {
  const queue = [...(options.replies ?? [])];
  const models = options.models ?? ['qwen2.5:7b'];
  const dimensions = options.dimensions ?? 8;
  const pulled = (model: string) => models.includes(model) || models.includes(`${model}:latest`);

  const handle = async (request: RecordedRequest, response: ServerResponse) => {
    if (request.method === 'GET' && request.path === '/api/version') {
      json(response, 200, { version: '0.12.6' });
      return;
    }
    if (request.method === 'GET' && request.path === '/api/tags') {
      json(response, 200, {
        models: models.map((name) => ({
          name,
          model: name,
          modified_at: STAMP,
          size: 4_683_087_332,
          digest: createHash('sha256').update(name).digest('hex'),
          details: {
            parent_model: '',
            format: 'gguf',
            family: 'qwen2',
            families: ['qwen2'],
            parameter_size: '7.6B',
            quantization_level: 'Q4_K_M',
          },
        })),
      });
      return;
    }
    if (request.method === 'POST' && request.path === '/api/embed') {
      const body = request.body as { model: string; input: string | string[] };
      if (!pulled(body.model)) {
        json(response, 404, { error: notFound(body.model) });
        return;
      }
      const inputs = Array.isArray(body.input) ? body.input : [body.input];
      json(response, 200, {
        model: body.model,
        embeddings: inputs.map((text) => options.embed?.(text) ?? fakeEmbedding(text, dimensions)),
        total_duration: 1_000_000,
        load_duration: 100_000,
        prompt_eval_count: inputs.join(' ').split(/\s+/).length,
      });
      return;
    }
    if (request.method !== 'POST' || request.path !== '/api/chat') {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('404 page not found');
      return;
    }
    const body = request.body as OllamaChatBody;
    if (!pulled(body.model)) {
      json(response, 404, { error: notFound(body.model) });
      return;
    }
    const reply = queue.shift();
    if (!reply) {
      json(response, 500, { error: 'the fake server has no scripted reply left for this request' });
      return;
    }
    if ('hang' in reply) return;
    if ('status' in reply) {
      if (reply.contentType) {
        response.writeHead(reply.status, { 'content-type': reply.contentType, ...reply.headers });
        response.end(reply.error ?? '');
      } else {
        json(response, reply.status, { error: reply.error ?? `error ${reply.status}` }, reply.headers);
      }
      return;
    }
    if (reply.delayMs) await sleep(reply.delayMs);
    const lines = chatLines(body, reply);
    if (body.stream === false) {
      const message = { role: 'assistant', content: reply.text ?? '' } as Record<string, unknown>;
      if (reply.thinking) message.thinking = reply.thinking;
      if (reply.toolCalls?.length) message.tool_calls = wireCalls(reply.toolCalls);
      json(response, 200, {
        model: body.model,
        created_at: STAMP,
        message,
        done: true,
        done_reason: reply.doneReason ?? 'stop',
        ...doneStats(reply),
      });
      return;
    }
    response.writeHead(200, { 'content-type': 'application/x-ndjson' });
    for (const [index, line] of lines.entries()) {
      if (reply.cutAfterLines !== undefined && index >= reply.cutAfterLines) {
        response.socket?.destroy();
        return;
      }
      if (reply.stallAfterLines !== undefined && index >= reply.stallAfterLines) return;
      if (reply.errorAfterLines && index >= reply.errorAfterLines.lines) {
        response.end(`${JSON.stringify({ error: reply.errorAfterLines.message })}\n`);
        return;
      }
      response.write(`${JSON.stringify(line)}\n`);
      await sleep(0);
    }
    response.end();
  };

  const server = await startLoopbackServer(handle);
  return {
    ...server,
    host: server.origin,
    reply: (...replies) => {
      queue.push(...replies);
    },
    chatRequests: () =>
      server.requests
        .filter((request) => request.path === '/api/chat' && request.method === 'POST')
        .map((request) => request.body as OllamaChatBody),
  };
}
