import { describe, expect, it } from 'vitest';
import type { Cartridge } from '../../cartridge/open.js';
import { testCartridge } from '../../test/helpers/runtime.js';
import { createNotesStore } from './store.js';

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
