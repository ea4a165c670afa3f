import { describe, expect, it } from 'vitest';
import { applyCapabilityMigrations, capabilityVersion } from '../../cartridge/capability-schema.js';
import { functionWordsAsMeant, SHORT_FORMS } from '../../cartridge/lexicon.js';
import { namesOtherOne } from '../../cartridge/text-similarity.js';
import { testCartridge, testRuntime } from '../../test/helpers/runtime.js';
import { casualQuestion } from '../knowledge/casual.js';
import { memoryKeyCheck } from './offline.js';
import { createMemoryStore, factIdentity, memoryMigrations } from './store.js';
import { sureTypo, typoMatches } from './typos.js';

/**
 * Issue 7, round 11 (m11-keys): a name with a word saying which one inside or before the name
 * asked is another fact; short forms are the words they stand for in one shared table; mistyped
 * function words never become part of a key; a mistyped stored name is changed (said so) or asked
 * about, never made a second fact.
 */
const world = () => {
  const runtime = testRuntime();
  const call = async (tool: string, input: Record<string, unknown>) =>
    runtime.executor.execute(tool, input, { caller: runtime.caller, approved: true });
  return { call, memory: () => createMemoryStore(runtime.cartridge) };
};

describe('a stored name with a word saying which one is a near fact, never the answer', () => {
  it.each([
    ["mother's name", "mother's maiden name", 'Smith'],
    ["mum's name", "mother's maiden name", 'Smith'],
    ["my mom's name", "Mum's maiden name", 'Smith'],
    ['name', 'middle name', 'Jo'],
    ['phone', 'work phone', '555 0199'],
    ['phone number', 'work phone number', '555 0199'],
    ['address', 'old address', '1 Elm St'],
    ['email', 'business email', 'a@b.c'],
    ['wifi', 'guest wifi', 'CafeNet'],
    ["dad's name", "dad's nick name", 'Bubba'],
    // Issue 7, stranger 12: "previous" was trimmed to "previou" as a plural and never matched.
    ['phone number', 'previous phone number', '555-0100'],
    ['phone', 'previous phone number', '555-0100'],
    ['number', 'previous phone number', '555-0100'],
    ['name', 'Japanese name', '田中 花子'],
    ['name', 'legal name', 'Robert Smith'],
    ['name', 'birth name', 'Bob Jones'],
    ['address', 'past address', '2 Oak Rd'],
    ['phone number', 'French phone number', '+33 6 12 34 56 78'],
  ])('"%s" with "%s" stored: nothing found, the fact named as near', async (asked, stored, value) => {
    const { call, memory } = world();
    memory().remember(stored, value);
    const recall = await call('memory_recall', { key: asked });
    expect(recall).toMatchObject({ ok: true, output: { found: false, match: null } });
    if (!recall.ok) return;
    expect(recall.text).toContain(`I don't have anything remembered about ${asked}`);
    expect(recall.text).toContain(stored);
  });

  it.each([
    ['wifi password', 'old wifi password', 'hunter2'],
    ['password', 'work password', 'S3cret!'],
    ['house key', 'spare house key', 'K-991'],
    ['PIN', 'old PIN', '4321'],
  ])('"%s" with the secret "%s" stored names it and never shows its value', async (asked, stored, value) => {
    const { call, memory } = world();
    memory().remember(stored, value);
    const recall = await call('memory_recall', { key: asked });
    expect(recall).toMatchObject({ ok: true, output: { found: false, match: null } });
    if (!recall.ok) return;
    expect(recall.text).toContain(stored);
    expect(recall.text).not.toContain(value);
    expect(JSON.stringify(recall.output)).not.toContain(value);
  });

  it.each([
    ["mother's maiden name", "mother's maiden name"],
    ['garage code', 'garage door code'],
    ['wifi password', 'home wifi password'],
    ['phone', 'phone number'],
    ["mother's name", "mother's name"],
  ])('"%s" is still answered by "%s"', async (asked, stored) => {
    const { call, memory } = world();
    memory().remember(stored, 'X1');
    expect(await call('memory_recall', { key: asked })).toMatchObject({
      ok: true,
      output: { found: true, match: { value: 'X1' } },
    });
  });

  it('a shorthand that fits a home and a work fact asks which, the work one never dropped', async () => {
    const { call, memory } = world();
    memory().remember('home wifi password', 'homepw');
    memory().remember('work wifi password', 'workpw');
    expect(await call('memory_recall', { key: 'wifi password' })).toMatchObject({
      ok: true,
      output: { found: false, ambiguous: true },
    });
  });

  it.each([
    ["mother's name", "mother's maiden name"],
    ['phone', 'work phone'],
    ['name', 'middle name'],
  ])('namesOtherOne("%s", "%s")', (asked, stored) => {
    expect(namesOtherOne(asked, stored)).toBe(true);
  });
});

