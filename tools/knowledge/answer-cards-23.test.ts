import { describe, expect, it } from 'vitest';
import { learnPapers as learn } from '../../test/helpers/knowledge.js';
import { dateSpanAsked, describeSpan } from './date-span.js';
import { splitRow } from './records.js';
import { tableMoney } from './statement.js';

/**
 * Round k23 (stranger S37): a card statement writes purchases positive and refunds or payments
 * negative (or "CR"); rows carry their own currency; a question asks a span of days.
 */

/** The stranger's statement as learned (S37): purchases positive, one refund negative, one EUR row. */
const CARD_OCT = [
  'date,description,category,amount,currency',
  '2026-10-01,TESCO STORES 2291,Groceries,54.23,GBP',
  '2026-10-02,TFL TRAVEL CH,Transport,7.80,GBP',
  '2026-10-03,NETFLIX.COM,Subscriptions,10.99,GBP',
  '2026-10-04,SHELL STOCKPORT,Fuel,68.40,GBP',
  '2026-10-05,PRET A MANGER,Eating out,8.45,GBP',
  '2026-10-07,AMAZON MKTPLACE,Shopping,23.99,GBP',
  '2026-10-08,SAINSBURYS,Groceries,41.10,GBP',
  '2026-10-10,CURRYS PC WORLD,Electronics,349.00,GBP',
  '2026-10-11,SPOTIFY,Subscriptions,11.99,GBP',
  '2026-10-12,DELIVEROO,Eating out,27.35,GBP',
  '2026-10-14,TESCO STORES 2291,Groceries,62.77,GBP',
  '2026-10-15,PURE GYM,Health,24.99,GBP',
  '2026-10-16,BOOTS PHARMACY,Health,9.90,GBP',
  '2026-10-18,RYANAIR,Travel,89.98,GBP',
  '2026-10-19,HOTEL ALFAMA PATIO DEPOSIT,Travel,150.00,EUR',
  '2026-10-20,SHELL STOCKPORT,Fuel,71.15,GBP',
  '2026-10-21,WATERSTONES,Shopping,17.99,GBP',
  '2026-10-22,ALDI,Groceries,33.48,GBP',
  '2026-10-24,ODEON CINEMA,Entertainment,24.50,GBP',
  '2026-10-25,DELIVEROO,Eating out,31.20,GBP',
  '2026-10-27,IKEA WARRINGTON,Home,129.00,GBP',
  '2026-10-28,TESCO STORES 2291,Groceries,48.62,GBP',
  '2026-10-29,OCTOPUS ENERGY,Utilities,112.00,GBP',
  '2026-10-30,REFUND AMAZON MKTPLACE,Shopping,-23.99,GBP',
  '2026-10-31,COSTA COFFEE,Eating out,4.20,GBP',
  '',
].join('\n');

const CONTRACT =
  '# Employment contract\n\n## Pay\n\nYour salary is £58,400 per annum, paid monthly in arrears on the 28th of each\nmonth by bank transfer.\n';

/** A bank account with a column each way. */
const BANK_PAID = [
  'Date,Description,Paid out,Paid in,Balance',
  '01 Nov 2026,RENT HOLLOWAY RD,950.00,,1050.00',
  '03 Nov 2026,SALARY NORTHWIND LTD,,2400.00,3450.00',
  '05 Nov 2026,TESCO STORES,45.60,,3404.40',
  '12 Nov 2026,AMEX CARD PAYMENT,300.00,,3104.40',
  '18 Nov 2026,REFUND ASOS,,35.00,3139.40',
  '22 Nov 2026,EE MOBILE DD,25.00,,3114.40',
  '',
].join('\n');

/** A card TSV: bare amounts are purchases, "CR" ones a payment and a refund; no "card" in its name. */
const CARD_CR = [
  'Date\tDescription\tAmount',
  '02/11/2026\tWAITROSE\t38.40',
  '06/11/2026\tTRAINLINE\t64.10',
  '09/11/2026\tPAYMENT RECEIVED THANK YOU\t500.00 CR',
  '14/11/2026\tJOHN LEWIS\t120.00',
  '20/11/2026\tJOHN LEWIS REFUND\t120.00 CR',
  '27/11/2026\tPIZZA EXPRESS\t42.75',
  '',
].join('\n');

