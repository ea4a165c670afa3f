import { describe, expect, it } from 'vitest';
import { ownersDiffer, subjectWithoutMarks } from './text-similarity.js';

/**
 * m21 (S33 M3): a name's possessive typed without its apostrophe ("alexs birthday") names its
 * owner as "alex's birthday" does, so every lookup (recall, forget, "about") reads it alike.
 */
describe('an owner typed without its apostrophe', () => {
  it('drops the relation before the same name, as with the apostrophe', () => {
    expect(subjectWithoutMarks('partner alexs birthday', "alex's birthday")).toBe('alexs birthday');
    expect(subjectWithoutMarks('partner alexs birthday', 'alexs birthday')).toBe('alexs birthday');
    expect(subjectWithoutMarks('sister sarahs pin', 'sarahs pin')).toBe('sarahs pin');
  });

  it('is an owner a fact without it lacks', () => {
    expect(ownersDiffer('jakes pin', 'pin')).toBe(true);
    expect(ownersDiffer("jake's pin", 'pin')).toBe(true);
    expect(ownersDiffer('jakes pin', 'jakes pin')).toBe(false);
    expect(ownersDiffer('toms birthday', 'alexs birthday')).toBe(true);
  });

  it('is never a thing or a plain plural', () => {
    expect(ownersDiffer('cars plate', 'plate')).toBe(false);
    expect(ownersDiffer('glass door code', 'door code')).toBe(false);
  });
});
