import { describe, expect, it } from 'vitest';
import { learnPapers as learn } from '../../test/helpers/knowledge.js';

/**
 * Records and numbers (stranger S25 MEDIUM 2 and 3, LOW 2 and 4): a block of "Label: value" lines
 * is one record, so a question naming one line's value and another line's label is answered by
 * that other line; an expenses table's whole amount column is summed and its rows counted; two
 * labelled amounts are compared; a number asked is matched whole. Fixtures are our own, siblings
 * of the stranger's.
 */

/** Many receipts alike, one of them the thing asked about. */
function receipts(): Record<string, string> {
  const files: Record<string, string> = {};
  const shops = ['Tesco', 'Argos', 'Boots', 'Currys', 'IKEA'];
  for (let n = 0; n < 60; n += 1) {
    const id = String(n).padStart(3, '0');
    files[`receipts/receipt-${id}.txt`] = [
      `Receipt ${n}`,
      `Shop: ${shops[n % shops.length]}`,
      `Date: 2025-0${(n % 9) + 1}-1${n % 10}`,
      `Item: item-${n} widget model ${4000 + n * 7}`,
      `Total: £${(10 + n * 3.25).toFixed(2)}`,
      '',
    ].join('\n');
  }
  files['receipts/receipt-special.txt'] = [
    'Receipt special',
    'Shop: John Lewis',
    'Item: Dyson V15 vacuum cleaner',
    'Total: £599.00',
    'Guarantee: 2 years, registered under order JL-77120.',
    '',
  ].join('\n');
  files['receipts/kettle.md'] = [
    '# Kitchen things',
    '',
    '- Shop: Lakeland',
    '- Item: Smeg kettle, cream',
    'Price: £149.95',
    'Warranty: 3 years from purchase',
    '',
    '- Shop: Currys',
    '- Item: Bosch toaster',
    '- Price: £39.99',
    'Warranty: 1 year',
    '',
  ].join('\n');
  files['dishwasher.md'] = [
    '# Bosch Dishwasher Warranty',
    '',
    'The dishwasher was bought from AO.com on 1 May 2024.',
    "The manufacturer's warranty lasts 2 years.",
    '',
  ].join('\n');
  return files;
}

describe('a block of label lines is one record (S25 MEDIUM 2)', () => {
  it('answers a label asked of the record another line names, among many alike', async () => {
    const { ask } = await learn(receipts());
    const cases: [string, string, string, number][] = [
      ['how long is the Dyson guarantee?', 'receipt-special.txt', 'Guarantee: 2 years', 5],
      ['what is the guarantee on the Dyson?', 'receipt-special.txt', 'Guarantee: 2 years', 5],
      ['how much was the Dyson?', 'receipt-special.txt', 'Total: £599.00', 4],
      ['what did the Dyson vacuum cleaner cost?', 'receipt-special.txt', 'Total: £599.00', 4],
      ['what shop was the Dyson from?', 'receipt-special.txt', 'Shop: John Lewis', 2],
      ['how much was the Smeg kettle?', 'kettle.md', 'Price: £149.95', 5],
      ['how long is the warranty on the Smeg kettle?', 'kettle.md', 'Warranty: 3 years from purchase', 6],
      ['what is the warranty on the toaster?', 'kettle.md', 'Warranty: 1 year', 11],
      ['how much did item-17 cost?', 'receipt-017.txt', 'Total: £65.25', 5],
      ['when did I buy item-17?', 'receipt-017.txt', 'Date: 2025-09-17', 3],
      ['where did I buy the Dyson?', 'receipt-special.txt', 'Shop: John Lewis', 2],
    ];
    for (const [question, file, quote, line] of cases) {
      const answer = await ask(question);
      expect(answer.known, `${question} → ${answer.answer}`).toBe(true);
      // The line asked, after its record's opening line at most ("Shop: Lakeland"), of that record only.
      const cited = answer.citations.map((c) => [c.path.split('/').pop(), c.lineStart]);
      expect(cited.at(-1), question).toEqual([file, line]);
      expect(cited.length, question).toBeLessThanOrEqual(2);
      expect(
        cited.every(([f, l]) => f === file && (l as number) > line - 4 && (l as number) <= line),
        question,
      ).toBe(true);
      expect(answer.quotes.at(-1), question).toMatch(
        new RegExp(`^${quote.replace(/[.*+?^$()|[\]\\]/g, '\\$&')}`),
      );
    }
    // Nothing of another record is said of the one asked, and no record says a Hoover.
    expect((await ask('how much was the Hoover?')).known).toBe(false);
    expect((await ask('how long is the guarantee on the Bosch toaster kettle?')).known).toBe(false);
  });
});

/** Twelve rows (more than an answer quotes), three of them Tesco. */
const EXPENSES = [
  'date,category,description,amount_gbp,payment_method',
  '2026-01-03,groceries,Tesco weekly shop,62.40,debit card',
  '2026-01-05,transport,Bristol bus monthly pass,70.00,debit card',
  '2026-01-09,eating out,Pizza Express,38.50,credit card',
  '2026-01-14,utilities,Octopus Energy,96.20,direct debit',
  '2026-01-17,groceries,Tesco weekly shop,55.90,debit card',
  '2026-01-21,health,Boots pharmacy,12.35,debit card',
  '2026-01-28,utilities,Bristol Water,31.60,direct debit',
  '2026-02-02,groceries,Tesco weekly shop,59.30,debit card',
  '2026-02-05,transport,Bristol bus monthly pass,70.00,debit card',
  '2026-02-09,gifts,Waterstones,24.99,credit card',
  '2026-02-14,utilities,Octopus Energy,102.45,direct debit',
  '2026-02-20,eating out,Nando’s,27.80,credit card',
  '',
].join('\n');

