import { describe, expect, it } from 'vitest';
import { learnPapers as learn } from '../../test/helpers/knowledge.js';
import { root } from './lexicon.js';
import { NARROWING, narrowedOtherWay } from './wording.js';

/**
 * k22 (stranger S35): a word that only narrows which one is meant ("my new job", "the current
 * lease", "the monthly subscription") or names money changing hands that a statement's row never
 * writes ("the Spotify payment", "the water bill") no longer vetoes an answer the rest of the
 * question matches; a word naming a subject the documents lack ("the dentist bill", "is parking
 * included?") still does. Fixtures are our own, siblings of the stranger's, and the stranger's two.
 */

const CARD = [
  'Date,Description,Amount',
  '2025-09-02,Spotify,-10.99',
  '2025-09-04,City Water Utility,-48.20',
  '2025-09-07,Verizon Wireless,-65.00',
  '2025-09-11,Planet Fitness,-24.99',
  '2025-09-15,State Farm Auto,-132.40',
  '2025-09-18,Whole Foods,-96.35',
  '2025-09-25,Comcast Internet,-79.99',
].join('\n');
const OFFER = [
  'September 2, 2025',
  '',
  'Dear Mr. Okafor,',
  '',
  'We are delighted to offer you the role of Backend Engineer at Northwind Labs, beginning October 6, 2025. Your base salary will be $120,000 per year, paid biweekly. You will report to Priya Shah, Engineering Manager.',
  '',
  'You are eligible for 20 days of paid vacation per year. A signing bonus of $5,000 is payable with your first paycheck.',
  '',
  'Please sign and return this letter by September 16, 2025.',
].join('\n');
const LEASE = [
  '# Residential Lease — 14 Elm Street, Apt 3B',
  '',
  'The lease term begins on August 1, 2025 and ends on July 31, 2026.',
  '',
  'Monthly rent is $1,650, due on the 1st of each month.',
  '',
  'The security deposit is $1,650, refundable within 30 days of move-out.',
  '',
  'Pets are allowed with a $300 pet deposit. Smoking is not permitted anywhere in the building.',
].join('\n');
const PHONE = [
  '# Mobile Phone Contract — Verizon',
  '',
  'Plan: Unlimited Plus, $65 per month.',
  '',
  'The contract runs for 24 months starting March 10, 2025.',
  '',
  'The early termination fee is $200.',
].join('\n');
const MINE = { 'card.csv': CARD, 'offer.txt': OFFER, 'lease.md': LEASE, 'phone.md': PHONE };

/** The stranger's bank rows, offer letter and renters insurance (S35). */
const BANK = [
  'Date,Description,Amount,Balance',
  '2025-10-01,Rent Harborview Properties,-1850.00,3120.55',
  '2025-10-03,Trader Joes,-84.12,3036.43',
  '2025-10-09,Netflix,-15.49,5970.94',
  '2025-10-14,HomeShield Insurance,-216.00,5754.94',
  '2025-10-20,Shell Gas,-52.30,5702.64',
].join('\n');
const LETTER = [
  'October 12, 2025',
  '',
  'Dear Ms. Whitfield,',
  '',
  'Thank you for your application. We are pleased to offer you the position of Senior Data Analyst at Crestline Health, starting November 3, 2025. Your annual salary will be $98,000, and you will report to Marcus Bell.',
].join('\n');
const INSURANCE = [
  '# HomeShield Renters Insurance Policy HS-88213',
  '',
  'Policyholder: Dana Whitfield. Annual premium: $216. Deductible: $500.',
  '',
  '## What is covered',
  '- Theft of personal property, including from your car',
  '- Water damage from burst pipes',
  '- Liability up to $100,000',
].join('\n');
const STRANGER = { 'bank.csv': BANK, 'letter.txt': LETTER, 'insurance.md': INSURANCE };

