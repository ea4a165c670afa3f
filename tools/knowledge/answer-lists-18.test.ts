import { describe, expect, it } from 'vitest';
import { learnPapers as learn } from '../../test/helpers/knowledge.js';

/** Round k18 (S29): a list and the line leading into it are read together. */

const POLICY =
  'PET INSURANCE\n\nPolicy number: PSW-1\nMonthly premium: £38.72\n\nWhat is not covered:\n- Dental treatment unless caused by an accident\n- Pre-existing conditions\n- Routine vaccinations, flea and worm treatment\n\nClaims line: 0345 600 7721\n';
const BOILER =
  'Boiler manual\n\n6 Repressurising the system\nThe pressure gauge should read between 1 and 1.5 bar.\nTo repressurise:\n1. Switch off the boiler and let it cool.\n2. Locate the filling loop under the boiler.\n3. Open both valves slowly until the gauge reads 1.5 bar.\n4. Close both valves firmly.\n5. Switch the boiler back on.\n';

describe('a list under its lead-in line (S29 HIGH 5)', () => {
  it('a quoted item brings its lead-in, so "not covered" is said', async () => {
    const { ask } = await learn({ 'pet-insurance.txt': POLICY });
    const a = await ask('what does my pet insurance say about dental treatment?');
    expect(a.quotes).toEqual(['What is not covered:', 'Dental treatment unless caused by an accident']);
    expect(a.citations.map((c) => c.lineStart)).toEqual([6, 7]);
  });

  it('a quoted lead-in brings its items', async () => {
    const { ask } = await learn({ 'pet-insurance.txt': POLICY });
    const a = await ask('what is not covered by the pet insurance?');
    expect(a.quotes).toEqual(
      expect.arrayContaining([
        'What is not covered:',
        'Dental treatment unless caused by an accident',
        'Pre-existing conditions',
        'Routine vaccinations, flea and worm treatment',
      ]),
    );
  });

  it('steps under "To repressurise:" are quoted with it', async () => {
    const { ask } = await learn({ 'boiler.txt': BOILER });
    const a = await ask('how do I repressurise the boiler?');
    expect(a.quotes.slice(0, 6)).toEqual([
      'To repressurise:',
      '1. Switch off the boiler and let it cool.',
      '2. Locate the filling loop under the boiler.',
      '3. Open both valves slowly until the gauge reads 1.5 bar.',
      '4. Close both valves firmly.',
      '5. Switch the boiler back on.',
    ]);
  });
});
