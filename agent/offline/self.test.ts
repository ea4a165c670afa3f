import { describe, expect, it } from 'vitest';
import type { Caller } from '../../cartridge/audit.js';
import { testCartridge } from '../../test/helpers/runtime.js';
import { createDefaultRegistry, createExecutor } from '../../tools/index.js';
import { createMemoryStore } from '../../tools/memory/store.js';
import type { PlannerEvent } from '../planner.js';
import { createOfflinePlanner } from './index.js';
import { firstPerson } from './self.js';

const PERSON: Caller = { kind: 'person', id: 'test' };

/** The planner over a fresh cartridge with `seed` facts; `facts()` maps label → value. */
async function setup(seed: [string, string][] = []) {
  const cartridge = testCartridge();
  const registry = createDefaultRegistry();
  const executor = createExecutor({ cartridge, registry });
  const planner = createOfflinePlanner(registry);
  for (const [key, value] of seed)
    await executor.execute('memory_remember', { key, value }, { caller: PERSON, approved: true });
  const ask = async (text: string, approved = false) => {
    const events: PlannerEvent[] = [];
    for await (const event of planner.run({ text, approved }, { executor, caller: PERSON }))
      events.push(event);
    const finish = events.at(-1);
    if (finish?.type !== 'finish')
      throw new Error(`the run did not end with finish: ${JSON.stringify(finish)}`);
    return { status: finish.status, answer: finish.answer };
  };
  const facts = () =>
    Object.fromEntries(
      createMemoryStore(cartridge)
        .list()
        .map((fact) => [fact.label, fact.value]),
    );
  const notes = () => (cartridge.db.prepare('SELECT count(*) AS n FROM notes').get() as { n: number }).n;
  return { ask, facts, notes };
}

