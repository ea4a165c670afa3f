import { describe, expect, it } from 'vitest';
import { learnPapers as learn } from '../../test/helpers/knowledge.js';
import { asksHowMuch } from './how-much.js';
import { ageSubject, roleAsked } from './subject-lines.js';

/** Stranger S27's HIGH faults: a question about one subject answered by a line of the wrong kind. */

const VET =
  'Ashville Veterinary Practice — Patient Record\n\nPatient: Biscuit\nSpecies: Dog (Cocker Spaniel)\nDate of birth: 12 May 2021\nMicrochip: 826098100234517\nOwner: Priya Okafor\n\nVisits\n2025-11-18  Vet: Dr Helen Marsh. Limping on left hind leg. Weight 13.4 kg.\n2026-01-09  Vet: Dr Tom Reilly. Ear infection, right ear.\n2026-03-02  Dental cleaning under anaesthetic. Two teeth extracted. Cost £612.00.\n';
const THERMOSTAT =
  '{\n  "zones": {\n    "ada_room": {\n      "day_temp_c": 19.5,\n      "night_temp_c": 17.5\n    }\n  }\n}\n';
const CAR =
  'CERTIFICATE OF MOTOR INSURANCE\nPolicy holder: Daniel Okafor\nVehicle: Skoda Octavia Estate, my car\nAnnual premium: £684.30\nNo claims discount: 6 years, protected.\n';
const SCHOOL =
  'Spring report\n\nPupil: Tom Baker, aged 9\nClass: 4B\nMaths: working at the expected standard\n';
const THREAD =
  'From: Priya Okafor <priya@example.com>\nTo: Graham Wilkes <graham@lettings.example>\nSubject: Re: Deposit return\n\nHi Graham,\n\nPlease return the full deposit of £1,450.\n\nBest,\nPriya\n\nOn Mon, 9 Feb 2026 at 16:40, Graham Wilkes <graham@lettings.example> wrote:\n> Dear Priya,\n>\n> We propose to deduct £180 for carpet cleaning. The remaining £1,225 will be returned within 10 days of agreement.\n>\n> The deposit is protected with the DPS, reference DPS-2291-8847.\n';

/** Whole years from 12 May 2021 to today, as the answer computes them. */
function yearsSinceBiscuit(now = new Date()): number {
  const months = (now.getUTCFullYear() - 2021) * 12 + (now.getUTCMonth() + 1 - 5);
  return Math.floor((months - (now.getUTCMonth() + 1 === 5 && now.getUTCDate() < 12 ? 1 : 0)) / 12);
}

describe('how old is X: a stated age or a date of birth, never another number (S27 HIGH 1)', () => {
  it('reads the subject asked', () => {
    expect(ageSubject('how old is Biscuit?')).toMatchObject({ words: ['biscuit'], name: true });
    expect(ageSubject('how old is my car?')).toMatchObject({ words: ['car'], name: false });
    expect(ageSubject("what is Ada's age?")).toMatchObject({ words: ['ada'] });
    expect(ageSubject('what age is Tom?')).toMatchObject({ words: ['tom'] });
    expect(ageSubject('how long is the lease?')).toBeUndefined();
    expect(ageSubject('how much is the rent?')).toBeUndefined();
  });

  it('a date of birth answers, the age computed and said so', async () => {
    const { ask } = await learn({ 'biscuit-vet-record.txt': VET, 'thermostat.json': THERMOSTAT });
    const a = await ask('how old is Biscuit?');
    expect(a.known).toBe(true);
    expect(a.quotes).toEqual(['Date of birth: 12 May 2021']);
    expect(a.citations[0]).toMatchObject({ lineStart: 5, lineEnd: 5 });
    const years = yearsSinceBiscuit();
    expect(a.answer).toContain(`so ${years} year${years === 1 ? '' : 's'} old (computed)`);
    expect(a.answer).not.toContain('826098100234517');
  });

  it('a stated age answers; no age stated is "I don\'t know", not a temperature or a discount', async () => {
    const { ask } = await learn({
      'biscuit-vet-record.txt': VET,
      'thermostat.json': THERMOSTAT,
      'car.txt': CAR,
      'report.txt': SCHOOL,
    });
    const tom = await ask('how old is Tom?');
    expect(tom.quotes).toEqual(['Pupil: Tom Baker, aged 9']);
    const ada = await ask('how old is Ada?');
    expect(ada.known).toBe(false);
    expect(ada.answer).not.toMatch(/19\.5|17\.5/);
    const car = await ask('how old is my car?');
    expect(car.known).toBe(false);
    expect(car.answer).not.toContain('6 years');
  });
});

