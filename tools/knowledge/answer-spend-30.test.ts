import { describe, expect, it } from 'vitest';
import { learnPapers as learn } from '../../test/helpers/knowledge.js';

/** S44's bank statement: an opening balance row with no amount, income and spending in one column. */
const BANK = [
  'date,description,amount,balance',
  '2026-11-01,Opening balance,,2310.44',
  '2026-11-03,Rent received from lodger (Saltmarsh Lane),1140.00,3450.44',
  '2026-11-03,Mortgage Nationwide,-1022.00,2428.44',
  '2026-11-05,Tesco Ashby,-84.37,2344.07',
  '2026-11-12,Octopus Energy,-131.00,2172.55',
  '2026-11-20,Salary Orla Wrenfield (Lincs Pharmacy),2385.16,4546.72',
  '2026-11-28,Tesco Ashby,-96.12,4392.60',
  '',
].join('\n');

describe('spending of a month on a bank statement (S44 12)', () => {
  it.each([
    'how much did we spend in November?',
    'how much did I spend in November?',
    "what's the total of all the money that went out in November?",
    'how much money went out in November?',
    'how much did we spend in November 2026?',
  ])('%s', async (question) => {
    const { ask } = await learn({ 'bank-nov-2026.csv': BANK });
    const a = await ask(question);
    expect(a.answer).toMatch(
      /^4 debits dated November(?: 2026)? add up to -1333\.49 \(.*bank-nov-2026\.csv:4-8/u,
    );
    // Income is said apart, never counted as spending.
    expect(a.answer).toMatch(/Not counted: \+1140\.00 Rent received.*\(money in\)/u);
  });
});

describe('an everyday bill asked by what it is, said by its payee (S44 12)', () => {
  it.each([
    ['how much did we pay for electricity?', /131\.00/u],
    ['how much did I spend on electricity in November?', /131\.00/u],
  ])('%s', async (question, said) => {
    const { ask } = await learn({ 'bank-nov-2026.csv': BANK });
    const a = await ask(question);
    expect(a.known).toBe(true);
    expect(a.answer).toMatch(said);
    expect(a.answer).not.toMatch(/84\.37|1140|2385/u);
  });

  it('a bill the statement does not say stays unknown', async () => {
    const { ask } = await learn({ 'bank-nov-2026.csv': BANK });
    expect((await ask('how much did we pay for water?')).known).toBe(false);
  });
});