describe('a narrowing word never vetoes the answer (k22)', () => {
  it('"new", "current", "old" are narrowing words; another period is narrowed the other way', () => {
    for (const word of ['new', 'old', 'current', 'latest', 'monthly', 'annual'])
      expect(NARROWING.has(root(word)), word).toBe(true);
    expect(narrowedOtherWay('Annual premium: $216.', root('monthly'))).toBe(true);
    expect(narrowedOtherWay('Monthly rent is $1,650.', root('monthly'))).toBe(false);
    expect(narrowedOtherWay('Spotify, -10.99', root('monthly'))).toBe(false);
    expect(narrowedOtherWay('Rent is $1,650 per month.', root('yearly'))).toBe(true);
    expect(narrowedOtherWay('Next service due: May.', root('last'))).toBe(true);
  });

  it('answers "my new job", "the current lease", "my new phone plan" from what they name', async () => {
    const { ask } = await learn(MINE);
    const cases: [string, string][] = [
      ['when does my new job start?', 'beginning October 6, 2025'],
      ['when does my new role start?', 'beginning October 6, 2025'],
      ['what is my new salary?', '$120,000'],
      ['what is my current salary?', '$120,000'],
      ['when does the new lease begin?', 'begins on August 1, 2025'],
      ['when does my current lease end?', 'July 31, 2026'],
      ['how much is the current rent?', 'Monthly rent is $1,650'],
      ['how much is my new phone plan?', '$65 per month'],
      ['how much was the latest comcast payment?', '-79.99'],
      ['how much was the monthly spotify subscription?', '-10.99'],
    ];
    for (const [question, said] of cases) {
      const answer = await ask(question);
      expect(answer.known, `${question} → ${answer.text}`).toBe(true);
      expect(answer.quotes.join('\n'), question).toContain(said);
    }
  });

  it('the stranger’s new job starts on the letter’s date (S35 1)', async () => {
    const { ask } = await learn(STRANGER);
    const answer = await ask('when does my new job start?');
    expect(answer.quotes.join('\n')).toContain('starting November 3, 2025');
    expect(answer.citations[0]?.path).toMatch(/letter\.txt$/u);
  });
});

describe('a payment, bill or subscription is the row naming the payee (k22)', () => {
  it('answers money asked with a word a statement row never writes', async () => {
    const { ask } = await learn(MINE);
    const cases: [string, string][] = [
      ['how much was the spotify payment?', '-10.99'],
      ['how much was the water bill?', '-48.20'],
      ['how much is the water bill?', '-48.20'],
      ['how much was the verizon bill?', '-65.00'],
      ['how much was my internet bill?', '-79.99'],
      ['how much was the whole foods purchase?', '-96.35'],
      ['what was the amount of the state farm payment?', '-132.40'],
      ['what was the amount of the spotify payment?', '-10.99'],
      ['how much is the monthly rent payment?', 'Monthly rent is $1,650'],
    ];
    for (const [question, said] of cases) {
      const answer = await ask(question);
      expect(answer.known, `${question} → ${answer.text}`).toBe(true);
      expect(answer.quotes.join('\n'), question).toContain(said);
    }
  });

  it('the stranger’s insurance payment and Netflix subscription are their rows (S35 2)', async () => {
    const { ask } = await learn(STRANGER);
    const insurance = await ask('how much was the insurance payment?');
    expect(insurance.quotes.join('\n')).toMatch(/216/u);
    expect((await ask('how much was the netflix subscription?')).quotes.join('\n')).toContain('-15.49');
    expect((await ask('how much was the previous netflix payment?')).quotes.join('\n')).toContain('-15.49');
  });
});

describe('a subject the documents lack still gets "I don’t know" (k22)', () => {
  it('the payee, the thing or the place asked is never stood in for', async () => {
    const { ask } = await learn(MINE);
    for (const question of [
      'how much was the dentist bill?',
      'how much was the electricity bill?',
      'how much was my amazon payment?',
      'how much was the hulu subscription?',
      'how much was the insurance payment?',
      'how much was the parking charge?',
      'is parking included?',
      'how much was the gym payment?',
      'when does my new gym membership start?',
      'how much was the uber charge?',
      'how much was my new laptop?',
      'how much is the old parking fee?',
      'when does the new school term start?',
      'how much was the latest electricity payment?',
      'how much was the tesla payment?',
      'how much is the monthly dentist plan?',
      'who is my new dentist?',
      'what was the amount of the dentist payment?',
    ]) {
      const answer = await ask(question);
      expect(answer.known, `${question} → ${answer.text}`).toBe(false);
      expect(answer.text).toMatch(/^I don't know/u);
    }
  });

  it('"the water bill" is no line on water damage, nor the car insurance payment a renters policy', async () => {
    const { ask } = await learn(STRANGER);
    for (const question of [
      'how much is the water bill?',
      'how much was the car insurance payment?',
      'how much was the spotify payment?',
      'how much was the electricity bill?',
    ]) {
      const answer = await ask(question);
      expect(answer.known, `${question} → ${answer.text}`).toBe(false);
    }
  });
});
