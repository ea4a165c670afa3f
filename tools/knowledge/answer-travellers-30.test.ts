import { describe, expect, it } from 'vitest';
import { learnPapers as learn } from '../../test/helpers/knowledge.js';

/** Round c30 (S44 11): who goes on a trip is the itinerary's travellers line, not its flights. */
const PAPERS = {
  'rome-trip.md': [
    '# Rome trip — Easter 2027',
    '',
    'Travellers: Nina Hale, Piotr Hale, Zofia Hale (age 11)',
    '',
    '## Flights',
    '- Outbound: BA 548, Gatwick to Rome, Saturday 27 March 2027, departs 07:10',
    '- Return: BA 549, Rome to Gatwick, Saturday 3 April 2027, departs 15:30',
    '',
    '## Hotel',
    'Albergo Sole, Via del Corso 12, Rome',
    '',
    '## Plans',
    '- Monday: day trip to Tivoli by bus',
  ].join('\n'),
};

describe('who goes on a trip is answered by the travellers line', () => {
  it.each([
    'who is going on the Rome trip?',
    "who's coming on the trip?",
    'who is flying to Rome?',
    'who else is coming with us to Rome?',
    'who are going on the trip',
  ])('%s', async (question) => {
    const { ask } = await learn(PAPERS);
    const a = await ask(question);
    expect(a.known, a.text).toBe(true);
    expect(a.text).toContain('Travellers: Nina Hale, Piotr Hale, Zofia Hale');
    expect(a.text).not.toContain('Outbound');
  });

  it('a party, not a trip, is not read as travellers', async () => {
    const { ask } = await learn(PAPERS);
    expect((await ask("who is coming to Sarah's party?")).text).not.toContain('Travellers');
  });
});
