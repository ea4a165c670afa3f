import { describe, expect, it } from 'vitest';
import { seededWorld } from '../../test/helpers/offline.js';
import { dropTrailingFiller, hedged, punctuateRunOns, runOnValue } from './runons.js';

const setup = seededWorld;

describe('facts typed with no punctuation between them are each their own fact (issue 7, S11 HIGH 1)', () => {
  it.each([
    ['my locker is 12 my bike is 3', { locker: '12', bike: '3' }],
    [
      'my email is bob@x.com my backup email is bob2@y.com',
      { email: 'bob@x.com', 'backup email': 'bob2@y.com' },
    ],
    ['my flight is BA117 at 9am my hotel is the ritz', { flight: 'BA117 at 9am', hotel: 'the ritz' }],
    [
      // m23: "partners name" is the partner's name (a possessive typed without its apostrophe).
      'hey my gate code is 5521 my partners name is jo and my shoe size is 44 thx',
      { 'gate code': '5521', "partner's name": 'jo', 'shoe size': '44' },
    ],
    ['remember my wifi is FOO my router pin is 99', { wifi: 'FOO', 'router pin': '99' }],
    ["my boss is Ann my manager's phone is 555", { boss: 'Ann', "manager's phone": '555' }],
    ["my car is a Golf Anna's car is a Polo", { car: 'a Golf', "Anna's car": 'a Polo' }],
    [
      'my favourite band is Simon and Garfunkel my dog is Rex',
      { 'favourite band': 'Simon and Garfunkel', dog: 'Rex' },
    ],
    ['MY LOCKER IS 12 MY BIKE IS 3', { LOCKER: '12', BIKE: '3' }],
    // S15: a fact whose name holds a number opens its own clause without "my" or "the".
    [
      'remember that locker 12 code is 1111 and locker 21 code is 2222',
      { 'locker 12 code': '1111', 'locker 21 code': '2222' },
    ],
    ['remember that room 5 key is A1 and room 6 key is B2', { 'room 5 key': 'A1', 'room 6 key': 'B2' }],
    ['my gym code is 11, locker code 22', { 'gym code': '11', 'locker code': '22' }],
    ['remember that my gym code is 11, locker code 22', { 'gym code': '11', 'locker code': '22' }],
    ['pls remember wifi pw is banana42 and locker 17', { 'wifi pw': 'banana42', locker: '17' }],
    [
      "my mum's birthday is May 3 and dad's June 9",
      { "mum's birthday": 'May 3', "dad's birthday": 'June 9' },
    ],
    [
      "my sister's birthday is 3 May and brother's 7 June",
      { "sister's birthday": '3 May', "brother's birthday": '7 June' },
    ],
  ])('"%s"', async (request, kept) => {
    const { ask, facts } = await setup();
    const { finish } = await ask(request);
    expect(finish.status).toBe('done');
    expect(facts()).toEqual(kept);
  });

  it.each([
    // "the …" is as often a value's own words: where the first value ends is a guess.
    'my flight is BA117 at 9am the hotel is the ritz',
    // "kids are 4" was kept and "and 7" lost: a gapped clause read from part of its words asks.
    "my wife's bday is 12 march, kids are 4 and 7, and the dog's vet is dr paws",
    "ok so my wife's bday is 12 march, kids are 4 and 7, and the dog's vet is dr paws",
    // a clause with no value yet is no part of the value before it
    'my locker is 12 my bike is',
    // a hedge between two facts: which one it doubts is a guess
    'my code is 12 I think my bike is 3',
    'i think my locker is 12 and my bike is 3',
  ])('"%s" asks and keeps nothing', async (request) => {
    const { ask, facts } = await setup();
    const { finish, answer } = await ask(request);
    expect(finish.status).toBe('needs_input');
    expect(answer).toMatch(/I kept nothing/);
    expect(facts()).toEqual({});
  });

  it.each([
    ['my favourite quote is my life is my message', { 'favourite quote': 'my life is my message' }],
    ['my address is 12 Oak St, flat 3', { address: '12 Oak St, flat 3' }],
    ['my seat is 12, row 4', { seat: '12, row 4' }],
    [
      'remember my favourite song is The Way You Make Me Feel',
      { 'favourite song': 'The Way You Make Me Feel' },
    ],
    ['my excuse is my dog ate it', { excuse: 'my dog ate it' }],
  ])('"%s" keeps its value whole', async (request, kept) => {
    const { ask, facts } = await setup();
    const { finish } = await ask(request);
    expect(finish.status).toBe('done');
    expect(facts()).toEqual(kept);
  });

  it('marks where a run-on clause starts, and only there', () => {
    expect(punctuateRunOns('my locker is 12 my bike is 3')).toBe('my locker is 12, my bike is 3');
    expect(punctuateRunOns("my sister's birthday is 3 May and my brother's is 7 June")).toBe(
      "my sister's birthday is 3 May and my brother's is 7 June",
    );
    expect(punctuateRunOns('my quote is "my life is my message"')).toBe(
      'my quote is "my life is my message"',
    );
    expect(runOnValue('BA117 at 9am the hotel is the ritz')).toBe(true);
    expect(runOnValue('the truth is out there')).toBe(false);
  });
});

