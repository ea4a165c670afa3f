import { describe, expect, it } from 'vitest';
import type { ConversationMessage } from '../../cartridge/conversations.js';
import { turn } from '../../test/helpers/offline.js';
import { followUp, readFollowUp } from './followup.js';

describe('a follow-up is read against the turn before it', () => {
  const locker = turn(
    "what's my locker?",
    [{ name: 'memory_recall', input: { key: 'locker' } }],
    'Your locker is 51.',
  );

  it('reads "it" as the fact the last turn named', () => {
    expect(followUp("actually it's 21", locker)).toBe('actually my locker is 21');
    expect(followUp('no, it is 21 now', locker)).toBe('actually my locker is 21');
    expect(followUp('it should be 21', locker)).toBe('my locker is 21');
    expect(followUp('change it to 21', locker)).toBe('change my locker to 21');
    expect(followUp('update it to B-7 please', locker)).toBe('change my locker to B-7');
    const mums = turn(
      "when is mum's birthday",
      [{ name: 'memory_recall', input: { key: "mum's birthday" } }],
      '…',
    );
    expect(followUp("it's 3 May", mums)).toBe("mum's birthday is 3 May");
  });

  it('reads a plain yes as the one request the question back offered', () => {
    const asked = turn(
      'my wifi password is hunter2',
      [{ name: 'memory_recall', input: { key: 'wifi password' } }],
      'Your wifi password is abc; change it to hunter2? Say "remember my wifi password is hunter2".',
    );
    expect(followUp('yes', asked)).toBe('remember my wifi password is hunter2');
    expect(followUp('yes please', asked)).toBe('remember my wifi password is hunter2');
    // Not a question, or two offers: a yes means nothing to do.
    expect(followUp('yes', locker)).toBeUndefined();
    const two = turn('x', [], 'Which one? Say "forget my bank PIN" or Say "forget my phone PIN"?');
    expect(followUp('yes', two)).toBeUndefined();
  });

  it('leaves requests that stand alone, and any request with no conversation', () => {
    expect(followUp("actually it's 21", undefined)).toBeUndefined();
    expect(followUp("actually it's 21", [])).toBeUndefined();
    expect(followUp('my bike is 3', locker)).toBeUndefined();
    expect(
      followUp(
        "it's raining",
        turn('list my notes', [{ name: 'notes_list', input: {} }], 'You have no notes yet.'),
      ),
    ).toBeUndefined();
    // Only the last turn counts.
    const later = [
      ...locker,
      ...turn('list my notes', [{ name: 'notes_list', input: {} }], 'You have no notes yet.'),
    ];
    expect(followUp("actually it's 21", later)).toBeUndefined();
  });
});

/** A turn whose calls each end as given: `held` ones were not run for want of approval. */
function heldTurn(
  request: string,
  calls: { name: string; input: Record<string, unknown>; held?: boolean }[],
  answer: string,
) {
  const messages: ConversationMessage[] = [{ role: 'user', content: request }];
  calls.forEach(({ name, input, held }, index) => {
    messages.push({
      role: 'assistant',
      content: [{ type: 'tool-call', toolCallId: `h${index}`, toolName: name, input }],
    });
    messages.push({
      role: 'tool',
      content: [
        {
          type: 'tool-result',
          toolCallId: `h${index}`,
          toolName: name,
          output: held
            ? { type: 'error-json', value: { ok: false, code: 'needs_approval', message: 'needs approval' } }
            : { type: 'json', value: { ok: true } },
        },
      ],
    });
  });
  messages.push({ role: 'assistant', content: answer });
  return messages;
}

