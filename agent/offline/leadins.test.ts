import { describe, expect, it } from 'vitest';
import type { Caller } from '../../cartridge/audit.js';
import { testCartridge } from '../../test/helpers/runtime.js';
import { createDefaultRegistry, createExecutor } from '../../tools/index.js';
import { createMemoryStore } from '../../tools/memory/store.js';
import { createNotesStore } from '../../tools/notes/store.js';
import type { PlannerEvent } from '../planner.js';
import { createOfflinePlanner } from './index.js';
import { leadIn } from './leadins.js';

const PERSON: Caller = { kind: 'person', id: 'test' };

/** The planner over a fresh cartridge; `facts()` lists what is stored as [label, value] pairs. */
function setup() {
  const cartridge = testCartridge();
  const registry = createDefaultRegistry();
  const executor = createExecutor({ cartridge, registry });
  const planner = createOfflinePlanner(registry);
  const ask = async (text: string) => {
    const events: PlannerEvent[] = [];
    for await (const event of planner.run({ text }, { executor, caller: PERSON })) events.push(event);
    const finish = events.at(-1);
    if (finish?.type !== 'finish')
      throw new Error(`the run did not end with finish: ${JSON.stringify(finish)}`);
    return { status: finish.status, answer: finish.answer };
  };
  const facts = () =>
    createMemoryStore(cartridge)
      .list()
      .map((fact) => [fact.label, fact.value]);
  const notes = () =>
    createNotesStore(cartridge)
      .list({ limit: 50 })
      .map((note) => note.text);
  return { ask, facts, notes };
}

describe('a lead-in before a colon is never a fact name (S11 round 9)', () => {
  it.each([
    ['keep this private: my diary code is 9876', 'diary code', '9876'],
    ['keep this safe: my recovery code is ABCD-1234', 'recovery code', 'ABCD-1234'],
    ['remember the following: my boot size is 9', 'boot size', '9'],
    ['remember this for me: my loyalty card is 123456', 'loyalty card', '123456'],
    ['remember the next thing: my aunt is Jo', 'aunt', 'Jo'],
    ['please keep the following secret: my pin is 0042', 'pin', '0042'],
    ['Private: my diary code is 9876', 'diary code', '9876'],
    ['pls rmbr my gym pin is 3344 thx', 'gym pin', '3344'],
    ['remeber my locker is 41', 'locker', '41'],
    ['sorry, I meant my locker is 41', 'locker', '41'],
    ['keep this private 🤫: my pin is 2468', 'pin', '2468'],
    ['keep this between us: my pin is 1357', 'pin', '1357'],
    ['REMEMBER THE FOLLOWING: MY PIN IS 9', 'PIN', '9'],
  ])('%s → %s = %s', async (request, key, value) => {
    const { ask, facts, notes } = setup();
    const { status } = await ask(request);
    expect(status).toBe('done');
    expect(facts()).toEqual([[key, value]]);
    expect(notes()).toEqual([]);
  });

  it('keeps every fact after "remember these:", none named "these"', async () => {
    const { ask, facts } = setup();
    await ask('remember these: my hat is red, my scarf is blue');
    expect(facts()).toEqual(
      expect.arrayContaining([
        ['hat', 'red'],
        ['scarf', 'blue'],
      ]),
    );
    expect(facts()).toHaveLength(2);
  });

  it('says what private means after a privacy lead-in, and not otherwise', async () => {
    const { ask } = setup();
    expect((await ask('keep this private: my diary code is 9876')).answer).toMatch(
      /^Remembered: your diary code is 9876\.\nIt stays private: .*shares it with no one\.$/,
    );
    expect((await ask('remember the following: my boot size is 9')).answer).not.toMatch(/private/);
  });

  it('keeps a lead-in that names something, and a note after "remember the following:"', async () => {
    const { ask, facts, notes } = setup();
    await ask('my private email: a@b.c');
    await ask('remember the following: buy milk');
    expect(facts()).toEqual([['private email', 'a@b.c']]);
    expect(notes()).toEqual(['buy milk']);
  });

  it('leaves a request without a lead-in alone', () => {
    for (const text of [
      'keep my bike in the shed',
      'remember my pin is 1234',
      'private email: a@b.c',
      'rumba is fun',
    ])
      expect(leadIn(text)).toBeUndefined();
  });
});

