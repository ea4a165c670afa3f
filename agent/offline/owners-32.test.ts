import { describe, expect, it } from 'vitest';
import { offlineWorld } from '../../test/helpers/offline.js';

/**
 * Stranger s48 (issue 7: no two facts merged): "Beatriz's phone number is 912 000 111 and mine is
 * 913 222 333" is two facts, Beatriz's and mine, never one fact whose value runs on into the
 * second owner's. "his"/"hers" (whose is not said) and "mine" after a fact already mine are asked
 * about, and nothing is kept.
 */
describe('"… and mine is …" after another owner’s fact is a fact of mine', () => {
  it.each([
    [
      "Beatriz's phone number is 912 000 111 and mine is 913 222 333",
      [
        ["Beatriz's phone number", '912 000 111'],
        ['phone number', '913 222 333'],
      ],
    ],
    [
      "remember Inês's phone number is 912 000 111, mine is 913 222 333",
      [
        ["Inês's phone number", '912 000 111'],
        ['phone number', '913 222 333'],
      ],
    ],
    [
      "Ana's birthday is 3 May and mine is 9 June",
      [
        ["Ana's birthday", '3 May'],
        ['birthday', '9 June'],
      ],
    ],
    [
      "João's email is j@x.pt and mine's a@b.pt",
      [
        ["João's email", 'j@x.pt'],
        ['email', 'a@b.pt'],
      ],
    ],
    [
      "my husband's shoe size is 44 and mine is 38",
      [
        ["husband's shoe size", '44'],
        ['shoe size', '38'],
      ],
    ],
    [
      "my son Leo's shoe size is 30 and mine is 38",
      [
        ["son Leo's shoe size", '30'],
        ['shoe size', '38'],
      ],
    ],
  ])('"%s"', async (sentence, expected) => {
    const { ask, facts } = offlineWorld();
    await ask(sentence);
    expect(facts()).toEqual(expect.arrayContaining(expected));
    expect(facts()).toHaveLength(expected.length);
  });

  it.each([
    ["Ana's birthday is 3 May and his is 9 June"],
    ["Beatriz's phone number is 912 000 111 and hers is 913 222 333"],
    ['my shoe size is 38 and mine is 44'],
  ])('"%s" is asked about: nothing merged, nothing kept', async (sentence) => {
    const { ask, facts } = offlineWorld();
    const { names } = await ask(sentence);
    expect(names).not.toContain('memory_remember');
    expect(facts()).toEqual([]);
  });

  it.each([
    [
      'my email is a@b.pt and João’s is j@x.pt',
      [
        ['email', 'a@b.pt'],
        ["João's email", 'j@x.pt'],
      ],
    ],
    [
      "my shoe size is 38 and my husband's is 44",
      [
        ['shoe size', '38'],
        ["husband's shoe size", '44'],
      ],
    ],
  ])('guard: "%s" stays two facts', async (sentence, expected) => {
    const { ask, facts } = offlineWorld();
    await ask(sentence);
    expect(facts()).toEqual(expect.arrayContaining(expected));
  });
});
