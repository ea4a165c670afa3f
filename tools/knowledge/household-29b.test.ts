import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { learnPapers as learn } from '../../test/helpers/knowledge.js';

/**
 * S44 (one household's papers, testdata/s44): a real word is never read as another ("food" is
 * no "flood"), a bill is answered only by a line naming what is paid ("the water bill" is no
 * "escape of water" excess), and answers worded otherwise than the papers are found: house/home,
 * "renew", "what's X called?", "what's our X payment?", "collected" of bin day, "drop" of
 * accidental damage, a word inside a merchant's name ("Vets4Pets"), an age in brackets after a
 * name in a list of people.
 */

const DIR = join(import.meta.dirname, 'testdata', 's44');
const PAPERS = Object.fromEntries(
  readdirSync(DIR).map((name) => [name, readFileSync(join(DIR, name), 'utf8')]),
);

describe('a real word is asked as it is; a non-word is still read as meant', () => {
  it('"is food covered?" is not read as "flood"', async () => {
    const { ask } = await learn(PAPERS);
    const a = await ask('is food covered?');
    expect(a.text).not.toContain('I read');
    expect(a.text).not.toContain('Flood damage');
  });

  it.each([
    ['is flodo covered?', 'Flood damage if the property is left unoccupied'],
    ['what is the exces?', 'Excess: £250 per claim'],
  ])('%s is read as meant', async (question, quote) => {
    const { ask } = await learn(PAPERS);
    const a = await ask(question);
    expect(a.known, a.text).toBe(true);
    expect(a.text).toContain('I read');
    expect(a.text).toContain(quote);
  });
});

describe('a bill asked is answered only by a line naming what is paid', () => {
  it.each(['how much is the water bill?', "what's the water bill?", "what's the council tax payment?"])(
    '%s: I don’t know',
    async (question) => {
      const { ask } = await learn(PAPERS);
      const a = await ask(question);
      expect(a.known, a.text).toBe(false);
      expect(a.text).not.toContain('escape of water');
    },
  );

  it.each([
    ["what's our mortgage payment?", 'Mortgage Nationwide'],
    ['what was the netflix subscription?', 'Netflix'],
    ['how much was the home insurance payment?', '£40.52'],
    // k30 (S44 12): electricity is said by its energy supplier's row ("Octopus Energy").
    ['how much is the electricity bill?', 'Octopus Energy'],
  ])('%s', async (question, quote) => {
    const { ask } = await learn(PAPERS);
    const a = await ask(question);
    expect(a.known, a.text).toBe(true);
    expect(a.text).toContain(quote);
  });
});

describe('answers worded otherwise than the papers', () => {
  it.each([
    ['when does the car insurance renew?', 'renews 8 April 2027'],
    ['when is the car insurance renewal?', 'renews 8 April 2027'],
    ["what's the excess on the house insurance?", 'Excess: £250 per claim'],
    ["what's the wifi network called?", 'Wifi network: WRENNEST-5G'],
    ['what day are the bins collected?', 'Bin day: Wednesday'],
    ['when are the bins emptied?', 'Bin day: Wednesday'],
    ['if i drop my laptop is that covered?', 'Accidental damage to TVs and laptops'],
    ['what did the vet cost?', 'Vets4Pets Ashby'],
    ['how much did we pay the vets?', '-58.00'],
    ['how old is Kasia?', 'Kasia Wrenfield (age 9)'],
    ['what age is Kasia?', 'Kasia Wrenfield (age 9)'],
  ])('%s', async (question, quote) => {
    const { ask } = await learn(PAPERS);
    const a = await ask(question);
    expect(a.known, `${question}: ${a.text}`).toBe(true);
    expect(a.text).toContain(quote);
  });

  it.each([
    'how old is Orla?',
    'what did the dentist cost?',
    'when does the travel insurance renew?',
    'when is the parcel collected?',
  ])('%s: still I don’t know', async (question) => {
    const { ask } = await learn(PAPERS);
    const a = await ask(question);
    expect(a.known, `${question}: ${a.text}`).toBe(false);
  });
});
