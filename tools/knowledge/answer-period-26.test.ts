import { describe, expect, it } from 'vitest';
import { learnPapers as learn } from '../../test/helpers/knowledge.js';

/** Round k26 (S41 HIGH 4): "a month", "per month", "monthly" asked of a price is the line stating that rate. */

const POLICY =
  '# Home Insurance Schedule — Northgate Mutual\n\nPolicy number: NGM-55120\nAnnual premium: £389.40 (paid monthly at £32.45)\n\n## Contents\n\nLimit: £40,000.\nLaptops are covered away from the home up to £1,500.\nGarden furniture at home is covered up to £750.\n';
const GYM = '# Gym membership\n\nJoining fee: £20 once.\nLockers at the club cost £1 per visit.\n';

describe('a rate asked per month is the line stating it (S41 HIGH 4)', () => {
  it('answers the premium, however the month is asked', async () => {
    const { ask } = await learn({ 'home-insurance.md': POLICY });
    for (const question of [
      'how much is the home insurance a month',
      'how much is my home insurance per month?',
      'how much is the home insurance monthly',
    ]) {
      const a = await ask(question);
      expect(a.known, question).toBe(true);
      expect(a.quotes, question).toEqual(['Annual premium: £389.40 (paid monthly at £32.45)']);
    }
  });

  it('says it does not know a monthly price of something no document names', async () => {
    const { ask } = await learn({ 'home-insurance.md': POLICY, 'gym.md': GYM });
    for (const question of ['how much is the car insurance a month', 'how much is netflix per month']) {
      const a = await ask(question);
      expect(a.known, question).toBe(false);
      expect(a.text, question).not.toMatch(/£/u);
    }
  });
});
