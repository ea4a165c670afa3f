import { describe, expect, it } from 'vitest';
import { learnPapers as learn } from '../../test/helpers/knowledge.js';
import { codesIn, namesValue, subjectOf } from './named-values.js';

/** Issue 10, stranger S23: the subject's own value answers a wrong-number yes/no; how long and when. */

const LEASE =
  '# Tenancy agreement\n\nLandlord: Mrs A. Pike\nTenant: Sam Reid\n\n## Term and rent\n\nThe tenancy runs for 18 months, starting 1 September 2025.\nThe monthly rent is £1,340, due on the 1st.\nRent is paid by standing order.\nA late fee of £25 applies if rent is more than 7 days overdue.\nThe deposit is £1,500, held by the DPS.\nThe deposit is returned within 10 days of the end of the tenancy.\n';
const BOOKING =
  'Booking confirmation\n\nPassenger: Sam Reid\nFlight: 18 April 2026, SK 804 London Heathrow to Oslo\nDeparture: 09:40\nSeat: 14C\nBaggage: 1 x 23 kg\nPlease be at the gate 30 minutes before the flight departs.\n';
const HOTEL =
  'Hotel Fjord reservation\n\nGuest: Sam Reid\nRoom: B12, second floor\nCheck-in: 20 April 2026 from 15:00\nBreakfast is served in the room next to reception.\nThe ferry leaves from gate A5.\n';

describe('the line naming the subject with a value of the kind is compared (S23 HIGH 6)', () => {
  it('reads codes and where a subject word stands before a value', () => {
    expect(codesIn('Seat: 14C, Room B12, gate A-5').map((c) => c.value)).toEqual(['14C', 'B12', 'A5']);
    expect(codesIn('due on the 1st, 23kg bag, at 10am, 3rd floor')).toEqual([]);
    const rent = subjectOf('is the rent?');
    const at = (text: string, value: string) => [
      { start: text.indexOf(value), end: text.indexOf(value) + value.length },
    ];
    const own = 'The monthly rent is £1,340, due on the 1st.';
    const fee = 'A late fee of £25 applies if rent is more than 7 days overdue.';
    expect(namesValue(own, rent, at(own, '£1,340'))).toBe(true);
    expect(namesValue(fee, rent, at(fee, '£25'))).toBe(false);
    expect(namesValue(fee, subjectOf('is the late fee?'), at(fee, '£25'))).toBe(true);
  });

  it('a wrong amount gets the subject’s own line, not every line naming it', async () => {
    const { ask } = await learn({ 'lease.md': LEASE });
    for (const [question, written] of [
      ['is the rent £900?', '£900'],
      ['is the rent £1,000?', '£1,000'],
      ['is the monthly rent £900?', '£900'],
      ['is the rent 900 pounds?', '900 pounds'],
    ] as const) {
      const a = await ask(question);
      expect(a.known, question).toBe(true);
      expect(a.answer, question).toMatch(
        new RegExp(`^Not ${written} as far as your documents say; they state:\\n`),
      );
      expect(a.quotes, question).toEqual([expect.stringContaining('The monthly rent is £1,340')]);
    }
    const fee = await ask('is the late fee £30?');
    expect(fee.answer).toMatch(/^Not £30 as far/);
    expect(fee.quotes).toEqual([expect.stringContaining('A late fee of £25')]);
    const deposit = await ask('is the deposit £1,200?');
    expect(deposit.answer).toMatch(/^Not £1,200 as far/);
    expect(deposit.quotes).toEqual([expect.stringContaining('The deposit is £1,500')]);
    const right = await ask('is the rent £1,340?');
    expect(right.answer).not.toMatch(/^Not/);
    expect(right.quotes.join('\n')).toContain('£1,340');
    // Nothing in the lease is a water bill: no rent line stands in for it.
    expect((await ask('is the water bill £900?')).known).toBe(false);
  });

  it('a wrong date or code (seat, room, gate) gets the line stating the subject’s own', async () => {
    const { ask } = await learn({ 'booking.txt': BOOKING, 'hotel.txt': HOTEL });
    const cases = [
      ['is the flight on 19 April?', /^Not 19 April as far/, 'Flight: 18 April 2026'],
      ['is my flight on 17 April?', /^Not 17 April as far/, 'Flight: 18 April 2026'],
      ['is my seat 14D?', /^Not 14D as far/, 'Seat: 14C'],
      ['is my seat 15C?', /^Not 15C as far/, 'Seat: 14C'],
      ['is my room B14?', /^Not B14 as far/, 'Room: B12'],
      ['is check-in on 21 April?', /^Not 21 April as far/, 'Check-in: 20 April'],
    ] as const;
    for (const [question, answer, quote] of cases) {
      const a = await ask(question);
      expect(a.known, question).toBe(true);
      expect(a.answer, question).toMatch(answer);
      expect(a.quotes, question).toEqual([expect.stringContaining(quote)]);
    }
    for (const [question, quote] of [
      ['is the flight on 18 April?', 'Flight: 18 April 2026'],
      ['is my seat 14C?', 'Seat: 14C'],
      ['is my room B12?', 'Room: B12'],
    ] as const) {
      const a = await ask(question);
      expect(a.answer, question).not.toMatch(/^Not/);
      expect(a.quotes.join('\n'), question).toContain(quote);
    }
    // No document names these subjects with a value: "I don't know", never another's value.
    for (const question of ['is my parking space P7?', 'is the dentist on 19 April?', 'is the locker 14D?'])
      expect((await ask(question)).known, question).toBe(false);
  });
});

