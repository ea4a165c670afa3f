import { describe, expect, it } from 'vitest';
import { learnPapers as learn } from '../../test/helpers/knowledge.js';

/**
 * Round s46 (S46 MEDIUM "document questions missed"): "how much is the deposit?" asks money, and
 * "Security deposit: 37,000 TRY" states it — a currency's code in capitals is money, as "EUR" is.
 */
describe('an amount in a currency code in capitals answers "how much"', () => {
  it.each([
    ['how much is the deposit?', 'Security deposit: 37,000 TRY'],
    ['how much is the security deposit?', 'Security deposit: 37,000 TRY'],
    ['how much is the deposit on the Budapest flat?', 'Deposit on the Budapest flat: 300,000 HUF'],
  ])('%s', async (question, line) => {
    const { ask } = await learn({
      'contract.txt': [
        'RENTAL CONTRACT',
        'Term: 1 September 2025 to 31 August 2027',
        'Security deposit: 37,000 TRY (two months rent), returned within 30 days of move-out',
        'Notice period: 2 months written notice.',
      ].join('\n'),
      'budapest.txt': 'Deposit on the Budapest flat: 300,000 HUF\nKeys: 2',
    });
    const a = await ask(question);
    expect(a.known, a.text).toBe(true);
    expect(a.text).toContain(line);
  });

  it('"try" as a word is no money: the TRY amount answers, the tip does not', async () => {
    const { ask } = await learn({
      'tips.txt': 'Tip: try the deposit box first.\nOpening: 9:00',
      'box.txt': 'Deposit box rental: 450 TRY per year\nBranch: Kadıköy',
    });
    const a = await ask('how much is the deposit box?');
    expect(a.text).toContain('450 TRY');
    expect(a.text).not.toContain('try the deposit box');
  });
});