describe("who is X's <role>: the role's lines, not the line naming X (S27 HIGH 2)", () => {
  it('reads the role and subject asked', () => {
    expect(roleAsked("who is Biscuit's vet?")).toMatchObject({
      role: 'vet',
      subject: { words: ['biscuit'] },
    });
    expect(roleAsked('who is the vet for Biscuit?')).toMatchObject({ role: 'vet' });
    expect(roleAsked("who's Ada's teacher?")).toMatchObject({ role: 'teacher', subject: { words: ['ada'] } });
    // No subject: answered as any other question.
    expect(roleAsked('who is my landlord?')).toBeUndefined();
    expect(roleAsked("who is Biscuit's owner?")).toBeUndefined();
  });

  it('quotes the practice and each vet line', async () => {
    const { ask } = await learn({ 'biscuit-vet-record.txt': VET });
    for (const question of ["who is Biscuit's vet?", 'who is the vet for Biscuit?']) {
      const a = await ask(question);
      expect(a.known, question).toBe(true);
      expect(a.quotes, question).toEqual([
        'Ashville Veterinary Practice — Patient Record',
        '2025-11-18 Vet: Dr Helen Marsh.',
        '2026-01-09 Vet: Dr Tom Reilly.',
      ]);
      expect(a.quotes, question).not.toContain('Patient: Biscuit');
    }
  });
});

describe('a how-much question is never answered by a quoted reply header (S27 HIGH 4)', () => {
  it('reads how-much questions in several languages', () => {
    for (const q of [
      'how much deposit?',
      'how many days?',
      'quanto zucchero serve?',
      'combien de jours?',
      'wie viel kostet es?',
      '¿cuánto cuesta?',
    ])
      expect(asksHowMuch(q), q).toBe(true);
    for (const q of ['when did Graham write?', 'quando parte il treno?', 'who is it from?'])
      expect(asksHowMuch(q), q).toBe(false);
  });

  it("quotes the amount under 'On …, Graham wrote:', not the header", async () => {
    const { ask } = await learn({ 'mail/landlord-thread.eml': THREAD });
    const a = await ask('how much deposit will Graham return?');
    expect(a.known).toBe(true);
    expect(a.quotes).toEqual(['The remaining £1,225 will be returned within 10 days of agreement.']);
    expect(a.citations[0]).toMatchObject({ lineStart: 15, lineEnd: 15 });
    expect(a.answer).not.toContain('wrote:');
  });
});

const COUNCIL =
  '# Harrogate Borough Council — Council Tax Bill 2026/27\n\nAccount number: 60019923\nBand: D\n\n| Item | Amount |\n|------|--------|\n| North Yorkshire Council | £1,872.15 |\n| Police and Fire | £401.22 |\n| Parish precept | £58.90 |\n| **Total due** | **£2,332.27** |\n\n## Instalments\n\nYou will pay 10 monthly instalments of £233.22 from April 2026.\n';
const TIRAMISU =
  'Tiramisù della nonna Rosa (per 8 persone)\n\nIngredienti: 500 g di mascarpone, 4 uova freschissime, 100 g di zucchero, 300 g di savoiardi, 300 ml di caffè espresso freddo, cacao amaro in polvere.\n\nPreparazione:\n1. Separare i tuorli dagli albumi.\n2. Montare i tuorli con lo zucchero per 10 minuti, poi aggiungere il mascarpone.\n3. Lasciare in frigorifero per almeno 6 ore.\n';

