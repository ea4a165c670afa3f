import { describe, expect, it } from 'vitest';
import { applyCapabilityMigrations, capabilityVersion } from '../../cartridge/capability-schema.js';
import { namedOwner, sameSubject } from '../../cartridge/text-similarity.js';
import { offlineWorld } from '../../test/helpers/offline.js';
import { testCartridge } from '../../test/helpers/runtime.js';
import { reportedName } from './offline.js';
import { createMemoryStore, factIdentity, memoryMigrations } from './store.js';

/**
 * Stranger S31 (H1, H2 and LOW items): an owner said without its apostrophe ("bosses", "exes",
 * "parents", "kids", "guys", "grandparents", "johns") is whose the fact is, never part of the
 * person's own fact name; "johns email" and "john's email" are one fact.
 */
describe('a plural or possessive owner without its apostrophe is somebody else (S31 H1)', () => {
  it.each([
    ['wifi password', 'bosses wifi password'],
    ['netflix password', 'exes netflix password'],
    ['netflix password', 'parents netflix password'],
    ['netflix password', 'kids netflix password'],
    ['netflix password', 'guys netflix password'],
    ['address', 'grandparents address'],
    ['phone', 'bosses phone'],
    ['phone', 'kids school phone'],
    ['wifi password', 'friends wifi password'],
  ])('"%s" is never answered by "%s"', (asked, stored) => {
    expect(sameSubject(asked, stored)).toBe(false);
  });

  it.each([
    ["boss's wifi password", 'bosses wifi password'],
    ['bosses wifi password', "boss's wifi password"],
    ["grandparents' address", 'grandparents address'],
    ['school phone', 'kids school phone'],
    ['pediatrician number', 'kids pediatrician number'],
  ])('"%s" is answered by "%s"', (asked, stored) => {
    expect(sameSubject(asked, stored)).toBe(true);
  });

  it.each([
    ['bosses wifi password', "boss's wifi password"],
    ['exes phone', "ex's phone"],
    ['guys netflix password', "guy's netflix password"],
  ])('"%s" and "%s" are one fact', (one, other) => {
    expect(factIdentity(one)).toBe(factIdentity(other));
  });

  it.each([
    ['my bosses wifi password is Office2024', 'whats my wifi password', 'bosses wifi password'],
    ['my bosses wifi password is Office2024', 'whats the wifi password', 'bosses wifi password'],
    ['my exes netflix password is ex123', 'whats my netflix password', 'exes netflix password'],
    ['my parents netflix password is par123', 'whats my netflix password', 'parents netflix password'],
    ['my kids netflix password is kid123', 'whats my netflix password', 'kids netflix password'],
    ['my guys netflix password is guy123', 'whats my netflix password', 'guys netflix password'],
    ['my grandparents address is 1 Oak Lane', 'whats my address', 'grandparents address'],
    ['my bosses phone is 555-0101', 'whats my phone', 'bosses phone'],
    ['my kids school phone is 01234', 'what is my phone', 'kids school phone'],
  ])('%s, then "%s": never answered with it, named as theirs', async (fact, question, name) => {
    const { ask, facts } = offlineWorld();
    await ask(fact);
    expect(facts()).toHaveLength(1);
    const { answer } = await ask(question);
    expect(answer).toMatch(/^I don't have anything remembered about /);
    expect(answer).toContain(name);
    const value = fact.replace(/^.* is /, '');
    // A secret is never said as a near fact; anything else may be listed as one.
    if (/password/.test(fact)) expect(answer).not.toContain(value);
  });

  it('"my bosses wifi password" is still found by its own name, with or without the apostrophe', async () => {
    const { ask } = offlineWorld();
    await ask('my bosses wifi password is Office2024');
    expect((await ask('whats my bosses wifi password')).answer).toBe(
      'Your bosses wifi password is Office2024.',
    );
    expect((await ask("what is my boss's wifi password")).answer).toBe(
      'Your bosses wifi password is Office2024.',
    );
  });
});

describe('a name with its "s" and no apostrophe is that person (S31 H2)', () => {
  it.each([
    ['johns', 'email', 'john'],
    ['toms', 'pin', 'tom'],
    ['marias', 'birthday', 'maria'],
    ['james', 'email', 'jame'],
    ['johns', 'phone', 'john'],
  ])('"%s %s" is owned by "%s"', (word, next, owner) => {
    expect(namedOwner(word, next)).toBe(owner);
  });

  it.each([
    ['sisters', 'name'],
    ['kids', 'email'],
    ['cars', 'colour'],
    ['glasses', 'prescription'],
    ['chris', 'email'],
    ['bus', 'pass'],
    ['gas', 'bill'],
  ])('"%s %s" is not a name owning it', (word, next) => {
    expect(namedOwner(word, next)).toBeUndefined();
  });

  it.each([
    ['johns email', "john's email"],
    ['johns email', 'john email'],
    ["John's email", 'johns email'],
    ['toms pin', "Tom's PIN"],
    ['marias birthday', "maria's birthday"],
    ['james email', "james's email"],
    ['james email', "James' email"],
    ['chris email', "chris's email"],
  ])('"%s" and "%s" are one fact', (one, other) => {
    expect(factIdentity(one)).toBe(factIdentity(other));
  });

  it('"johns email" and "john\'s email": one stored fact, updated and forgotten as one', async () => {
    const { ask, facts } = offlineWorld();
    expect((await ask('johns email is john@work.com')).answer).toBe(
      'Remembered: your johns email is john@work.com.',
    );
    expect((await ask("remember my john's email is jj@work.com")).answer).toMatch(/^Updated: .*jj@work\.com/);
    expect(facts()).toEqual([['johns email', 'jj@work.com']]);
    expect((await ask('whats johns email')).answer).toContain('jj@work.com');
    expect((await ask("what is john's email")).answer).toContain('jj@work.com');
    await ask('forget johns email', true);
    expect(facts()).toEqual([]);
  });

  it('"james email" is James\'s: "james\'s email" updates it', async () => {
    const { ask, facts } = offlineWorld();
    await ask('james email is j@x.com');
    await ask("remember James' email is k@x.com");
    expect(facts()).toEqual([['james email', 'k@x.com']]);
    expect((await ask("what is james's email")).answer).toBe('Your james email is k@x.com.');
  });

  it('migration 7 recomputes identities: "johns email" and "bosses phone" stored before are found', () => {
    const cartridge = testCartridge();
    applyCapabilityMigrations(cartridge, { id: 'memory', migrations: memoryMigrations.slice(0, 5) });
    const insert = cartridge.db.prepare(
      'INSERT INTO memory (key, label, value, created_at, updated_at, identity) VALUES (?, ?, ?, 1, 1, ?)',
    );
    insert.run('johns email', 'johns email', JSON.stringify('a@b.c'), 'johnsemail');
    insert.run('bosses phone', 'bosses phone', JSON.stringify('555'), 'bossesphone');
    const memory = createMemoryStore(cartridge);
    expect(capabilityVersion(cartridge, 'memory')).toBe(memoryMigrations.length);
    expect(memory.remember("john's email", 'x@y.z')).toMatchObject({ created: false, previous: 'a@b.c' });
    expect(memory.remember("boss's phone", '556')).toMatchObject({ created: false, previous: '555' });
    expect(memory.count()).toBe(2);
  });
});

describe('reported speech and names said after what they have (S31 LOW)', () => {
  it.each([
    ['sister said her pin', "sister's pin"],
    ['my boss told me his phone', "boss's phone"],
    ['Tom said his pin', "Tom's pin"],
    ['she said her pin', 'her pin'],
    ['the card says her pin', 'her pin'],
  ])('"%s" reports "%s"', (key, inner) => {
    expect(reportedName(key)).toBe(inner);
  });

  it.each([
    ['my sister said her pin is 1234', /Say "remember my sister's pin is 1234"/],
    [
      'she said her pin is 1234',
      /^That is what someone said, not a fact you asked me to keep, so I kept nothing\.$/,
    ],
  ])('%s: nothing kept, never "my her"', async (said, reply) => {
    const { ask, facts } = offlineWorld();
    const { answer } = await ask(said);
    expect(answer).toMatch(reply);
    expect(answer).not.toMatch(/my (?:her|his|she)\b/);
    expect(facts()).toEqual([]);
  });

  it.each([
    ['remember the number on my amex is 378282246310005', 'amex number'],
    ['remember the code for my bike lock is 4321', 'bike lock code'],
    ['remember the pin for our garage door is 2580', 'garage door pin'],
  ])('%s: kept as "%s"', async (said, key) => {
    const { ask, facts } = offlineWorld();
    await ask(said);
    expect(facts().map(([label]) => label)).toEqual([key]);
  });

  it.each([
    ['remember the wifi password for my sister is abc123', 'wifi password for my sister'],
    ['remember the code for the bike lock is 4312', 'code for the bike lock'],
  ])('%s: stays "%s" (a person, or not said to be mine)', async (said, key) => {
    const { ask, facts } = offlineWorld();
    await ask(said);
    expect(facts().map(([label]) => label)).toEqual([key]);
  });

  it('"whats the number on my amex" finds the amex number; "forget my amex" names it', async () => {
    const { ask } = offlineWorld();
    await ask('remember the number on my amex is 378282246310005');
    expect((await ask('whats the number on my amex')).answer).toContain('amex number');
    expect((await ask('forget my amex')).answer).toContain('"amex number"');
  });
});

describe('a note answers a secret question only when it says the secret word (S31 LOW)', () => {
  it('"whats toms pin" is not answered by a note about an alarm code', async () => {
    const { ask } = offlineWorld();
    await ask('note: gave tom my spare key, he knows the alarm code 9090');
    for (const question of ['whats toms pin', "what is tom's pin"]) {
      const { answer } = await ask(question);
      expect(answer).not.toContain('9090');
      expect(answer).toMatch(/no note mentions it/);
    }
    expect((await ask('whats the alarm code')).answer).toContain('9090');
  });

  it('a note that says the PIN still answers', async () => {
    const { ask } = offlineWorld();
    await ask('note: toms pin is 4455 for the gate');
    expect((await ask('whats toms pin')).answer).toContain('4455');
  });
});
