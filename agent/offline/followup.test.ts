import { describe, expect, it } from 'vitest';
import type { ConversationMessage } from '../../cartridge/conversations.js';
import { followUp } from './followup.js';

/** A stored turn as `fazt ask` keeps it: the request, each call, the answer. */
function turn(request: string, calls: { name: string; input: Record<string, unknown> }[], answer: string) {
  const messages: ConversationMessage[] = [{ role: 'user', content: request }];
  calls.forEach(({ name, input }, index) => {
    messages.push({
      role: 'assistant',
      content: [{ type: 'tool-call', toolCallId: `c${index}`, toolName: name, input }],
    });
    messages.push({
      role: 'tool',
      content: [
        { type: 'tool-result', toolCallId: `c${index}`, toolName: name, output: { type: 'json', value: {} } },
      ],
    });
  });
  messages.push({ role: 'assistant', content: answer });
  return messages;
}

describe('a follow-up is read against the turn before it', () => {
  const locker = turn(
    "what's my locker?",
    [{ name: 'memory_recall', input: { key: 'locker' } }],
    'Your locker is 51.',
  );

  it('reads "it" as the fact the last turn named', () => {
    expect(followUp("actually it's 21", locker)).toBe('actually my locker is 21');
    expect(followUp('no, it is 21 now', locker)).toBe('actually my locker is 21');
    expect(followUp('it should be 21', locker)).toBe('my locker is 21');
    expect(followUp('change it to 21', locker)).toBe('change my locker to 21');
    expect(followUp('update it to B-7 please', locker)).toBe('change my locker to B-7');
    const mums = turn(
      "when is mum's birthday",
      [{ name: 'memory_recall', input: { key: "mum's birthday" } }],
      '…',
    );
    expect(followUp("it's 3 May", mums)).toBe("mum's birthday is 3 May");
  });

  it('reads a plain yes as the one request the question back offered', () => {
    const asked = turn(
      'my wifi password is hunter2',
      [{ name: 'memory_recall', input: { key: 'wifi password' } }],
      'Your wifi password is abc; change it to hunter2? Say "remember my wifi password is hunter2".',
    );
    expect(followUp('yes', asked)).toBe('remember my wifi password is hunter2');
    expect(followUp('yes please', asked)).toBe('remember my wifi password is hunter2');
    // Not a question, or two offers: a yes means nothing to do.
    expect(followUp('yes', locker)).toBeUndefined();
    const two = turn('x', [], 'Which one? Say "forget my bank PIN" or Say "forget my phone PIN"?');
    expect(followUp('yes', two)).toBeUndefined();
  });

  it('leaves requests that stand alone, and any request with no conversation', () => {
    expect(followUp("actually it's 21", undefined)).toBeUndefined();
    expect(followUp("actually it's 21", [])).toBeUndefined();
    expect(followUp('my bike is 3', locker)).toBeUndefined();
    expect(
      followUp(
        "it's raining",
        turn('list my notes', [{ name: 'notes_list', input: {} }], 'You have no notes yet.'),
      ),
    ).toBeUndefined();
    // Only the last turn counts.
    const later = [
      ...locker,
      ...turn('list my notes', [{ name: 'notes_list', input: {} }], 'You have no notes yet.'),
    ];
    expect(followUp("actually it's 21", later)).toBeUndefined();
  });
});
