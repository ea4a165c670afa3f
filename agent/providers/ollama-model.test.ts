import { generateText } from 'ai';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { closedPort } from '../../test/fakes/http.js';
import { type FakeOllamaServer, type OllamaReply, startFakeOllama } from '../../test/fakes/ollama-server.js';
import { providerPlanner } from '../../test/fakes/planners.js';
import { errorOf, eventsOf, finishOf, type TestRuntime, testRuntime } from '../../test/helpers/runtime.js';
import { createMemoryStore } from '../../tools/memory/store.js';
import type { ModelSettings } from '../model-settings.js';
import { createOllamaModel } from './ollama-model.js';

/**
 * The Ollama provider (the `ollama` client wrapped as an AI SDK model) against a fake Ollama
 * that speaks `/api/chat` as Ollama does. Tool calls must arrive whole and exactly once wherever
 * the server puts them in the stream, which is where AI SDK community providers trip.
 */
describe('ollama provider', () => {
  let harness: TestRuntime;
  let server: FakeOllamaServer | undefined;

  beforeEach(() => {
    harness = testRuntime();
  });
  afterEach(async () => {
    harness.close();
    await server?.close();
    server = undefined;
    vi.restoreAllMocks();
  });

  const ask = async (replies: OllamaReply[], request = 'hello', overrides: Partial<ModelSettings> = {}) => {
    server = await startFakeOllama({ replies });
    const planner = providerPlanner('ollama:qwen2.5:7b', harness.registry, {
      ollamaHost: server.host,
      ...overrides,
    });
    return harness.run(planner, request);
  };

  const twoCalls = [
    { name: 'memory_remember', arguments: { key: 'garage code', value: '7781' } },
    { name: 'notes_add', arguments: { text: 'oil the bike chain' } },
  ];

  for (const placement of ['separate', 'together', 'final'] as const) {
    it(`runs every streamed tool call exactly once when Ollama puts them ${placement === 'final' ? 'on the final chunk' : placement === 'separate' ? 'in chunks of their own' : 'in one chunk'}`, async () => {
      const events = await ask(
        [{ text: '', toolCalls: twoCalls, toolCallPlacement: placement }, { text: 'Both saved.' }],
        'remember the garage code 7781 and note to oil the bike chain',
      );
      expect(eventsOf(events, 'tool-call-end').map((event) => [event.name, event.result.ok])).toEqual([
        ['memory_remember', true],
        ['notes_add', true],
      ]);
      expect(harness.cartridge.audit.count()).toBe(2);
      expect(finishOf(events)).toMatchObject({ status: 'done', answer: 'Both saved.' });
    });
  }

  it('sends Ollama what it needs: streaming, an 8k context, the tools, and results as tool messages', async () => {
    await ask(
      [
        { toolCalls: [{ name: 'memory_remember', arguments: { key: 'locker', value: '42' } }] },
        { text: 'Saved.' },
      ],
      'my locker is 42',
    );
    const [first, second] = server!.chatRequests();
    expect(first).toMatchObject({ model: 'qwen2.5:7b', stream: true, options: { num_ctx: 8192 } });
    expect(
      first!.tools?.find((tool) => tool.function.name === 'memory_remember')?.function.parameters,
    ).toMatchObject({
      type: 'object',
      required: ['key', 'value'],
    });
    expect(second!.messages.slice(-2)).toEqual([
      {
        role: 'assistant',
        content: '',
        tool_calls: [{ function: { name: 'memory_remember', arguments: { key: 'locker', value: '42' } } }],
      },
      {
        role: 'tool',
        content: expect.stringContaining('"summary":"Remembered: your locker is 42."'),
        tool_name: 'memory_remember',
      },
    ]);
  });

  it('reads a tool call the model wrote as JSON text, and never shows that JSON as the answer', async () => {
    const events = await ask(
      [
        { text: '{"name": "memory_remember", "arguments": {"key": "bike lock code", "value": "4312"}}' },
        {
          text: '<tool_call>\n{"name": "memory_recall", "arguments": {"key": "bike lock code"}}\n</tool_call>',
        },
        { text: 'Your bike lock code is 4312.' },
      ],
      'remember my bike lock code is 4312 and read it back',
    );
    expect(eventsOf(events, 'tool-call-end').map((event) => event.name)).toEqual([
      'memory_remember',
      'memory_recall',
    ]);
    expect(finishOf(events).answer).toBe('Your bike lock code is 4312.');
    expect(createMemoryStore(harness.cartridge).get('bike lock code')?.value).toBe('4312');
  });

  it('keeps text that only looks like JSON as the answer', async () => {
    const events = await ask([{ text: '{"note": "this is just data"} is what you stored.' }]);
    expect(finishOf(events).answer).toBe('{"note": "this is just data"} is what you stored.');
    expect(eventsOf(events, 'tool-call-start')).toEqual([]);
  });

  it('leaves thinking out of the answer', async () => {
    const events = await ask([{ thinking: 'The person greets me.', text: 'Hello!' }]);
    expect(finishOf(events).answer).toBe('Hello!');
  });

  it('offers no tools on the step that must answer', async () => {
    const recall = { toolCalls: [{ name: 'memory_recall', arguments: { key: 'x' } }] };
    await ask([recall, { text: 'Nothing found.' }], 'find x', { maxSteps: 1 });
    const [first, second] = server!.chatRequests();
    expect(first!.tools?.length).toBeGreaterThan(5);
    expect(second!.tools).toBeUndefined();
  });

  it('says which model to pull when it is missing', async () => {
    server = await startFakeOllama({ models: ['llama3.2:3b'] });
    const planner = providerPlanner('ollama:qwen2.5:7b', harness.registry, { ollamaHost: server.host });
    const error = errorOf(await harness.run(planner, 'hello'));
    expect(error.code).toBe('model_not_found');
    expect(error.message).toBe(
      `The model "qwen2.5:7b" is not in Ollama at ${server.host}. Run \`ollama pull qwen2.5:7b\`, or pick a model you have (\`fazt models\`).`,
    );
  });

  it('says Ollama is not running when nothing listens', async () => {
    const port = await closedPort();
    const host = `http://127.0.0.1:${port}`;
    const planner = providerPlanner('ollama:qwen2.5:7b', harness.registry, { ollamaHost: host });
    const error = errorOf(await harness.run(planner, 'hello'));
    expect(error.code).toBe('model_unreachable');
    expect(error.message).toMatch(
      new RegExp(`^Ollama is not running at ${host} — start it with \`ollama serve\``),
    );
  });

  it('reports a server error without printing the client chatter on stdout', async () => {
    const log = vi.spyOn(console, 'log');
    const error = errorOf(
      await ask([{ status: 500, error: 'llama runner crashed', contentType: 'text/plain' }]),
    );
    expect(error.code).toBe('model_failed');
    expect(error.message).toMatch(/Ollama at .* failed \(500: llama runner crashed\)/);
    expect(log).not.toHaveBeenCalled();
  });

  it('says so when the model cannot use tools (400)', async () => {
    const error = errorOf(
      await ask([{ status: 400, error: 'registry.ollama.ai/library/gemma:2b does not support tools' }]),
    );
    expect(error.code).toBe('model_rejected');
    expect(error.message).toMatch(
      /rejected the request \(400: .*does not support tools\)\. .*try another model/,
    );
  });

  it('retries a busy server (503) and succeeds', async () => {
    const busy: OllamaReply = {
      status: 503,
      error: 'server busy, please try again.',
      headers: { 'retry-after': '0' },
    };
    const events = await ask([busy, { text: 'Hello!' }], 'hello', { maxRetries: 1 });
    expect(finishOf(events).answer).toBe('Hello!');
    expect(server!.chatRequests()).toHaveLength(2);
  });

  it('reports a stream cut in the middle, and an error Ollama sends mid-stream', async () => {
    const cut = errorOf(await ask([{ text: 'Your bike lock code is 4312 and', cutAfterLines: 3 }]));
    expect(cut.code).toBe('model_stream_cut');
    await server!.close();
    const failed = errorOf(
      await ask([{ text: 'Your bike lock', errorAfterLines: { lines: 2, message: 'out of memory' } }]),
    );
    expect(failed.message).toMatch(/out of memory/);
  });

  it('times out when Ollama never answers, and when it stalls', async () => {
    const silent = errorOf(await ask([{ hang: true }], 'hello', { timeoutMs: 300 }));
    expect(silent.code).toBe('model_timeout');
    expect(silent.message).toMatch(
      /^Ollama at .* did not answer within 300 ms\. A local model may still be loading/,
    );
    await server!.close();
    const stalled = errorOf(
      await ask([{ text: 'Your bike lock code', stallAfterLines: 2 }], 'hello', { timeoutMs: 300 }),
    );
    expect(stalled.code).toBe('model_timeout');
  });

  it('answers unstreamed requests too (generateText), tool calls included', async () => {
    server = await startFakeOllama({
      replies: [
        {
          text: '',
          toolCalls: [{ name: 'lookup', arguments: { key: 'x' } }],
          usage: { input: 21, output: 4 },
        },
      ],
    });
    const result = await generateText({
      model: createOllamaModel({ host: server.host, model: 'qwen2.5:7b' }),
      prompt: 'look up x',
      maxRetries: 0,
    });
    expect(server.chatRequests()[0]!.stream).toBe(false);
    expect(result.finalStep.toolCalls).toMatchObject([{ toolName: 'lookup', input: { key: 'x' } }]);
    expect(result.usage).toMatchObject({ inputTokens: 21, outputTokens: 4 });
  });
});
