import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, useDocumentsCli } from '../helpers/cli.js';

/** Issue 10, stranger round 11, through the real CLI: routes, months, contractions, roles, codes. */
describe('fazt knowledge ask, stranger round 11 (real CLI)', () => {
  const cart = useDocumentsCli('fazt-knowledge-s11-', {
    'itinerary.txt':
      'Trip to Japan\n\nFlight 1: LH 714 Frankfurt -> Tokyo Haneda\nDeparts 12 April 2026 at 13:45\nArrives 13 April 2026 at 08:10\n\nFlight 2: Tokyo -> Osaka, NH 23\nDeparts 14 April 2026 at 09:00\nArrives 14 April 2026 at 10:10\n\nReturn flight: LH 741 Osaka -> Frankfurt, 19 April 2026 at 10:50\n',
    'budget.csv': 'month,item,amount,note\n2026-02,rent,1100,\n2026-03,rent,1175,rent increase\n',
    'minutes.md':
      '# Minutes\n\nAction items:\n- Omar Farouk: renew the SSL certificate by 20 March\n- Tom: update the wiki by 20 March\n',
    'insurance.txt': 'Car insurance\n\nThe excess is EUR 300 per claim.\n',
  });
  beforeAll(async () => {
    const learned = await runCli(['learn', cart.dir], { cartridge: cart.path });
    expect(learned.code).toBe(0);
  }, 120_000);
  const ask = (question: string) => runCli(['knowledge', 'ask', question], { cartridge: cart.path });

  it('answers by route, month, role and contraction, and says a code as written', async () => {
    const frankfurt = await ask('when does the flight to Frankfurt depart?');
    expect(frankfurt.stdout).toContain(
      'Return flight: LH 741 Osaka -> Frankfurt, 19 April 2026 at 10:50 (itinerary.txt:',
    );
    expect(frankfurt.stdout).not.toContain('13:45');
    const home = await ask('when do I fly home?');
    expect(home.stdout).toContain('Osaka -> Frankfurt');
    const march = await ask('how much was the rent in March?');
    expect(march.stdout).toContain('1175');
    expect(march.stdout).not.toMatch(/dated March/);
    const ssl = await ask('who is responsible for the SSL certificate?');
    expect(ssl.stdout).toContain('Omar Farouk: renew the SSL certificate by 20 March');
    const excess = await ask("what’s the excess if I've got a claim?");
    expect(excess.stdout).toContain('The excess is EUR 300 per claim.');
    const code = await ask('does flight LH 715 have seat 32K?');
    expect(code.stdout).not.toMatch(/\blhs?\b/);
    const other = await ask('is the excess EUR 400?');
    expect(other.stdout).toMatch(/^Not EUR 400/);
    expect(other.stdout).toContain('EUR 300');
    // Shares words, answers nothing: I don't know, no quote.
    const april = await ask('how much was the rent in April?');
    expect(april.stdout).toMatch(/^I don't know/);
    expect(april.stdout).not.toContain('budget.csv:');
  }, 180_000);
});
