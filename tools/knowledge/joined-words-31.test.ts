import { describe, expect, it } from 'vitest';
import { learnPapers as learn } from '../../test/helpers/knowledge.js';

/**
 * Round s46 (S46 MEDIUM "document questions missed"): "the pet shop" of a statement whose rows say
 * "Petshop" — two words asked that the documents write as one are read as that one.
 */
const PAPERS = {
  'bank_2026-10.csv': [
    'date,description,amount,currency',
    '2026-10-03,Migros supermarket,-2450.75,TRY',
    '2026-10-15,Petshop Kaplumbağa Dünyası (tortoise food),-345.00,TRY',
    '2026-10-20,IGDAS natural gas,-980.00,TRY',
  ].join('\n'),
  'garage.txt': 'Carwash: every second Saturday, 150 TRY\nTyres: Michelin, changed 3 March 2026',
};

describe('two words asked, one word written', () => {
  it.each([
    ['how much did we spend at the pet shop?', '-345.00'],
    ['what did we buy at the pet shop?', 'tortoise food'],
    ['how much is the car wash?', 'Carwash: every second Saturday, 150 TRY'],
  ])('%s', async (question, said) => {
    const { ask } = await learn(PAPERS);
    const a = await ask(question);
    expect(a.known, a.text).toBe(true);
    expect(a.text).toContain(said);
    expect(a.text).toContain('as "');
  });
});
