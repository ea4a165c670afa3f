import { describe, expect, it } from 'vitest';
import { isSecretFact, otherSpelling, saysSecret } from '../../cartridge/secrets.js';
import { offlineWorld } from '../../test/helpers/offline.js';

/**
 * m18 (stranger S28): secrets in memory.
 * H1. "what codes do I have?", "what pins do i have" ask for a list: every matching fact is named,
 *     its value masked, whether one fits or many; never one value said.
 */

describe('H1: "what X do I have" about a secret kind is a masked list', () => {
  it('one code stored: named, masked', async () => {
    const world = offlineWorld();
    await world.remember([['gym locker code', '0042']]);
    for (const question of [
      'what codes do I have?',
      'which codes do I have',
      'what codes have I got saved',
    ]) {
      const answer = (await world.ask(question)).answer;
      expect(answer, question).toContain('gym locker code: ••••');
      expect(answer, question).not.toContain('0042');
    }
  });

  it('three PINs stored: all three named, none said', async () => {
    const world = offlineWorld();
    await world.remember([
      ['PIN', '2468'],
      ["wife's PIN", '1357'],
      ["sister's PIN", '1111'],
    ]);
    for (const question of ['what pins do i have', 'which PINs have I got?', "what pins i've got"]) {
      const answer = (await world.ask(question)).answer;
      for (const name of ['PIN: ••••', "wife's PIN: ••••", "sister's PIN: ••••"])
        expect(answer, question).toContain(name);
      for (const value of ['2468', '1357', '1111']) expect(answer, question).not.toContain(value);
    }
  });

  it('"what\'s my pin?" with one PIN of mine still says it: it is asked for', async () => {
    const world = offlineWorld();
    await world.remember([['PIN', '2468']]);
    expect((await world.ask("what's my pin?")).answer).toContain('2468');
    expect(isSecretFact('PIN', '2468')).toBe(true);
  });
});

describe('H3: a secret said in a sentence of any language is asked about, never a note', () => {
  const SAID = [
    'remember мой пароль от почты это qwerty',
    'remember 我的密码是 abcdef',
    'remember 私のパスワードはさくらです',
    'remember mi contraseña es gatito',
    'remember mon mot de passe est soleil',
    'remember mein Passwort ist sonne',
    'remember moje hasło jest kotek',
    'remember il mio pin è gatto',
  ];
  it.each(SAID)('%s', async (request) => {
    const world = offlineWorld();
    const run = await world.ask(request);
    const value = request
      .split(/\s+|は|是/)
      .at(-1)!
      .replace(/です$/, '');
    expect(run.answer).toMatch(/kept nothing/);
    expect(run.answer).not.toContain(value);
    expect(world.notes()).toEqual([]);
    expect(world.facts()).toEqual([]);
  });

  it('a sentence about a password that says none is still a note', async () => {
    const world = offlineWorld();
    await world.ask('remember I changed my password yesterday');
    expect(world.notes().length).toBe(1);
    expect(saysSecret('I changed my password yesterday')).toBe(false);
    expect(saysSecret('мой пароль от почты это qwerty')).toBe(true);
  });
});

describe('LOW: a lock with a number and 鍵 are secrets, masked in lists', () => {
  it('lock combinations and keys in other scripts', () => {
    expect(isSecretFact('bike lock', '4312')).toBe(true);
    expect(isSecretFact('padlock', '04-51')).toBe(true);
    expect(isSecretFact('Fahrradschloss', '1234')).toBe(true);
    expect(isSecretFact('自転車の鍵', '5521')).toBe(true);
    expect(isSecretFact('bike lock', 'the blue D-lock')).toBe(false);
    expect(isSecretFact('locksmith', '555 1234')).toBe(false);
  });

  it('listed masked', async () => {
    const world = offlineWorld();
    await world.remember([
      ['bike lock', '4312'],
      ['自転車の鍵', '5521'],
    ]);
    const listed = (await world.ask('what do you remember')).answer;
    expect(listed).toContain('bike lock: ••••');
    expect(listed).toContain('自転車の鍵: ••••');
    expect(listed).not.toMatch(/4312|5521/);
  });
});

describe('LOW: a secret asked for in full finds it kept short, and the other way', () => {
  it('spellings', () => {
    expect(otherSpelling('social security number')).toBe('ssn');
    expect(otherSpelling('my SSN')).toBe('my social security number');
    expect(otherSpelling('national insurance number')).toBe('ni number');
    expect(otherSpelling('favourite colour')).toBeUndefined();
  });

  it.each([
    ['SSN', '123-45-6789', "what's my social security number"],
    ['social security number', '123-45-6789', 'what is my ssn?'],
    ['NI number', 'QQ123456C', 'what is my national insurance number?'],
  ])('%s kept, asked %s', async (key, value, question) => {
    const world = offlineWorld();
    await world.remember([[key, value]]);
    expect((await world.ask(question)).answer).toContain(value);
  });
});
