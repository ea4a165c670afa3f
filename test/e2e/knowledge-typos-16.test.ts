import { describe, expect, it } from 'vitest';
import { useDocumentsCli } from '../helpers/cli.js';

/**
 * Round k16 through the real CLI: `fazt ask` reads a slip of the keys as the word meant, a
 * "what do I do after …ing …?" question reaches the documents, and a pronoun follow-up to a
 * document answer is asked of the documents, not read as someone's fact.
 */
describe('fazt ask: typos, steps and follow-ups to documents (real CLI)', () => {
  const { dir, run, ask } = useDocumentsCli('fazt-knowledge-k16-', {
    'policy.md': '# Home insurance\n\n## Excess\n\nThe standard excess is £100 for each claim.\n',
    'eggs.md':
      '# Egg salad\n\n## Method\n\n1. Boil the eggs for 7 minutes.\n2. Cool them in cold water.\n3. Chop the eggs and mix with mayonnaise.\n',
    'boiler-service.eml':
      'From: "Bristol Heating Co" <bookings@bristolheating.co.uk>\nTo: sam@example.com\nSubject: Your boiler service\n\nYour boiler service is booked for 3 March at 9:00.\n',
  });

  it('learns, then reads "excces" as "excess" and says so', { timeout: 180_000 }, async () => {
    expect((await run('learn', dir, '--yes')).code).toBe(0);
    const excess = await ask('how much is the excces?');
    expect(excess.answer).toContain('I read "excces" as "excess".');
    expect(excess.answer).toContain('The standard excess is £100 for each claim. (policy.md:5)');
  });

  it('asks the documents what comes after boiling the eggs', { timeout: 180_000 }, async () => {
    const after = await ask('what do I do after boiling the eggs?');
    expect(after.toolCalls.map((call) => call.name)).toContain('knowledge_ask');
    expect(after.answer).toContain('Cool them in cold water.');
    expect(after.answer).not.toMatch(/I need the question/);
  });

  it('asks the documents "their" email after who sent it', { timeout: 180_000 }, async () => {
    const sent = await ask('who sent the email about the boiler?');
    expect(sent.answer).toContain('Bristol Heating Co');
    const email = await ask('-c', sent.conversationId, "what's their email address?");
    expect(email.toolCalls.map((call) => call.name)).toEqual(['knowledge_ask']);
    expect(email.answer).toContain('bookings@bristolheating.co.uk');
    expect(email.answer).not.toMatch(/can't tell who/);
    // A write stays a write: whose is asked, nothing kept.
    const kept = await ask('-c', email.conversationId, 'remember their number is 5');
    expect(kept.answer).toMatch(/can't tell who "their" is/);
  });
});
