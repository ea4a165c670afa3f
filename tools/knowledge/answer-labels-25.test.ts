import { describe, expect, it } from 'vitest';
import { learnPapers as learn } from '../../test/helpers/knowledge.js';

/**
 * Strangers S37–S39 (round 25): one labelled value asked, its label worded otherwise — a heading
 * over its value, a dotted abbreviation, a synonym or another form of the question's word. A near
 * label never answers: with the label gone, the answer stays "I don't know".
 */

const OFFER =
  'Acme Robotics Ltd — Offer of Employment\n\nDear Alex,\nWe are pleased to offer you the role of Senior Firmware Engineer.\nBase salary: £78,000 per year. Start date: 5 January 2027.\nAnnual leave: 27 days plus bank holidays.\nPlease respond by 12 December 2026 by signing and returning this letter.\nReporting to: Dana Whitfield, Head of Embedded Systems.\n';
const LEASE =
  '# Residential Tenancy Agreement\n\nLandlord: Northgate Lettings Ltd\nTenant: Alex Morgan\nRental unit: Flat 4B, 27 Harbour View, Bristol BS1 5TT\n\n## Term\nThe tenancy starts on 1 September 2025 and ends on 31 August 2026.\nMonthly rent: £1,450, payable on the 1st of each month.\nDeposit: £1,673 held with the DPS.\n';
const LOG =
  'HOUSE MAINTENANCE LOG - 27 HARBOUR VIEW\nDATE        TASK                          CONTRACTOR        COST(GBP)\n2025-11-03  Boiler annual service         HeatWise          95.00\n2026-01-14  Gutter cleaning, front and    ClearFlow         60.00\n            rear, incl. downpipes\n2026-03-22  Smoke alarm battery change    self               8.50\n2026-06-30  Boiler repair - replaced      HeatWise         240.00\n            pressure valve\n2026-09-10  Gutter cleaning               ClearFlow         55.00\n';
const MEDICAL =
  '# Medical Summary — Dana Whitfield\n\nDOB: 04/09/1986   NHS no.: 485 777 3456   Blood type: A+\nGP: Dr. Priya Raman, Elmwood Surgery, tel 0161 555 0192\n\n## Allergies\n- Penicillin (rash, 2009)\n- Shellfish — mild\n';
const FLIGHT =
  '# Flight booking — Rome\n\n## Flight\nBA 548 London Heathrow -> Rome Fiumicino\n\n## Seat\n22F\n\n## Baggage\nOne cabin bag, 23 kg hold bag\n';
const HANDBOOK =
  '# Staff handbook\n\n**Start date:** 3 March 2027\n**Line manager:** Priya Shah\n\n### Sick pay\nYou receive full pay for 10 days of sickness a year.\n\n### Working hours\nCore hours are 10:00 to 16:00, Monday to Friday.\n';
const CLINIC = '# Clinic registration\n\nName: Sam Reed\nD.O.B.: 1990-04-02\nBlood group: O-\n';
const TAX =
  'SELF ASSESSMENT SUMMARY 2025-26\nTotal income tax due: £6,120.40\nPayments on account made: £3,811.60\nBalance to pay by 31 January 2027: £2,308.80\n';
const CHIMNEY =
  'HOUSE CHORES\n2026-02-11  Chimney sweep, Clean Flues Ltd, £75\n2026-04-03  Window cleaning, £20\n';
const WARRANTY =
  'EXTENDED WARRANTY\nProduct: Bosch Serie 4 dishwasher\nModel no.: SMS4HTI45G\nPurchased from: AO.com on 12.06.2025\nWarranty: 5-year parts and labour, ends 11.06.2030\n';

const FILES = {
  'offer.txt': OFFER,
  'lease.md': LEASE,
  'maintenance.log': LOG,
  'medical.md': MEDICAL,
  'flight.md': FLIGHT,
  'handbook.md': HANDBOOK,
  'clinic.md': CLINIC,
  'tax.txt': TAX,
  'chores.txt': CHIMNEY,
  'warranty.txt': WARRANTY,
};

const answers = async (files: Record<string, string>, cases: readonly [string, string, string, number][]) => {
  const { ask } = await learn(files);
  for (const [question, said, path, line] of cases) {
    const answer = await ask(question);
    expect(answer.known, `${question} → ${answer.text}`).toBe(true);
    const cited = answer.citations.find((c) => c.quote.includes(said));
    expect(cited, `${question} → ${answer.text}`).toBeDefined();
    expect(cited?.path.endsWith(path), question).toBe(true);
    expect(cited?.lineStart, question).toBe(line);
  }
  return ask;
};

