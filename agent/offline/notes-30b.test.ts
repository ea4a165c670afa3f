import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chatWorld, offlineWorld } from '../../test/helpers/offline.js';
import { testDir } from '../../test/helpers/runtime.js';

/** A household's papers, as a person learns them (S45). */
const papers = () => {
  const dir = testDir('fazt-notes-30b-');
  writeFileSync(
    join(dir, 'lease.md'),
    '# Lease\n\nMonthly rent is €1,395.00, due on the 5th of each month.\n\nDeposit: €2,680 held by the agency.\n',
  );
  writeFileSync(
    join(dir, 'insurance.txt'),
    'Home Contents Insurance — Policy No. HC-55821-LY\nTheft: covered, excess €300 (forced entry required)\n',
  );
  writeFileSync(join(dir, 'family.txt'), "Théo's football training is Wednesday at 17:00.\n");
  return dir;
};

/**
 * S45 H1: a note that only shares a word with a question ("ask the landlord about the rent
 * increase" for "how much is the rent?") never hides the documents' answer: they answer first.
 */
describe('a note sharing a word never hides the documents', () => {
  const cases: [note: string, question: string, expected: string][] = [
    ['ask the landlord about the rent increase next year', 'how much is the rent?', '€1,395.00'],
    ["Théo's football boots cost 45 euros", "when is Théo's football training?", 'Wednesday at 17:00'],
    ['insurance renewal letter arrived, check the excess', "what's the excess for theft?", '€300'],
    ['my locker number is 12', 'what is the policy number?', 'HC-55821-LY'],
    ['buy flowers for the deposit return party', 'how much is the deposit?', '€2,680'],
  ];
  for (const [note, question, expected] of cases)
    it(`"${question}" with the note "${note}"`, async () => {
      const { ask } = offlineWorld();
      await ask(`learn ${papers()}`);
      await ask(`note: ${note}`);
      const { answer } = await ask(question);
      expect(answer).toContain(expected);
      // The documents' answer comes first; the note, if said, after it.
      expect(answer.indexOf(expected)).toBeLessThan(
        answer.indexOf(note) === -1 ? Infinity : answer.indexOf(note),
      );
    });

  it('a note that answers the question still answers it', async () => {
    const { ask } = offlineWorld();
    await ask(`learn ${papers()}`);
    await ask('note: the gym membership costs 30 euros a month');
    const { answer } = await ask('how much is the gym membership?');
    expect(answer).toMatch(/^From your notes:/);
    expect(answer).toContain('30 euros');
  });

  it('with no documents the note is still said', async () => {
    const { ask } = offlineWorld();
    await ask('note: ask the landlord about the rent increase next year');
    const { answer } = await ask('how much is the rent?');
    expect(answer).toContain('rent increase');
  });
});

/** S45 H5: "it" in a follow-up is the subject asked before, never an unrelated stored fact. */
describe('"it" after a document answer', () => {
  it('"when do we get it back?" after the deposit is never the shopping list', async () => {
    const chat = chatWorld();
    await chat.say(`learn ${papers()}`, { c: false });
    await chat.say('remember my shopping list is milk, eggs, bread', { c: false });
    const first = await chat.say('how much is the deposit?', { c: false });
    expect(first.answer).toContain('€2,680');
    const { answer } = await chat.say('when do we get it back?');
    expect(answer).not.toContain('shopping');
    expect(answer).not.toContain('milk');
  });
});

describe('"it" after a question with no documents', () => {
  it('"when do we get it back?" after the deposit is never the shopping list', async () => {
    const chat = chatWorld();
    await chat.say('remember my shopping list is milk, eggs, bread', { c: false });
    await chat.say('how much is the deposit?', { c: false });
    const { answer } = await chat.say('when do we get it back?');
    expect(answer).not.toContain('milk');
  });

  it('"it" that is the fact asked before still answers', async () => {
    const chat = chatWorld();
    await chat.say('remember my gate code is 4821', { c: false });
    await chat.say("what's my gate code?", { c: false });
    const { answer } = await chat.say('what is the code for it?');
    expect(answer).toContain('4821');
  });
});

/** S45 M: "forget everything about Théo" forgets the facts it listed, his relation's too. */
describe('forgetting a person forgets what was listed', () => {
  it("the son's name and the facts about Théo go together", async () => {
    const { ask, remember, facts } = offlineWorld();
    await remember([
      ["son's name", 'Théo'],
      ["Théo's school", 'École Jean-Macé'],
      ["son Théo's age", '9'],
      ["Théo's birthday", '14 February'],
      ['bin day', 'Wednesday'],
    ]);
    const { answer } = await ask('forget everything about Théo', true);
    expect(answer).toMatch(/^Forgot all 4 remembered facts about Théo/);
    expect(facts().map(([label]) => label)).toEqual(['bin day']);
  });
});

/** S45 LOW: a tab inside a request is a space. */
describe('a tab in a request', () => {
  it('"remember my locker<TAB>number is 12" is a fact, as with a space', async () => {
    const { ask, facts } = offlineWorld();
    const { answer } = await ask('remember my locker\tnumber is 12');
    expect(answer).not.toContain('note');
    expect(facts().some(([, value]) => value === '12')).toBe(true);
  });
});
