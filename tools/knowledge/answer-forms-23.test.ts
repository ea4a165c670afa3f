import { describe, expect, it } from 'vitest';
import { learnPapers as learn } from '../../test/helpers/knowledge.js';
import { root } from './lexicon.js';
import { relatedStems } from './word-forms.js';
import { differentFamilies } from './wording.js';

/** Round k23 (S37 H6): a question's word and the document's word made from one base, short slips, German function words. */

const MEDICAL = `# Medical Summary — Dana Whitfield

DOB: 04/09/1986   NHS no.: 485 777 3456   Blood type: A+

## Allergies
- Penicillin (rash, 2009)
- Shellfish — mild

## Appointments
- Blood pressure review: 12 January 2027, 09:10, Elmwood Surgery
- Dental check-up: Fri 29 Jan 2027 at 14:30, Smile Dental (Dr. Okafor)
`;
const TRAVEL = `TRIP ITINERARY — LISBON & PORTO, March 2027

FLIGHTS
-------
Outbound:  TP 1351  London Heathrow (LHR) T2 -> Lisbon (LIS) T1
           Sat 13 Mar 2027, dep 06:55 GMT, arr 09:40 WET
           Seat 14C, economy, 1x23kg checked bag
`;
const RECIPE = `# Banana bread

| Ingredient      | Amount  |
|-----------------|---------|
| ripe bananas    | 3       |
| plain flour     | 250 g   |
| butter, melted  | 80 g    |
`;
const FLAT = `# Ferienwohnung Garmisch — Buchungsnotizen

Vermieterin: Frau Gerlinde Huber, Tel. +49 8821 73 44 10

- Preis: 95 € pro Nacht, Endreinigung 60 €, Kurtaxe 3,20 € pro Person/Nacht
- Haustiere sind nicht erlaubt.
`;
const TAX = `SELF ASSESSMENT SUMMARY — TAX YEAR 6 April 2025 to 5 April 2026

Employment income (Brightline Analytics Ltd)      £58,400.00
Bank interest                                     £412.37
Gift Aid donations                                £300.00

Total tax due for the year:                       £13,512.40
Balance to pay by 31 January 2027:                £2,308.80
`;
const DENTAL = 'Dental check-up: Fri 29 Jan 2027 at 14:30, Smile Dental (Dr. Okafor)';

describe('a word made from the same base answers (S37 H6)', () => {
  it('reads dentist as dental and allergic as allergies', async () => {
    const { ask } = await learn({ 'medical-summary.md': MEDICAL });
    for (const question of [
      'When is my dentist appointment?',
      'What time is the dentist?',
      'Who is my dentist?',
    ]) {
      const a = await ask(question);
      expect(a.known, question).toBe(true);
      expect(a.quotes, question).toContain(DENTAL);
    }
    const penicillin = await ask('Am I allergic to penicillin?');
    expect(penicillin.known).toBe(true);
    expect(penicillin.quotes.join('\n')).toMatch(/Penicillin \(rash, 2009\)/);
  });

  it('keeps absent subjects unknown', async () => {
    const { ask } = await learn({ 'medical-summary.md': MEDICAL });
    for (const question of [
      'Who is my therapist?',
      'Am I allergic to latex?',
      'When is my physio appointment?',
      'What is my passport number?',
    ])
      expect((await ask(question)).known, question).toBe(false);
  });

  it('makes relatives by a suffix of a base of four letters or more, never across conflated families', () => {
    expect(relatedStems('dentist')).toContain(root('dental'));
    expect(relatedStems('allergic')).toContain(root('allergies'));
    expect(relatedStems('allergic')).toContain(root('allergy'));
    // No bare base: "dents" in a car's bodywork is no dentist.
    expect(relatedStems('dentist')).not.toContain(root('dent'));
    expect(relatedStems('dentist')).not.toContain(root('dents'));
    // A base under four letters is too short to tell ("artist", "arty").
    expect(relatedStems('artist')).not.toContain(root('arty'));
    expect(relatedStems('artist')).not.toContain(root('art'));
    expect(relatedStems('dentist')).not.toContain(root('dentist'));
    // k22's conflations stay apart.
    expect(differentFamilies('policy', root('police'))).toBe(true);
    expect(differentFamilies('charger', root('charge'))).toBe(true);
    expect(differentFamilies('policy', root('policies'))).toBe(false);
    expect(relatedStems('policy')).not.toContain(root('police'));
  });
});

