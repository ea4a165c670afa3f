import { describe, expect, it } from 'vitest';
import { learnPapers as learn } from '../../test/helpers/knowledge.js';
import { fallbackFits, namesPerson, otherSenses } from './fallback-fit.js';
import { rootsOf } from './lexicon.js';

/** Issue 10, stranger S23 HIGH 2, 5, 8: how the question's words meet the documents' words. */
const GP = `Dear Ms Berg,

Your blood tests came back normal, apart from a slightly low vitamin D level.
I recommend taking 1,000 IU of vitamin D3 daily for three months.
Please book a follow-up appointment in the spring.
`;
const VET = `Rex, annual check

His vitamin B level is a little low.
Give him 50 mcg of vitamin B12 each morning for six weeks.
`;
const PRINT = `# Printing

The office printer takes A4 and A3 paper.
Posters go to the copy shop.
`;
const INSURANCE = `# Home insurance

Theft from the home, if there are signs of forced entry.
The books of the policy are kept at the branch office.
Files older than 7 years are destroyed.
`;
const LETTER = `# Letter

Thank you for your application.
We will reply within four weeks.
`;
const TEAM = `# Team rota

The load-test environment is reserved every Friday.
`;

describe('a short name meets its forms with a number (S23 HIGH 2)', () => {
  it('"vitamin D" finds "vitamin D3" and "vitamin B" "B12": the line with an amount answers "how much"', async () => {
    const { ask } = await learn({ 'gp-letter.txt': GP, 'vet.txt': VET, 'print.md': PRINT });
    const d = await ask('how much vitamin D should I take?');
    expect(d.known).toBe(true);
    expect(d.quotes[0]).toContain('1,000 IU of vitamin D3');
    const b = await ask('how much vitamin B should Rex get?');
    expect(b.known).toBe(true);
    expect(b.quotes[0]).toContain('50 mcg of vitamin B12');
  });

  it('"for how long" finds the line stating a period', async () => {
    const { ask } = await learn({ 'gp-letter.txt': GP });
    const long = await ask('for how long should I take vitamin D?');
    expect(long.known).toBe(true);
    expect(long.quotes.join('\n')).toContain('for three months');
  });

  it('"A 4" and "A4" are one name; a letter with no number in the text stays unknown', async () => {
    expect(rootsOf('The printer takes A4 paper').has('4')).toBe(true);
    expect(rootsOf('vitamin D3').has('d')).toBe(true);
    expect(rootsOf('room 14D').has('d')).toBe(false);
    const { ask } = await learn({ 'print.md': PRINT, 'gp-letter.txt': GP });
    expect((await ask('how much vitamin K should I take?')).known).toBe(false);
    expect((await ask('how much vitamin C should I take?')).known).toBe(false);
  });
});

it('"omega 3" is "omega-3", "COVID" is "COVID-19", "A 4" is "A4"', async () => {
  const { ask } = await learn({
    'health.md': `# Health plan

Take 1 g of omega-3 oil with breakfast.
COVID-19 booster: 12 October 2026
Flu jab: 3 November 2026
`,
    'print.md': PRINT,
  });
  const omega = await ask('how much omega 3 should I take?');
  expect(omega.quotes[0]).toContain('1 g of omega-3');
  const covid = await ask('when is my COVID booster?');
  expect(covid.quotes[0]).toContain('12 October 2026');
  const paper = await ask('does the printer take A 4 paper?');
  expect(paper.quotes.join('\n')).toContain('A4 and A3');
  // No vitamin named at all: still nothing.
  expect((await ask('how much vitamin E should I take?')).known).toBe(false);
});

