import { describe, expect, it } from 'vitest';
import { typoDistance as editDistance } from '../../cartridge/text-similarity.js';
import { learnPapers as learn } from '../../test/helpers/knowledge.js';
import { roleAsked } from './sign-off.js';

/** Round k16 (S25 MEDIUM 6, LOW 5–6): questions typed with slips, abbreviations and compounds. */

const POLICY =
  '# Home insurance\n\n## Excess\n\nThe standard excess is £100 for each claim.\nThe excess for escape of water claims is £350.\n';
const NEWSLETTER = "Dear Parents and Carers,\n\nParents' evening: Tuesday 17 March 2026, 3:30pm to 7pm.\n";
const LETTER =
  'Dear Mr Ellis,\n\nYour blood test shows a vitamin D level of 28 nmol/L, which is below the normal range.\n\nYours sincerely,\n\nDr Aisha Rahman\nGeneral Practitioner\n';
const TENANCY =
  "# Tenancy agreement\n\nThe Tenant may keep one cat with the Landlord's prior written consent.\nDogs are not permitted at the Property.\nNo other pets may be kept.\n";
const CAFE = 'Café Résumé\n\nThe café opens at 7:30 on weekdays and 9:00 on weekends.\n';
const GARAGE =
  '# Mietvertrag für einen Garagenstellplatz\n\nDie Garage liegt im Hof.\nDer Vertrag beginnt am 1. März 2026 und ist mit einer Frist von drei Monaten kündbar.\n';
const BOOKINGS = 'Booking reference: QX-4471\nThe booking was made on 2 March.\n';

describe('a word no document uses is read as the near word they use (S25 MEDIUM 6)', () => {
  it('answers and says what it read', async () => {
    const { ask } = await learn({
      'policy.md': POLICY,
      'newsletter.txt': NEWSLETTER,
      'letter.txt': LETTER,
      'tenancy.md': TENANCY,
    });
    const cases: [string, string, string][] = [
      [
        'how much is the excces?',
        'I read "excces" as "excess".',
        'The standard excess is £100 for each claim.',
      ],
      [
        'when is parnets evening?',
        'I read "parnets" as "parents".',
        "Parents' evening: Tuesday 17 March 2026, 3:30pm to 7pm.",
      ],
      [
        'what is my vitamin d levle?',
        'I read "levle" as "level".',
        'Your blood test shows a vitamin D level of 28 nmol/L, which is below the normal range.',
      ],
      // "lease" is no word of the papers, but the answerer knows it as the tenancy.
      ['wat does my leese say about pets', 'I read "leese" as "lease".', 'No other pets may be kept.'],
    ];
    for (const [question, said, quote] of cases) {
      const a = await ask(question);
      expect(a.known, question).toBe(true);
      expect(a.text.split('\n')[0], question).toBe(said);
      expect(a.quotes, question).toContain(quote);
    }
  });

  it('never reads a word the documents use, a name or a number, and never invents an answer', async () => {
    const { ask } = await learn({ 'policy.md': POLICY, 'bookings.txt': BOOKINGS, 'letter.txt': LETTER });
    // Known words are asked as typed: the answer says nothing was read.
    expect((await ask('how much is the excess?')).text).not.toMatch(/I read/);
    // "boiling" is no slip of "booking": no line answering says it, so nothing is read (k15 left).
    const boiling = await ask('what do I do after boiling the eggs?');
    expect(boiling.known).toBe(false);
    expect(boiling.text).not.toMatch(/I read|booking/i);
    // A capitalised word inside the sentence is a name, as typed ("Bookinx" is not "booking").
    expect((await ask('what did Bookinx send?')).text).not.toMatch(/I read/);
    // A word far from every word known stays unknown.
    expect((await ask('what is the wifi password?')).known).toBe(false);
    // A word under five letters is never read as another ("park" is no slip of "part").
    const parts = await learn({ 'warranty.md': 'The warranty covers parts and labour.\n' });
    expect((await parts.ask('where can I park?')).text).not.toMatch(/I read|part/);
    // Two edits that change letters are no slip: "garden" is not "green".
    const green = await learn({ 'park.md': 'The green is mown on Fridays.\n' });
    expect((await green.ask('what is the garden rule?')).text).not.toMatch(/I read|green/);
  });

  it('counts edits, a swap of neighbours as one', () => {
    expect(editDistance('levle', 'level', 2)).toBe(1);
    expect(editDistance('parnet', 'parent', 2)).toBe(1);
    expect(editDistance('excces', 'excess', 2)).toBe(2);
    expect(editDistance('wifi', 'password', 2)).toBe(3);
  });
});

