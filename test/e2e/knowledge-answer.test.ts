import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LEASE, PRICES } from '../fixtures/papers.js';
import { runCli, tempCartridge } from '../helpers/cli.js';

/** `fazt knowledge ask` offline, as a stranger asks it of their own papers (issue 10). */
describe('fazt knowledge ask answers the subject asked, or says it does not know (real CLI)', () => {
  it('quotes label lines, whole wrapped sentences and accented words; never a one-word guess', async () => {
    const cart = await tempCartridge('fazt-knowledge-answer-');
    try {
      const docs = join(cart.dir, 'docs');
      mkdirSync(docs);
      writeFileSync(join(docs, 'lease.md'), LEASE);
      writeFileSync(join(docs, 'prices.md'), PRICES);
      await runCli(['learn', docs], { cartridge: cart.path });
      const ask = async (question: string) =>
        (await runCli(['knowledge', 'ask', question], { cartridge: cart.path })).stdout.trim();
      expect(await ask('who is the landlord?')).toBe('Landlord: Orvald Pemberton (lease.md:5)');
      expect(await ask('who must consent to pets?')).toContain(
        'The tenant may keep pets only with written consent from Mrs. Abernathy, and any damage caused by animals is paid by the tenant. (lease.md:15-17)',
      );
      expect(await ask('CAFE')).toBe(
        'The ground-floor café gives tenants a 15 percent discount. (lease.md:21)',
      );
      for (const question of ['how much is the water bill?', 'can I sublet the apartment?'])
        expect(await ask(question), question).toMatch(/^I don't know/);
      const top = await runCli(['ask', 'what is the name of my dentist?'], { cartridge: cart.path });
      expect(top.stdout).toContain('I searched your learned documents too: they do not say.');
    } finally {
      await cart.cleanup();
    }
  }, 120_000);
});
