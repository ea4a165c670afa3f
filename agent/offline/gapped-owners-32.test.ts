import { describe, expect, it } from 'vitest';
import { offlineWorld } from '../../test/helpers/offline.js';

/**
 * S48 (issue 7: no fact given a broken name): "my brother's birthday is 3 May and his wife's is 9
 * June" kept a fact named "brother's wife's". "his wife's" is whose the second fact is, and the
 * fact's name is left out: "brother's wife's birthday". Where the first fact names a person
 * ("my landlord is Mr Lee"), there is no name to take, and it asks.
 */
describe("a second owner's fact with its name left out", () => {
  const cases: [said: string, facts: [string, string][]][] = [
    [
      "my brother's birthday is 3 May and his wife's is 9 June",
      [
        ["brother's wife's birthday", '9 June'],
        ["brother's birthday", '3 May'],
      ],
    ],
    [
      "Beatriz's phone number is 912 000 111 and her husband's is 913 222 333",
      [
        ["Beatriz's husband's phone number", '913 222 333'],
        ["Beatriz's phone number", '912 000 111'],
      ],
    ],
    [
      "my mum's email is a@b.pt and her partner's is c@d.pt",
      [
        ["mum's partner's email", 'c@d.pt'],
        ["mum's email", 'a@b.pt'],
      ],
    ],
  ];
  for (const [said, expected] of cases)
    it(said, async () => {
      const { ask, facts } = offlineWorld();
      await ask(said);
      expect(facts()).toEqual(expected);
    });

  it('after a fact naming a person, "his wife\'s is Ann" asks and keeps nothing', async () => {
    const { ask, facts } = offlineWorld();
    const { answer } = await ask("my landlord is Mr Lee and his wife's is Ann");
    expect(answer).toMatch(/^I read more than one thing/);
    expect(facts()).toEqual([]);
  });

  it('with nobody named before, "his wife\'s" is still asked about', async () => {
    const { ask, facts } = offlineWorld();
    await ask("my birthday is 9 June and his wife's is 3 May");
    expect(facts()).toEqual([]);
  });
});
