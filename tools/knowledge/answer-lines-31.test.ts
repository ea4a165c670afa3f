import { describe, expect, it } from 'vitest';
import { learnPapers as learn } from '../../test/helpers/knowledge.js';

/**
 * Round s46 (S46 HIGH "document answer cites the wrong line"): a when-question is answered by a
 * line stating a time, a permission question by a rule line, a which-X question by a line naming an X.
 */
const PAPERS = {
  'trip_antalya.txt': [
    'Trip itinerary: Antalya, winter holiday',
    'Depart: 24 January 2027, Turkish Airlines TK2412, Istanbul SAW -> Antalya 09:40',
    'Return: 31 January 2027, TK2419, 18:15',
    'Hotel: Lara Beach Hotel, 7 nights, 24,500 TRY total',
    'Flights: 4 adults/children x 1,850 TRY = 7,400 TRY (Can pays child fare 925 TRY)',
    'Total estimated cost: 32,825 TRY',
    'Who looks after Tosbağa the tortoise: Grandma Ayşe, she comes to the flat every second day.',
  ].join('\n'),
  'rental_contract.txt': [
    'RESIDENTIAL RENTAL CONTRACT',
    'Landlord: Mehmet Aksoy',
    'Monthly rent: 18,500 TRY, payable by the 5th of each month',
    'Security deposit: 37,000 TRY (two months rent), returned within 30 days of move-out',
    'Pets clause: Small caged or terrarium animals (fish, birds, tortoises) are allowed. Dogs and cats are NOT allowed without written consent of the landlord.',
    'Notice period: 2 months written notice.',
  ].join('\n'),
  'medical_deniz.txt': [
    'Medical note — Deniz Yıldız, born 14 March 2017',
    'Paediatrician: Dr. Selin Kaya, Acıbadem Kadıköy',
    'Allergy: peanuts (severe). Carries an EpiPen at school.',
    'Next check-up: 8 January 2027.',
  ].join('\n'),
};

describe('a when-question is answered by a line stating a time, not a cost line', () => {
  it.each([
    'when do we fly to Antalya?',
    'when do we travel to Antalya?',
    'what time do we fly to Antalya?',
    'on what date do we fly to Antalya?',
  ])('%s', async (question) => {
    const { ask } = await learn(PAPERS);
    const a = await ask(question);
    expect(a.known, a.text).toBe(true);
    expect(a.text).toContain('Depart: 24 January 2027');
    expect(a.text).not.toContain('1,850');
  });

  it('a time asked of a label record whose line states none quotes nothing of it', async () => {
    const { ask } = await learn(PAPERS);
    const a = await ask('what day are we flying out to Antalya?');
    expect(a.text).not.toContain('1,850');
  });

  it('flying out is the departure, flying back the return, the cost of flying a cost', async () => {
    const { ask } = await learn(PAPERS);
    expect((await ask('when do we fly to Antalya?')).text).toContain('Depart: 24 January 2027');
    const back = await ask('when do we fly back?');
    expect(back.text).toContain('Return: 31 January 2027');
    expect(back.text).not.toContain('1,850');
    const cost = await ask('how much does it cost to fly to Antalya?');
    expect(cost.known, cost.text).toBe(true);
    expect(cost.text).toMatch(/TRY/u);
  });
});

describe('a permission question is answered by the rule line', () => {
  it.each([
    'are we allowed to have a tortoise in the flat?',
    'can we keep a tortoise in the flat?',
    'are we allowed to have a tortoise in the apartment?',
  ])('%s', async (question) => {
    const { ask } = await learn(PAPERS);
    const a = await ask(question);
    expect(a.known, a.text).toBe(true);
    expect(a.text).toContain('Pets clause');
    expect(a.text).not.toContain('Who looks after');
  });

  it('with no rule line, nothing about the thing is quoted as if it were one', async () => {
    // (the contract's absence: the itinerary line would otherwise be quoted as the answer)
    const { ask } = await learn({ 'trip.txt': PAPERS['trip_antalya.txt'] });
    const a = await ask('are we allowed to have a tortoise in the flat?');
    // Only as what the documents say of it, never as the answer.
    expect(a.text).toMatch(/^(?:I don't know|No line says it in those words)/u);
  });
});

describe('a which-X question needs a line that names an X', () => {
  it.each(['which school does Deniz go to?', 'what school does Deniz go to?'])('%s', async (question) => {
    const { ask } = await learn(PAPERS);
    const a = await ask(question);
    expect(a.known, a.text).toBe(false);
    expect(a.text).not.toContain('EpiPen');
  });

  it('a line naming the school answers; the hotel line names the hotel', async () => {
    const { ask } = await learn(PAPERS);
    expect((await ask('which school does Deniz go to?')).known).toBe(false);
    expect((await ask('what hotel are we staying at?')).text).toContain('Lara Beach Hotel');
    const named = await learn({
      ...PAPERS,
      'school.txt': 'Deniz goes to Moda Primary School, class 4B.\nTerm starts on 8 September 2026.',
    });
    const a = await named.ask('which school does Deniz go to?');
    expect(a.known, a.text).toBe(true);
    expect(a.text).toContain('Moda Primary School');
  });
});
