import { describe, expect, it } from 'vitest';
import { learnPapers as learn } from '../../test/helpers/knowledge.js';

/**
 * "how many specified items are on my insurance?" (stranger S41 3): the items of the list under
 * the heading naming what is asked, counted and each cited — not the single-item-limit line.
 * Our own documents, not the stranger's.
 */
const PET = [
  '# Pet insurance - Biscuit (cat)',
  '',
  'Policy: PP-55102',
  'Vet fees limit: £4,000 per year, £150 for any one item unless listed below.',
  '',
  '## Named conditions covered',
  '',
  '- Dental illness',
  '- Hyperthyroidism',
  '- Cruciate ligament injury',
  '',
  '## Not covered',
  '',
  'Pre-existing conditions.',
].join('\n');
const BOAT = [
  'MOORING CONTRACT - BERTH 14',
  '',
  'Included services:',
  '1. Shore power',
  '2) Fresh water',
  '',
  'Berth fee: £1,840 a year.',
].join('\n');

describe('the items of a list under the heading asked are counted (S41 3)', () => {
  it('counts a Markdown heading’s list and cites each item', async () => {
    const { ask } = await learn({ 'pet-insurance.md': PET, 'mooring.txt': BOAT });
    const named = await ask('how many named conditions are on my pet insurance?');
    expect(named.answer.split('\n')).toEqual([
      '3 listed under "Named conditions covered" (pet-insurance.md:8-10; counted, not stated in the documents):',
      '- Dental illness (pet-insurance.md:8)',
      '- Hyperthyroidism (pet-insurance.md:9)',
      '- Cruciate ligament injury (pet-insurance.md:10)',
    ]);
    expect(named.citations.map((c) => c.lineStart)).toEqual([6, 8, 9, 10]);
  });

  it('counts a numbered list under a "Label:" line', async () => {
    const { ask } = await learn({ 'pet-insurance.md': PET, 'mooring.txt': BOAT });
    const services = await ask('how many included services are there?');
    expect(services.answer).toContain('2 listed under "Included services" (mooring.txt:4-5;');
    expect(services.answer).toContain('- Fresh water (mooring.txt:5)');
  });

  it('counts nothing when the heading asked is not there', async () => {
    const { ask } = await learn({ 'pet-insurance.md': PET, 'mooring.txt': BOAT });
    const excluded = await ask('how many excluded breeds are there?');
    expect(excluded.answer).not.toContain('listed under');
  });
});
