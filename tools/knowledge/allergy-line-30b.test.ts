import { describe, expect, it } from 'vitest';
import { learnPapers as learn } from '../../test/helpers/knowledge.js';

/**
 * Stranger S45 HIGH 4: "what is Léonie allergic to?" quoted only "She is NOT allergic to eggs",
 * leaving out the line above, her peanut allergy. The positive allergy comes first; the negated
 * line may follow, and a yes/no question about one food is left as it was.
 */

const NOTE = `Patient: Léonie Oliveira, born 12 April 2020

Léonie has a confirmed allergy to peanuts (anaphylaxis risk). An EpiPen Junior is prescribed
and must be carried at school. She is NOT allergic to eggs; the egg test was negative.
Mild asthma: salbutamol inhaler as needed.
`;

describe('a what-is-X-allergic-to question gives the positive allergy (S45 HIGH 4)', () => {
  it('peanuts, before the negated eggs line', async () => {
    const { ask } = await learn({ 'medical_note_leonie.txt': NOTE });
    const what = await ask('what is Léonie allergic to?');
    expect(what.answer).toContain('confirmed allergy to peanuts');
    expect(what.answer.indexOf('peanuts')).toBeLessThan(
      what.answer.includes('NOT allergic') ? what.answer.indexOf('NOT allergic') : Number.POSITIVE_INFINITY,
    );
    const eggs = await ask('is Léonie allergic to eggs?');
    expect(eggs.answer).toContain('NOT allergic to eggs');
  });
});