describe('a short form is its word in a fact name (one table)', () => {
  it.each([
    ['bday', 'birthday'],
    ["b'day", 'birthday'],
    ["mum's bday", "mother's birthday"],
    ['DOB', 'date of birth'],
    ['my dob', 'date-of-birth'],
    ['date of birth', 'birthday'],
    ["mum's DOB", "mother's birthday"],
    ['birth date', 'bday'],
    ['2nd car', 'second car'],
    ['1st flat key', 'first flat key'],
    ['passport no.', 'passport number'],
    ['passport no', 'passport num'],
    ['work tel', 'work phone'],
    ['mob', 'mobile'],
    ['home addr', 'home address'],
    ['car reg', 'car registration'],
    ['dentist appt', 'dentist appointment'],
    ['email pw', 'email pwd'],
  ])('"%s" is the fact "%s"', (said, stored) => {
    expect(factIdentity(said)).toBe(factIdentity(stored));
  });

  it.each([
    ['no fly list', 'number fly list'],
    ['2nd car', '2 car'],
    ['bday', 'day'],
    ['reg', 'regular'],
    ['appt', 'apt'],
  ])('"%s" is not "%s"', (said, other) => {
    expect(factIdentity(said)).not.toBe(factIdentity(other));
  });

  it.each([
    ['bday', 'May 3', 'birthday', 'May 4'],
    ['DOB', '1990-01-02', 'date of birth', '1990-01-03'],
    ['2nd car reg', 'AB12 CDE', 'second car registration', 'XY34 ZZZ'],
    ['mob no.', '0777', 'mobile number', '0788'],
    ['dentist appt', 'Tue', 'dentist appointment', 'Wed'],
  ])('remember "%s" then "%s" updates one fact; recall and forget find it', (first, one, second, two) => {
    const memory = createMemoryStore(testCartridge());
    memory.remember(first, one);
    expect(memory.remember(second, two)).toMatchObject({ created: false, previous: one });
    expect(memory.count()).toBe(1);
    expect(memory.recall(first)[0]).toMatchObject({ score: 1, entry: { value: two } });
    expect(memory.forget(second)?.value).toBe(two);
    expect(memory.count()).toBe(0);
  });

  it('the casual reading of a question uses the same table', () => {
    for (const [short, full] of Object.entries(SHORT_FORMS).filter(([short]) => !/\d/.test(short)))
      expect(casualQuestion(`whats my ${short}`), short).toBe(`what is my ${full}`);
    expect(casualQuestion("when is my b'day")).toBe('when is my birthday');
    expect(casualQuestion('what is on the 1st floor')).toBe('what is on the 1st floor');
  });

  it('migration 4 recomputes identities, so facts stored before under a short form are found', () => {
    const cartridge = testCartridge();
    applyCapabilityMigrations(cartridge, { id: 'memory', migrations: memoryMigrations.slice(0, 3) });
    cartridge.db
      .prepare(
        'INSERT INTO memory (key, label, value, created_at, updated_at, identity) VALUES (?, ?, ?, 1, 1, ?)',
      )
      .run('bday', 'bday', JSON.stringify('May 3'), 'bday');
    const memory = createMemoryStore(cartridge);
    expect(capabilityVersion(cartridge, 'memory')).toBe(memoryMigrations.length);
    expect(memory.remember('birthday', 'May 4')).toMatchObject({ created: false, previous: 'May 3' });
    expect(memory.count()).toBe(1);
  });
});

