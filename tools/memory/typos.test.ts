import { describe, expect, it } from 'vitest';
import { typoMatch } from './typos.js';

const facts = (...labels: string[]) => labels.map((label) => ({ label }));

describe('a mistyped fact name', () => {
  it('finds the one stored name it is a typo of', () => {
    const stored = facts('gym locker code', 'wifi password', 'bike lock code');
    expect(typoMatch('gim locker cod', stored)?.label).toBe('gym locker code');
    expect(typoMatch('my gym lokcer code', stored)?.label).toBe('gym locker code');
    expect(typoMatch('wifi passwrod', stored)?.label).toBe('wifi password');
  });

  it('never picks between two facts, never edits an owner, needs one word typed right', () => {
    expect(typoMatch('bike lock cod', facts('bike lock code', 'bike lock cord'))).toBeUndefined();
    expect(typoMatch('sister birthday', facts('sisters birthday'))).toBeUndefined();
    expect(typoMatch("mum's phone", facts("mom's phone"))).toBeUndefined();
    expect(typoMatch('gim lockr cod', facts('gym locker code'))).toBeUndefined();
    expect(typoMatch('gym locker', facts('gym locker code'))).toBeUndefined();
    expect(typoMatch('gym locker code', facts('gym locker code'))).toBeUndefined();
    expect(typoMatch('', facts('gym locker code'))).toBeUndefined();
  });
});
