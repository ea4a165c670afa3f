import { describe, expect, it } from 'vitest';
import { useDocumentsCli } from '../helpers/cli.js';
import { LISBON_PORTO_TRIP } from '../helpers/papers.js';

/**
 * Round k23 (S37) through the real CLI: after "what hotel am I staying at in Lisbon?", the
 * follow-ups `-c "and the confirmation number?"` and `-c "what time is check-in?"` ask of the
 * Lisbon hotel and quote its line only — not the Porto hotel's, not the Kyoto one's. After a hotel
 * the documents do not have, the follow-up does not know.
 */
describe('document follow-ups carry the thing asked of (k23, real CLI)', () => {
  const { dir, run, ask, knowledgeInput } = useDocumentsCli('fazt-knowledge-k23-', {
    'itinerary.txt': LISBON_PORTO_TRIP,
    'japan.txt': [
      'JAPAN TRIP, April 2027',
      '',
      'HOTELS',
      '1) Kyoto Tower Hotel, Kyoto',
      '   Check-in 6 April from 15:00; check-out 9 April by 10:00',
      '   Confirmation number: KTH-44018, JPY 51,300 total',
      '',
    ].join('\n'),
  });

  it('quotes the Lisbon hotel only, over a chain of follow-ups', { timeout: 180_000 }, async () => {
    expect((await run('learn', dir, '--yes')).code).toBe(0);
    const hotel = await ask('what hotel am I staying at in Lisbon?');
    expect(hotel.answer).toContain('Hotel Alfama Patio');
    const number = await ask('-c', hotel.conversationId, 'and the confirmation number?');
    expect(knowledgeInput(number)).toEqual({
      question: 'what is the confirmation number of the hotel in Lisbon?',
    });
    expect(number.answer).toContain('HAP-558213');
    expect(number.answer).not.toMatch(/3318907|KTH-44018/);
    const checkIn = await ask('-c', number.conversationId, 'and what time is check-in?');
    expect(checkIn.answer).toContain('from 15:00');
    expect(checkIn.answer).not.toMatch(/Porto|Kyoto/);
  });

  it('does not know the detail of a hotel the documents do not have', { timeout: 180_000 }, async () => {
    const madrid = await ask('what hotel am I staying at in Madrid?');
    expect(madrid.answer).toMatch(/^I don't know/);
    const number = await ask('-c', madrid.conversationId, 'and the confirmation number?');
    expect(number.answer).toMatch(/^I don't know/);
    expect(number.answer).not.toMatch(/HAP-558213|3318907|KTH-44018/);
  });
});
