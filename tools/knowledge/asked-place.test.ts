import { describe, expect, it } from 'vitest';
import { learnPapers as learn } from '../../test/helpers/knowledge.js';

/** A stranger's papers (issue 10, round 8): a lease, an insurance policy, a school folder, people. */
const PAPERS = {
  'lease.md': [
    '# Residential Lease Agreement',
    '',
    '## Rent',
    '',
    'The monthly rent is 1,375 euros, due on the first day of each month.',
    'Late payment incurs a late fee of 42 euros.',
    '',
    '## Pets',
    '',
    'Tenants may keep one cat. A pet deposit of 300 euros is required.',
  ].join('\n'),
  'insurance.md': [
    '# Home Insurance',
    '',
    'The policy number is ZX-4471.',
    'Coverage includes flood damage.',
  ].join('\n'),
  'school/biology.md': ['# Biology 101', '', 'Grading is 40 percent exams and 60 percent labs.'].join('\n'),
  'people/friends.md': ['Name: Aiko Tanaka', 'Phone: 555-9876', '', 'Name: Bo Lin', 'Phone: 555-1111'].join(
    '\n',
  ),
  'pancakes.md': ['# Pancakes', '', 'Whisk two eggs with milk.'].join('\n'),
  'server.log': ['2026-01-02 backup finished in 4 minutes', '2026-01-03 disk usage at 70 percent'].join('\n'),
};
const file = (c: { path: string }) => c.path.split('/').at(-1);

describe('a word that could name a document (round 8 HIGH 1)', () => {
  it('is a content word when no learned document is called so', async () => {
    const { ask } = await learn(PAPERS);
    for (const [question, word] of [
      ['what is the late fee for the essay?', 'essay'],
      ['what is the deposit for the essay?', 'essay'],
      ['what is the deposit for the letter?', 'letter'],
      ['what does my syllabus say about pets?', 'syllabus'],
    ] as const) {
      const answer = await ask(question);
      expect(answer.known, question).toBe(false);
      expect(answer.citations, question).toEqual([]);
      expect(answer.answer, question).toContain(`"${word}"`);
    }
  });

  it('a bare "contract" names the lease, the only contract learned (issue 7, S11 2)', async () => {
    const { ask } = await learn(PAPERS);
    const deposit = await ask('what is the deposit for the contract?');
    expect(deposit.quotes).toEqual(['A pet deposit of 300 euros is required.']);
    // With no lease nor contract learned, "contract" is a content word the documents never use.
    const { ask: askElse } = await learn({ 'insurance.md': PAPERS['insurance.md'] });
    const none = await askElse('what is the policy number in the contract?');
    expect(none.known).toBe(false);
    expect(none.answer).toContain('"contract"');
  });

  it('answers from the document it names, or says that document does not', async () => {
    const { ask } = await learn(PAPERS);
    const policy = await ask('what is the policy number of the lease?');
    expect(policy.answer).toMatch(/^Your lease does not say; insurance\.md says:\n/);
    expect(policy.quotes).toEqual(['The policy number is ZX-4471.']);
    const flood = await ask('what does my lease say about flood damage?');
    expect(flood.answer).toMatch(/^Your lease does not say; insurance\.md says:\n/);
    const rent = await ask('what does the log say about the rent?');
    expect(rent.answer).toMatch(/^Your log does not say; lease\.md says:\n/);
    expect((await ask('what does the log say about the backup?')).citations.map(file)).toEqual([
      'server.log',
    ]);
    expect((await ask('what does my lease say about pets?')).citations.map(file)).toEqual([
      'lease.md',
      'lease.md',
    ]);
  });

  it('never answers "my recipe" from a document another kind of word names', async () => {
    const { ask } = await learn(PAPERS);
    const pets = await ask('what does my recipe say about pets?');
    expect(pets.known).toBe(false);
    expect(pets.citations).toEqual([]);
    expect((await ask('what does my recipe say about eggs?')).quotes).toEqual(['Whisk two eggs with milk.']);
  });
});

describe('"my X folder" is a place, never a word to find (round 8 HIGH 3)', () => {
  it('filters to the learned folder and drops "folder" and its name', async () => {
    const { ask } = await learn(PAPERS);
    expect((await ask('what does my school folder say about grading?')).quotes).toEqual([
      'Grading is 40 percent exams and 60 percent labs.',
    ]);
    expect((await ask('what does my people folder say about Aiko?')).quotes).toEqual([
      'Name: Aiko Tanaka',
      'Phone: 555-9876',
    ]);
    expect((await ask('what do my school documents say about grading?')).citations.map(file)).toEqual([
      'biology.md',
    ]);
    const pets = await ask('what does my school folder say about pets?');
    expect(pets.known).toBe(false);
    expect(pets.answer).not.toContain('"school"');
    expect(pets.answer).toContain('your school folder');
  });

  it('refuses a folder nothing learned is called, naming it without "folder"', async () => {
    const { ask } = await learn(PAPERS);
    const taxes = await ask('what does my taxes folder say about invoices?');
    expect(taxes.known).toBe(false);
    expect(taxes.answer).toContain('no learned folder or file is called "taxes"');
  });
});
