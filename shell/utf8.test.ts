import { describe, expect, it } from 'vitest';
import { checkArgumentsUtf8, decodeUtf8, firstInvalidUtf8 } from './utf8.js';

describe('firstInvalidUtf8', () => {
  const at = (...bytes: number[]) => firstInvalidUtf8(Uint8Array.from(bytes));
  it('accepts well-formed UTF-8 of every length', () => {
    expect(firstInvalidUtf8(Buffer.from('café 🔑 日本 ẞ'))).toBe(-1);
    expect(at()).toBe(-1);
  });
  it('finds a Latin-1 byte, a cut-off sequence, overlongs, surrogates and bytes above U+10FFFF', () => {
    expect(at(0x63, 0x61, 0x66, 0xe9)).toBe(3); // "caf" + Latin-1 é
    expect(at(0x61, 0xe2, 0x82)).toBe(1); // € cut short
    expect(at(0xc0, 0xaf)).toBe(0); // overlong "/"
    expect(at(0xe0, 0x80, 0xaf)).toBe(0); // overlong
    expect(at(0xed, 0xa0, 0x80)).toBe(0); // a surrogate half
    expect(at(0xf4, 0x90, 0x80, 0x80)).toBe(0); // above U+10FFFF
    expect(at(0x41, 0x80)).toBe(1); // a lone continuation byte
    expect(at(0xff)).toBe(0);
  });
  it('agrees with the platform decoder on what is valid', () => {
    for (let sample = 0; sample < 2000; sample += 1) {
      const bytes = Uint8Array.from({ length: 6 }, (_, index) => (sample * 7919 + index * 104729) % 256);
      let valid = true;
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch {
        valid = false;
      }
      expect(firstInvalidUtf8(bytes) === -1, Buffer.from(bytes).toString('hex')).toBe(valid);
    }
  });
});

describe('decodeUtf8', () => {
  it('names the byte and what came before it', () => {
    expect(() =>
      decodeUtf8(Buffer.from([...Buffer.from('remember that my word is caf'), 0xe9]), 'The request on stdin'),
    ).toThrow(/^The request on stdin is not valid UTF-8: byte 28 \(0xE9, after "[^"]*word is caf"\)/);
  });
});

describe('checkArgumentsUtf8', () => {
  it('keeps a typed U+FFFD, refuses a broken byte by argument and byte, and refuses when bytes are unknown', () => {
    const typed = ['ask', 'the sign is \ufffd'];
    expect(() =>
      checkArgumentsUtf8(
        typed,
        typed.map((arg) => Buffer.from(arg)),
      ),
    ).not.toThrow();
    const broken = ['ask', 'caf\ufffd'];
    const raw = [Buffer.from('ask'), Buffer.from([0x63, 0x61, 0x66, 0xe9])];
    expect(() => checkArgumentsUtf8(broken, raw)).toThrow(
      /Argument 2 on the command line is not valid UTF-8: byte 3 \(0xE9/,
    );
    expect(() => checkArgumentsUtf8(broken, undefined)).toThrow(/cannot see the bytes on this system/);
    expect(() => checkArgumentsUtf8(['plain', 'café 🔑'], undefined)).not.toThrow();
  });
});
