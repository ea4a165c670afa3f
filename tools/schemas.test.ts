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

  it('keeps tabs and line breaks as spaces between words, and any script or emoji', () => {
    for (const key of ['locker\tcode', 'gym\ncode', 'ключ от дома', '📱 PIN', 'A/C filter size'])
      expect(memoryKey.safeParse(key).success, JSON.stringify(key)).toBe(true);
  });

  it('lets a value hold escapes: values are kept as typed and shown inert', () => {
    expect(memoryValue.safeParse('\u001b[2J\u001b[Hcleared').success).toBe(true);
  });
});
