import { describe, expect, it } from 'vitest';
import { seededWorld } from '../../test/helpers/offline.js';
import { datedSetAnswer, measureName, memoryKeyCheck, monthDay, reportedName } from './offline.js';

const setup = seededWorld;

describe('reported speech is never the speaker’s fact (S26 H6)', () => {
  it.each([
    ['card says my bank pin', 'bank pin'],
    ['sign says my locker', 'locker'],
    ['mom always says the password', 'password'],
    ['boss told me the deadline', 'deadline'],
    ['wife said that the wifi password', 'wifi password'],
    ['doctor thinks my blood type', 'blood type'],
  ])('"%s" reports "%s"', (key, inner) => {
    expect(reportedName(key)).toBe(inner);
  });

  it.each(['bank pin', 'favourite saying', 'Simon says score', 'thinking cap'])('"%s" is a name', (key) => {
    expect(reportedName(key)).toBeUndefined();
  });

  it.each([
    ['the card says my bank pin is 1111', '"remember my bank pin is 1111"'],
    ['my mom always says the password is love', '"remember my password is love"'],
    ['remember my wife said the wifi password is hunter2', '"remember my wifi password is hunter2"'],
  ])('"%s" writes nothing and offers the inner fact', async (request, offer) => {
    const { ask, facts } = await setup();
    const { answer } = await ask(request);
    expect(answer).toContain(offer);
    expect(facts()).toEqual({});
  });

  it.each([
    'the weather is 20 degrees',
    'the sky is blue',
    'the weather today is 20 degrees',
    'the traffic is bad',
  ])('"%s" is chatter about the world: nothing written', async (request) => {
    const { ask, facts } = await setup();
    await ask(request);
    expect(facts()).toEqual({});
  });

  it('a fact that may be the person’s own is still kept ("my temperature is 38.5")', async () => {
    const { ask, facts } = await setup();
    await ask('my temperature is 38.5');
    expect(facts()).toEqual({ temperature: '38.5' });
  });
});

describe('fact names from verbs, to-dos and ages (S26 M6)', () => {
  it.each([
    ['Luna weighs', "Luna's weight"],
    ['my bike costs', "bike's price"],
    ['the water tank holds', "water tank's capacity"],
    ['the box measures', "box's size"],
    ['James weighs', "James' weight"],
  ])('"%s" is kept as "%s"', (key, name) => {
    expect(measureName(key)).toBe(name);
  });

  it.each(['bike lock code', 'weight', 'holdings'])('"%s" is no measure', (key) => {
    expect(measureName(key)).toBeUndefined();
  });

  it('"remember Luna weighs 5kg" is Luna’s weight, found by "how much does Luna weigh?"', async () => {
    const { ask, facts } = await setup();
    await ask('remember Luna weighs 5kg');
    expect(facts()).toEqual({ "Luna's weight": '5kg' });
    expect((await ask('how much does Luna weigh?')).answer).toContain('5kg');
  });

  it('"remember to pay rent is important" is a thing to do: nothing written', async () => {
    const { ask, facts } = await setup();
    const { answer } = await ask('remember to pay rent is important');
    expect(answer).toContain('thing to do');
    expect(facts()).toEqual({});
  });

  it.each([
    ['remember my cat is 4', { "cat's age": '4' }],
    ['my son is 7 years old', { "son's age": '7 years old' }],
    ['remember my locker is 4', { locker: '4' }],
    ['remember my cat is Bella', { cat: 'Bella' }],
  ])('"%s"', async (request, expected) => {
    const { ask, facts } = await setup();
    await ask(request);
    expect(facts()).toEqual(expected);
  });

  it('a name said later never replaces the age', async () => {
    const { ask, facts } = await setup([["cat's age", '4']]);
    await ask('remember my cat is Bella');
    expect(facts()).toEqual({ "cat's age": '4', cat: 'Bella' });
  });
});

describe('"my" in other languages is no part of a name (S26 M8)', () => {
  it.each([
    ['мой пароль', 'пароль'],
    ['моя почта', 'почта'],
    ['我的密码', '密码'],
    ['mi contraseña', 'contraseña'],
    ['mein Kennwort', 'Kennwort'],
    ['il mio pin', 'pin'],
    ['minha senha', 'senha'],
    ['私のパスワード', 'パスワード'],
    ['내 비밀번호', '비밀번호'],
    ['mon', 'mon'],
  ])('"%s" → "%s"', (key, name) => {
    expect(memoryKeyCheck(key)).toEqual({ value: name });
  });

  it('"remember мой пароль is тайна123" keeps "пароль"', async () => {
    const { ask, facts } = await setup();
    const { answer } = await ask('remember мой пароль is тайна123');
    expect(facts()).toEqual({ пароль: 'тайна123' });
    expect(answer).not.toContain('мой');
  });
});

describe('questions about a set of dates (S26 M9)', () => {
  const entries = [
    { key: "tom's birthday", label: "Tom's birthday", value: '9 July' },
    { key: "ana's birthday", label: "Ana's birthday", value: 'May 3rd' },
    { key: 'birthday', label: 'birthday', value: '2001-12-24' },
    { key: 'locker', label: 'locker', value: '7' },
  ];

  it.each([
    ['9 July', { month: 6, day: 9 }],
    ['May 3rd', { month: 4, day: 3 }],
    ['2001-12-24', { month: 11, day: 24 }],
    ['Sept. 1', { month: 8, day: 1 }],
    ['1234', undefined],
  ])('"%s" is %o', (value, when) => {
    expect(monthDay(value)).toEqual(when);
  });

  it('answers "whose birthday is in July?" and "who has a birthday in May?"', () => {
    expect(datedSetAnswer('whose birthday is in July?', entries)).toBe(
      "One remembered birthday is in July: Tom's birthday (9 July).",
    );
    expect(datedSetAnswer('who has a birthday in May?', entries)).toContain("Ana's birthday (May 3rd)");
    expect(datedSetAnswer('whose birthday is in March?', entries)).toBe(
      'No remembered birthday is in March; I have 3 others.',
    );
  });

  it('answers "whose birthday is next?" from today', () => {
    const june = new Date(Date.UTC(2026, 5, 1));
    expect(datedSetAnswer('whose birthday is next?', entries, june)).toContain("Tom's birthday");
    const dec = new Date(Date.UTC(2026, 11, 25));
    expect(datedSetAnswer('whose birthday is next?', entries, dec)).toContain("Ana's birthday");
  });

  it('leaves other questions alone', () => {
    expect(datedSetAnswer("what's Tom's birthday?", entries)).toBeUndefined();
  });

  it('is the planner’s answer', async () => {
    const { ask } = await setup([
      ["Tom's birthday", '9 July'],
      ["Ana's birthday", '3 May'],
    ]);
    const { answer, finish } = await ask('whose birthday is in July?');
    expect(answer).toContain("Tom's birthday (9 July)");
    expect(answer).not.toContain('Ana');
    expect(finish.status).toBe('done');
  });
});
