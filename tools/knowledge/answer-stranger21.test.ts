import { describe, expect, it } from 'vitest';
import { learnPapers as learn } from '../../test/helpers/knowledge.js';
import { askedKind } from './asked-kind.js';
import { missingNumbered } from './numbered.js';
import { statedNumbers } from './numbers.js';
import { listedPeople } from './people-list.js';
import { headFraming } from './precision.js';
import { statesValueKind } from './value-kinds.js';
import { guessesOf, statesGuess, withoutGuesses } from './yes-no.js';

/** Issue 10, stranger S21: steps and ranges, yes/no guesses, value words, booking verbs. */

const COURSE =
  '# Pottery evening class\n\n## Plan\n\nWeeks 1–2: wedging and centring clay.\nWeeks 3-6: throwing cylinders and bowls.\nDays 7 to 9: glazing.\nModules 10–12: firing and critique.\n\n## Marks\n\nPortfolio 50%, attendance 20%, final piece 30%.\n';
const BREAD =
  '# Soda bread\n\nMakes 1 loaf.\n\n## Method\n\n1. Heat the oven to 200C.\n2. Mix the flour, soda and salt.\n3. Pour in the buttermilk.\n4. Shape into a round and score a cross.\n5. Bake for 35 minutes until hollow.\n';

describe('ranges cover every number in them; prepositions count nothing (S21 HIGH 1)', () => {
  it('reads ranges however written, naming each number by the range noun', () => {
    const named = (text: string) => statedNumbers(text).flatMap((s) => (s.named ? [s.named] : []));
    expect(named('Weeks 8–11: stars.')).toEqual(
      expect.arrayContaining(['week 8', 'week 9', 'week 10', 'week 11']),
    );
    expect(named('Modules 2-4 cover gardens.')).toEqual(
      expect.arrayContaining(['modul 2', 'modul 3', 'modul 4']),
    );
    expect(named('days 3 to 5 are free')).toEqual(expect.arrayContaining(['dai 3', 'dai 4', 'dai 5']));
    expect(named('Chapters 1 through 3')).toEqual(expect.arrayContaining(['chapter 2']));
    expect(named('see pp. 10–12')).toEqual(expect.arrayContaining(['page 10', 'page 11', 'page 12']));
    // Not ranges: times, amounts, phone numbers, far spans, prepositions.
    expect(named('open 10:00-12:00')).not.toContain('open 11');
    expect(named('costs 10-20 EUR')).not.toContain('cost 15');
    expect(named('Tel 0345-600')).not.toContain('tel 400');
    expect(named('repaired within 48 hours')).toEqual([]);
    expect(named('every 3 days, around 30 people')).toEqual([]);
  });

  it('says the noun right when a number is missing (never "withins")', () => {
    expect(missingNumbered('week', '14', ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11'])).toBe(
      "I don't know: your documents have weeks 1–11, but no week 14.",
    );
  });

  it('answers a week, day or module inside a range, and refuses one past the end', async () => {
    const { ask } = await learn({ 'pottery.md': COURSE, 'bread.md': BREAD });
    expect((await ask('what do we do in week 4?')).quotes).toEqual([
      'Weeks 3-6: throwing cylinders and bowls.',
    ]);
    expect((await ask('what is taught in week 5?')).quotes).toEqual([
      'Weeks 3-6: throwing cylinders and bowls.',
    ]);
    expect((await ask('what happens on day 8?')).quotes).toEqual(['Days 7 to 9: glazing.']);
    expect((await ask('what is module 11 about?')).quotes).toEqual(['Modules 10–12: firing and critique.']);
    const past = await ask('what is taught in week 9?');
    expect(past.known).toBe(false);
    expect(past.answer).toContain('weeks 1–6, but no week 9');
    expect(past.answer).not.toMatch(/withins|within/);
  });
});

describe("a yes/no question's number is its guess (S21 HIGH 2)", () => {
  it('reads the guess and its kind', () => {
    expect(guessesOf('does the train arrive at 11:20?').map((g) => [g.kind, g.value])).toEqual([
      ['time', '11:20'],
    ]);
    expect(guessesOf('is it fixed within 24 hours?').map((g) => [g.kind, g.value])).toEqual([
      ['duration', '24 hour'],
    ]);
    expect(guessesOf('is the portfolio worth 50%?').map((g) => g.value)).toEqual(['50']);
    expect(guessesOf('does it leave at 8 pm?').map((g) => g.value)).toEqual(['20:00']);
    // Not guesses: a numbered thing's number, or no yes/no question at all.
    expect(guessesOf('is step 3 about cumin?')).toEqual([]);
    expect(guessesOf('what happens at 10:20?')).toEqual([]);
    expect(withoutGuesses('is it fixed within 24 hours?', guessesOf('is it fixed within 24 hours?'))).toBe(
      'is it fixed?',
    );
    expect(statesGuess('within three days', guessesOf('is it done in 3 days?')[0] as never)).toBe(true);
  });
});

describe('value words the documents never say, and verbs by the words papers use (S21 HIGH 3–4, MEDIUM 5–6)', () => {
  it('reads each value word by what states such a value', () => {
    expect(statesValueKind('dose', 'ramipril 5 mg daily')).toBe(true);
    expect(statesValueKind('dose', 'ramipril in the morning')).toBe(false);
    expect(statesValueKind('percentag', 'final piece 30%')).toBe(true);
    expect(statesValueKind('address', 'at 192.168.1.254')).toBe(true);
    expect(statesValueKind('address', 'Disks are mirrored.')).toBe(false);
    expect(statesValueKind('period', 'KEEP_WEEKS = 6')).toBe(true);
    expect(statesValueKind('period', "two months' written notice")).toBe(true);
    expect(statesValueKind('phone', 'Call 0345 600 7712')).toBe(true);
    expect(statesValueKind('phone', 'within 30 days')).toBe(false);
    expect(statesValueKind('colour', 'red')).toBeUndefined();
    expect(listedPeople('Present: Ivo Marek, June Park and Olu Ade')).toHaveLength(3);
    expect(listedPeople('Note: bring cake, tea')).toEqual([]);
    expect(askedKind('how many people attended the meeting?')).toEqual({ kind: 'count', counted: 'people' });
    expect([...headFraming('what is my blood type?')]).toEqual(['type']);
    expect([...headFraming('what type of boiler is it?')]).toEqual([]);
  });
});
