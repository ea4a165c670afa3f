import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createConversationStore } from '../../cartridge/conversations.js';
import { FORGOTTEN } from '../../cartridge/redact.js';
import { isSecretFact } from '../../cartridge/secrets.js';
import { offlineWorld } from '../../test/helpers/offline.js';
import { testCartridge } from '../../test/helpers/runtime.js';

/**
 * m17 (stranger S26): secrets in memory.
 * H2. "the cvv" said after a named card is that card's ("visa card cvv"), so a second card's CVV
 *     never replaces the first's.
 * H3. A question that names only the thing ("what's my router?") never says a secret stored as
 *     "<secret> for the <thing>"; it names it and asks for it by name.
 * H4. A value forgotten (or replaced as a secret) by one connection is scrubbed from a turn another
 *     connection stores afterwards: its fingerprint, never the value, stays in the cartridge.
 * H5. More secrets are masked: bank account numbers, phone unlock codes, memorable words, a value
 *     that labels a password inside it, tax ids, medical record numbers; a secret said in a
 *     sentence that is no fact is never kept as a note.
 */

describe('H2: "the cvv" after a named card is that card\'s', () => {
  it('two cards, each with "the cvv", keep both', async () => {
    const world = offlineWorld();
    await world.ask('remember my visa card number is 4111 1111 1111 1111 and the cvv is 123');
    const second = await world.ask('remember my mastercard number is 5500 0000 0000 0004 and the cvv is 456');
    expect(second.answer).not.toMatch(/Updated/);
    const facts = Object.fromEntries(world.facts());
    expect(facts['visa card cvv']).toBe('123');
    expect(facts['mastercard cvv']).toBe('456');
    expect(facts.cvv).toBeUndefined();
    expect((await world.ask('what is my visa card cvv?')).answer).toContain('123');
  });

  it("the expiry and the PIN of a named thing are that thing's", async () => {
    const world = offlineWorld();
    await world.ask('remember my passport number is X1234567 and the expiry date is 2031-05-01');
    await world.ask('remember my debit card number is 4000 0566 5566 5556 and the pin is 9911');
    const facts = Object.fromEntries(world.facts());
    expect(facts['passport expiry date']).toBe('2031-05-01');
    expect(facts['debit card pin']).toBe('9911');
  });
});

describe('H3: a question naming only the thing never says a secret stored as "X for the Y"', () => {
  const CASES: [string, string, string, string[]][] = [
    [
      'password for the router',
      'R0ut3r!',
      'password for the router',
      ["what's my router?", 'what is my router'],
    ],
    ['code for the safe', '3141', 'code for the safe', ["what's my safe", 'what is my safe?']],
    ['pin for the alarm', '8080', 'pin for the alarm', ["what's my alarm?"]],
    ['key to the shed', 'under-mat-99', 'key to the shed', ["what's my shed?", 'what is my shed']],
  ];
  it.each(CASES)('%s', async (key, value, label, questions) => {
    const world = offlineWorld();
    await world.remember([[key, value]]);
    for (const question of questions) {
      const run = await world.ask(question);
      expect(run.answer, question).not.toContain(value);
      expect(run.answer, question).toContain(`I have your ${label}; ask for it by name.`);
    }
    // Asked for by a name that says the secret, it answers.
    const thing = key.split(' ').at(-1)!;
    const secret = key.split(' ')[0]!;
    expect((await world.ask(`what is my ${thing} ${secret}?`)).answer).toContain(value);
    expect((await world.ask(`what is the ${key}?`)).answer).toContain(value);
  });

  it('a secret by its value asked for by its whole name answers; by part of it, is named only', async () => {
    const world = offlineWorld();
    await world.remember([['visa', '4111 1111 1111 1111']]);
    expect((await world.ask('what is my visa?')).answer).toContain('4111 1111 1111 1111');
    await world.remember([['wifi', 'pass: Kx7!']]);
    expect((await world.ask("what's my wifi?")).answer).toContain('Kx7!');
  });
});

