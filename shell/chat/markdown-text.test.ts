import { beforeAll, describe, expect, it } from 'vitest';
import { loadMarkdown, renderMarkdown, splitComplete, splitOverflow } from './markdown-text.js';

describe('splitting a streaming answer', () => {
  it('keeps the last block as the tail until another begins', () => {
    expect(splitComplete('Hello wor')).toEqual({ complete: '', tail: 'Hello wor' });
    expect(splitComplete('Para one.\n\nPara t')).toEqual({ complete: 'Para one.\n\n', tail: 'Para t' });
  });

  it('never completes a half table, an open fence or a growing list', () => {
    const table = 'Intro.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n';
    expect(splitComplete(table).tail).toBe('| a | b |\n|---|---|\n| 1 | 2 |\n');
    const fence = 'Code:\n\n```js\nconst a = 1;\n\nconst b = 2;\n';
    expect(splitComplete(fence).tail).toBe('```js\nconst a = 1;\n\nconst b = 2;\n');
    expect(splitComplete(`${fence}\`\`\`\n\nAfter.`)).toEqual({
      complete: `${fence}\`\`\`\n\n`,
      tail: 'After.',
    });
    expect(splitComplete('- one\n- two\n\n- thr').tail).toBe('- one\n- two\n\n- thr');
  });

  it('every character lands in exactly one of the two parts', () => {
    const text = '# T\n\nsome *text*\n\n| x |\n|---|\n| 1 |\n\n```\ncode\n```\n\n- a\n- b\n\ntail';
    for (let end = 0; end <= text.length; end++) {
      const { complete, tail } = splitComplete(text.slice(0, end));
      expect(complete + tail).toBe(text.slice(0, end));
    }
  });

  it('flushes whole lines of a too-tall block and keeps an open fence open', () => {
    expect(splitOverflow('a\nb\nc')).toEqual({ flush: 'a\nb\n', rest: 'c' });
    expect(splitOverflow('```py\nx = 1\ny = 2\nz')).toEqual({
      flush: '```py\nx = 1\ny = 2\n',
      rest: '```py\nz',
    });
    expect(splitOverflow('no newline yet')).toEqual({ flush: '', rest: 'no newline yet' });
  });
});

describe('rendering markdown for the terminal', () => {
  beforeAll(() => loadMarkdown());

  it('renders blocks with marked-terminal and keeps the lines of a paragraph', () => {
    const out = renderMarkdown('# Title\n\nline one\nline two\n\n- a\n- b', { width: 80, color: false });
    expect(out).toContain('line one\nline two');
    expect(out).toMatch(/\* a\n\s+\* b/);
    expect(out.endsWith('\n')).toBe(false);
  });

  it('prints no escape sequence of its own without colour, and never one from the model', () => {
    const plain = renderMarkdown('| a | b |\n|---|---|\n| 1 | 2 |\n\n**bold** \u001b[2J\u001b]0;x\u0007', {
      width: 40,
      color: false,
    });
    // biome-ignore lint/suspicious/noControlCharactersInRegex: no escape character may be left.
    expect(plain).not.toMatch(/\u001b/);
    expect(plain).toContain('│ 1 │ 2 │');
    const coloured = renderMarkdown('**bold** \u001b[2J', { width: 40, color: true });
    expect(coloured).not.toContain('\u001b[2J');
  });
});
