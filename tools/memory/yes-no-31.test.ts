import { describe, expect, it } from 'vitest';
import { offlineWorld } from '../../test/helpers/offline.js';

/**
 * S46: one value kept of an open-ended fact (allergies, pets, languages…) never rules out
 * another: "is Elif allergic to peanuts?" with "Elif is allergic to cats" says what is known and
 * that nothing says whether peanuts, never "No". A single-valued fact still answers "No".
 */
describe('a yes/no question about an open-ended fact', () => {
  it.each([
    [
      'my daughter Elif is allergic to cats',
      'is Elif allergic to peanuts?',
      /^I only know your daughter Elif is allergic to cats; nothing I have says whether Elif is allergic to peanuts\.$/,
    ],
    [
      'my daughter Elif is allergic to cats',
      'is my daughter allergic to peanuts?',
      /^I only know .*cats; nothing I have says whether your daughter is allergic to peanuts\.$/,
    ],
    [
      'Kasia is allergic to strawberries',
      'does Kasia have a nut allergy?',
      /^I only know Kasia is allergic to strawberries; nothing I have says whether Kasia has a nut allergy\.$/,
    ],
    [
      'remember my pet is a tortoise',
      'is my pet a dog?',
      /^I only know your pet is a tortoise; nothing I have says whether a dog is one too\.$/,
    ],
    [
      'remember my language is Turkish',
      'is my language German?',
      /^I only know your language is Turkish; nothing I have says whether German is one too\.$/,
    ],
  ])('%s / %s', async (said, question, answer) => {
    const { ask } = offlineWorld();
    await ask(said);
    const { answer: got } = await ask(question);
    expect(got).toMatch(answer);
    expect(got).not.toMatch(/^No\b/);
  });

  it('says yes for the thing kept and No for a single-valued fact, beside it', async () => {
    const { ask } = offlineWorld();
    await ask('my daughter Elif is allergic to cats');
    await ask('remember my locker is 41');
    expect((await ask('is Elif allergic to cats?')).answer).not.toMatch(/^No\b|only know/);
    expect((await ask('is my locker 214?')).answer).toBe('No: your locker is 41.');
    expect((await ask('is Elif allergic to peanuts?')).answer).toMatch(/^I only know /);
  });
});
