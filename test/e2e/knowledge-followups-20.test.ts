import { describe, expect, it } from 'vitest';
import { useDocumentsCli } from '../helpers/cli.js';

/**
 * Stranger S32 M2 through the real CLI: a follow-up (`-c`) naming nothing of its own ("what
 * time?", "and when does it end?") stays on the earlier question's subject, and one naming its own
 * ("and where is the next meeting?") is asked as said — not the gym e-mail, not every end date.
 * Also S32 LOW: a question nothing answers offers no "Describe a blob".
 */
describe('document follow-ups naming nothing of their own (S32 M2, real CLI)', () => {
  const { dir, run, ask, knowledgeInput } = useDocumentsCli('fazt-knowledge-s32-', {
    'meeting_notes.md': [
      "# Residents' association meeting — 18 Nov 2026",
      '',
      'Decisions:',
      '- The communal garden clean-up will be on Saturday 5 December 2026 at 10am.',
      '- Annual subscription stays at £20 per flat.',
      '',
      'Next meeting: Wednesday 20 January 2027, 7pm, at no. 31.',
      '',
    ].join('\n'),
    'welcome.eml': [
      'From: PureGym <noreply@puregym.example>',
      'Subject: Welcome to PureGym',
      '',
      'Off-peak hours: 10:00-16:00 and after 21:00 on weekdays.',
      'You can cancel at any time with no notice period.',
      '',
    ].join('\n'),
    'term_dates.txt': [
      'Autumn term begins on Thursday 3 September 2026 and ends on Friday 18 December 2026.',
      '',
      'Spring term begins Monday 4 January 2027 and ends Friday 26 March 2027.',
      '',
      'Summer term begins Monday 12 April 2027 and ends Wednesday 21 July 2027.',
      '',
    ].join('\n'),
    'phone.txt': 'Contract ends: 2027-03-31\n',
  });

  it('stays on the subject, and takes a new one when named', { timeout: 180_000 }, async () => {
    expect((await run('learn', dir, '--yes')).code).toBe(0);
    const clean = await ask("when's the garden clean up");
    expect(clean.answer).toContain(
      'The communal garden clean-up will be on Saturday 5 December 2026 at 10am.',
    );
    const time = await ask('-c', clean.conversationId, 'what time?');
    expect(knowledgeInput(time)).toEqual({ question: 'what time for the garden clean up?' });
    expect(time.answer).toContain('at 10am');
    expect(time.answer).not.toContain('Off-peak');
    const where = await ask('-c', time.conversationId, 'and where is the next meeting?');
    expect(where.answer).toContain('Next meeting: Wednesday 20 January 2027, 7pm, at no. 31.');
    expect(where.answer).not.toContain('garden');

    const spring = await ask('when does spring term start?');
    expect(spring.answer).toContain('Spring term begins Monday 4 January 2027');
    const end = await ask('-c', spring.conversationId, 'and when does it end?');
    expect(knowledgeInput(end)).toEqual({ question: 'when does the spring term end?' });
    expect(end.answer).toContain('ends Friday 26 March 2027');
    expect(end.answer).not.toMatch(/Autumn|Summer|Contract ends/);
  });

  it('offers no blob or status for a question in words nothing answers', { timeout: 180_000 }, async () => {
    const none = await ask('do I have to fast before the scan');
    expect(none.answer).toMatch(/^I don't know/);
    expect(none.answer).not.toMatch(/Describe a blob|Cartridge status/);
  });
});
