import { describe, expect, it } from 'vitest';
import { factSentence } from './offline.js';
import { selfSay, selfSentence } from './self.js';

describe('a fact about the person is said as they would say it (issue 7, m11)', () => {
  it.each([
    ['home', 'Paris', 'You live in Paris.'],
    ['my home', 'São Paulo', 'You live in São Paulo.'],
    ['home', '12 Oak St', 'You live at 12 Oak St.'],
    ['hometown', 'Dublin', 'You are from Dublin.'],
    ['age', '30', 'You are 30.'],
    ['age', '30 years old', 'You are 30 years old.'],
    ['birthday', '1990', 'You were born in 1990.'],
    ['birthday', '3 May 1990', 'Your birthday is 3 May 1990.'],
    ['birthplace', 'Zürich', 'You were born in Zürich.'],
    ['workplace', 'Acme', 'You work at Acme.'],
    ['job', 'a nurse', 'You are a nurse.'],
    ['job', 'teaching', 'Your job is teaching.'],
    ['allergies', 'peanuts', 'You are allergic to peanuts.'],
    ['diet', 'vegetarian', 'You are vegetarian.'],
    ['diet', 'no meat on Mondays', 'Your diet is no meat on Mondays.'],
    ['star sign', 'Leo', 'You are a Leo.'],
    ['name', 'Bob', 'Your name is Bob.'],
    ['car', 'a Golf', 'Your car is a Golf.'],
  ])('%s = %s', (label, value, said) => {
    expect(factSentence({ key: label, label, value })).toBe(said);
  });

  it.each([
    ["Anna's home", 'Rome', "Anna's home is Rome."],
    ["mum's age", '70', "Your mum's age is 70."],
    ['home wifi', 'hunter2', 'Your home wifi is hunter2.'],
    ["son's name", 'Tom', "Your son's name is Tom."],
  ])("another owner's fact keeps the plain form: %s", (label, value, said) => {
    expect(selfSentence(label, value)).toBeUndefined();
    expect(factSentence({ key: label, label, value })).toBe(said);
  });

  it("says how to set an own fact again in the person's words", () => {
    expect(selfSay('home', 'Lyon')).toBe('I live in Lyon');
    expect(selfSay('age', '31')).toBe("I'm 31");
    expect(selfSay('workplace', 'Acme')).toBe('I work at Acme');
    expect(selfSay('gate code', '12')).toBeUndefined();
    expect(selfSay("Anna's home", 'Rome')).toBeUndefined();
  });
});
