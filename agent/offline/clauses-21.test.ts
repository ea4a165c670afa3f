import { describe, expect, it } from 'vitest';
import { offlineWorld } from '../../test/helpers/offline.js';
import { segments } from './joints.js';

describe('a second fact in one sentence about a person named with no "my" is its own fact (S33 H2, H3)', () => {
  // m23: a relation's possessive typed without its apostrophe ("moms email") is kept as one ("mom's email"), so both facts of one sentence agree; a name ("jakes") stays as typed.
  it.each([
    [
      'remember moms email is mom@x.com and her password is Tulip77',
      [
        ["mom's email", 'mom@x.com'],
        ["mom's password", 'Tulip77'],
      ],
    ],
    [
      "remember mom's email is mom@x.com and her password is Tulip77",
      [
        ["mom's email", 'mom@x.com'],
        ["mom's password", 'Tulip77'],
      ],
    ],
    [
      'remember dads bank is barclays, pin 7788',
      [
        ["dad's bank", 'barclays'],
        ["dad's pin", '7788'],
      ],
    ],
    [
      'remember jakes locker is 12 and his locker code is 0451',
      [
        ['jakes locker', '12'],
        ["jake's locker code", '0451'],
      ],
    ],
    [
      'remember jakes shoe size is 13 and his teacher is mrs patel',
      [
        ['jakes shoe size', '13'],
        ["jake's teacher", 'mrs patel'],
      ],
    ],
    [
      'remember dads doctor is dr shah and his number is 0207 111 2222',
      [
        ["dad's doctor", 'dr shah'],
        ["dad's doctor's number", '0207 111 2222'],
      ],
    ],
    [
      'remember emmas shoe size is 11, jakes is 6',
      [
        ['emmas shoe size', '11'],
        ["jake's shoe size", '6'],
      ],
    ],
  ])('%s', async (text, expected) => {
    const { ask, facts } = offlineWorld();
    await ask(text);
    expect(facts()).toEqual(expect.arrayContaining(expected));
    expect(facts()).toHaveLength(expected.length);
  });

  it('keeps what already split as it was', () => {
    expect(segments('remember my wifi is Home-5G and the password is abc123')?.at(-1)?.reads).toBe(
      'my wifi password is abc123',
    );
    expect(segments('remember my favourite band is Simon and Garfunkel')).toBeUndefined();
    expect(segments('remember the news is on at 6 and the weather is nice')).not.toEqual(
      expect.arrayContaining([expect.objectContaining({ reads: expect.stringContaining("new's") })]),
    );
  });
});

describe('"remember what/where/when/who/how … is" asks; it never writes (S33 M2)', () => {
  it('"remember what jakes shoe size is" recalls it', async () => {
    const { ask, facts, notes, remember } = offlineWorld();
    await remember([['jakes shoe size', '13']]);
    const run = await ask('remember what jakes shoe size is');
    expect(run.answer).toContain('13');
    expect(run.names).not.toContain('notes_add');
    expect(notes()).toEqual([]);
    expect(facts()).toEqual([['jakes shoe size', '13']]);
  });

  it.each([
    'remember what jakes shoe size is',
    'can you remember where my passport is?',
    'remember when emmas birthday is',
    'remember who jakes teacher is',
    'remember how old jake is',
  ])('"%s" with nothing stored writes nothing', async (text) => {
    const { ask, facts, notes } = offlineWorld();
    const run = await ask(text);
    expect(run.names.filter((name) => /remember|notes_add/.test(name))).toEqual([]);
    expect(notes()).toEqual([]);
    expect(facts()).toEqual([]);
  });
});

describe('"tell me about jake" lists every fact about him, secrets masked (S33 M4)', () => {
  it('names both of his facts', async () => {
    const { ask, remember } = offlineWorld();
    await remember([
      ['jakes phone pin', '4455'],
      ['jakes phone', '07123 456789'],
      ['emmas school', 'st marys'],
    ]);
    const { answer } = await ask('tell me about jake');
    expect(answer).toContain('jakes phone: 07123 456789');
    expect(answer).toContain('jakes phone pin: ••••');
    expect(answer).not.toContain('4455');
    expect(answer).not.toContain('emmas school');
  });
});

describe('a statement about a named person is asked about with that person named, never "my emmas" (S33 M1, LOW)', () => {
  it.each([
    ['emma is allergic to peanuts', `"remember emma's allergy is peanuts"`],
    ['emmas school is st marys', `"remember emma's school is …"`],
    ['emmas shoe size is now 12', `"remember emma's shoe size is …"`],
    ['i think moms birthday is in may but not sure', `"remember mom's birthday is …"`],
  ])('%s', async (text, said) => {
    const { ask, facts, notes } = offlineWorld();
    const { answer } = await ask(text);
    expect(answer).toContain(said);
    expect(answer).not.toMatch(/\bmy (?:emmas|i think|his|her)\b/);
    expect(answer).not.toMatch(/\byour (?:his|her)\b/);
    expect(facts()).toEqual([]);
    expect(notes()).toEqual([]);
  });

  it('"remember emma\'s allergy is peanuts", as suggested, keeps it', async () => {
    const { ask, facts } = offlineWorld();
    await ask("remember emma's allergy is peanuts");
    expect(facts()).toEqual([["emma's allergy", 'peanuts']]);
  });
});
