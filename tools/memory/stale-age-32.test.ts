import { describe, expect, it } from 'vitest';
import { offlineWorld } from '../../test/helpers/offline.js';
import { bornAnswer, countdownAnswer, nextTimeAnswer, yearlyAsked } from './countdown.js';
import { ageFromBirthday, agesOutOfDate } from './offline.js';

/**
 * S47 (a Polish–Nigerian household in Rotterdam): a kept age and a kept birthday that disagree
 * were both said as true ("how old is Oluwaseun?" → 6, the countdown → "turns 8"); "when was
 * Zuzanna born?" answered her age; a birthday kept in Polish or Dutch was never counted to.
 */
const TODAY = new Date(2026, 11, 2);
const now = (value: string) => ageFromBirthday(value)!;

describe('agesOutOfDate', () => {
  const birthday = { label: "Oluwaseun's birthday", value: '3 October 2019' };
  it.each([
    [[{ label: "son Oluwaseun's age", value: '6' }], 1],
    [[{ label: "Oluwaseun's age", value: '6 years old' }], 1],
    [[{ label: "son Oluwaseun's age", value: '7' }], 0],
    [[{ label: "Zuzanna's age", value: '6' }], 0],
    [[{ label: 'age', value: '6' }], 0],
    [[{ label: "son Oluwaseun's age", value: 'about six' }], 0],
  ])('%j → %i', (ages, count) => {
    expect(agesOutOfDate(birthday, ages, TODAY)).toHaveLength(count);
  });

  it("the person's own: 'birthday' and 'age'", () => {
    expect(
      agesOutOfDate({ label: 'birthday', value: '5 lutego 1988' }, [{ label: 'age', value: '30' }], TODAY),
    ).toEqual([{ label: 'age', value: '30', age: 38 }]);
  });
});

describe('a kept age the kept birthday makes out of date', () => {
  it('is said when the birthday is saved after it, and the birthday is kept', async () => {
    const { ask, facts } = offlineWorld();
    await ask("my son Oluwaseun's age is 6");
    const { answer } = await ask("Oluwaseun's birthday is 3 October 2019");
    const age = now('3 October 2019');
    expect(answer).toContain("Remembered: Oluwaseun's birthday is 3 October 2019.");
    expect(answer).toContain(
      `Your son Oluwaseun's age is kept as 6, which is out of date: the birthday makes it ${age}.`,
    );
    expect(answer).toContain(`"remember my son Oluwaseun's age is ${age}"`);
    expect(answer).toContain(`"forget my son Oluwaseun's age"`);
    expect(Object.fromEntries(facts())).toMatchObject({
      "Oluwaseun's birthday": '3 October 2019',
      "son Oluwaseun's age": '6',
    });
  });

  it.each([['how old is Oluwaseun?'], ['how old is Oluwaseun now?'], ["what's my son Oluwaseun's age?"]])(
    '%s answers from the birthday',
    async (question) => {
      const { ask } = offlineWorld();
      await ask("my son Oluwaseun's age is 6");
      await ask("Oluwaseun's birthday is 3 October 2019");
      const { answer } = await ask(question);
      expect(answer).toContain(`Oluwaseun is ${now('3 October 2019')} — born 3 October 2019`);
      expect(answer).toContain('kept as 6, which is out of date');
    },
  );

  it('"how old am I?" with a Polish birthday and an old age', async () => {
    const { ask } = offlineWorld();
    await ask('my age is 30');
    expect((await ask('my birthday is 5 lutego 1988')).answer).toContain(
      'Your age is kept as 30, which is out of date',
    );
    const { answer } = await ask('how old am I?');
    expect(answer).toContain(`You are ${now('5 February 1988')} — born 5 February 1988`);
    expect(answer).toContain('"remember my age is');
  });

  it('an age that agrees is said as before, with nothing added', async () => {
    const { ask } = offlineWorld();
    await ask(`my son Oluwaseun's age is ${now('3 October 2019')}`);
    expect((await ask("Oluwaseun's birthday is 3 October 2019")).answer).not.toContain('out of date');
    expect((await ask('how old is Oluwaseun?')).answer).not.toContain('out of date');
  });
});

