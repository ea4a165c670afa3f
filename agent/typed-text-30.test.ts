import { describe, expect, it } from 'vitest';
import { chatWorld, offlineWorld } from '../test/helpers/offline.js';
import { typedText } from './typed-text.js';

/**
 * S44: escape sequences and control characters typed or pasted into a request are not words: the
 * request is read without them, and nothing kept from it (fact, note, conversation) holds one.
 */

// biome-ignore lint/suspicious/noControlCharactersInRegex: raw control characters are what must not be kept
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

describe('typedText', () => {
  it.each([
    ['what is my\u0007\u001b[31m bike lock code?', 'what is my bike lock code?'],
    ['remember my \u001b[2Jlocker is 12\r\nand my pin is 9', 'remember my locker is 12\nand my pin is 9'],
    ['a\u001b]0;title\u0007b\u0000c\u009b1md\u007f', 'abcd'],
    ['line one\rline two\ttabbed', 'line one\nline two\ttabbed'],
    ['plain words stay', 'plain words stay'],
  ])('%j', (typed, read) => {
    expect(typedText(typed)).toBe(read);
  });
});

describe('a request with escape sequences in it', () => {
  it('is answered as the words it says', async () => {
    const { ask } = offlineWorld();
    await ask('remember my bike lock code is 3390');
    const asked = await ask('what is my\u0007\u001b[31m bike lock code?');
    expect(asked.answer).toContain('3390');
    expect(asked.answer).not.toMatch(RAW);
  });

  it('keeps nothing raw, and what it kept is found by its words', async () => {
    const { say, facts, notes, conversations, id } = chatWorld();
    await say('remember my \u001b[2Jlocker is 12\r\nand my pin is 9');
    expect(facts()).toMatchObject({ locker: '12', pin: '9' });
    for (const kept of [...Object.keys(facts()), ...Object.values(facts()).map(String), ...notes()]) {
      expect(kept).not.toMatch(RAW);
    }
    expect(JSON.stringify(conversations.messages(id()))).not.toContain('\\u001b');
    await say('note: \u001b[1mgym\u001b[0m towel in the blue bag', { c: false });
    expect(notes().join()).toContain('gym towel');
    expect((await say('search my notes for gym', { c: false })).answer).toMatch(/towel/);
  });
});
