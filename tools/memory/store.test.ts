import { describe, expect, it } from 'vitest';
import { testCartridge } from '../../test/helpers/runtime.js';
import { createMemoryStore, normaliseKey } from './store.js';

describe('memory store', () => {
  it('normalises keys: case, punctuation and a leading "my"/"the" do not matter', () => {
    expect(normaliseKey('My Bike-Lock Code!')).toBe('bike lock code');
    expect(normaliseKey('the garage code')).toBe('garage code');
    expect(normaliseKey("Leo's shoe size")).toBe(normaliseKey('leo shoe size'));
    expect(normaliseKey('Sam’s birthday')).toBe('sam birthday');
    expect(normaliseKey("don't forget list")).toBe('dont forget list');
    expect(normaliseKey('my')).toBe('my');
    expect(normaliseKey('my blood type O-')).toBe('blood type o-');
    expect(normaliseKey('freezer temp -18')).toBe('freezer temp -18');
    expect(normaliseKey('wifi - guest')).toBe('wifi guest');
    expect(normaliseKey('A team')).toBe('a team');
  });

  it('remembers, updates in place and reports what it replaced', () => {
    const memory = createMemoryStore(testCartridge());
    const first = memory.remember('My bike lock code', '4312');
    expect(first).toMatchObject({ created: true, previous: undefined });
    expect(first.entry).toMatchObject({ key: 'bike lock code', label: 'My bike lock code', value: '4312' });
    const second = memory.remember('bike lock code', '9999');
    expect(second).toMatchObject({ created: false, previous: '4312' });
    expect(second.entry.label).toBe('My bike lock code');
    expect(second.entry.createdAt).toBe(first.entry.createdAt);
    expect(memory.count()).toBe(1);
    expect(memory.get('BIKE LOCK CODE')?.value).toBe('9999');
  });

  it('recalls "bike lock code" when the fact was stored as "my bike lock code"', () => {
    const memory = createMemoryStore(testCartridge());
    memory.remember('my bike lock code', '4312');
    memory.remember('wifi password', 'hunter2');
    const [best] = memory.recall('bike lock code');
    expect(best).toMatchObject({ score: 1, entry: { value: '4312' } });
  });

  it('recalls despite typos and rewording, best match first', () => {
    const memory = createMemoryStore(testCartridge());
    memory.remember('my bike lock code', '4312');
    memory.remember('garage door code', '7781');
    memory.remember('passport number', 'X1234567');
    expect(memory.recall('bike lokc code')[0]?.entry.value).toBe('4312');
    expect(memory.recall('what is the code for my bike lock')[0]?.entry.value).toBe('4312');
    expect(memory.recall('pasport numbr')[0]?.entry.value).toBe('X1234567');
    const fuzzy = memory.recall('garage code')[0];
    expect(fuzzy?.entry.value).toBe('7781');
    expect(fuzzy?.score).toBeLessThan(1);
  });

  it('recalls nothing for an unrelated query rather than a wrong guess', () => {
    const memory = createMemoryStore(testCartridge());
    memory.remember('my bike lock code', '4312');
    expect(memory.recall('dentist appointment')).toEqual([]);
    expect(memory.recall('   ')).toEqual([]);
  });

  it('lists newest first with paging, and forgets by any spelling of the key', () => {
    const memory = createMemoryStore(testCartridge());
    for (const [index, key] of ['alpha', 'beta', 'gamma'].entries()) {
      memory.remember(key, String(index));
    }
    expect(memory.list({ limit: 2 })).toHaveLength(2);
    expect(memory.list({ limit: 10, offset: 2 })).toHaveLength(1);
    expect(memory.forget('The Beta')?.value).toBe('1');
    expect(memory.forget('beta')).toBeUndefined();
    expect(memory.count()).toBe(2);
  });

  it('keeps values of any JSON type', () => {
    const memory = createMemoryStore(testCartridge());
    memory.remember('numbers', [1, 2, 3]);
    memory.remember('nested', { a: { b: null } });
    expect(memory.get('numbers')?.value).toEqual([1, 2, 3]);
    expect(memory.get('nested')?.value).toEqual({ a: { b: null } });
  });

  it('never merges two keys a person would call different: emoji, symbols, accents, any script', () => {
    const memory = createMemoryStore(testCartridge());
    const distinct = [
      '🔑',
      '🏠',
      '???',
      '!!!',
      'C++ version',
      'C# version',
      'C version',
      'my 📱 PIN',
      'my 💳 PIN',
      'café wifi',
      'año nuevo',
      'A/C filter size',
      'AC filter size',
      '自行车密码',
      '自行车钥匙',
      'пароль от почты',
      'пароль от банка',
      'كلمة السر',
      'rate 50%',
      'rate 50',
      'm²',
      'm2',
      // A sign or a leading letter carries meaning: blood groups, grades, temperatures, teams.
      'blood type O-',
      'blood type O',
      'blood type O+',
      'temp -5',
      'temp 5',
      'A- grade',
      'A grade',
      'grade',
      'A team',
      'team',
      'an apple',
      'apple',
    ];
    for (const [index, key] of distinct.entries()) {
      expect(memory.remember(key, String(index)), key).toMatchObject({ created: true, previous: undefined });
    }
    expect(memory.count()).toBe(distinct.length);
    for (const [index, key] of distinct.entries()) {
      expect(memory.get(key), key).toMatchObject({ label: key, value: String(index) });
      expect(memory.recall(key)[0], key).toMatchObject({ score: 1, entry: { label: key } });
    }
  });

  it('replaces a fact only when the name differs in case, spacing or punctuation alone', () => {
    const memory = createMemoryStore(testCartridge());
    memory.remember('My Bike-Lock Code', '1');
    for (const same of [
      'bike lock code',
      'BIKE LOCK CODE!',
      '  bike   lock,  code ',
      'the "bike lock" code',
    ]) {
      expect(memory.remember(same, same).created, same).toBe(false);
    }
    expect(memory.remember('❤️ song', 'a').created).toBe(true);
    // The emoji presentation selector is not a different name.
    expect(memory.remember('❤ song', 'b')).toMatchObject({ created: false, previous: 'a' });
    // Invisible characters and control characters are not part of a name either.
    for (const same of [
      'bike\u200b lock code',
      '\ufeffbike lock code',
      'bike\u00adlock code',
      'bike\tlock\ncode',
    ]) {
      expect(memory.remember(same, 'x').created, JSON.stringify(same)).toBe(false);
    }
    // Spacing inside a name does not matter either ("bikelock" is "bike lock", issue 7 round 4).
    expect(memory.count()).toBe(2);
  });

  it('keeps a leading "." of a word, and says one owner one way (issue 7, third round)', () => {
    expect(normaliseKey('.env secret')).toBe('.env secret');
    expect(normaliseKey('the .NET version')).toBe('.net version');
    expect(normaliseKey('env secret')).toBe('env secret');
    expect(normaliseKey('...env secret')).toBe('env secret');
    expect(normaliseKey("mum's birthday")).toBe(normaliseKey("my mom's birthday"));
    expect(normaliseKey('mums pin')).toBe(normaliseKey("mother's pin"));
    expect(normaliseKey("dad's car")).toBe(normaliseKey('father car'));
    expect(normaliseKey("step-mom's birthday")).not.toBe(normaliseKey("mom's birthday"));
    const memory = createMemoryStore(testCartridge());
    memory.remember('.env secret', 'a');
    expect(memory.remember('env secret', 'b')).toMatchObject({ created: true });
    expect(memory.remember('.NET version', '8')).toMatchObject({ created: true });
    expect(memory.remember('NET version', '2')).toMatchObject({ created: true });
    expect(memory.get('.env secret')?.value).toBe('a');
    memory.remember("mum's birthday", 'May 3');
    expect(memory.remember("mom's birthday", 'May 4')).toMatchObject({ created: false, previous: 'May 3' });
    expect(memory.get("mother's birthday")?.value).toBe('May 4');
    expect(memory.count()).toBe(5);
  });

  it('finds a fact an older version stored under another spelling of its owner', () => {
    const cartridge = testCartridge();
    cartridge.db
      .prepare('INSERT INTO memory (key, label, value, created_at, updated_at) VALUES (?, ?, ?, 1, 1)')
      .run('mum birthday', "mum's birthday", JSON.stringify('May 3'));
    const memory = createMemoryStore(cartridge);
    expect(memory.get("mom's birthday")?.value).toBe('May 3');
    expect(memory.remember("my mom's birthday", 'May 4')).toMatchObject({
      created: false,
      previous: 'May 3',
    });
    expect(memory.count()).toBe(1);
  });

  it('finds facts stored under the older key form, and moves them aside rather than overwrite them', () => {
    const cartridge = testCartridge();
    const memory = createMemoryStore(cartridge);
    const { db } = cartridge;
    const insert = db.prepare(
      'INSERT INTO memory (key, label, value, created_at, updated_at) VALUES (?, ?, ?, 1, 1)',
    );
    // Before keys kept symbols and accents, "C# version" was stored as "c version".
    insert.run('c version', 'C# version', JSON.stringify('12'));
    insert.run('cafe wifi', 'Café wifi', JSON.stringify('x'));
    expect(memory.get('c# version')?.value).toBe('12');
    expect(memory.get('C version')).toBeUndefined();
    expect(memory.recall('Café wifi')[0]).toMatchObject({ score: 1, entry: { value: 'x' } });
    // A new, different fact on the old key moves the old row to its own key; nothing is replaced.
    expect(memory.remember('C version', '99')).toMatchObject({ created: true, previous: undefined });
    expect(memory.get('C# version')?.value).toBe('12');
    expect(memory.get('C version')?.value).toBe('99');
    // The same fact said again updates the old row and moves it to its current key.
    expect(memory.remember('café wifi', 'y')).toMatchObject({ created: false, previous: 'x' });
    expect(memory.count()).toBe(3);
    expect(memory.forget('C# version')?.value).toBe('12');
    expect(memory.count()).toBe(2);
  });

  it('finds facts stored before signs and a leading "A" were kept, and never lets them swallow another', () => {
    const cartridge = testCartridge();
    const memory = createMemoryStore(cartridge);
    const insert = cartridge.db.prepare(
      'INSERT INTO memory (key, label, value, created_at, updated_at) VALUES (?, ?, ?, 1, 1)',
    );
    // The key form before this one folded edge minus signs and dropped a leading "a".
    insert.run('blood type o', 'blood type O-', JSON.stringify('donor'));
    insert.run('team', 'A team', JSON.stringify('Sam, Ana'));
    insert.run('freezer temp 18', 'freezer temp -18', JSON.stringify('ok'));
    insert.run('bike lock code', 'my bike-lock code', JSON.stringify('4312'));
    expect(memory.get('blood type O-')?.value).toBe('donor');
    expect(memory.get('blood type O')).toBeUndefined();
    expect(memory.get('A team')?.value).toBe('Sam, Ana');
    expect(memory.get('team')).toBeUndefined();
    expect(memory.get('freezer temp -18')?.value).toBe('ok');
    expect(memory.get('freezer temp 18')).toBeUndefined();
    expect(memory.get('bike lock code')?.value).toBe('4312');
    // A different fact on the old key moves the old row aside; the same fact updates it in place.
    expect(memory.remember('blood type O', 'me')).toMatchObject({ created: true });
    expect(memory.get('blood type O-')?.value).toBe('donor');
    expect(memory.remember('the A team', 'Leo')).toMatchObject({ created: false, previous: 'Sam, Ana' });
    expect(memory.remember('team', 'B')).toMatchObject({ created: true });
    expect(memory.get('A team')?.value).toBe('Leo');
    expect(memory.count()).toBe(6);
  });

  it("never answers with somebody else's fact: owners are kept in fuzzy recall", () => {
    const memory = createMemoryStore(testCartridge());
    memory.remember('my favourite football player', 'Messi');
    memory.remember("my brother's favourite football player", 'Ronaldo');
    const sister = memory.recall("my sister's favourite football player");
    expect(sister.length).toBeGreaterThan(0);
    expect(sister.every((match) => !match.sameSubject)).toBe(true);
    expect(memory.recall("brother's favourite football player")[0]).toMatchObject({
      sameSubject: true,
      entry: { value: 'Ronaldo' },
    });
    const onlyBrother = { memory: createMemoryStore(testCartridge()) };
    onlyBrother.memory.remember("my brother's favourite football player", 'Ronaldo');
    expect(onlyBrother.memory.recall('favourite football player').every((match) => !match.sameSubject)).toBe(
      true,
    );
    expect(
      onlyBrother.memory.recall('her favourite football player').some((match) => match.sameSubject),
    ).toBe(false);
    // A symbol word is part of the name: "C#" is not answered by "C++".
    memory.remember('C++ version', '20');
    expect(memory.recall('C# version').some((match) => match.sameSubject)).toBe(false);
    // Left-out words still find the fact: "pediatrician number" is the kids' one.
    memory.remember('kids pediatrician number', '555 0142');
    expect(memory.recall('pediatrician number')[0]).toMatchObject({
      sameSubject: true,
      entry: { value: '555 0142' },
    });
    // A swapped word is another fact: "work phone" is not "home phone".
    memory.remember('home phone', '123');
    expect(memory.recall('work phone').some((match) => match.sameSubject)).toBe(false);
  });
});

