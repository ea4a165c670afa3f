import { describe, expect, it } from 'vitest';
import type { Answer } from './answer.js';
import { withCountdown } from './countdown-line.js';
import { datesIn, isMonthWord } from './dates.js';

/**
 * S47 1–2: Polish and Dutch month names ("5 lutego 1988", "12 mei") were read by no date at all,
 * so a birthday kept with them was never counted to; Scandinavian, Czech and Slovak names too.
 * And a documented birthday's countdown said "2 May 2020 is that was 2405 days … ago".
 */
const TODAY = new Date(2026, 11, 2);
const read = (text: string) => datesIn(text).map((d) => d.readings);

describe('month names of more languages, in the one month table', () => {
  it.each([
    // Polish: nominative and genitive, with and without accents.
    ['5 lutego 1988', { year: 1988, month: 2, day: 5 }],
    ['3 października 2019', { year: 2019, month: 10, day: 3 }],
    ['3 pazdziernika 2019', { year: 2019, month: 10, day: 3 }],
    ['1 stycznia', { month: 1, day: 1 }],
    ['3 maja 1791', { year: 1791, month: 5, day: 3 }],
    ['15 sierpnia', { month: 8, day: 15 }],
    ['11 listopada 2018', { year: 2018, month: 11, day: 11 }],
    ['24 grudnia', { month: 12, day: 24 }],
    ['2 września', { month: 9, day: 2 }],
    ['7 kwietnia', { month: 4, day: 7 }],
    ['1 czerwca', { month: 6, day: 1 }],
    ['20 lipca', { month: 7, day: 20 }],
    ['8 marca', { month: 3, day: 8 }],
    // Dutch.
    ['12 mei', { month: 5, day: 12 }],
    ['2 mei 2020', { year: 2020, month: 5, day: 2 }],
    ['3 maart', { month: 3, day: 3 }],
    ['9 oktober 2021', { year: 2021, month: 10, day: 9 }],
    ['17 augustus', { month: 8, day: 17 }],
    // Swedish, Norwegian, Danish.
    ['6 maj', { month: 5, day: 6 }],
    ['4 okt', { month: 10, day: 4 }],
    ['24 desember', { month: 12, day: 24 }],
    ['1 augusti', { month: 8, day: 1 }],
    ['5 marts', { month: 3, day: 5 }],
    // Czech and Slovak.
    ['5. února 2020', { year: 2020, month: 2, day: 5 }],
    ['28. října', { month: 10, day: 28 }],
    ['17. listopadu', { month: 11, day: 17 }],
    ['1. mája', { month: 5, day: 1 }],
  ])('%s', (text, reading) => {
    expect(read(text)).toEqual([[reading]]);
  });

  it('"Maja" alone is a name, "3 Maja" still a day', () => {
    expect(isMonthWord('Maja')).toBe(false);
    expect(isMonthWord('maja')).toBe(true);
    expect(isMonthWord('lutego')).toBe(true);
    expect(read('3 Maja')).toEqual([[{ month: 5, day: 3 }]]);
    expect(read('Maja is 7')).toEqual([]);
  });
});

const answer = (quote: string): Answer =>
  ({
    known: true,
    answer: quote,
    citations: [{ path: 'family.md', lineStart: 1, lineEnd: 1, heading: '', quote }],
    passages: [],
  }) as unknown as Answer;

describe("a documented birthday's countdown goes to its next time", () => {
  it.each([
    [
      "Pierogi's birthday: 2 mei 2020",
      "Pierogi's birthday",
      /The next is 2 May 2027, 151 days .*; Pierogi turns 7\./,
    ],
    ["Pierogi's birthday: 2 May 2020", "Pierogi's birthday", /The next is 2 May 2027, .*; Pierogi turns 7\./],
    ['Kemi was born 14 June 2018', "Kemi's birthday", /The next is 14 June 2027, .*; Kemi turns 9\./],
    ['My birthday is 5 lutego 1988', 'my birthday', /The next is 5 February 2027, 65 days .*; you turn 39\./],
    [
      'Our anniversary: 12 mei 2015',
      'our anniversary',
      /The next is 12 May 2027, .*; 12 years since 12 May 2015\./,
    ],
  ])('%s', (quote, subject, said) => {
    const out = withCountdown(answer(quote), 'days', undefined, TODAY, subject).answer;
    expect(out).toMatch(said);
    expect(out).not.toMatch(/is that was|ago/);
  });

  it('a day gone that does not recur reads "… was N days ago"', () => {
    const out = withCountdown(
      answer('The old lease ended 3 March 2024'),
      'days',
      'end',
      TODAY,
      'the old lease ended',
    );
    expect(out.answer).toContain('3 March 2024 was 1004 days (about 143 weeks) ago');
    expect(out.answer).not.toContain('is that was');
  });

  it("the line of the birthday asked is counted, not the first line's", () => {
    const two = {
      ...answer("Pierogi's birthday: 2 May 2020"),
      citations: [
        { path: 'f.md', lineStart: 1, lineEnd: 1, heading: '', quote: "Pierogi's birthday: 2 May 2020" },
        { path: 'f.md', lineStart: 2, lineEnd: 2, heading: '', quote: 'My birthday is 5 lutego 1988' },
      ],
    } as unknown as Answer;
    expect(withCountdown(two, 'days', undefined, TODAY, 'my birthday').answer).toMatch(
      /5 February 2027.*you turn 39/,
    );
  });

  it('a birthday party is a one-off day, counted as it is', () => {
    const out = withCountdown(
      answer("Ada's birthday party: 2 May 2026"),
      'days',
      undefined,
      TODAY,
      "Ada's birthday party",
    );
    expect(out.answer).toContain('2 May 2026 was 214 days');
  });
});
