import { describe, expect, it } from 'vitest';
import { learnPapers as learn } from '../../test/helpers/knowledge.js';
import { dateSpanAsked, describeSpan } from './date-span.js';
import { askedSide } from './statement.js';

/**
 * Round k24 (stranger S38): a deposit held is no statement credit; earnings are not every credit
 * (a transfer is money in, not earned).
 */

/** The stranger's bank statement (S38): debits negative, a salary and a transfer in. */
const BANK = [
  'Date,Description,Amount,Balance',
  '2025-10-01,Salary Globex Corp,3200.00,4100.00',
  '2025-10-02,Rent Harbourview Lettings,-1250.00,2850.00',
  '2025-10-03,Tesco Stores,-64.20,2785.80',
  '2025-10-05,Council Tax,-148.00,2637.80',
  '2025-10-07,Netflix,-10.99,2626.81',
  '2025-10-10,Transfer from Maria,200.00,2826.81',
  '2025-10-12,Shell Fuel,-55.40,2771.41',
  '2025-10-15,Gym membership,-35.00,2736.41',
  '2025-10-20,British Gas,-92.15,2644.26',
  '2025-10-28,Cash withdrawal,-100.00,2544.26',
  '',
].join('\n');

const LEASE =
  '# Tenancy agreement\n\nTenant: Sam Okafor\n\nRent: £1,250 per calendar month.\n\nDeposit: £1,442, held in the Deposit Protection Service.\n';

/** The stranger's card (S38): purchases positive, a refund, one EUR row. */
const CARD = [
  'Transaction Date,Merchant,Amount,Currency,Amount GBP',
  '2025-11-01,Amazon UK,45.99,GBP,45.99',
  "2025-11-03,Curry's PC World,899.00,GBP,899.00",
  '2025-11-04,Pret A Manger,7.85,GBP,7.85',
  '2025-11-08,Hotel Lisboa,320.00,EUR,278.40',
  '2025-11-10,Amazon UK refund,-45.99,GBP,-45.99',
  '2025-11-14,John Lewis,129.50,GBP,129.50',
  '2025-11-20,Trainline,64.30,GBP,64.30',
  '',
].join('\n');

/** A bank account of my own, a column each way: wages, a TFR in and an FPI in. */
const BANK_TWO = [
  'Date,Description,Paid out,Paid in,Balance',
  '01 Nov 2026,RENT HOLLOWAY RD,950.00,,1050.00',
  '03 Nov 2026,WAGES NORTHWIND LTD,,2400.00,3450.00',
  '09 Nov 2026,TFR FROM SAVINGS,,500.00,3950.00',
  '14 Nov 2026,FPI J SMITH,,60.00,4010.00',
  '22 Nov 2026,EE MOBILE DD,25.00,,3985.00',
  '',
].join('\n');

describe('a deposit held is no money paid in (S38 1)', () => {
  it('reads the side a question asks', () => {
    expect(askedSide('how much is the deposit?')).toBeUndefined();
    expect(askedSide('what is my security deposit?')).toBeUndefined();
    expect(askedSide('how much was the holding deposit?')).toBeUndefined();
    expect(askedSide('what is my credit limit?')).toBeUndefined();
    // Money paid in is still asked so.
    expect(askedSide('how much did I deposit in October?')).toBe('credit');
    expect(askedSide('what were my total deposits?')).toBe('credit');
    expect(askedSide('what was the largest deposit?')).toBe('credit');
    expect(askedSide('how much was the deposit into my account on 10 October?')).toBe('credit');
  });

  it('the lease’s deposit, never the statement’s credits added', async () => {
    const { ask } = await learn({ 'bank.csv': BANK, 'lease.md': LEASE });
    const a = await ask('how much is the deposit?');
    expect(a.answer).toMatch(/Deposit: £1,442/u);
    expect(a.answer).not.toMatch(/3400|credits add up/u);
    const deposits = await ask('how much did I deposit in October?');
    expect(deposits.answer).toMatch(/2 credits dated October add up to \+3400\.00/u);
  });

  it('a deposit no document names is not known', async () => {
    const { ask } = await learn({ 'bank.csv': BANK });
    const a = await ask('how much is the deposit?');
    expect(a.known).toBe(false);
    expect(a.answer).not.toMatch(/3400/u);
  });
});

