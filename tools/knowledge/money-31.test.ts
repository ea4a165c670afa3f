import { describe, expect, it } from 'vitest';
import { learnPapers as learn } from '../../test/helpers/knowledge.js';

/**
 * Round k31 (S45 MEDIUM): "what did we spend …" is a spending total as "how much did we spend …"
 * is — the debits, never the salary added in; and one bill asked ("the electricity bill") that
 * a statement pays every month is said month by month, never the months added up as if one bill.
 */

const OCTOBER = `Date,Description,Category,Amount,Balance
2026-10-01,Salary - Atelier Verrier Dubois,Income,3120.00,4520.55
2026-10-03,Carrefour Market,Groceries,-87.42,7323.63
2026-10-09,EDF électricité,Energy,-112.35,5807.18
2026-10-15,Engie gaz,Energy,-58.00,5679.48
`;
const NOVEMBER = `Date,Description,Category,Amount,Balance
2026-11-01,Salary - Atelier Verrier Dubois,Income,3120.00,8533.64
2026-11-02,Carrefour Market,Groceries,-93.10,8440.54
2026-11-16,EDF électricité,Energy,-131.20,6910.89
`;
const files = { 'bank_statement_2026-10.csv': OCTOBER, 'bank_statement_2026-11.csv': NOVEMBER };

describe('"what did we spend" is spending, the salary left out', () => {
  it('adds the month’s debits only, in every wording of the question', async () => {
    const { ask } = await learn(files);
    for (const question of [
      'what did we spend in November?',
      'what did I spend in November 2026?',
      'what have we spent in November?',
    ]) {
      const { answer } = await ask(question);
      expect(answer, question).toContain('-224.30');
      expect(answer, question).toContain('Not counted: +3120.00 Salary');
      expect(answer, question).not.toContain('2896');
    }
    const october = await ask('what did we spend in October?');
    expect(october.answer).toContain('-257.77');
  });
});

describe('one bill asked is said month by month', () => {
  it('"the electricity bill" gives the latest and the one before, never their sum', async () => {
    const { ask } = await learn(files);
    for (const question of [
      'how much was the electricity bill?',
      'how much is the electricity bill?',
      'how much was my electricity bill?',
    ]) {
      const { answer } = await ask(question);
      expect(answer, question).toContain(
        'One a month, not added up: the latest is -131.20 on 2026-11-16; before it -112.35 on 2026-10-09.',
      );
      expect(answer, question).not.toContain('-243.55');
    }
  });

  it('"the gas bill" finds the French payee "Engie gaz"', async () => {
    const { ask } = await learn(files);
    const { answer } = await ask('how much was the gas bill?');
    expect(answer).toContain('Engie gaz');
    expect(answer).toContain('-58.00');
  });

  it('a total asked of the same rows still adds them up', async () => {
    const { ask } = await learn(files);
    const { answer } = await ask('how much did we spend on electricity in total?');
    expect(answer).toContain('-243.55');
  });
});
