import { describe, expect, it } from 'vitest';
import type { ConversationMessage } from '../../cartridge/conversations.js';
import { seededWorld } from '../../test/helpers/offline.js';
import { noteTextCheck } from '../../tools/notes/offline.js';
import { readFollowUp } from './followup.js';
import { trailingClause } from './tails.js';

const setup = seededWorld;

describe('a pronoun and its verb typed without an apostrophe opens a clause of its own (S28 H4)', () => {
  it.each([
    ['my sons name is Luca and hes 6', 'my sons name is Luca', 'hes 6'],
    ['remember my cat is Luna and shes 3', 'remember my cat is Luna', 'shes 3'],
    ['remember my dog is Rex and its 5', 'remember my dog is Rex', 'its 5'],
    ['remember my kids are Tom and Ann and theyre twins', 'remember my kids are Tom and Ann', 'theyre twins'],
    [
      'my wifi password is hunter2 and its case sensitive',
      'my wifi password is hunter2',
      'its case sensitive',
    ],
    ['remember my cat is Luna shes 3', 'remember my cat is Luna', 'shes 3'],
    ['remember my son is Max he’s 7', 'remember my son is Max', 'he’s 7'],
    ['remember the car is in spot 12 its the blue one', 'remember the car is in spot 12', 'its the blue one'],
  ])('%s → %s | %s', (text, head, tail) => {
    expect(trailingClause(text)).toMatchObject({ head, tail });
  });

  it.each([
    'my motto is when it’s done it’s done',
    'my motto is rock and its roll',
    'my band is Salt and Hes Friends',
    'my favourite song is Luna its',
  ])('"%s" stays whole', (text) => {
    expect(trailingClause(text)).toBeUndefined();
  });

  it('keeps only the name, never "Luca and hes 6"', async () => {
    const { ask, facts } = await setup();
    const { answer } = await ask('my sons name is Luca and hes 6');
    // m23: "sons name" is kept as the son's name (a possessive typed without its apostrophe).
    expect(facts()).toEqual({ "son's name": 'Luca' });
    expect(answer).toContain('I did not keep "hes 6"');
  });

  it('"remember my cat is Luna shes 3" keeps the cat as Luna', async () => {
    const { ask, facts } = await setup();
    await ask('remember my cat is Luna shes 3');
    expect(facts()).toEqual({ cat: 'Luna' });
  });
});

describe('"… and the X is Y" names a thing of its own unless X is only an attribute (S28 H4)', () => {
  it('the router pin is its own fact, never "wifi password router pin"', async () => {
    const { ask, facts } = await setup();
    await ask('remember my wifi password is abc123 and the router pin is 4455');
    expect(facts()).toEqual({ 'wifi password': 'abc123', 'router pin': '4455' });
  });

  it('"the password" after "my wifi is …" is still the wifi password', async () => {
    const { ask, facts } = await setup();
    await ask('remember my wifi is Home-5G and the password is abc123');
    expect(facts()).toEqual({ wifi: 'Home-5G', 'wifi password': 'abc123' });
  });

  it('"the expiry date" after a passport number is still the passport expiry date', async () => {
    const { ask, facts } = await setup();
    await ask('remember my passport number is X1234567 and the expiry date is 2031-05-01');
    expect(facts()).toEqual({ 'passport number': 'X1234567', 'passport expiry date': '2031-05-01' });
  });
});

describe('a possessive typed without its apostrophe before "is" is whose it is (S28 H2)', () => {
  it.each([
    ['remember my PIN is 2468 and my wifes is 1357', "wife's PIN"],
    ['my PIN is 2468 and my sons is 1357', "son's PIN"],
    ['remember my PIN is 2468 and my moms is 1357', "mom's PIN"],
    ['remember my PIN is 2468 and my sisters is 1357', "sister's PIN"],
    ['remember my PIN is 2468 and Toms is 1357', "Tom's PIN"],
  ])('"%s" keeps %s', async (request, key) => {
    const { ask, facts } = await setup();
    await ask(request);
    expect(facts()).toEqual({ PIN: '2468', [key]: '1357' });
  });

  it('"my keys are blue" is still a thing of its own', async () => {
    const { ask, facts } = await setup();
    await ask('remember my car is red and my keys are blue');
    expect(facts()).toEqual({ car: 'red', keys: 'blue' });
  });

  it('a name that ends in "s" of its own is never made a possessive ("Jame\'s")', async () => {
    const { ask, facts } = await setup();
    await ask('remember my PIN is 2468 and James is 5');
    expect(Object.keys(facts()).some((key) => /jame['’]s/i.test(key))).toBe(false);
  });
});

describe('a note request that only points ("of that", "down") keeps nothing (S28 H5)', () => {
  it.each([
    'can you note that down?',
    'make a note of that',
    'note it down',
    'jot this down',
    'please write that down',
  ])('"%s" asks what the note should say', async (request) => {
    const { ask, notes } = await setup();
    const { answer, tools } = await ask(request);
    expect(tools).not.toContain('notes_add');
    expect(notes()).toEqual([]);
    expect(answer).toContain('What should the note say?');
  });

  it.each(['down?', 'of that', 'it down', 'this', 'about that please'])(
    'the note text "%s" is refused',
    (text) => {
      expect(noteTextCheck(text)).toHaveProperty('problem');
    },
  );

  it('"note that the plumber comes at 9" is still a note', async () => {
    const { ask, notes } = await setup();
    await ask('note that the plumber comes at 9');
    expect(notes()).toEqual(['the plumber comes at 9']);
  });

  const before: ConversationMessage[] = [
    { role: 'user', content: 'the plumber comes Tuesday at 9' },
    { role: 'assistant', content: 'I didn\'t understand "the plumber comes Tuesday at 9".' },
  ];

  it('after a turn, offers to note what that turn said, and a yes notes it', async () => {
    const read = readFollowUp('make a note of that', before);
    expect(read).toEqual({
      kind: 'answer',
      status: 'needs_input',
      text: 'Should I note what you said before? Say "note: the plumber comes Tuesday at 9".',
    });
    const offered: ConversationMessage[] = [
      ...before,
      { role: 'user', content: 'make a note of that' },
      { role: 'assistant', content: (read as { text: string }).text },
    ];
    expect(readFollowUp('yes', offered)).toEqual({
      kind: 'request',
      text: 'note: the plumber comes Tuesday at 9',
    });
  });

  it('never says a secret said before back in the offer', () => {
    const secret: ConversationMessage[] = [
      { role: 'user', content: 'the alarm pin is 7731' },
      { role: 'assistant', content: 'I kept nothing.' },
    ];
    const text = (readFollowUp('note that down', secret) as { text: string }).text;
    expect(text).not.toContain('7731');
    expect(text).toContain('What should the note say?');
  });
});
