import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, useDocumentsCli } from '../helpers/cli.js';

/** Issue 10, stranger round 13, through the real CLI: a line answers with the thing asked and a value of its kind. */
describe('fazt knowledge ask, stranger round 13 (real CLI)', () => {
  const cart = useDocumentsCli('fazt-knowledge-s13-', {
    'gym.md':
      '# Gym membership\n\nMonthly fee: 39.90 EUR\nGuests pay 10 EUR per visit.\nCancellation: 4 weeks to the end of the month\n',
    'washer-manual.md':
      '# Washer manual\n\nWeight: 68 kg\nCapacity 7 kg\n\n## Error codes\n\nE18: the door is not locked\nE21: the drain is blocked\n',
    'car-service.csv':
      'date,garage,service,cost\n2025-03-12,AutoFix Berlin,oil change,89.00\n2026-02-14,Müller Garage,inspection,210.00\n',
    'Holiday itinerary.md': '# Holiday itinerary\n\nTrain: ICE 1001 Berlin -> Munich, 4 August at 08:30\n',
    'employment-contract.md':
      '# Employment contract\n\nThe employee receives 25 days annual leave per calendar year.\n',
  });
  beforeAll(async () => {
    const learned = await runCli(['learn', cart.dir], { cartridge: cart.path });
    expect(learned.code).toBe(0);
  }, 120_000);
  const ask = (question: string) => runCli(['knowledge', 'ask', question], { cartridge: cart.path });

  it('quotes the monthly line, the leave granted and the weight alone, and no code that only mentions the door', async () => {
    const gym = await ask('how much is the gym per month?');
    expect(gym.stdout).toContain('Monthly fee: 39.90 EUR (gym.md:3)');
    expect(gym.stdout).not.toContain('Cancellation');
    expect(gym.stdout).not.toContain('Guests');
    const holiday = await ask('how much holiday do I get?');
    expect(holiday.stdout).toContain('25 days annual leave');
    expect(holiday.stdout).not.toContain('ICE 1001');
    const door = await ask('what is the door code?');
    expect(door.stdout).toMatch(/^I don't know/);
    expect(door.stdout).not.toContain('E18');
    const heavy = await ask('how heavy is the washer?');
    expect(heavy.stdout).toContain('Weight: 68 kg');
    expect(heavy.stdout).not.toContain('Capacity');
  }, 180_000);

  it('says the documents do not tell a garage code through the planner, quoting no service row', async () => {
    const garage = await runCli(['ask', 'what is my garage code?'], { cartridge: cart.path });
    // Memory has nothing, and the learned documents are searched too: they do not say.
    expect(garage.stdout).toMatch(/documents too: they do not say|I don't know/);
    expect(garage.stdout).not.toContain('AutoFix');
    expect(garage.stdout).not.toContain('car-service.csv:');
  }, 60_000);
});
