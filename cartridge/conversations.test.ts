import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ConversationStore, conversationTitle, createConversationStore } from './conversations.js';
import { type Cartridge, openCartridge } from './open.js';

describe('conversation store', () => {
  let dir: string;
  let cartridge: Cartridge;
  let store: ConversationStore;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'fazt-conversations-'));
    cartridge = openCartridge(join(dir, 'fazt.db'));
    store = createConversationStore(cartridge);
  });
  afterEach(() => {
    cartridge.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const turn = (conversationId: string, text: string) => ({
    conversationId,
    model: 'openai:gpt-4o-mini',
    messages: [
      { role: 'user' as const, content: text },
      {
        role: 'assistant' as const,
        content: [{ type: 'tool-call', toolCallId: 'c1', toolName: 'memory_recall', input: { key: 'x' } }],
      },
      {
        role: 'tool' as const,
        content: [
          {
            type: 'tool-result',
            toolCallId: 'c1',
            toolName: 'memory_recall',
            output: { type: 'text', value: 'x' },
          },
        ],
      },
      { role: 'assistant' as const, content: 'Your x is 1.' },
    ],
    usage: { inputTokens: 120, outputTokens: 14 },
  });

  it('creates the conversation with its first turn and keeps the messages in order', async () => {
    const id = store.newId();
    expect(store.get(id)).toBeUndefined();
    const conversation = await store.appendTurn(turn(id, 'what is   my\nx?'));
    expect(conversation).toMatchObject({ id, title: 'what is my x?', model: 'openai:gpt-4o-mini' });
    const messages = store.messages(id);
    expect(messages.map((message) => message.role)).toEqual(['user', 'assistant', 'tool', 'assistant']);
    expect(messages[1]!.content).toEqual([
      { type: 'tool-call', toolCallId: 'c1', toolName: 'memory_recall', input: { key: 'x' } },
    ]);
    expect(messages.slice(0, 3).every((message) => message.usage === null)).toBe(true);
    expect(messages[3]!.usage).toEqual({ inputTokens: 120, outputTokens: 14 });
  });

  it('appends later turns, keeps the first title and records the latest model', async () => {
    const id = store.newId();
    await store.appendTurn(turn(id, 'first question'));
    const second = await store.appendTurn({ ...turn(id, 'second question'), model: 'offline' });
    expect(second.title).toBe('first question');
    expect(second.model).toBe('offline');
    expect(store.messages(id)).toHaveLength(8);
    expect(store.count()).toBe(1);
    expect(store.latest()?.id).toBe(id);
  });

  it('writes nothing when one message of the turn is invalid', async () => {
    const id = store.newId();
    const bad = turn(id, 'hello');
    bad.messages.push({ role: 'system' as never, content: 'nope' });
    await expect(store.appendTurn(bad)).rejects.toThrow(/role "system"/);
    expect(store.get(id)).toBeUndefined();
    expect(store.messages(id)).toEqual([]);
  });

  it('rolls the whole turn back when the database refuses a row', async () => {
    const id = store.newId();
    await store.appendTurn(turn(id, 'hello'));
    cartridge.db.exec(
      "CREATE TRIGGER refuse_tool BEFORE INSERT ON messages WHEN NEW.role = 'tool' BEGIN SELECT RAISE(ABORT, 'disk full'); END",
    );
    await expect(store.appendTurn(turn(id, 'again'))).rejects.toThrow(/disk full/);
    expect(store.messages(id)).toHaveLength(4);
  });

  it('refuses ids that are not conversation ids', async () => {
    await expect(store.appendTurn(turn('../x', 'hi'))).rejects.toThrow(/not a conversation id/);
    await expect(store.appendTurn({ ...turn(store.newId(), 'hi'), messages: [] })).rejects.toThrow(
      /at least one/,
    );
  });

  it('resolves a unique id prefix, but not an ambiguous or too short one', async () => {
    await store.appendTurn(turn('abcd1111', 'one'));
    await store.appendTurn(turn('abcd2222', 'two'));
    expect(store.resolve('abcd1')?.id).toBe('abcd1111');
    expect(store.resolve('ABCD2222')?.id).toBe('abcd2222');
    expect(store.resolve('abcd')).toBeUndefined();
    expect(store.resolve('abc')).toBeUndefined();
    expect(store.resolve('zzzz')).toBeUndefined();
  });

  it('lists newest first and deletes a conversation with its messages', async () => {
    await store.appendTurn(turn('aaaa0001', 'one'));
    await store.appendTurn(turn('aaaa0002', 'two'));
    expect(store.list().map((conversation) => conversation.id)).toEqual(['aaaa0002', 'aaaa0001']);
    expect(await store.delete('aaaa0001')).toBe(true);
    expect(await store.delete('aaaa0001')).toBe(false);
    expect(store.messages('aaaa0001')).toEqual([]);
    expect(store.count()).toBe(1);
  });

  it('makes short one-line titles', () => {
    expect(conversationTitle(`  ${'word '.repeat(40)}`)).toHaveLength(80);
    expect(conversationTitle('a\n\tb')).toBe('a b');
  });
});
