import { describe, expect, it } from 'vitest';
import { seededWorld } from '../../test/helpers/offline.js';
import { askedByName } from './offline.js';

/**
 * m22 (stranger): generic questions ("my password", "about me", "where do I live", "my number")
 * map to the person's own facts that fit, all of them, never somebody else's; with several
 * secrets fitting, which one is asked and no value is said.
 */
const SECRETS: [string, string][] = [
  ['wifi password', 'hunter2-blue'],
  ['bank PIN', '4821'],
  ["Priya's email password", 'rosebud77'],
  ['gym locker combo', '12-34-56'],
];
const VALUES = SECRETS.map(([, value]) => value);

const PEOPLE: [string, string][] = [
  ["Priya's birthday", 'March 3'],
  ["Tom's birthday", 'June 9'],
  ["brother Tom's phone number", '555-0101'],
  ["wife Priya's phone number", '555-0199'],
];

describe('m22: a generic secret question asks which when several of mine fit', () => {
  it.each([
    "what's my password?",
    'what is my code?',
    "what's my login?",
    'what is my passcode',
    'whats my pw',
    "what's my password again",
    'i forgot my password',
  ])('"%s" names my secrets, says no value, and never names Priya\'s', async (question) => {
    const { ask } = await seededWorld(SECRETS);
    const run = await ask(question);
    expect(run.status).toBe('needs_input');
    for (const name of ['wifi password', 'bank PIN', 'gym locker combo']) expect(run.answer).toContain(name);
    expect(run.answer).not.toContain('Priya');
    for (const value of VALUES) expect(run.answer).not.toContain(value);
    expect(run.answer).toContain('Which one do you mean?');
  });

  it.each([
    ["what's my pin?", 'Your bank PIN is 4821.'],
    ["what's my combo?", 'Your gym locker combo is 12-34-56.'],
    ["what's my wifi password?", 'Your wifi password is hunter2-blue.'],
    ["what's Priya's email password?", "Priya's email password is rosebud77."],
  ])('"%s" has one fit, so it answers', async (question, answer) => {
    const { ask } = await seededWorld(SECRETS);
    expect((await ask(question)).answer).toBe(answer);
  });

  it('one password of mine and one of Priya\'s: "my password" is mine', async () => {
    const { ask } = await seededWorld([
      ['wifi password', 'hunter2-blue'],
      ["Priya's email password", 'rosebud77'],
    ]);
    expect((await ask("what's my password?")).answer).toBe('Your wifi password is hunter2-blue.');
  });

  it('a guess at a generic secret with several fitting is asked about, never checked', async () => {
    const { ask } = await seededWorld(SECRETS);
    const run = await ask('is my password hunter2-blue?');
    expect(run.answer).not.toMatch(/^(?:Yes|No)\b/);
    for (const value of VALUES) expect(run.answer.replace('hunter2-blue?', '')).not.toContain(value);
  });
});

describe('m22: "about me" is my facts; others are counted by whose', () => {
  it.each([
    'what do you know about me?',
    'tell me about myself',
    'what do you remember about me',
    'show me everything you know about me',
    'what have you got on me',
  ])('"%s"', async (question) => {
    const { ask } = await seededWorld([...SECRETS, ...PEOPLE, ['phone number', '555-0123']]);
    const { answer } = await ask(question);
    expect(answer).toContain('I remember 4 things about you:');
    expect(answer).toContain('phone number: 555-0123');
    for (const [name] of [...PEOPLE, ["Priya's email password"]]) expect(answer).not.toContain(`${name}:`);
    expect(answer).toContain('I also remember 5 things about other people: Priya (3), Tom (2)');
    for (const value of [...VALUES, '555-0101', '555-0199']) expect(answer).not.toContain(value);
  });

  it('"what do you remember" still lists every fact', async () => {
    const { ask } = await seededWorld([...PEOPLE, ['phone number', '555-0123']]);
    const { answer } = await ask('what do you remember');
    expect(answer).toContain('I remember 5 things:');
    expect(answer).toContain("Tom's birthday: June 9");
  });

  it('nothing of mine kept: said so, and whose facts there are', async () => {
    const { ask } = await seededWorld(PEOPLE);
    expect((await ask('what do you know about me?')).answer).toBe(
      'I have no remembered facts about you yet. I also remember 4 things about other people: Priya (2), Tom (2); ask "what do you know about Priya?" to see them.',
    );
  });
});

