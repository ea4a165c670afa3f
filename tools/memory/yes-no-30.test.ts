import { describe, expect, it } from 'vitest';
import { offlineWorld } from '../../test/helpers/offline.js';

/**
 * S44: "is Kasia allergic to penicillin?" with "Kasia is allergic to strawberries" kept is a
 * yes/no question: "No — Kasia is allergic to strawberries, not penicillin.", never only the fact.
 */
describe('a yes/no question about an allergy', () => {
  it.each([
    // S46 (round 31): one allergy kept never rules another out, so no "No" is said.
    [
      'is Kasia allergic to penicillin?',
      /^I only know Kasia is allergic to strawberries; nothing I have says whether Kasia is allergic to penicillin\.$/,
    ],
    [
      'Is kasia allergic to penicillin',
      /^I only know Kasia is allergic to strawberries; nothing I have says whether Kasia is allergic to penicillin\.$/,
    ],
    ['is Kasia allergic to strawberries?', /^Yes — Kasia is allergic to strawberries\.$/],
    ['is Kasia allergic to strawbery?', /^Kasia is allergic to strawberries\.$/],
    [
      'does Kasia have a nut allergy?',
      /^I only know Kasia is allergic to strawberries; nothing I have says whether Kasia has a nut allergy\.$/,
    ],
    ['what is Kasia allergic to?', /^Kasia is allergic to strawberries\.$/],
  ])('%s', async (question, answer) => {
    const { ask } = offlineWorld();
    await ask('Kasia is allergic to strawberries');
    expect((await ask(question)).answer).toMatch(answer);
  });

  it('says yes for one of several things kept, for a person of the family by relation', async () => {
    const { ask } = offlineWorld();
    await ask('my son is allergic to peanuts and eggs');
    expect((await ask('is my son allergic to eggs?')).answer).toMatch(/^Yes — /);
  });
});
