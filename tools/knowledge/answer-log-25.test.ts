import { describe, expect, it } from 'vitest';
import { learnPapers as learn } from '../../test/helpers/knowledge.js';
import { alignedTables } from './aligned-table.js';

/**
 * Money over logs and statements (strangers S39 B1, B2, B7–B10 and S38): a fixed-width upkeep log
 * whose amounts are right-aligned under their column's name and whose rows wrap; a statement with
 * Paid out / Paid in columns and an opening-balance row; a card CSV with a refund of a purchase
 * made before the days asked; bills paid monthly or yearly. Our own documents, not the strangers'.
 */

const UPKEEP = [
  'GARDEN AND DRIVEWAY UPKEEP - 9 MILL LANE',
  'DATE        JOB                           WHO               COST(EUR)',
  '2026-02-11  Hedge trimming                GreenEdge          70.00',
  '2026-04-03  Driveway jet wash and         ShinePro          145.00',
  '            weed treatment',
  '2026-05-19  Fence panel replaced          self               38.90',
  '2026-07-07  Tree surgery - removed dead   GreenEdge        1,250.00',
  '            oak limb over shed',
  '2026-09-22  Hedge trimming                GreenEdge          75.00',
].join('\n');
const ACCOUNT = [
  'Date,Details,Paid out,Paid in,Balance',
  '01/03/2026,Opening balance,,,812.40',
  '02/03/2026,SALARY NORTHWIND LTD,,2650.00,3462.40',
  '03/03/2026,RENT MARCH,950.00,,2512.40',
  '08/03/2026,ALDI STORES,63.18,,2449.22',
  '12/03/2026,ETSY SHOP PAYOUT,,84.50,2533.72',
  '15/03/2026,TRANSFER FROM J OKAFOR,,120.00,2653.72',
  '20/03/2026,REFUND ASOS,,29.99,2683.71',
  '26/03/2026,VIRGIN MEDIA DD,42.00,,2641.71',
].join('\n');
const SPENDING = [
  'date,shop,amount,currency',
  '2026-05-02,Decathlon tent,189.00,GBP',
  '2026-05-06,Lidl,41.30,GBP',
  '2026-05-11,Ryanair flights,96.00,EUR',
  '2026-05-14,Lidl,38.75,GBP',
  '2026-05-29,Decathlon tent refund,-189.00,GBP',
  '2026-06-03,Boots,12.40,GBP',
].join('\n');
const BILLS = [
  '# Household bills',
  '',
  '| Bill            | Paid     | Amount  |',
  '|-----------------|----------|---------|',
  '| Council tax     | monthly  | £148.00 |',
  '| Broadband       | monthly  | £32.00  |',
  '| Home insurance  | yearly   | £286.00 |',
  '| TV licence      | yearly   | £169.50 |',
].join('\n');
const LEASE = [
  '# Tenancy summary',
  '',
  'Tenant: R. Adeyemi',
  'Monthly rent: £1,150, due on the 3rd of each month.',
  'Deposit: £1,326, held by the TDS.',
].join('\n');

describe('a right-aligned amount under its column name (S39 B9)', () => {
  it('cuts the cell where the number stands, so the wrapped row stays one row', () => {
    const [table] = alignedTables(UPKEEP.split('\n'), () => false);
    expect(table?.header).toEqual(['DATE', 'JOB', 'WHO', 'COST(EUR)']);
    expect(table?.rows.map((r) => [r.at + 1, r.last + 1])).toEqual([
      [3, 3],
      [4, 5],
      [6, 6],
      [7, 8],
      [9, 9],
    ]);
    expect(table?.rows[3]?.cells).toEqual([
      '2026-07-07',
      'Tree surgery - removed dead oak limb over shed',
      'GreenEdge',
      '1,250.00',
    ]);
  });
});

