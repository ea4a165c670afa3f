import { describe, expect, it } from 'vitest';
import { learnPapers as learn } from '../../test/helpers/knowledge.js';

/**
 * k24: an address opened by a flat's number under a "Property:" label answers "where do I live?";
 * a label inside a line after a comma ("…, DOB 9 July 1988") answers its field; a letter's one
 * deadline ("Please sign and return this letter by …") answers any verb of answering it.
 */

const LEASE =
  "# Residential Tenancy Agreement\n\nLandlord: Harbourview Lettings Ltd\nTenant: Alex Morgan\n\nProperty: Flat 3, 27 Canal Street, Bristol BS1 4QT\n\n## Term\nThe tenancy begins on 1 September 2025 and runs for a fixed term of eighteen (18) months,\nending on 28 February 2027.\n\n## Rent\nMonthly rent: £1,300, payable on the 1st of each month.\nDeposit: £1,442, held in the Deposit Protection Service.\n\n## Pets\nNo pets are permitted unless the Landlord gives written consent.\n\n## Break clause\nThe Tenant may end the tenancy after 12 months by giving two months' written notice.\n";
const DOCTOR =
  '# Letter from Dr. Helen Okafor, Riverside Medical Centre\n\nDate: 12 November 2025\n\nPatient: Alex Morgan, DOB 9 July 1988\n\nDear Alex,\n\nYour blood tests from 4 November 2025 show mildly raised cholesterol (5.9 mmol/L).\nNo medication is needed at this stage. Please reduce saturated fat and exercise\nat least 150 minutes a week.\n\nYou are allergic to amoxicillin; please do not take any penicillin-based antibiotics.\n\nPlease book a follow-up appointment in 3 months (around February 2026) for a repeat test.\n\nKind regards,\nDr. Helen Okafor\n';
const OFFER =
  '# Offer of Employment\n\nDear Alex Morgan,\n\nWe are pleased to offer you the position of Senior Data Analyst at Initech Solutions,\nstarting on 5 January 2026.\n\nSalary: £62,000 per year, paid monthly.\nAnnual leave: 25 days plus bank holidays.\nProbation period: 6 months.\nOffice: 9 Temple Quay, Bristol BS1 6DZ. Hybrid working, 2 days a week in office.\n\nPlease sign and return this letter by 15 December 2025. If we have not heard from you by then,\nthe offer will lapse.\n\nYours sincerely,\nPriya Nair, Head of People\n';

// Siblings of our own: a cottage let by its name, a hospital letter, a renewal offer.
const COTTAGE =
  '# Assured Shorthold Tenancy\n\nLandlord: Mr P. Hughes\nTenant: Sam Patel\nHouse: Rose Cottage, Mill Lane, Frome BA11 2AB\n\n## Rent\nRent: £950 per month.\n';
const CLINIC =
  'ST MARY HOSPITAL — OUTPATIENT LETTER\nName: Sam Patel, born 03/02/1991, NHS no. 485 777 3456\nClinic: Dermatology, Tel. 0161 555 0199\n\nYour appointment is on 14 March 2026 at 10:15.\n';
const RENEWAL =
  'Dear Sam,\n\nWe are offering you a renewal of your gym membership at the 2026 rate of £32 a month.\nKindly confirm by 28 February 2026. Otherwise your membership ends on 31 March 2026.\n\nRiverside Gym\n';

describe('where I live, my date of birth and a letter’s deadline (k24)', () => {
  it('answers from the lease, the doctor’s letter and the offer letter', async () => {
    const { ask } = await learn({ 'lease.md': LEASE, 'doctor.md': DOCTOR, 'offer.md': OFFER });
    const cases: [string, string, string, number][] = [
      ['where do I live?', 'Flat 3, 27 Canal Street, Bristol BS1 4QT', 'lease.md', 6],
      ['what is the address of the property I rent?', 'Flat 3, 27 Canal Street', 'lease.md', 6],
      ['what is my date of birth?', 'DOB 9 July 1988', 'doctor.md', 5],
      ['when was I born?', 'DOB 9 July 1988', 'doctor.md', 5],
      ['by when must I reply to the job offer?', 'by 15 December 2025', 'offer.md', 13],
      ['when is the deadline to accept the offer?', 'by 15 December 2025', 'offer.md', 13],
      ['by when must I respond to the offer?', 'by 15 December 2025', 'offer.md', 13],
      ['by when do I need to let them know about the offer?', 'by 15 December 2025', 'offer.md', 13],
    ];
    for (const [question, said, path, line] of cases) {
      const answer = await ask(question);
      expect(answer.known, `${question} → ${answer.text}`).toBe(true);
      expect(answer.quotes, question).toHaveLength(1);
      expect(answer.quotes[0], question).toContain(said);
      expect(answer.citations[0]?.path.endsWith(path), question).toBe(true);
      expect(answer.citations[0]?.lineStart, question).toBe(line);
    }
  });

  it('keeps a subject the documents do not state unknown', async () => {
    const { ask } = await learn({ 'lease.md': LEASE, 'doctor.md': DOCTOR, 'offer.md': OFFER });
    for (const question of [
      "what is my landlord's date of birth?",
      // The lease states no day to pay the deposit by: never the rent's "payable on the 1st".
      'by when must I pay the deposit?',
    ]) {
      const answer = await ask(question);
      expect(answer.known, `${question} → ${answer.text}`).toBe(false);
    }
  });

  it('answers siblings: a house by its name, a born and a Tel. inside a line, "confirm by"', async () => {
    const { ask } = await learn({ 'tenancy.md': COTTAGE, 'clinic.txt': CLINIC, 'gym.txt': RENEWAL });
    const cases: [string, string][] = [
      ['where do I live?', 'Rose Cottage, Mill Lane, Frome BA11 2AB'],
      ['what is the address of the house I rent?', 'Rose Cottage, Mill Lane, Frome BA11 2AB'],
      ['what is my date of birth?', 'born 03/02/1991'],
      ['what is my NHS number?', 'NHS no. 485 777 3456'],
      ['what is the phone number of the clinic?', 'Tel. 0161 555 0199'],
      ['by when must I reply to the gym?', 'Kindly confirm by 28 February 2026.'],
      ['by when do I have to accept the renewal?', 'Kindly confirm by 28 February 2026.'],
    ];
    for (const [question, said] of cases) {
      const answer = await ask(question);
      expect(answer.known, `${question} → ${answer.text}`).toBe(true);
      // The clinic's two label lines are one record, quoted together (as before k24).
      expect(answer.quotes.length, question).toBeLessThanOrEqual(2);
      expect(
        answer.quotes.some((quote) => quote.includes(said)),
        `${question} → ${answer.text}`,
      ).toBe(true);
    }
  });
});