describe('first-person facts are kept under keys that read well (issue 7, m11)', () => {
  it.each([
    // The name, however it is said, kept exactly as typed.
    ["my name's Bob", { name: 'Bob' }, 'Remembered: your name is Bob.'],
    ['My name’s Zoë', { name: 'Zoë' }, 'Zoë'],
    ["I'm called O'Brien", { name: "O'Brien" }, "O'Brien"],
    ['im called Jean-Luc', { name: 'Jean-Luc' }, 'Jean-Luc'],
    ['call me Jean-Luc', { name: 'Jean-Luc' }, 'Jean-Luc'],
    ['you can call me 山田', { name: '山田' }, '山田'],
    ['I go by Σοφία', { name: 'Σοφία' }, 'Σοφία'],
    ["the name's Bond.", { name: 'Bond' }, 'Bond'],
    ["remember that my name's Anne-Marie", { name: 'Anne-Marie' }, 'Anne-Marie'],
    // Where the person lives.
    ['I live in Paris', { home: 'Paris' }, 'Remembered: you live in Paris.'],
    ['I live in São Paulo.', { home: 'São Paulo' }, 'you live in São Paulo'],
    ['i live in New York City', { home: 'New York City' }, 'New York City'],
    ['I live in the UK', { home: 'the UK' }, 'you live in the UK'],
    ['I reside in 東京', { home: '東京' }, '東京'],
    ["I'm living in Oslo", { home: 'Oslo' }, 'Oslo'],
    ['ok so I live in Kraków', { home: 'Kraków' }, 'Kraków'],
    ['remember that I live in Paris', { home: 'Paris' }, 'you live in Paris'],
    ['remember I live in a small flat', { home: 'a small flat' }, 'you live in a small flat'],
    ['fyi I live in Leeds', { home: 'Leeds' }, 'Leeds'],
    // Where from, age, birth.
    ["I'm from Dublin", { hometown: 'Dublin' }, 'you are from Dublin'],
    ['I come from Kraków', { hometown: 'Kraków' }, 'Kraków'],
    ["I'm originally from Lagos", { hometown: 'Lagos' }, 'Lagos'],
    ["I'm 30", { age: '30' }, 'Remembered: you are 30.'],
    ['I am 30 years old', { age: '30 years old' }, 'you are 30 years old'],
    ['im 45', { age: '45' }, 'you are 45'],
    ["I'm thirty years old", { age: 'thirty years old' }, 'thirty'],
    ['remember I am 7', { age: '7' }, 'you are 7'],
    ['I was born on 3 May 1990', { birthday: '3 May 1990' }, '3 May 1990'],
    ['I was born on 03/05/1990', { birthday: '03/05/1990' }, '03/05/1990'],
    ['I was born in May 1990', { birthday: 'May 1990' }, 'May 1990'],
    ['I was born in 1990', { birthday: '1990' }, 'you were born in 1990'],
    ['I was born in Zürich', { birthplace: 'Zürich' }, 'you were born in Zürich'],
    // Work and job.
    ['I work at Acme', { workplace: 'Acme' }, 'Remembered: you work at Acme.'],
    ['I work for the NHS', { workplace: 'the NHS' }, 'you work at the NHS'],
    ["I work at McDonald's", { workplace: "McDonald's" }, "McDonald's"],
    ['I work for Société Générale', { workplace: 'Société Générale' }, 'Société Générale'],
    ["I'm a nurse", { job: 'a nurse' }, 'you are a nurse'],
    ["I'm an architect", { job: 'an architect' }, 'you are an architect'],
    ['I am a software engineer', { job: 'a software engineer' }, 'a software engineer'],
    ['I work as a nurse', { job: 'a nurse' }, 'you are a nurse'],
    // Allergies, diet, car, star sign, blood type, shoe size, height.
    ["I'm allergic to peanuts", { allergies: 'peanuts' }, 'you are allergic to peanuts'],
    ['im allergic to cats and dogs', { allergies: 'cats and dogs' }, 'cats and dogs'],
    ["I'm severely allergic to bee stings", { allergies: 'bee stings' }, 'bee stings'],
    ["I'm vegetarian", { diet: 'vegetarian' }, 'you are vegetarian'],
    ["I'm a vegan", { diet: 'vegan' }, 'you are vegan'],
    ['I am gluten-free', { diet: 'gluten-free' }, 'gluten-free'],
    ['I drive a Golf', { car: 'a Golf' }, 'a Golf'],
    ['I drive a Tesla Model 3', { car: 'a Tesla Model 3' }, 'a Tesla Model 3'],
    ["I'm a Leo", { 'star sign': 'Leo' }, 'you are a Leo'],
    ["I'm blood type O-", { 'blood type': 'O-' }, 'O-'],
    ["I'm AB+", { 'blood type': 'AB+' }, 'AB+'],
    ['I wear size 44 shoes', { 'shoe size': '44' }, '44'],
    ["I'm 180cm tall", { height: '180cm' }, '180cm'],
  ])('%s', async (request, want, said) => {
    const { ask, facts, notes } = await setup();
    const { status, answer } = await ask(request);
    expect(facts()).toEqual(want);
    expect(notes()).toBe(0);
    expect(status).toBe('done');
    expect(answer).toContain(said);
  });
});