/** A card used abroad: dollars and pounds, a payment negative. */
const CARD_TWO = [
  'date,merchant,amount,currency',
  '2026-09-01,PAYMENT RECEIVED - THANK YOU,-400.00,GBP',
  '2026-09-03,UBER,23.10,USD',
  '2026-09-04,WHOLE FOODS,54.80,USD',
  '2026-09-05,HERTZ,210.00,USD',
  '2026-09-08,HEATHROW EXPRESS,25.00,GBP',
  '2026-09-10,PRET A MANGER,6.95,GBP',
  '',
].join('\n');

/** A card whose file name says nothing: the payment row and most rows positive tell. */
const CARD_PLAIN = [
  'date,description,amount',
  '2026-12-01,PAYMENT THANK YOU,-250.00',
  '2026-12-02,ASDA,61.30',
  '2026-12-05,ARGOS,89.99',
  '2026-12-09,BOOTS,12.50',
  '',
].join('\n');

/** A bank account with one signed column: debits negative, the salary and a refund positive. */
const BANK_SIGNED = [
  'Date,Description,Amount,Balance',
  '2026-10-01,RENT,-1185.00,2310.55',
  '2026-10-02,TESCO STORES,-64.20,2246.35',
  '2026-10-03,SALARY ACME LTD,2950.00,5196.35',
  '2026-10-09,TESCO STORES,-41.75,5154.60',
  '2026-10-28,REFUND AMAZON,37.49,5192.09',
  '',
].join('\n');

const kindOf = (name: string, csv: string) => {
  const [head, ...rows] = csv.trim().split('\n');
  const delimiter = head?.includes('\t') ? '\t' : ',';
  return tableMoney(
    name,
    splitRow(head as string, delimiter),
    rows.map((text) => ({ text, fields: splitRow(text, delimiter) })),
  );
};

describe('a statement’s sign convention (S37 1)', () => {
  it('tells a card from a bank account', () => {
    expect(kindOf('credit-card-oct-2026.csv', CARD_OCT).card).toBe(true);
    expect(kindOf('statement-nov.tsv', CARD_CR).card).toBe(true);
    expect(kindOf('visa-trip.csv', CARD_TWO).card).toBe(true);
    expect(kindOf('transactions-2026-12.csv', CARD_PLAIN).card).toBe(true);
    expect(kindOf('hsbc-nov-2026.csv', BANK_PAID).card).toBe(false);
    expect(kindOf('bank-oct.csv', BANK_SIGNED).card).toBe(false);
    // A debit card's export is a bank account's rows.
    expect(kindOf('debit-card-oct.csv', BANK_SIGNED).card).toBe(false);
  });

  it('reads each row as money in or out, in the file’s own sign and currency', () => {
    const card = kindOf('credit-card-oct-2026.csv', CARD_OCT);
    expect(card.money[0]).toEqual({ flow: -5423, shown: 5423, unit: '|GBP' });
    expect(card.money[14]).toEqual({ flow: -15000, shown: 15000, unit: '|EUR' });
    expect(card.money[23]).toEqual({ flow: 2399, shown: -2399, unit: '|GBP' });
    const cr = kindOf('statement-nov.tsv', CARD_CR);
    expect(cr.money[2]).toEqual({ flow: 50000, shown: -50000, unit: '|' });
    expect(cr.money[3]).toEqual({ flow: -12000, shown: 12000, unit: '|' });
    const bank = kindOf('bank-oct.csv', BANK_SIGNED);
    expect(bank.money[0]).toEqual({ flow: -118500, shown: -118500, unit: '|' });
  });
});

