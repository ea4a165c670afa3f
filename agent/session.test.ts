import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ConversationStore, createConversationStore } from '../cartridge/conversations.js';
import { type FakeOpenAIServer, type OpenAIReply, startFakeOpenAI } from '../test/fakes/openai-server.js';
import { providerPlanner } from '../test/fakes/planners.js';
import { type TestRuntime, testRuntime } from '../test/helpers/runtime.js';
import { createOfflinePlanner } from './offline/index.js';
import type { Planner, PlannerEvent } from './planner.js';
import { startTurn, type TurnOptions } from './session.js';

describe('conversation sessions', () => {
  let harness: TestRuntime;
  let conversations: ConversationStore;
  let server: FakeOpenAIServer | undefined;

  beforeEach(() => {
    harness = testRuntime();
    conversations = createConversationStore(harness.cartridge);
  });
  afterEach(async () => {
    harness.close();
    await server?.close();
    server = undefined;
  });

  const openai = async (...replies: OpenAIReply[]) => {
    server = await startFakeOpenAI({ apiKey: 'sk-test', replies });
    return providerPlanner('openai:gpt-4o-mini', harness.registry, { openaiBaseUrl: server.baseUrl });
  };

  const turn = async (planner: Planner, text: string, options: Partial<TurnOptions> = {}) => {
    const started = startTurn({ planner, executor: harness.executor, conversations, text, ...options });
    const events: PlannerEvent[] = [];
    for await (const event of started.events) events.push(event);
    return { ...started, events };
  };

  it('stores the whole turn when the planner finishes, and audits the calls as the agent', async () => {
    const planner = await openai(
      { toolCalls: [{ name: 'memory_remember', arguments: { key: 'bike lock code', value: '4312' } }] },
      { text: 'Remembered.', usage: { input: 90, output: 5 } },
    );
    const { conversationId, resumed, events } = await turn(planner, 'remember my bike lock code is 4312');
    expect(resumed).toBe(false);
    expect(events.at(-1)).toMatchObject({ type: 'finish', answer: 'Remembered.' });
    expect(conversations.get(conversationId)).toMatchObject({
      title: 'remember my bike lock code is 4312',
      model: 'openai:gpt-4o-mini',
    });
    const messages = conversations.messages(conversationId);
    expect(messages.map((message) => message.role)).toEqual(['user', 'assistant', 'tool', 'assistant']);
    expect(messages.at(-1)!.usage).toEqual({ inputTokens: 140, outputTokens: 15 });
    expect(harness.cartridge.audit.list()[0]!.caller).toEqual({ kind: 'agent', id: conversationId });
  });

  it('resumes a conversation: the model sees the earlier turns, and the new turn is appended', async () => {
    const planner = await openai(
      { toolCalls: [{ name: 'memory_recall', arguments: { key: 'bike lock code' } }] },
      { text: 'I do not know it yet.' },
      { text: 'You asked about your bike lock code.' },
    );
    const first = await turn(planner, 'what is my bike lock code?');
    const second = await turn(planner, 'what did I just ask?', {
      conversationId: first.conversationId.slice(0, 6),
    });
    expect(second.resumed).toBe(true);
    expect(second.conversationId).toBe(first.conversationId);
    const replayed = server!.chatRequests()[2]!.messages.map((message) => message.role);
    expect(replayed).toEqual(['system', 'user', 'assistant', 'tool', 'assistant', 'user']);
    expect(conversations.messages(first.conversationId)).toHaveLength(6);
  });

  it('stores nothing when the model fails, and leaves an existing conversation as it was', async () => {
    const planner = await openai({ text: 'Hello!' }, { status: 500, message: 'boom' });
    const first = await turn(planner, 'hello');
    const failed = await turn(planner, 'and again', { conversationId: first.conversationId });
    expect(failed.events.at(-1)).toMatchObject({ type: 'error', code: 'model_failed' });
    expect(conversations.messages(first.conversationId)).toHaveLength(2);
    expect(conversations.count()).toBe(1);

    const fresh = await turn(planner, 'a new one');
    expect(fresh.events.at(-1)!.type).toBe('error');
    expect(conversations.get(fresh.conversationId)).toBeUndefined();
  });

  it('stores nothing when the person cancels mid-answer', async () => {
    const planner = await openai({ text: 'A long answer that never finishes', stallAfterEvents: 3 });
    const controller = new AbortController();
    const started = startTurn({
      planner,
      executor: harness.executor,
      conversations,
      text: 'tell me a story',
      signal: controller.signal,
    });
    const events: PlannerEvent[] = [];
    for await (const event of started.events) {
      events.push(event);
      if (event.type === 'text-delta') controller.abort();
    }
    expect(events.at(-1)).toMatchObject({ type: 'error', code: 'cancelled' });
    expect(conversations.count()).toBe(0);
  });

  it('stores nothing when the consumer stops reading before the end', async () => {
    const planner = await openai({ text: 'Hello there, how are you?' });
    const started = startTurn({ planner, executor: harness.executor, conversations, text: 'hi' });
    for await (const event of started.events) if (event.type === 'text-delta') break;
    expect(conversations.count()).toBe(0);
  });

  it('stores nothing when cancelled while a planner that ignores the signal finishes', async () => {
    const controller = new AbortController();
    const started = startTurn({
      planner: createOfflinePlanner(harness.registry),
      executor: harness.executor,
      conversations,
      text: 'remember that the gate code is 1234',
      signal: controller.signal,
    });
    const events: PlannerEvent[] = [];
    for await (const event of started.events) {
      events.push(event);
      if (event.type === 'tool-call-end') controller.abort();
    }
    expect(events.at(-1)).toMatchObject({ type: 'error', code: 'cancelled' });
    expect(conversations.count()).toBe(0);
  });

  it('records the offline planner’s calls so a model can continue the conversation', async () => {
    const offline = createOfflinePlanner(harness.registry);
    const first = await turn(offline, 'remember that my locker number is 42');
    expect(first.events.at(-1)).toMatchObject({ type: 'finish', status: 'done' });
    const stored = conversations.messages(first.conversationId);
    expect(stored.map((message) => message.role)).toEqual(['user', 'assistant', 'tool', 'assistant']);
    expect(stored[1]!.content).toMatchObject([{ type: 'tool-call', toolName: 'memory_remember' }]);

    const planner = await openai({ text: 'Your locker number is 42.' });
    const second = await turn(planner, 'what was that number?', { conversationId: first.conversationId });
    expect(second.events.at(-1)).toMatchObject({ type: 'finish', answer: 'Your locker number is 42.' });
    const sent = server!.chatRequests()[0]!.messages;
    expect(sent.map((message) => message.role)).toEqual([
      'system',
      'user',
      'assistant',
      'tool',
      'assistant',
      'user',
    ]);
    expect(sent[2]!.tool_calls?.[0]?.function.name).toBe('memory_remember');
    expect(conversations.get(first.conversationId)?.model).toBe('openai:gpt-4o-mini');
  });

  it('refuses a conversation that does not exist', () => {
    const offline = createOfflinePlanner(harness.registry);
    expect(() =>
      startTurn({
        planner: offline,
        executor: harness.executor,
        conversations,
        text: 'hi',
        conversationId: 'nope1234',
      }),
    ).toThrow(/There is no conversation "nope1234"/);
  });

  it('turns a planner that stops without an answer into an error and stores nothing', async () => {
    const silent: Planner = {
      model: 'silent',
      async *run() {
        yield { type: 'text-delta', text: 'half' };
      },
    };
    const { events, conversationId } = await turn(silent, 'hello');
    expect(events.at(-1)).toMatchObject({ type: 'error', code: 'planner_incomplete' });
    expect(conversations.get(conversationId)).toBeUndefined();
  });
});
