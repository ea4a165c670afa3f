import { describe, expect, it } from 'vitest';
import { offlineWorld } from '../../test/helpers/offline.js';

/**
 * S44: "what's the wifi network called?" with "name: Tomasz" and "wife name: Orla" kept said them
 * as near facts. A near fact shares a word of substance with what was asked, never only "name"
 * or a word one letter away ("wife" for "wifi").
 */
describe('near facts share a word of substance with the question', () => {
  it.each([
    ['what is my wifi network name?', ['name', 'Tomasz'], ['wife name', 'Orla']],
    ['what is my car number?', ['phone number', '07700 900123'], ['card number', '4000']],
  ])('%s', async (question, ...kept) => {
    const { ask } = offlineWorld();
    for (const [key, value] of kept) await ask(`remember my ${key} is ${value}`);
    const answer = (await ask(question)).answer;
    expect(answer).not.toMatch(/Near facts|Orla|Tomasz|07700/);
  });

  it.each([
    ['what is my bike lock pin?', 'bike lock code', '3390', /bike lock code/],
    ['what is my name?', 'middle name', 'Anne', /middle name/],
    ["what is my mum's name?", "mother's maiden name", 'Nowak', /maiden name/],
  ])('%s still names "%s" as near', async (question, key, value, near) => {
    const { ask } = offlineWorld();
    await ask(`remember my ${key} is ${value}`);
    expect((await ask(question)).answer).toMatch(near);
  });
});