describe('first-person questions find the fact (issue 7, m11)', () => {
  it.each([
    ["what's my name?", [['name', 'Bob']], 'Your name is Bob.'],
    ['what am I called?', [['name', 'Bob']], 'Your name is Bob.'],
    ['who am I?', [['name', 'Zoë']], 'Your name is Zoë.'],
    ['do you know my name?', [['name', 'Bob']], 'Bob'],
    ['where do I live?', [['home', 'Paris']], 'You live in Paris.'],
    ['Where am I living now?', [['home', 'Paris']], 'You live in Paris.'],
    ['what city do I live in', [['home', 'Paris']], 'You live in Paris.'],
    ['do you know where I live?', [['home', 'Paris']], 'You live in Paris.'],
    ['remind me where I live', [['home', 'Paris']], 'You live in Paris.'],
    ['where am I from?', [['hometown', 'Dublin']], 'You are from Dublin.'],
    ['how old am I?', [['age', '30']], 'You are 30.'],
    ["what's my age", [['age', '30']], 'You are 30.'],
    ['what age am I?', [['age', '30']], 'You are 30.'],
    ['when is my birthday?', [['birthday', '3 May 1990']], '3 May 1990'],
    ['when was I born?', [['birthday', '3 May 1990']], '3 May 1990'],
    ['what year was I born?', [['birthday', '1990']], 'You were born in 1990.'],
    ["what's my date of birth?", [['birthday', '3 May 1990']], '3 May 1990'],
    ['where was I born?', [['birthplace', 'Zürich']], 'You were born in Zürich.'],
    ['where do I work?', [['workplace', 'Acme']], 'You work at Acme.'],
    ['who do I work for?', [['workplace', 'Acme']], 'You work at Acme.'],
    ["who's my employer?", [['workplace', 'Acme']], 'You work at Acme.'],
    ['what do I do for a living?', [['job', 'a nurse']], 'You are a nurse.'],
    ["what's my job?", [['job', 'a nurse']], 'You are a nurse.'],
    ['what am I allergic to?', [['allergies', 'peanuts']], 'You are allergic to peanuts.'],
    ['do I have any allergies?', [['allergies', 'peanuts']], 'You are allergic to peanuts.'],
    ["what's my blood type?", [['blood type', 'O-']], 'Your blood type is O-.'],
    ['what blood type am I?', [['blood type', 'O-']], 'O-'],
    ["what's my shoe size?", [['shoe size', '44']], 'Your shoe size is 44.'],
    ['what size shoes do I wear?', [['shoe size', '44']], '44'],
    ['what do I drive?', [['car', 'a Golf']], 'Your car is a Golf.'],
    ['how tall am I?', [['height', '180cm']], '180cm'],
  ] as [string, [string, string][], string][])('%s', async (request, seed, said) => {
    const { ask, facts } = await setup(seed);
    const { answer } = await ask(request);
    expect(answer).toContain(said);
    expect(facts()).toEqual(Object.fromEntries(seed));
  });

  it('"my name" and "my son\'s name" are two facts, each answered as asked', async () => {
    const { ask, facts } = await setup();
    await ask('my son’s name is Tom');
    await ask("my name's Bob");
    await ask("my daughter's name is Zoë");
    expect(facts()).toEqual({ "son's name": 'Tom', name: 'Bob', "daughter's name": 'Zoë' });
    expect((await ask("what's my name?")).answer).toBe('Your name is Bob.');
    expect((await ask("what is my son's name?")).answer).toBe("Your son's name is Tom.");
    expect((await ask('who am I?')).answer).toBe('Your name is Bob.');
  });

  it('"what\'s my name?" with only a son\'s name stored never answers with his', async () => {
    const { ask } = await setup([["son's name", 'Tom']]);
    const { answer } = await ask("what's my name?");
    expect(answer).not.toMatch(/^Your name is Tom/);
  });
});

