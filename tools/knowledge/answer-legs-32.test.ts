import { describe, expect, it } from 'vitest';
import { learnPapers as learn } from '../../test/helpers/knowledge.js';
import { lineRoute, routesIn } from './direction.js';
import { sentencesOf } from './sentences.js';

/**
 * Round S47 (a stranger's household folder): the flight "to X" is the leg arriving X, never the
 * return line "departing X" of the same booking; and a line is never cut at a title's "dr.".
 */
const BOOKING = `# Booking confirmation Turkish Airlines — reference PNR 8HZ2QA
Passengers: Ayşe Demir, Mehmet Demir
Flight TK1952 Amsterdam Schiphol (AMS) to Istanbul Airport (IST)
Departure: 22 July 2027 at 11:40, arrival 16:15 local time.
Return flight TK1957 on 5 August 2027, departing Istanbul 07:30.
Baggage: 1 x 23 kg checked bag per passenger.
Seats: 14C and 14D.
`;
const CLINIC = `# Patient card — Huisartsenpraktijk Noord
Patient: Bram Jansen, born 3 March 1988.
GP: dr. Eva Smit. Phone 020-555 0101.
Physio: Mrs. Linde Vos. Tuesdays at 9:00.
`;

describe('a booking: the leg to a place, the leg back (S47 H2)', () => {
  it('answers the flight to the place with its departure line, not the return departing it', async () => {
    const { ask } = await learn({ 'trip.md': BOOKING });
    for (const question of [
      'when do we fly to Istanbul?',
      'when do we leave for Istanbul?',
      'how many days until our flight to Istanbul?',
    ]) {
      const { quotes } = await ask(question);
      expect(quotes, question).toEqual(['Departure: 22 July 2027 at 11:40, arrival 16:15 local time.']);
    }
  });

  it('answers the way back with the return line', async () => {
    const { ask } = await learn({ 'trip.md': BOOKING });
    for (const question of ['when do we fly back?', 'when is the return flight?', 'when do we fly home?']) {
      const { quotes } = await ask(question);
      expect(quotes, question).toEqual(['Return flight TK1957 on 5 August 2027, departing Istanbul 07:30.']);
    }
  });

  it("gives a line the one end it names, or the record's route reversed on the way back", () => {
    const block = routesIn('Flight TK1952 Amsterdam Schiphol (AMS) to Istanbul Airport (IST)')[0];
    expect(lineRoute('Return flight TK1957, departing Istanbul 07:30.', block)).toEqual({
      from: new Set(['istanbul']),
      to: new Set(),
    });
    expect(lineRoute('Inbound: 5 August 2027, 07:30', block)?.to).toEqual(block?.from);
    expect(lineRoute('Departure: 22 July 2027 at 11:40', block)).toBe(block);
  });
});

describe('a title abbreviation never ends a sentence (S47 H4)', () => {
  it('quotes the whole labelled name after "dr." and "Mrs."', async () => {
    const { ask } = await learn({ 'gp.md': CLINIC });
    const { quotes } = await ask("who is Bram's GP?");
    expect(quotes).toEqual(['GP: dr. Eva Smit.']);
  });

  it('keeps abbreviations of several languages inside their sentence', () => {
    expect(sentencesOf('Vet: dr. Sanne Bakker. Phone 010-452 3311.')).toEqual([
      'Vet: dr. Sanne Bakker.',
      'Phone 010-452 3311.',
    ]);
    expect(sentencesOf('Contact: Prof. Anna Nowak, ul. Długa 14. Tel. 12 421.')).toEqual([
      'Contact: Prof. Anna Nowak, ul. Długa 14.',
      'Tel. 12 421.',
    ]);
    expect(sentencesOf('Bring snacks, e.g. Fruit. Cost approx. 20 euros.')).toEqual([
      'Bring snacks, e.g. Fruit.',
      'Cost approx. 20 euros.',
    ]);
  });
});
