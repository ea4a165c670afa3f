import { describe, expect, it } from 'vitest';
import type { Cartridge } from '../../cartridge/open.js';
import { testCartridge } from '../../test/helpers/runtime.js';
import { createNotesStore, notesMigrations } from './store.js';

const indexed = (cartridge: Cartridge, word: string) =>
  (
    cartridge.prepare('SELECT count(*) AS n FROM notes_fts WHERE notes_fts MATCH ?').get(`"${word}"`) as {
      n: number;
    }
  ).n;

describe('notes store', () => {
  it('adds, gets and lists notes newest first', () => {
    const notes = createNotesStore(testCartridge());
    const first = notes.add('buy oat milk');
    const second = notes.add('call the plumber about the leak');
    expect(notes.get(first.id)?.text).toBe('buy oat milk');
    expect(notes.list().map((note) => note.id)).toEqual([second.id, first.id]);
    expect(notes.list({ limit: 1, offset: 1 }).map((note) => note.id)).toEqual([first.id]);
    expect(notes.count()).toBe(2);
  });

  it('finds notes by full-text search with stemming, prefixes and a highlighted snippet', () => {
    const notes = createNotesStore(testCartridge());
    notes.add('The plumber is coming on Tuesday to fix the leaking tap');
    notes.add('Ideas for the garden: tomatoes, basil, a small pond');
    notes.add('Plumbing invoice paid');
    const hits = notes.search('plumber leak');
    expect(hits).toHaveLength(1);
    expect(hits[0]?.text).toMatch(/leaking tap/);
    expect(hits[0]?.snippet).toMatch(/«plumber»/);
    expect(hits[0]?.score).toBeGreaterThan(0);
    expect(notes.search('tomato').map((hit) => hit.text)).toEqual([
      'Ideas for the garden: tomatoes, basil, a small pond',
    ]);
    expect(notes.search('plumb').length).toBe(2);
  });

  it('falls back to any word when no note has all of them', () => {
    const notes = createNotesStore(testCartridge());
    notes.add('basil and tomatoes');
    notes.add('pond pump');
    expect(notes.search('basil pump').length).toBe(2);
    expect(notes.search('nothing matches this')).toEqual([]);
  });

  it('looks only for content words, so "the note about the boiler" lists no unrelated note', () => {
    const notes = createNotesStore(testCartridge());
    notes.add('the boiler makes a clicking noise');
    notes.add('call the plumber about the sink');
    notes.add('Boilers: service due in March');
    notes.add('about the party: bring the cake');
    notes.add('note to self: water the plants');
    const found = (query: string) => notes.search(query).map((hit) => hit.text);
    expect(found('note about the boiler').sort()).toEqual([
      'Boilers: service due in March',
      'the boiler makes a clicking noise',
    ]);
    expect(found('the boiler pressure').sort()).toEqual(found('boiler'));
    expect(found('boilers')).toHaveLength(2);
    // Only stop words or the word "note": those words are what is looked for.
    expect(found('note')).toEqual(['note to self: water the plants']);
    expect(found('about')).toHaveLength(2);
  });

  it('treats FTS5 syntax in a query as plain words', () => {
    const notes = createNotesStore(testCartridge());
    notes.add('a "quoted" NEAR(thing) with AND OR NOT words');
    expect(() => notes.search('NEAR( "unbalanced')).not.toThrow();
    expect(notes.search('"quoted" AND').length).toBe(1);
    expect(notes.search('*** ---')).toEqual([]);
  });

  it('finds a query with no word in it (an emoji, "C#") by its text as typed', () => {
    const notes = createNotesStore(testCartridge());
    notes.add('🍕 friday pizza night');
    notes.add('learn C# and F#');
    notes.add('plain words');
    expect(notes.search('🍕').map((hit) => hit.text)).toEqual(['🍕 friday pizza night']);
    expect(notes.search('🍕')[0]?.snippet).toBe('«🍕» friday pizza night');
    expect(notes.search(' 🍕 ').length).toBe(1);
    expect(notes.search('🌮')).toEqual([]);
    expect(notes.search('   ')).toEqual([]);
  });

  it('keeps the index in step when a note is deleted or edited', () => {
    const cartridge = testCartridge();
    const note = createNotesStore(cartridge).add('remember the zeppelin tickets');
    expect(indexed(cartridge, 'zeppelin')).toBe(1);
    expect(createNotesStore(cartridge).delete(note.id)?.text).toBe('remember the zeppelin tickets');
    expect(createNotesStore(cartridge).search('zeppelin')).toEqual([]);
    expect(indexed(cartridge, 'zeppelin')).toBe(0);
    expect(createNotesStore(cartridge).delete(note.id)).toBeUndefined();

    const other = createNotesStore(cartridge).add('old words here');
    cartridge.prepare('UPDATE notes SET text = ? WHERE id = ?').run('new words here', other.id);
    expect(createNotesStore(cartridge).search('old')).toEqual([]);
    expect(createNotesStore(cartridge).search('new')[0]?.id).toBe(other.id);
    const check = cartridge.prepare("INSERT INTO notes_fts(notes_fts, rank) VALUES ('integrity-check', 1)");
    expect(() => check.run()).not.toThrow();
  });
});

/**
 * Issue 7, stranger 8: fazt says "say delete note 3", so a note number is never given twice —
 * not after the newest note is deleted, and not for cartridges whose notes were deleted before
 * the notes migration existed (the `note.added` events remember the numbers given).
 */
describe('note numbers are never reused', () => {
  it('deleting notes 1, 3 and 4 leaves #2, and the next note is #5', () => {
    const notes = createNotesStore(testCartridge());
    for (const text of ['one', 'two', 'three', 'four']) notes.add(text);
    for (const id of [1, 3, 4]) notes.delete(id);
    expect(notes.add('five').id).toBe(5);
    expect(notes.search('two').map(({ id }) => id)).toEqual([2]);
    expect(notes.search('five').map(({ id }) => id)).toEqual([5]);
  });

  it('an older cartridge keeps its ids and starts past numbers its events say were given', () => {
    const cartridge = testCartridge();
    const insert = cartridge.prepare(
      'INSERT INTO notes (id, text, created_at, updated_at) VALUES (?, ?, 1, 1)',
    );
    insert.run(2, 'kept two');
    insert.run(7, 'kept seven');
    cartridge
      .prepare("INSERT INTO events (type, source, data, ts) VALUES ('note.added', 'test', ?, 1)")
      .run(JSON.stringify({ id: 9 }));
    cartridge.prepare('DELETE FROM notes WHERE id = 7').run();
    const notes = createNotesStore(cartridge);
    expect(notes.add('new').id).toBe(10);
    expect(notes.get(2)?.text).toBe('kept two');
    expect(notes.search('kept').map(({ id }) => id)).toEqual([2]);
    // Run again (a second process, an older version's row): nothing changes.
    notesMigrations[0]!.up(cartridge.db);
    expect(notes.add('newer').id).toBe(11);
    expect(notes.list().map(({ id }) => id)).toEqual([11, 10, 2]);
  });
});
