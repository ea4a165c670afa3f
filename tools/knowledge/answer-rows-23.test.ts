import { describe, expect, it } from 'vitest';
import { learnPapers as learn } from '../../test/helpers/knowledge.js';
import { columnWords, isMoneyColumn } from './money-columns.js';

/**
 * Expense rows of CSV/TSV files answer money and date questions (issue 10, stranger round 23,
 * HIGH 3 and 4): a money column named with its currency ("amount_gbp", "Cost (€)", "price_usd",
 * "EUR") is money; a row named by any of its cells (vendor, description, category) answers "how
 * much did I spend at …", and a row's date cell is a date of that row, so "nothing is dated X" is
 * never said when a learned row is dated X. Fixtures are our own, siblings of the stranger's.
 */

const EXPENSES = [
  'date,category,vendor,description,amount_gbp',
  '2026-01-04,travel,Trainline,London to Leeds return,84.20',
  '2026-01-09,meals,Dishoom,client dinner,46.50',
  '2026-01-21,software,JetBrains,IntelliJ licence,199.00',
  '2026-02-11,travel,Uber,airport taxi,38.75',
  '2026-02-20,office,Ryman,printer paper,12.99',
].join('\n');
/** Day-first dates, a currency sign in the column name, tabs. */
const TRIP_TSV = [
  'Datum\tShop\tItem\tCost (€)',
  '03/04/2026\tIntersport\tski rental\t120,00',
  '05/04/2026\tBäckerei Huber\tbreakfast rolls\t8,40',
  '05/04/2026\tIntersport\tlift pass\t210,00',
].join('\n');
/** A currency as the column's name, and a column named in lowerCamel. */
const HOUSE_CSV = [
  'when,payee,what,EUR',
  '2026-06-02,Stadtwerke,electricity June,64.00',
  '2026-07-02,Stadtwerke,electricity July,61.50',
].join('\n');
const GADGETS_CSV = ['bought,shop,gadget,totalPrice', '2026-05-17,Currys,kettle,$39.99'].join('\n');
/** Rows with no money column at all. */
const VISITS_CSV = ['date,place,with', '2026-01-09,museum,Anna', '2026-03-03,zoo,Ben'].join('\n');

/** Dates written in words, a currency code before each amount, a file named for spending. */
const SPENDING_CSV = [
  'Date,Merchant,Note,Amount (USD)',
  '9 Jan 2026,Blue Bottle,coffee beans,USD 18.00',
  'Jan 15 2026,Delta,flight to Denver,USD 312.40',
  '2 Feb 2026,Blue Bottle,coffee beans,USD 18.00',
].join('\n');
/** Dotted day-first dates, quoted decimal-comma euro amounts. */
const EINKAUF_CSV = [
  'day,shop,what,price_eur',
  '09.01.2026,Rewe,groceries,"€46,50"',
  '11.02.2026,Rewe,groceries,"€31,20"',
].join('\n');

describe('money columns are read by their words (S23 HIGH 4)', () => {
  it('splits a column name and finds money in it', () => {
    expect(columnWords('amount_gbp')).toEqual(['amount', 'gbp']);
    expect(columnWords('totalPrice')).toEqual(['total', 'price']);
    for (const name of [
      'amount_gbp',
      'Cost (€)',
      'price_usd',
      'EUR',
      '£',
      'totalPrice',
      'Betrag',
      'spent-eur',
    ])
      expect(isMoneyColumn(name), name).toBe(true);
    for (const name of [
      'date',
      'vendor',
      'description',
      'category',
      'amountless'.slice(0, 0) || 'place',
      'with',
    ])
      expect(isMoneyColumn(name), name).toBe(false);
  });
});