describe('m11: yes and no after a question back', () => {
  const consent = heldTurn(
    'forget my garage code',
    [
      { name: 'memory_recall', input: { key: 'garage code' } },
      { name: 'memory_forget', input: { key: 'garage code' }, held: true },
    ],
    'This would forget your garage code, which cannot be undone, so I did not do it. To go ahead, run the request again with --yes.',
  );

  it('a yes after a held step is exactly the held calls, never a re-read of the request', () => {
    for (const yes of [
      'yes',
      'Yes.',
      'yes please',
      'yep',
      'sure',
      'go ahead',
      'do it',
      '👍',
      'oui',
      'はい',
    ]) {
      expect(readFollowUp(yes, consent), yes).toEqual({
        kind: 'replay',
        calls: [{ name: 'memory_forget', input: { key: 'garage code' } }],
        request: 'forget my garage code',
        held: expect.stringContaining('forget your garage code'),
      });
    }
    // Only the very next turn: a turn after it holds nothing.
    const later = [
      ...consent,
      ...heldTurn('list my notes', [{ name: 'notes_list', input: {} }], 'You have no notes yet.'),
    ];
    expect(readFollowUp('yes', later)).toMatchObject({
      kind: 'answer',
      text: expect.stringMatching(/nothing to confirm/),
    });
  });

  it("no, cancel, nope, don't, forget it after any question back change nothing", () => {
    const change = heldTurn(
      'my locker is 21',
      [{ name: 'memory_recall', input: { key: 'locker' } }],
      'Your locker is 12; change it to 21? Say "remember my locker is 21".',
    );
    for (const turn of [consent, change])
      for (const no of [
        'no',
        'No.',
        'nope',
        'nah',
        'cancel',
        "don't",
        'dont',
        'do not',
        'no thanks',
        'never mind',
        'forget it',
        'leave it',
        '❌',
        'nein',
      ])
        expect(readFollowUp(no, turn), no).toEqual({
          kind: 'answer',
          text: 'OK, nothing changed.',
          status: 'done',
        });
    // After an answer that asked nothing, "no" and "forget it" are read as typed.
    const told = heldTurn(
      'what is my locker',
      [{ name: 'memory_recall', input: { key: 'locker' } }],
      'Your locker is 12.',
    );
    expect(readFollowUp('no', told)).toBeUndefined();
    expect(readFollowUp('forget it', told)).toBeUndefined();
    expect(readFollowUp('no', undefined)).toBeUndefined();
  });

  it('a yes with nothing pending says so; "ok" with nothing pending is left to the acknowledgements', () => {
    expect(readFollowUp('yes', undefined)).toMatchObject({
      kind: 'answer',
      text: expect.stringMatching(/nothing to confirm/),
    });
    expect(readFollowUp('yes', [])).toMatchObject({ kind: 'answer' });
    expect(readFollowUp('ok', undefined)).toBeUndefined();
  });

  it('a yes to a question that offered several parts is every part; a choice is asked', () => {
    const two = heldTurn(
      'my locker is 21 and my PIN is 9',
      [],
      'Your locker is 12; change it to 21? Say "remember my locker is 21".\nYour PIN is 5; change it to 9? Say "remember my PIN is 9".',
    );
    expect(readFollowUp('yes', two)).toEqual({
      kind: 'requests',
      texts: ['remember my locker is 21', 'remember my PIN is 9'],
    });
    const example = heldTurn(
      'change my wifi password to x',
      [],
      'Two remembered facts fit "wifi password": home wifi password: a; work wifi password: b. Which one should change to x? Say "update my home wifi password to x" with the name of the one you mean; nothing was changed.',
    );
    expect(readFollowUp('yes', example)).toMatchObject({ kind: 'answer', status: 'needs_input' });
    const either = heldTurn(
      'actually my lock code is 3',
      [],
      'Your bike lock code is 1, and nothing is remembered as "lock code". To change your bike lock code, say "remember my bike lock code is 3"; to keep "lock code" as a new fact, say "remember my lock code is 3"?',
    );
    expect(readFollowUp('yes', either)).toMatchObject({ kind: 'answer', status: 'needs_input' });
  });

  it('"it" after a turn that named two facts asks which, naming both, for every value', () => {
    const wrote = heldTurn(
      'my locker is 12 and my PIN is 5',
      [
        { name: 'memory_recall', input: { key: 'locker' } },
        { name: 'memory_remember', input: { key: 'locker', value: '12' } },
        { name: 'memory_recall', input: { key: 'PIN' } },
        { name: 'memory_remember', input: { key: 'PIN', value: '5' } },
      ],
      'Remembered: your locker is 12.\nRemembered: your PIN is 5.',
    );
    for (const [said, value] of [
      ["actually it's 21", '21'],
      ["it's 0021", '0021'],
      ['no, it is -21 now', '-21'],
      ['it should be €21', '€21'],
      ['change it to 東京', '東京'],
      ['make it 🔑7', '🔑7'],
      ['set it to 21', '21'],
      ['update it to B-7 please', 'B-7'],
    ]) {
      const meaning = readFollowUp(said!, wrote);
      expect(meaning, said).toMatchObject({ kind: 'answer', status: 'needs_input' });
      const text = (meaning as { text: string }).text;
      expect(text, said).toContain('your locker');
      expect(text, said).toContain('your PIN');
      // m13: the offer corrects, so picking it ("the PIN", "the second") changes the fact.
      expect(text, said).toContain(`"actually my PIN is ${value}"`);
    }
    const owners = heldTurn(
      "Anna's phone is 1 and Bob's phone is 2",
      [
        { name: 'memory_remember', input: { key: "Anna's phone", value: '1' } },
        { name: 'memory_remember', input: { key: "Bob's phone", value: '2' } },
      ],
      '…',
    );
    expect((readFollowUp("it's 3", owners) as { text: string }).text).toMatch(/Anna's phone or Bob's phone/);
    // The same fact read then written is one fact: no question.
    const one = heldTurn(
      'my locker is 12',
      [
        { name: 'memory_recall', input: { key: 'locker' } },
        { name: 'memory_remember', input: { key: 'Locker', value: '12' } },
      ],
      'Remembered: your locker is 12.',
    );
    expect(followUp("actually it's 21", one)).toBe('actually my Locker is 21');
  });
});

