import { describe, expect, it } from 'vitest';
import { applyCapabilityMigrations, capabilityVersion } from '../../cartridge/capability-schema.js';
import type { Cartridge } from '../../cartridge/open.js';
import { testCartridge } from '../../test/helpers/runtime.js';
import { createMemoryStore, factIdentity, memoryMigrations } from './store.js';

/** Rows as a fazt from before memory migration 1 wrote them: no identity column yet. */
function oldCartridge(rows: readonly [key: string, label: string, value: string][]): Cartridge {
  const cartridge = testCartridge();
  const insert = cartridge.db.prepare(
    'INSERT INTO memory (key, label, value, created_at, updated_at) VALUES (?, ?, ?, 1, 1)',
  );
  for (const [key, label, value] of rows) insert.run(key, label, JSON.stringify(value));
  return cartridge;
}

const columns = (cartridge: Cartridge) =>
  (cartridge.db.prepare('PRAGMA table_info(memory)').all() as { name: string }[]).map(({ name }) => name);

const OLD_ROWS: [string, string, string][] = [
  ['c version', 'C# version', '12'],
  ['kids school', "kids' school", 'Hill'],
  ['kid school', "kid's school", 'Vale'],
  ['café code', 'café code', '1'],
  ['cafe code', 'cafe code', '2'],
  ['🔑', '🔑', 'a'],
  ['🏠', '🏠', 'b'],
];

describe('memory migration 1: the fact identity in an indexed column', () => {
  it('backfills every old row with factIdentity of its label, and the store then finds them by it', () => {
    const cartridge = oldCartridge(OLD_ROWS);
    expect(columns(cartridge)).not.toContain('identity');
    const memory = createMemoryStore(cartridge);
    expect(capabilityVersion(cartridge, 'memory')).toBe(memoryMigrations.length);
    const stored = cartridge.db.prepare('SELECT label, identity FROM memory ORDER BY rowid').all();
    expect(stored).toEqual(OLD_ROWS.map(([, label]) => ({ label, identity: factIdentity(label) })));
    expect(memory.get('C# version')?.value).toBe('12');
    expect(memory.get('C version')).toBeUndefined();
    expect(memory.get('🏠')?.value).toBe('b');
    expect(() => memory.remember('cafè code', '3')).toThrow(/Two remembered facts/);
    expect(memory.count()).toBe(OLD_ROWS.length);
  });

  it('is idempotent: applied again (a second process, a restored backup) it changes nothing', () => {
    const cartridge = oldCartridge(OLD_ROWS);
    createMemoryStore(cartridge);
    const before = cartridge.db.prepare('SELECT * FROM memory ORDER BY rowid').all();
    // Every step again, as a process that found the version unrecorded would run it.
    for (const step of memoryMigrations) cartridge.transaction(() => step.up(cartridge.db));
    applyCapabilityMigrations(cartridge, { id: 'memory', migrations: memoryMigrations });
    expect(cartridge.db.prepare('SELECT * FROM memory ORDER BY rowid').all()).toEqual(before);
    expect(columns(cartridge).filter((name) => name === 'identity')).toHaveLength(1);
  });

  it('stopped mid-way (a row fails half through the backfill), leaves nothing half done, and runs whole next time', () => {
    const cartridge = oldCartridge(OLD_ROWS);
    // A real failure inside the step's transaction, after some rows were already written.
    cartridge.db.exec(`CREATE TRIGGER stop_half UPDATE OF identity ON memory WHEN new.key = 'cafe code'
      BEGIN SELECT RAISE(ABORT, 'stopped half way'); END`);
    expect(() => createMemoryStore(cartridge)).toThrow(/stopped half way/);
    expect(capabilityVersion(cartridge, 'memory')).toBe(0);
    expect(columns(cartridge)).not.toContain('identity');
    expect(cartridge.db.prepare("SELECT name FROM sqlite_master WHERE name = 'memory_identity'").get()).toBe(
      undefined,
    );
    cartridge.db.exec('DROP TRIGGER stop_half');
    const memory = createMemoryStore(cartridge);
    expect(capabilityVersion(cartridge, 'memory')).toBe(memoryMigrations.length);
    expect(cartridge.db.prepare('SELECT count(*) AS n FROM memory WHERE identity IS NULL').get()).toEqual({
      n: 0,
    });
    expect(memory.get("kid's school")?.value).toBe('Vale');
  });

  it('a migration run inside a transaction that rolls back is applied again next time', () => {
    const cartridge = oldCartridge(OLD_ROWS);
    try {
      cartridge.transaction(() => {
        createMemoryStore(cartridge).remember('inside', 'x');
        throw new Error('roll back');
      });
    } catch {}
    expect(columns(cartridge)).not.toContain('identity');
    expect(createMemoryStore(cartridge).get('C# version')?.value).toBe('12');
    expect(columns(cartridge)).toContain('identity');
  });

  it('looks facts up through the identity index, never by scanning every row', () => {
    const cartridge = testCartridge();
    createMemoryStore(cartridge).remember('wifi password', 'x');
    const plan = cartridge.db
      .prepare('EXPLAIN QUERY PLAN SELECT * FROM memory WHERE identity = ? ORDER BY rowid')
      .all('wifipassword') as { detail: string }[];
    expect(plan.map(({ detail }) => detail).join('\n')).toMatch(/USING INDEX memory_identity/);
  });

  it('writes the identity with every row it creates, moves or updates', () => {
    const cartridge = testCartridge();
    const memory = createMemoryStore(cartridge);
    memory.remember("My Sister's E-Mail", 'a@b.c');
    memory.remember('sisters email', 'c@d.e');
    memory.remember('C# version', '12');
    memory.remember('C version', '1');
    const rows = cartridge.db.prepare('SELECT label, identity FROM memory ORDER BY rowid').all() as {
      label: string;
      identity: string;
    }[];
    expect(rows).toHaveLength(3);
    for (const { label, identity } of rows) expect(identity).toBe(factIdentity(label));
  });
});