describe('m22: asking for a secret by name', () => {
  it.each([
    ["Priya's email password", "what is Priya's email password?"],
    ["wife Priya's phone", "what is my wife Priya's phone?"],
    ['wifi password', 'what is my wifi password?'],
    ['my bank PIN', 'what is my bank PIN?'],
    ["kids' school code", "what is kids' school code?"],
  ])('%s → %s', (name, said) => {
    expect(askedByName(name)).toBe(said);
  });

  it('the hint after a list with only Priya\'s secret never says "my Priya\'s"', async () => {
    const { ask } = await seededWorld([["Priya's email password", 'rosebud77']]);
    const { answer } = await ask('what passwords do I have?');
    expect(answer).toContain('"what is Priya\'s email password?"');
    expect(answer).not.toContain("my Priya's");
    // m23: "my passwords" are mine; Priya's is counted, never listed as mine, never said.
    const mine = (await ask('what are my passwords?')).answer;
    expect(mine).toBe(
      'I have no remembered facts about your passwords. I also remember 1 thing about other people: Priya (1); ask "what do you know about Priya?" to see them.',
    );
  });
});

describe('m22: where I live and work, whatever the fact is called', () => {
  it('"my adress is …" is kept as the address, and found by every way of asking', async () => {
    const { ask, facts } = await seededWorld();
    expect((await ask('my adress is 42 alder st apt 3b', true)).answer).toBe(
      'Remembered: your address is 42 alder st apt 3b.',
    );
    expect(facts()).toEqual({ address: '42 alder st apt 3b' });
    for (const question of [
      'where do i live',
      'what is my address?',
      'what is my adress?',
      "what's my home address",
    ])
      expect((await ask(question)).answer, question).toBe('Your address is 42 alder st apt 3b.');
  });

  it('an old "adress" fact answers with the right word', async () => {
    const { ask, cartridge } = await seededWorld();
    // As an older version kept it, before names were respelt.
    cartridge
      .prepare(
        "INSERT INTO memory (key, label, value, created_at, updated_at) VALUES ('adress', 'adress', ?, 1, 1)",
      )
      .run(JSON.stringify('42 alder st'));
    for (const question of ['where do i live', 'what is my address?'])
      expect((await ask(question)).answer, question).toBe('Your address is 42 alder st.');
  });

  it.each([
    ['home address', '9 oak lane', 'Your home address is 9 oak lane.'],
    ['address', '9 oak lane', 'Your address is 9 oak lane.'],
  ])('"where do I live" finds "%s"', async (key, value, answer) => {
    const { ask } = await seededWorld([[key, value]]);
    expect((await ask('where do I live?')).answer).toBe(answer);
  });

  it("somebody else's address never answers where I live", async () => {
    const { ask } = await seededWorld([["Tom's address", '1 Elm Rd']]);
    expect((await ask('where do i live?')).answer).not.toContain('1 Elm Rd');
  });

  it.each(['where do i work?', 'who do i work for', 'what company do i work for'])(
    '"%s" finds an employer fact',
    async (question) => {
      const { ask } = await seededWorld([['employer', 'Globex']]);
      expect((await ask(question)).answer).toBe('Your employer is Globex.');
    },
  );

  it('"what\'s my employer" finds where I work', async () => {
    const { ask } = await seededWorld();
    await ask('I work at Acme Corp', true);
    expect((await ask("what's my employer")).answer).toBe('You work at Acme Corp.');
  });

  it('"my number" lists my numbers, never a brother\'s, and hides the passport number', async () => {
    const { ask } = await seededWorld([
      ['phone number', '555-0123'],
      ['passport number', 'X1234567'],
      ["brother Tom's phone number", '555-0101'],
    ]);
    const run = await ask("what's my number?");
    expect(run.answer).toContain('passport number: ••••');
    expect(run.answer).toContain('phone number: 555-0123');
    expect(run.answer).not.toContain('X1234567');
    expect(run.answer).not.toContain('Tom');
  });
});