describe('m13: a bare correction changes the fact the last turn named', () => {
  const wrote = heldTurn(
    'my locker is 21',
    [{ name: 'memory_remember', input: { key: 'locker', value: '21' } }],
    'Remembered: locker is 21.',
  );
  it('"actually, 22", "make that 22", "22, not 21" and their siblings', () => {
    for (const said of [
      'actually, 22',
      'actually 22',
      'no, 22',
      "no it's 22",
      'sorry, 22',
      'make that 22',
      'correction: 22',
      'I meant 22',
      'oops, 22 instead',
      'sorry, I meant 22',
    ])
      expect(followUp(said, wrote), said).toBe('actually my locker is 22');
    expect(followUp('actually, -18°C', wrote)).toBe('actually my locker is -18°C');
    expect(followUp('make that £1,250', wrote)).toBe('actually my locker is £1,250');
    expect(followUp('no, 0042', wrote)).toBe('actually my locker is 0042');
    expect(followUp('sorry, 東京', wrote)).toBe('actually my locker is 東京');
  });
  it('"22, not 21" names the fact by its old value; another old value is asked about', () => {
    const two = heldTurn(
      'my locker is 21 and my PIN is 9',
      [
        { name: 'memory_remember', input: { key: 'locker', value: '21' } },
        { name: 'memory_remember', input: { key: 'PIN', value: '9' } },
      ],
      '…',
    );
    expect(followUp('22, not 21', two)).toBe('actually my locker is 22');
    expect(followUp('30 not 9', two)).toBe('actually my PIN is 30');
    expect(readFollowUp('actually, 22', two)).toMatchObject({ kind: 'answer', status: 'needs_input' });
    expect(readFollowUp('25, not 99', wrote)).toMatchObject({
      kind: 'answer',
      status: 'needs_input',
      text: expect.stringContaining('Your locker is 21, not 99'),
    });
  });
  it('leaves requests and chatter that open the same way alone', () => {
    for (const said of [
      "actually, what's my PIN?",
      'sorry, my mistake',
      'no, never mind',
      'actually, remember my bike is red',
      "sorry, I'm tired",
      'no wait',
      'actually, forget my PIN',
    ])
      expect(followUp(said, wrote), said).toBeUndefined();
  });
});

describe('m13: every step held behind a consent is replayed, in order', () => {
  it('the steps after the held one are pending too', () => {
    const held = heldTurn(
      'forget my PIN, then remember my PIN is 8',
      [
        { name: 'memory_recall', input: { key: 'PIN' } },
        { name: 'memory_forget', input: { key: 'PIN' }, held: true },
        { name: 'memory_remember', input: { key: 'PIN', value: '8' }, held: true },
      ],
      'This would forget your PIN…',
    );
    expect(readFollowUp('yes', held)).toMatchObject({
      kind: 'replay',
      calls: [
        { name: 'memory_forget', input: { key: 'PIN' } },
        { name: 'memory_remember', input: { key: 'PIN', value: '8' } },
      ],
      request: 'forget my PIN, then remember my PIN is 8',
    });
    // After a typed "yes" that held them again, the request is still the first one.
    const again = [
      ...held,
      ...heldTurn('yes', [{ name: 'memory_forget', input: { key: 'PIN' }, held: true }], '…'),
    ];
    expect(readFollowUp('yes', again)).toMatchObject({ request: 'forget my PIN, then remember my PIN is 8' });
  });
});

