import { describe, expect, it } from 'vitest';
import { learnPapers as learn } from '../../test/helpers/knowledge.js';
import { root } from './lexicon.js';
import { namedHow } from './proper-names.js';

/**
 * Round S47 H3: a word the question capitalises is a name ("how much does Pierogi weigh?"); a
 * document that writes it only as a common noun (a recipe for pierogi) answers nothing about it
 * when another document names it.
 */
const CAT = `# Vet record — Kattenkliniek Oost
Patient: Biscuit, tabby, female, born 4 June 2019.
Weight at last visit (2 March 2026): 4.2 kg.
Medication: Semintra 1.5 ml daily.
`;
const BAKING = `# Oma's ginger biscuit recipe
Dough: 250 g flour, 125 g butter, 100 g sugar, 2 teaspoons ginger.
Bake 12 minutes at 180 degrees.
`;

describe('a pet named like a dish (S47 H3)', () => {
  it("answers of the pet from the record naming it, not the dish's recipe", async () => {
    const { ask } = await learn({ 'vet.md': CAT, 'recipe.md': BAKING });
    for (const [question, quote] of [
      ['how much does Biscuit weigh?', 'Weight at last visit (2 March 2026): 4.2 kg.'],
      ['how heavy is Biscuit?', 'Weight at last visit (2 March 2026): 4.2 kg.'],
      ['what medicine does Biscuit take?', 'Medication: Semintra 1.5 ml daily.'],
    ]) {
      const { quotes } = await ask(question as string);
      expect(quotes, question).toEqual([quote]);
    }
  });

  it('still answers the dish asked in lower case from the recipe', async () => {
    const { ask } = await learn({ 'vet.md': CAT, 'recipe.md': BAKING });
    const { quotes } = await ask('how much flour for the biscuits?');
    expect(quotes).toEqual(['Dough: 250 g flour, 125 g butter, 100 g sugar, 2 teaspoons ginger.']);
  });

  it('tells a name from a common noun by how a file writes it', () => {
    const roots = new Set([root('Biscuit')]);
    expect(namedHow(CAT, roots).get(root('Biscuit'))).toBe('name');
    expect(namedHow(BAKING, roots).get(root('Biscuit'))).toBe('word');
    expect(namedHow('Biscuit tin in the cupboard.', roots).get(root('Biscuit'))).toBeUndefined();
    expect(namedHow('Deniz goes to school; a biscuit tin.', roots).get(root('Biscuit'))).toBe('word');
  });
});
