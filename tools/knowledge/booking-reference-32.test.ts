import { describe, expect, it } from 'vitest';
import { learnPapers as learn } from '../../test/helpers/knowledge.js';

/** Round S47 M5: a booking's reference stated only in its title answers, not the flight numbers. */
const BOOKING = `# Booking confirmation Lufthansa — reference PNR 9KD2TQ
Passengers: Lena Weber, Jonas Weber
Flight LH1170 Frankfurt (FRA) to Lisbon (LIS)
Departure: 3 May 2027 at 07:15.
`;
const HOTEL = `Hotel Alfama — reservation
Reservation code: X7H2KQ9
Check-in: 3 May 2027
`;

describe("a booking's reference (S47 M5)", () => {
  it('quotes the title stating the reference, however the reference is asked', async () => {
    const { ask } = await learn({ 'flight.md': BOOKING });
    for (const question of [
      'what is the booking reference for the Lufthansa flight?',
      'what is the booking reference?',
      'what is the PNR?',
    ]) {
      const { quotes } = await ask(question);
      expect(quotes, question).toEqual(['Booking confirmation Lufthansa — reference PNR 9KD2TQ']);
    }
  });

  it('keeps to the file of the thing asked, and says so when none is stated', async () => {
    const { ask } = await learn({ 'flight.md': BOOKING, 'hotel.txt': HOTEL });
    expect((await ask('what is the reservation code for the hotel?')).text).toContain('X7H2KQ9');
    expect((await ask('what is the reservation code for the hotel?')).text).not.toContain('9KD2TQ');
    const { ask: only } = await learn({ 'hotel.txt': 'Hotel Alfama\nCheck-in: 3 May 2027\n' });
    expect((await only('what is the booking reference?')).known).toBe(false);
  });
});
