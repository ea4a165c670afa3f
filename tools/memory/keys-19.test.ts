import { describe, expect, it } from 'vitest';
import { matchWord } from '../../agent/offline/words.js';
import { isSecretFact } from '../../cartridge/secrets.js';
import { otherRealWord, secretWordsNamed, wordsMatch } from '../../cartridge/text-similarity.js';
import { offlineWorld } from '../../test/helpers/offline.js';
import { typoMatches } from './typos.js';

/**
 * m19 (stranger S28 H1 related, M4, LOW): key matching and secret masking in the offline planner.
 */

describe('a real word is never read as a typo of another real word', () => {
  it('passport is not password, pun is not pin; a real typo still is', () => {
    expect(otherRealWord('passport', 'password')).toBe(true);
    expect(otherRealWord('passports', 'password')).toBe(true);
    expect(otherRealWord('passwords', 'password')).toBe(false);
    expect(otherRealWord('pasword', 'password')).toBe(false);
    expect(matchWord('password', 'passport')).toBeUndefined();
    expect(matchWord('password', 'pasword')).toBe('typo');
    expect(wordsMatch('lock', 'look')).toBe(false);
  });

  it('a stored name word is matched only as itself', () => {
    const facts = [{ label: 'gym locker code' }, { label: 'passport number' }];
    expect(typoMatches('password number', facts)).toEqual([]);
    expect(typoMatches('gim locker cod', facts)).toEqual([{ label: 'gym locker code' }]);
  });

  it('"show me all my passwords" and "what is my passport" never offer the other one', async () => {
    const world = offlineWorld();
    await world.remember([
      ['Netflix pw', 'ch33se'],
      ['passport number', 'X1234567'],
    ]);
    const passwords = (await world.ask('show me all my passwords')).answer;
    expect(passwords).not.toContain('passport');
    expect(passwords).not.toContain('ch33se');
    const passport = (await world.ask('what is my passport')).answer;
    expect(passport).toContain('passport number');
    expect(passport).not.toContain('Netflix');
  });
});

describe('one fact said again under a shorter name is an update of it, asked first', () => {
  it('"my dog\'s age is 8" after "my dog Bruno is 7 years old" offers to change Bruno\'s age', async () => {
    const world = offlineWorld();
    await world.ask('remember my dog Bruno is 7 years old', true);
    const asked = (await world.ask("remember my dog's age is 8")).answer;
    expect(asked).toContain("dog Bruno's age is 7 years old");
    expect(asked).toContain('change it to 8?');
    expect(world.facts().map(([label]) => label)).not.toContain("dog's age");
    await world.ask("update my dog Bruno's age to 8");
    expect(Object.fromEntries(world.facts())["dog Bruno's age"]).toBe('8');
    expect((await world.ask('how old is my dog?')).answer).toContain('8');
  });
});

