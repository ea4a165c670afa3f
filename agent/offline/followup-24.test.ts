import { describe, expect, it } from 'vitest';
import { turn } from '../../test/helpers/offline.js';
import { readFollowUp } from './followup.js';

/**
 * m24 (stranger, HIGH): a follow-up that says ANOTHER attribute of the person the fact in focus is
 * about is a new fact of that person, never a new value for the fact in focus ("he is allergic to
 * penicillin" after "my son Jack's birthday is June 12" is no new birthday).
 */

/** A turn that kept `key` = `value`, as `fazt ask` stores it. */
const kept = (key: string, value: string) =>
  turn(
    `my ${key} is ${value}`,
    [
      { name: 'memory_recall', input: { key }, output: { match: null } },
      {
        name: 'memory_remember',
        input: { key, value, ifNew: true },
        output: { entry: { key: key.toLowerCase(), label: key, value } },
      },
    ],
    `Remembered: your ${key} is ${value}.`,
  );

describe('another attribute of the same person is a new fact, never a replacement', () => {
  it.each([
    [
      "son Jack's birthday",
      'June 12',
      'he is allergic to penicillin',
      'my son Jack is allergic to penicillin',
    ],
    ["son Jack's birthday", 'June 12', "and he's allergic to peanuts", 'my son Jack is allergic to peanuts'],
    ["daughter's phone number", '555 1234', 'she works at Tesco', "my daughter's workplace is Tesco"],
    [
      "son Jack's birthday",
      'June 12',
      'his email is jack@example.com',
      "my son Jack's email is jack@example.com",
    ],
    ["daughter's name", 'Mia', "and she's 7", 'my daughter is 7'],
    ["daughter's name", 'Mia', 'she is 7 years old', 'my daughter is 7 years old'],
    // S39 A6: "my son is Leo" keeps "son" = Leo; the follow-up is the son's, never a new "son".
    ['son', 'Leo', 'he is allergic to penicillin', 'my son Leo is allergic to penicillin'],
    ['wife', 'Priya', 'she works at Tesco', "my wife Priya's workplace is Tesco"],
    ['son', 'Leo', 'his email is leo@example.com', "my son Leo's email is leo@example.com"],
    ['son', 'a pilot', 'he is allergic to cats', 'my son is allergic to cats'],
  ])('after %s = %s, "%s" is "%s"', (key, value, said, meant) => {
    expect(readFollowUp(said, kept(key, value))).toEqual({ kind: 'request', text: meant });
  });

  it('the same attribute said again still corrects the fact in focus', () => {
    expect(readFollowUp("actually she's Mila", kept("daughter's name", 'Mia'))).toEqual({
      kind: 'request',
      text: "actually daughter's name is Mila",
    });
    expect(readFollowUp("actually he's 8", kept("dog Bruno's age", '7'))).toEqual({
      kind: 'request',
      text: "actually my dog Bruno's age is 8",
    });
    // A fact about no one: "it's allergic to …" is not read as a person's new fact.
    expect(readFollowUp('she works at Tesco', kept('locker', '21'))).toBeUndefined();
  });
});

describe('a number said of a person whose fact in focus holds one is no age', () => {
  it('"he\'s 32" after a weight of 30 kg is not read as an age', () => {
    expect(readFollowUp("he's 32", kept("dog Bruno's weight", '30 kg'))).not.toEqual({
      kind: 'request',
      text: 'my dog Bruno is 32',
    });
  });
});
