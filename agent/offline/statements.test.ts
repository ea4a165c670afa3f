import { describe, expect, it } from 'vitest';
import { chatWorld, offlineWorld } from '../../test/helpers/offline.js';
import { statementTurned } from './statements.js';

/**
 * m25 (S38, S39): plain statements about the person or their people are kept under the keys the
 * questions about them find; the sentences that only look like them keep nothing.
 */

describe('a plain statement about someone is kept under the key its question finds', () => {
  it.each([
    ['Mia is allergic to peanuts', [["Mia's allergy", 'peanuts']], 'what is Mia allergic to?', 'peanuts'],
    ['Leo is my son', [['son', 'Leo']], 'who is my son?', 'Leo'],
    ['Sam is my best friend', [['best friend', 'Sam']], 'who is my best friend?', 'Sam'],
    ['I live at 5 Elm Street', [['home', '5 Elm Street']], 'where do I live?', '5 Elm Street'],
    [
      'I live at 4 Elm Road, Bristol',
      [['home', '4 Elm Road, Bristol']],
      'where do I live?',
      '4 Elm Road, Bristol',
    ],
    [
      'my mum lives at 12 Oak Lane',
      [["mum's home", '12 Oak Lane']],
      'where does my mum live?',
      '12 Oak Lane',
    ],
    [
      'My mum is Helen and she lives at 12 Oak Lane',
      [
        ['mum', 'Helen'],
        ["mum's home", '12 Oak Lane'],
      ],
      'where does my mum live?',
      '12 Oak Lane',
    ],
    [
      'My mum is Helen and she lives at 12 Oak Road, Bath',
      [
        ['mum', 'Helen'],
        ["mum's home", '12 Oak Road, Bath'],
      ],
      'where does my mum live?',
      '12 Oak Road, Bath',
    ],
    [
      "Ana Smith's birthday is May 5",
      [["Ana Smith's birthday", 'May 5']],
      "when is Ana Smith's birthday?",
      'May 5',
    ],
    ['Bruno is 8 now', [["Bruno's age", '8']], 'how old is Bruno?', '8'],
    ['Leo just turned 9', [["Leo's age", '9']], 'how old is Leo?', '9'],
  ])('%s', async (said, kept, question, answer) => {
    const { ask, facts } = offlineWorld();
    const run = await ask(said);
    expect(run.finish.status).toBe('done');
    expect(facts()).toEqual(expect.arrayContaining(kept));
    expect(facts()).toHaveLength(kept.length);
    expect((await ask(question)).answer).toContain(answer);
  });

  it('"my son is allergic to penicillin" with son = Leo kept is his allergy, never a new "son"', async () => {
    const { ask, facts, remember } = offlineWorld();
    await remember([['son', 'Leo']]);
    const run = await ask('my son is allergic to penicillin');
    expect(run.finish.status).toBe('done');
    expect(facts()).toEqual(
      expect.arrayContaining([
        ['son', 'Leo'],
        ["son's allergy", 'penicillin'],
      ]),
    );
    expect((await ask('what is my son allergic to?')).answer).toContain('penicillin');
  });

  // D32 3: "now" says the age changed, so the kept one is updated plainly (it asked before).
  it('"Bruno is 8 now" with "dog Bruno\'s age" kept changes it, saying what it was, and keeps no second age', async () => {
    const { ask, facts, remember } = offlineWorld();
    await remember([["dog Bruno's age", '7']]);
    const run = await ask('Bruno is 8 now');
    expect(run.answer).toContain("dog Bruno's age is now 8 (was 7)");
    expect(facts()).toEqual([["dog Bruno's age", '8']]);
  });
});

