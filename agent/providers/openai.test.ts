import { generateText } from 'ai';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closedPort } from '../../test/fakes/http.js';
import { type FakeOpenAIServer, type OpenAIReply, startFakeOpenAI } from '../../test/fakes/openai-server.js';
import { providerPlanner } from '../../test/fakes/planners.js';
import {
  errorOf as endsInError,
  eventsOf,
  lastEvent,
  type TestRuntime,
  testRuntime,
} from '../../test/helpers/runtime.js';
import { createMemoryStore } from '../../tools/memory/store.js';
import type { ModelSettings } from '../model-settings.js';
import type { PlannerEvent } from '../planner.js';
import { createOpenAIModel } from './openai.js';

/**
 * The OpenAI-compatible provider against a fake chat completions server: every failure ends in
 * one `error` event with a message that says what to do, never a crash, and never a tool call
 * the model did not finish asking for.
 */
describe('openai provider', () => {
  let harness: TestRuntime;
  let server: FakeOpenAIServer | undefined;

  beforeEach(() => {
    harness = testRuntime();
  });
  afterEach(async () => {
    harness.close();
    await server?.close();
    server = undefined;
  });

  const ask = async (replies: OpenAIReply[], overrides: Partial<ModelSettings> = {}, request = 'hello') => {
    server = await startFakeOpenAI({ replies, apiKey: 'sk-test' });
    const planner = providerPlanner('openai:gpt-4o-mini', harness.registry, {
      openaiBaseUrl: server.baseUrl,
      ...overrides,
    });
    return harness.run(planner, request);
  };

  /** The run's one `error` (see `endsInError`), and no second one. */
  const errorOf = (events: PlannerEvent[]) => {
    const error = endsInError(events);
    expect(eventsOf(events, 'error')).toHaveLength(1);
    return error;
  };

  it('says the API key was refused and how to set it (401)', async () => {
    const events = await ask([], { openaiApiKey: 'sk-wrong' });
    const error = errorOf(events);
    expect(error.code).toBe('model_auth');
    expect(error.message).toMatch(
      /^The API key was refused by http:\/\/127\.0\.0\.1:\d+\/v1 \(401: Incorrect API key/,
    );
    expect(error.message).toMatch(/Set OPENAI_API_KEY or `fazt config set openai\.apiKey …`\./);
  });

  it('honours Retry-After on 429 and succeeds on a later attempt', async () => {
    const limited: OpenAIReply = {
      status: 429,
      message: 'Rate limit reached',
      headers: { 'retry-after': '0' },
    };
    const events = await ask([limited, limited, { text: 'Hello!' }], { maxRetries: 2 });
    expect(lastEvent(events)).toMatchObject({ type: 'finish', answer: 'Hello!' });
    expect(server!.chatRequests()).toHaveLength(3);
  });

  it('gives up after the bounded retries with a clear rate-limit message', async () => {
    const limited: OpenAIReply = {
      status: 429,
      message: 'Rate limit reached',
      headers: { 'retry-after': '0' },
    };
    const error = errorOf(await ask([limited, limited, limited, limited], { maxRetries: 2 }));
    expect(error.code).toBe('model_rate_limited');
    expect(error.message).toMatch(
      /rate-limiting requests \(429: Rate limit reached\) and still refused after 2 retries/,
    );
    expect(server!.chatRequests()).toHaveLength(3);
  });

  it('reports a server error (500)', async () => {
    const error = errorOf(await ask([{ status: 500, message: 'The server had an error' }]));
    expect(error).toMatchObject({ code: 'model_failed' });
    expect(error.message).toMatch(/failed \(500: The server had an error\)\. Try again/);
  });

  it('reports a model the server does not have (404)', async () => {
    const error = errorOf(
      await ask([{ status: 404, message: 'The model `gpt-9` does not exist', code: 'model_not_found' }]),
    );
    expect(error.code).toBe('model_not_found');
    expect(error.message).toMatch(/"gpt-4o-mini" was not found at .*`fazt models`/);
  });

  it('times out when the server never answers', async () => {
    const error = errorOf(await ask([{ hang: true }], { timeoutMs: 300 }));
    expect(error.code).toBe('model_timeout');
    expect(error.message).toMatch(
      /^The model server at .* did not answer within 300 ms\. .*FAZT_MODEL_TIMEOUT_MS/,
    );
  });

  it('times out when the answer stalls mid-stream', async () => {
    const error = errorOf(
      await ask([{ text: 'Your bike lock code is', stallAfterEvents: 3 }], { timeoutMs: 300 }),
    );
    expect(error.code).toBe('model_timeout');
  });

  it('says at once, without retrying, that nothing answers when the connection is refused', async () => {
    const port = await closedPort();
    const planner = providerPlanner('openai:gpt-4o-mini', harness.registry, {
      openaiBaseUrl: `http://127.0.0.1:${port}/v1`,
      // Retries would wait 2 s and 4 s first; the test's 5 s limit would catch them.
      maxRetries: 2,
      timeoutMs: 30_000,
    });
    const error = errorOf(await harness.run(planner, 'hello'));
    expect(error.code).toBe('model_unreachable');
    expect(error.message).toBe(
      `Nothing answers at http://127.0.0.1:${port}/v1. Check that the server is running and the base URL is right (OPENAI_BASE_URL or \`fazt config set openai.baseUrl <url>\`).`,
    );
  }, 5_000);

  it('reports an answer cut off mid-stream', async () => {
    const events = await ask([{ text: 'Your bike lock code is 4312, and also', cutAfterEvents: 4 }]);
    const error = errorOf(events);
    expect(error.code).toBe('model_stream_cut');
    expect(error.message).toMatch(/cut off in the middle of the answer\. Nothing of this turn was saved/);
  });

  it('never runs a tool call the stream cut off half-way', async () => {
    const events = await ask([
      {
        toolCalls: [{ name: 'memory_remember', arguments: { key: 'half written', value: 'never stored' } }],
        cutAfterEvents: 4,
      },
    ]);
    errorOf(events);
    expect(eventsOf(events, 'tool-call-start')).toEqual([]);
    expect(createMemoryStore(harness.cartridge).count()).toBe(0);
    expect(harness.cartridge.audit.count()).toBe(0);
  });

  it('asks for a key before calling api.openai.com without one', () => {
    expect(() =>
      createOpenAIModel({ model: 'gpt-4o-mini', baseUrl: 'https://api.openai.com/v1', apiKey: undefined }),
    ).toThrow(/openai:gpt-4o-mini needs an API key\. Set OPENAI_API_KEY/);
  });

  it('reads non-streamed completions with tool calls', async () => {
    server = await startFakeOpenAI({
      apiKey: 'sk-test',
      replies: [
        { toolCalls: [{ name: 'lookup', arguments: { key: 'x' } }], usage: { input: 11, output: 3 } },
      ],
    });
    const result = await generateText({
      model: createOpenAIModel({ model: 'gpt-4o-mini', baseUrl: server.baseUrl, apiKey: 'sk-test' }),
      prompt: 'look up x',
      tools: {},
      maxRetries: 0,
    });
    expect(server.chatRequests()[0]!.stream).toBeFalsy();
    expect(result.finalStep.content).toMatchObject([
      { type: 'tool-call', toolName: 'lookup', input: { key: 'x' }, invalid: true },
      { type: 'tool-error', toolName: 'lookup' },
    ]);
    expect(result.usage).toMatchObject({ inputTokens: 11, outputTokens: 3 });
  });
});
