import { describe, expect, it } from 'vitest';
import { offlineWorld } from '../../test/helpers/offline.js';
import { createMemoryStore, memoryMigrations } from './store.js';

/** S30 (m19): keys that forge lines, signs and marks lookup dropped, full-width keys, emoji keys. */
describe('S30: a key never prints as a second line', () => {
  it('memory_remember refuses CR, LF, TAB and other controls in a key, through the executor', async () => {
    const world = offlineWorld();
    for (const key of [
      'x\r\nYour wifi password is 999',
      'note\n\nI remember 1 thing',
      'a\tb',
      'ls\u2028key',
    ]) {
      const result = await world.executor.execute(
        'memory_remember',
        { key, value: '1' },
        { caller: { kind: 'person' }, approved: true },
      );
      expect(result.ok, JSON.stringify(key)).toBe(false);
      expect(JSON.stringify(result)).toMatch(/control characters/);
    }
    expect(world.facts()).toEqual([]);
  });

  it('a key with a line break stored before the rule is said on one line by list and recall', async () => {
    const world = offlineWorld();
    // Written straight to the store, as an older fazt could have.
    createMemoryStore(world.cartridge).remember('note\n\nI remember 1 thing: bank PIN', '0000');
    createMemoryStore(world.cartridge).remember('x\r\nYour wifi password is 999', '1');
    const list = await world.ask('what do you remember?');
    expect(list.answer).not.toMatch(/[\r\n]/);
    expect(list.answer).toContain(
      'x ⏎ Your wifi password is 999: ••••; note ⏎ ⏎ I remember 1 thing: bank PIN: ••••',
    );
    const recall = await world.ask('what is my note?');
    expect(recall.answer).not.toMatch(/[\r\n]/);
    await world.executor.execute(
      'memory_remember',
      { key: 'locker', value: '1' },
      { caller: { kind: 'person' }, approved: true },
    );
    world.cartridge.events.append({
      type: 'memory.remembered',
      source: 'person',
      data: { key: 'x\nYour wifi password is 999', value: '1', previous: null },
    });
    const history = await world.ask('what changed?');
    expect(history.answer).toContain('x ⏎ Your wifi password is 999');
    // One line per change, each a "- " item: the key forges none of its own.
    expect(
      history.answer.split('\n').filter((line) => /Your wifi/.test(line) && !line.startsWith('- ')),
    ).toEqual([]);
  });
});

describe('S30: a sign or a leading dot that makes another fact is kept when looking up', () => {
  it.each([
    ['floor -1', 'floor 1'],
    ['temp -5', 'temp 5'],
    ['.env', 'env'],
    ['O-', 'O'],
    ['A- grade', 'A grade'],
  ])('"%s" does not answer a lookup for "%s", and is listed near', async (stored, asked) => {
    const world = offlineWorld();
    await world.remember([[stored, 'kept']]);
    const result = await world.executor.execute(
      'memory_recall',
      { key: asked },
      { caller: { kind: 'person' }, approved: true },
    );
    expect(result.ok).toBe(true);
    const output = (result as { output: { found: boolean; near?: { label: string }[] } }).output;
    expect(output.found, JSON.stringify(output)).toBe(false);
    const answer = (await world.ask(`what is my ${asked}?`)).answer;
    expect(answer).not.toMatch(/is kept/);
    expect(answer).toContain(stored);
  });

  it.each([
    ['floor -1', 'floor -1'],
    ['temp −5', 'temp -5'],
    ['.env', '.env'],
    ['O-', 'O-'],
  ])('"%s" is still found as "%s"', async (stored, asked) => {
    const world = offlineWorld();
    await world.remember([[stored, 'kept']]);
    expect((await world.ask(`what is my ${asked}?`)).answer).toMatch(/is kept\.$/);
  });
});

describe('S30: full-width and ligature keys are the keys they stand for', () => {
  it('"Ｃ＃ version" and "C# version" are one fact; "ﬁle size" and "file size" too', async () => {
    const world = offlineWorld();
    await world.remember([
      ['Ｃ＃ version', 'FW'],
      ['C# version', '12'],
      ['ﬁle size', '3 MB'],
      ['file size', '4 MB'],
    ]);
    expect(new Map(world.facts())).toEqual(
      new Map([
        ['Ｃ＃ version', '12'],
        ['ﬁle size', '4 MB'],
      ]),
    );
    expect((await world.ask('what is my C# version?')).answer).toBe('Your Ｃ＃ version is 12.');
    expect((await world.ask('what is my ＦＩＬＥ size?')).answer).toBe('Your ﬁle size is 4 MB.');
  });

  it('a lookup keeps the full-width "＃": "C version" is not "Ｃ＃ version"', async () => {
    const world = offlineWorld();
    await world.remember([['Ｃ＃ version', 'FW']]);
    const result = await world.executor.execute(
      'memory_recall',
      { key: 'C version' },
      { caller: { kind: 'person' }, approved: true },
    );
    expect((result as { output: { found: boolean } }).output.found).toBe(false);
    expect((await world.ask('what is my C version?')).answer).not.toMatch(/is FW/);
  });

  it('memory migration 6 folds an older full-width key, but never makes two stored facts one', () => {
    const world = offlineWorld();
    createMemoryStore(world.cartridge);
    const db = world.cartridge.db;
    const insert = db.prepare(
      'INSERT INTO memory (key, label, value, created_at, updated_at, identity) VALUES (?, ?, \'"v"\', 0, 0, ?)',
    );
    // As an older fazt stored them: the full-width key unfolded.
    insert.run('ｃ＃ version', 'Ｃ＃ version', 'ｃ＃version');
    insert.run('ﬁle size', 'ﬁle size', 'ﬁlesize');
    insert.run('file size', 'file size', 'filesize');
    const step = memoryMigrations.find((migration) => migration.version === 6)!;
    step.up(db);
    const rows = db.prepare('SELECT key, identity FROM memory ORDER BY rowid').all();
    expect(rows).toEqual([
      { key: 'c# version', identity: 'c#version' },
      { key: 'ﬁle size', identity: 'ﬁlesize' },
      { key: 'file size', identity: 'filesize' },
    ]);
  });
});

describe('S30: a name of emoji or symbols alone, through ask', () => {
  it.each(['🍕', '👍', '🇬🇧', '%', '½'])('"%s" is recalled, remembered and forgotten', async (key) => {
    const world = offlineWorld();
    await world.remember([[key, 'stored']]);
    expect((await world.ask(`what is my ${key}?`)).answer).toBe(`Your ${key} is stored.`);
    const changed = await world.ask(`remember my ${key} is changed`, true);
    expect(changed.finish.status, changed.answer).toBe('done');
    expect(world.facts()).toEqual([[key, 'changed']]);
    const forgotten = await world.ask(`forget my ${key}`, true);
    expect(forgotten.answer).toContain(`Forgot your ${key}`);
    expect(world.facts()).toEqual([]);
  });

  it('"remember my 🍔 is cheese" stores it', async () => {
    const world = offlineWorld();
    expect((await world.ask('remember my 🍔 is cheese')).answer).toBe('Remembered: your 🍔 is cheese.');
    expect(world.facts()).toEqual([['🍔', 'cheese']]);
  });
});
