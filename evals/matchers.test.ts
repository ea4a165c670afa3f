import { describe, expect, it } from 'vitest';
import { likeForm, matcherProblems, mismatch } from './matchers.js';

describe('eval matchers', () => {
  it('compares plain values exactly and objects by their listed fields', () => {
    expect(mismatch('4312', '4312')).toBeUndefined();
    expect(mismatch('4312', 4312)).toBe('value: expected "4312", got 4312');
    expect(mismatch({ key: 'a' }, { key: 'a', value: 'b' })).toBeUndefined();
    expect(mismatch({ match: { value: '1' } }, { match: { value: '2' } }, 'output')).toBe(
      'output.match.value: expected "1", got "2"',
    );
    expect(mismatch([{ text: 'a' }], [{ text: 'a', id: 1 }])).toBeUndefined();
    expect(mismatch([{ text: 'a' }], [])).toMatch(/expected 1 item/);
  });

  it('matches loosely with $like, $contains and $matches', () => {
    expect(likeForm('My Bike-Lock Code!')).toBe('bike lock code');
    expect(mismatch({ $like: 'bike lock code' }, 'my bike lock code')).toBeUndefined();
    expect(mismatch({ $like: 'bike lock code' }, 'bike code')).toMatch(/expected like/);
    expect(mismatch({ $contains: 'MILK' }, 'buy milk')).toBeUndefined();
    expect(mismatch({ $contains: 'milk' }, ['eggs', 'milk'])).toBeUndefined();
    expect(mismatch({ $matches: '^buy' }, 'Buy milk')).toBeUndefined();
    expect(mismatch({ $matches: '^buy' }, 42)).toMatch(/expected to match/);
  });

  it('has $oneOf, $absent, $length, $gte/$lte, $some, $not and $equals', () => {
    expect(mismatch({ $oneOf: [8080, '8080'] }, '8080')).toBeUndefined();
    expect(mismatch({ key: { $absent: true } }, {})).toBeUndefined();
    expect(mismatch({ key: { $absent: true } }, { key: 'x' })).toMatch(/expected no value/);
    expect(mismatch({ $length: { $gte: 2 } }, [1, 2, 3])).toBeUndefined();
    expect(mismatch({ $lte: 3 }, 4)).toMatch(/at most 3/);
    expect(mismatch({ $some: { text: 'b' } }, [{ text: 'a' }, { text: 'b' }])).toBeUndefined();
    expect(mismatch({ $not: { $contains: 'milk' } }, 'buy milk')).toMatch(/expected not to match/);
    expect(mismatch({ $equals: { a: 1 } }, { a: 1, b: 2 })).toMatch(/expected exactly/);
  });

  it('finds mistakes in a matcher itself', () => {
    expect(matcherProblems({ key: { $likes: 'x' } })).toEqual([
      'key.$likes: unknown matcher (use one of $like, $contains, $matches, $equals, $oneOf, $absent, $length, $gte, $lte, $some, $not)',
    ]);
    expect(matcherProblems({ $matches: '(' })[0]).toMatch(/not a valid regular expression/);
    expect(matcherProblems({ $like: 'a', key: 'b' })[0]).toMatch(/mixes \$matchers with plain fields/);
    expect(matcherProblems({ key: { $like: 'x' }, value: [1, { $gte: 2 }] })).toEqual([]);
  });
});