describe('what is said to fazt after a value is no part of it (issue 7, S11 HIGH 4)', () => {
  it.each([
    ['my alarm pin is 2222 but keep it secret', { 'alarm pin': '2222' }],
    ['my pin is 4040 too', { pin: '4040' }],
    ['my pin is 1234 dont tell anyone', { pin: '1234' }],
    ["my pin is 1234, don't share it with anyone", { pin: '1234' }],
    ['my pin is 4321 but dont tell my wife', { pin: '4321' }],
    ["my pin is 4321 don't tell Sam", { pin: '4321' }],
    ['my pin is 4321 (keep it secret)', { pin: '4321' }],
    ['my pin is 4321 - keep it secret!', { pin: '4321' }],
    ['my pin is 4040 too 😂 thx', { pin: '4040' }],
    ['my code is 4321 btw', { code: '4321' }],
    ['my favourite number is 12, no kidding', { 'favourite number': '12' }],
    ['my favourite colour is blue too', { 'favourite colour': 'blue' }],
    ['my locker is 12 😂', { locker: '12' }],
    ['my locker is 12 🙈🙈', { locker: '12' }],
    // values that own such words stay whole
    ['my favourite band is No Doubt', { 'favourite band': 'No Doubt' }],
    ['my favourite song is Now or Never', { 'favourite song': 'Now or Never' }],
    ['my favourite song is Me Too', { 'favourite song': 'Me Too' }],
    ['my order is tea, no sugar', { order: 'tea, no sugar' }],
    ['remember my motto is keep it secret', { motto: 'keep it secret' }],
    ['my mood is 😂', { mood: '😂' }],
    ['my mood emoji is 🙂 😂', { 'mood emoji': '🙂 😂' }],
    ['remember my answer is yes, no, maybe', { answer: 'yes, no, maybe' }],
  ])('"%s"', async (request, kept) => {
    const { ask, facts } = await setup();
    const { finish } = await ask(request);
    expect(finish.status).toBe('done');
    expect(facts()).toEqual(kept);
  });

  it.each([
    ['my code is 9999 actually', 'code', '1'],
    ['my locker is 12 😂', 'locker', '5'],
  ])('"%s" over a stored value offers or keeps the clean value', async (request, key, old) => {
    const { ask, facts } = await setup([[key, old]]);
    const { answer } = await ask(request);
    expect(answer).not.toMatch(/actually|😂/);
    expect(['9999', '12', old]).toContain(facts()[key]);
  });

  it('keeps the words when nothing is stated before them', () => {
    expect(dropTrailingFiller('my answer is too')).toBe('my answer is too');
    expect(dropTrailingFiller('my pin is 4040 too')).toBe('my pin is 4040');
  });
});

describe('a value said with doubt is asked about, never kept (issue 7, S11 LOW 15/16)', () => {
  it.each([
    ['I think my room is 55', /^Is your room 55\? You said "I think", so I kept nothing/],
    ['my room might be 66', /^Is your room 66\? You said "might be", so I kept nothing/],
    ['remember my code is probably 12', /^Is your code 12\? You said "probably", so I kept nothing/],
    ['my code is 12 I guess', /^Is your code 12\? You said "I guess"/],
    ['my pin is maybe 4321', /^Is your pin 4321\?/],
    ["I'm not sure but my locker is 8", /^Is your locker 8\?/],
    ["i think my mum's birthday is May 3", /^Is my mum's birthday May 3\?|^Is mum's birthday May 3\?/],
    ['iirc my gate code is 1234', /^Is your gate code 1234\?/],
  ])('"%s"', async (request, question) => {
    const { ask, facts } = await setup();
    const { finish, answer } = await ask(request);
    expect(finish.status).toBe('needs_input');
    expect(answer).toMatch(question);
    expect(facts()).toEqual({});
  });

  it('reads no doubt into a title or a question', () => {
    expect(hedged('my favourite band is Or Maybe Not')).toBeUndefined();
    expect(hedged('my favourite song is Maybe')).toBeUndefined();
    expect(hedged('what might be my locker')).toBeUndefined();
    expect(hedged('remember my answer is yes, no, maybe')).toBeUndefined();
  });
});