describe('a named place falls back to another document only for a line of the asked kind (S23 HIGH 8)', () => {
  it('"who signed the letter?" is not answered by "signs of forced entry"', async () => {
    const { ask } = await learn({ 'letter.md': LETTER, 'insurance.md': INSURANCE });
    const who = await ask('who signed the letter?');
    expect(who.known).toBe(false);
    expect(who.text).not.toContain('insurance.md');
  });

  it('a past verb does not meet a plural noun of its stem; a person is named by a capital or a role', () => {
    expect(otherSenses('who signed the letter?', 'if there are signs of forced entry')).toEqual(['signed']);
    expect(otherSenses('who booked the room?', 'The books are kept here.')).toEqual(['booked']);
    expect(otherSenses('when was it filed?', 'Files older than 7 years are destroyed.')).toEqual(['filed']);
    expect(otherSenses('who signed the letter?', 'It was signed by Anna Berg.')).toEqual([]);
    expect(namesPerson('It was signed by Anna Berg.')).toBe(true);
    expect(namesPerson('Ask the landlord.')).toBe(true);
    expect(namesPerson('Theft from the home, if there are signs of forced entry.')).toBe(false);
    expect(namesPerson('Payment is due in March.')).toBe(false);
    expect(fallbackFits('who signed the letter?', ['It was signed by Anna Berg.'])).toBe(true);
    expect(fallbackFits('who signed the letter?', ['if there are signs of forced entry'])).toBe(false);
    expect(fallbackFits('when is the letter due?', ['The books are kept at the office.'])).toBe(false);
    expect(fallbackFits('when is the letter due?', ['It is due on 3 May.'])).toBe(true);
  });

  it('"who books …" reads "books" as a verb, not a document', async () => {
    const { ask } = await learn({ 'books.md': INSURANCE, 'rota.md': TEAM });
    const who = await ask('who books the load-test environment?');
    expect(who.text).not.toMatch(/Your books/i);
  });
});

describe('a number naming which record is its own number, not a note number (S23 HIGH 5)', () => {
  const parcels: Record<string, string> = {};
  for (let i = 1; i <= 300; i++)
    parcels[`n${i}.txt`] = `Note ${i}: the parcel number ${31 * i} goes to shelf ${i % 40}.\n`;

  it('"parcel number 217" and "parcel 217" are parcel 217 (Note 7), among 300 notes alike', async () => {
    const { ask } = await learn(parcels);
    for (const question of ['where does parcel number 217 go?', 'where does parcel 217 go?']) {
      const found = await ask(question);
      expect(found.known, question).toBe(true);
      expect(found.citations[0]?.path, question).toMatch(/n7\.txt$/);
      expect(found.quotes.join('\n'), question).not.toContain('6727');
    }
    const other = await ask('which shelf is parcel 6727 on?');
    expect(other.citations[0]?.path).toMatch(/n217\.txt$/);
    // No parcel 218 (Note 218 is parcel 6758): not the note's line.
    const none = await ask('where does parcel number 218 go?');
    expect(none.quotes.join('\n')).not.toContain('Note 218');
    // "31" is also Note 31's number and shelf 31 of seven notes: parcel 31 is Note 1's.
    const thirtyOne = await ask('where does parcel 31 go?');
    expect(thirtyOne.quotes).toEqual(['Note 1: the parcel number 31 goes to shelf 1.']);
    // No parcel 7 (Note 7 and shelf 7 are): said so, by the word asked.
    for (const question of ['where does parcel 7 go?', 'where does parcel number 7 go?']) {
      const seven = await ask(question);
      expect(seven.known, question).toBe(false);
      expect(seven.text, question).toContain('no parcel 7');
    }
  }, 60_000);

  it('a room by its number, not the row numbered so', async () => {
    const { ask } = await learn({
      'rooms.md': `# Bookings

Row 12: room number 305 is booked by Tom Baker.
Row 305: room number 12 is booked by Ana Ruiz.
Row 7: room number 44 is booked by Li Wei.
`,
    });
    for (const question of ['who booked room 12?', 'who booked room number 12?']) {
      const found = await ask(question);
      expect(found.known, question).toBe(true);
      expect(found.quotes[0], question).toContain('Ana Ruiz');
      expect(found.quotes.join('\n'), question).not.toContain('Tom Baker');
    }
  });

  it('the numbered line reaches the answerer when many lines say every word and the number too', async () => {
    const files: Record<string, string> = {};
    for (let i = 1; i <= 40; i++)
      files[`log${i}.txt`] =
        `Log ${i}: the parcel number ${1000 + i} went through gate 217 after 217 seconds.\n`;
    files['log99.txt'] = 'Log 99: the parcel number 217 went through gate 3.\n';
    const { ask } = await learn(files);
    for (const question of [
      'which gate did parcel 217 go through?',
      'which gate did parcel number 217 go through?',
    ]) {
      const found = await ask(question);
      expect(found.known, question).toBe(true);
      expect(found.quotes, question).toEqual(['Log 99: the parcel number 217 went through gate 3.']);
    }
    // Parcel 218 is nowhere, though gate 217 is everywhere.
    expect((await ask('which gate did parcel 218 go through?')).known).toBe(false);
  }, 60_000);
});
