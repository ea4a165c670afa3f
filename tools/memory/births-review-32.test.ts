import { describe, expect, it } from 'vitest';
import { recursYearly } from '../countdown.js';
import { ageAnswer, saysBirth } from './countdown.js';

/**
 * D32 review: which fact names say a birth is read with the short forms of cartridge/lexicon.ts,
 * not a second list of them. Behaviour is unchanged: these pass before and after.
 */
describe('saysBirth', () => {
  it.each([
    "Elif's birthday",
    "Elif's birthdays",
    "Can's bday",
    "Can's b-day",
    "Can's bdays",
    'my DOB',
    "Théo's date of birth",
    'birth date',
    'birthdate',
  ])('%s says a birth', (label) => {
    expect(saysBirth(label)).toBe(true);
  });

  it.each(['anniversary', 'name day', 'birthplace', 'adobe licence', 'date', 'dobby', 'place of birth'])(
    '%s does not',
    (label) => {
      expect(saysBirth(label)).toBe(false);
    },
  );
});

/** The lexicon's own forms of "date of birth" (cartridge/lexicon.ts), which the second list lacked. */
it.each(["Théo's date-of-birth", 'Birth-date', 'D.O.B.'])(
  '%s says a birth as the lexicon reads it',
  (label) => {
    expect(saysBirth(label)).toBe(true);
  },
);

describe('recursYearly', () => {
  it.each(["Can's b-day", 'my DOB', 'our anniversary', 'name day', "Elif's birth date"])(
    '%s recurs',
    (label) => {
      expect(recursYearly(label)).toBe(true);
    },
  );
  it.each(['passport expiry', 'lease end', 'birthplace'])('%s does not', (label) => {
    expect(recursYearly(label)).toBe(false);
  });
});

describe('whose birthday an age is said of', () => {
  const today = new Date(2026, 11, 2);
  it.each([
    ["Elif's DOB", 'Elif is 6'],
    ["Elif's b-day", 'Elif is 6'],
    ["Elif's date of birth", 'Elif is 6'],
    ['your birth date', 'You are 6'],
    ['your bday', 'You are 6'],
    ['birthday', 'You are 6'],
  ])('%s', (label, said) => {
    expect(ageAnswer(label, '23 July 2020', today)).toMatch(new RegExp(`^${said} — born 23 July 2020`));
  });
});