describe('a value that reads as a phrase or a title is kept whole (S11 round 9)', () => {
  it.each([
    ['remember that my song is Sorry Not Sorry', 'song', 'Sorry Not Sorry'],
    ['remember my motto is: sorry not sorry', 'motto', 'sorry not sorry'],
    ['my catchphrase is sorry, not sorry', 'catchphrase', 'sorry, not sorry'],
    ['my phrase is no, thank you', 'phrase', 'no, thank you'],
    ["my favourite show is Wait Wait... Don't Tell Me", 'favourite show', "Wait Wait... Don't Tell Me"],
    // Corrections and closers that are not the value's own still go.
    ['remember my doctor is Dr. Nguyen, not Dr. Patel', 'doctor', 'Dr. Nguyen'],
    ['my pin is 9920 not 7781', 'pin', '9920'],
    ['my pin is 1234, thank you', 'pin', '1234'],
  ])('%s → %s = %s', async (request, key, value) => {
    const { ask, facts } = setup();
    await ask(request);
    expect(facts()).toEqual([[key, value]]);
  });
});

describe('"one" and a possessive fragment never invent a key (S11 round 9)', () => {
  it('reads "my work one" with the name of the fact before it', async () => {
    const { ask, facts } = setup();
    await ask('my home wifi password is abc and my work one is def');
    expect(facts()).toEqual(
      expect.arrayContaining([
        ['home wifi password', 'abc'],
        ['work wifi password', 'def'],
      ]),
    );
    expect(facts()).toHaveLength(2);
  });

  it('reads "my daughter\'s Ann" after "my son is Tom" as the daughter being Ann', async () => {
    const { ask, facts } = setup();
    await ask("my son is Tom and my daughter's Ann");
    expect(facts()).toEqual(
      expect.arrayContaining([
        ['son', 'Tom'],
        ['daughter', 'Ann'],
      ]),
    );
    expect(facts()).toHaveLength(2);
  });

  it.each([
    'actually, the home one is ddd',
    'my work one is def',
    "my son is Tom and my daughter's at school",
  ])('%s asks back and keeps nothing', async (request) => {
    const { ask, facts } = setup();
    const { status } = await ask(request);
    expect(status).toBe('needs_input');
    expect(facts()).toEqual([]);
  });

  it('keeps "one" that is part of a name', async () => {
    const { ask, facts } = setup();
    await ask('remember my number one is Bob');
    expect(facts()).toEqual([['number one', 'Bob']]);
  });
});

describe('lead-ins and messages around them (S11 round 9, LOW 13)', () => {
  it.each(['keep this private:', 'remember the following:', 'remember these -'])(
    '%s with nothing after it asks what to keep, naming no fact',
    async (request) => {
      const { ask, facts, notes } = setup();
      const { status, answer } = await ask(request);
      expect(status).toBe('needs_input');
      expect(answer).toMatch(/^What should I keep/);
      expect(answer).not.toMatch(/your (?:private|following|these)/);
      expect(facts()).toEqual([]);
      expect(notes()).toEqual([]);
    },
  );

  it('keeps a value that opens with a copula word and a colon', async () => {
    const { ask, facts } = setup();
    await ask('my password is is:is');
    expect(facts()).toEqual([['password', 'is:is']]);
  });

  it('says a plural without an "s" with "are"', async () => {
    const { ask } = setup();
    expect((await ask('my children are Max and Lea')).answer).toBe(
      'Remembered: your children are Max and Lea.',
    );
  });

  it('says how to keep a name said without whose it is', async () => {
    const { ask, facts } = setup();
    const { status, answer } = await ask('actually room 1010 key is E5');
    expect(status).toBe('needs_input');
    expect(answer).toBe(
      'I can\'t tell whose "room 1010 key" is, so I kept nothing. If it is yours, say "my room 1010 key is …".',
    );
    expect(facts()).toEqual([]);
  });
});

describe('lead-ins with a count or a question after them (S11 round 9)', () => {
  it('keeps each fact after "remember the following two things:"', async () => {
    const { ask, facts } = setup();
    await ask('remember the following two things: my hat is red and my scarf is blue');
    expect(facts()).toEqual(
      expect.arrayContaining([
        ['hat', 'red'],
        ['scarf', 'blue'],
      ]),
    );
    expect(facts()).toHaveLength(2);
  });

  it('reads a question after a lead-in as the question, writing nothing', async () => {
    const { ask, facts } = setup();
    await ask('remember my pin is 4321');
    const { status, answer } = await ask('keep this private: what is my pin?');
    expect(status).toBe('done');
    expect(answer).toBe('Your pin is 4321.');
    expect(facts()).toEqual([['pin', '4321']]);
  });
});