describe('sentences that only look like such statements keep nothing', () => {
  it.each([
    'I live in fear of spiders',
    'I live at home',
    'This is my son',
    'He is my son',
    'emma is allergic to peanuts',
    'Tom is 40',
    'Gate is 12 now',
    'My mum is Helen and she lives in fear of spiders',
    'he is allergic to penicillin',
    'and her birthday is 14 March',
    'is Leo my son?',
    'Mia is allergic to peanuts?',
  ])('%s', async (said) => {
    const { ask, facts } = offlineWorld();
    await ask(said);
    expect(facts()).toEqual([]);
  });

  it('"I live at the end of the road" is asked about with its own "at", nothing kept', async () => {
    const { ask, facts } = offlineWorld();
    const run = await ask('I live at the end of the road');
    expect(run.answer).toContain('Do you live at the end of the road?');
    expect(run.answer).toContain('"remember I live at the end of the road"');
    expect(facts()).toEqual([]);
  });

  it('a pronoun gets no possessive in a hint ("he\'s allergy", S39 A15)', async () => {
    const { ask } = offlineWorld();
    for (const said of ['he is allergic to penicillin', 'they are allergic to nuts']) {
      const { answer } = await ask(said);
      expect(answer).not.toMatch(/\b(?:he|they)['’]s allergy/i);
      expect(answer).toContain('kept nothing');
    }
  });

  it('a leading "and" is never part of the suggested fact name ("my and her birthday")', async () => {
    const { ask } = offlineWorld();
    expect((await ask('and her birthday is 14 March')).answer).not.toContain('my and her');
  });
});

describe("statementTurned says each in the templates' form", () => {
  it.each([
    ['Leo is my son', 'my son is Leo'],
    ['remember Priya is my wife', 'remember my wife is Priya'],
    ["Leo's my son", 'my son is Leo'],
    ['Max is my dog', 'my dog is Max'],
    ['my son is allergic to penicillin', "my son's allergy is penicillin"],
    ['remember my daughter is allergic to cats', "remember my daughter's allergy is cats"],
    ['my son is allergic to cats too', 'my son is allergic to cats too'],
    ['Mia is allergic to peanuts', "Mia's allergy is peanuts"],
    ['Bruno is 8 now', "Bruno's age is 8"],
    ['Mia is 7 years old', "Mia's age is 7 years old"],
    // Left as typed: no name, an addition, a correction, a bare number.
    ['This is my son', 'This is my son'],
    ['Leo is my hero', 'Leo is my hero'],
    ['Mia is allergic to eggs too', 'Mia is allergic to eggs too'],
    ['Lily is allergic to tree nuts, not peanuts', 'Lily is allergic to tree nuts, not peanuts'],
    ['Tom is 40', 'Tom is 40'],
  ])('%s → %s', (said, meant) => {
    expect(statementTurned(said)).toBe(meant);
  });
});

describe('a pronoun in a follow-up is the person the turn before was about (S39 A7)', () => {
  it('after "my wife is Priya and her phone is …", "and her birthday is 14 March" is hers', async () => {
    const { say, facts } = chatWorld();
    await say('my wife is Priya and her phone is 07700 900111', { c: false });
    const run = await say('and her birthday is 14 March');
    expect(run.answer).not.toContain('my and her');
    expect(facts()).toMatchObject({
      wife: 'Priya',
      "wife's phone": '07700 900111',
      "wife Priya's birthday": '14 March',
    });
  });

  it('after "my wife is Priya", "her number is …" and "and her birthday is …" are hers', async () => {
    const { say, facts } = chatWorld();
    await say('my wife is Priya', { c: false });
    await say('and her birthday is 14 March');
    await say('her number is 0712 345678');
    expect(facts()).toMatchObject({
      wife: 'Priya',
      "wife Priya's birthday": '14 March',
      "wife Priya's number": '0712 345678',
    });
    expect((await say("when is my wife's birthday?", { c: false })).answer).toContain('14 March');
  });

  it('after "my son Leo is allergic to penicillin", "his birthday is May 3" is Leo\'s', async () => {
    const { say, facts } = chatWorld();
    await say('my son Leo is allergic to penicillin', { c: false });
    await say('his birthday is May 3');
    expect(facts()).toMatchObject({ "son Leo's birthday": 'May 3' });
  });

  it('after "my mum is Helen", "she lives at 12 Oak Lane" is her home; "she lives in fear …" keeps nothing', async () => {
    const { say, facts } = chatWorld();
    await say('my mum is Helen', { c: false });
    await say('she lives in fear of spiders');
    expect(facts()).toEqual({ mum: 'Helen' });
    await say('my mum is Helen', { c: false });
    await say('she lives at 12 Oak Lane');
    expect(facts()).toMatchObject({ "mum Helen's home": '12 Oak Lane' });
    expect((await say('where does my mum live?', { c: false })).answer).toContain('12 Oak Lane');
  });

  it('after facts about two people, "her birthday is …" is asked about, nothing kept', async () => {
    const { say, facts } = chatWorld();
    await say("my wife is Priya and my brother's phone is 555 0101", { c: false });
    const before = Object.keys(facts()).length;
    await say('her birthday is 14 March');
    expect(Object.keys(facts())).toHaveLength(before);
  });
});
