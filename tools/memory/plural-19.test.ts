import { describe, expect, it } from 'vitest';
import { offlineWorld } from '../../test/helpers/offline.js';
import { factOpening, pluralName } from './offline.js';

/**
 * m19 (S28 LOW): "is" or "are" from the name's head noun, "are" only for a clear plural. A
 * possessive typo ("wifes") or a place phrase ("wifi at moms") is not a plural.
 */
describe('is or are after a fact name', () => {
  it('takes "are" only for a clear plural head noun', () => {
    for (const plural of [
      'keys',
      "kids' names",
      'kids names',
      'names of the kids',
      'keys to the shed',
      'glasses',
      'children',
      'car keys at home',
    ])
      expect(pluralName(plural), plural).toBe(true);
    for (const single of [
      'wifes',
      'wifi at moms',
      'wifi at my moms',
      'code for the gates',
      'key at grandmas',
      'moms wifi',
      'husbands',
      'status',
      'alias',
      'address',
      'PIN',
      'wifi in the kids rooms',
    ])
      expect(pluralName(single), single).toBe(false);
    expect(factOpening('wifes')).toBe('Your wifes is');
    expect(factOpening('wifi at moms')).toBe('Your wifi at moms is');
    expect(factOpening("kids' names")).toBe("Your kids' names are");
  });

  it('says it in the answers to remember and recall', async () => {
    const { ask } = offlineWorld();
    expect((await ask('remember my wifi at moms is sunflower')).answer).toBe(
      'Remembered: your wifi at moms is sunflower.',
    );
    expect((await ask('what is my wifi at moms?')).answer).toBe('Your wifi at moms is sunflower.');
    expect((await ask('remember my keys are in the drawer')).answer).toBe(
      'Remembered: your keys are in the drawer.',
    );
  });
});
