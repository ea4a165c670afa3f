import { describe, expect, it } from 'vitest';
import { factSentence, factSubject, onlyMood } from './offline.js';

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

describe('factSubject', () => {
  it('says whose fact it is as the name says it: never "Your Anna\'s phone" (issue 7, second round)', () => {
    expect(factSubject("Anna's phone")).toBe("Anna's phone");
    expect(factSubject("Dr Lee's number")).toBe("Dr Lee's number");
    expect(factSubject("my mum's birthday")).toBe("Your mum's birthday");
    expect(factSubject("mum's birthday")).toBe("Your mum's birthday");
    expect(factSubject('bike lock code')).toBe('Your bike lock code');
    expect(factSubject('our anniversary')).toBe('Our anniversary');
    expect(factSubject('the guest wifi')).toBe('The guest wifi');
  });
});

describe('onlyMood', () => {
  it('never takes a letter, grade, sign or name for a mood', () => {
    for (const value of ['A', 'A+', 'A-', 'B+', 'O-', 'an A', 'Lily', 'Angel', '5/5', 'A*'])
      expect(onlyMood(value), value).toBe(false);
    for (const value of ['an idiot', 'going badly', 'awful today', 'down again', 'a piece of junk', 'fried'])
      expect(onlyMood(value), value).toBe(true);
  });
});
