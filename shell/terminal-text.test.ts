import { describe, expect, it } from 'vitest';
import { safeForTerminal } from './terminal-text.js';

describe('safeForTerminal', () => {
  it('shows an escape sequence instead of letting the terminal run it', () => {
    expect(safeForTerminal('\u001b[2J\u001b[Hcleared')).toBe('␛[2J␛[Hcleared');
    expect(safeForTerminal('\u001b]0;pwned\u0007')).toBe('␛]0;pwned␇');
  });

  it('keeps line breaks and tabs, turns a lone carriage return visible as the one line-break mark', () => {
    expect(safeForTerminal('a\nb\tc')).toBe('a\nb\tc');
    expect(safeForTerminal('a\r\nb')).toBe('a\nb');
    // m15: ⏎, as a stored value's break shows in an answer; never ␍ beside it (one mark).
    expect(safeForTerminal('secret\rpublic')).toBe('secret⏎public');
    expect(safeForTerminal('a\r\rb')).toBe('a⏎⏎b');
  });

  it('shows NUL, backspace, DEL and the C1 controls', () => {
    expect(safeForTerminal('a\u0000b\u0008c\u007f')).toBe('a␀b␈c␡');
    expect(safeForTerminal('x\u009b31my\u0085')).toBe('x\\x9B31my\\x85');
  });

  it('shows bidirectional overrides and isolates', () => {
    expect(safeForTerminal('abc\u202Efed\u2066x\u2069')).toBe('abc\\u202Efed\\u2066x\\u2069');
  });

  it('leaves every other script and emoji alone', () => {
    const text = 'café 🔑 日本語 עברית\u200F Ωμέγα 👨‍👩‍👧';
    expect(safeForTerminal(text)).toBe(text);
  });
});
