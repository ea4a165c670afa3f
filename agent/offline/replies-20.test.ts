import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chatWorld } from '../../test/helpers/offline.js';

/**
 * m20 (stranger S31 M1–M6): replies and follow-ups in one conversation, each turn stored in the
 * cartridge as `fazt ask -c` stores it. A secret is never printed back when a new value is typed;
 * the held request said again with --yes runs; "its"/"whats" read as "it's"/"what's"; "and"/"ok
 * and"/"so" open a question; reminiscing keeps nothing; an informal yes confirms, and a reply not
 * understood keeps the question asked before it.
 */
const chat = chatWorld;

describe('a new value typed for a stored secret never prints the secret (S31 M4)', () => {
  it('masks the stored secret, keeps the old value shown for other facts, and a yes still updates', async () => {
    const { say, facts, conversations, id, cartridge } = chat();
    await say('my email pw is qwerty99', { c: false });
    const asked = await say('my email pw is newpass11', { c: false });
    expect(asked.status).toBe('needs_input');
    expect(asked.answer).toContain('change it to newpass11?');
    expect(asked.answer).not.toContain('qwerty99');
    // Nor in the answer the turn stored.
    const stored = conversations
      .messages(id())
      .flatMap((message) => (typeof message.content === 'string' ? [message.content] : []));
    expect(stored.join('\n')).not.toContain('qwerty99');
    expect(facts()['email pw']).toBe('qwerty99');
    expect((await say('yes')).answer).toContain('now newpass11');
    expect(facts()['email pw']).toBe('newpass11');
    expect(readFileSync(cartridge.path).toString('latin1')).not.toContain('qwerty99');

    await say('my wifi password is hunter2', { c: false });
    expect((await say('my wifi password is hunter3', { c: false })).answer).not.toContain('hunter2');
    // Not a secret: the old value is said, so the person sees what would change.
    await say('my locker is 12', { c: false });
    expect((await say('my locker is 21', { c: false })).answer).toContain(
      'Your locker is 12; change it to 21?',
    );
  });
});

describe('a wrong guess at a secret in a correction never prints the secret (S31 M4)', () => {
  it('"5566, not 1234" after the bank PIN was shown masks it; a locker says its value', async () => {
    const { say, facts } = chat();
    await say('my bank pin is 4455', { c: false });
    await say('whats my bank pin', { c: false });
    const asked = await say('5566, not 1234');
    expect(asked.answer).toBe(
      'Your bank pin is ••••, not 1234; change it to 5566? Say "actually my bank pin is 5566".',
    );
    expect(facts()['bank pin']).toBe('4455');
    await say('my locker is 12', { c: false });
    expect((await say('22, not 21')).answer).toContain('Your locker is 12, not 21;');
  });
});

describe('the held request said again with --yes does it (S31 M1)', () => {
  for (const request of ['forget it', 'delete that']) {
    it(`"${request}" after a lookup, held, then "${request}" with --yes forgets that fact`, async () => {
      const { say, facts } = chat();
      await say('my locker is 221', { c: false });
      await say('my car is a red Polo', { c: false });
      await say('whats my locker', { c: false });
      const held = await say(request);
      expect(held.status).toBe('needs_approval');
      expect(facts().locker).toBe('221');
      const done = await say(request, { yes: true });
      expect(done.answer).toContain('Forgot your locker');
      expect(facts()).toEqual({ car: 'a red Polo' });
    });
  }

  it('"delete that" again without --yes asks again in the same words and keeps it held', async () => {
    const { say, facts } = chat();
    await say('my locker is 221', { c: false });
    await say('whats my locker', { c: false });
    const first = await say('delete that');
    const again = await say('delete that');
    expect(again.status).toBe('needs_approval');
    expect(again.answer).toBe(first.answer);
    expect(facts().locker).toBe('221');
    await say('delete that', { yes: true });
    expect(facts()).toEqual({});
  });

  it('"forget it" with --yes after a held forget that named its fact is a no (m11)', async () => {
    const { say, facts } = chat();
    await say('my garage code is 1234', { c: false });
    await say('forget my garage code', { c: false });
    expect((await say('forget it', { yes: true })).answer).toBe('OK, nothing changed.');
    expect(facts()['garage code']).toBe('1234');
  });

  it('"forget it" after the held forget, without --yes, is still a no', async () => {
    const { say, facts } = chat();
    await say('my locker is 221', { c: false });
    await say('whats my locker', { c: false });
    await say('forget it');
    expect((await say('forget it')).answer).toBe('OK, nothing changed.');
    expect(facts().locker).toBe('221');
  });

  it('"delete that" held, then "ok forget it" with --yes: other words for the same forget run it', async () => {
    const { say, facts } = chat();
    await say('my locker is 221', { c: false });
    await say('whats my locker', { c: false });
    await say('delete that');
    await say('ok forget it', { yes: true });
    expect(facts()).toEqual({});
  });
});

describe('corrections typed without an apostrophe (S31 M2)', () => {
  const cases: [string, string, string, string][] = [
    ['my garage code is 1234', 'actually its 4321', 'garage code', '4321'],
    ['remember the gym locker combo is 12-34-56', 'no wait its 12-36-56', 'gym locker combo', '12-36-56'],
    ['my parking spot is B14', 'sorry its B41', 'parking spot', 'B41'],
  ];
  for (const [first, correction, key, value] of cases) {
    it(`"${correction}" after "${first}"`, async () => {
      const { say, facts } = chat();
      await say(first, { c: false });
      const fixed = await say(correction);
      expect(fixed.status).toBe('done');
      expect(facts()[key]).toBe(value);
    });
  }

  it('"um whats my locker" / "oh and where is my locker" after a write are questions, never a new value', async () => {
    const { say, facts } = chat();
    await say('my locker is 221', { c: false });
    for (const question of ['um whats my locker', 'oh and where is my locker', 'hmm thats my locker?']) {
      const answer = await say(question);
      expect(facts().locker).toBe('221');
      if (!question.startsWith('hmm')) expect(answer.answer).toBe('Your locker is 221.');
    }
  });
});

