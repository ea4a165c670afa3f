import { describe, expect, it } from 'vitest';
import { learnPapers as learn } from '../../test/helpers/knowledge.js';
import { writtenIn } from './documents.js';
import { askedSide } from './statement.js';

/**
 * Round k21 (S34 H3, H4, H5, MEDIUM 7, 12): label lines asked in a person's words, a credit-card
 * statement's spending, the document a question names, and the line a question asks of an email.
 * The documents are siblings of the stranger's, written anew.
 */

const GAS = [
  'LANDLORD GAS SAFETY RECORD',
  '',
  'Engineer: Piotr Zielinski   Gas Safe registration no: 511209',
  'Address inspected: 4 Alder Way, Bracknell RG12 9QQ',
  'Date of inspection: 3rd March 2026',
  'Next inspection due by: 2nd March 2027',
  '',
  'Appliance: Boiler (Kitchen)  Safe to use: Yes',
  '',
].join('\n');

const MOT = [
  'MOT test certificate',
  '',
  'Vehicle registration: LM68 QRT',
  'Make: FORD   Model: FOCUS',
  'Date of test: 2 May 2026',
  'Expiry date: 1 May 2027',
  'Odometer reading: 48,930 miles',
  'Test result: PASS',
  '',
  'Tester: R. Okonjo',
  '',
].join('\n');

const VET = [
  'Oakfield Veterinary Clinic',
  'INVOICE No. OV-1187        Date: 2026-04-11',
  '',
  'Client: Mr T. Brennan',
  'Patient: Pepper (Cat, Domestic Shorthair, 4 yrs)',
  '',
  'Description                         Qty     Amount',
  'Consultation                          1     £48.00',
  'Annual booster vaccination            1     £61.00',
  'Dental scale and polish               1    £310.00',
  '',
  'Subtotal                                   £349.17',
  'VAT (20%)                                   £69.83',
  'TOTAL                                      £419.00',
  '',
  'Paid by card 11/04/2026. Thank you.',
  'Next booster due: April 2027.',
  '',
].join('\n');

const SCHOOL = [
  '# Hillcrest Primary School — End of Year Report 2025/26',
  '',
  '**Pupil:** Tobi Adeyemi',
  '**Class:** Year 3 (Ash)',
  '',
  '## Attendance',
  'Attendance this year: 94.8%',
  'Authorised absences: 9 sessions',
  '',
].join('\n');

const ENERGY = [
  'NORTHLIGHT ENERGY - Your energy bill',
  'Account number: 5521 0098 31',
  'Bill date: 04/12/2026',
  'Billing period: 01 Nov 2026 - 30 Nov 2026',
  '',
  'Electricity',
  '  Opening reading   10220',
  '  Closing reading   10611',
  '  Units used        391 kWh',
  '  Electricity total £118.40',
  '',
  'Total this bill     £118.40',
  '',
].join('\n');

const BUILDER = [
  'From: Sandra Mills <sandra@millsbuild.co.uk>',
  'To: Chris Hale <chris@example.com>',
  'Subject: Quote for loft conversion',
  'Date: Tue, 3 Nov 2026 09:12:00 +0000',
  'Content-Type: text/plain; charset=utf-8',
  '',
  'Hi Chris,',
  '',
  'Here is our quote for the loft conversion:',
  '',
  '  Structural work ................... £18,400',
  '  Dormer and roofing ................ £9,950',
  '  Total (excluding VAT) .............. £28,350',
  '',
  'We could start on 8 February 2027 and the job would take about 7',
  'weeks. We would need a deposit of 15% to secure the start date.',
  '',
  'Sandra',
  '',
].join('\n');

const CARD = [
  'Date,Description,Debit,Credit,Balance',
  '01/11/2026,SAINSBURYS 0421,52.30,,52.30',
  '06/11/2026,BP WOKINGHAM,48.10,,100.40',
  '09/11/2026,REFUND ARGOS,,15.00,85.40',
  '12/11/2026,CURRYS READING,199.99,,285.39',
  '17/11/2026,PAYMENT THANK YOU,,200.00,85.39',
  '24/11/2026,DELIVEROO,27.45,,112.84',
  '',
].join('\n');

const LETTER = [
  'Comune di Bardolino',
  'Ufficio Tributi',
  '',
  'Gentile Sig. Chris Hale,',
  '',
  "con la presente La informiamo che risulta non pagata l'imposta di",
  'soggiorno relativa al Suo soggiorno presso la Casa Rosa dal 3 al 10',
  'agosto 2026.',
  '',
  'Importo dovuto: EUR 31,50',
  '',
  'Il pagamento deve essere effettuato entro il 30 novembre 2026.',
  'In caso di mancato pagamento sarà applicata una sanzione del 30%.',
  '',
].join('\n');

