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

  it('shows every bidi mark and invisible format character, the same way (S36)', () => {
    // Before S36 the marks (U+200E/U+200F) were left raw beside escaped overrides: a name could
    // still hide a direction change or look like another one.
    expect(safeForTerminal('a\u200Fb\u200Ec\u061Cd')).toBe('a\\u200Fb\\u200Ec\\u061Cd');
    expect(safeForTerminal('wifi\u200Bpass\u00ADword\uFEFF\u2060\u2064\u206A\u180E\uFFF9')).toBe(
      'wifi\\u200Bpass\\u00ADword\\uFEFF\\u2060\\u2064\\u206A\\u180E\\uFFF9',
    );
  });

  it('leaves every other script and emoji alone, joiners included', () => {
    const text = 'café 🔑 日本語 עברית Ωμέγα 👨‍👩‍👧 می‌خواهم';
    expect(safeForTerminal(text)).toBe(text);
  });
});