describe('follow-up questions opened by "and", "ok and", "so", "btw" (S31 M3)', () => {
  it('answer the question, and "is what again" is never a value', async () => {
    const { say, facts } = chat();
    await say('my netflix password is Banana!77', { c: false });
    await say('my locker is 221', { c: false });
    for (const question of [
      'and whats my netflix password again',
      'ok and what is my netflix password',
      'so my netflix password is what again',
      'my netflix password is what?',
      'btw whats my netflix password',
      'well what is my netflix password',
    ]) {
      const answer = await say(question);
      expect(answer.answer, question).toBe('Your netflix password is Banana!77.');
      // The same question with no conversation before it.
      expect((await say(question, { c: false })).answer, question).toBe(
        'Your netflix password is Banana!77.',
      );
    }
    expect((await say('ok and my locker?')).answer).toBe('Your locker is 221.');
    expect((await say('so the locker is what')).answer).toBe('Your locker is 221.');
    expect(facts()).toEqual({ 'netflix password': 'Banana!77', locker: '221' });
  });
});

describe('reminiscing with "remember" keeps nothing (S31 M5)', () => {
  it('"remember when …", "remember that time …", "do you remember when …"', async () => {
    const { say, facts, notes } = chat();
    for (const said of [
      'remember when we went to paris? good times',
      'remember that time we got lost in rome',
      'remember the time my car broke down lol',
      'do you remember when we met',
      'you remember when dad fell in the pool?',
      'remember when my locker was 12',
    ]) {
      const answer = await say(said, { c: false });
      expect(answer.answer, said).toContain('I kept nothing');
    }
    expect(facts()).toEqual({});
    expect(notes()).toEqual([]);
    // A fact said plainly after "remember that" is still kept.
    await say('remember that my locker is 12', { c: false });
    expect(facts()).toEqual({ locker: '12' });
  });
});

describe('an informal yes confirms; a reply not understood keeps the question (S31 M6)', () => {
  for (const yes of [
    'yes pls',
    'yep do it',
    'yes please go ahead',
    'sure thing',
    'ok do it',
    'yeah go for it',
  ]) {
    it(`"${yes}" confirms a change asked about`, async () => {
      const { say, facts } = chat();
      await say('my wifi password is hunter3', { c: false });
      await say('my wifi password is hunter4', { c: false });
      const done = await say(yes);
      expect(done.answer, yes).toContain('now hunter4');
      expect(facts()['wifi password']).toBe('hunter4');
    });
  }

  it('a plain "yes" after a reply not understood still answers the question before it', async () => {
    const { say, facts } = chat();
    await say('my wifi password is hunter3', { c: false });
    await say('my wifi password is hunter4', { c: false });
    const lost = await say('blorp fizz wobble');
    expect(facts()['wifi password']).toBe('hunter3');
    expect(lost.answer).not.toContain('hunter4?');
    expect((await say('yes')).answer).toContain('now hunter4');
    expect(facts()['wifi password']).toBe('hunter4');
  });

  it('a "no" after a reply not understood still declines, and a yes with nothing asked changes nothing', async () => {
    const { say, facts } = chat();
    await say('my locker is 12', { c: false });
    await say('my locker is 21', { c: false });
    await say('blorp fizz wobble');
    expect((await say('no')).answer).toBe('OK, nothing changed.');
    expect(facts().locker).toBe('12');
    expect((await say('yes pls', { c: false })).answer).toContain('There is nothing to confirm');
    expect(facts().locker).toBe('12');
  });
});

describe('a run-on said without "remember", and a list said with a colon (S31 LOW)', () => {
  it('the run-on keeps nothing and says back the facts in it, a secret left out; said so, they are kept', async () => {
    const { say, facts, notes } = chat();
    const answer = await say(
      'ok so today was crazy, moved into the new flat, the address is 4 Elm Road, the door code is 2580 and the landlord is called Mr Patel, oh and bins go out on thursdays',
      { c: false },
    );
    expect(answer.answer).toContain('kept nothing');
    expect(answer.answer).toContain(
      '"remember my address is 4 Elm Road, my door code is … and my landlord is called Mr Patel"',
    );
    expect(answer.answer).not.toContain('2580');
    expect(answer.answer).not.toContain('my today');
    expect(facts()).toEqual({});
    expect(notes()).toEqual([]);
    await say('remember my address is 4 Elm Road, my door code is 2580 and my landlord is called Mr Patel', {
      c: false,
    });
    expect(facts()).toEqual({ address: '4 Elm Road', 'door code': '2580', 'landlord name': 'Mr Patel' });
  });

  it('"shopping list: eggs, milk" is kept as "add eggs to my shopping list" keeps it', async () => {
    const { say, notes } = chat();
    await say('shopping list: eggs, milk, bread, 2 avocados', { c: false });
    await say('my todo list - call mum, fix bike', { c: false });
    await say('add cheese to my shopping list', { c: false });
    // A list said by its verb is not read again as "<name> list: …".
    await say('add bread to my list', { c: false });
    expect(notes()[0]).toBe('list: bread');
    await say('delete note 4', { c: false, yes: true });
    expect(notes()).toEqual([
      'shopping: cheese',
      'todo: call mum, fix bike',
      'shopping: eggs, milk, bread, 2 avocados',
    ]);
    expect((await say('whats on my shopping list', { c: false })).answer).toContain('2 avocados');
  });
});
