import { describe, expect, it } from 'vitest';
import {
  factOwner,
  genericSecretWord,
  ownFactsFor,
  ownSecretsFitting,
  respeltName,
  splitByOwner,
} from './generic.js';

describe('respeltName: a misspelt common word in a fact name', () => {
  it.each([
    ['adress', 'address'],
    ['home adress', 'home address'],
    ['birthdy', 'birthday'],
    ['pasword', 'password'],
    ['pasport number', 'passport number'],
    ['phone nubmer', 'phone number'],
  ])('%s → %s', (name, respelt) => expect(respeltName(name)).toBe(respelt));

  it.each(['address', 'lumber yard', 'telefon nummer', 'phones', 'emails', 'Adress Book', 'passports'])(
    '%s stays',
    (name) => expect(respeltName(name)).toBe(name),
  );
});

describe('generic secret questions', () => {
  it.each([
    ['password', 'password'],
    ['my passwords', 'password'],
    ['PIN', 'pin'],
    ['code', 'code'],
    ['wifi password', undefined],
    ['number', undefined],
  ])('%s → %s', (key, word) => expect(genericSecretWord(key)).toBe(word));

  const facts = [
    { label: 'wifi password', value: 'hunter2-blue' },
    { label: 'bank PIN', value: '4821' },
    { label: "Priya's email password", value: 'rosebud77' },
    { label: 'gym locker combo', value: '12-34-56' },
    { label: 'passport number', value: 'X1234567' },
    { label: 'zip code', value: '90210' },
  ];
  const labels = (key: string) => ownSecretsFitting(key, facts)?.map(({ label }) => label);

  it('"password" is every one of my credentials, not a passport number, not a zip code, not Priya\'s', () =>
    expect(labels('password')).toEqual(['wifi password', 'bank PIN', 'gym locker combo']));
  it('"PIN" is my PINs only', () => expect(labels('pin')).toEqual(['bank PIN']));
  it('"combination" is my combos', () => expect(labels('combination')).toEqual(['gym locker combo']));
  it('a named secret is no generic question', () => expect(labels('wifi password')).toBeUndefined());
});

describe('whose facts', () => {
  it.each([
    ["Priya's email password", 'Priya'],
    ["wife Priya's phone number", 'Priya'],
    ["brother Tom's phone number", 'Tom'],
    ["sister's PIN", 'sister'],
    ['wifi password', undefined],
    ['phone number', undefined],
  ])('%s → %s', (label, owner) => expect(factOwner(label)).toBe(owner));

  it('splitByOwner keeps mine and counts the rest, most first', () => {
    const split = splitByOwner(
      ["Tom's birthday", "Priya's birthday", 'address', "wife Priya's phone"].map((label) => ({ label })),
    );
    expect(split.own).toEqual([{ label: 'address' }]);
    expect(split.others).toEqual([
      { owner: 'Priya', count: 2 },
      { owner: 'Tom', count: 1 },
    ]);
  });
});

describe('ownFactsFor: a plain question answered under another name', () => {
  const facts = ['adress', 'home address', "Tom's address", 'employer', 'email address'].map((label) => ({
    label,
  }));
  const labels = (key: string) => ownFactsFor(key, facts).map(({ label }) => label);
  it('"home" is my addresses, misspelt or not, never Tom\'s or an email address', () =>
    expect(labels('home')).toEqual(['adress', 'home address']));
  it('"workplace" is my employer', () => expect(labels('workplace')).toEqual(['employer']));
  it('anything else is none', () => expect(labels('birthday')).toEqual([]));
});
