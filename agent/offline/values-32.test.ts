import { describe, expect, it } from 'vitest';
import { offlineWorld } from '../../test/helpers/offline.js';

/**
 * Stranger s48 (a Korean–Brazilian household in Lisbon; issue 7): a price said with a verb of
 * measure keeps its currency exactly as typed, however the currency is written (a sign, a
 * country's dollar, a local mark, a code; before or after the amount, with or without a space),
 * lands in the facts whatever the currency, and is found by the question in the past tense.
 */
describe('a price said with "cost" keeps its currency as typed', () => {
  it.each([
    'R$ 1.299,90',
    'R$ 450',
    'R$899',
    'US$ 450',
    'CA$ 20',
    'A$ 15',
    'HK$ 300',
    'S/ 45',
    'Fr. 30',
    'CHF 30',
    'kr 200',
    'zł 120',
    'R 50',
    '€ 12',
    '12 €',
    '€349,00',
    '₩180,000',
    '₹ 500',
    'TL 150',
    'EUR 80',
    '300 euros',
  ])('"remember the sofa cost %s"', async (amount) => {
    const { ask, facts, notes } = offlineWorld();
    await ask(`remember the sofa cost ${amount}`);
    expect(facts()).toEqual([["sofa's price", amount]]);
    expect(notes()).toEqual([]);
  });

  it('the same sentence without "remember" is the same fact', async () => {
    const { ask, facts } = offlineWorld();
    await ask('the stroller cost US$ 450');
    await ask('my bike costs R$ 2.100');
    expect(facts()).toEqual(
      expect.arrayContaining([
        ["stroller's price", 'US$ 450'],
        ["bike's price", 'R$ 2.100'],
      ]),
    );
  });

  it.each(['how much did the sofa cost?', 'what did the sofa cost?', 'how much does the sofa cost'])(
    '"%s" finds the price its statement kept',
    async (question) => {
      const { ask } = offlineWorld();
      await ask('remember the sofa cost R$ 1.299,90');
      const { answer, names } = await ask(question);
      expect(names).toContain('memory_recall');
      expect(answer).toContain('R$ 1.299,90');
    },
  );

  it('"the bike cost him 300" names no currency: "him" is no code', async () => {
    const { ask, facts } = offlineWorld();
    await ask('remember the bike cost him 300');
    expect(facts().some(([, value]) => String(value).startsWith('him'))).toBe(false);
  });
});