describe('a compound no document uses is read as its two words (S25 LOW 6)', () => {
  it('Garagenvertrag is Garage + Vertrag, with its linking -n-', async () => {
    const { ask } = await learn({ 'mietvertrag-garage.md': GARAGE });
    const a = await ask('wann beginnt der Garagenvertrag?');
    expect(a.known).toBe(true);
    expect(a.text.split('\n')[0]).toBe('I read "Garagenvertrag" as "Garage vertrag".');
    expect(a.quotes).toEqual([
      'Der Vertrag beginnt am 1. März 2026 und ist mit einer Frist von drei Monaten kündbar.',
    ]);
  });
});

describe('abbreviations and kinds of days (S25 LOW 5)', () => {
  it('a doctor is the "Dr" who signed', async () => {
    const { ask } = await learn({ 'letter.txt': LETTER, 'tenancy.md': TENANCY });
    for (const question of ['who is my doctor?', "what is my doctor's name?", 'who is my GP?']) {
      const a = await ask(question);
      expect(a.known, question).toBe(true);
      expect(a.quotes, question).toEqual(['Yours sincerely, Dr Aisha Rahman, General Practitioner']);
    }
    // A role no sign-off names stays unknown.
    expect((await ask('who is my dentist?')).known).toBe(false);
  });

  it('reads the role asked', () => {
    expect(roleAsked('who is my doctor?')).toBe('doctor');
    expect(roleAsked("what's my dentist's name?")).toBe('dentist');
    expect(roleAsked('what is the name of my GP?')).toBe('gp');
    expect(roleAsked('who is my doctor seeing on Monday?')).toBeUndefined();
  });

  it('Saturday is a weekend day and Tuesday a weekday, and a weekend is its days', async () => {
    const { ask } = await learn({ 'cafe.txt': CAFE });
    for (const question of [
      'when does the café open on Saturday?',
      'when does the cafe open on a tuesday?',
      'when does the cafe open at the weekend?',
    ])
      expect((await ask(question)).quotes, question).toEqual([
        'The café opens at 7:30 on weekdays and 9:00 on weekends.',
      ]);
    const hours = await learn({ 'hours.txt': 'Opening hours\n\nSaturday: 10:00 to 16:00\nSunday: closed\n' });
    expect((await hours.ask('when is it open at the weekend?')).quotes).toContain('Saturday: 10:00 to 16:00');
    // Saturday is not Sunday.
    expect((await hours.ask('when does it open on Sunday?')).quotes).not.toContain(
      'Saturday: 10:00 to 16:00',
    );
  });

  it('street, road and appointment as papers abbreviate them', async () => {
    const { ask } = await learn({
      'address.txt': 'Surgery: 12 Mill Rd, Bristol\nPharmacy: 4 High St, Bath\nNext appt: 14 May at 10:20\n',
    });
    expect((await ask('which road is the surgery on?')).quotes).toEqual(['Surgery: 12 Mill Rd, Bristol']);
    expect((await ask('which street is the pharmacy on?')).quotes).toEqual(['Pharmacy: 4 High St, Bath']);
    expect((await ask('when is my next appointment?')).quotes).toEqual(['Next appt: 14 May at 10:20']);
  });
});
