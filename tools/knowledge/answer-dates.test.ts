import { describe, expect, it } from 'vitest';
import { AGENDA_CSV, AGENDA_NOTES } from '../../test/fixtures/papers.js';
import { learnPapers } from '../../test/helpers/knowledge.js';
import { datesIn, describeDates, statesDates } from './dates.js';

const DENTIST = 'date: 2026-03-14, what: dentist, where: Dr Ruiz';
const RECITAL = 'The piano recital is on 14 March 2026 at the town hall.';
const HAIRCUT = 'date: 2026-04-02, what: haircut, where: Salon Bella';
const SERVICE = 'date: 2026-02-04, what: car service, where: Garage Auto';

/**
 * Dates written differently in question and document (issue 10, stranger round 7): a date is
 * compared as a date, never as the words or digits it is written with, and a date the documents
 * do not state is "I don't know", never a neighbouring day.
 */
describe('dates in questions and documents', () => {
  it('finds an ISO row from a date written in words, ordinals or slashes', async () => {
    const { ask } = await learnPapers({ 'agenda.csv': AGENDA_CSV, 'notes.md': AGENDA_NOTES });
    expect((await ask('when is the dentist in March?')).quotes).toEqual([DENTIST]);
    for (const question of [
      "what's on 14 March?",
      'what do I have on March 14th?',
      'what is on the 14th of March?',
      'what is on 2026-03-14?',
      'what is on 14/03?',
      'what is on 03/14/2026?',
      'what is on 14.03.2026?',
      'qu’est-ce que j’ai le 14 mars?',
      '3月14日有什么?',
    ]) {
      const answer = await ask(question);
      expect(answer.known, question).toBe(true);
      expect(new Set(answer.quotes), question).toEqual(new Set([DENTIST, RECITAL]));
    }
    expect((await ask('when is the dentist on 14 March?')).quotes).toEqual([DENTIST]);
    expect((await ask('when is the haircut in April?')).quotes).toEqual([HAIRCUT]);
  });

  it('finds a date written in words from an ISO or slashed question', async () => {
    const { ask } = await learnPapers({ 'notes.md': AGENDA_NOTES });
    expect((await ask('when is the vet on 2026-03-20?')).quotes).toEqual([
      'The vet visit is March 20 at the Oak clinic.',
    ]);
    expect((await ask('what is on 20/03?')).quotes).toEqual(['The vet visit is March 20 at the Oak clinic.']);
    expect((await ask('what happens in June?')).quotes).toEqual(['Rent goes up in June.']);
  });

  it('reads an ambiguous slashed date both ways and invents no other', async () => {
    const { ask } = await learnPapers({ 'agenda.csv': AGENDA_CSV });
    expect(new Set((await ask('what is on 04/02?')).quotes)).toEqual(new Set([HAIRCUT, SERVICE]));
    expect((await ask('what is on 4 February?')).quotes).toEqual([SERVICE]);
    expect((await ask('what is on April 2nd?')).quotes).toEqual([HAIRCUT]);
  });

  it('says so when no document states the date asked', async () => {
    const { ask } = await learnPapers({ 'agenda.csv': AGENDA_CSV, 'notes.md': AGENDA_NOTES });
    const fifteenth = await ask("what's on 15 March?");
    expect(fifteenth.known).toBe(false);
    expect(fifteenth.answer).toBe("I don't know: nothing I found in your documents is dated 15 March.");
    const haircut = await ask('when is the haircut in March?');
    expect(haircut.known).toBe(false);
    expect(haircut.answer).toBe("I don't know: nothing I found on that is dated March.");
    expect((await ask('what is on 2025-03-14?')).known).toBe(false);
  });

  it('reads dates however written', () => {
    const read = (text: string) => describeDates(datesIn(text));
    expect(read('2026-03-14,dentist')).toBe('14 March 2026');
    expect(read('the 14th of March')).toBe('14 March');
    expect(read('Mar. 14, 2026')).toBe('14 March 2026');
    expect(read('14. März 2026')).toBe('14 March 2026');
    expect(read('14 de marzo de 2026')).toBe('14 March 2026');
    expect(read('le 1er mai')).toBe('1 May');
    expect(read('2026年3月14日')).toBe('14 March 2026');
    expect(read('14/03')).toBe('14 March');
    expect(read('what is on 04/02 at noon?')).toBe('4 February or 2 April');
    expect(read('The fair opens in May.')).toBe('May');
    expect(read('04/02/26')).toBe('4 February 2026 or 2 April 2026');
    expect(read('in March')).toBe('March');
    // Not dates: a decimal, a thousands separator, the verb "may", a month name of another language alone.
    for (const text of [
      '6.5 kg',
      '1,375 euros',
      'may I park?',
      'May I park here?',
      'Mars is red',
      '31/02',
      '1.5.3',
      'add 1/2 cup of sugar',
      '3/4 of the rent',
    ])
      expect(datesIn(text), text).toEqual([]);
    expect(statesDates(datesIn('14 March'), datesIn('2026-03-14'))).toBe(true);
    expect(statesDates(datesIn('14 March 2025'), datesIn('2026-03-14'))).toBe(false);
    expect(statesDates(datesIn('14 March'), datesIn('in March'))).toBe(false);
  });
});
