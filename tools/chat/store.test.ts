import { describe, expect, it } from 'vitest';
import { capabilityVersion } from '../../cartridge/capability-schema.js';
import { createConversationStore } from '../../cartridge/conversations.js';
import { testCartridge } from '../../test/helpers/runtime.js';
import { createChatStore, HISTORY_KEEP, searchQuery } from './store.js';

describe('chat store', () => {
  const say = async (cartridge: ReturnType<typeof testCartridge>, id: string, user: string, answer: string) =>
    createConversationStore(cartridge).appendTurn({
      conversationId: id,
      model: 'offline',
      messages: [
        { role: 'user', content: user },
        { role: 'assistant', content: [{ type: 'text', text: answer }] },
        { role: 'tool', content: [{ type: 'tool-result', output: { type: 'text', value: 'zebra' } }] },
      ],
    });

  it('indexes turns stored before the chat first ran (backfill) and after (trigger)', async () => {
    const cartridge = testCartridge();
    await say(cartridge, 'aaaa1111', 'where is my passport', 'In the blue drawer.');
    const chat = createChatStore(cartridge);
    expect(capabilityVersion(cartridge, 'chat')).toBe(1);
    await say(cartridge, 'bbbb2222', 'what about the bicycle', 'Locked in the shed.');
    expect(chat.search('drawer').map((hit) => hit.conversation.id)).toEqual(['aaaa1111']);
    expect(chat.search('shed').map((hit) => hit.conversation.id)).toEqual(['bbbb2222']);
    expect(chat.search('drawer')[0]?.snippet).toContain('[drawer]');
    // Tool output is not what anyone said: not searched.
    expect(chat.search('zebra')).toEqual([]);
  });

  it('lists newest first, matches prefixes and every word, and takes odd input as plain words', async () => {
    const cartridge = testCartridge();
    const chat = createChatStore(cartridge);
    await say(cartridge, 'cccc0001', 'the garden hose', 'Noted.');
    await new Promise((resolve) => setTimeout(resolve, 5));
    await say(cartridge, 'cccc0002', 'garden party on friday', 'Noted.');
    expect(chat.search('gard').map((hit) => hit.conversation.id)).toEqual(['cccc0002', 'cccc0001']);
    expect(chat.search('garden hose').map((hit) => hit.conversation.id)).toEqual(['cccc0001']);
    for (const odd of ['"', 'NEAR(', 'a AND OR', '*', '💥 garden', '\u0000', ')']) {
      expect(() => chat.search(odd)).not.toThrow();
    }
    expect(chat.search('').map((hit) => hit.conversation.id)).toEqual(['cccc0002', 'cccc0001']);
    expect(searchQuery('say "hi" OR x*')).toBe('"say"* "hi"* "OR"* "x"*');
  });

  it('forgets a deleted conversation', async () => {
    const cartridge = testCartridge();
    const chat = createChatStore(cartridge);
    await say(cartridge, 'dddd0001', 'secret recipe', 'ok');
    await createConversationStore(cartridge).delete('dddd0001');
    expect(chat.search('recipe')).toEqual([]);
  });

  it('keeps input history across opens, without repeats or blanks, and only the newest', () => {
    const cartridge = testCartridge();
    const chat = createChatStore(cartridge);
    for (const text of ['one', 'one', '  ', 'two', 'x'.repeat(50_000)]) chat.remember(text);
    expect(createChatStore(cartridge).history()).toEqual(['one', 'two']);
    for (let index = 0; index < HISTORY_KEEP + 5; index++) chat.remember(`n${index}`);
    const kept = chat.history(HISTORY_KEEP + 100);
    expect(kept).toHaveLength(HISTORY_KEEP);
    expect(kept.at(-1)).toBe(`n${HISTORY_KEEP + 4}`);
  });
});