describe('H4: a turn stored after another connection forgot a value never holds it', () => {
  it('a replaced secret and a forgotten fact are scrubbed from later turns of another connection', async () => {
    const world = offlineWorld();
    await world.remember([['vault pin', '100000']]);
    // Another connection to the same file, as another process is: it knows nothing of what this
    // one forgot, except through the cartridge.
    const other = testCartridge({ path: world.cartridge.path });
    const conversations = createConversationStore(other);
    await world.remember([['vault pin', '200001']]);
    await world.remember([['locker', 'Blue-4417']]);
    await world.ask('forget my locker', true);
    expect(world.facts()).toEqual([['vault pin', '200001']]);
    await conversations.appendTurn({
      conversationId: 'later1',
      model: 'offline',
      messages: [
        { role: 'user', content: 'remember my vault pin is 100000 and my locker is Blue-4417' },
        { role: 'assistant', content: 'Updated: your vault pin is now 100000; locker blue-4417.' },
      ],
    });
    const stored = conversations.messages('later1').map((message) => JSON.stringify(message.content));
    expect(stored.join('\n')).not.toMatch(/100000|blue-4417/i);
    expect(stored.join('\n')).toContain(FORGOTTEN);
    // "1000000" is another number, and the current PIN is said as it is.
    await conversations.appendTurn({
      conversationId: 'later2',
      model: 'offline',
      messages: [{ role: 'user', content: 'is it 1000000 or 200001?' }],
    });
    expect(conversations.messages('later2')[0]!.content).toBe('is it 1000000 or 200001?');
    // The cartridge's bytes never hold a forgotten value, not even as what scrubs it.
    other.close();
    world.cartridge.db.pragma('wal_checkpoint(TRUNCATE)');
    const bytes = readFileSync(world.cartridge.path).toString('latin1');
    expect(bytes).not.toMatch(/(?<!\d)100000(?!\d)/);
    expect(bytes.toLowerCase()).not.toContain('blue-4417');
  });

  it('a value remembered again is no longer scrubbed from later turns', async () => {
    const world = offlineWorld();
    await world.remember([['vault pin', '100000']]);
    await world.remember([['vault pin', '200001']]);
    const other = testCartridge({ path: world.cartridge.path });
    const conversations = createConversationStore(other);
    await world.remember([['vault pin', '100000']]);
    await conversations.appendTurn({
      conversationId: 'again1',
      model: 'offline',
      messages: [{ role: 'user', content: 'my vault pin is 100000' }],
    });
    expect(conversations.messages('again1')[0]!.content).toBe('my vault pin is 100000');
  });
});

describe('H5: more secrets are masked in lists', () => {
  const SECRETS: [string, string][] = [
    ['bank account', '12345678'],
    ['savings account', '12-34-5678'],
    ['phone unlock', '123456'],
    ['online banking memorable word', 'giraffe'],
    ['wifi', 'pass: Kx7!'],
    ['router', 'SSID Casa, password: hunter2'],
    ['tax id', '12-3456789'],
    ['medical record number', 'MRN 5566'],
    ['national insurance number', 'QQ123456C'],
  ];
  it.each(SECRETS)('%s is a secret', async (key, value) => {
    expect(isSecretFact(key, value)).toBe(true);
    const world = offlineWorld();
    await world.remember([[key, value]]);
    const listed = (await world.ask('what do you remember')).answer;
    expect(listed).toContain(`${key}: ••••`);
    expect(listed).not.toContain(value);
  });

  it('facts that are no secrets are still shown', () => {
    expect(isSecretFact('bank', 'Barclays')).toBe(false);
    expect(isSecretFact('wifi', 'CasaNet')).toBe(false);
    expect(isSecretFact('account manager', 'Ann')).toBe(false);
    expect(isSecretFact('favourite word', 'giraffe')).toBe(false);
    expect(isSecretFact('password hint', 'passing grade')).toBe(true);
    expect(isSecretFact('motto', 'pass it on')).toBe(false);
  });

  it('a secret in a sentence that is no fact is asked about, never kept as a note nor said back', async () => {
    const world = offlineWorld();
    for (const request of [
      'remember mi contraseña del banco es Ñandú#77',
      'remember mi clave del correo es Pa$$w0rd9',
    ]) {
      const run = await world.ask(request);
      expect(run.answer, request).not.toMatch(/Ñandú#77|Pa\$\$w0rd9/);
      expect(run.answer, request).toMatch(/kept nothing/);
    }
    expect(world.notes()).toEqual([]);
    expect(world.facts()).toEqual([]);
    // A note about a password that holds no secret value is still a note.
    await world.ask('remember to change the wifi password on Friday');
    expect(world.notes().length + world.facts().length).toBeGreaterThan(0);
  });
});