describe('totals, extremes and counts over a log (S39 B1, B2, B7, B8)', () => {
  it('sums, compares and counts the rows asked, citing them', async () => {
    const { ask } = await learn({ 'garden-upkeep.log': UPKEEP, 'spending.csv': SPENDING });
    const total = await ask('what is the total garden upkeep cost?');
    expect(total.answer).toBe(
      'All 5 rows; their COST(EUR) adds up to 1578.90 EUR (70.00 + 145.00 + 38.90 + 1,250.00 + 75.00; garden-upkeep.log:3-9; computed, not stated in the documents).',
    );
    // A word the rows say ("GreenEdge") narrows them; "spend" does not name spending.csv.
    const greenEdge = await ask('how much did I spend on GreenEdge in total?');
    expect(greenEdge.citations.map((c) => [c.lineStart, c.lineEnd])).toEqual([
      [3, 3],
      [7, 8],
      [9, 9],
    ]);
    expect(greenEdge.answer).toContain(
      '3 rows; their COST(EUR) adds up to 1395.00 EUR (70.00 + 1,250.00 + 75.00; computed, not stated in the documents).',
    );
    const hedge = await ask('what did the hedge trimming cost in total?');
    expect(hedge.answer).toContain('2 rows; their COST(EUR) adds up to 145.00 EUR (70.00 + 75.00;');
    const dearest = await ask('what was the most expensive garden job?');
    expect(dearest.citations.map((c) => c.lineStart)).toEqual([7]);
    expect(dearest.answer).toMatch(/Tree surgery - removed dead oak limb over shed.*1,250\.00/u);
    const cheapest = await ask('what was the cheapest GreenEdge job?');
    expect(cheapest.citations.map((c) => c.lineStart)).toEqual([3]);
    const jobs = await ask('how many jobs did GreenEdge do?');
    expect(jobs.answer).toContain(
      '3 rows of garden-upkeep.log (garden-upkeep.log:3-9; counted, not stated in the documents).',
    );
    const all = await ask('how many garden jobs were there?');
    expect(all.answer).toContain('5 rows of garden-upkeep.log');
    // Purchases counted apart from the refund, each currency said.
    const purchases = await ask('how many purchases did I make?');
    expect(purchases.answer).toContain(
      '5 purchases (4 in GBP, 1 in EUR) (spending.csv:2-7; counted, not stated in the documents).',
    );
    expect(purchases.answer).toContain('Not counted: 1 refund: Decathlon tent refund (spending.csv:6).');
    const refunds = await ask('how many refunds did I get?');
    expect(refunds.answer).toContain('1 refund (spending.csv:6; counted');
    // A count of something no row says is no count.
    for (const question of ['how many jobs did ClearView do?', 'how many purchases did I make at Tesco?']) {
      const answer = await ask(question);
      expect(answer.answer, question).not.toMatch(/counted/u);
    }
  });

  it('does not net a refund of a purchase made before the days asked (S39 B10)', async () => {
    const { ask } = await learn({ 'spending.csv': SPENDING });
    const later = await ask('how much did I spend between 2026-05-10 and 2026-06-30?');
    expect(later.answer).toContain(
      '2 purchases dated 10 May 2026–30 June 2026 add up to 51.15 GBP (38.75 + 12.40;',
    );
    expect(later.answer).toContain(
      'Not netted: a refund of -189.00 GBP Decathlon tent refund (spending.csv:6) is for a purchase dated 2026-05-02, not in the days asked (spending.csv:2).',
    );
    expect(later.answer).not.toMatch(/net after/u);
    // With the purchase in the days asked, the refund is netted.
    const may = await ask('how much did I spend in May?');
    expect(may.answer).toMatch(/came back: 80\.05 GBP net after it/u);
  });
});

describe('money in and a year asked (S38, S39)', () => {
  it('adds up what came in, and works a year out of a monthly line', async () => {
    const { ask } = await learn({ 'current-account.csv': ACCOUNT, 'bills.md': BILLS, 'lease.md': LEASE });
    const income = await ask('what was my income?');
    expect(income.answer).toContain(
      '2 credits add up to +2734.50 (2650.00 + 84.50; current-account.csv:3-6; computed, not stated in the documents).',
    );
    expect(income.answer).toContain('Not counted as earnings: +120.00 TRANSFER FROM J OKAFOR');
    expect(income.answer).toContain('Not counted as income: a refund of +29.99 REFUND ASOS.');
    for (const question of [
      'how much came in?',
      'how much was paid in?',
      'how much money came in in March?',
    ]) {
      const answer = await ask(question);
      expect(answer.answer, question).toMatch(
        /3 credits (?:dated March )?add up to \+2854\.50 \(2650\.00 \+ 84\.50 \+ 120\.00;/u,
      );
    }
    const spent = await ask('how much did I spend in March?');
    expect(spent.answer).toContain('3 debits dated March add up to -1055.18');
    const tax = await ask('how much do I pay per year for council tax?');
    expect(tax.answer).toContain(
      'That is per month: 12 × £148.00 = £1776.00 a year (computed, not stated in the documents).',
    );
    const rent = await ask('what is my rent per year?');
    expect(rent.answer).toContain('12 × £1,150 = £13,800 a year');
    // A yearly line is the answer as it stands.
    const insurance = await ask('how much is home insurance per year?');
    expect(insurance.answer).toContain('£286.00');
    expect(insurance.answer).not.toMatch(/12 ×/u);
    // Per month asked of a monthly line: nothing worked out.
    const month = await ask('how much is broadband a month?');
    expect(month.answer).not.toMatch(/12 ×/u);
  });
});
