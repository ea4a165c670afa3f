import { describe, expect, it } from 'vitest';
import { asTypedValue } from './interpret.js';
import { cleanText } from './tokens.js';

/** Issue 7, round 11: a value typed with no-break or zero-width spaces or curly quotes keeps them. */
describe('a value as typed', () => {
  it.each([
    ['12 34', 'remember my pin is 12\u00a034'],
    ['12 34', 'remember my pin is 12\u202f34'],
    ['ab cd', 'remember my token is ab\u200bcd'],
    ["don't panic", 'remember my motto is don\u2019t panic'],
    ['"quoted" word', 'remember my phrase is \u201cquoted\u201d word'],
    ['€ 5', 'remember my fee is €\u00a05'],
    ['東京 タワー', 'remember my spot is 東京\u3000タワー'],
    ['😀 x', 'remember my face is 😀\u00a0x'],
  ])('"%s" read from %j is given back as typed', (read, request) => {
    const typed = asTypedValue(read, request);
    expect(request).toContain(typed);
    expect(typed).not.toBe(read);
  });

  it.each([
    ['1234', 'remember my pin is 1234'],
    ['rock and roll', 'remember my motto is rock and roll'],
    ['a b', 'a\u00a0b and a\u200bb'],
    ['', 'anything'],
  ])('"%s" stays as read when the request holds it plainly or twice differently', (read, request) => {
    expect(asTypedValue(read, request)).toBe(read);
  });

  it('a mistyped "and" joins two clauses, never a value without a clause after it', () => {
    expect(cleanText('remember my gate is 1 adn my door is 2')).toBe(
      'remember my gate is 1 and my door is 2',
    );
    expect(cleanText('remember my gate is 1 nad the door code is 2')).toBe(
      'remember my gate is 1 and the door code is 2',
    );
    expect(cleanText('remember my motto is rock adn roll')).toBe('remember my motto is rock adn roll');
  });
});