describe('when someone was born', () => {
  it.each([
    ['when was Zuzanna born?', { kind: 'born', subject: "Zuzanna's birthday" }],
    ['what year was my daughter born?', { kind: 'born', subject: "my daughter's birthday" }],
    ['what day was Kemi born on?', { kind: 'born', subject: "Kemi's birthday" }],
    ['when was I born?', { kind: 'born', subject: 'my birthday' }],
    ['when was the house born?', undefined],
  ])('%s', (question, asked) => {
    expect(yearlyAsked(question)).toEqual(asked);
  });

  it.each([
    [
      "Zuzanna's birthday",
      '3 października 2019',
      'Zuzanna was born on 3 October 2019 (kept as "3 października 2019").',
    ],
    ["Kemi's birthday", '14 June 2021', 'Kemi was born on 14 June 2021.'],
    ['birthday', '5 lutego 1988', 'You were born on 5 February 1988 (kept as "5 lutego 1988").'],
    ["Ola's birthday", '1 stycznia', "Ola's birthday is 1 stycznia; no year is kept."],
  ])('bornAnswer %s %s', (label, value, said) => {
    expect(bornAnswer(label, value)).toBe(said);
  });

  it.each([['when was Zuzanna born?'], ['when was my daughter born?'], ['what year was Zuzanna born?']])(
    '%s answers the birth date, never the age kept beside it',
    async (question) => {
      const { ask } = offlineWorld();
      await ask("my daughter Zuzanna's age is 7");
      await ask("Zuzanna's birthday is 3 października 2019");
      const { answer } = await ask(question);
      expect(answer).toBe('Zuzanna was born on 3 October 2019 (kept as "3 października 2019").');
    },
  );
});

describe('a birthday kept with a Polish or Dutch month is counted to its next time', () => {
  it.each([
    ['Your birthday', '5 lutego 1988', /the next is 5 February 2027, 65 days .*; you turn 39\./],
    ["Pierogi's birthday", '2 mei 2020', /the next is 2 May 2027, 151 days .*; Pierogi turns 7\./],
    ["Zuzanna's birthday", '3 października 2019', /the next is 3 October 2027, .*; Zuzanna turns 8\./],
  ])('%s %s', (label, value, said) => {
    expect(
      nextTimeAnswer(`${label} is ${value}`, label.replace(/^Your /u, ''), value, 'days', TODAY),
    ).toMatch(said);
  });

  it.each([
    ['1 stycznia', '30 days'],
    ['12 mei', '161 days'],
    ['6 maj', '155 days'],
  ])('%s without a year', (value, days) => {
    expect(countdownAnswer(`Ola's birthday is ${value}`, value, 'days', TODAY)).toContain(`: ${days}`);
  });

  it.each([
    ['how many days until my birthday?', 'my birthday is 5 lutego 1988', /the next is 5 February \d{4}/],
    ["how many days until Pierogi's birthday?", "Pierogi's birthday: 2 mei 2020", /the next is 2 May \d{4}/],
    [
      "how long until Ola's birthday?",
      "Ola's birthday is 1 stycznia",
      /Ola's birthday is 1 stycznia: \d+ days/,
    ],
  ])('%s', async (question, kept, said) => {
    const { ask } = offlineWorld();
    await ask(kept);
    const { answer } = await ask(question);
    expect(answer).toMatch(said);
    expect(answer).not.toMatch(/I don't know|is that was/);
  });

  it('a one-off day gone by with others in its value reads "… was N days ago"', () => {
    const out = countdownAnswer(
      'The trip is check-in 3 March 2025, check-out 9 March 2025',
      'check-in 3 March 2025, check-out 9 March 2025',
      'days',
      TODAY,
      'check-out',
    );
    expect(out).toContain(': 9 March 2025 was ');
    expect(out).not.toContain('is that was');
  });
});
