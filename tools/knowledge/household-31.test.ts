import { describe, expect, it } from 'vitest';
import { learnPapers as learn } from '../../test/helpers/knowledge.js';

/**
 * Round k31 (S45 MEDIUM, documents): any pet animal is a pet to a policy's "Damage caused by
 * pets"; "us" is a function word a statement row never says; "looks after" and "takes care of"
 * are said by a line of who the animal stays with.
 */
const POLICY = `Home Contents Insurance
Cover
- Accidental damage: covered, excess €150
Exclusions
- Wear and tear
- Damage caused by pets
`;
const STATEMENT = `Date,Description,Category,Amount,Balance
2026-10-03,Carrefour Market,Groceries,-87.42,7323.63
2026-10-27,Animalerie Gédéon tortoise food,Pets,-18.50,5460.94
`;
const TRIP = `# Trip to Porto
- Depart: 21 December 2026, flight TP 4417
- Hotel: Casa dos Azulejos, check-in 21 December
- Gédéon the tortoise stays with neighbour Mme Łucja Wiśniewska
`;

describe('pets, "us" and who looks after an animal', () => {
  it('a tortoise, a hamster or a parrot chewing something is damage caused by pets', async () => {
    const { ask } = await learn({ 'policy.txt': POLICY });
    for (const question of [
      'are we covered if the tortoise chews the sofa?',
      'if the hamster chews the cable will insurance pay?',
      'are we covered if the parrot damages the curtains?',
    ]) {
      const { answer } = await ask(question);
      expect(answer, question).toContain('No — your documents leave it out');
      expect(answer, question).toContain('Damage caused by pets (policy.txt:6)');
    }
  });

  it('"how much did the tortoise cost us in october?" adds the tortoise row', async () => {
    const { ask } = await learn({ 'bank_statement_2026-10.csv': STATEMENT });
    const { answer } = await ask('how much did the tortoise cost us in october?');
    expect(answer).toContain('Animalerie Gédéon tortoise food');
    expect(answer).toContain('-18.50');
    expect(answer).not.toContain('-87.42');
  });

  it('"who looks after Gédéon while we\'re in Porto?" quotes who he stays with', async () => {
    const { ask } = await learn({ 'trip_itinerary.md': TRIP });
    for (const question of [
      "who looks after Gédéon while we're in Porto?",
      'who is looking after Gédéon in Porto?',
      'who minds Gédéon while we are in Porto?',
    ]) {
      const { answer } = await ask(question);
      expect(answer, question).toContain('Gédéon the tortoise stays with neighbour Mme Łucja Wiśniewska');
    }
  });
});
