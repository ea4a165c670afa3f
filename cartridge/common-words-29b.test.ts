import { describe, expect, it } from 'vitest';
import { isCommonWord } from './common-words.js';
import { otherRealWord, wordsMatch } from './text-similarity.js';

/** S44 H2: a common English word is never a typo of another ("flood" is no "blood"). */
describe('common words are read as themselves', () => {
  it.each([
    ['flood', 'blood'],
    ['food', 'flood'],
    ['coast', 'toast'],
    ['bill', 'bull'],
  ])('%s and %s are two real words', (a, b) => {
    expect(otherRealWord(a, b)).toBe(true);
    expect(wordsMatch(a, b)).toBe(false);
  });

  it('plurals of listed words are words too', () => {
    expect(isCommonWord('bins')).toBe(true);
    expect(isCommonWord('batteries')).toBe(true);
    expect(isCommonWord('boxes')).toBe(true);
  });

  it('a non-word is still a typo of the word meant', () => {
    expect(otherRealWord('flodo', 'flood')).toBe(false);
    expect(wordsMatch('bloood', 'blood')).toBe(true);
    expect(wordsMatch('pasword', 'password')).toBe(true);
  });
});
