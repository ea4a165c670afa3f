import { describe, expect, it } from 'vitest';
import { learnPapers as learn } from '../../test/helpers/knowledge.js';

/** Round k26 (S41 HIGH 3): a question word the documents hold inside a longer word is that word's part, not a slip. */

const GP =
  'Dear Ms Adeyemi,\n\nMedication\n\nRamipril 5 mg: one capsule each morning at 7am.\nSimvastatin 40 mg: one tablet at bedtime, about 10pm.\nLansoprazole 15 mg: before breakfast for four weeks.\n\nYours sincerely,\nDr Okoro\n';
const TRIP =
  '# Porto weekend\n\nTrain from Campanha station to Braga, Saturday 6 June, 09:25 departure.\nHotel: Casa Ribeira, check in from 15:00.\n';
const POLICY =
  '# Contents insurance\n\nInsurer: Harbour Mutual\nThe standard excess is £150 for each claim.\nLaptops are covered away from the house up to £1,200.\n';

describe('a word held inside a longer word the documents use is read as that word (S41 HIGH 3)', () => {
  it('reads "statin" as the simvastatin of the letter, never as the "station" of the trip', async () => {
    const { ask } = await learn({ 'gp-letter.txt': GP, 'porto.md': TRIP });
    for (const question of ['when should i take the statin', 'what time do i take my statins']) {
      const a = await ask(question);
      expect(a.known, question).toBe(true);
      expect(a.text, question).not.toMatch(/station/u);
      expect(a.text.split('\n')[0], question).toMatch(/^I read "statins?" as "simvastatin"\.$/u);
      expect(a.quotes, question).toContain('Simvastatin 40 mg: one tablet at bedtime, about 10pm.');
    }
    // "prazole" ends lansoprazole: read as it, not left unknown.
    const prazole = await ask('how long do i take the prazole for');
    expect(prazole.quotes).toContain('Lansoprazole 15 mg: before breakfast for four weeks.');
  });

  it('reads no word held in the middle of another', async () => {
    const { ask } = await learn({
      'museum.txt': 'Discovery day at the museum: Saturday 4 July, tickets £12.\n',
    });
    // "cover" is inside "discovery", no part of it: never read so.
    const cover = await ask('how much is the cover for the museum');
    expect(cover.text).not.toMatch(/I read "cover"/u);
  });

  it('still reads true slips as the near word', async () => {
    const { ask } = await learn({ 'gp-letter.txt': GP, 'porto.md': TRIP, 'policy.md': POLICY });
    const simva = await ask('when do i take the simvastatn');
    expect(simva.text.split('\n')[0]).toBe('I read "simvastatn" as "simvastatin".');
    expect(simva.quotes).toContain('Simvastatin 40 mg: one tablet at bedtime, about 10pm.');
    const excess = await ask('what is the excess on my insurence');
    // Answered as typed by "excess", or read as insurance: never as another word.
    expect(excess.text).not.toMatch(/I read "insurence" as "(?!insurance")/u);
    expect(excess.quotes).toContain('The standard excess is £150 for each claim.');
    const train = await ask('when is the train from the staton');
    expect(train.quotes).toContain('Train from Campanha station to Braga, Saturday 6 June, 09:25 departure.');
  });

  it('says nothing was found when the word held is asked of something absent', async () => {
    const { ask } = await learn({ 'gp-letter.txt': GP, 'porto.md': TRIP });
    // "statin" is held, but no paper says what it costs: an honest "I don't know", no train time.
    const cost = await ask('how much did the statin prescription cost');
    expect(cost.text).not.toMatch(/09:25|station/u);
    expect(cost.known).toBe(false);
  });

  it('never reads a real word the answerer knows as another word the documents use', async () => {
    const { ask } = await learn({ 'loan.txt': 'Car loan\n\nThe loan was repaid in full on 3 May 2026.\n' });
    // "repaired" is a word of the answerer's lists (repair, fix, mend): asked as typed, never read as "repaid".
    const fence = await ask('when was the loan repaired');
    expect(fence.text).not.toMatch(/I read|repaid/u);
    expect(fence.known).toBe(false);
    // A slip is still read: "repayed" is no word the answerer knows.
    const loan = await ask('when was the loan repiad');
    expect(loan.quotes).toContain('The loan was repaid in full on 3 May 2026.');
  });
});
