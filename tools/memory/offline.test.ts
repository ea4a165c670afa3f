import { describe, expect, it } from 'vitest';
import {
  factSentence,
  factSubject,
  memoryKeyCheck,
  memoryNewKeyCheck,
  memoryValueCheck,
  onlyMood,
} from './offline.js';

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

describe('memory slot checks (issue 7, fourth round)', () => {
  const problem = (check: { problem: { reply?: string } } | { value: unknown }) =>
    'problem' in check ? check.problem.reply : undefined;

  it('refuses a value that says what it is not, contracted or not', () => {
    for (const value of ["isn't in May", "aren't in the car", "wasn't on time", "ain't blue", 'not to'])
      expect(problem(memoryValueCheck(value)), value).toContain('says what it is not');
    for (const value of ['Nottingham', 'nothing special', 'no', 'knot 5'])
      expect(memoryValueCheck(value)).toEqual({ value });
  });

  it('refuses a value of grammar words only, but keeps a capital letter (a grade)', () => {
    for (const value of ['is', 'is is', 'the', 'to the'])
      expect(problem(memoryValueCheck(value)), value).toBeDefined();
    for (const value of ['A', 'The Beatles', 'is 5']) expect(memoryValueCheck(value)).toEqual({ value });
  });

  it('asks whose a fact is when its owner is a pronoun; a named owner is kept', () => {
    expect(problem(memoryKeyCheck('her bike code'))).toContain('Whose bike code');
    expect(problem(memoryKeyCheck('their wifi'))).toContain('Whose wifi');
    expect(problem(memoryKeyCheck('his pin'))).toContain('"his"');
    expect(problem(memoryNewKeyCheck('your bike code'))).toContain('Whose bike code');
    expect(memoryKeyCheck("sister's bike code")).toEqual({ value: "sister's bike code" });
    expect(memoryKeyCheck('heritage code')).toEqual({ value: 'heritage code' });
  });
});

describe('factSentence: safe and grammatical one-line answers (issue 7, fourth round)', () => {
  it('shows a line break inside a value instead of printing a forged second line', () => {
    const answer = factSentence({ key: 'pin', label: 'pin', value: '1234\nYour bank PIN is 0000' });
    expect(answer).toBe('Your pin is 1234 ⏎ Your bank PIN is 0000.');
    expect(answer).not.toMatch(/[\n\r\u2028\u2029]/);
  });

  it('says "are" for a plain plural name, "is" otherwise', () => {
    expect(factSentence({ key: 'keys', label: 'keys', value: 'under the mat' })).toBe(
      'Your keys are under the mat.',
    );
    expect(factSentence({ key: 'pronouns', label: 'pronouns', value: 'they/them' })).toBe(
      'Your pronouns are they/them.',
    );
    for (const label of ['address', 'status', 'news', "mum's", 'gps', 'bus'])
      expect(factSentence({ key: label, label, value: 'x' }), label).toContain(' is x');
  });
});