describe('label lines asked in a person’s words (S34 H5)', () => {
  it('answers a certificate’s label lines by the word asked', async () => {
    const { ask } = await learn({ 'gas_safety_record.txt': GAS, 'mot_certificate.txt': MOT });
    expect((await ask('when is the next gas safety check due')).quotes).toEqual([
      'Next inspection due by: 2nd March 2027',
    ]);
    expect((await ask('did the car pass its MOT')).quotes).toEqual(['Test result: PASS']);
    expect((await ask('what was the mileage at the mot')).quotes).toEqual(['Odometer reading: 48,930 miles']);
    // Absent answers stay absent.
    expect((await ask('when is the boiler service due')).known).toBe(false);
    expect((await ask('what is the wifi password')).known).toBe(false);
  });

  it('a name the document is about ("Patient: Pepper", "Pupil: Tobi") asks that document', async () => {
    const { ask } = await learn({ 'vet_invoice.txt': VET, 'school_report.md': SCHOOL });
    expect((await ask("how much did pepper's dental cost")).quotes[0]).toMatch(/^Dental scale and polish/u);
    expect((await ask('when is peppers next booster due')).quotes).toContain('Next booster due: April 2027.');
    expect((await ask("what is Tobi's attendance")).quotes[0]).toBe('Attendance this year: 94.8%');
    // The bill is the invoice: its TOTAL is quoted (with the first rows of its aligned table, k21 left).
    expect((await ask('how much was the vet bill')).quotes).toContain('TOTAL £419.00');
    expect((await ask("what is Tobi's lunch menu")).known).toBe(false);
  });

  it('a bill’s period dates the lines of its sections', async () => {
    const { ask } = await learn({ 'energy_bill.txt': ENERGY });
    const used = await ask('how many kWh did we use in november');
    expect(used.quotes).toEqual(['Units used 391 kWh']);
    // Another month is still not this bill's.
    expect((await ask('how many kWh did we use in march')).known).toBe(false);
  });

  it('a dot leader keeps its amount, and the verb asked of an email is its body’s', async () => {
    const { ask } = await learn({ 'builder_quote.eml': BUILDER });
    expect((await ask('how much is the builders quote')).quotes).toEqual([
      'Total (excluding VAT) .............. £28,350',
    ]);
    const start = await ask('when can the builder start');
    expect(start.quotes[0]).toMatch(/^We could start on 8 February 2027/u);
    expect((await ask('how much deposit does sandra want')).quotes[0]).toMatch(/deposit of 15%/u);
  });
});

describe('a credit-card statement’s spending (S34 H3, MEDIUM 12)', () => {
  it('"credit card" is the card, not money in', () => {
    expect(askedSide('how much did we spend in total on the credit card in november')).toBe('debit');
    expect(askedSide('what is the total of all debits on the credit card statement')).toBe('debit');
    expect(askedSide('what is the total of all credits on the credit card')).toBe('credit');
  });

  it('spending is the purchases; the payment and refund are not', async () => {
    const { ask } = await learn({ 'credit_card_statement.csv': CARD });
    const spent = await ask('how much did we spend in total on the credit card in november');
    expect(spent.answer).toMatch(/^4 debits dated November add up to -327\.84/u);
    expect(spent.answer).toMatch(/Not counted: \+200\.00 PAYMENT THANK YOU/u);
    const debits = await ask('what is the total of all debits on the credit card statement');
    expect(debits.answer).toMatch(/^4 debits add up to -327\.84/u);
    const biggest = await ask('what was the biggest purchase on the credit card');
    expect(biggest.quotes).toEqual([
      'Date: 12/11/2026, Description: CURRYS READING, Debit: 199.99, Balance: 285.39',
    ]);
    const balance = await ask("what's the balance on the credit card");
    expect(balance.quotes).toEqual([
      'Date: 24/11/2026, Description: DELIVEROO, Debit: 27.45, Balance: 112.84',
    ]);
    expect(balance.answer).toMatch(/The closing balance is 112\.84/u);
  });
});

describe('the document a question names (S34 H4)', () => {
  it('knows the language a letter is written in', () => {
    expect(writtenIn(LETTER)).toBe('italian');
    expect(writtenIn(ENERGY)).toBeUndefined();
    expect(writtenIn(BUILDER)).toBe('english');
  });

  it('"the italian bill" is never answered from the English energy bill', async () => {
    const { ask } = await learn({ 'energy_bill.txt': ENERGY, 'lettera_comune.txt': LETTER });
    const unpaid = await ask("what happens if I don't pay the italian bill");
    expect(unpaid.known).toBe(false);
    expect(unpaid.citations.some((c) => c.path.endsWith('energy_bill.txt'))).toBe(false);
    // The Italian letter still answers what it says.
    const fine = await ask('what is the sanzione in the italian letter');
    expect(fine.quotes[0]).toMatch(/sanzione del 30%/u);
    // An English question on the English bill is unchanged.
    expect((await ask('what is the total of this bill')).quotes).toContain('Total this bill £118.40');
  });
});
