import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { offlineWorld } from '../../test/helpers/offline.js';
import { testDir } from '../../test/helpers/runtime.js';

/**
 * Round k31 (S45 MEDIUM, documents): a yes/no question about someone's condition reaches the
 * documents, never a fact that only shares the person's name ("is Léonie asthmatic?" answered
 * with her age); and "my daughter" known from memory to be Léonie is asked of the documents by name.
 */
describe('yes/no about a person, and a relation named by memory', () => {
  const world = async () => {
    const { ask, remember } = offlineWorld();
    const dir = testDir('fazt-relations-31-');
    writeFileSync(
      join(dir, 'medical_note_leonie.txt'),
      'Cabinet Médical — Dr. Anaïs Fèvre\nPatient: Léonie Oliveira\n\nLéonie has a confirmed allergy to peanuts (anaphylaxis risk).\nMild asthma: salbutamol inhaler as needed.\nNext review: 15 January 2027.\n',
    );
    await ask(`learn ${dir}`);
    await remember([
      ["daughter's name", 'Léonie'],
      ["daughter Léonie's age", '7'],
      ["son's name", 'Théo'],
    ]);
    return ask;
  };

  it('"is Léonie asthmatic?" quotes the asthma line, never her age', async () => {
    const ask = await world();
    for (const question of ['is Léonie asthmatic?', 'is my daughter asthmatic?']) {
      const { answer, names } = await ask(question);
      expect(answer, question).toContain(
        'Mild asthma: salbutamol inhaler as needed. (medical_note_leonie.txt:5)',
      );
      expect(answer, question).not.toContain('age');
      expect(names, question).toContain('knowledge_ask');
    }
    // A yes/no the fact itself answers is still answered from memory.
    expect((await ask('is Léonie 7?')).answer).toContain('7');
  });

  it('"my daughter" is asked of the documents as Léonie', async () => {
    const ask = await world();
    for (const [question, quote] of [
      ['is my daughter allergic to peanuts?', 'confirmed allergy to peanuts'],
      ["when is my daughter's next review?", 'Next review: 15 January 2027.'],
    ] as const) {
      const { answer, calls } = await ask(question);
      expect(answer, question).toContain(quote);
      const asked = calls.find((call) => call.name === 'knowledge_ask');
      expect(asked?.input, question).toMatchObject({ question: expect.stringContaining('Léonie') });
    }
  });

  it('a relation with no known name, or a son whose note there is not, is never answered for her', async () => {
    const ask = await world();
    const { answer } = await ask('is my son allergic to peanuts?');
    expect(answer).not.toContain('confirmed allergy to peanuts');
    const mother = await ask('is my mother allergic to peanuts?');
    expect(mother.answer).not.toContain('Léonie');
  });
});
