import { describe, expect, it } from 'vitest';
import { learnPapers } from '../../test/helpers/knowledge.js';
import { casualQuestion } from './casual.js';
import { foreignQuestion } from './lexicon.js';
import { words } from './text.js';

/**
 * Questions in Dutch, Polish, Swedish… and with typos (stranger round 29, MEDIUM 5, LOW typos):
 * another language's question words and articles are framing, never the subject ("do not
 * mention 'het'"), and a typo is read as the word found with the question's other words.
 */
const GEMEENTE = `Gemeente Utrecht
Betreft: aanslag gemeentelijke belastingen 2025

Geachte mevrouw Okafor,

U heeft nog een openstaand bedrag van € 88,10 voor rioolheffing over 2024.
De afvalstoffenheffing voor 2025 bedraagt € 214,35.
Wij verzoeken u dit bedrag vóór 31 maart 2025 over te maken.
`;
const LIST = `Kochana Aniu,

Babcia przyjeżdża w sobotę 12 lipca pociągiem o 14:20.
Lot wuja Marka ląduje o 18:45 na lotnisku w Krakowie.
`;
const HYRA = `Hyresavtal

Hyran är 9 450 kr per månad.
Avtalet slutar den 30 september 2025.
`;
const DENTIST = `# Dental plan

## Appointments
- Root canal: Tuesday 3 June 2025 at 9:40am, allow 90 minutes.
- Hygienist: Friday 4 July 2025 at 11:00am with Sophie.
`;
const BROADBAND = `Broadband contract

Cooling-off: You may cancel within 14 days of the contract start date without charge.
`;

describe("another language's question words are framing (S29 M5)", () => {
  it('answers Dutch, Polish and Swedish questions by their remaining words', async () => {
    const { ask } = await learnPapers({ 'brief.txt': GEMEENTE, 'list.txt': LIST, 'hyra.txt': HYRA });
    for (const [question, quote] of [
      [
        'wat is het openstaande bedrag?',
        'U heeft nog een openstaand bedrag van € 88,10 voor rioolheffing over 2024.',
      ],
      ['hoeveel is de afvalstoffenheffing?', 'De afvalstoffenheffing voor 2025 bedraagt € 214,35.'],
      ['kiedy przyjeżdża babcia?', 'Babcia przyjeżdża w sobotę 12 lipca pociągiem o 14:20.'],
      ['o której ląduje lot?', 'Lot wuja Marka ląduje o 18:45 na lotnisku w Krakowie.'],
      ['hur mycket är hyran?', 'Hyran är 9 450 kr per månad.'],
    ] as const) {
      const answer = await ask(question);
      expect(answer.missing, question).toBeUndefined();
      expect(answer.quotes, question).toEqual([quote]);
    }
  });

  it('a word of another language is still required of an English question, and an unknown subject is not known', async () => {
    const { ask } = await learnPapers({ 'brief.txt': GEMEENTE });
    expect((await ask('what is het?')).known).toBe(false);
    expect((await ask('wat is de hondenbelasting?')).known).toBe(false);
  });

  it('tells a question in another language by a word only it has, not by words English shares', () => {
    const foreign = (q: string) => foreignQuestion(words(q));
    expect(foreign('wat is het openstaande bedrag?')).toBe(true);
    expect(foreign('kiedy przyjeżdża babcia?')).toBe(true);
    expect(foreign('när slutar avtalet?')).toBe(true);
    expect(foreign('do I need a visa?')).toBe(false);
    expect(foreign('what is the van number?')).toBe(false);
    expect(foreign('is the min temperature set?')).toBe(false);
    // Not English typed fast: "wat" stays Dutch; in English it is "what".
    expect(casualQuestion('wat is het openstaande bedrag?')).toBe('wat is het openstaande bedrag?');
    expect(casualQuestion('wat is the wifi pw')).toBe('what is the wifi password');
    expect(casualQuestion('wen does my tenancy end')).toBe('when does my tenancy end');
    expect(casualQuestion('hw much is the deposit')).toBe('how much is the deposit');
    expect(casualQuestion('whre is the key')).toBe('where is the key');
  });
});

describe('a typo is read as the word found with the rest of the question (S29 LOW)', () => {
  it('"root canel" is the root canal, not the broadband\'s cancel', async () => {
    const { ask } = await learnPapers({ 'dentist.md': DENTIST, 'broadband.txt': BROADBAND });
    const answer = await ask('when is the root canel?');
    expect(answer.answer).toContain('I read "canel" as "canal".');
    expect(answer.quotes).toEqual(['Root canal: Tuesday 3 June 2025 at 9:40am, allow 90 minutes.']);
    // With no other word to go by, the closer word is still read.
    expect((await ask('how do I canel?')).answer).toContain('"canel" as "cancel"');
  });
});
