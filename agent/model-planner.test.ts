import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type FakeOpenAIServer, type OpenAIReply, startFakeOpenAI } from '../test/fakes/openai-server.js';
import { providerPlanner } from '../test/fakes/planners.js';
import { eventsOf, finishOf, type TestRuntime, testRuntime } from '../test/helpers/runtime.js';
import { createMemoryStore } from '../tools/memory/store.js';
import { createNotesStore } from '../tools/notes/store.js';
import type { ModelSettings } from './model-settings.js';

/**
 * The agent loop, driven through the real OpenAI provider code against a fake server that
 * speaks the chat completions wire protocol (SSE streaming, tool calls with argument deltas).
 */
describe('model planner', () => {
  let harness: TestRuntime;
  let server: FakeOpenAIServer;

  beforeEach(() => {
    harness = testRuntime();
  });
  afterEach(async () => {
    harness.close();
    await server?.close();
  });

  const run = async (replies: OpenAIReply[], request: string, overrides: Partial<ModelSettings> = {}) => {
    server = await startFakeOpenAI({ replies, apiKey: 'sk-test' });
    const planner = providerPlanner('openai:gpt-4o-mini', harness.registry, {
      openaiBaseUrl: server.baseUrl,
      ...overrides,
    });
    return harness.run(planner, request);
  };

  const toolMessages = (index: number) =>
    server.chatRequests()[index]!.messages.filter((m) => m.role === 'tool');

  it('calls a tool, feeds the result back, and streams the answer', async () => {
    const events = await run(
      [
        {
          toolCalls: [{ name: 'memory_remember', arguments: { key: 'bike lock code', value: '4312' } }],
          usage: { input: 300, output: 20 },
        },
        { text: 'Saved: your bike lock code is 4312.', usage: { input: 350, output: 12 } },
      ],
      'remember that my bike lock code is 4312',
    );
    expect(events.map((event) => event.type)).toEqual([
      'tool-call-start',
      'tool-call-end',
      'usage',
      ...Array(9).fill('text-delta'),
      'usage',
      'finish',
    ]);
    const finish = finishOf(events);
    expect(finish).toMatchObject({
      status: 'done',
      answer: 'Saved: your bike lock code is 4312.',
      usage: { inputTokens: 650, outputTokens: 32 },
    });
    expect(
      eventsOf(events, 'text-delta')
        .map((event) => event.text)
        .join(''),
    ).toBe(finish.answer);
    expect(createMemoryStore(harness.cartridge).get('bike lock code')?.value).toBe('4312');
    const [audit] = harness.cartridge.audit.list();
    expect(audit).toMatchObject({
      tool: 'memory_remember',
      outcome: 'ok',
      caller: { kind: 'agent', id: 'test' },
    });

    const [first, second] = server.chatRequests();
    expect(first!.stream).toBe(true);
    expect(first!.tools?.map((tool) => tool.function.name)).toContain('memory_remember');
    const toolMessage = second!.messages.find((message) => message.role === 'tool')!;
    expect(toolMessage.tool_call_id).toBe(second!.messages.find((m) => m.tool_calls)?.tool_calls?.[0]?.id);
    expect(JSON.parse(toolMessage.content as string)).toMatchObject({
      ok: true,
      summary: 'Remembered: your bike lock code is 4312.',
    });
    expect(finish.messages?.map((message) => message.role)).toEqual(['assistant', 'tool', 'assistant']);
  });

  it('runs several tool calls of one step in order and returns every result', async () => {
    const events = await run(
      [
        {
          toolCalls: [
            { name: 'memory_remember', arguments: { key: 'garage code', value: '7781' } },
            { name: 'notes_add', arguments: { text: 'buy bike chain oil' } },
          ],
        },
        { text: 'Both done.' },
      ],
      'remember the garage code 7781 and note to buy bike chain oil',
    );
    expect(eventsOf(events, 'tool-call-end').map((event) => [event.name, event.result.ok])).toEqual([
      ['memory_remember', true],
      ['notes_add', true],
    ]);
    expect(createNotesStore(harness.cartridge).count()).toBe(1);
    expect(toolMessages(1)).toHaveLength(2);
    expect(finishOf(events).answer).toBe('Both done.');
  });

  it('repairs malformed tool arguments it can read', async () => {
    const events = await run(
      [
        {
          toolCalls: [
            { name: 'memory_remember', arguments: "{'key': 'wifi password', 'value': 'hunter2',}" },
          ],
        },
        { text: 'Remembered.' },
      ],
      'remember the wifi password is hunter2',
    );
    expect(eventsOf(events, 'tool-call-end')[0]!.result.ok).toBe(true);
    expect(createMemoryStore(harness.cartridge).get('wifi password')?.value).toBe('hunter2');
  });

  it('returns unreadable arguments to the model as an error it can recover from', async () => {
    const events = await run(
      [
        { toolCalls: [{ name: 'memory_remember', arguments: 'key=wifi value=hunter2' }] },
        { toolCalls: [{ name: 'memory_remember', arguments: { key: 'wifi', value: 'hunter2' } }] },
        { text: 'Remembered the wifi password.' },
      ],
      'remember the wifi password is hunter2',
    );
    const ends = eventsOf(events, 'tool-call-end');
    expect(ends.map((event) => (event.result.ok ? 'ok' : event.result.error.code))).toEqual([
      'invalid_input',
      'ok',
    ]);
    const fedBack = toolMessages(1)[0]!.content as string;
    expect(fedBack).toMatch(/memory_remember.*not valid JSON/);
    expect(finishOf(events).status).toBe('done');
    expect(createMemoryStore(harness.cartridge).get('wifi')?.value).toBe('hunter2');
  });

  it('repairs a misspelt tool name and reports an unknown one to the model', async () => {
    const events = await run(
      [
        { toolCalls: [{ name: 'memoryRemember', arguments: { key: 'door code', value: '1234' } }] },
        { toolCalls: [{ name: 'teleport', arguments: { to: 'mars' } }] },
        { text: 'I cannot teleport, but I remembered the door code.' },
      ],
      'remember the door code 1234 and teleport me to mars',
    );
    const ends = eventsOf(events, 'tool-call-end');
    expect(ends.map((event) => [event.name, event.result.ok ? 'ok' : event.result.error.code])).toEqual([
      ['memory_remember', 'ok'],
      ['teleport', 'unknown_tool'],
    ]);
    expect(toolMessages(2).at(-1)!.content).toMatch(
      /unavailable tool 'teleport'. Available tools: .*memory_recall/,
    );
    expect(finishOf(events).status).toBe('done');
  });

  it('feeds tool errors back so the model can fix its input', async () => {
    const events = await run(
      [
        { toolCalls: [{ name: 'memory_remember', arguments: { key: 'locker' } }] },
        { toolCalls: [{ name: 'memory_remember', arguments: { key: 'locker', value: '42' } }] },
        { text: 'Your locker is 42, remembered.' },
      ],
      'my locker is 42',
    );
    const [failed] = eventsOf(events, 'tool-call-end');
    expect(failed!.result.ok).toBe(false);
    expect(JSON.parse(toolMessages(1)[0]!.content as string)).toMatchObject({
      error: {
        code: 'invalid_input',
        issues: [{ path: 'value', message: expect.stringMatching(/required/) }],
      },
    });
    expect(harness.cartridge.audit.list().map((entry) => entry.outcome)).toEqual(['ok', 'invalid_input']);
    expect(createMemoryStore(harness.cartridge).get('locker')?.value).toBe('42');
  });

  it('does not run a destructive step without approval, stops, and says how to approve', async () => {
    const note = createNotesStore(harness.cartridge).add('old shopping list');
    const events = await run(
      [{ text: 'Deleting it.', toolCalls: [{ name: 'notes_delete', arguments: { id: note.id } }] }],
      'delete my old shopping list note',
    );
    expect(createNotesStore(harness.cartridge).get(note.id)).toBeDefined();
    const [request] = eventsOf(events, 'approval-request');
    expect(request).toMatchObject({ name: 'notes_delete', input: { id: note.id }, risk: 'destructive' });
    const finish = finishOf(events);
    expect(finish.status).toBe('needs_approval');
    expect(finish.answer).toMatch(
      /^Deleting it\.\n\nNot done yet: I would delete a note \(notes_delete \{"id":\d+\}\)/,
    );
    expect(finish.answer).toMatch(/Nothing was changed\. To go ahead, ask again with --yes\./);
    expect(
      eventsOf(events, 'text-delta')
        .map((event) => event.text)
        .join(''),
    ).toBe(finish.answer);
    expect(server.chatRequests()).toHaveLength(1);
    expect(finish.messages?.at(-1)).toEqual({ role: 'assistant', content: expect.stringMatching(/--yes/) });
  });

  it('runs the destructive step when the request is approved', async () => {
    const note = createNotesStore(harness.cartridge).add('old shopping list');
    server = await startFakeOpenAI({
      apiKey: 'sk-test',
      replies: [{ toolCalls: [{ name: 'notes_delete', arguments: { id: note.id } }] }, { text: 'Deleted.' }],
    });
    const planner = providerPlanner('openai:gpt-4o-mini', harness.registry, {
      openaiBaseUrl: server.baseUrl,
    });
    const events = await harness.run(planner, { text: 'delete note 1', approved: true });
    expect(finishOf(events)).toMatchObject({ status: 'done', answer: 'Deleted.' });
    expect(createNotesStore(harness.cartridge).get(note.id)).toBeUndefined();
    expect(eventsOf(events, 'approval-request')).toEqual([]);
  });

  it('stops calling tools at the step limit and makes the model answer', async () => {
    const recall = { toolCalls: [{ name: 'memory_recall', arguments: { key: 'x' } }] };
    const events = await run([recall, recall, { text: 'I could not find x.' }], 'find x', { maxSteps: 2 });
    const requests = server.chatRequests();
    expect(requests).toHaveLength(3);
    expect(requests.map((request) => (request as { tool_choice?: unknown }).tool_choice)).toEqual([
      'auto',
      'auto',
      'none',
    ]);
    expect(finishOf(events).answer).toBe('I could not find x.');
  });

  it('answers from the last tool result when the model says nothing', async () => {
    createMemoryStore(harness.cartridge).remember('bike lock code', '4312');
    const events = await run(
      [{ toolCalls: [{ name: 'memory_recall', arguments: { key: 'bike lock code' } }] }, { text: '' }],
      'bike lock code?',
    );
    expect(finishOf(events)).toMatchObject({ status: 'done', answer: 'Your bike lock code is 4312.' });
  });

  it('sends history, relevant memory and what the cartridge holds, and keeps the prompt small', async () => {
    createMemoryStore(harness.cartridge).remember('bike lock code', '4312');
    createMemoryStore(harness.cartridge).remember('dentist', 'Dr Ruiz, Tuesdays');
    server = await startFakeOpenAI({ apiKey: 'sk-test', replies: [{ text: 'It is 4312.' }] });
    const planner = providerPlanner('openai:gpt-4o-mini', harness.registry, {
      openaiBaseUrl: server.baseUrl,
    });
    await harness.run(planner, {
      text: 'and what is my bike lock code?',
      history: [
        { role: 'user', content: 'hello' },
        { role: 'assistant', content: [{ type: 'text', text: 'Hi! How can I help?' }] },
      ],
    });
    const [request] = server.chatRequests();
    expect(request!.messages.map((message) => message.role)).toEqual(['system', 'user', 'assistant', 'user']);
    const system = request!.messages[0]!.content as string;
    expect(system).toMatch(/- bike lock code: "4312"/);
    expect(system).not.toMatch(/dentist/);
    expect(system).toMatch(/2 remembered facts, 0 notes/);
    expect(system).toMatch(/- memory_recall \(read\): Recall a fact/);
    // Instructions plus every tool definition: ~4 characters a token, well inside an 8k context.
    const promptChars = system.length + JSON.stringify(request!.tools).length;
    expect(promptChars / 4).toBeLessThan(4_000);
  });
});