describe('a word that qualifies an owner is part of who the fact is about', () => {
  it.each([
    ["my ex-wife's shoe size", "my wife's shoe size"],
    ["my step-mom's birthday", "my mom's birthday"],
    ["my future wife's ring size", "my wife's ring size"],
    ["my older brother's car", "my brother's car"],
  ])('"%s" never answers for "%s", nor the other way round', (one, other) => {
    const memory = createMemoryStore(testCartridge());
    memory.remember(one, '40');
    expect(memory.recall(other).some((match) => match.sameSubject)).toBe(false);
    const again = createMemoryStore(testCartridge());
    again.remember(other, '38');
    expect(again.recall(one).some((match) => match.sameSubject)).toBe(false);
    expect(again.recall(other)[0]).toMatchObject({ sameSubject: true, entry: { value: '38' } });
  });
});

describe('owners said without an apostrophe, or after "of"/"for", are owners', () => {
  it.each([
    ['my brothers email', 'email', "my brother's email"],
    ['mums pin', 'my pin', "mum's pin"],
    ['my dads car plate', 'my car plate', "my dad's car plate"],
    ['the birthday of my mother', 'my birthday', "my mother's birthday"],
    ['the password of my boss', 'my password', "my boss's password"],
    ['the wifi password for my sister', 'my wifi password', "my sister's wifi password"],
    ['wife birthday', 'my birthday', "my wife's birthday"],
  ])('"%s" never answers "%s" but answers "%s"', (stored, mine, theirs) => {
    const memory = createMemoryStore(testCartridge());
    memory.remember(stored, 'x1');
    expect(memory.recall(mine).some((match) => match.sameSubject)).toBe(false);
    expect(memory.recall(mine).map((match) => match.entry.value)).toContain('x1');
    expect(memory.recall(theirs)[0]).toMatchObject({ sameSubject: true, entry: { value: 'x1' } });
  });
});

describe('the notes fallback owner rule (issue 7, M7)', () => {
  it('a note lacking the owner asked about never answers; one naming it does', async () => {
    const { ownerMissing } = await import('../../cartridge/text-similarity.js');
    expect(ownerMissing("what is dad's door code?", "mum's door code is 2222")).toBe(true);
    expect(ownerMissing("what is mum's door code?", "mum's door code is 2222")).toBe(false);
    expect(ownerMissing('what is the door code?', "mum's door code is 2222")).toBe(false);
    expect(ownerMissing("I can't recall his number", 'plumber Mr. Rossi 555-0173')).toBe(false);
  });
});
