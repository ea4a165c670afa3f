import { describe, expect, it } from 'vitest';
import { offlineWorld } from '../../test/helpers/offline.js';
import { maskedNote } from './secret.js';

/**
 * S46: a note that holds a secret (password, PIN, door/alarm/safe code) is said to, and note
 * listings and searches mask its value as memory listings do; asked for by number or by its
 * secret's name, it is shown in full.
 */
describe('a note holding a secret', () => {
  it.each([
    ['the alarm password is Kırmızı77', 'the alarm password is ••••'],
    ['door code 4729', 'door code ••••'],
    ['the safe combination is 12-34-56', 'the safe combination is ••••'],
    ['wifi password is sunshine', 'wifi password is ••••'],
    ['buy milk', 'buy milk'],
    ['call the password reset line', 'call the password reset line'],
    // Where a secret is kept is no secret (ask-consent-order's "bank PIN is on the fridge").
    ['bank PIN is on the fridge', 'bank PIN is on the fridge'],
    ['door code is in my email', 'door code is in my email'],
    ['the safe combination is behind the painting', 'the safe combination is behind the painting'],
    ['the spare key is kept under the mat', 'the spare key is kept under the mat'],
    ['bank PIN is 4821', 'bank PIN is ••••'],
  ])('%s is listed as %s', (text, shown) => {
    expect(maskedNote(text)).toBe(shown);
  });

  it('is said to hold a secret, masked in listings and searches, shown when asked for', async () => {
    const { ask } = offlineWorld();
    expect((await ask('note: the alarm password is Kırmızı77')).answer).toMatch(
      /^Noted \(#1\)\. It holds a secret, so note listings hide it/,
    );
    expect((await ask('note buy milk')).answer).toBe('Noted (#2).');
    const listed = (await ask('list my notes')).answer;
    expect(listed).toContain('#1 the alarm password is ••••');
    expect(listed).toContain('#2 buy milk');
    expect(listed).not.toContain('Kırmızı77');
    expect((await ask('search my notes for alarm')).answer).not.toContain('Kırmızı77');
    expect((await ask('show note 1')).answer).toContain('Kırmızı77');
  });
});
