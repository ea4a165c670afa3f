import { describe, expect, it } from 'vitest';
import { createTextToolCallFilter, parseTextToolCalls } from './text-tool-calls.js';

const tools = ['memory_recall', 'notes_add'];

describe('tool calls written as text', () => {
  it('reads plain JSON, arrays, <tool_call> tags and code fences naming known tools', () => {
    expect(parseTextToolCalls('{"name": "memory_recall", "arguments": {"key": "x"}}', tools)).toEqual([
      { name: 'memory_recall', arguments: { key: 'x' } },
    ]);
    expect(
      parseTextToolCalls(
        '<tool_call>{"name": "memory_recall", "arguments": {"key": "x"}}</tool_call>\n<tool_call>{"name": "notes_add", "parameters": {"text": "y"}}</tool_call>',
        tools,
      ),
    ).toEqual([
      { name: 'memory_recall', arguments: { key: 'x' } },
      { name: 'notes_add', arguments: { text: 'y' } },
    ]);
    expect(
      parseTextToolCalls(
        '```json\n[{"name": "notes_add", "arguments": "{\\"text\\": \\"z\\"}"}]\n```',
        tools,
      ),
    ).toEqual([{ name: 'notes_add', arguments: { text: 'z' } }]);
  });

  it('ignores JSON that is not a call to a known tool', () => {
    expect(parseTextToolCalls('{"name": "teleport", "arguments": {}}', tools)).toBeUndefined();
    expect(parseTextToolCalls('{"note": "data"}', tools)).toBeUndefined();
    expect(parseTextToolCalls('{"name": "memory_recall"} and more', tools)).toBeUndefined();
  });

  it('streams ordinary text at once and holds back only what may be a call', () => {
    const prose = createTextToolCallFilter(tools);
    expect(prose.push('Your ')).toBe('Your ');
    expect(prose.push('code is 4312.')).toBe('code is 4312.');
    expect(prose.end()).toEqual({ text: '', calls: [] });

    const call = createTextToolCallFilter(tools);
    expect(call.push('  {"name": "memory_')).toBe('');
    expect(call.push('recall", "arguments": {"key": "x"}}')).toBe('');
    expect(call.end()).toEqual({ text: '', calls: [{ name: 'memory_recall', arguments: { key: 'x' } }] });

    const tag = createTextToolCallFilter(tools);
    expect(tag.push('<to')).toBe('');
    expect(tag.push('ol_call>{"name": "notes_add", "arguments": {"text": "a"}}')).toBe('');
    expect(tag.end().calls).toHaveLength(1);

    const lookalike = createTextToolCallFilter(tools);
    expect(lookalike.push('{"a": 1} is JSON')).toBe('');
    expect(lookalike.end()).toEqual({ text: '{"a": 1} is JSON', calls: [] });

    const angle = createTextToolCallFilter(tools);
    expect(angle.push('<b>bold</b>')).toBe('<b>bold</b>');
  });

  it('passes everything through when no tools were offered', () => {
    const filter = createTextToolCallFilter([]);
    expect(filter.push('{"name": "memory_recall", "arguments": {}}')).toBe(
      '{"name": "memory_recall", "arguments": {}}',
    );
  });
});
