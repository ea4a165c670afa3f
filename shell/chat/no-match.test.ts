import { describe, expect, it } from 'vitest';
import { noMatchLines } from './useChat.js';

const hit = (id: string, title: string | null, updatedAt = Date.UTC(2026, 10, 30, 2, 5)) => ({
  conversation: { id, title, model: 'offline', createdAt: updatedAt, updatedAt },
  snippet: title ?? '',
});

describe('/resume with no match', () => {
  it('says nothing matched, lists the recent ones with the id to resume, and how to search', () => {
    expect(
      noMatchLines('boats', [hit('abc123def456', 'the boat is Marisol'), hit('fff000aaa111', null)]),
    ).toEqual([
      'No conversation matched “boats”. The most recent ones:',
      '  2026-11-30 02:05  the boat is Marisol  (/resume abc123def456)',
      '  2026-11-30 02:05  (untitled)  (/resume fff000aaa111)',
      '/resume alone searches them all as you type.',
    ]);
    expect(noMatchLines('', [])).toEqual(['No conversation to resume. There are no past conversations yet.']);
  });

  it('shows escapes and bidi overrides from stored titles and the query instead of obeying them', () => {
    const lines = noMatchLines('\u202Eboats\u001b[2J', [hit('abc123def456', 'x\u001b[2J\u202Ey\nz')]);
    const text = lines.join('\n');
    expect(text.includes('\u001b') || text.includes('\u202e')).toBe(false);
    expect(text).toContain('\\u202E');
    expect(lines[1]).toContain('y z');
  });
});
