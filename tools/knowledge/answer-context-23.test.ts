import { describe, expect, it } from 'vitest';
import { learnPapers as learn } from '../../test/helpers/knowledge.js';
import { CRESTLINE_OFFER as CRESTLINE, LISBON_PORTO_TRIP as TRIP } from '../../test/helpers/papers.js';
import { followUpQuestion, thingOf } from './follow-up.js';

/**
 * Round k23 (S35, S37): the subject of a question given by context — the sentence before, the
 * document's first lines, the earlier question — rather than by the answering line itself. And
 * never a subject the documents do not have ("the salary at Contoso").
 */

const NORTHWIND = [
  'We are pleased to offer you the position of Data Analyst at Northwind.',
  'Your starting salary will be $85,000 per year.',
  'You will report to Dana Lee.',
  'You will receive 20 days of paid vacation each year.',
  '',
].join('\n');

describe('a fact under the subject the lines before name (k23)', () => {
  it('answers salary, manager and vacation of the job the first line names', async () => {
    const { ask } = await learn({ 'offer.txt': NORTHWIND, 'letter.txt': CRESTLINE });
    expect((await ask('what is my salary at Northwind?')).quotes).toEqual([
      'Your starting salary will be $85,000 per year.',
    ]);
    expect((await ask('how much vacation do I get at my new job?')).quotes).toEqual([
      'You will receive 20 days of paid vacation each year.',
    ]);
    const salary = await ask('what is the salary for my new job?');
    expect(salary.quotes).toContain('Your starting salary will be $85,000 per year.');
    const manager = await ask('who will I report to at my new job?');
    expect(manager.quotes).toContain('You will report to Dana Lee.');
  });

  it('tells two offers and two leases apart by the company or place their first lines name', async () => {
    const { ask } = await learn({
      'offer-northwind.txt': NORTHWIND,
      'offer-fabrikam.txt': [
        'Fabrikam Inc.',
        'Employment offer',
        '',
        'Fabrikam is delighted to offer you the role of Product Designer. Your manager will be Tomás Ortega. You get 25 days of annual leave.',
        '',
      ].join('\n'),
      'lease-flat.md': [
        '# Lease — Flat 4B, 12 Elm Street',
        '',
        'Monthly rent is £1,250, payable on the 1st of each month.',
        'Deposit: £1,500, held by the TDS.',
        '',
      ].join('\n'),
      'lease-garage.md': [
        '# Garage lease — Unit 7, Mill Lane Garages',
        '',
        'Rent is £95 per month.',
        'Deposit: £190.',
        '',
      ].join('\n'),
    });
    expect((await ask('who is my manager at Fabrikam?')).quotes).toEqual([
      'Your manager will be Tomás Ortega.',
    ]);
    expect((await ask('how many vacation days do I get at Northwind?')).quotes).toEqual([
      'You will receive 20 days of paid vacation each year.',
    ]);
    expect((await ask('who will I report to at Northwind?')).quotes).toEqual([
      'You will report to Dana Lee.',
    ]);
    expect((await ask('what is the rent at Elm Street?')).quotes).toEqual([
      'Monthly rent is £1,250, payable on the 1st of each month.',
    ]);
    expect((await ask('what is the deposit for the garage?')).quotes).toEqual(['Deposit: £190.']);
    expect((await ask('who is my manager at Contoso?')).known).toBe(false);
  });

  it('says it does not know of a company the documents do not have', async () => {
    const { ask } = await learn({ 'offer.txt': NORTHWIND, 'letter.txt': CRESTLINE });
    expect((await ask('what is the salary at Contoso?')).known).toBe(false);
    expect((await ask('who will I report to at Contoso?')).known).toBe(false);
  });

  it('answers the offer deadline from "Please reply by … to accept."', async () => {
    const { ask } = await learn({ 'letter.txt': CRESTLINE });
    for (const question of ['when is the offer deadline?', 'by when must I accept the job?']) {
      const answer = await ask(question);
      expect(answer.quotes, question).toEqual(['Please reply by October 24, 2025 to accept.']);
    }
  });
});

describe('a follow-up keeps the earlier question’s subject (k23)', () => {
  it('names the thing a "what X" question asked of', () => {
    expect(thingOf('what hotel am I staying at in Lisbon?')).toBe('hotel in Lisbon');
    expect(thingOf('which hotel is in Kyoto?')).toBe('hotel in Kyoto');
    expect(thingOf('what is the rent?')).toBeUndefined();
  });

  it('asks a detail, a pronoun or a question of that thing', () => {
    const hotel = 'what hotel am I staying at in Lisbon?';
    expect(followUpQuestion('and the confirmation number?', hotel)).toBe(
      'what is the confirmation number of the hotel in Lisbon?',
    );
    expect(followUpQuestion('what about the address?', hotel)).toBe(
      'what is the address of the hotel in Lisbon?',
    );
    expect(followUpQuestion('and how much was it?', hotel)).toBe('and how much was the hotel in Lisbon?');
    expect(followUpQuestion('and what time is check-in?', hotel)).toBe(
      'and what time is check-in at the hotel in Lisbon?',
    );
  });

  it('keeps that thing over a chain of follow-ups', () => {
    const number = 'what is the confirmation number of the hotel in Lisbon?';
    expect(followUpQuestion('and what time is check-in?', number)).toBe(
      'and what time is check-in at the hotel in Lisbon?',
    );
    expect(followUpQuestion('and how much was it?', number)).toBe('and how much was the hotel in Lisbon?');
    expect(
      followUpQuestion('and the confirmation number?', 'and what time is check-in at the hotel in Lisbon?'),
    ).toBe(number);
  });

  it('asks the same of another thing of the same kind', () => {
    expect(
      followUpQuestion('what about the return flight?', 'what time does my outbound flight leave?'),
    ).toBe('what time does my return flight leave?');
    expect(followUpQuestion('what about the return flight?', 'what is my outbound flight number?')).toBe(
      'what is my return flight number?',
    );
    expect(followUpQuestion('when does it end?', 'when does the flat lease start?')).toBe(
      'when does the flat lease end?',
    );
    // A priced item after another is asked as said (k20).
    expect(followUpQuestion('and crown preparation?', 'how much is the hygienist?')).toBe(
      'and crown preparation?',
    );
  });

  it('quotes the Lisbon hotel only, and nothing of a hotel not in the documents', async () => {
    const { ask } = await learn({ 'itinerary.txt': TRIP });
    const hotel = 'what hotel am I staying at in Lisbon?';
    const number = await ask(followUpQuestion('and the confirmation number?', hotel));
    expect(number.answer).toContain('HAP-558213');
    expect(number.answer).not.toContain('3318907');
    const checkIn = await ask(followUpQuestion('and what time is check-in?', hotel));
    expect(checkIn.answer).toContain('15:00');
    expect(checkIn.answer).not.toContain('Porto');
    const madrid = await ask(
      followUpQuestion('and the confirmation number?', 'what hotel am I staying at in Madrid?'),
    );
    expect(madrid.known).toBe(false);
  });
});