describe('m15: "and the work one?" after an answered lookup asks for the sibling fact', () => {
  /** A lookup turn whose recall found `label` (its output as the executor stores it). */
  const found = (request: string, key: string, label: string) => {
    const messages: ConversationMessage[] = [
      { role: 'user', content: request },
      {
        role: 'assistant',
        content: [{ type: 'tool-call', toolCallId: 'c0', toolName: 'memory_recall', input: { key } }],
      },
      {
        role: 'tool',
        content: [
          {
            type: 'tool-result',
            toolCallId: 'c0',
            toolName: 'memory_recall',
            output: {
              type: 'json',
              value: { output: { found: true, match: { key: label, label, value: 'x' } } },
            },
          },
        ],
      },
      { role: 'assistant', content: `Your ${label} is x.` },
    ];
    return messages;
  };

  it('swaps the first words of the name found for the ones said', () => {
    const home = found("what's my home wifi password?", 'home wifi password', 'home wifi password');
    for (const said of [
      'and the work one?',
      'what about my work one?',
      'How about the work one',
      'and what about the work one?',
      'so the work one?',
    ])
      expect(followUp(said, home), said).toBe('what is my work wifi password');
    const bank = found("what's my bank pin", 'bank pin', 'bank PIN');
    expect(followUp('and the card one?', bank)).toBe('what is my card PIN');
    expect(followUp('and the guest network one?', bank)).toBe('what is my guest network PIN');
    const pin = found("what's my pin", 'pin', 'PIN');
    expect(followUp('and the card one?', pin)).toBe('what is my card PIN');
  });

  it('S24: "and mine?" asks for the same fact of another owner', () => {
    const ana = found("what's Ana's phone number?", "Ana's phone number", "Ana's phone number");
    for (const said of ['and mine?', 'what about mine', 'and me?', 'mine?'])
      expect(followUp(said, ana), said).toBe('what is my phone number');
    expect(followUp("and Tom's?", ana)).toBe("what is Tom's phone number");
    expect(followUp("what about my brother's?", ana)).toBe("what is my brother's phone number");
    const mine = found("what's my phone number?", 'phone number', 'phone number');
    expect(followUp("and Ana's?", mine)).toBe("what is Ana's phone number");
    expect(followUp('and mine?', mine)).toBeUndefined();
  });

  it('S24: "is it still 7781?" after a lookup is a check of that fact', () => {
    const garage = found("what's my garage code?", 'garage code', 'garage code');
    expect(followUp('is it still 9999?', garage)).toBe('is my garage code 9999?');
    expect(followUp('so is it really 7781?', garage)).toBe('is my garage code 7781?');
    expect(followUp('is it cold?', garage)).toBeUndefined();
  });

  it('S24: "forget it" after a plain lookup forgets that fact (consent as always)', () => {
    const bank = found("what's my bank pin", 'bank pin', 'bank PIN');
    for (const said of ['forget it', 'ok forget it', 'delete that', 'remove it please'])
      expect(readFollowUp(said, bank), said).toEqual({ kind: 'request', text: 'forget my bank PIN' });
    // After a question back, "forget it" is still a no.
    const asked = turn(
      'my wifi password is hunter2',
      [{ name: 'memory_recall', input: { key: 'wifi password' } }],
      'Your wifi password is abc; change it to hunter2? Say "remember my wifi password is hunter2".',
    );
    expect(readFollowUp('forget it', asked)).toEqual({
      kind: 'answer',
      text: 'OK, nothing changed.',
      status: 'done',
    });
  });

  it('leaves alone what is not shaped so, or a turn that found nothing', () => {
    const home = found("what's my home wifi password?", 'home wifi password', 'home wifi password');
    for (const said of ['and the other one?', 'the first one', "what's my gym code?", 'and work?'])
      expect(followUp(said, home), said).toBeUndefined();
    const nothing = turn(
      "what's my gym code",
      [{ name: 'memory_recall', input: { key: 'gym code' } }],
      'Nothing.',
    );
    expect(followUp('and the work one?', nothing)).toBeUndefined();
  });
});
