import { describe, expect, it } from 'vitest';
import { learnPapers as learn } from '../../test/helpers/knowledge.js';
import { saysFlight } from './direction.js';

/**
 * Round S48b (a stranger's household folder): a booking that writes its legs as "TP 1234 Lisbon
 * (LIS) 10:05 → Frankfurt" states flights though it never says "flight"; and leaving a tenancy
 * early is its "early termination".
 */
const BOOKING = `# Booking confirmation — Lufthansa / Air Canada
Booking reference: Q8ZK2M
Passengers: Élodie Brun, Théo Brun
Outbound: 3 March 2027, LH 1173 Porto (OPO) 06:40 → Munich, then AC 843 Munich → Toronto Pearson (YYZ), arriving 3 March 2027 at 15:10.
Return: 20 March 2027, AC 842 Toronto → Munich → Porto, arriving 10:05.
Baggage: 1 × 23 kg per adult.
`;
const LEASE = `# Tenancy summary — Kastanienallee 12, Berlin
Tenants: Jürgen Weiß and Søren Åberg.
Term: 2 years, renewing unless notice is given 60 days before the end.
Monthly rent: €1.120,00.
Early termination by tenants: 3 months' written notice.
`;
const NOTICES = `# Neighbourhood notes
Room B12 is on the second floor.
Bus NW 12 leaves Market Street at 07:10.
`;

describe('a booking states flights by their numbers (S48 2)', () => {
  it('reads a flight number beside an airport code, an airline or a route as a flight', () => {
    expect(saysFlight('Outbound: 18 December 2026, TP 1234 Lisbon (LIS) 10:05 → Frankfurt')).toBe(true);
    expect(saysFlight('Domestic: KE 1405 Gimpo → Busan Gimhae, 19 December 2026 at 18:30.')).toBe(true);
    expect(saysFlight('U2 8012 with easyJet, gate 14')).toBe(true);
    expect(saysFlight('Room B12 is on the second floor.')).toBe(false);
    expect(saysFlight('Escola Camões — Letter to parents\nMeeting in room B12 (ICN wing).')).toBe(false);
    expect(saysFlight('Parking NW 12, level 2.')).toBe(false);
    expect(saysFlight("LNER 1S07 London King's Cross (KGX) -> Edinburgh Waverley (EDB), dep 08:00")).toBe(
      false,
    );
    expect(saysFlight('Bus X1 12 Porto (OPO) → Braga')).toBe(false);
  });

  it('answers when the flight leaves with the leg of the place asked', async () => {
    const { ask } = await learn({ 'trip.md': BOOKING });
    for (const question of [
      'what time does my flight to Toronto leave?',
      'when does our flight to Toronto depart?',
      'when does the outbound flight leave?',
    ]) {
      const { quotes } = await ask(question);
      expect(quotes, question).toEqual([
        'Outbound: 3 March 2027, LH 1173 Porto (OPO) 06:40 → Munich, then AC 843 Munich → Toronto Pearson (YYZ), arriving 3 March 2027 at 15:10.',
      ]);
    }
  });

  it('still does not know a flight to a place no booking names, nor a flight where none is booked', async () => {
    const { ask } = await learn({ 'trip.md': BOOKING, 'notes.md': NOTICES });
    expect((await ask('what time does my flight to Paris leave?')).known).toBe(false);
    const bare = await learn({ 'notes.md': NOTICES });
    expect((await bare.ask('when does my flight leave?')).known).toBe(false);
  });
});

describe('leaving a tenancy early is its early termination (S48 4)', () => {
  it('quotes the early termination line for the notice to leave early', async () => {
    const { ask } = await learn({ 'lease.md': LEASE });
    for (const question of [
      'how much notice do we need to give to leave early?',
      'what notice do tenants give to leave early?',
      'how much notice is needed if we want to leave early?',
    ]) {
      const { quotes } = await ask(question);
      expect(quotes, question).toContain("Early termination by tenants: 3 months' written notice.");
    }
  });

  it('still does not know the notice where no paper says termination or notice', async () => {
    const { ask } = await learn({ 'notes.md': NOTICES });
    expect((await ask('how much notice do we need to give to leave early?')).known).toBe(false);
  });
});
