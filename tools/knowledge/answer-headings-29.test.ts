import { describe, expect, it } from 'vitest';
import { learnPapers as learn } from '../../test/helpers/knowledge.js';

/** A car's registration only in its section's heading, as people title a note. */
const GARAGE = [
  '# Car — AB12 CDE',
  '',
  'MOT due 14 March 2027.',
  'Insured with Admiral.',
  '',
  '# Boiler',
  '',
  'Serviced every March.',
  '',
].join('\n');

describe('a value only in a heading answers (k29)', () => {
  it.each([
    "what is my car's reg?",
    "what is my car's registration?",
    'what is the car registration number?',
  ])('%s', async (question) => {
    const { ask } = await learn({ 'garage.md': GARAGE });
    const answer = await ask(question);
    expect(answer.known, answer.answer).toBe(true);
    expect(answer.answer).toContain('AB12 CDE');
  });

  it('a heading without a plate says nothing of one', async () => {
    const { ask } = await learn({ 'garage.md': GARAGE.replace(' — AB12 CDE', '') });
    const answer = await ask("what is my car's registration?");
    expect(answer.known).toBe(false);
  });
});
