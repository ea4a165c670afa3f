import { describe, expect, it } from 'vitest';
import { factSentence } from './offline.js';

describe('factSentence', () => {
  it('says a dated statement back without an extra "is"', () => {
    expect(factSentence({ key: 'passport expires', label: 'passport expires', value: 'in May 2029' })).toBe(
      'Your passport expires in May 2029.',
    );
    expect(factSentence({ key: 'dentist', label: 'my dentist', value: 'Dr Patel' })).toBe(
      'Your dentist is Dr Patel.',
    );
  });
});
