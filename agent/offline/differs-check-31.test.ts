import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { offlineWorld } from '../../test/helpers/offline.js';
import { testDir } from '../../test/helpers/runtime.js';

/**
 * S46: "is the rent more than 18000 TRY?" answered from a remembered rent also says the lease
 * line that says otherwise, as "what is my rent?" does: a check (yes/no, a comparison) never
 * prefers one source silently.
 */
describe('a check answered from memory that the documents contradict', () => {
  const world = async (facts: readonly (readonly [string, string])[]) => {
    const { ask, remember } = offlineWorld();
    const dir = testDir('fazt-differs-check-31-');
    writeFileSync(
      join(dir, 'contract.txt'),
      'Rental contract\n\nTenant: Emre Yildiz\nMonthly rent: 18,500 TRY, payable by the 5th of each month\n',
    );
    await ask(`learn ${dir}`);
    await remember(facts);
    return ask;
  };

  it('a comparison or a yes/no of the remembered rent quotes the contract line too, only when it differs', async () => {
    const ask = await world([['rent', '17,000 TRY']]);
    for (const question of ['is the rent more than 18000 TRY?', 'is my rent 17,000 TRY?']) {
      const { answer } = await ask(question);
      expect(answer, question).toContain('17,000 TRY');
      expect(answer, question).toContain('Your documents say otherwise: Monthly rent: 18,500 TRY');
    }
    // The contract agreeing, nothing more is said.
    const agreed = await world([['rent', '18,500 TRY']]);
    expect((await agreed('is my rent 18,500 TRY?')).answer).not.toContain('otherwise');
  });
});
