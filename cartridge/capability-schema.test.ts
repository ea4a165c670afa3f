import { describe, expect, it } from 'vitest';
import { testCartridge } from '../test/helpers/runtime.js';
import { applyCapabilityMigrations, capabilityVersion } from './capability-schema.js';

const shelf = {
  id: 'shelf',
  migrations: [
    {
      version: 1,
      description: 'books',
      up: (db: import('better-sqlite3').Database) =>
        db.exec('CREATE TABLE shelf_books (id INTEGER PRIMARY KEY, title TEXT NOT NULL) STRICT'),
    },
  ],
};

describe('capability migrations', () => {
  it('creates a capability’s tables once, records the version, and survives reopening', () => {
    const cartridge = testCartridge();
    applyCapabilityMigrations(cartridge, shelf);
    applyCapabilityMigrations(cartridge, shelf);
    expect(capabilityVersion(cartridge, 'shelf')).toBe(1);
    cartridge.prepare('INSERT INTO shelf_books (title) VALUES (?)').run('Dune');
    const path = cartridge.path;
    cartridge.close();
    const again = testCartridge({ path });
    applyCapabilityMigrations(again, {
      id: 'shelf',
      migrations: [
        ...shelf.migrations,
        {
          version: 2,
          description: 'authors',
          up: (db) => db.exec('ALTER TABLE shelf_books ADD COLUMN author TEXT'),
        },
      ],
    });
    expect(capabilityVersion(again, 'shelf')).toBe(2);
    expect(again.prepare('SELECT title, author FROM shelf_books').all()).toEqual([
      { title: 'Dune', author: null },
    ]);
  });

  it('refuses tables newer than the capability knows, changing nothing', () => {
    const cartridge = testCartridge();
    applyCapabilityMigrations(cartridge, {
      id: 'shelf',
      migrations: [
        ...shelf.migrations,
        { version: 2, description: 'x', up: (db) => db.exec('CREATE TABLE shelf_x (a)') },
      ],
    });
    const path = cartridge.path;
    cartridge.close();
    expect(() => applyCapabilityMigrations(testCartridge({ path }), shelf)).toThrow(
      /version 2.*only knows up to 1/,
    );
  });

  it('rolls back a failing step and records nothing for it', () => {
    const cartridge = testCartridge();
    const broken = {
      id: 'broken',
      migrations: [
        {
          version: 1,
          description: 'half',
          up: (db: import('better-sqlite3').Database) =>
            db.exec('CREATE TABLE broken_a (x); CREATE TABLE broken_a (y);'),
        },
      ],
    };
    expect(() => applyCapabilityMigrations(cartridge, broken)).toThrow(/already exists/);
    expect(capabilityVersion(cartridge, 'broken')).toBe(0);
    expect(
      cartridge.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'broken_a'").get(),
    ).toEqual({ n: 0 });
  });
});
