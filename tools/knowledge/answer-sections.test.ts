import { describe, expect, it } from 'vitest';
import { learnPapers } from '../../test/helpers/knowledge.js';

const SYLLABUS = [
  '# Syllabus',
  '',
  '## 1. Introduction',
  '',
  'We meet on Mondays.',
  '',
  '## 3. Grading',
  '',
  'The exam is 60 percent.',
  '',
].join('\n');

/**
 * A numbered section the documents lack (issue 10, stranger round 7): numbered headings ("## 3.
 * Grading") are sections no text names, so the answer says which sections were found and where,
 * instead of a bare "there is no section 2".
 */
describe('missing numbered sections', () => {
  it('says which sections the syllabus has when section 2 is asked', async () => {
    const { ask } = await learnPapers({ 'syllabus.md': SYLLABUS });
    const two = await ask('what is in section 2 of the syllabus?');
    expect(two.known).toBe(false);
    expect(two.missing).toBe('section 2');
    expect(two.answer).toBe("I don't know: I found sections 1 and 3 (in syllabus.md), but no section 2.");
    expect((await ask('what is section 3 of the syllabus?')).quotes).toEqual(['The exam is 60 percent.']);
  });
});
