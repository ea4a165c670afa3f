import { describe, expect, it } from 'vitest';
import { offlineWorld } from '../../test/helpers/offline.js';

/**
 * S44: "is Kasia allergic to penicillin?" with "Kasia is allergic to strawberries" kept is a
 * yes/no question: "No — Kasia is allergic to strawberries, not penicillin.", never only the fact.
 */
describe('a yes/no question about an allergy', () => {
  it.each([
    ['is Kasia allergic to penicillin?', /^No — Kasia is allergic to strawberries, not penicillin\.$/],
    ['Is kasia allergic to penicillin', /^No — Kasia is allergic to strawberries, not penicillin\.$/],
    ['is Kasia allergic to strawberries?', /^Yes — Kasia is allergic to strawberries\.$/],
    ['is Kasia allergic to strawbery?', /^Kasia is allergic to strawberries\.$/],
    [
      'does Kasia have a nut allergy?',
      /^No — Kasia is allergic to strawberries; no nut allergy is remembered\.$/,
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
