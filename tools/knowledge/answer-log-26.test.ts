import { describe, expect, it } from 'vitest';
import { learnPapers as learn } from '../../test/helpers/knowledge.js';

/**
 * An upkeep log whose every row is a repair or a service (stranger S41 1, 2): a noun naming what
 * the whole log is ("repairs" of van-upkeep.log, "the garage" of its WORKSHOP column) asks all its
 * rows, not the one whose text happens to say "repair" (£0.00 said as the largest of 1 row). A word
 * that really selects ("exhaust") still narrows. Our own document, not the stranger's.
 */
const VAN = [
  'VAN UPKEEP - FORD TRANSIT',
  'WHEN        ODO      WORKSHOP            DONE                                  PRICE',
  '2025-04-02  61200    Speedy Tyres        Rear tyres x2                         £164.00',
  '2025-10-11  66010    Millbrook Garage    Full service and coolant              £289.90',
  '2025-12-03  67400    Millbrook Garage    MOT and emissions                     £54.85',
  '2026-02-14  68800    Millbrook Garage    Door lock repair                      £0.00',
  '2026-03-29  70150    Speedy Tyres        Exhaust bracket welded                £96.50',
  '2026-06-02  72900    Millbrook Garage    Timing belt and water pump            £512.00',
].join('\n');

describe('repairs of an upkeep log are all its rows (S41 1)', () => {
  it('compares and sums every row, not the one saying "repair"', async () => {
    const { ask } = await learn({ 'van-upkeep.log': VAN });
    const dearest = await ask('what was the most expensive repair?');
    expect(dearest.citations.map((c) => c.lineStart)).toEqual([8]);
    expect(dearest.answer).toContain('Timing belt and water pump');
    expect(dearest.answer).toContain('The largest PRICE of 6 rows');
    expect(dearest.answer).not.toContain('of 1 row');
    const total = await ask('total cost of van repairs');
    expect(total.answer).toContain('All 6 rows; their PRICE adds up to £1117.25');
    const cheapest = await ask('what was the cheapest repair?');
    expect(cheapest.answer).toContain('The smallest PRICE of 6 rows');
    const jobs = await ask('what was the biggest maintenance bill?');
    expect(jobs.citations.map((c) => c.lineStart)).toEqual([8]);
  });

  it('still narrows by a word that selects rows', async () => {
    const { ask } = await learn({ 'van-upkeep.log': VAN });
    const exhaust = await ask('what did the exhaust work cost in total?');
    // One row narrowed to is quoted with its amount; a "1 row … adds up to" line only repeats it (k32b).
    expect(exhaust.citations.map((c) => c.lineStart)).toEqual([7]);
    expect(exhaust.answer).not.toContain('adds up to');
    expect(exhaust.answer).toContain('£96.50');
    expect(exhaust.answer).not.toContain('£1117.25');
  });

  it('adds up a cost asked of the days asked (S41 2)', async () => {
    const { ask } = await learn({ 'van-upkeep.log': VAN });
    const march = await ask('how much did the van cost in march 2026?');
    expect(march.answer).toContain('Exhaust bracket welded');
    expect(march.answer).toContain('£96.50');
    expect(march.answer).not.toContain('adds up to');
    // A bare year is no date mention, but the rows say it: "in 2025" adds up 2025's rows.
    const year = await ask('how much did the van cost me in 2025?');
    expect(year.answer).toContain('3 rows; their PRICE adds up to £508.75 (£164.00 + £289.90 + £54.85;');
    const repairs = await ask('how much did I spend on repairs in 2026?');
    expect(repairs.answer).toContain('3 rows; their PRICE adds up to £608.50');
  });
});

describe('a count over a log says its number first (S41 3)', () => {
  it('counts the visits to a workshop as times, before the rows', async () => {
    const { ask } = await learn({ 'van-upkeep.log': VAN });
    const visits = await ask('how many times did I go to Millbrook Garage?');
    const [first, ...rest] = visits.answer.split('\n');
    expect(first).toBe('4 times (van-upkeep.log:4-8; counted, not stated in the documents).');
    expect(rest).toHaveLength(4);
    expect(visits.citations.map((c) => c.lineStart)).toEqual([4, 5, 6, 8]);
    const speedy = await ask('how many times did I go to Speedy Tyres?');
    expect(speedy.answer.split('\n')[0]).toBe(
      '2 times (van-upkeep.log:3-7; counted, not stated in the documents).',
    );
  });
});

const ACCOUNT = [
  'Date,Description,Paid out,Paid in,Balance',
  '2026-01-30,ACME LTD WAGES,,2980.00,3410.00',
  '2026-02-02,PARKSIDE LETTINGS RENT,990.00,,2420.00',
  '2026-02-06,CO-OP FOOD,41.20,,2378.80',
  '2026-03-02,PARKSIDE LETTINGS RENT,990.00,,1388.80',
].join('\n');
const LEASE = 'Rent: £990 per calendar month, paid in advance on the 2nd of each month.';

describe('what I paid, asked in total, is added up (S41 2)', () => {
  it('sums the rent rows, with the lease line also found', async () => {
    const { ask } = await learn({ 'current-account.csv': ACCOUNT, 'lease.txt': LEASE });
    for (const question of ['how much did I pay for rent in total?', 'how much rent have I paid in total?']) {
      const rent = await ask(question);
      expect(rent.answer, question).toContain('2 debits add up to -1980.00 (-990.00 + -990.00;');
    }
    // "paid in" still asks money in.
    const came = await ask('how much was paid in altogether?');
    expect(came.answer).toContain('+2980.00');
    expect(came.answer).not.toContain('-1980.00');
  });
});
