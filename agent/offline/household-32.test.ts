import { describe, expect, it } from 'vitest';
import { householdTurned } from './household.js';

describe('dbg', () => {
  it('x', () => {
    expect(householdTurned('I live in Lyon with my husband Marc')).toBe('I live in Lyon and my husband is Marc');
  });
});
