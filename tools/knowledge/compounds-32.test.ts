import { describe, expect, it } from 'vitest';
import { learnPapers as learn } from '../../test/helpers/knowledge.js';
import { documentNamed, namesFile } from './document-named.js';

/**
 * k32b 2: a compound asked as one word finds it written apart ("checkout" of "Check-out:",
 * "payday" of "pay day"), and two words find it written as one ("log in" of "Login:", "pay day"
 * of "Payday:"), without a list of such words and without saying a word was "read as" another.
 */
const BOOKING = [
  'Booking confirmation: Hotel Lisboa Plaza',
  'Check-in: 14 March 2026 from 15:00',
  'Check-out: 18 March 2026 by 11:00',
  'Pickup: airport shuttle at 13:30',
  'Drop off: shuttle back to the airport at 12:00',
  'Login for the guest portal: guest88231',
  'Payday: 25th of each month',
].join('\n');

const LEASE = 'Move-in date: 1 September 2025\nSign up for the residents app at the office\n';

describe('a compound and its parts match both ways (k32b 2)', () => {
  it.each([
    ['when is checkout?', 'Check-out: 18 March 2026'],
    ['when is checkin?', 'Check-in: 14 March 2026'],
    ['what time is checkin?', 'Check-in: 14 March 2026'],
    ['when is the dropoff?', 'Drop off: shuttle back'],
    ['what is the log in?', 'Login for the guest portal'],
    ['what is the log-in for the guest portal?', 'Login for the guest portal'],
    ['when is pay day?', 'Payday: 25th of each month'],
    ['when is the movein date?', 'Move-in date: 1 September 2025'],
    ['where do I do the signup for the residents app?', 'Sign up for the residents app'],
  ])('%s', async (question, line) => {
    const { ask } = await learn({ 'booking.txt': BOOKING, 'lease.md': LEASE });
    const a = await ask(question);
    expect(a.known, a.text).toBe(true);
    expect(a.text).toContain(line);
    expect(a.text).not.toContain('I read');
  });

  it('the forms already answered stay answered', async () => {
    const { ask } = await learn({ 'booking.txt': BOOKING, 'lease.md': LEASE });
    for (const [question, line] of [
      ['when do we check out?', 'Check-out: 18 March 2026'],
      ['what is the check-in time?', 'Check-in: 14 March 2026'],
      ['when is the pickup?', 'Pickup: airport shuttle'],
      ['when is the pick up?', 'Pickup: airport shuttle'],
      ['when is payday?', 'Payday: 25th'],
    ] as const) {
      const a = await ask(question);
      expect(a.text, question).toContain(line);
    }
  });

  it('a compound the documents never write is not made up', async () => {
    const { ask } = await learn({ 'booking.txt': BOOKING, 'lease.md': LEASE });
    const a = await ask('when is the setup?');
    expect(a.known, a.text).toBe(false);
  });
});

describe('a file asked by name, in the words the planner passes on (k32b 1)', () => {
  const paths = ['/d/notes.txt', '/d/lease.md', '/d/hotel-booking.txt', '/d/energy-bills.csv'];
  it.each([
    ['notes.txt contain', '/d/notes.txt'],
    ['what does notes.txt contain?', '/d/notes.txt'],
    ['contents of energy-bills.csv', '/d/energy-bills.csv'],
    ['the contents of lease.md', '/d/lease.md'],
    ['read me the booking file', '/d/hotel-booking.txt'],
    ['energy-bills.csv', '/d/energy-bills.csv'],
  ])('%s', (question, path) => {
    expect(documentNamed(question, paths)).toEqual({ path });
  });

  it('a file name never learned is missing; a web address or a plain question is no file', () => {
    expect(documentNamed("what's in taxes.pdf?", paths)).toEqual({ missing: 'taxes.pdf' });
    expect(documentNamed('google.com', paths)).toBeUndefined();
    expect(documentNamed('what is the rent?', paths)).toBeUndefined();
    expect(documentNamed('read me the file', paths)).toBeUndefined();
  });

  it('notes and every file are no one file named (the planner keeps them for notes and lists)', () => {
    expect(namesFile('notes.txt')).toBe(true);
    expect(namesFile('the booking file')).toBe(true);
    for (const said of ['the boiler note', 'all my notes', 'my newest notes', 'all my files', 'the garage'])
      expect(namesFile(said), said).toBe(false);
  });
});
