import { describe, expect, it } from 'vitest';
import { offlineWorld } from '../../test/helpers/offline.js';
import { selfCorrection } from './corrections.js';

describe('a value corrected while it is said keeps the last value (issue 7, seventh round)', () => {
  it.each([
    'remember my gate code is 12, sorry I mean 21',
    'my gate code is 12 - no, actually 21',
    'remember my gate code is 12 (no, 21)',
    'remember my gate code is 12; no, 21',
    'remember my gate code is 12, I mean 21',
    'remember my gate code is 12... wait, 21',
    'remember my gate code is 12… wait, 21',
    'remember my gate code is 12 — scratch that, 21',
    'remember my gate code is 12, correction: 21',
    'remember my gate code is 12 oops 21',
    'remember my gate code is 12, sorry, 21',
    'remember my gate code is 12, no wait, 21',
    "remember my gate code is 12, no, wait, it's 21",
    'remember my gate code is 12 - make that 21',
    'remember my gate code is 12, or rather 21',
    'my gate code is 12, sorry 21',
    'my gate code is 12 I mean 21',
    'gate code: 12, sorry, 21',
    'remember my gate code is 12 (sorry, 21)',
    'remember my gate code is 12, no, 20, I mean 21',
    'remember my gate code is 12 - sorry 🙈 21',
    'remember my gate code is 12 , sorry , 21',
  ])('%s → 21', async (request) => {
    const { ask, facts } = offlineWorld();
    const { answer, finish } = await ask(request);
    expect(finish.status).toBe('done');
    expect(facts()).toEqual([['gate code', '21']]);
    expect(answer).toBe('Remembered: your gate code is 21.');
  });

  it.each([
    ['change my gate code to 12, sorry 21', '21'],
    ['update my gate code to 12 - no, 21', '21'],
    ['set my gate code to 12, I mean 21', '21'],
  ])('an update corrected while said: %s → %s', async (request, value) => {
    const { ask, facts } = offlineWorld();
    await ask('remember my gate code is 10');
    await ask(request);
    expect(facts()).toEqual([['gate code', value]]);
  });

  it.each([
    ['remember my dentist is Dr Patel, sorry, Dr Nguyen', 'dentist', 'Dr Nguyen'],
    ['remember my dentist is Dr Patel, no wait, Dr Nguyen', 'dentist', 'Dr Nguyen'],
    ['remember my cat is Tom, I mean Tim', 'cat', 'Tim'],
    ['remember my address is 12 Oak St, sorry, 14', 'address', '14 Oak St'],
    ['remember my favourite colour is blue, no, green', 'favourite colour', 'green'],
    ['remember my plan is to call Bob, sorry, Rob', 'plan', 'to call Rob'],
    ['remember my mood emoji is 😀, sorry, 😎', 'mood emoji', '😎'],
    ['remember my wifi password is Hunter2, no wait, Hunter3!', 'wifi password', 'Hunter3!'],
    ['remember my phone is +44 7700 900123, sorry, +44 7700 900124', 'phone', '+44 7700 900124'],
    ['remember my gate code is 12 (not 21)', 'gate code', '12'],
    ['remember my gate code is 12, sorry I mean 21, and my locker is 5', 'gate code', '21'],
  ])('names and addresses too: %s', async (request, key, value) => {
    const { ask, facts } = offlineWorld();
    await ask(request);
    expect(facts()).toContainEqual([key, value]);
    expect(facts().filter(([label]) => label === key)).toHaveLength(1);
  });

  it('a note keeps its words and only a number in it is corrected', async () => {
    const { ask, notes } = offlineWorld();
    await ask('note: call the plumber at 5, sorry, 6');
    expect(notes()).toEqual(['call the plumber at 6']);
    // Words in a note are the person's own: which words a correction replaces is not guessed.
    await ask('note: buy milk, sorry, oat milk');
    expect(notes()).toContain('buy milk, sorry, oat milk');
  });
});

