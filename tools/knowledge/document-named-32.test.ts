import { describe, expect, it } from 'vitest';
import { documentNamed } from './document-named.js';

/** Round k32: more ways of asking for a whole document by its file name. */
describe('documentNamed: everything about a named file', () => {
  const paths = ['/d/notes.txt', '/d/lease.md', '/d/energy-bills.txt', '/d/car.md'];
  it.each([
    ['tell me everything about notes.txt', '/d/notes.txt'],
    ['tell me all about notes.txt', '/d/notes.txt'],
    ['what do you know about lease.md?', '/d/lease.md'],
    ['give me a summary of energy-bills.txt', '/d/energy-bills.txt'],
    ['list everything in notes.txt', '/d/notes.txt'],
    ["what's written in notes.txt?", '/d/notes.txt'],
    ['everything in lease.md', '/d/lease.md'],
    ['sum up lease.md', '/d/lease.md'],
    ['can you tell me everything about notes.txt?', '/d/notes.txt'],
  ])('%s', (question, path) => {
    expect(documentNamed(question, paths)).toEqual({ path });
  });

  it('a thing named without a document word is no document', () => {
    expect(documentNamed('tell me everything about my car', paths)).toBeUndefined();
    expect(documentNamed('what do you know about the lease?', paths)).toBeUndefined();
    expect(documentNamed('tell me everything about my documents', paths)).toBeUndefined();
  });
});
