import { describe, expect, it } from 'vitest';
import { repairToolInput, repairToolName } from './tool-call-repair.js';

describe('tool call repair', () => {
  const known = ['memory_recall', 'memory_remember', 'notes_add'];

  it('maps the usual misspellings of a tool name onto the registered one', () => {
    expect(repairToolName('memoryRecall', known)).toBe('memory_recall');
    expect(repairToolName('memory.recall', known)).toBe('memory_recall');
    expect(repairToolName('functions.memory_recall', known)).toBe('memory_recall');
    expect(repairToolName('Notes-Add', known)).toBe('notes_add');
  });

  it('does not guess a different tool', () => {
    expect(repairToolName('memory_lookup', known)).toBeUndefined();
    expect(repairToolName('teleport', known)).toBeUndefined();
    expect(repairToolName('memory_recall', known)).toBeUndefined();
  });

  it('recovers the arguments object from the forms small models write', () => {
    expect(repairToolInput('')).toEqual({});
    expect(repairToolInput('```json\n{"key": "x"}\n```')).toEqual({ key: 'x' });
    expect(repairToolInput('"{\\"key\\": \\"x\\"}"')).toEqual({ key: 'x' });
    expect(repairToolInput('{"key": "x", "value": "1",}')).toEqual({ key: 'x', value: '1' });
    expect(repairToolInput("{'key': 'it\"s', 'value': 'y'}")).toEqual({ key: 'it"s', value: 'y' });
    expect(repairToolInput('{key: "x", limit: 5}')).toEqual({ key: 'x', limit: 5 });
    expect(repairToolInput('{"all": True, "tag": None}')).toEqual({ all: true, tag: null });
    expect(repairToolInput('{"key": "garage co')).toEqual({ key: 'garage co' });
    expect(repairToolInput('{"items": [1, 2')).toEqual({ items: [1, 2] });
  });

  it('keeps words like True inside strings', () => {
    expect(repairToolInput("{'text': 'True story, None of it',}")).toEqual({
      text: 'True story, None of it',
    });
  });

  it('gives up on text that is not an object', () => {
    expect(repairToolInput('key=x value=y')).toBeUndefined();
    expect(repairToolInput('[1, 2]')).toBeUndefined();
    expect(repairToolInput('"just a string"')).toBeUndefined();
  });
});
