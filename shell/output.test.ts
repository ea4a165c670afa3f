import { describe, expect, it } from 'vitest';
import { safeJson } from './output.js';

/** What must never be raw in the output: C0 (but newlines), DEL, C1, bidi marks, separators. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding raw control characters is the test.
const RAW_IN_JSON = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/u;

describe('safeJson', () => {
  const hostile = [
    'plain',
    '\u001b[2J\u001b[Hcleared',
    '\u009b31mred',
    'abc\u202edcba',
    '\u2066iso\u2069 \u2067r\u2068',
    '\u200e\u200f\u061c',
    'line\u2028sep\u2029para',
    '\u007fdel \u0080 \u009f',
    'café 🔑 👩‍👩‍👧 日本語 عربى',
    '\ud800 lone',
  ];

  it('writes no C1, DEL, separator or bidi control raw, and parses back to exactly the same value', () => {
    const value = {
      list: hostile,
      [`key\u202e`]: { nested: hostile.join('|') },
      n: 1.5,
      ok: true,
      none: null,
    };
    for (const indent of [undefined, 2]) {
      const text = safeJson(value, indent);
      expect(text).not.toMatch(RAW_IN_JSON);
      expect(JSON.parse(text)).toEqual(value);
      expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
    }
    expect(safeJson('a\u202eb')).toBe('"a\\u202eb"');
    expect(safeJson('\u009b')).toBe('"\\u009b"');
  });

  it('leaves every other character (emoji joiners included) as it is', () => {
    expect(safeJson('👩‍👩‍👧 café')).toBe('"👩‍👩‍👧 café"');
    expect(safeJson(undefined)).toBe('null');
  });
});