describe('mistyped function words are read as meant in a key', () => {
  it.each([
    ['teh garage code', 'garage code'],
    ['hte gate code', 'gate code'],
    ['Teh Garage Code', 'Garage Code'],
    ['code fo teh gate', 'code fo the gate'],
    ['salt adn pepper shaker', 'salt and pepper shaker'],
    ['taht locker', 'that locker'],
    ['ym locker', 'ym locker'],
    ['garage code', 'garage code'],
    ['tehran office', 'tehran office'],
  ])('"%s" → "%s"', (typed, meant) => {
    expect(functionWordsAsMeant(typed)).toBe(meant);
  });

  it('the key a request names never keeps the typo', () => {
    expect(memoryKeyCheck('teh garage code')).toEqual({ value: 'garage code' });
    expect(memoryKeyCheck('hte wifi password')).toEqual({ value: 'wifi password' });
  });
});

describe('a mistyped stored name on a write', () => {
  it.each([
    ['garage cdoe', 'garage code'],
    ['wifi pasword', 'wifi password'],
    ['gym lokcer code', 'gym locker code'],
    ['bike lock combinaton', 'bike lock combination'],
  ])('"%s" changes "%s" and says so', async (typed, stored) => {
    const { call, memory } = world();
    memory().remember(stored, 'old');
    const result = await call('memory_remember', { key: typed, value: 'new' });
    expect(result).toMatchObject({ ok: true, output: { created: false, typos: [stored] } });
    if (!result.ok) return;
    expect(result.text).toContain(`I took "${typed}" to mean "${stored}"`);
    expect(memory().count()).toBe(1);
    expect(memory().get(stored)?.value).toBe('new');
  });

  it.each([
    ['gim locker code', 'gym locker code'],
    ['bsnk card', 'bank card'],
    ['gate cod', 'gate code'],
  ])('"%s" (a short word edited) asks about "%s" and writes nothing', async (typed, stored) => {
    const { call, memory } = world();
    memory().remember(stored, 'old');
    const result = await call('memory_remember', { key: typed, value: 'new' });
    expect(result).toMatchObject({ ok: true, output: { kept: true, typos: [stored] } });
    if (!result.ok) return;
    expect(result.text).toContain('Nothing was changed');
    expect(result.text).toContain('new');
    expect(memory().get(stored)?.value).toBe('old');
    expect(memory().count()).toBe(1);
  });

  it('a typo that fits two names asks which, and asNew keeps it as its own fact', async () => {
    const { call, memory } = world();
    memory().remember('bike lock code', '1');
    memory().remember('bike lock cord', '2');
    const result = await call('memory_remember', { key: 'bike lock coed', value: '3' });
    expect(result).toMatchObject({ ok: true, output: { kept: true } });
    expect(memory().count()).toBe(2);
    expect(await call('memory_remember', { key: 'cat name', value: 'Tom', asNew: true })).toMatchObject({
      ok: true,
      output: { created: true },
    });
  });

  it('a secret is never shown when a typo of its name is asked about', async () => {
    const { call, memory } = world();
    memory().remember('gym code', '4410');
    const result = await call('memory_remember', { key: 'gim code', value: '5' });
    expect(result.ok && result.text).not.toContain('4410');
  });

  it('sureTypo and typoMatches', () => {
    expect(sureTypo('wifi pasword', 'wifi password')).toBe(true);
    expect(sureTypo('gim locker code', 'gym locker code')).toBe(false);
    expect(
      typoMatches('bike lock coed', [{ label: 'bike lock code' }, { label: 'bike lock cord' }]),
    ).toHaveLength(2);
  });
});
