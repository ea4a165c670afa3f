import { describe, expect, it } from 'vitest';
import { learnPapers as learn } from '../../test/helpers/knowledge.js';

/**
 * S44 17: "what medication does Orla take?" gave the whole "Medical note — Orla Wrenfield", since
 * "medication" and "medical" share a stem: a document named by the word in another form only does
 * not say it on every line. The line that says it is the answer.
 */
const MEDICAL = [
  '# Medical note — Orla Wrenfield',
  '',
  'GP: Dr. Imogen Tully, Marsh Lane Surgery',
  'Allergies: penicillin (rash), tree nuts',
  'Regular medication: levothyroxine 75 micrograms each morning',
  'Blood group: O negative',
  '',
].join('\n');

describe('a word whose stem only the document’s name shares, in another form', () => {
  it.each([
    'what medication does Orla take?',
    "what is Orla's medication?",
    'what medication does she take?',
  ])('%s', async (question) => {
    const { ask } = await learn({ 'medical.md': MEDICAL });
    const a = await ask(question);
    expect(a.quotes).toEqual(['Regular medication: levothyroxine 75 micrograms each morning']);
  });

  it('a line asked by the document’s own word still answers', async () => {
    const { ask } = await learn({ 'medical.md': MEDICAL });
    expect((await ask("what is Orla's blood group?")).quotes).toEqual(['Blood group: O negative']);
  });
});
