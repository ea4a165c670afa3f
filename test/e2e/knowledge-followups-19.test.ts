import { describe, expect, it } from 'vitest';
import { useDocumentsCli } from '../helpers/cli.js';

/**
 * Stranger S29 MEDIUM 6 through the real CLI: a follow-up (`-c`) to a document answer that names
 * its subject by "that" or "it" ("how much does that cost?", "who is it with?") asks the
 * documents of the earlier subject, not "I don't know" with an unrelated suggestion.
 */
describe('document follow-ups with "that" and "it" (S29 M6, real CLI)', () => {
  const { dir, run, ask } = useDocumentsCli('fazt-knowledge-s29-', {
    'dentist-plan.md': [
      '# Dental treatment plan — Mill Lane Dental',
      '',
      '## Costs',
      '',
      '- Crown (NHS Band 3): £319.10',
      '- Hygienist scale and polish: £65.00 (private)',
      '',
      '## Appointments',
      '',
      '- Crown preparation: Thursday 26 June 2025 at 2:15pm.',
      '- Hygienist: Friday 4 July 2025 at 11:00am with Sophie.',
      '',
    ].join('\n'),
  });

  it('carries the subject through "that" and "it"', { timeout: 180_000 }, async () => {
    expect((await run('learn', dir, '--yes')).code).toBe(0);
    const crown = await ask('when is the crown preparation appointment?');
    expect(crown.answer).toContain('Crown preparation: Thursday 26 June 2025 at 2:15pm.');
    const hygienist = await ask('-c', crown.conversationId, 'and the hygienist?');
    expect(hygienist.answer).toContain('Hygienist: Friday 4 July 2025 at 11:00am with Sophie.');
    const cost = await ask('-c', hygienist.conversationId, 'how much does that cost?');
    expect(cost.toolCalls.find((call) => call.name === 'knowledge_ask')?.input).toEqual({
      question: 'how much does the hygienist cost?',
    });
    expect(cost.answer).toContain('Hygienist scale and polish: £65.00 (private)');
    const who = await ask('-c', cost.conversationId, 'who is it with?');
    expect(who.answer).toContain('Hygienist: Friday 4 July 2025 at 11:00am with Sophie.');
    expect(who.answer).not.toMatch(/I don't know|Share an app/);
  });
});
