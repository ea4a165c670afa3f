import { describe, expect, it } from 'vitest';
import { rewriteRequest } from './rewrite.js';
import { tokenize } from './tokens.js';
import { isTypo, matchWord, typoDistance } from './words.js';

describe('word matching', () => {
  it('counts an adjacent swap as one typo', () => {
    expect(typoDistance('remember', 'remmeber', 2)).toBe(1);
    expect(typoDistance('what', 'waht', 1)).toBe(1);
    expect(typoDistance('note', 'delete', 1)).toBe(2);
  });

  it('tolerates typos by length, but never turns "what" into "that"', () => {
    expect(isTypo('remember', 'rember')).toBe(true);
    expect(isTypo('search', 'serach')).toBe(true);
    expect(isTypo('what', 'waht')).toBe(true);
    expect(isTypo('what', 'that')).toBe(false);
    expect(isTypo('is', 'in')).toBe(false);
  });

  it('matches synonyms and plurals, and typos of synonyms', () => {
    expect(matchWord('show', 'display')).toBe('synonym');
    expect(matchWord('note', 'notes')).toBe('exact');
    expect(matchWord('remember', 'remembered')).toBe('exact');
    expect(matchWord('mention', 'mentioning')).toBe('exact');
    expect(matchWord('note', 'write')).toBeUndefined();
    expect(matchWord('list', 'lsit')).toBe('typo');
    expect(matchWord('show', 'dispaly')).toBe('typo');
    expect(matchWord('remember', 'forget')).toBeUndefined();
    expect(matchWord('delete', 'delte', false)).toBeUndefined();
  });

  it('tokenizes with exact spans, expanded contractions and whole quoted passages', () => {
    const text = `What's my "door code"?`;
    const tokens = tokenize(text);
    expect(tokens.map((token) => token.norm)).toEqual(['what', 'is', 'my', '"']);
    expect(tokens[3]?.quoted).toBe('door code');
    expect(text.slice(tokens[2]!.start, tokens[2]!.end)).toBe('my');
  });

  it('rewrites politeness and framing away, and a trailing "remember it" to the front', () => {
    expect(rewriteRequest('Could you please remember that the alarm code is 2580.')).toBe(
      'remember that the alarm code is 2580.',
    );
    expect(rewriteRequest('my gym locker is 118, remember it')).toBe('remember my gym locker is 118');
    expect(rewriteRequest("the garage code is 7781 - please don't forget")).toBe(
      'remember the garage code is 7781',
    );
    expect(rewriteRequest('hey fazt, show my notes please')).toBe('show my notes');
    expect(rewriteRequest('store my NHS number: 485 777 3456')).toBe('store my NHS number is 485 777 3456');
    expect(rewriteRequest("my bike lock code isn't 4312 anymore, it's 5678")).toBe(
      'my bike lock code is 5678',
    );
    expect(rewriteRequest('what is my bike lock code?')).toBe('what is my bike lock code?');
  });
});