describe('a whole expenses table is added up, and its rows counted (S25 MEDIUM 3)', () => {
  it('sums every row of the money column, says it is computed, and counts the table’s rows', async () => {
    const { ask } = await learn({
      'finance/expenses-2026.csv': EXPENSES,
      'receipts/r1.txt': 'Receipt 1\nShop: Tesco\nTotal: £12.00\n',
      'receipts/r2.txt': 'Receipt 2\nShop: Tesco\nTotal: £8.50\n',
      'notes.md': '# Notes\n\nThe car is blue.\n',
    });
    for (const question of [
      'what is the total of all my expenses?',
      'what are my expenses?',
      'how much did I spend altogether?',
      'how much have I spent in total?',
      'what is my total spending?',
    ]) {
      const answer = await ask(question);
      expect(answer.known, `${question} → ${answer.answer}`).toBe(true);
      expect(answer.answer, question).toBe(
        'All 12 rows; their amount_gbp adds up to 651.49 (expenses-2026.csv:2-13; computed, not stated in the documents).',
      );
      expect(answer.citations.map((c) => [c.lineStart, c.lineEnd])).toEqual([[2, 13]]);
    }
    // A question naming more than the whole is answered by the rows that say it.
    const utilities = await ask('how much did I spend in total on utilities?');
    expect(utilities.citations.map((c) => c.lineStart)).toEqual([5, 8, 12]);
    expect(utilities.answer).toContain('3 rows; their amount_gbp adds up to 230.25 (computed');
    // "how many times": the table's rows counted and its file named, though receipts say Tesco too.
    const tesco = await ask('how many times did I go to Tesco?');
    expect(tesco.citations.filter((c) => c.path.endsWith('.csv')).map((c) => c.lineStart)).toEqual([2, 6, 9]);
    expect(tesco.answer).toContain('3 rows of expenses-2026.csv (counted, not stated in the documents)');
  });
});

describe('amounts compared: which costs more, and whether one went up (S25 LOW 4)', () => {
  it('says which of two labelled amounts is more or less, with both amounts', async () => {
    const { ask } = await learn({
      'travel/booking.txt': [
        'Lisbon trip',
        '',
        'Hotel: Casa do Largo',
        'Check-in: 16 April 2026',
        '',
        'COSTS',
        'Flights: £246.80',
        'Hotel: £612.00',
        'Car hire: £95.50',
        '',
      ].join('\n'),
    });
    const more = await ask('which is more expensive, the hotel or the flights?');
    expect(more.citations.map((c) => c.lineStart).sort()).toEqual([7, 8]);
    expect(more.answer).toContain(
      'The hotel is more expensive: £612.00 against £246.80 for the flights (compared, not stated in the documents).',
    );
    expect((await ask('which was cheaper, the flights or the hotel?')).answer).toContain(
      'The flights are cheaper: £246.80 against £612.00 for the hotel',
    );
    expect((await ask('which costs less, the hotel or the car hire?')).answer).toContain(
      'The car hire costs less: £95.50 against £612.00 for the hotel',
    );
    // As the planner passes it, without its "which".
    expect((await ask('is more expensive, the hotel or the flights?')).answer).toContain(
      'The hotel is more expensive: £612.00 against £246.80',
    );
    // A side no document prices: no verdict is made up.
    const yacht = await ask('which is more expensive, the hotel or the yacht?');
    expect(yacht.answer).not.toContain('more expensive:');
  });

  it('says whether an amount went up between two dated documents, quoting both', async () => {
    const { ask } = await learn({
      'minutes/2026-02-10-sync.md':
        '# Sync\n\nDate: 10 February 2026\n\n## Budget\n\nThe design budget for Q1 is £18,500.\n',
      'minutes/sync-late.md':
        '# Sync\n\nDate: 24 February 2026\n\n## Budget\n\nThe Q1 design budget is now £20,000.\n',
    });
    const up = await ask('was the budget increased?');
    expect(up.answer.split('\n')[0]).toBe(
      'Yes, as far as your documents say: £18,500 on 10 February 2026, then £20,000 on 24 February 2026 (compared, not stated in the documents).',
    );
    expect(up.citations.map((c) => [c.path.split('/').pop(), c.lineStart])).toEqual([
      ['2026-02-10-sync.md', 7],
      ['sync-late.md', 7],
    ]);
    expect((await ask('has the design budget gone down?')).answer).toMatch(/^No: it went up, as far as/u);
    expect((await ask('did the budget change?')).answer).toMatch(/^Yes, as far as/u);
  });
});

describe('a number asked is matched whole in answers too (S25 LOW 2)', () => {
  it('never answers "1,150" with a line of "£150"', async () => {
    const { ask } = await learn({
      'lease.md': '# Lease\n\nThe rent is £1,200 per calendar month.\n',
      'insurance.md': '# Insurance\n\nThe excess is £150 for each claim, 1 claim a year.\n',
    });
    for (const question of ['1,150', 'what is £1,150?', 'where does it say 1,150?'])
      expect((await ask(question)).known, question).toBe(false);
    expect((await ask('1,200')).quotes).toEqual(['The rent is £1,200 per calendar month.']);
  });
});
