import { describe, expect, it } from 'vitest';
import { type Choice, choicesOf, pickChoice } from './choices.js';

const two: Choice[] = [
  { label: 'locker', text: 'actually my locker is 5' },
  { label: 'PIN', text: 'actually my PIN is 5' },
];
const picked = (reply: string, choices: readonly Choice[] = two) => {
  const pick = pickChoice(reply, choices);
  return pick && 'picked' in pick ? pick.picked.map((choice) => choice.label) : pick;
};

describe('m13: a reply to a which-question picks what it names', () => {
  it('by words, ordinal, number, both and neither', () => {
    for (const reply of [
      'the locker',
      'locker',
      'Locker.',
      'the locker one',
      'the first',
      '1',
      'first one',
      'the former',
      'I meant the locker',
    ])
      expect(picked(reply), reply).toEqual(['locker']);
    for (const reply of [
      'PIN please',
      'the pin',
      'the second one',
      '2',
      '2nd',
      'the latter',
      'the last one',
      'pin thanks',
    ])
      expect(picked(reply), reply).toEqual(['PIN']);
    for (const reply of ['both', 'both of them', 'all of them', 'the locker and the PIN', 'beide'])
      expect(picked(reply), reply).toEqual(['locker', 'PIN']);
    for (const reply of ['neither', 'none of them', 'neither of them', 'none'])
      expect(picked(reply), reply).toEqual({ none: true });
  });

  it('m15: a choice asked as a question ("and the home one?") picks it; "both" of three is asked again', () => {
    const wifi: Choice[] = [
      { label: 'home wifi password', text: 'what is my home wifi password' },
      { label: 'work wifi password', text: 'what is my work wifi password' },
    ];
    for (const reply of [
      'and the home one?',
      'what about the home one?',
      'how about home?',
      'and the home one',
      'home?',
    ])
      expect(picked(reply, wifi), reply).toEqual(['home wifi password']);
    expect(picked('both', wifi)).toEqual(['home wifi password', 'work wifi password']);
    // A question that names no choice is a request of its own.
    for (const reply of ['and the gym one?', "what's my gym code?", 'and what about my car?'])
      expect(picked(reply, wifi), reply).toBeUndefined();
    const pins: Choice[] = [
      { label: 'bank PIN', text: 'what is my bank PIN' },
      { label: 'card PIN', text: 'what is my card PIN' },
      { label: 'phone PIN', text: 'what is my phone PIN' },
    ];
    for (const reply of ['card', 'the card one', 'card please', 'and the card one?'])
      expect(picked(reply, pins), reply).toEqual(['card PIN']);
    expect(picked('both', pins)).toEqual({ unclear: true });
    expect(picked('all of them', pins)).toEqual(['bank PIN', 'card PIN', 'phone PIN']);
    expect(picked('the bank and the card', pins)).toEqual(['bank PIN', 'card PIN']);
  });

  it('asks again when a reply shaped like a choice names none, or fits two', () => {
    expect(picked('the third')).toEqual({ unclear: true });
    expect(picked('the gym one')).toEqual({ unclear: true });
    const pins: Choice[] = [
      { label: 'phone PIN', text: 'what is my phone PIN' },
      { label: 'bank PIN', text: 'what is my bank PIN' },
    ];
    expect(picked('PIN', pins)).toEqual({ unclear: true });
    expect(picked('📱', pins)).toBeUndefined();
  });

  it('leaves a request of its own alone', () => {
    for (const reply of [
      "what's my gym code?",
      'remember my bike is red',
      "actually it's 5",
      'list my notes',
    ])
      expect(pickChoice(reply, two), reply).toBeUndefined();
  });

  it('reads notes by their own numbers, never by place', () => {
    const notes = choicesOf(
      '2 notes mention "buy":\n#3 buy milk\n#7 buy eggs\nsay "delete note <number>".',
      [],
    );
    expect(notes.map((note) => note.text)).toEqual(['delete note 3', 'delete note 7']);
    expect(picked('7', notes)).toEqual(['buy eggs']);
    expect(picked('#3', notes)).toEqual(['buy milk']);
    expect(picked('note 7', notes)).toEqual(['buy eggs']);
    expect(picked('1', notes)).toEqual({ unclear: true });
    expect(picked('the first', notes)).toEqual(['buy milk']);
    expect(picked('the eggs one', notes)).toEqual(['buy eggs']);
  });

  it('reads the choices of each kind of which-question', () => {
    const found = [
      {
        name: 'lookup',
        input: { key: 'pin' },
        output: { ambiguous: true, alternatives: [{ label: 'bank PIN' }, { label: 'phone PIN' }] },
      },
    ];
    const said = 'Two remembered facts fit "pin": "phone PIN", "bank PIN".';
    expect(
      choicesOf(`${said} Which one should I forget? Say "forget my …" with its exact name.`, found),
    ).toEqual([
      { label: 'phone PIN', text: 'forget my phone PIN' },
      { label: 'bank PIN', text: 'forget my bank PIN' },
    ]);
    expect(
      choicesOf(
        `${said} Which one should change to -7? Say "update my phone PIN to -7" with the name of the one you mean.`,
        found,
      ).map((choice) => choice.text),
    ).toEqual(['update my phone PIN to -7', 'update my bank PIN to -7']);
    expect(
      choicesOf(`${said} Which one do you mean? Ask with its full name.`, found).map((c) => c.text),
    ).toEqual(['what is my phone PIN', 'what is my bank PIN']);
    expect(
      choicesOf(
        'Which one should be 5: your locker or your PIN? Say "actually my locker is 5" or "actually my PIN is 5".',
        [],
      ),
    ).toEqual(two.map((choice) => ({ label: choice.text, text: choice.text })));
    // One offer is a yes/no question, not a choice.
    expect(choicesOf('Your locker is 12; change it to 21? Say "remember my locker is 21".', [])).toEqual([]);
  });
});

describe('m15: a which-question asked from the list of every fact offers only the facts it listed', () => {
  it('in the order said, never a fact whose name is only part of a listed one', () => {
    const entries = [
      { key: 'wifi password', label: 'wifi password', value: 'x' },
      { key: 'work wifi password', label: 'work wifi password', value: 'y' },
      { key: 'home wifi password', label: 'home wifi password', value: 'z' },
      { key: 'dog', label: 'dog', value: 'Rex' },
    ];
    const answer =
      'Two remembered facts fit: work wifi password: ••••; home wifi password: ••••. Which one do you mean? Ask with its full name.';
    const choices = choicesOf(answer, [
      { name: 'memory_list', input: { limit: 1000 }, output: { entries, total: 4 } },
    ]);
    expect(choices).toEqual([
      { label: 'work wifi password', text: 'what is my work wifi password' },
      { label: 'home wifi password', text: 'what is my home wifi password' },
    ]);
    // A plain list of facts asks nothing: no choices.
    expect(
      choicesOf('I remember 4 things: dog: Rex; wifi password: ••••.', [
        { name: 'memory_list', input: {}, output: { entries, total: 4 } },
      ]),
    ).toEqual([]);
  });
});
