import { describe, expect, it } from 'vitest';
import { useDocumentsCli } from '../helpers/cli.js';

/**
 * Stranger S25 through the real CLI: `fazt ask` gives the documents the question as said, a
 * follow-up (`-c`) to a document answer keeps its subject, and a folder learn names what it skipped.
 */
describe('fazt ask and documents, stranger S25 (real CLI)', () => {
  const { dir, run, ask } = useDocumentsCli('fazt-knowledge-s25-', {
    'tenancy-agreement.md': [
      '# Tenancy Agreement',
      '',
      '## Rent',
      '',
      'The rent is £1,150 per calendar month, payable in advance on the 1st day of each month',
      "by standing order to the Landlord's account.",
      '',
      '## Deposit',
      '',
      'A deposit of £1,326 is held by the Deposit Protection Service (DPS) under scheme reference DPS-8834-2291.',
      'The deposit will be returned within 10 days of the end of the tenancy, less any agreed deductions.',
      '',
    ].join('\n'),
    'tech/rename_photos.py':
      'import os\n\n\ndef capture_time(path):\n    """Return the photo\'s capture time or None."""\n    return None\n',
    'dr-letter.txt':
      'Dear Ms Patel,\n\nYour vitamin D level was low.\nYou are allergic to penicillin; this is recorded on your notes.\n',
    'expenses.csv': [
      'date,category,description,amount_gbp',
      '2026-01-03,groceries,Tesco weekly shop,62.40',
      '2026-01-14,utilities,Octopus Energy,96.20',
      '2026-01-17,groceries,Tesco weekly shop,55.90',
      '2026-01-28,utilities,Bristol Water,31.60',
    ].join('\n'),
    'corrupt.pdf': '%PDF-1.4\nthis is not really a pdf\n%%EOF\n',
    'empty.txt': '',
  });

  it('learns the folder, naming the skipped files and why', { timeout: 180_000 }, async () => {
    const learned = await run('learn', dir, '--yes');
    expect(learned.code).toBe(0);
    expect(learned.stdout).toMatch(/skipped 2 \((?:1 damaged PDF, 1 empty|1 empty, 1 damaged PDF)\)/);
    expect(learned.stdout).toMatch(/Skipped: .*corrupt\.pdf \(damaged PDF: [^)]+\)/);
    expect(learned.stdout).toMatch(/empty\.txt \(empty\)/);
    expect(learned.stdout).not.toMatch(/unsupported/);
  });

  it('asks the documents the whole question, and follows up on the same subject', {
    timeout: 180_000,
  }, async () => {
    for (const [question, line] of [
      ['when is the rent due?', 'payable in advance on the 1st day of each month'],
      ['what am I allergic to?', 'You are allergic to penicillin'],
      ['how much did I spend in total on utilities?', 'adds up to 127.80'],
    ] as const) {
      const answered = await ask(question);
      const asked = answered.toolCalls.find((call) => call.name === 'knowledge_ask');
      expect(asked?.input, question).toEqual({ question });
      expect(answered.answer, question).toContain(line);
    }
    const deposit = await ask('how much is the deposit?');
    expect(deposit.answer).toContain('A deposit of £1,326 is held by');
    const returned = await ask('-c', deposit.conversationId, 'and when is it returned?');
    expect(returned.toolCalls.find((call) => call.name === 'knowledge_ask')?.input).toEqual({
      question: 'and when is the deposit returned?',
    });
    expect(returned.answer).toContain('The deposit will be returned within 10 days');
    expect(returned.answer).not.toContain('rename_photos.py');
    const holds = await ask('-c', returned.conversationId, 'who holds it?');
    expect(holds.answer).toContain('held by the Deposit Protection Service (DPS)');
    expect(holds.answer).not.toMatch(/I don't know/);
  });
});