describe('two values said with doubt ask which one and keep nothing', () => {
  it.each([
    'my gate code is 12 or maybe 21',
    'my gate code is 12 or 21, not sure',
    'my gate code is 12 I think, or 21',
    'remember my gate code is 12 or maybe 21',
    'remember my gate code is 12 or 21',
    'remember my gate code is either 12 or 21',
    'remember my gate code is 12 or was it 21',
    'remember my gate code is 12, or perhaps 21',
    'change my gate code to 12 or maybe 21',
  ])('%s', async (request) => {
    const { ask, facts } = offlineWorld();
    const { answer, finish } = await ask(request);
    expect(finish.status).toBe('needs_input');
    expect(facts()).toEqual([]);
    expect(answer).toMatch(/^Is your gate code 12 or 21\? I kept nothing/);
  });

  it('a doubted name asks too', async () => {
    const { ask, facts } = offlineWorld();
    const { answer } = await ask('remember my dentist is Dr Patel or maybe Dr Nguyen');
    expect(facts()).toEqual([]);
    expect(answer).toContain('Dr Patel or Dr Nguyen?');
  });
});

describe('values whose own words are "no", "sorry", "or", "wait" stay whole', () => {
  it.each([
    ['my answer is yes or no', 'answer', 'yes or no'],
    ['remember my motto is no pain no gain', 'motto', 'no pain no gain'],
    ['my favourite song is Sorry by Justin Bieber', 'favourite song', 'Sorry by Justin Bieber'],
    ['my band is Or Maybe Not', 'band', 'Or Maybe Not'],
    ['remember my motto is work hard, no excuses', 'motto', 'work hard, no excuses'],
    ['remember my favourite film is Wait Until Dark', 'favourite film', 'Wait Until Dark'],
    ['remember my favourite songs are Hello, Sorry, Baby', 'favourite songs', 'Hello, Sorry, Baby'],
    ['my favourite drink is gin or tonic', 'favourite drink', 'gin or tonic'],
    ['remember my wifi password is sorry123', 'wifi password', 'sorry123'],
    ['remember my catchphrase is oops I did it again', 'catchphrase', 'oops I did it again'],
    ['remember my answer is yes, no, maybe', 'answer', 'yes, no, maybe'],
    ['remember my favourite book is No, David!', 'favourite book', 'No, David!'],
  ])('%s', async (request, key, value) => {
    const { ask, facts } = offlineWorld();
    await ask(request);
    expect(facts()).toEqual([[key, value]]);
  });

  it('"…, I mean it" is no correction: "it" is no value', () => {
    expect(selfCorrection('remember my motto is say what you mean, I mean it')).toBeUndefined();
    expect(selfCorrection('remember my reply is no, thanks')).toBeUndefined();
  });

  it('a paste longer than a said sentence is read as typed (and the scans stay short)', () => {
    expect(selfCorrection(`remember my code is ${'12, no, '.repeat(100)}21`)).toBeUndefined();
    expect(selfCorrection(`remember my code is 1${' '.repeat(20_000)}x`)).toBeUndefined();
  });

  it('a correction across a sentence end still asks (the sentence reader decides it)', () => {
    expect(selfCorrection('remember my PIN is 4321. No, 4322.')).toBeUndefined();
  });
});

describe('"what is my bank?" with only "bank PIN" stored names the PIN, never says it', () => {
  it.each(['what is my bank?', "what's my bank", 'bank', 'my bank?', 'tell me my bank'])(
    '%s',
    async (request) => {
      const { ask } = offlineWorld();
      await ask('remember my bank PIN is 4321');
      const { answer } = await ask(request);
      expect(answer).not.toContain('4321');
      expect(answer).toContain('bank PIN');
      const named = await ask('what is my bank PIN?');
      expect(named.answer).toBe('Your bank PIN is 4321.');
    },
  );
});
