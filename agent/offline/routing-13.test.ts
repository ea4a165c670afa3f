import { describe, expect, it } from 'vitest';
import { seededWorld } from '../../test/helpers/offline.js';

const setup = seededWorld;

const SEED: [string, string][] = [
  ['guest wifi name', 'Home5G'],
  ["Tom's phone", '555-1234'],
  ["Tom's birthday", 'May 3'],
  ["sister Ann's phone", '0777'],
  ['car plate', 'KR 5521X'],
  ['garage door colour', 'green'],
  ['tomato sauce brand', 'Heinz'],
];

describe('facts about a topic are listed, or none is said plainly (issue 7, m13)', () => {
  it.each([
    ['list my facts about wifi', ['guest wifi name: Home5G']],
    ['what do I know about Tom?', ["Tom's phone: 555-1234", "Tom's birthday: May 3"]],
    ['what do you know about Ann?', ["sister Ann's phone: 0777"]],
    ['show everything about my car', ['about your car', 'car plate: KR 5521X']],
    ['anything stored about the garage?', ['garage door colour: green']],
    ['what have you got on my sister?', ["sister Ann's phone: 0777"]],
    ['facts about Tom', ["Tom's phone", "Tom's birthday"]],
    ['so, tell me everything you know about tom', ["Tom's phone", "Tom's birthday"]],
    ["what's stored about Tom?", ["Tom's phone"]],
  ])('"%s" lists %j and writes nothing', async (request, said) => {
    const { ask, facts } = await setup(SEED);
    const { answer, status } = await ask(request);
    expect(status).toBe('done');
    for (const each of said) expect(answer).toContain(each);
    expect(answer).not.toContain('tomato');
    expect(Object.keys(facts())).toHaveLength(SEED.length);
  });

  it('a topic no fact names says so plainly, after the notes and documents are asked', async () => {
    const { ask } = await setup(SEED);
    const { answer, tools } = await ask('what do you know about quantum physics?');
    expect(answer).toBe(
      'I have no remembered facts about quantum physics, and no note or learned document mentions it.',
    );
    expect(tools).toContain('notes_search');
  });

  // "about me" was every fact (m13); Tom's and Ann's facts are not about me, so they are counted
  // by whose, never listed (m22).
  it('one fact named whole is said as recall says it; "about me" is my facts, others counted', async () => {
    const { ask } = await setup(SEED);
    expect((await ask('what do you know about my car plate?')).answer).toBe('Your car plate is KR 5521X.');
    const { answer } = await ask('what do you know about me');
    expect(answer).toMatch(/^I remember 4 things about you: /);
    expect(answer).toContain('I also remember 3 things about other people: Tom (2), Ann (1)');
    expect(answer).not.toContain('555-1234');
  });
});

describe('confirmations name a fact the way recall does (issue 7, m13)', () => {
  it.each([
    ['my name is Bob', 'Remembered: your name is Bob.', 'what is my name?', 'Your name is Bob.'],
    [
      "remember Tom's phone is 555",
      "Remembered: Tom's phone is 555.",
      "what is Tom's phone?",
      "Tom's phone is 555.",
    ],
    ['I live in Paris', 'Remembered: you live in Paris.', 'where do I live?', 'You live in Paris.'],
    ['remember my PIN is 0042', 'Remembered: your PIN is 0042.', 'what is my PIN?', 'Your PIN is 0042.'],
    [
      'remember my keys are in the drawer',
      'Remembered: your keys are in the drawer.',
      'where are my keys?',
      'Your keys are in the drawer.',
    ],
  ])('"%s" → "%s", and "%s" → "%s"', async (request, said, question, recalled) => {
    const { ask } = await setup();
    expect((await ask(request)).answer).toBe(said);
    expect((await ask(question)).answer).toBe(recalled);
  });

  it('updates, repeats and forgets say the same name', async () => {
    const { ask } = await setup([['locker', '12']]);
    expect((await ask('remember my locker is 12')).answer).toBe('Already remembered: your locker is 12.');
    expect((await ask('remember my locker is 99')).answer).toBe('Updated: your locker is now 99 (was 12).');
    expect((await ask('forget my locker', true)).answer).toBe('Forgot your locker (it was 99).');
  });
});

describe('lower-case places, firms and names are facts kept as typed (issue 7, m13)', () => {
  it.each([
    ['my name is Dana and i live in berlin', { name: 'Dana', home: 'berlin' }],
    ['i live in berlin', { home: 'berlin' }],
    ['i work at acme', { workplace: 'acme' }],
    ['call me zoë', { name: 'zoë' }],
    ["i'm from dublin", { hometown: 'dublin' }],
    ['i was born in são paulo', { birthplace: 'são paulo' }],
    ['i live in new york', { home: 'new york' }],
  ])('"%s" keeps %j', async (request, kept) => {
    const { ask, facts } = await setup();
    await ask(request);
    expect(facts()).toEqual(kept);
  });

  it.each([
    'i live in hope',
    'i live in fear of spiders',
    'i live in town',
    'call me crazy',
    'call me later',
    'i work at night',
    'i work at a bank',
    'i live in berlin with my wife',
  ])('"%s" keeps nothing', async (request) => {
    const { ask, facts } = await setup();
    await ask(request);
    expect(facts()).toEqual({});
  });
});

describe('check questions: a second part without "my", a lower-case guess (issue 7, m13)', () => {
  const KEPT: [string, string][] = [
    ['door code', '7781'],
    ['locker', '12'],
    ['PIN', '1234'],
    ['wifi password', 'abc'],
    ['car plate', 'KR 5521X'],
    ['postcode', 'SW1A 1AA'],
    ['kids', 'Max and Lea'],
  ];
  it.each([
    ['is my door code 7781 and locker 12?', 'Yes, your door code is 7781. Yes, your locker is 12.'],
    ['is my PIN 1234 and door code 7781?', 'Yes, your PIN is 1234. Yes, your door code is 7781.'],
    [
      'is the wifi password abc and the locker 12?',
      'Yes, your wifi password is abc. Yes, your locker is 12.',
    ],
    ['is my car plate kr 5521x?', 'Yes, your car plate is KR 5521X.'],
    ['is my postcode sw1a 1aa?', 'Yes, your postcode is SW1A 1AA.'],
    ['is my car plate kr 9999x?', 'No: your car plate is KR 5521X.'],
    ['is my PIN 9999 and locker 12?', 'No, that is not your PIN. Yes, your locker is 12.'],
    ['is my wifi password xyz?', 'No, that is not your wifi password.'],
    ['are my kids Max and Lea?', 'Yes, your kids are Max and Lea.'],
  ])('"%s" → "%s"', async (request, said) => {
    const { ask, facts } = await setup(KEPT);
    expect((await ask(request)).answer).toBe(said);
    expect(Object.keys(facts())).toHaveLength(KEPT.length);
  });
});
