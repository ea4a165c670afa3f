import { describe, expect, it } from 'vitest';
import { numbersOf, statedNumbers } from './numbers.js';

const named = (text: string) => statedNumbers(text).flatMap((number) => (number.named ? [number.named] : []));

describe('numbers a text states (issue 10)', () => {
  it('names a number by the word that counts it, in digits or spelled, cardinal or ordinal', () => {
    expect(named('module 4')).toEqual(['modul 4']);
    expect(named('Module four: the garden')).toEqual(['modul 4']);
    expect(named('what does chapter two say?')).toEqual(['chapter 2']);
    expect(named('section ten')).toEqual(['section 10']);
    expect(named('chapter twenty-one and part thirty two')).toEqual(['chapter 21', 'part 32']);
    expect(named('the third step')).toEqual(['step 3']);
    expect(named('the 3rd step')).toEqual(['step 3']);
    expect(named('Sections 6')).toEqual(['section 6']);
    expect(named('what is in section 6.5?')).toEqual(['section 6.5']);
  });

  it('states no named number for a spelled one that is not counting anything', () => {
    for (const text of ['which one is it?', 'no one came', 'the one with the gate', 'four'])
      expect(named(text), text).toEqual([]);
  });

  it('matches a question’s named number exactly and a bare one by its digits', () => {
    expect([...numbersOf('how long is the warranty of module 4?', true)]).toEqual(['modul 4']);
    expect(numbersOf('The warranty lasts 4 months.').has('4')).toBe(true);
    expect(numbersOf('The warranty lasts 4 months.').has('modul 4')).toBe(false);
    expect([...numbersOf('which fee is 1,375 euros?', true)]).toEqual(['1375']);
    expect(numbersOf('doc #0042').has('doc 42')).toBe(true);
    for (const text of ['1,375 euros', '1.375 euros', '1 375 euros'])
      expect(numbersOf(text).has('1375'), text).toBe(true);
  });
});
