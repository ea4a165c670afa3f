import { describe, expect, it } from 'vitest';
import { learnPapers as learn } from '../../test/helpers/knowledge.js';

/**
 * k32b 3: a total asked of a table narrowed to one row (October's single bill) quotes that row;
 * a "1 row dated October; their amount adds up to 78.50 (78.50)" line would only say it again.
 * Two rows or more are still added up.
 */
const BILLS = [
  'month,date,supplier,kwh,amount',
  'January,2025-01-15,Octopus,320,96.40',
  'February,2025-02-15,Octopus,300,90.10',
  'September,2025-09-15,Octopus,210,63.20',
  'October,2025-10-15,Octopus,260,78.50',
].join('\n');

describe('one row needs no sum line (k32b 3)', () => {
  it.each([
    'how much did I spend in October?',
    'how much did we spend in October 2025?',
    'how much did the energy bills cost in October?',
  ])('%s', async (question) => {
    const { ask } = await learn({ 'energy-bills.csv': BILLS });
    const a = await ask(question);
    expect(a.text).toContain('78.50');
    expect(a.text).not.toContain('adds up to');
    expect(a.text).not.toMatch(/\b1 row\b/u);
  });

  it('two rows or more are still added up', async () => {
    const { ask } = await learn({ 'energy-bills.csv': BILLS });
    const a = await ask('how much did I spend in 2025?');
    expect(a.text).toContain('adds up to 328.20');
  });
});