describe('memory migration 2: identities recomputed when factIdentity changed (one spelling)', () => {
  /** A cartridge at memory version 1 with identities as the version-1 factIdentity wrote them. */
  function atVersion1(rows: readonly [key: string, label: string, value: string, identity: string][]) {
    const cartridge = testCartridge();
    applyCapabilityMigrations(cartridge, { id: 'memory', migrations: memoryMigrations.slice(0, 1) });
    const insert = cartridge.db.prepare(
      'INSERT INTO memory (key, label, value, created_at, updated_at, identity) VALUES (?, ?, ?, 1, 1, ?)',
    );
    for (const [key, label, value, identity] of rows) insert.run(key, label, JSON.stringify(value), identity);
    return cartridge;
  }

  it('recomputes every row, so "favorite color" then finds (and updates) "favourite colour"', () => {
    const cartridge = atVersion1([
      ['favourite colour', 'favourite colour', 'teal', 'favouritecolour'],
      ['gray car', 'gray car', 'Golf', 'graycar'],
      ['wifi password', 'wifi password', 'x', 'wifipassword'],
    ]);
    expect(capabilityVersion(cartridge, 'memory')).toBe(1);
    const memory = createMemoryStore(cartridge);
    expect(capabilityVersion(cartridge, 'memory')).toBe(memoryMigrations.length);
    const stored = cartridge.db.prepare('SELECT label, identity FROM memory ORDER BY rowid').all();
    expect(stored).toEqual([
      { label: 'favourite colour', identity: 'favouritecolour' },
      { label: 'gray car', identity: 'greycar' },
      { label: 'wifi password', identity: 'wifipassword' },
    ]);
    expect(memory.get('grey car')?.value).toBe('Golf');
    expect(memory.remember('favorite color', 'red')).toMatchObject({ created: false, previous: 'teal' });
    expect(memory.count()).toBe(3);
  });

  it('two rows stored before as two facts become one name: both kept, and which one is asked', () => {
    const cartridge = atVersion1([
      ['favourite colour', 'favourite colour', 'teal', 'favouritecolour'],
      ['favorite color', 'favorite color', 'red', 'favoritecolor'],
    ]);
    const memory = createMemoryStore(cartridge);
    expect(memory.count()).toBe(2);
    expect(memory.recall('fav colour').map(({ entry }) => entry.value)).toEqual(['teal', 'red']);
    // A third spelling is neither exactly: asked which; the exact name of one is that one.
    expect(() => memory.remember('favorite colour', 'blue')).toThrow(/Two remembered facts/);
    expect(memory.remember('favourite colour', 'blue')).toMatchObject({ created: false, previous: 'teal' });
  });

  it('is idempotent and all-or-nothing: run again it changes nothing; stopped half way it leaves version 1', () => {
    const rows: [string, string, string, string][] = [
      ['favorite color', 'favorite color', 'red', 'favoritecolor'],
      ['neighbor name', 'neighbor name', 'Ann', 'neighborname'],
    ];
    const stopped = atVersion1(rows);
    stopped.db.exec(`CREATE TRIGGER stop_half UPDATE OF identity ON memory WHEN new.key = 'neighbor name'
      AND new.identity IS NOT NULL BEGIN SELECT RAISE(ABORT, 'stopped half way'); END`);
    expect(() => createMemoryStore(stopped)).toThrow(/stopped half way/);
    expect(capabilityVersion(stopped, 'memory')).toBe(1);
    expect(stopped.db.prepare('SELECT identity FROM memory ORDER BY rowid').all()).toEqual([
      { identity: 'favoritecolor' },
      { identity: 'neighborname' },
    ]);
    stopped.db.exec('DROP TRIGGER stop_half');
    createMemoryStore(stopped);
    const before = stopped.db.prepare('SELECT * FROM memory ORDER BY rowid').all();
    expect(before).toMatchObject([{ identity: 'favouritecolour' }, { identity: 'neighbourname' }]);
    for (const step of memoryMigrations) stopped.transaction(() => step.up(stopped.db));
    expect(stopped.db.prepare('SELECT * FROM memory ORDER BY rowid').all()).toEqual(before);
  });
});

