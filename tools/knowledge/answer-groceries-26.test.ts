import { describe, expect, it } from 'vitest';
import { learnPapers as learn } from '../../test/helpers/knowledge.js';

/** Round k26 (S41 MEDIUM): groceries are said by a statement's supermarket rows. */

const STATEMENT =
  'Date,Description,Paid out,Paid in,Balance\n2026-05-01,ACME LTD SALARY,,2900.00,3100.00\n2026-05-03,ASDA SUPERSTORE LEEDS,41.20,,3058.80\n2026-05-06,PURE GYM,24.99,,3033.81\n2026-05-11,WAITROSE HEADINGLEY,18.75,,3015.06\n2026-05-20,NORTHERN RAIL,12.40,,3002.66\n';

describe('groceries are the supermarket rows (S41 MEDIUM)', () => {
  it('answers what was spent at supermarkets, and only there', async () => {
    const { ask } = await learn({ 'statement-may.csv': STATEMENT });
    const a = await ask('how much did i spend on groceries');
    expect(a.known).toBe(true);
    expect(a.text).toMatch(/41\.20/u);
    expect(a.text).toMatch(/18\.75/u);
    expect(a.text).not.toMatch(/24\.99|12\.40|2900/u);
  });

  it('still counts one supermarket as itself, and knows no other shop', async () => {
    const { ask } = await learn({ 'statement-may.csv': STATEMENT });
    const asda = await ask('how much did i spend at asda');
    expect(asda.text).toMatch(/41\.20/u);
    expect(asda.text).not.toMatch(/18\.75/u);
    const clothes = await ask('how much did i spend on clothes');
    expect(clothes.known).toBe(false);
  });
});