describe('secrets asked for by another word, in the singular, or by their abbreviation', () => {
  it('"which code do I have?" names them masked, one or two', async () => {
    const world = offlineWorld();
    await world.remember([['gym locker code', '0042']]);
    for (const question of ['which code do I have?', 'what code do I have?']) {
      const answer = (await world.ask(question)).answer;
      expect(answer, question).toContain('gym locker code: ••••');
      expect(answer, question).not.toContain('0042');
    }
    await world.remember([['alarm code', '1999']]);
    const two = (await world.ask('which code do I have?')).answer;
    expect(two).toContain('gym locker code: ••••');
    expect(two).toContain('alarm code: ••••');
    expect(two).not.toMatch(/0042|1999/);
  });

  it('"what\'s my password" with only "Netflix pw" names it and asks for it by name', async () => {
    const world = offlineWorld();
    await world.remember([['Netflix pw', 'ch33se']]);
    const answer = (await world.ask("what's my password")).answer;
    expect(answer).toContain('Netflix pw');
    expect(answer).toContain('by name');
    expect(answer).not.toContain('ch33se');
    expect((await world.ask("what's my netflix pw")).answer).toContain('ch33se');
    expect(secretWordsNamed("what's my password", 'Netflix pw')).toBe(false);
    expect(secretWordsNamed('router passwords', 'password for the router')).toBe(true);
  });

  it('social security number finds SSN, and SSN finds social security number', async () => {
    const one = offlineWorld();
    await one.remember([['SSN', '123-45-6789']]);
    expect((await one.ask("what's my social security number")).answer).toContain('123-45-6789');
    const other = offlineWorld();
    await other.remember([['social security number', '123-45-6789']]);
    expect((await other.ask('what is my ssn')).answer).toContain('123-45-6789');
  });

  it('a bank account is masked by what it holds: a number, not a bank name', () => {
    expect(isSecretFact('bank account', 'Barclays')).toBe(false);
    expect(isSecretFact('bank account', '12345678')).toBe(true);
    expect(isSecretFact('bank account', 'GB82 WEST 1234 5698 7654 32')).toBe(true);
    expect(isSecretFact('bike lock', '4312')).toBe(true);
    expect(isSecretFact('自転車の鍵', '5521')).toBe(true);
  });
});

describe('a write under a shorter name for a stored secret asks first', () => {
  it('"Tom\'s age" is not "my age", nor "bank PIN" "PIN": those are facts of their own', async () => {
    const world = offlineWorld();
    await world.remember([
      ["Tom's age", '40'],
      ['bank PIN', '9911'],
    ]);
    await world.ask('remember my age is 30');
    await world.ask('remember my PIN is 1234');
    expect(Object.fromEntries(world.facts())).toEqual({
      "Tom's age": '40',
      'bank PIN': '9911',
      age: '30',
      PIN: '1234',
    });
  });

  it('"remember my cvv is 456" with "card\'s CVV" kept asks which, writes nothing', async () => {
    const world = offlineWorld();
    await world.remember([["card's CVV", '123']]);
    const asked = (await world.ask('remember my cvv is 456')).answer;
    expect(asked).toContain("card's CVV");
    expect(asked).toContain('change it to 456?');
    expect(asked).not.toContain('123');
    expect(world.facts()).toEqual([["card's CVV", '123']]);
    await world.ask("update my card's CVV to 456");
    expect(world.facts()).toEqual([["card's CVV", '456']]);
  });
});

describe('forget reads a name said in another word order as recall does', () => {
  it('"forget my router password" forgets "password for the router"', async () => {
    const world = offlineWorld();
    await world.remember([
      ['password for the router', 'hunter22'],
      ['gym locker code', '0042'],
    ]);
    const held = (await world.ask('forget my router password')).answer;
    expect(held).not.toContain('do you mean');
    await world.ask('forget my router password', true);
    expect(world.facts()).toEqual([['gym locker code', '0042']]);
  });
});

describe('polite extras and short names', () => {
  it('"please 🙏" after a question is no part of the name', async () => {
    const world = offlineWorld();
    await world.remember([["wife's pin", '1357']]);
    expect((await world.ask("tell me my wife's pin please 🙏")).answer).toContain('1357');
  });

  it('"zip?" says the zip code ("code" is implied by "zip"); an attribute not asked for is still kept back', async () => {
    const world = offlineWorld();
    await world.remember([
      ['zip code', '02134'],
      ['bank PIN', '9911'],
    ]);
    expect((await world.ask('zip?')).answer).toContain('02134');
    const bank = (await world.ask('what is my bank?')).answer;
    expect(bank).not.toContain('9911');
    await world.remember([['passport expiry', 'May 2029']]);
    expect((await world.ask('what is my passport?')).answer).not.toContain('May 2029');
  });

  it('"whats toms wife called" answers from "Tom\'s wife"', async () => {
    const world = offlineWorld();
    await world.remember([["Tom's wife", 'Sara']]);
    expect((await world.ask('whats toms wife called')).answer).toContain('Sara');
  });
});
