import { describe, expect, it } from 'vitest';
import { offlineWorld } from '../../test/helpers/offline.js';
import { contrastClause, trailingClause } from './tails.js';

describe('trailingClause: where a clause of its own begins after a stated value (issue 7, S13 HIGH 1)', () => {
  it.each([
    ['remember my gate is 44 and thanks', 'remember my gate is 44', 'thanks'],
    [
      "remember my wifi password is hunter2 and it's case sensitive",
      'remember my wifi password is hunter2',
      "it's case sensitive",
    ],
    ['my gate code is 1357 btw my wife says hi', 'my gate code is 1357', 'btw my wife says hi'],
    ['remember my kid is Max who is 7', 'remember my kid is Max', 'who is 7'],
    ["my locker is 12 but it's broken", 'my locker is 12', "it's broken"],
    ["remember my safe code is 8080 so don't lose it", 'remember my safe code is 8080', "don't lose it"],
    ['pls remember my bike is red thx so much', 'pls remember my bike is red', 'thx so much'],
    ['remember my parking level is P3 for tomorrow', 'remember my parking level is P3', 'for tomorrow'],
  ])('%s → %s | %s', (text, head, tail) => {
    expect(trailingClause(text)).toMatchObject({ head, tail });
  });

  it.each([
    'remember my favourite band is Simon and Garfunkel',
    'my favourite food is salt and pepper chips',
    'my motto is work hard and never give up',
    'remember my motto is peace and thanks',
    "my song is Hello and It's Me",
    'remember my plan is dinner for tomorrow',
    "it's raining and I'm tired",
    'my motto is and thanks',
  ])('%s is no value with a clause after it', (text) => {
    expect(trailingClause(text)).toBeUndefined();
  });
});

describe('a clause or chatter after a value is said back, never kept in it (issue 7, S13 HIGH 1)', () => {
  it.each([
    ["Remember that Rex's age is 5 and don't forget it", "Rex's age", '5', undefined],
    ['remember my gate is 44 and thanks', 'gate', '44', undefined],
    ["remember my door is 55 and that's it", 'door', '55', undefined],
    ["remember my vault is 12 and don't share it", 'vault', '12', 'sends nothing'],
    ['remember my barn code is 66 and never tell anyone', 'barn code', '66', 'sends nothing'],
    [
      "remember my wifi password is hunter2 and it's case sensitive",
      'wifi password',
      'hunter2',
      "it's case sensitive",
    ],
    ["remember my alarm code is 4455 and I'm happy about it", 'alarm code', '4455', "I'm happy about it"],
    ['my gate code is 1357 btw my wife says hi', 'gate code', '1357', 'my wife says hi'],
    ['pls remember my bike is red thx so much', 'bike', 'red', undefined],
    ["my landlord is Mr. Ng and he's strict", 'landlord', 'Mr. Ng', "he's strict"],
    ['remember my kid is Max who is 7', 'kid', 'Max', "remember my kid's … is 7"],
    ['remember my parking level is P3 for tomorrow', 'parking level', 'P3', 'for tomorrow'],
    ['my locker is 12 for now', 'locker', '12', 'for now'],
    ['remember my gate is 44 AND THANKS', 'gate', '44', undefined],
    ['remember my gate is 44 and thanks 🙏', 'gate', '44', undefined],
    ["remember my code is 12 and it's 🔥", 'code', '12', "it's 🔥"],
    // S15: a date or address holding a number owns no "and thanks" either.
    ["remember my mom's birthday is May 3 and thanks", "mom's birthday", 'May 3', undefined],
    ['remember my flat is 12 Oak St and thanks', 'flat', '12 Oak St', undefined],
  ])('%s keeps %s = %s', async (text, key, value, said) => {
    const { ask, facts } = offlineWorld();
    const { answer, finish } = await ask(text);
    expect(finish.status).toBe('done');
    expect(facts()).toEqual([[key, value]]);
    if (said) expect(answer).toContain(said);
    expect(answer).not.toMatch(/\b(?:and|btw|who|for)\.\s*$/m);
  });

  it.each([
    ['remember my favourite band is Simon and Garfunkel', 'favourite band', 'Simon and Garfunkel'],
    ['remember my motto is peace and love', 'motto', 'peace and love'],
    ['remember my motto is peace and thanks', 'motto', 'peace and thanks'],
    ['my motto is work hard and never give up', 'motto', 'work hard and never give up'],
    ['remember my favourite song is Sorry, Not Sorry', 'favourite song', 'Sorry, Not Sorry'],
    ['my favourite drink is gin and tonic', 'favourite drink', 'gin and tonic'],
    ['remember my wifi is "x and it\'s y"', 'wifi', "x and it's y"],
  ])('%s stays whole', async (text, key, value) => {
    const { ask, facts } = offlineWorld();
    await ask(text);
    expect(facts()).toEqual([[key, value]]);
  });

  it('a doubted value before the clause still asks, naming the value, and keeps nothing', async () => {
    const { ask, facts } = offlineWorld();
    for (const text of [
      'remember my code is 12 I guess and thanks',
      'remember my code is probably 12 and thanks',
    ]) {
      const { answer, finish } = await ask(text);
      expect(finish.status).toBe('needs_input');
      expect(answer).toContain('Is your code 12?');
    }
    expect(facts()).toEqual([]);
  });
});

