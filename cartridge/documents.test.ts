import { describe, expect, it } from 'vitest';
import { testCartridge } from '../test/helpers/runtime.js';
import { UsageError } from './errors.js';

describe('document store', () => {
  it('puts, gets and replaces JSON documents, keeping createdAt', () => {
    const { documents } = testCartridge();
    const made = documents.put('books', { title: 'Dune', year: 1965 }, 'dune');
    expect(made).toMatchObject({ collection: 'books', id: 'dune', data: { title: 'Dune', year: 1965 } });
    const again = documents.put('books', { title: 'Dune', year: 1966 }, 'dune');
    expect(again.data).toEqual({ title: 'Dune', year: 1966 });
    expect(again.createdAt).toBe(made.createdAt);
    expect(documents.get('books', 'dune')?.data).toEqual({ title: 'Dune', year: 1966 });
    expect(documents.get('films', 'dune')).toBeUndefined();
    const generated = documents.put('books', { title: 'Emma' });
    expect(generated.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('queries by equality on nested paths, booleans and null, sorted and paged', () => {
    const { documents } = testCartridge();
    documents.put('books', {
      title: 'Emma',
      author: { name: 'Austen' },
      year: 1815,
      read: true,
      tags: ['a'],
    });
    documents.put('books', { title: 'Persuasion', author: { name: 'Austen' }, year: 1817, read: false });
    documents.put('books', {
      title: 'Dune',
      author: { name: 'Herbert' },
      year: 1965,
      read: true,
      series: null,
    });
    documents.put('films', { title: 'Emma', author: { name: 'Austen' } });

    const austen = documents.query('books', { where: { 'author.name': 'Austen' }, orderBy: '-year' });
    expect(austen.map((doc) => (doc.data as { title: string }).title)).toEqual(['Persuasion', 'Emma']);
    expect(documents.query('books', { where: { read: true } })).toHaveLength(2);
    expect(documents.query('books', { where: { read: false } })).toHaveLength(1);
    expect(documents.query('books', { where: { series: null } })).toHaveLength(1);
    expect(documents.query('books', { where: { 'tags[0]': 'a' } })).toHaveLength(1);
    expect(documents.query('books', { where: { year: 1965 } })).toHaveLength(1);
    const paged = documents.query('books', { orderBy: 'year', limit: 1, offset: 1 });
    expect(paged.map((doc) => (doc.data as { year: number }).year)).toEqual([1817]);
  });

  it('refuses field paths that are not plain names, so a path can never carry SQL', () => {
    const { documents } = testCartridge();
    documents.put('books', { title: 'Emma' });
    expect(() => documents.query('books', { where: { "title') OR 1=1 --": 'x' } })).toThrow(UsageError);
    expect(() => documents.query('books', { orderBy: 'year; DROP TABLE documents' })).toThrow(
      /is not a field path/,
    );
    expect(documents.count()).toBe(1);
  });

  it('deletes and counts per collection', () => {
    const { documents } = testCartridge();
    documents.put('a', { n: 1 }, 'one');
    documents.put('a', { n: 2 }, 'two');
    documents.put('b', { n: 3 }, 'three');
    expect(documents.collections()).toEqual([
      { collection: 'a', count: 2 },
      { collection: 'b', count: 1 },
    ]);
    expect(documents.delete('a', 'one')).toBe(true);
    expect(documents.delete('a', 'one')).toBe(false);
    expect(documents.count()).toBe(2);
  });
});
