import { describe, expect, it } from 'vitest';
import { datesIn } from '../../tools/knowledge/dates.js';
import { monthDay } from '../../tools/memory/offline.js';
import { sentences } from './clauses.js';
import { statementTurned } from './statements.js';

describe('birth dates said of a person (D32 1)', () => {
  it.each([
    ['Elif was born on 23 July 2020', "Elif's birthday is 23 July 2020"],
    ['Théo was born 3 mars 2017', "Théo's birthday is 3 mars 2017"],
    ['Deniz was born 12 Ekim 2019', "Deniz's birthday is 12 Ekim 2019"],
    ['Ayşe was born on 30 Kasım 2015.', "Ayşe's birthday is 30 Kasım 2015"],
    ['Lena was born 7. März 2018', "Lena's birthday is 7. März 2018"],
    ['my daughter was born on the 12th of October', "my daughter's birthday is 12th of October"],
    ["Can's birthday is on 5th of May", "Can's birthday is 5th of May"],
    ["remember Can's bday is on the 3rd of March", "remember Can's bday is 3rd of March"],
  ])('%s → %s', (said, turned) => {
    expect(statementTurned(said)).toBe(turned);
  });

  it.each([
    'Théo was born in Paris',
    'Elif was born in 2020',
    'He was born on 3 May 1990',
    'my car was born on 3 May',
    "Can's birthday is on Saturday",
  ])('leaves %s as typed', (said) => {
    expect(statementTurned(said)).toBe(said);
  });
});

describe('month names of other languages where a date is expected (D32 1)', () => {
  it.each([
    ['12 Ekim 2019', { year: 2019, month: 10, day: 12 }],
    ['1 Şubat', { month: 2, day: 1 }],
    ['30 Kasım 2020', { year: 2020, month: 11, day: 30 }],
    ['Aralık 3', { month: 12, day: 3 }],
    ['19 Mayıs 2021', { year: 2021, month: 5, day: 19 }],
  ])('datesIn reads %s', (text, reading) => {
    expect(datesIn(text).map((d) => d.readings)).toEqual([[reading]]);
  });

  it.each([
    ['3 mars 2017', { month: 2, day: 3 }],
    ['12 Ekim', { month: 9, day: 12 }],
    ['7. März 2018', { month: 2, day: 7 }],
    ['le 14 juillet', { month: 6, day: 14 }],
  ])('a kept value %s names its day', (value, when) => {
    expect(monthDay(value)).toEqual(when);
  });

  it('a day that could be two is none', () => {
    expect(monthDay('04/02')).toBeUndefined();
  });

  it('a German ordinal dot before a month ends no sentence', () => {
    expect(sentences('Lena was born 7. März 2018')).toEqual(['Lena was born 7. März 2018']);
    expect(sentences('I have 7. Mark is here')).toEqual(['I have 7.', 'Mark is here']);
  });
});
