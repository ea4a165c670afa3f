import { describe, expect, it } from 'vitest';
import { memoryValueCheck } from '../../tools/memory/offline.js';
import { dropValueWordCloser } from './asides.js';
import { spillsOver, withoutTrailingAside } from './clauses.js';
import { selfCorrection } from './corrections.js';
import { rewriteRequest } from './rewrite.js';

/** Issue 7, round 8: a value's own edge words and inner colons are kept as typed. */
describe("a value's last word that is also a courtesy or a term of address", () => {
  it.each([
    'remember that my motto is peace and love',
    'my motto is live, laugh, love',
    'remember my sign-off is lots of love',
    'my nickname for her is my love',
    'my greeting is hi, cheers',
    'my wifi name is No Signal, Sorry',
    'my pet name for him is honey',
    'my toast is good health, cheers',
    'my motto is peace and thanks',
    'my catchphrase is say please',
  ])('keeps "%s" whole', (request) => {
    expect(rewriteRequest(request)).toBe(request);
  });

  it.each([
    ['my code is 1234, thanks', 'my code is 1234'],
    ['my locker is 12, cheers', 'my locker is 12'],
    ['remember my pin is 4321, love', 'remember my pin is 4321'],
    ['what is my pin, love?', 'what is my pin'],
    ['show my notes, mate', 'show my notes'],
  ])('drops the courtesy in "%s"', (request, plain) => {
    expect(rewriteRequest(request).replace(/[?]$/, '')).toBe(plain);
  });

  it('drops a closing word only after a code, in a question or with no value said', () => {
    expect(dropValueWordCloser('my band is Sorry, Sorry')).toBe('my band is Sorry, Sorry');
    expect(dropValueWordCloser('my door code is 9920, sorry')).toBe('my door code is 9920');
    expect(dropValueWordCloser('where are my keys, love?')).toBe('where are my keys');
  });

  it('reads "No Signal, Sorry" as one value, never a value and an aside', () => {
    expect(spillsOver('No Signal, Sorry')).toBe(false);
    expect(withoutTrailingAside('my wifi name is No Signal, Sorry')).toBeUndefined();
    expect(withoutTrailingAside('remove the wifi password, i do not need it more')).toBe(
      'remove the wifi password',
    );
  });
});

describe('"now" as a value word, not an update marker', () => {
  it.each([
    ['Now and Then', 'Now and Then'],
    ['Now or Never', 'Now or Never'],
    ['Now, Now', 'Now, Now'],
    ['now and then', 'now and then'],
    ['Here and Now', 'Here and Now'],
    ['now 204', '204'],
    ['1234 now', '1234'],
    ['tired right now', 'tired'],
  ])('"%s" keeps %s', (said, kept) => {
    expect(memoryValueCheck(said)).toEqual({ value: kept });
  });
});

describe('a colon inside a value stays a colon', () => {
  it.each([
    ['my motto is: carpe diem: seize it', 'my motto is carpe diem: seize it'],
    ['my schedule is Mon: gym, Tue: swim', 'my schedule is Mon: gym, Tue: swim'],
    ['remember my motto is carpe diem: seize it', 'remember my motto is carpe diem: seize it'],
    ['gym locker: 118', 'my gym locker is 118'],
    ['remember wifi password: a:b:c', 'remember wifi password is a:b:c'],
  ])('"%s" reads "%s"', (request, plain) => {
    expect(rewriteRequest(request)).toBe(plain);
  });
});

describe('"X is called Y" keeps the name of X', () => {
  it.each([
    ['My nephew is called Omar', 'My nephew name is Omar'],
    ["my dog's named Rex", 'my dog name is Rex'],
    ['remember that my band is called Now or Never', 'remember that my band name is Now or Never'],
    ['what is my nephew called?', 'what is my nephew name?'],
    ["what's my dog named", 'what is my dog name'],
  ])('"%s" reads "%s"', (request, plain) => {
    expect(rewriteRequest(request)).toBe(plain);
  });
});

describe('a correction to a value said with an article', () => {
  it.each([
    ['my hotel is the Ritz, or rather the Savoy'],
    ['my hotel is the Ritz, well, actually, the Savoy'],
    ['my hotel is the Ritz - sorry, the Savoy'],
  ])('"%s" keeps the last value', (request) => {
    const found = selfCorrection(request);
    expect(found?.kind).toBe('corrected');
    expect(found?.kind === 'corrected' && found.to).toBe('the Savoy');
  });

  it('never reads a new value that opens differently as a correction', () => {
    expect(selfCorrection('my hotel is Ritz, actually the Savoy one')).toBeUndefined();
    expect(selfCorrection('my motto is no pain, no gain')).toBeUndefined();
  });
});