describe('first-person updates update, and forget asks consent (issue 7, m11)', () => {
  it.each([
    ['I moved to Lyon', 'Lyon'],
    ["I've just moved to Berlin", 'Berlin'],
    ['actually I live in Lyon now', 'Lyon'],
    ['I now live in Nice', 'Nice'],
    ['I live in Lyon these days', 'Lyon'],
    ['remember that I live in Lyon', 'Lyon'],
  ])('%s replaces Paris', async (request, city) => {
    const { ask, facts } = await setup([['home', 'Paris']]);
    const { status, answer } = await ask(request);
    expect(facts()).toEqual({ home: city });
    expect(status).toBe('done');
    expect(answer).toBe(`Updated: you live in ${city} now (was Paris).`);
  });

  it('a bare statement with another value stored asks, and keeps the old one', async () => {
    const { ask, facts } = await setup([['home', 'Paris']]);
    const { status, answer } = await ask('I live in Nice');
    expect(status).toBe('needs_input');
    expect(answer).toBe('You live in Paris. Change it to Nice? Say "remember I live in Nice".');
    expect(facts()).toEqual({ home: 'Paris' });
  });

  it('the same again is already remembered', async () => {
    const { ask } = await setup([['age', '30']]);
    expect((await ask("I'm 30")).answer).toBe('Already remembered: you are 30.');
  });

  it('"I just turned 31" updates the age', async () => {
    const { ask, facts } = await setup([['age', '30']]);
    expect((await ask('I just turned 31')).answer).toBe('Updated: you are 31 now (was 30).');
    expect(facts()).toEqual({ age: '31' });
  });

  it.each([
    ['forget where I live', 'home', 'Paris'],
    ['forget how old I am', 'age', '30'],
    ['please forget where I work', 'workplace', 'Acme'],
    ["forget what I'm allergic to", 'allergies', 'peanuts'],
    ['forget when I was born', 'birthday', '1990'],
  ])('%s asks consent first, and forgets with it', async (request, key, value) => {
    const { ask, facts } = await setup([[key, value]]);
    const held = await ask(request);
    expect(held.status).toBe('needs_approval');
    expect(facts()).toEqual({ [key]: value });
    await ask(request, true);
    expect(facts()).toEqual({});
  });
});

describe('first-person chatter and guesses write nothing (issue 7, m11)', () => {
  it.each([
    "I'm tired",
    "I'm 30 minutes late",
    'I live for the weekend',
    "I'm going to Paris tomorrow",
    'I work from home on Fridays',
    "I'm not sure",
    "I'm fine thanks",
    'I live in hope',
    "I'm a bit tired",
    "I'm a fan of jazz",
    'call me later',
    'call me back',
    'call me at 5',
    'call me maybe',
    'I work at night',
    'I drive to work',
    'I drive a lot',
    "I'm not vegetarian",
    "I don't live in Paris",
    'I was born yesterday',
    "I'm on my way",
    "I'm 5 minutes away",
    'I live in a flat',
    'I live in Paris with my wife',
    "I'm 200",
    "I'm a dreamer",
    "I'm from work",
    "I don't need you to remember my gym locker anymore",
    "I'm no longer vegetarian",
  ])('%s', async (request) => {
    const { ask, facts, notes } = await setup();
    await ask(request);
    expect(facts()).toEqual({});
    expect(notes()).toBe(0);
  });

  it('a probable fact asks back, naming the value, with a "Say" line', async () => {
    const { ask, facts } = await setup();
    const { status, answer } = await ask('I live in Paris with my wife');
    expect(status).toBe('needs_input');
    expect(answer).toContain('Do you live in Paris?');
    expect(answer).toContain('say "remember I live in Paris"');
    expect(facts()).toEqual({});
  });

  it('explicit "remember" with no fact about the person is a note that says why', async () => {
    const { ask, facts, notes } = await setup();
    const { answer } = await ask("remember that I'm tired");
    expect(facts()).toEqual({});
    expect(notes()).toBe(1);
    expect(answer).toContain('note');
  });
});

describe('firstPerson reads the sentence only (issue 7, m11)', () => {
  it('says other requests are none of its business', () => {
    for (const text of [
      'my bike code is 4312',
      'note buy milk',
      'what is my bike code?',
      'forget my gym pin',
    ])
      expect(firstPerson(text)).toBeUndefined();
  });
  it("says a question in the templates' form", () => {
    expect(firstPerson('where do I live?')).toEqual({ kind: 'read', text: 'what is my home?' });
    expect(firstPerson('how old am I')).toEqual({ kind: 'read', text: 'what is my age?' });
  });
});

