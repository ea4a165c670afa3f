import { describe, expect, it } from 'vitest';
import type { ConversationMessage } from '../cartridge/conversations.js';
import { fitHistory, splitTurns } from './history.js';

const turn = (question: string, answer: string): ConversationMessage[] => [
  { role: 'user', content: question },
  {
    role: 'assistant',
    content: [{ type: 'tool-call', toolCallId: question, toolName: 'memory_recall', input: {} }],
  },
  {
    role: 'tool',
    content: [
      {
        type: 'tool-result',
        toolCallId: question,
        toolName: 'memory_recall',
        output: { type: 'text', value: '' },
      },
    ],
  },
  { role: 'assistant', content: answer },
];

describe('history', () => {
  const messages = [...turn('one', 'a'.repeat(100)), ...turn('two', 'b'.repeat(100)), ...turn('three', 'c')];

  it('splits messages into turns that start with the person', () => {
    expect(splitTurns(messages).map((item) => item.length)).toEqual([4, 4, 4]);
  });

  it('keeps the newest whole turns that fit, oldest first', () => {
    const kept = fitHistory(messages, 500);
    expect(kept[0]).toEqual({ role: 'user', content: 'two' });
    expect(kept).toHaveLength(8);
    expect(fitHistory(messages, 10_000)).toHaveLength(12);
    expect(fitHistory(messages, 10)).toEqual([]);
  });

  it('leaves out whole turns with a message a model could not read', () => {
    const broken = fitHistory(messages, 10_000, (message) => message.content !== 'b'.repeat(100));
    expect(broken.filter((message) => message.role === 'user').map((message) => message.content)).toEqual([
      'one',
      'three',
    ]);
  });
});
