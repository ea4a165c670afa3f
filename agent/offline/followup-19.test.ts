import { describe, expect, it } from 'vitest';
import { seededWorld, turn } from '../../test/helpers/offline.js';
import { readFollowUp } from './followup.js';

/**
 * m19 (strangers S28 M3, M6; S26 M4, M5): follow-ups after a recall, a list and a question back.
 * A correction after a recall corrects the fact the answer was about, also when the question was
 * answered from the list of every fact; "delete the second one" after a list picks by place; a
 * take-back after a pending forget is a no.
 */

/** A stored turn whose calls returned `output` (as `fazt ask` keeps it), then the answer. */
const turnWith = turn;

const bruno = { key: "dog bruno's age", label: "dog Bruno's age", value: '7 years old' };
const name = { key: "dog's name", label: "dog's name", value: 'Bruno' };
/** "how old is Bruno?" answered from the list of every fact. */
const askedAge = turnWith(
  'how old is Bruno?',
  [{ name: 'memory_list', input: { limit: 1000 }, output: { entries: [name, bruno], total: 2 } }],
  "Your dog Bruno's age is 7 years old.",
);
/** "what's my locker?" answered by a recall. */
const askedLocker = turnWith(
  "what's my locker?",
  [
    {
      name: 'memory_recall',
      input: { key: 'locker' },
      output: { match: { key: 'locker', label: 'locker', value: '55' } },
    },
  ],
  'Your locker is 55.',
);

describe('a correction right after a recall corrects the fact the answer was about', () => {
  it.each([
    ["actually he's 8", "actually my dog Bruno's age is 8"],
    ['no wait, 8', "actually my dog Bruno's age is 8"],
    ['sorry, 8', "actually my dog Bruno's age is 8"],
    ["no, she's 8 now", "actually my dog Bruno's age is 8"],
    ["they're 8", "my dog Bruno's age is 8"],
  ])('"%s" after a question the list answered', (said, meant) => {
    expect(readFollowUp(said, askedAge)).toEqual({ kind: 'request', text: meant });
  });

  it('"Bruno is 8 now" names the fact found by a word of its name', () => {
    expect(readFollowUp('Bruno is 8 now', askedAge)).toEqual({
      kind: 'request',
      text: "my dog Bruno's age is 8",
    });
    expect(readFollowUp("actually Bruno's 8", askedAge)).toEqual({
      kind: 'request',
      text: "actually my dog Bruno's age is 8",
    });
    // Another name is another thing: not this fact; nor a value of another kind.
    expect(readFollowUp('Rex is 8 now', askedAge)).toBeUndefined();
    expect(readFollowUp('actually Bruno is a labrador', askedAge)).toBeUndefined();
    // "Tom is 40" is no new value for "Tom's phone": Tom is whose it is, not what.
    const tomsPhone = turnWith(
      "what's Tom's phone?",
      [
        {
          name: 'memory_recall',
          input: { key: "Tom's phone" },
          output: { match: { key: "tom's phone", label: "Tom's phone", value: '555 7777' } },
        },
      ],
      "Tom's phone is 555 7777.",
    );
    expect(readFollowUp('Tom is 40', tomsPhone)).toBeUndefined();
  });

  it('after a recall too, and "forget it" is that fact', () => {
    expect(readFollowUp('no wait, 56', askedLocker)).toEqual({
      kind: 'request',
      text: 'actually my locker is 56',
    });
    expect(readFollowUp('forget it', askedAge)).toEqual({
      kind: 'request',
      text: "forget my dog Bruno's age",
    });
  });

  it('a lookup that found nothing is corrected by no "she\'s …": its near facts are other facts', () => {
    const missed = turnWith(
      'where does my sister live?',
      [
        { name: 'memory_recall', input: { key: "sister's home" }, output: { match: null } },
        {
          name: 'memory_list',
          input: { limit: 1000 },
          output: { entries: [{ key: "sister's city", label: "sister's city", value: 'Lyon' }], total: 1 },
        },
      ],
      "I don't have anything remembered about sister's home. Near facts, about something else: sister's city: Lyon.",
    );
    expect(readFollowUp("she's in Paris now", missed)).toBeUndefined();
  });

  it('a list of several facts names no one fact: nothing is corrected', () => {
    const listed = turnWith(
      'what do you remember?',
      [{ name: 'memory_list', input: {}, output: { entries: [name, bruno], total: 2 } }],
      "I remember 2 things: dog's name: Bruno; dog Bruno's age: 7 years old.",
    );
    expect(readFollowUp('no wait, 8', listed)).toBeUndefined();
  });

  it('the update then runs with the same consent rules as one typed whole', async () => {
    const { ask, facts } = await seededWorld([["dog Bruno's age", '7 years old']]);
    const run = await ask("actually my dog Bruno's age is 8");
    expect(run.status).toBe('done');
    expect(facts()["dog Bruno's age"]).toBe('8');
  });
});

