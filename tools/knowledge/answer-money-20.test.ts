import { describe, expect, it } from 'vitest';
import { learnPapers as learn } from '../../test/helpers/knowledge.js';
import { askedSide, signedAmount, statementLayout } from './statement.js';

/** Round k20 (S32 HIGH 2, MEDIUM 5, LOW): bank statements — money out is spending, money in is income. */

const SIGNED = [
  'Date,Description,Amount,Balance',
  '2026-10-01,RENT MARLOWE RD,-1185.00,2310.55',
  '2026-10-02,TESCO STORES 2231,-64.20,2246.35',
  '2026-10-03,SALARY ACME LTD,2950.00,5196.35',
  '2026-10-05,PUREGYM DD,-24.99,5171.36',
  '2026-10-09,TESCO STORES 2231,-41.75,5129.61',
  '2026-10-12,NETFLIX.COM,-10.99,5118.62',
  '2026-10-15,BRISTOL ENERGY DD,-88.00,5030.62',
  '2026-10-20,AMAZON MKTPLACE,-37.49,4993.13',
  '2026-10-23,TESCO STORES 2231,-52.10,4941.03',
  '2026-10-28,REFUND AMAZON,37.49,4978.52',
  '',
].join('\n');

/** The same month as a bank writing a column each way. */
const DEBIT_CREDIT = [
  'Date,Description,Debit,Credit,Balance',
  '01/10/2026,RENT MARLOWE RD,1185.00,,2310.55',
  '03/10/2026,SALARY ACME LTD,,2950.00,5260.55',
  '05/10/2026,PUREGYM DD,24.99,,5235.56',
  '12/10/2026,NETFLIX.COM,10.99,,5224.57',
  '28/10/2026,REFUND AMAZON,,37.49,5262.06',
  '',
].join('\n');

/** "Paid out"/"Paid in" with pound signs and thousands commas, newest row first. */
const PAID_OUT_IN = [
  'Date,Transaction type,Description,Paid out,Paid in,Balance',
  '"28 Oct 2026",Direct debit,COUNCIL TAX,£213.15,,"£4,100.00"',
  '"20 Oct 2026",Bank credit,WAGES NORTHWIND,,"£2,100.00","£4,313.15"',
  '"02 Oct 2026",Standing order,RENT TO J SMITH,"£1,000.00",,"£2,213.15"',
  '"01 Oct 2026",Card payment,CO-OP FOOD,£12.85,,"£3,213.15"',
  '',
].join('\n');

/** Negative amounts written with the currency sign. */
const SIGNS = [
  'Date,Payee,Amount',
  '2026-11-01,Landlord,"-£1,185.00"',
  '2026-11-03,Employer payroll,"£2,950.00"',
  '2026-11-07,Corner shop,-£8.40',
  '',
].join('\n');

describe('statement layouts and signs', () => {
  it('reads signed cells however a bank writes them', () => {
    expect(signedAmount('-1185.00')?.cents).toBe(-118500);
    expect(signedAmount('-£1,185.00')).toEqual({ cents: -118500, unit: '£|' });
    expect(signedAmount('−£8.40')?.cents).toBe(-840);
    expect(signedAmount('£-8.40')?.cents).toBe(-840);
    expect(signedAmount('(1,185.00)')?.cents).toBe(-118500);
    expect(signedAmount('1185.00 DR')?.cents).toBe(-118500);
    expect(signedAmount('+2950.00')).toEqual({ cents: 295000, unit: '|' });
    expect(signedAmount('SALARY')).toBeUndefined();
  });

  it('knows the columns each way and the balance', () => {
    expect(statementLayout(['Date', 'Description', 'Debit', 'Credit', 'Balance'])).toEqual({
      date: 0,
      description: 1,
      debit: 2,
      credit: 3,
      balance: 4,
    });
    expect(
      statementLayout(['Date', 'Type', 'Description', 'Paid out (£)', 'Paid in (£)', 'Balance (£)']),
    ).toMatchObject({
      debit: 3,
      credit: 4,
      balance: 5,
    });
    expect(statementLayout(['date', 'item', 'amount_gbp']).debit).toBeUndefined();
  });

  it('tells money out from money in asked', () => {
    expect(askedSide('what is the largest expense in october')).toBe('debit');
    expect(askedSide('how much did I spend in total')).toBe('debit');
    expect(askedSide('how much was paid out in october')).toBe('debit');
    expect(askedSide('what was my total income')).toBe('credit');
    expect(askedSide('how much was paid in')).toBe('credit');
    expect(askedSide('what is the biggest transaction')).toBeUndefined();
  });
});