describe('a timetable abbreviates arrival and departure (S37 H6)', () => {
  it('answers arrive and land with "arr", depart with "dep"', async () => {
    const { ask } = await learn({ 'travel-itinerary-lisbon.txt': TRAVEL });
    for (const question of ['What time do I arrive in Lisbon?', 'what time do I land in Lisbon?']) {
      const a = await ask(question);
      expect(a.known, question).toBe(true);
      expect(a.text, question).toMatch(/arr 09:40/);
    }
    expect((await ask('When does my flight depart from London?')).text).toMatch(/dep 06:55/);
  });

  it('does not read every leaving as a departure', async () => {
    const { ask } = await learn({ 'travel-itinerary-lisbon.txt': TRAVEL });
    expect((await ask('How much annual leave do I get?')).known).toBe(false);
  });
});

describe('a short word typed with a letter left out or two swapped (S37 H6)', () => {
  it('reads mcuh, blod and wat', async () => {
    const { ask: askAlone } = await learn({ 'recipes.md': RECIPE });
    expect((await askAlone('how mcuh flour')).text).toMatch(/250 g/);
    const { ask } = await learn({ 'medical-summary.md': MEDICAL, 'recipes.md': RECIPE });
    const flour = await ask('how mcuh is the bananna bread flour');
    // A question word read is not said: it names nothing.
    expect(flour.text.split('\n')[0]).toBe('I read "bananna" as "banana".');
    expect(flour.text).toMatch(/250 g/);
    const blood = await ask('whats my blod type');
    expect(blood.text.split('\n')[0]).toBe('I read "blod" as "blood".');
    expect(blood.text).toMatch(/Blood type: A\+/);
    const wat = await ask('wat is my blood type');
    expect(wat.known).toBe(true);
    expect(wat.text).not.toMatch(/I read/);
    expect(wat.text).toMatch(/Blood type: A\+/);
  });

  it('never reads a changed letter, nor a slip of two words', async () => {
    const parts = await learn({ 'warranty.md': 'The warranty covers parts and labour.\n' });
    expect((await parts.ask('where can I park?')).text).not.toMatch(/I read|part/);
    // "blod" could be "blood" or "blond": neither is read.
    const both = await learn({ 'notes.md': 'Blood test on Monday.\nHer hair is blond.\n' });
    expect((await both.ask('when is the blod test?')).text).not.toMatch(/I read/);
  });
});

describe('German function words are never required (S37 H6)', () => {
  it('answers "Was kostet die Ferienwohnung pro Nacht?"', async () => {
    const { ask } = await learn({ 'mietvertrag-notizen-de.md': FLAT });
    const a = await ask('Was kostet die Ferienwohnung pro Nacht?');
    expect(a.known).toBe(true);
    expect(a.text).toMatch(/95 € pro Nacht/);
    // An English question with the same words keeps them: "die" is then English.
    expect((await ask('when did the cat die?')).known).toBe(false);
  });
});

describe('a sum asked by how it is earned or given (S37 H6)', () => {
  it('answers earn and donate to charity', async () => {
    const { ask } = await learn({ 'tax-summary-2025-26.txt': TAX });
    // Left (k23): "How much tax do I owe by 31 January?" of "Balance to pay by 31 January 2027" is still "I don't know".
    expect((await ask('How much bank interest did I earn?')).text).toMatch(/£412\.37/);
    expect((await ask('how much did I donate to charity?')).text).toMatch(/£300\.00/);
    // Not a subject the summary has.
    expect((await ask('How much did I earn from my rental flat?')).known).toBe(false);
  });
});