describe('a capitalised hedge word after "is" opens a title (issue 7, S13 MEDIUM 2)', () => {
  it.each([
    ['remember my favourite song is Maybe Tomorrow', 'favourite song', 'Maybe Tomorrow'],
    ['remember my favourite album is Probably Nothing', 'favourite album', 'Probably Nothing'],
    ["remember my favourite film is I Think We're Alone Now", 'favourite film', "I Think We're Alone Now"],
    ['remember my nickname is Maybe Baby too', 'nickname', 'Maybe Baby'],
  ])('%s keeps %s = %s', async (text, key, value) => {
    const { ask, facts } = offlineWorld();
    await ask(text);
    expect(facts()).toEqual([[key, value]]);
  });

  it.each([
    ['my room is maybe 55', 'Is your room 55?'],
    ['my room is Maybe 55', 'Is your room 55?'],
    ['MY CODE IS PROBABLY 12', 'Is your CODE 12?'],
  ])('%s still asks: %s', async (text, question) => {
    const { ask, facts } = offlineWorld();
    const { answer, finish } = await ask(text);
    expect(finish.status).toBe('needs_input');
    expect(answer).toContain(question);
    expect(facts()).toEqual([]);
  });
});

describe('"actually I think …" asks like "probably" does (issue 7, S13 MEDIUM 4)', () => {
  it.each([
    'actually I think my locker is 6',
    'actually, I think my locker is 6',
    'oh I think my locker is 6',
    'well, I think my locker is 6',
  ])('%s asks and keeps locker = 5', async (text) => {
    const { ask, remember, facts } = offlineWorld();
    await remember([['locker', '5']]);
    const { answer, finish } = await ask(text);
    expect(finish.status).toBe('needs_input');
    expect(answer).toContain('Is your locker 6?');
    expect(answer).toContain('remember my locker is 6');
    expect(facts()).toEqual([['locker', '5']]);
  });
});

describe('a value ends at a contrast clause (issue 7, m11 3)', () => {
  it.each([
    [
      "my passport number is X1234567 but I'm not sure",
      'my passport number is X1234567',
      "I'm not sure",
      true,
    ],
    ['my code is 4412 unless it changed', 'my code is 4412', 'unless it changed', false],
    ['my locker is 12 though I might be wrong', 'my locker is 12', 'though I might be wrong', true],
    ["my gym is PureGym although I'm not certain", 'my gym is PureGym', "although I'm not certain", true],
    [
      'my wifi password is hunter2 except it might have changed',
      'my wifi password is hunter2',
      'except it might have changed',
      false,
    ],
    ['my seat is 14A but maybe not', 'my seat is 14A', 'maybe not', true],
    ["my 🔑 code is ١٢٣٤, but I'm not sure", 'my 🔑 code is ١٢٣٤', "I'm not sure", true],
    ["my rent is £1,250 but it's going up", 'my rent is £1,250', "it's going up", false],
  ])('%s → %s | %s', (text, head, tail, doubt) => {
    const found = contrastClause(text);
    expect(found).toMatchObject({ head, tail });
    expect(found?.doubt !== undefined).toBe(doubt);
  });

  it.each([
    'my motto is Last but not least',
    'my motto is slow but sure',
    'my song is Nothing But The Truth',
    'my motto is "x but it is y"',
    'my quote is but I digress',
    'my favourite word is unless',
    'my plan is everything except Sundays',
    'my name is Ann but',
  ])('%s owns its contrast word', (text) => {
    expect(contrastClause(text)).toBeUndefined();
  });

  it.each([
    [
      "remember my passport number is probably X1234567 but I'm not sure",
      'Is your passport number X1234567?',
    ],
    ["remember my PIN is 0042 but I'm not 100% sure", 'Is your PIN 0042?'],
    ["remember my gym is PureGym though I'm not certain", 'Is your gym PureGym?'],
    ["my gate code is 12 or 21 but I'm not sure", 'Is your gate code 12 or 21?'],
    ['I think my flat is 3B although I might be wrong', 'Is your flat 3B?'],
    ["remember my 🔑 code is ١٢٣٤ but I'm not sure", 'Is your 🔑 code ١٢٣٤?'],
  ])('"%s" asks about the value alone and keeps nothing', async (request, question) => {
    const { ask, facts } = offlineWorld();
    const { finish, answer } = await ask(request);
    expect(finish.status).toBe('needs_input');
    expect(answer).toContain(question);
    expect(answer).not.toMatch(/ (?:but|though|although)\?/);
    expect(facts()).toEqual([]);
  });

  it('a title that owns "but not" keeps it', async () => {
    const { ask, facts } = offlineWorld();
    await ask('remember my motto is Last but not least');
    expect(facts()).toEqual([['motto', 'Last but not least']]);
  });
});