describe('memory migration 3: a short form is its word, an update word no part of a name', () => {
  it('recomputes stored identities, so "wifi pw" and "new phone number" find the facts stored before', () => {
    const cartridge = testCartridge();
    applyCapabilityMigrations(cartridge, { id: 'memory', migrations: memoryMigrations.slice(0, 2) });
    const insert = cartridge.db.prepare(
      'INSERT INTO memory (key, label, value, created_at, updated_at, identity) VALUES (?, ?, ?, 1, 1, ?)',
    );
    insert.run('home wifi pw', 'home wifi pw', JSON.stringify('aaa'), 'homewifipw');
    insert.run('phone number', 'phone number', JSON.stringify('0111'), 'phonenumber');
    insert.run('new york office', 'New York office', JSON.stringify('5th Ave'), 'newyorkoffice');
    const memory = createMemoryStore(cartridge);
    expect(capabilityVersion(cartridge, 'memory')).toBe(memoryMigrations.length);
    expect(memory.remember('home wifi password', 'eee')).toMatchObject({ created: false, previous: 'aaa' });
    expect(memory.remember('new phone number', '0777')).toMatchObject({ created: false, previous: '0111' });
    expect(memory.get('phone number')?.value).toBe('0777');
    // "New York" is a name, not an update word: no "york office" fact.
    expect(memory.get('york office')).toBeUndefined();
    expect(memory.get('new york office')?.value).toBe('5th Ave');
    expect(memory.count()).toBe(3);
  });
});