describe('earnings are not transfers (S38 4)', () => {
  it('October’s earnings are the salary; the transfer is said apart', async () => {
    const { ask } = await learn({ 'bank.csv': BANK });
    const a = await ask('how much did I earn in October?');
    expect(a.answer).toMatch(/^1 credit dated October adds up to \+3200\.00 \(3200\.00; bank\.csv:2;/u);
    expect(a.answer).toMatch(
      /Not counted as earnings: \+200\.00 Transfer from Maria \(a transfer: money in, not earned\)/u,
    );
    // Money in as a whole still counts the transfer.
    const deposits = await ask('what were my total deposits?');
    expect(deposits.answer).toMatch(/2 credits add up to \+3400\.00/u);
  });

  it('wages against TFR and FPI rows', async () => {
    const { ask } = await learn({ 'hsbc-nov-2026.csv': BANK_TWO });
    const a = await ask('what were my total earnings in November?');
    expect(a.answer).toMatch(/1 credit dated November adds up to \+2400\.00/u);
    expect(a.answer).toMatch(
      /Not counted as earnings: \+500\.00 TFR FROM SAVINGS; \+60\.00 FPI J SMITH \(transfers/u,
    );
    const paidIn = await ask('how much was paid in during November?');
    expect(paidIn.answer).toMatch(/3 credits dated November add up to \+2960\.00/u);
  });
});

describe('spans written as numbers or month first (S38 2)', () => {
  const span = (q: string) => {
    const s = dateSpanAsked(q);
    return s && describeSpan(s);
  };
  it('reads ISO, day-first and "Nov 3–10" spans', () => {
    expect(span('what did I spend between 2025-11-03 and 2025-11-10?')).toBe('3–10 November 2025');
    expect(span('how much from 2025-11-03 to 2025-11-10')).toBe('3–10 November 2025');
    // Day-first or month-first: the reading that makes the shorter span forward.
    expect(span('what did I spend from 03/11/2025 – 10/11/2025?')).toBe('3–10 November 2025');
    expect(span('between 03/11/2025 and 10/11/2025')).toBe('3–10 November 2025');
    expect(span('between 11/03/2025 and 11/10/2025')).toBe('3–10 November 2025');
    expect(span('what did I spend Nov 3–10?')).toBe('3–10 November');
    expect(span('how much did I spend between October 1 and 15?')).toBe('1–15 October');
    // One ambiguous date is no span; an amount after a day is none either.
    expect(span('what did I spend on 10/11/2025?')).toBeUndefined();
    expect(span('what did I buy on Nov 3 to 10 euros?')).toBeUndefined();
  });

  it('the rows within the span, each currency apart', async () => {
    const { ask } = await learn({ 'bank.csv': BANK, 'creditcard.csv': CARD });
    for (const q of [
      'what did I spend between 2025-11-03 and 2025-11-10?',
      'what did I spend from 03/11/2025 – 10/11/2025?',
      'how much did I spend Nov 3–10?',
    ]) {
      const a = await ask(q);
      expect(a.answer).toMatch(
        /2 purchases dated 3–10 November(?: 2025)? add up to 906\.85 GBP \(899\.00 \+ 7\.85;/u,
      );
      // The 10 November refund is for the 1 November purchase, before the span: not netted (S39 B10).
      expect(a.answer).toMatch(
        /Not netted: a refund of -45\.99 GBP Amazon UK refund \(creditcard\.csv:6\) is for a purchase dated 2025-11-01/u,
      );
      expect(a.answer).not.toMatch(/net after it/u);
      expect(a.answer).toMatch(/1 purchase dated 3–10 November(?: 2025)? adds up to 320\.00 EUR/u);
      expect(a.answer).not.toMatch(/nothing/u);
    }
    const none = await ask('what did I spend between 2024-01-01 and 2024-01-31?');
    expect(none.known).toBe(false);
  });
});

describe('a question naming one statement asks only it (S38 3)', () => {
  it('the card, the bank, or a file by name', async () => {
    const { ask } = await learn({ 'bank.csv': BANK, 'creditcard.csv': CARD });
    const total = await ask('what is the total of my credit card statement?');
    expect(total.answer).toMatch(/^5 purchases add up to 1146\.64 GBP/u);
    expect(total.answer).toMatch(/1100\.65 GBP net/u);
    expect(total.answer).not.toMatch(/bank\.csv|debits/u);
    const spent = await ask('how much did I spend on the credit card?');
    expect(spent.answer).toMatch(/^5 purchases add up to 1146\.64 GBP/u);
    expect(spent.answer).not.toMatch(/bank\.csv/u);
    const largest = await ask('what was my largest purchase on my credit card?');
    expect(largest.quotes[0]).toMatch(/Curry's PC World/u);
    expect(largest.answer).not.toMatch(/bank\.csv|Rent/u);
    const smallest = await ask('what was my smallest purchase on my credit card?');
    expect(smallest.quotes[0]).toMatch(/Pret A Manger/u);
    expect(smallest.answer).not.toMatch(/Netflix/u);
    const bank = await ask('what was my largest purchase on the bank statement?');
    expect(bank.quotes[0]).toMatch(/Rent Harbourview Lettings, Amount: -1250\.00/u);
    expect(bank.answer).not.toMatch(/creditcard\.csv/u);
    const file = await ask('how much did I spend in bank.csv?');
    expect(file.answer).toMatch(/^8 debits add up to -1755\.74/u);
    expect(file.answer).not.toMatch(/creditcard/u);
    // Naming nothing still asks both.
    const both = await ask('how much did I spend in total?');
    expect(both.answer).toMatch(/bank\.csv/u);
    expect(both.answer).toMatch(/creditcard\.csv/u);
  });

  it('a statement of my own pair: the debit card is the bank’s', async () => {
    const { ask } = await learn({ 'hsbc-nov-2026.csv': BANK_TWO, 'visa-nov.csv': CARD });
    const debit = await ask('what was the largest purchase on my debit card?');
    expect(debit.quotes[0]).toMatch(/RENT HOLLOWAY RD/u);
    expect(debit.answer).not.toMatch(/visa-nov/u);
    const visa = await ask('how much did I spend on my visa?');
    expect(visa.answer).toMatch(/^5 purchases add up to 1146\.64 GBP/u);
    expect(visa.answer).not.toMatch(/hsbc/u);
    // Nothing of a card's at a shop no card row names: not known.
    const none = await ask('how much did I spend at Tesco on my credit card?');
    expect(none.known).toBe(false);
  });
});