describe('spending is the debits, income the credits (S32 HIGH 2)', () => {
  it('largest and smallest expense are debits by size, not the salary', async () => {
    const { ask } = await learn({ 'bank_statement_2026-10.csv': SIGNED });
    const largest = await ask('what is the largest expense in october');
    expect(largest.quotes).toEqual([
      'Date: 2026-10-01, Description: RENT MARLOWE RD, Amount: -1185.00, Balance: 2310.55',
    ]);
    expect(largest.answer).toMatch(
      /The largest debit of 8 debits dated October, by size; 2 rows of money in not counted/u,
    );
    const smallest = await ask('what is the smallest expense in october');
    expect(smallest.quotes[0]).toMatch(/NETFLIX\.COM, Amount: -10\.99/u);
    const biggest = await ask('what was my biggest payment?');
    expect(biggest.quotes[0]).toMatch(/RENT MARLOWE RD/u);
    // Rows a word narrows to are still compared as debits of the statement.
    const tesco = await ask('what was my largest expense at tesco?');
    expect(tesco.quotes[0]).toMatch(/TESCO STORES 2231, Amount: -64\.20/u);
    const any = await ask('what was my biggest transaction?');
    expect(any.quotes[0]).toMatch(/SALARY ACME LTD/u);
    expect(any.answer).toMatch(/The largest Amount of 10 rows, by size/u);
    const income = await ask('what was my largest income?');
    expect(income.quotes[0]).toMatch(/SALARY ACME LTD/u);
  });

  it('total spending adds the debits only and says what was left out', async () => {
    const { ask } = await learn({ 'bank_statement_2026-10.csv': SIGNED });
    for (const question of ['how much did I spend in total in october', 'what did I spend altogether?']) {
      const a = await ask(question);
      expect(a.answer, question).toMatch(
        /8 debits(?: dated October)? add up to -1504\.52 \(-1185\.00 \+ -64\.20/u,
      );
      expect(a.answer, question).toMatch(/Not counted: \+2950\.00 SALARY ACME LTD \(money in\)\./u);
      expect(a.answer, question).toMatch(
        /A refund of \+37\.49 REFUND AMAZON came back: -1467\.03 net after it/u,
      );
      expect(a.answer, question).not.toMatch(/1482\.97/u);
    }
    const tesco = await ask('how much did I spend at Tesco in October?');
    expect(tesco.quotes).toHaveLength(3);
    expect(tesco.answer).toMatch(
      /3 debits dated October add up to -158\.05 \(-64\.20 \+ -41\.75 \+ -52\.10;/u,
    );
    const earned = await ask('how much did I earn in october?');
    expect(earned.answer).toMatch(/1 credit dated October adds up to \+2950\.00/u);
    expect(earned.answer).toMatch(/Not counted as income: a refund of \+37\.49 REFUND AMAZON/u);
  });

  it('a purchase and its refund: both rows and the net', async () => {
    const { ask } = await learn({ 'bank_statement_2026-10.csv': SIGNED });
    const a = await ask('total spent on amazon');
    expect(a.quotes).toEqual([
      'Date: 2026-10-20, Description: AMAZON MKTPLACE, Amount: -37.49, Balance: 4993.13',
      'Date: 2026-10-28, Description: REFUND AMAZON, Amount: 37.49, Balance: 4978.52',
    ]);
    expect(a.answer).toMatch(/1 debit adds up to -37\.49/u);
    expect(a.answer).toMatch(/A refund of \+37\.49 REFUND AMAZON came back: 0\.00 net after it/u);
  });

  it('a Debit and a Credit column: the debits are the spending', async () => {
    const { ask } = await learn({ 'barclays-oct.csv': DEBIT_CREDIT });
    const total = await ask('how much did I spend in october?');
    expect(total.answer).toMatch(/3 debits dated October add up to -1220\.98/u);
    expect(total.answer).toMatch(/Not counted: \+2950\.00 SALARY ACME LTD/u);
    const largest = await ask('what was my largest expense?');
    expect(largest.quotes[0]).toMatch(/RENT MARLOWE RD, Debit: 1185\.00/u);
    const smallest = await ask('what was my smallest expense?');
    expect(smallest.quotes[0]).toMatch(/NETFLIX\.COM, Debit: 10\.99/u);
  });

  it('"Paid out"/"Paid in" with pound signs; negative amounts with a sign', async () => {
    const { ask } = await learn({ 'nationwide.csv': PAID_OUT_IN, 'monzo.csv': SIGNS });
    const out = await ask('how much was paid out in total in october?');
    expect(out.answer).toMatch(/3 debits dated October add up to -£1226\.00/u);
    expect(out.answer).toMatch(/Not counted: \+£2100\.00 WAGES NORTHWIND/u);
    const november = await ask('how much did I spend in november?');
    expect(november.answer).toMatch(/2 debits dated November add up to -£1193\.40/u);
    expect(november.answer).toMatch(/Not counted: \+£2950\.00 Employer payroll/u);
  });

  it('an expenses list without money in is still summed whole', async () => {
    const { ask } = await learn({
      'expenses.csv': 'date,item,amount\n2026-05-01,Paint,20.00\n2026-05-02,Brushes,5.50\n',
    });
    const a = await ask('what is the total of all my expenses?');
    expect(a.answer).toMatch(/All 2 rows; their amount adds up to 25\.50/u);
    expect((await ask('what was my total income?')).known).toBe(false);
  });
});

describe('balance, direct debits and pay day (S32 MEDIUM 5, LOW)', () => {
  it('the closing balance is the last row’s Balance; the opening one is computed', async () => {
    const { ask } = await learn({ 'bank_statement_2026-10.csv': SIGNED });
    const closing = await ask('what was the closing balance');
    expect(closing.quotes).toEqual([
      'Date: 2026-10-28, Description: REFUND AMAZON, Amount: 37.49, Balance: 4978.52',
    ]);
    expect(closing.answer).toMatch(/The closing balance is 4978\.52/u);
    const opening = await ask('what was the opening balance?');
    expect(opening.answer).toMatch(/The opening balance was 3495\.55: .*\(computed/u);
  });

  it('rows written newest first close on the first row', async () => {
    const { ask } = await learn({ 'nationwide.csv': PAID_OUT_IN });
    const closing = await ask("what's my closing balance?");
    expect(closing.answer).toMatch(/The closing balance is £4,100\.00/u);
    expect(closing.citations[0]?.lineStart).toBe(2);
  });

  it('the closing row is the one dated last, not the last line', async () => {
    const { ask } = await learn({
      'statement-2026-03.csv':
        'date,description,amount,balance\n2026-03-01,Salary,5120.44,7320.44\n2026-03-30,Octopus Energy,-142.00,4359.22\n2026-03-28,Refund Amazon,19.99,4501.22\n',
    });
    expect((await ask('what is my final balance?')).answer).toMatch(/The closing balance is 4359\.22/u);
  });

  it('direct debits are the rows that say DD, not an email about a gym', async () => {
    const { ask } = await learn({
      'bank_statement_2026-10.csv': SIGNED,
      'puregym_welcome.eml':
        'From: PureGym <hello@puregym.com>\nSubject: Welcome\n\nYour membership is paid by direct debit on the 5th of each month.\n',
    });
    const a = await ask('what were my direct debits in october');
    expect(a.quotes).toEqual([
      'Date: 2026-10-05, Description: PUREGYM DD, Amount: -24.99, Balance: 5171.36',
      'Date: 2026-10-15, Description: BRISTOL ENERGY DD, Amount: -88.00, Balance: 5030.62',
    ]);
    expect(a.answer).toMatch(
      /2 direct debits dated October \(rows whose description says DD\) come to -112\.99/u,
    );
  });

  it('"when was I paid" is the salary row’s date', async () => {
    const { ask } = await learn({ 'bank_statement_2026-10.csv': SIGNED });
    for (const question of ['when was I paid', 'when did my salary come in?', 'when did I get paid?']) {
      const a = await ask(question);
      expect(a.known, question).toBe(true);
      expect(a.answer, question).toMatch(/^Paid on 2026-10-03: .*SALARY ACME LTD/u);
    }
    const { ask: other } = await learn({ 'nationwide.csv': PAID_OUT_IN });
    expect((await other('when was I paid?')).answer).toMatch(/^Paid on 20 Oct 2026: .*WAGES NORTHWIND/u);
  });
});