describe('first-person statements from a hostile stranger (issue 7, m11)', () => {
  it.each([
    ["I'm Bob", 'Is your name Bob?'],
    ["hi, I'm Zoë", 'Is your name Zoë?'],
    ["remember I'm English", 'Is your name English?'],
    ['I live in 🇫🇷', 'Do you live in 🇫🇷?'],
  ])('%s asks and keeps nothing', async (request, said) => {
    const { ask, facts, notes } = await setup();
    const { status, answer } = await ask(request);
    expect(status).toBe('needs_input');
    expect(answer).toContain(said);
    expect(facts()).toEqual({});
    expect(notes()).toBe(0);
  });

  it.each([
    ["I'M 30", { age: '30' }],
    ['I LIVE IN PARIS', { home: 'PARIS' }],
    ["my name's 🙂 Bob", { name: '🙂 Bob' }],
    ["remember I'm allergic to 🥜", { allergies: '🥜' }],
    ['I live in Paris!', { home: 'Paris' }],
    ['I work at Acme Inc.', { workplace: 'Acme Inc.' }],
  ])('%s keeps the value as typed', async (request, want) => {
    const { ask, facts } = await setup();
    await ask(request);
    expect(facts()).toEqual(want);
  });

  it('a huge place name is refused or kept whole, never cut', async () => {
    const { ask, facts } = await setup();
    const place = `P${'a'.repeat(5000)}`;
    await ask(`I live in ${place}`);
    const kept = facts();
    expect(kept.home === undefined || kept.home === place).toBe(true);
  });
});

describe('two first-person facts or a doubted one in one request (issue 7, m11)', () => {
  it.each(['I think I live in Paris', 'I live in Paris, I think', "I'm probably 30", 'maybe I work at Acme'])(
    '%s writes nothing (where one fact ends, or whether it holds, is a guess)',
    async (request) => {
      const { ask, facts } = await setup();
      const { status } = await ask(request);
      expect(facts()).toEqual({});
      expect(status).not.toBe('done');
    },
  );
});

describe('a first-person clause after a value is its own fact, never part of the value (issue 7, m12)', () => {
  it.each<[string, Record<string, string>]>([
    ["my name's Bob and I live in Paris", { name: 'Bob', home: 'Paris' }],
    ["I'm 30 and I live in Paris", { age: '30', home: 'Paris' }],
    ['remember my name is Dana Kowalski and I live in Kraków', { name: 'Dana Kowalski', home: 'Kraków' }],
    ["my name's Dana Kowalski and I live in Kraków", { name: 'Dana Kowalski', home: 'Kraków' }],
    ['my job is nurse and I live in Leeds', { job: 'nurse', home: 'Leeds' }],
    ['my surname is Kowalski and I work at ACME', { surname: 'Kowalski', workplace: 'ACME' }],
    ['my name is Dana & I live in Berlin', { name: 'Dana', home: 'Berlin' }],
    ['my name is Dana then I moved to Berlin', { name: 'Dana', home: 'Berlin' }],
    ['my PIN is 4455 and I moved to Oslo', { PIN: '4455', home: 'Oslo' }],
    ['my name is Dana, I live in Berlin', { name: 'Dana', home: 'Berlin' }],
    [
      'my door code is 4411, I work at ACME, my bike is red',
      { 'door code': '4411', workplace: 'ACME', bike: 'red' },
    ],
    ['MY NAME IS DANA AND I LIVE IN KRAKÓW', { NAME: 'DANA', home: 'KRAKÓW' }],
  ])('%s keeps each fact on its own', async (request, expected) => {
    const { ask, facts } = await setup();
    const { status } = await ask(request);
    expect(status).toBe('done');
    expect(facts()).toEqual(expected);
  });

  it('a first-person clause that is no fact is named as not kept, never dropped without a word', async () => {
    const { ask, facts } = await setup();
    const { status, answer } = await ask('my name is Dana, I love cats');
    expect(status).toBe('done');
    expect(facts()).toEqual({ name: 'Dana' });
    expect(answer).toContain('I did not keep "I love cats"');
  });

  it('a first-person clause it is unsure of asks, and nothing is kept', async () => {
    const { ask, facts } = await setup();
    const { status } = await ask('my code is 4411 and I live in a flat');
    expect(status).not.toBe('done');
    expect(facts()).toEqual({});
  });
});