describe('spans of days asked (S37 3)', () => {
  const span = (q: string) => {
    const s = dateSpanAsked(q);
    return s && describeSpan(s);
  };
  it('reads between, from–to, since, before and weeks of a month', () => {
    expect(span('How much did I spend between 20 and 25 October?')).toBe('20–25 October');
    expect(span('spent between 20 October and 25 October')).toBe('20–25 October');
    expect(span('how much did I spend from 1 to 10 Oct?')).toBe('1–10 October');
    expect(span('how much did I spend in the last week of October?')).toBe('25–31 October');
    expect(span('in the first week of September')).toBe('1–7 September');
    expect(span('the 2nd week of October')).toBe('8–14 October');
    expect(span('the second half of November')).toBe('16–30 November');
    expect(span('since 15 October')).toBe('from 15 October on');
    expect(span('after 4 September')).toBe('from 5 September on');
    expect(span('before the 10th')).toBe('up to 9');
    expect(span('how much have I spent since the 15th?')).toBe('from 15 on');
    expect(span('how much did I spend between the 1st and the 10th?')).toBe('1–10');
    // One date, a month or an amount is no span.
    expect(span('what did I buy between 10 and 20 euros?')).toBeUndefined();
    expect(span('what did I buy between 10 and 20?')).toBeUndefined();
    expect(span('how much did I spend from 2 accounts?')).toBeUndefined();
    expect(span('how much have I spent since 2019?')).toBeUndefined();
    expect(span('how much did I spend after the 3rd?')).toBe('from 4 on');
    expect(span('what did I spend in October')).toBeUndefined();
    expect(span('what did I spend on 14 March')).toBeUndefined();
  });
});