describe("a bill's how-much is its total row (S27 HIGH 3)", () => {
  it('quotes the Total due row, not the first part of it', async () => {
    const { ask } = await learn({ 'council-tax-2026.md': COUNCIL });
    const a = await ask('how much is my council tax?');
    expect(a.known).toBe(true);
    expect(a.quotes).toEqual(['Item: Total due; Amount: £2,332.27']);
    expect(a.citations[0]).toMatchObject({ lineStart: 11, lineEnd: 11 });
    expect(a.answer).not.toContain('1,872.15');
  });
});

describe('a quantity question is answered by the quantity next to the thing (S27 HIGH 5)', () => {
  it("quotes the ingredient's amount, not the step that uses it", async () => {
    const { ask } = await learn({ 'ricetta-tiramisu.txt': TIRAMISU });
    const a = await ask('quanto zucchero serve per il tiramisù?');
    expect(a.known).toBe(true);
    expect(a.quotes).toEqual(['100 g di zucchero']);
    expect(a.citations[0]).toMatchObject({ lineStart: 3, lineEnd: 3 });
    // The line with the amount already quoted is not quoted twice.
    const b = await ask('quanto mascarpone serve?');
    expect(b.citations.map((c) => c.lineStart)).toEqual([3]);
    expect(b.quotes.join(' ')).toContain('500 g di mascarpone');
    expect(b.quotes.join(' ')).not.toContain('Montare');
  });
});

const OFFER =
  'Offer of employment\n\nYour annual base salary will be £78,500.\n\nYou will receive 27 days of annual leave plus bank holidays. The company pension scheme matches contributions up to 6%.\n';
const MORTGAGE =
  '# Mortgage offer\n\nLoan amount: £240,000\n\nIf you repay the loan in full or in part during the fixed period you will pay an early repayment charge of 5% in year 1, 4% in year 2, 3% in year 3, 2% in year 4 and 1% in year 5.\n';

describe('how many days of X; the item of a list for year N (S27 MEDIUM 6, 7)', () => {
  it('"how many days of annual leave" counts days, as "how much annual leave" does', async () => {
    const { ask } = await learn({ 'job-offer.txt': OFFER });
    for (const question of [
      'how many days of annual leave?',
      'how many days of annual leave do I get?',
      'how much annual leave do I get?',
    ]) {
      const a = await ask(question);
      expect(a.known, question).toBe(true);
      expect(a.quotes, question).toEqual(['You will receive 27 days of annual leave plus bank holidays.']);
    }
  });

  it('a charge stated as a share answers; year 3 is its own item of the list', async () => {
    const { ask } = await learn({ 'offer.txt': MORTGAGE });
    const whole = await ask('what is the early repayment charge?');
    expect(whole.known).toBe(true);
    expect(whole.quotes[0]).toContain('5% in year 1, 4% in year 2, 3% in year 3');
    for (const question of [
      'what is the early repayment charge in year 3?',
      'what is the charge in year 3?',
    ]) {
      const a = await ask(question);
      expect(a.known, question).toBe(true);
      expect(a.quotes, question).toEqual(['3% in year 3']);
      expect(a.answer, question).toMatch(/^3% in year 3 — If you repay/u);
    }
  });
});

describe("a cost in a later sentence of the thing's own line (S27 MEDIUM 10)", () => {
  it('quotes from the sentence naming the thing through the one stating the cost', async () => {
    const { ask } = await learn({ 'biscuit-vet-record.txt': VET });
    for (const question of [
      'how much did the dental cleaning cost?',
      "what was the cost of Biscuit's dental cleaning?",
    ]) {
      const a = await ask(question);
      expect(a.known, question).toBe(true);
      expect(a.quotes, question).toEqual([
        '2026-03-02 Dental cleaning under anaesthetic. Two teeth extracted. Cost £612.00.',
      ]);
      expect(a.citations[0], question).toMatchObject({ lineStart: 12, lineEnd: 12 });
    }
    // No cost on the ear infection's line: no other line's cost stands in.
    expect((await ask('how much did the ear infection cost?')).known).toBe(false);
  });
});