describe('expense rows answer by any of their cells, and by their date cell (S23 HIGH 3 and 4)', () => {
  it('answers the stranger’s questions and their siblings with the rows, adding several up', async () => {
    const { ask } = await learn({
      'expenses.csv': EXPENSES,
      'trip/ski.tsv': TRIP_TSV,
      'house.csv': HOUSE_CSV,
      'gadgets.csv': GADGETS_CSV,
      'visits.csv': VISITS_CSV,
      'notes.md': '# Notes\n\nThe car is blue.\n',
    });
    const lines = async (question: string) => {
      const answer = await ask(question);
      expect(answer.known, `${question} → ${answer.answer}`).toBe(true);
      return answer;
    };
    // One row, named by its vendor, description or date.
    for (const question of [
      'how much did I spend at Dishoom?',
      'how much was the client dinner?',
      'what did the client dinner cost?',
      'how much did I pay Dishoom?',
      'how much was spent on 2026-01-09?',
    ]) {
      const answer = await lines(question);
      expect(
        answer.citations.map((c) => [c.path.split('/').pop(), c.lineStart]),
        question,
      ).toEqual([['expenses.csv', 3]]);
      expect(answer.quotes[0]).toContain('amount_gbp: 46.50');
    }
    for (const question of ['what did the IntelliJ licence cost?', 'how much was the IntelliJ licence?']) {
      const answer = await lines(question);
      expect(answer.quotes, question).toEqual([
        'date: 2026-01-21, category: software, vendor: JetBrains, description: IntelliJ licence, amount_gbp: 199.00',
      ]);
    }
    // Several rows of a category or a month: each row, and their total, computed.
    const travel = await lines('how much did I spend on travel?');
    expect(travel.citations.map((c) => c.lineStart)).toEqual([2, 5]);
    expect(travel.answer).toContain('2 rows; their amount_gbp adds up to 122.95 (computed, not stated');
    const january = await lines('what did I spend in January?');
    expect(january.citations.map((c) => c.lineStart)).toEqual([2, 3, 4]);
    expect(january.answer).toContain('3 rows; their amount_gbp adds up to 329.70');
    // The file names what the rows are ("expenses"): a row dated as asked is what is asked.
    for (const question of [
      'what expenses are from January 2026?',
      'which expenses are from January?',
      'list my expenses from January 2026',
    ]) {
      const answer = await lines(question);
      expect(
        answer.citations.map((c) => c.lineStart),
        question,
      ).toEqual([2, 3, 4]);
      expect(answer.answer, question).toContain('3 rows; their amount_gbp adds up to 329.70');
    }
    const februaryRows = await lines('what expenses do I have in February?');
    expect(februaryRows.citations.map((c) => c.lineStart)).toEqual([5, 6]);
    const february = await lines('what did I spend on 11 February?');
    expect(february.citations.map((c) => c.lineStart)).toEqual([5]);
    // Other layouts: a day-first TSV with "Cost (€)", a "EUR" column, a "totalPrice" with "$".
    const intersport = await lines('how much did I spend at Intersport?');
    expect(intersport.citations.map((c) => c.lineStart)).toEqual([2, 4]);
    expect(intersport.answer).toContain('2 rows; their cost (€) adds up to 330.00');
    const lift = await lines('what did the lift pass cost?');
    expect(lift.quotes).toEqual(['Datum: 05/04/2026; Shop: Intersport; Item: lift pass; Cost (€): 210,00']);
    const stadtwerke = await lines('how much did I pay Stadtwerke?');
    expect(stadtwerke.citations.map((c) => c.lineStart)).toEqual([2, 3]);
    expect(stadtwerke.answer).toContain('2 rows; their eur adds up to 125.50');
    const kettle = await lines('how much was the kettle?');
    expect(kettle.quotes).toEqual(['bought: 2026-05-17, shop: Currys, gadget: kettle, totalPrice: $39.99']);
  });

  it('reads other date forms and currencies, whatever the file is named', async () => {
    const { ask } = await learn({ 'spending.csv': SPENDING_CSV, 'einkauf.csv': EINKAUF_CSV });
    const bottle = await ask('how much did I spend at Blue Bottle?');
    expect(bottle.citations.map((c) => c.lineStart)).toEqual([2, 4]);
    expect(bottle.answer).toContain('2 rows; their amount (usd) adds up to USD 36.00 (computed');
    const january = await ask('what did I spend in January 2026?');
    expect(january.citations.map((c) => [c.path.split('/').pop(), c.lineStart])).toEqual([
      ['spending.csv', 2],
      ['spending.csv', 3],
      ['einkauf.csv', 2],
    ]);
    expect(january.answer).not.toContain('adds up');
    expect((await ask('what did I spend on 15 January?')).quotes).toEqual([
      'Date: Jan 15 2026, Merchant: Delta, Note: flight to Denver, Amount (USD): USD 312.40',
    ]);
    expect(
      (await ask('how much did I pay for the flight to Denver?')).citations.map((c) => c.lineStart),
    ).toEqual([3]);
    // "spend" is a word of "spending.csv", but a row of einkauf.csv need not say it.
    const rewe = await ask('how much did I spend at Rewe?');
    expect(rewe.citations.map((c) => [c.path.split('/').pop(), c.lineStart])).toEqual([
      ['einkauf.csv', 2],
      ['einkauf.csv', 3],
    ]);
    expect(rewe.answer).toContain('2 rows; their price_eur adds up to €77.70');
    for (const question of ['how much did I spend at Aldi?', 'what did I spend in December?']) {
      const answer = await ask(question);
      expect(answer.known, `${question} → ${answer.answer}`).toBe(false);
    }
  });

  it('never says nothing is dated a date a learned row is dated', async () => {
    const { ask } = await learn({ 'expenses.csv': EXPENSES, 'visits.csv': VISITS_CSV });
    // visits.csv has a row of 3 March, no expense has: not answered, and not "nothing is dated March".
    const march = await ask('what did I spend in March?');
    expect(march.known).toBe(false);
    expect(march.answer).toBe("I don't know: nothing I found dated March answers that.");
    // Of the expenses (the file's name) none is dated March: that it may say.
    const expensesMarch = await ask('what expenses are from March 2026?');
    expect(expensesMarch.known).toBe(false);
    expect(expensesMarch.answer).toBe("I don't know: nothing I found on that is dated March 2026.");
    // April: no row at all is dated so — then it may plainly say so.
    for (const question of ['what did I spend in April?', 'what expenses are from April?']) {
      const answer = await ask(question);
      expect(answer.known, question).toBe(false);
      expect(answer.answer, question).toMatch(/is dated April\.$/u);
    }
  });

  it('stays "I don\'t know" for a vendor, month or money no row has', async () => {
    const { ask } = await learn({
      'expenses.csv': EXPENSES,
      'visits.csv': VISITS_CSV,
      'notes.md': '# Notes\n\nThe car is blue.\n',
    });
    for (const question of [
      'how much did I spend at Tesco?',
      'what did I spend in March?',
      'how much was spent on 2026-01-10?',
      'how much did the zoo cost?',
      'how much did I spend at the museum?',
      'what did the Netflix subscription cost?',
    ]) {
      const answer = await ask(question);
      expect(answer.known, `${question} → ${answer.answer}`).toBe(false);
    }
  });
});
