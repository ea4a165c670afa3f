import { describe, expect, it } from 'vitest';
import { seededWorld } from '../../test/helpers/offline.js';
import { cleanContent } from '../../tools/offline.js';
import { changedValue } from './changes.js';
import { sentences } from './clauses.js';
import { invertedFact } from './joints.js';

const setup = seededWorld;

describe('a value said with the one it replaces (issue 7, m12)', () => {
  it.each([
    ['my old PIN was 1234 and my new one is 9999', { key: 'PIN', was: '1234', now: '9999' }],
    ['my old PIN was 1234, my new PIN is 9999', { key: 'PIN', was: '1234', now: '9999' }],
    [
      'remember my old wifi password was abc and my new one is def.',
      { key: 'wifi password', was: 'abc', now: 'def' },
    ],
    ['my PIN changed from 1234 to 9999', { key: 'PIN', was: '1234', now: '9999' }],
    ['my door code changed from 12 34 to 56 78', { key: 'door code', was: '12 34', now: '56 78' }],
    ['my PIN is now 9999 (it was 1234)', { key: 'PIN', was: '1234', now: '9999' }],
  ])('%s is read as a change', (text, change) => {
    expect(changedValue(text)).toEqual(change);
  });

  it.each([
    'my old PIN was 1 and my new bike is 2',
    'my PIN is 1234',
    'my favourite film is Back to the Future',
  ])('%s is no change', (text) => {
    expect(changedValue(text)).toBeUndefined();
  });

  it.each([
    'my old PIN was 1234 and my new one is 9999',
    'my PIN changed from 1234 to 9999',
    'my PIN is now 9999 (it was 1234)',
  ])('%s updates the stored PIN, and recall says the new one', async (request) => {
    const { ask, facts } = await setup([['PIN', '1234']]);
    const { status, answer } = await ask(request);
    expect(status).toBe('done');
    expect(facts()).toEqual({ PIN: '9999' });
    expect(answer).toContain('1234');
    expect((await ask('what is my PIN?')).answer).toContain('9999');
  });
});

describe('a value said before its key after "and" is a fact of its own (issue 7, m12)', () => {
  it('reads "5678 is my PUK" as "my PUK is 5678"', () => {
    expect(invertedFact('5678 is my PUK')).toBe('my PUK is 5678');
    expect(invertedFact('hunter2 is my wifi password')).toBe('my wifi password is hunter2');
    expect(invertedFact('🎉 is my emoji')).toBe('my emoji is 🎉');
  });

  it.each(['this is my wife', 'that is my final answer', 'it is my birthday', 'pizza is my favourite'])(
    '%s is no inverted fact',
    (text) => {
      expect(invertedFact(text)).toBeUndefined();
    },
  );

  it('"my PIN is 1234 and 5678 is my PUK" keeps both, neither holding the other', async () => {
    const { ask, facts } = await setup();
    const { status } = await ask('my PIN is 1234 and 5678 is my PUK');
    expect(status).toBe('done');
    expect(facts()).toEqual({ PIN: '1234', PUK: '5678' });
  });
});

describe('a "." inside a value never ends the sentence (issue 7, m12)', () => {
  it.each([
    'my boss is Mr. J. R. Ewing',
    'remember my домашний адрес is Москва, ул. Ленина 1',
    'my address is 12 High St. London',
  ])('%s is one sentence', (text) => {
    expect(sentences(text)).toEqual([text]);
  });

  it('a lone capital before a sentence that opens with a verb still ends it', () => {
    expect(sentences('my grade is A. Remember my bike is 3.')).toEqual([
      'my grade is A.',
      'Remember my bike is 3.',
    ]);
  });

  it('an initial keeps its "."; a version number ends its "." as a sentence does', () => {
    expect(cleanContent('Dana K.')).toBe('Dana K.');
    expect(cleanContent('Mr. J. R. Ewing.')).toBe('Mr. J. R. Ewing');
    expect(cleanContent('v2.3.1.')).toBe('v2.3.1');
  });

  it.each<[string, Record<string, string>]>([
    ['my boss is Mr. J. R. Ewing', { boss: 'Mr. J. R. Ewing' }],
    ['remember my домашний адрес is Москва, ул. Ленина 1', { 'домашний адрес': 'Москва, ул. Ленина 1' }],
    ['my name is Dana K.', { name: 'Dana K.' }],
    ['my version is v2.3.1. ok', { version: 'v2.3.1' }],
  ])('%s keeps the whole value', async (request, expected) => {
    const { ask, facts } = await setup();
    const { status } = await ask(request);
    expect(status).toBe('done');
    expect(facts()).toEqual(expected);
  });
});

describe('a doubt said after "and" is asked about with the value alone (issue 7, m12)', () => {
  it('"my PIN is 1234 and I\'m not sure" asks "Is your PIN 1234?" and keeps nothing', async () => {
    const { ask, facts } = await setup();
    const { status, answer } = await ask("my PIN is 1234 and I'm not sure");
    expect(status).not.toBe('done');
    expect(facts()).toEqual({});
    expect(answer).toContain('Is your PIN 1234?');
    expect(answer).not.toContain('1234 and');
  });
});
