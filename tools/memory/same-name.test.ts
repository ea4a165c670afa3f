import { describe, expect, it } from 'vitest';
import { namesOtherOne, numbersFit, sameNumbers } from '../../cartridge/text-similarity.js';
import { testRuntime } from '../../test/helpers/runtime.js';
import { splitFacts } from './offline.js';
import { createMemoryStore, factIdentity } from './store.js';

/**
 * Issue 7, round 9 (stranger S11, items 6–10, 14): one notion of "the same fact name" for
 * remember, update, recall and forget; numbers in a name exact; a name that fits several facts
 * asks which; a fact about another one of a thing never answers the bare name.
 */
describe('one notion of the same fact name', () => {
  const world = () => {
    const runtime = testRuntime();
    const call = async (tool: string, input: Record<string, unknown>) =>
      runtime.executor.execute(tool, input, { caller: runtime.caller, approved: true });
    return { call, memory: () => createMemoryStore(runtime.cartridge) };
  };

  it.each([
    ['home wifi pw', 'home wifi password'],
    ['wifi pwd', 'wifi password'],
    ['fav colour', 'favourite colour'],
    ['new phone number', 'phone number'],
    ['my current address', 'address'],
    ['updated email', 'email'],
  ])('"%s" is the fact "%s"', (said, stored) => {
    expect(factIdentity(said)).toBe(factIdentity(stored));
  });

  it.each([
    ['New York office', 'york office'],
    ['new year resolution', 'year resolution'],
    ['current account number', 'account number'],
    ['room 1 12', 'room 11 2'],
  ])('"%s" is not "%s"', (one, other) => {
    expect(factIdentity(one)).not.toBe(factIdentity(other));
  });

  it('"my new phone number" updates "phone number"; "new phone" stored stays its own name', () => {
    const { memory } = world();
    memory().remember('phone number', '0111');
    expect(memory().remember('new phone number', '0777')).toMatchObject({ created: false, previous: '0111' });
    expect(memory().recall('phone number')[0]?.entry).toMatchObject({ label: 'phone number', value: '0777' });
    expect(memory().count()).toBe(1);
  });

  it('numbers in a name are exact: "room 100 key" is neither "room 10 key" nor "room 101 key"', async () => {
    const { call, memory } = world();
    memory().remember('room 10 key', 'A1');
    memory().remember('room 101 key', 'B7');
    for (const key of ['room 100 key', 'room 1010 key', 'room 110 key', 'room 102 key']) {
      expect(
        memory()
          .recall(key)
          .filter(({ sameSubject }) => sameSubject),
      ).toEqual([]);
      const recall = await call('memory_recall', { key });
      expect(recall).toMatchObject({ ok: true, output: { found: false, match: null } });
      expect(recall.ok && recall.output).not.toHaveProperty('typo');
    }
    const exact = await call('memory_recall', { key: 'room 10 key' });
    expect(exact).toMatchObject({ ok: true, output: { found: true, match: { value: 'A1' } } });
    expect(await call('memory_forget', { key: 'room 100 key' })).toMatchObject({ ok: false });
    expect(memory().count()).toBe(2);
  });

  it('forget a name that fits several facts asks which, approved or not, and deletes nothing', async () => {
    const { call, memory } = world();
    memory().remember('room 10 key', 'A1');
    memory().remember('room 101 key', 'B7');
    const forget = await call('memory_forget', { key: 'room key' });
    expect(forget).toMatchObject({ ok: true, output: { forgotten: null } });
    expect(forget.ok && forget.text).toMatch(/^Two remembered facts fit "room key".*Which one/);
    expect(memory().count()).toBe(2);
  });

  it('a not-found forget names a stored name said inside the one asked as a close key', async () => {
    const { call, memory } = world();
    memory().remember('bank PIN', '4321');
    memory().remember('room 10 key', 'A1');
    const forget = await call('memory_forget', { key: 'bank PIN and room 12 key' });
    expect(forget).toMatchObject({ ok: false });
    expect(!forget.ok && forget.error.message).toContain('"bank PIN"');
  });

  it('"PIN" fits "bank PIN" and "bank account PIN" alike: recall asks which', async () => {
    const { call, memory } = world();
    memory().remember('bank PIN', '4321');
    memory().remember('bank account PIN', '8765');
    const recall = await call('memory_recall', { key: 'pin' });
    expect(recall).toMatchObject({ ok: true, output: { found: false, ambiguous: true } });
    expect(
      recall.ok &&
        (recall.output as { alternatives: { label: string }[] }).alternatives
          .map(({ label }) => label)
          .sort(),
    ).toEqual(['bank PIN', 'bank account PIN']);
  });

  it.each([
    ["daughter's name", "daughter's teacher"],
    ['car', 'next car'],
    ['address', 'old address'],
    ['boss', 'ex boss'],
    ["son's name", "son's coach"],
  ])('"%s" is never answered by "%s" (a near fact at most)', async (asked, stored) => {
    expect(namesOtherOne(asked, stored)).toBe(true);
    const { call, memory } = world();
    memory().remember(stored, 'X1');
    const recall = await call('memory_recall', { key: asked });
    expect(recall).toMatchObject({ ok: true, output: { found: false, match: null } });
  });

  it.each([
    ['garage code', 'garage door code'],
    ['phone', 'phone number'],
    ["daughter's teacher", "daughter's teacher"],
    ['wifi password', 'home wifi password'],
  ])('"%s" may still be answered by "%s"', (asked, stored) => {
    expect(namesOtherOne(asked, stored)).toBe(false);
  });

  it("numbersFit: numbers asked must be the name's exactly; none asked fits any", () => {
    expect(sameNumbers('room 10 key', 'key of room 10')).toBe(true);
    expect(numbersFit('room 100 key', 'room 101 key')).toBe(false);
    expect(numbersFit('room key', 'room 101 key')).toBe(true);
    expect(numbersFit('flat 3b', 'flat 3c')).toBe(true);
    expect(numbersFit('gate 2 code', 'gate 12 code')).toBe(false);
  });

  it.each([
    [
      'home and work postcodes',
      'N1 and E2',
      [
        ['home postcode', 'N1'],
        ['work postcode', 'E2'],
      ],
    ],
    [
      "mum's and dad's birthdays",
      '3 May and 9 June',
      [
        ["mum's birthday", '3 May'],
        ["dad's birthday", '9 June'],
      ],
    ],
    [
      'home, work and gym postcodes',
      'A1, B2 and C3',
      [
        ['home postcode', 'A1'],
        ['work postcode', 'B2'],
        ['gym postcode', 'C3'],
      ],
    ],
  ])('"my %s are %s" is one fact per owner', (key, value, facts) => {
    expect(splitFacts({ key, value })).toEqual(facts.map(([k, v]) => ({ key: k, value: v })));
  });

  it.each([
    ['salt and pepper shakers', 'blue'],
    ['home and work postcodes', 'N1'],
    ['glasses', 'on the shelf'],
  ])('"my %s are %s" stays one fact', (key, value) => {
    expect(splitFacts({ key, value })).toEqual([{ key, value }]);
  });
});
