import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { learnPapers as learn } from '../../test/helpers/knowledge.js';

/**
 * Round k29: one question word the papers say otherwise (an inflection, a synonym, a phrase, or a
 * word that only frames who is asked among) no longer vetoes the answer; what is truly absent is
 * still "I don't know". A due day is compared with today, and "last month" is the month it is.
 */

const paper = (name: string) => readFileSync(join(import.meta.dirname, 'testdata', 'k29', name), 'utf8');
const PAPERS = Object.fromEntries(
  [
    'tenancy.txt',
    'itinerary.md',
    'medical-notes.txt',
    'dal.md',
    'insurance.txt',
    'bank-statement.csv',
    'car-mot.txt',
    'payslip.txt',
  ].map((name) => [name, paper(name)]),
);
const monthName = (d: Date) => d.toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
const dayMonthYear = (d: Date) => `${d.getUTCDate()} ${monthName(d)} ${d.getUTCFullYear()}`;

describe('a question word the papers say otherwise does not veto the answer', () => {
  it.each([
    ['who is travelling with me to Lisbon', 'Passengers: Sam Reyes, Ana Reyes'],
    ['who is travelling with me', 'Passengers: Sam Reyes, Ana Reyes'],
    [
      'how much notice do I need to give to move out',
      "The tenant must give at least two months' written notice to end the tenancy.",
    ],
    ['when do I fly back', 'Return flight: TP1336 Lisbon to London Heathrow'],
    ['when do we come back from Lisbon', 'Return flight: TP1336 Lisbon to London Heathrow'],
    ['when is my another blood test', 'Next blood test: 8 January 2027, fasting from midnight.'],
    ['does anyone in the family have allergies', 'Ana is allergic to penicillin.'],
    ['is anyone in my household allergic', 'Ana is allergic to penicillin.'],
    ['what allergies does the family have', 'Ana is allergic to penicillin.'],
    ['how many lentils for the dal', '250g red lentils'],
    ['how many garlic cloves go in the dal', '2 garlic cloves'],
  ])('%s', async (question, quote) => {
    const { ask } = await learn(PAPERS);
    const a = await ask(question);
    expect(a.known, `${question}: ${a.text}`).toBe(true);
    expect(a.text, question).toContain(quote);
  });

  it('"spend on food" adds up the groceries and eating-out rows of the month', async () => {
    const { ask } = await learn(PAPERS);
    const a = await ask('how much did I spend on food in October');
    expect(a.known, a.text).toBe(true);
    for (const shop of ['Tesco Superstore', 'Sainsbury', "Nando's Leeds", 'Pizza Express'])
      expect(a.text).toContain(shop);
    expect(a.text).not.toMatch(/Shell Garage|Rent Elm Road|Aldi/u);
    expect(a.text).toContain('-172.25');
  });

  it.each([
    'who is travelling with me to Madrid',
    'how many eggs for the dal',
    'does anyone in the family have diabetes',
    'how much notice do I need to give to cancel the gym',
    'when do I fly back from Rome',
    'how much did I spend on clothes in October',
    'what is the family doctor phone number',
  ])('still does not know what the papers never say: %s', async (question) => {
    const { ask } = await learn(PAPERS);
    const a = await ask(question);
    expect(a.known, `${question}: ${a.text}`).toBe(false);
    expect(a.text).toMatch(/^I don't know/u);
  });
});

describe('a yearly figure asked of a monthly salary', () => {
  it.each(['what is my annual salary', 'how much do I earn a year', 'what is my salary per year'])(
    '%s: the monthly figure with its period, the year computed and said so',
    async (question) => {
      const { ask } = await learn(PAPERS);
      const a = await ask(question);
      expect(a.known, a.text).toBe(true);
      expect(a.quotes).toContain('Monthly salary: £2,900.00');
      expect(a.text).toContain(
        'That is per month: 12 × £2,900.00 = £34,800.00 a year (computed, not stated in the documents).',
      );
    },
  );

  it('never gives another yearly amount for yearly pay', async () => {
    const { ask } = await learn(PAPERS);
    const a = await ask('what is my yearly pay');
    expect(a.text).not.toMatch(/Premium|£312/u);
  });
});

describe('a due day is compared with today', () => {
  const today = new Date();
  const past = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() - 13));
  const ahead = new Date(Date.UTC(today.getUTCFullYear() + 1, today.getUTCMonth(), 10));
  const car = (due: Date) => `Car notes\n\nCar: 2017 Ford Focus\nMOT due ${dayMonthYear(due)}.\n`;

  it('a past due day: overdue, with the day quoted', async () => {
    const { ask } = await learn({ 'car.txt': car(past) });
    const overdue = await ask('is my MOT overdue?');
    expect(overdue.known).toBe(true);
    expect(overdue.text.split('\n')[0]).toMatch(
      new RegExp(
        `^Yes — it was due on ${dayMonthYear(past)}, which is past \\(today is .+\\), so it is overdue\\.$`,
        'u',
      ),
    );
    expect(overdue.quotes).toContain(`MOT due ${dayMonthYear(past)}.`);
    const when = await ask('when is my MOT due');
    expect(when.quotes).toContain(`MOT due ${dayMonthYear(past)}.`);
    expect(when.text).toMatch(/That date is past \(today is .+\): it is overdue\./u);
  });

  it('a due day ahead is not overdue', async () => {
    const { ask } = await learn({ 'car.txt': car(ahead) });
    const overdue = await ask('is the MOT overdue');
    expect(overdue.text.split('\n')[0]).toMatch(/^No — it is due on .+, which is still ahead/u);
    const when = await ask('when is the MOT due');
    expect(when.text).toMatch(/That is still ahead \(today is .+\)\./u);
    expect(when.text).not.toMatch(/overdue/u);
  });
});

describe('"last month" is the month it is by today', () => {
  const today = new Date();
  const last = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 1, 15));
  const before = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 3, 15));
  const payslip = (month: Date) =>
    `Payslip — ${monthName(month)} ${month.getUTCFullYear()}\n\nEmployer: Brightwell Logistics Ltd\nMonthly salary: £2,900.00\nIncome tax: £370.40\nNet pay: £2,378.40\n`;
  const named = `${monthName(last)} ${last.getUTCFullYear()}`;

  it('the payslip of last month answers the tax paid last month, saying which month that is', async () => {
    const { ask } = await learn({ 'payslip.txt': payslip(last) });
    const a = await ask('how much tax did I pay last month');
    expect(a.known, a.text).toBe(true);
    expect(a.text.split('\n')[0]).toBe(`I read "last month" as ${named}.`);
    expect(a.quotes).toContain('Income tax: £370.40');
  });

  it('a payslip of another month does not answer last month', async () => {
    const { ask } = await learn({ 'payslip.txt': payslip(before) });
    const a = await ask('how much tax did I pay last month');
    expect(a.known, a.text).toBe(false);
  });
});
