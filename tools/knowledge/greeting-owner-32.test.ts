import { describe, expect, it } from 'vitest';
import { learnPapers as learn } from '../../test/helpers/knowledge.js';

/**
 * Round S48b item 3: a letter's greeting names whom it is about ("Dear parents of Beatriz Kim
 * Oliveira"): "when is Beatriz's school trip?" is the letter's trip line, though the line names
 * no one. Another person asked, or a greeting that names no one, still does not know.
 */
const letter = (greeting: string) => `Escola Básica do Lumiar — Letter to parents
${greeting}

The school trip to the Oceanário will take place on 4 March 2027.
The bus leaves the school at 08:30.
Parent-teacher meeting: 11 February 2027 at 18:00 in room A3.
`;

describe("a letter's greeting owns the letter (S48 3)", () => {
  it('answers of the person a greeting names', async () => {
    for (const [greeting, name] of [
      ['Dear parents of Zoë Adeyemi (class 5ºA),', 'Zoë'],
      ['To the parents and guardians of Łukasz Nowak:', 'Łukasz'],
      ['Dear Family of Tomás Ribeiro,', 'Tomás'],
    ] as const) {
      const { ask } = await learn({ 'letter.txt': letter(greeting) });
      const trip = await ask(`when is ${name}'s school trip?`);
      expect(trip.quotes, greeting).toEqual([
        'The school trip to the Oceanário will take place on 4 March 2027.',
      ]);
      const meeting = await ask(`when is ${name}'s parent-teacher meeting?`);
      expect(meeting.quotes, greeting).toEqual([
        'Parent-teacher meeting: 11 February 2027 at 18:00 in room A3.',
      ]);
    }
  });

  it('does not answer of another person, nor of anyone when the greeting names no one', async () => {
    const named = await learn({ 'letter.txt': letter('Dear parents of Zoë Adeyemi (class 5ºA),') });
    expect((await named.ask("when is Inês's school trip?")).known).toBe(false);
    const anyone = await learn({ 'letter.txt': letter('Dear Sir or Madam,') });
    expect((await anyone.ask("when is Zoë's school trip?")).known).toBe(false);
    const parents = await learn({ 'letter.txt': letter('Dear Parents,') });
    expect((await parents.ask("when is Zoë's school trip?")).known).toBe(false);
    // "Hi Graham," greets the one written to: the letter's trip is not his.
    const greeted = await learn({ 'letter.txt': letter('Hi Graham,') });
    expect((await greeted.ask("when is Graham's school trip?")).known).toBe(false);
  });
});
