import { describe, expect, it } from 'vitest';
import { learnPapers as learn } from '../../test/helpers/knowledge.js';

/**
 * Stranger S45 HIGH 3 and 6: a spending total adds the statement rows that name the word asked
 * as a whole word — a category cell or a payee — never a payee that holds it inside another word
 * ("TotalEnergies" is no energy bill); and a spending question about
 * a month no statement covers says which months they cover, never quoting other documents' amounts.
 */

const OCTOBER = `Date,Description,Category,Amount,Balance
2026-10-03,Carrefour Market,Groceries,-87.42,7323.63
2026-10-07,TotalEnergies fuel,Fuel,-64.10,5919.53
2026-10-09,EDF électricité,Energy,-112.35,5807.18
2026-10-15,Engie gaz,Energy,-58.00,5679.48
2026-10-20,Esso fuel,Fuel,-71.60,5546.63
`;

const POLICY = `Home insurance policy
Contents sum insured: €45,000
Last service: 2 September 2026 at Garage Émile, cost €312
Premium: €47.30 per month
`;

describe('spending totals match the category or a whole payee word (S45 HIGH 3)', () => {
  it('"energy" adds the Energy rows, not TotalEnergies fuel', async () => {
    const { ask } = await learn({ 'bank_2026-10.csv': OCTOBER });
    const energy = await ask('what did we spend on energy');
    expect(energy.answer).toContain('-170.35');
    expect(energy.answer).not.toContain('TotalEnergies');
    const bill = await ask('how much is the electricity bill?');
    expect(bill.answer).toContain('EDF');
    expect(bill.answer).not.toContain('TotalEnergies');
    expect(bill.answer).not.toContain('-234.45');
  });
});

describe('a spending month no statement covers is said so (S45 HIGH 6)', () => {
  it('September, with October statements and a September car service line', async () => {
    const { ask } = await learn({ 'bank_2026-10.csv': OCTOBER, 'policy.txt': POLICY });
    const september = await ask('how much did we spend in September?');
    expect(september.answer).toMatch(/no transactions in September; they cover October 2026/u);
    expect(september.answer).not.toContain('Garage');
    const march = await ask('what did we spend in March 2025?');
    expect(march.answer).not.toContain('€');
    // A month a statement covers is still added up.
    const october = await ask('how much did we spend in October?');
    expect(october.answer).not.toMatch(/no transactions/u);
    expect(october.answer).toContain('-393.47');
  });
});