describe('one labelled value, its label worded otherwise (S37 H6, S38 B1/B7, S39 B3–B6)', () => {
  it('reads a heading over a bare value as its label ("## Seat" / "22F")', async () => {
    await answers(FILES, [
      ['What seat do I have?', '22F', 'flight.md', 7],
      ['What is my seat number?', '22F', 'flight.md', 7],
      ['how many days of sick pay do I get?', 'full pay for 10 days', 'handbook.md', 7],
    ]);
  });

  it('reads a dotted abbreviation as its word ("D.O.B.: 1990-04-02")', async () => {
    const ask = await answers(FILES, [
      ["what is Sam's date of birth?", 'D.O.B.: 1990-04-02', 'clinic.md', 4],
      ["what is Sam's dob?", 'D.O.B.: 1990-04-02', 'clinic.md', 4],
      ['when was Sam born?', 'D.O.B.: 1990-04-02', 'clinic.md', 4],
      ["what is Sam's blood group?", 'Blood group: O-', 'clinic.md', 5],
    ]);
    // The dates of birth are Sam's and Dana's: no one else's.
    const answer = await ask("what is Tom's date of birth?");
    expect(answer.text).not.toContain('1990-04-02');
  });

  it('reads the items under "## Allergies" as its values, not another thing\'s "Allergy note:" (S37 H6)', async () => {
    const recipes =
      '# Family Recipes\n\n## Lemon Drizzle Cake\n\nOven 180°C. Bake 45–50 min in a 900 g loaf tin.\nAllergy note: contains eggs, wheat and dairy.\n';
    const ask = await answers({ ...FILES, 'recipes.md': recipes }, [
      ['What am I allergic to?', 'Penicillin (rash, 2009)', 'medical.md', 7],
      ['what allergies do I have?', 'Shellfish — mild', 'medical.md', 8],
    ]);
    expect((await ask('What am I allergic to?')).text).not.toContain('eggs');
    // The cake's note still answers what the cake contains.
    expect((await ask('what is the allergy note for the lemon drizzle cake?')).quotes).toEqual([
      'Allergy note: contains eggs, wheat and dairy.',
    ]);
  });

  it('searches the DOB label for "date of birth" though "birth" is said elsewhere (S37 H6)', async () => {
    const hints = "PRIVATE - do not share\nBank PIN hint: grandad's birth year\n";
    const months = ['January', 'February', 'March', 'April'];
    const journal = `# Garden journal 2026\n\n${months
      .map(
        (month) =>
          `## ${month}\n${[5, 10, 15, 20, 25]
            .map(
              (day) => `- ${day} ${month}: worked on the lawn for about 2 hours; notes on soil and watering.`,
            )
            .join('\n')}\n`,
      )
      .join('\n')}`;
    await answers({ 'medical.md': MEDICAL, 'hints.txt': hints, 'garden-journal.md': journal }, [
      ['what is my date of birth?', 'DOB: 04/09/1986', 'medical.md', 3],
      ["What's my date of birth?", 'DOB: 04/09/1986', 'medical.md', 3],
    ]);
  });

  it("finds the label by a synonym or another form of the question's word", async () => {
    await answers(FILES, [
      // "Rental unit:" is where a tenant lives.
      ['Where do I live?', 'Rental unit: Flat 4B, 27 Harbour View', 'lease.md', 5],
      // A job's title is its role.
      ['What is my job title?', 'the role of Senior Firmware Engineer', 'offer.txt', 3],
      // What is owed is the balance to pay.
      ['How much tax do I owe?', 'Balance to pay by 31 January 2027: £2,308.80', 'tax.txt', 4],
      // Swept: the chimney sweep.
      ['when was the chimney swept?', 'Chimney sweep', 'chores.txt', 2],
      // Where it was bought: "Purchased from:", not the Product line.
      ['Where did I buy the dishwasher?', 'Purchased from: AO.com', 'warranty.txt', 4],
      // "worked on" is work done: the gutter cleaning rows.
      ['when did I last work on the gutters?', 'Gutter cleaning', 'maintenance.log', 9],
      // "the new lease": "new" need not be said by the line that starts it.
      ['when does the new lease start?', 'The tenancy starts on 1 September 2025', 'lease.md', 8],
    ]);
  });

  it('quotes the purchase line alone, and keeps the label kinds apart', async () => {
    const { ask } = await learn(FILES);
    const bought = await ask('Where did I buy the dishwasher?');
    expect(bought.quotes).toHaveLength(1);
    const seat = await ask('What seat do I have?');
    expect(seat.quotes).toEqual(['22F']);
  });

  it('stays "I don\'t know" when the label is absent', async () => {
    const without = {
      ...FILES,
      'flight.md': FLIGHT.replace('## Seat\n22F\n\n', ''),
      'clinic.md': CLINIC.replace('D.O.B.: 1990-04-02\n', ''),
      'lease.md': LEASE.replace('Rental unit: Flat 4B, 27 Harbour View, Bristol BS1 5TT\n', ''),
      'tax.txt': TAX.replace('Balance to pay by 31 January 2027: £2,308.80\n', '').replace(
        'Total income tax due: £6,120.40\n',
        '',
      ),
      'chores.txt': CHIMNEY.replace('2026-02-11  Chimney sweep, Clean Flues Ltd, £75\n', ''),
    };
    const { ask } = await learn(without);
    for (const [question, never] of [
      ['What seat do I have?', '22F'],
      ["what is Sam's date of birth?", '1990'],
      ['Where do I live?', 'Harbour View'],
      ['How much tax do I owe?', '£'],
      ['when was the chimney swept?', '2026'],
      // Absent from every version: a gate, a fridge, the roof.
      ['what is my gate?', 'B'],
      ['where did I buy the fridge?', 'AO'],
      ['when was the roof worked on?', '2026'],
    ] as const) {
      const answer = await ask(question);
      expect(answer.known, `${question} → ${answer.text}`).toBe(false);
      expect(answer.text, question).not.toContain(never);
    }
  });
});