const CONTRACT =
  '# Employment contract\n\nEmployee: Sam Reid\nStart date: 6 January 2025\nHours: 37.5 per week\n\n## Notice\n\nAfter probation, the notice period is three months on either side.\nThe probation period lasts six months.\nDuring probation, one week of notice applies.\n';
const GYM =
  '# Gym membership\n\nThe trial lasts two weeks.\nThe minimum membership term is 12 months.\nThe cooling-off period is 14 days.\n';

describe('how long X is: a duration line about X, not another subject’s (S23 HIGH 1)', () => {
  it('quotes the line naming the subject with its duration', async () => {
    const { ask } = await learn({ 'contract.md': CONTRACT, 'gym.md': GYM });
    for (const [question, quote] of [
      ['how long is the notice period?', 'the notice period is three months'],
      ['how long is the probation period?', 'The probation period lasts six months'],
      ['how long is the cooling-off period?', 'The cooling-off period is 14 days'],
      ['how long is the membership term?', 'minimum membership term is 12 months'],
    ] as const) {
      const a = await ask(question);
      expect(a.known, question).toBe(true);
      expect(a.quotes, question).toEqual([expect.stringContaining(quote)]);
    }
    // No line gives the subject a duration: never another's.
    expect((await ask('how long is the parental leave?')).known).toBe(false);
  });
});

describe('when a thing ends: a line that only mentions "the end of" it answers nothing (S23 HIGH 7)', () => {
  it('quotes the term line with the end marked computed, or I don’t know', async () => {
    const { ask } = await learn({
      'lease.md': LEASE,
      'gym.md': `${GYM}Fees are refunded within 30 days of the end of the membership.\n`,
    });
    const tenancy = await ask('when does the tenancy end?');
    expect(tenancy.known).toBe(true);
    expect(tenancy.quotes).toEqual([
      expect.stringContaining('runs for 18 months, starting 1 September 2025'),
    ]);
    expect(tenancy.answer).toMatch(/Computed, not stated.*1 March 2027/);
    expect(tenancy.answer).not.toContain('end of the tenancy');
    const membership = await ask('when does the membership end?');
    expect(membership.answer).not.toContain('end of the membership');
  });
});

const SYLLABUS =
  '# Data course\n\nThe midterm is in week 7.\nThe final project, a written report of 3,000 words, is due in week 13.\nThe field trip takes place on day 3 of the summer school.\nGroup presentations are held in Term 2.\nThe reading list has 12 books.\n';

describe('when: a numbered week, day or term is a time (S23 HIGH 7)', () => {
  it('quotes the line stating the numbered period, and I don’t know without one', async () => {
    const { ask } = await learn({ 'course.md': SYLLABUS });
    for (const [question, quote] of [
      ['when is the final project due?', 'is due in week 13'],
      ['when is the midterm?', 'The midterm is in week 7'],
      ['when is the field trip?', 'on day 3 of the summer school'],
      ['when are the group presentations?', 'held in Term 2'],
    ] as const) {
      const a = await ask(question);
      expect(a.known, question).toBe(true);
      expect(a.quotes, question).toEqual([expect.stringContaining(quote)]);
    }
    // "12 books" is a count, not a time.
    expect((await ask('when is the reading list due?')).known).toBe(false);
  });
});

describe('start ↔ start date, began, joined (S23 HIGH 7)', () => {
  it('a start asked in another word finds the Start date line', async () => {
    const { ask } = await learn({ 'contract.md': CONTRACT });
    for (const question of [
      'when did I join?',
      'when did I start my employment?',
      'what is my start date?',
    ]) {
      const a = await ask(question);
      expect(a.known, question).toBe(true);
      expect(a.quotes, question).toEqual([expect.stringContaining('Start date: 6 January 2025')]);
    }
  });
});