describe('"delete the second one" after a list picks by place, a note by its number', () => {
  const notes = turnWith(
    'list my notes',
    [
      {
        name: 'notes_list',
        input: {},
        output: {
          notes: [
            { id: 3, text: 'fix bike' },
            { id: 2, text: 'call mum' },
            { id: 1, text: 'buy milk' },
          ],
          total: 3,
        },
      },
    ],
    'You have 3 notes:\n#3 fix bike\n#2 call mum\n#1 buy milk',
  );
  it.each([
    ['delete the second one', 'delete note 2'],
    ['delete the first one', 'delete note 3'],
    ['remove the last one', 'delete note 1'],
    ['remove number 3', 'delete note 3'],
    ['delete #1', 'delete note 1'],
    ['ok delete note 2 please', 'delete note 2'],
  ])('"%s" → "%s"', (said, meant) => {
    expect(readFollowUp(said, notes)).toEqual({ kind: 'request', text: meant });
  });

  it('a number the list did not show asks again and deletes nothing', () => {
    const meaning = readFollowUp('delete number 7', notes);
    expect(meaning?.kind).toBe('answer');
  });

  it('after "what do you remember?" the fact at that place', () => {
    const facts = turnWith(
      'what do you remember?',
      [
        {
          name: 'memory_list',
          input: {},
          output: {
            entries: [
              { key: 'car', label: 'car', value: 'a red Polo' },
              { key: 'gym pin', label: 'gym PIN', value: '4455' },
            ],
            total: 2,
          },
        },
      ],
      'I remember 2 things: car: a red Polo; gym PIN: ••••.',
    );
    expect(readFollowUp('delete the second one', facts)).toEqual({
      kind: 'request',
      text: 'forget my gym PIN',
    });
    expect(readFollowUp('forget the first one', facts)).toEqual({ kind: 'request', text: 'forget my car' });
  });
});

describe('a take-back after a question back is a no', () => {
  const pendingForget = turnWith(
    "forget Ben's phone",
    [{ name: 'memory_forget', input: { key: "Ben's phone" }, held: true }],
    "This would forget Ben's phone, which cannot be undone, so I did not do it. To go ahead, run the request again with --yes.",
  );
  it.each([
    'no actually keep it',
    'wait, keep it',
    "no wait, don't delete it",
    'on second thought, keep it',
    "actually don't forget it",
  ])('"%s"', (said) => {
    expect(readFollowUp(said, pendingForget)).toEqual({
      kind: 'answer',
      text: 'OK, nothing changed.',
      status: 'done',
    });
  });
});

describe('a take-back right after a remember is read as one, however it opens', () => {
  const kept = turnWith(
    'remember my locker is 55',
    [
      {
        name: 'memory_remember',
        input: { key: 'locker', value: '55' },
        output: { entry: { key: 'locker', label: 'locker', value: '55' }, created: true },
      },
    ],
    'Remembered: your locker is 55.',
  );
  it.each([
    "wait no, don't save that",
    "hold on, don't save that",
    "no no don't save that one",
    "please don't remember that",
    'on second thought, dont keep it',
    "hang on, don't store that please",
  ])('"%s"', (said) => {
    expect(readFollowUp(said, kept)).toEqual({ kind: 'request', text: 'forget my locker' });
  });
});