describe('card purchases are the spending, refunds come back (S37 1)', () => {
  it('the biggest purchase is a purchase, never the refund', async () => {
    const { ask } = await learn({ 'credit-card-oct-2026.csv': CARD_OCT });
    const a = await ask('What was my biggest purchase on the credit card?');
    expect(a.quotes[0]).toMatch(/CURRYS PC WORLD, category: Electronics, amount: 349\.00/u);
    expect(a.answer).toMatch(/The largest purchase of 23 purchases in GBP, by size; 1 row of refunds/u);
    expect(a.answer).not.toMatch(/REFUND AMAZON/u);
    const smallest = await ask('what was my smallest purchase?');
    expect(smallest.quotes[0]).toMatch(/COSTA COFFEE, .*amount: 4\.20/u);
  });

  it('October’s spending adds the purchases, each currency apart', async () => {
    const { ask } = await learn({ 'credit-card-oct-2026.csv': CARD_OCT });
    const a = await ask('how much did I spend in total in October?');
    expect(a.answer).toMatch(/23 purchases dated October add up to 1263\.08 GBP/u);
    expect(a.answer).toMatch(/A refund of -23\.99 GBP REFUND AMAZON MKTPLACE came back: 1239\.09 GBP net/u);
    expect(a.answer).toMatch(/1 purchase dated October adds up to 150\.00 EUR/u);
    expect(a.answer).toMatch(/Each currency is added apart \(GBP, EUR\)/u);
    expect(a.answer).not.toMatch(/^-23\.99|1413\.08|1389\.09/mu);
  });

  it('spending at one shop and on amazon: the rows, the refund and the net', async () => {
    const { ask } = await learn({ 'credit-card-oct-2026.csv': CARD_OCT });
    const tesco = await ask('how much did I spend at Tesco?');
    expect(tesco.quotes).toHaveLength(3);
    expect(tesco.answer).toMatch(/3 purchases add up to 165\.62 GBP \(54\.23 \+ 62\.77 \+ 48\.62;/u);
    const amazon = await ask('how much did I spend on amazon in total?');
    expect(amazon.answer).toMatch(/1 purchase adds up to 23\.99 GBP/u);
    expect(amazon.answer).toMatch(/came back: 0\.00 GBP net after it/u);
  });

  it('the salary’s date is the contract’s, not a card row', async () => {
    const { ask } = await learn({ 'credit-card-oct-2026.csv': CARD_OCT, 'employment-contract.md': CONTRACT });
    const a = await ask('When is my salary paid?');
    expect(a.answer).toMatch(/on the 28th of each/u);
    expect(a.answer).not.toMatch(/Paid on|money-in rows|TESCO/u);
    const paid = await ask('when was I paid?');
    expect(paid.answer).not.toMatch(/Paid on 2026-10-01|money-in rows/u);
  });
});

describe('currencies are never added together (S37 2)', () => {
  it('travel: 97.78 GBP and 150.00 EUR, never 247.78', async () => {
    const { ask } = await learn({ 'credit-card-oct-2026.csv': CARD_OCT });
    const a = await ask('how much did I spend on travel?');
    expect(a.answer).toMatch(/2 purchases add up to 97\.78 GBP \(7\.80 \+ 89\.98;/u);
    expect(a.answer).toMatch(/1 purchase adds up to 150\.00 EUR/u);
    expect(a.answer).not.toMatch(/247\.78/u);
  });

  it('a card used abroad: dollars and pounds apart, the payment not counted', async () => {
    const { ask } = await learn({ 'visa-trip.csv': CARD_TWO });
    const total = await ask('how much did I spend in total?');
    expect(total.answer).toMatch(/3 purchases add up to 287\.90 USD/u);
    expect(total.answer).toMatch(/2 purchases add up to 31\.95 GBP/u);
    expect(total.answer).toMatch(
      /Not counted: -400\.00 GBP PAYMENT RECEIVED - THANK YOU \(paid to the card\)/u,
    );
    expect(total.answer).not.toMatch(/319\.85/u);
    const largest = await ask('what was my largest purchase?');
    expect(largest.quotes).toEqual([
      'date: 2026-09-05, merchant: HERTZ, amount: 210.00, currency: USD',
      'date: 2026-09-08, merchant: HEATHROW EXPRESS, amount: 25.00, currency: GBP',
    ]);
    expect(largest.answer).toMatch(/Each currency is compared apart \(USD, GBP\)/u);
    const week = await ask('how much did I spend in the first week of September?');
    expect(week.answer).toMatch(/3 purchases dated 1–7 September add up to 287\.90 USD/u);
    expect(week.answer).not.toMatch(/GBP/u);
    const after = await ask('how much did I spend after 4 September?');
    expect(after.answer).toMatch(/1 purchase dated from 5 September on adds up to 210\.00 USD/u);
    expect(after.answer).toMatch(/2 purchases dated from 5 September on add up to 31\.95 GBP/u);
  });

  it('rows a search quotes in two currencies are not added up', async () => {
    const { rowTotal } = await import('./row-totals.js');
    const rows = (...quotes: string[]) => quotes.map((quote) => ({ path: '/d/trip.csv', quote }));
    expect(
      rowTotal(
        true,
        'how much?',
        rows('item: a, amount: 7.80, currency: GBP', 'item: b, amount: 150.00, currency: EUR'),
      ),
    ).toBeUndefined();
    expect(
      rowTotal(
        true,
        'how much?',
        rows('item: a, amount: 7.80, currency: GBP', 'item: b, amount: 89.98, currency: GBP'),
      ),
    ).toBe('2 rows; their amount adds up to 97.78 GBP (computed, not stated in the documents).');
  });
});

describe('a span of days narrows the rows (S37 3)', () => {
  it('between, from–to, the last week and since the 15th', async () => {
    const { ask } = await learn({ 'credit-card-oct-2026.csv': CARD_OCT });
    const between = await ask('How much did I spend between 20 and 25 October?');
    expect(between.quotes).toHaveLength(5);
    expect(between.answer).toMatch(
      /5 purchases dated 20–25 October add up to 178\.32 GBP \(71\.15 \+ 17\.99 \+ 33\.48 \+ 24\.50 \+ 31\.20;/u,
    );
    const week = await ask('how much did I spend in the last week of October?');
    expect(week.answer).toMatch(/5 purchases dated 25–31 October add up to 325\.02 GBP/u);
    // The refund of the 30th is for the 7 October purchase, not in the week: it is not netted (S39 B10).
    expect(week.answer).toMatch(
      /Not netted: a refund of -23\.99 GBP REFUND AMAZON MKTPLACE \(credit-card-oct-2026\.csv:25\) is for a purchase dated 2026-10-07/u,
    );
    expect(week.answer).not.toMatch(/net after it/u);
    const first = await ask('how much did I spend from 1 to 10 Oct?');
    expect(first.answer).toMatch(/8 purchases dated 1–10 October add up to 563\.96 GBP/u);
    const days = await ask('how much did I spend on the card between the 1st and the 10th?');
    expect(days.answer).toMatch(/8 purchases dated 1–10 October 2026 add up to 563\.96 GBP/u);
    const since = await ask('how much have I spent since the 15th?');
    expect(since.answer).toMatch(/12 purchases dated from 15 October 2026 on add up to 597\.01 GBP/u);
    expect(since.answer).toMatch(/1 purchase dated from 15 October 2026 on adds up to 150\.00 EUR/u);
    const largest = await ask('what was my biggest purchase between 20 and 25 October?');
    expect(largest.quotes).toEqual([
      'date: 2026-10-20, description: SHELL STOCKPORT, category: Fuel, amount: 71.15, currency: GBP',
    ]);
  });
});

describe('a card TSV with CR credits, a card named by nothing (S37 1)', () => {
  it('CR rows are a payment and a refund, not purchases', async () => {
    const { ask } = await learn({ 'statement-nov.tsv': CARD_CR });
    const total = await ask('how much did I spend in total?');
    expect(total.answer).toMatch(/4 purchases add up to 265\.25 \(38\.40 \+ 64\.10 \+ 120\.00 \+ 42\.75;/u);
    expect(total.answer).toMatch(/Not counted: -500\.00 PAYMENT RECEIVED THANK YOU \(paid to the card\)/u);
    expect(total.answer).toMatch(/A refund of -120\.00 JOHN LEWIS REFUND came back: 145\.25 net after it/u);
    const largest = await ask('what was my biggest purchase?');
    expect(largest.quotes).toEqual(['Date: 14/11/2026, Description: JOHN LEWIS, Amount: 120.00']);
    const span = await ask('how much did I spend between 5 and 15 November?');
    expect(span.answer).toMatch(/2 purchases dated 5–15 November add up to 184\.10/u);
  });

  it('a payment row and most rows positive make a card', async () => {
    const { ask } = await learn({ 'transactions-2026-12.csv': CARD_PLAIN });
    const largest = await ask('what was my largest expense?');
    expect(largest.quotes).toEqual(['date: 2026-12-05, description: ARGOS, amount: 89.99']);
    const december = await ask('how much did I spend in December?');
    expect(december.answer).toMatch(/3 purchases dated December add up to 163\.79/u);
  });
});

describe('bank accounts keep their answers (S32, S37)', () => {
  it('paid out and paid in columns: spending, a span, pay day, the largest', async () => {
    const { ask } = await learn({ 'hsbc-nov-2026.csv': BANK_PAID });
    const total = await ask('how much did I spend in November?');
    expect(total.answer).toMatch(/4 debits dated November add up to -1320\.60/u);
    expect(total.answer).toMatch(/Not counted: \+2400\.00 SALARY NORTHWIND LTD \(money in\)/u);
    expect(total.answer).toMatch(/A refund of \+35\.00 REFUND ASOS came back: -1285\.60 net after it/u);
    const span = await ask('how much did I spend between 1 and 12 November?');
    expect(span.answer).toMatch(/3 debits dated 1–12 November add up to -1295\.60/u);
    const paid = await ask('when was I paid?');
    expect(paid.answer).toMatch(/^Paid on 03 Nov 2026: .*SALARY NORTHWIND LTD/u);
    const largest = await ask('what was my largest expense?');
    expect(largest.quotes[0]).toMatch(/RENT HOLLOWAY RD/u);
    const dds = await ask('what were my direct debits between 20 and 30 November?');
    expect(dds.quotes).toEqual([
      'Date: 22 Nov 2026, Description: EE MOBILE DD, Paid out: 25.00, Balance: 3114.40',
    ]);
    expect(dds.answer).toMatch(
      /1 direct debit dated 20–30 November \(rows whose description says DD\) comes to -25\.00/u,
    );
  });

  it('a signed bank column: spending at a shop without a month is its debits', async () => {
    const { ask } = await learn({ 'bank-oct.csv': BANK_SIGNED });
    const tesco = await ask('how much did I spend at tesco?');
    expect(tesco.answer).toMatch(/2 debits add up to -105\.95 \(-64\.20 \+ -41\.75;/u);
    const since = await ask('how much did I spend since 2 October?');
    expect(since.answer).toMatch(/2 debits dated from 2 October on add up to -105\.95/u);
    expect(since.answer).toMatch(/Not counted: \+2950\.00 SALARY ACME LTD/u);
  });
});
