import { describe, expect, it } from 'vitest';
import { learnPapers as learn } from '../../test/helpers/knowledge.js';

/**
 * Stranger S48 item 3: "when is the EDP bill due?" quoted the billing period; the bill's one
 * dated due line answers.
 */
const BILL = `Águas do Porto — water bill
Customer: Renata Cho. Contract number 88 120 334.
Billing period: 1 September 2026 to 31 October 2026.
Consumption: 9 m³, €23,10.
Total due: €31,40. Due date: 20 November 2026. Payment by Multibanco.
`;
const LEASE = `# Lease
Monthly rent: €900, paid before the 8th of each month.
Start date: 1 March 2025. Term: 2 years.
`;

describe('a when-due question quotes the due line (S48 item 3)', () => {
  it('prefers the dated due line over the billing period', async () => {
    const { ask } = await learn({ 'water-bill.txt': BILL });
    for (const q of ['when is the water bill due?', 'when is the Águas do Porto bill due?']) {
      const a = await ask(q);
      expect(a.quotes[0], q).toContain('Due date: 20 November 2026');
    }
  });

  it('leaves a file with no dated due line as it was', async () => {
    const { ask } = await learn({ 'lease.md': LEASE });
    expect((await ask('when is the rent due?')).text).toContain('before the 8th of each month');
  });
});
