import { describe, expect, it } from 'vitest';
import { offlineWorld } from '../../test/helpers/offline.js';
import { inEnglish } from './languages.js';

/** Stranger S31 (LOW, other languages): a plain fact or question in Spanish, German, French, Italian, Portuguese. */
describe('a plain fact or question in another language is read (S31)', () => {
  it.each([
    ['mi color favorito es azul', 'my color favorito is azul'],
    ['meine Telefonnummer ist 0171 2345678', 'my Telefonnummer is 0171 2345678'],
    ['wie ist meine telefonnummer', 'what is my telefonnummer'],
    ['wie ist meine Telefonnummer?', 'what is my Telefonnummer'],
    ['cuál es mi color favorito?', 'what is my color favorito'],
    ['mon code wifi est abc123', 'my code wifi is abc123'],
    ['il mio colore preferito è verde', 'my colore preferito is verde'],
    ['a minha cor favorita é azul', 'my cor favorita is azul'],
  ])('"%s" reads as "%s"', (said, english) => {
    expect(inEnglish(said)).toBe(english);
  });

  it.each([
    'my locker is 12',
    'whats my pin',
    'es ist kalt',
    'ma is 70 today?',
    'was ist das',
    'meine Mutter ist krank',
    'mi casa es su casa',
  ])('"%s" stays as said', (said) => {
    expect(inEnglish(said)).toBe(said);
  });

  it('"meine Telefonnummer ist 0171 2345678", then "wie ist meine telefonnummer"', async () => {
    const { ask, facts } = offlineWorld();
    await ask('meine Telefonnummer ist 0171 2345678');
    expect(facts()).toEqual([['Telefonnummer', '0171 2345678']]);
    expect((await ask('wie ist meine telefonnummer')).answer).toBe('Your Telefonnummer is 0171 2345678.');
  });

  it('"mi color favorito es azul" is kept and found', async () => {
    const { ask, facts } = offlineWorld();
    await ask('mi color favorito es azul');
    expect(facts()).toEqual([['color favorito', 'azul']]);
    expect((await ask('cual es mi color favorito')).answer).toBe('Your color favorito is azul.');
  });
});
