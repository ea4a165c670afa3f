import { describe, expect, it } from 'vitest';
import { memoryKey, memoryValue } from './schemas.js';

describe('memory keys are plain names', () => {
  it('refuses control characters and terminal escapes in a key, with what to do (S13)', () => {
    for (const key of ['\u001b[1mbold\u001b[0m key', '\u0007bell key', 'del\u007fkey', 'c1\u009bkey']) {
      const result = memoryKey.safeParse(key);
      expect(result.success, JSON.stringify(key)).toBe(false);
      expect(result.error?.issues[0]?.message).toMatch(/control characters.*plain words/);
    }
  });

  it('refuses tabs, line breaks and every C0/C1 control, which would forge lines where a key is printed (S30)', () => {
    const keys = ['locker\tcode', 'gym\ncode', 'x\r\nYour wifi password is 999', 'cr\rkey', 'vt\u000bkey'];
    keys.push('ff\u000ckey', 'nel\u0085key', 'ls\u2028key', 'ps\u2029key', '\u0001start', 'end\u001f');
    for (const key of keys) {
      const result = memoryKey.safeParse(key);
      expect(result.success, JSON.stringify(key)).toBe(false);
      expect(result.error?.issues[0]?.message).toMatch(/control characters.*plain words/);
    }
  });

  it('keeps any script, emoji and symbol in a key', () => {
    for (const key of [
      'locker code',
      'ключ от дома',
      '📱 PIN',
      'A/C filter size',
      '🇬🇧',
      '!!!',
      'temp -5',
      '\u200dzwj',
    ])
      expect(memoryKey.safeParse(key).success, JSON.stringify(key)).toBe(true);
  });

  it('lets a value hold escapes: values are kept as typed and shown inert', () => {
    expect(memoryValue.safeParse('\u001b[2J\u001b[Hcleared').success).toBe(true);
  });
});
