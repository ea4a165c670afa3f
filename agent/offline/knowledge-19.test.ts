import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { offlineWorld } from '../../test/helpers/offline.js';
import { testDir } from '../../test/helpers/runtime.js';

/** Round k19 (S27 M8, M9; S29 M3): a bare name no tool understands is asked of the documents too. */
describe('a bare name asks the learned documents', () => {
  const world = async () => {
    const { ask } = offlineWorld();
    const dir = testDir('fazt-knowledge-19-');
    writeFileSync(join(dir, 'note17.txt'), 'Archive note 17: the storage unit 17 code is 1119.\n');
    writeFileSync(join(dir, 'boiler-manual.txt'), 'Fault codes\n\nCE 207 - Water pressure too low.\n');
    writeFileSync(
      join(dir, 'itinerary.md'),
      '# Japan trip\n\n8 April: Nozomi 21 from Tokyo 09:30 to Kyoto 11:45, car 7, seats 12D and 12E.\n',
    );
    writeFileSync(join(dir, 'payslip.txt'), 'PAYSLIP May 2025\n\nGross pay   3,080.50\nNet pay   2,345.00\n');
    await ask(`learn ${dir}`);
    return ask;
  };

  it('"storage unit 17 code", "CE 207", "seats to Kyoto", "gross pay": quoted with their file', async () => {
    const ask = await world();
    const cases: [string, string][] = [
      ['storage unit 17 code', 'the storage unit 17 code is 1119. (note17.txt:1)'],
      ['CE 207', 'CE 207 - Water pressure too low. (boiler-manual.txt:3)'],
      ['seats to Kyoto', 'seats 12D and 12E. (itinerary.md:3)'],
      ['gross pay', 'Gross pay 3,080.50 (payslip.txt:3)'],
    ];
    for (const [request, quote] of cases) {
      const { answer, names } = await ask(request);
      expect(names, request).toContain('knowledge_ask');
      expect(answer, request).toContain(quote);
    }
  });

  it('a name the documents do not have is still not understood, with no "do not mention"', async () => {
    const ask = await world();
    const { answer } = await ask('blue banana');
    expect(answer).toMatch(/^I didn't understand "blue banana"/u);
    expect(answer).not.toMatch(/do not mention/u);
  });
});
