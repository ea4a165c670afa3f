import { describe, expect, it } from 'vitest';
import { learnPapers as learn } from '../../test/helpers/knowledge.js';
import { root } from './lexicon.js';
import { nameOnlyRoots } from './proper-names.js';

const CONTACTS = ['Name: Dr. Helen Park', 'Address: 12 Elm Road', 'Phone: 555-1234'].join('\n');
const LEASE = [
  '# Lease',
  '',
  'Residents may park in the rear lot. Parking costs 20 euros a month.',
  'The office is on Park Street, next to the bakery.',
].join('\n');

describe('a name matches only the form asked, never a stem (round 8 HIGH 2)', () => {
  it('reads the names of a name line and of a sentence, not of a title-case line', () => {
    expect([...nameOnlyRoots('Name: Dr. Helen Park', 'name').keys()]).toContain(root('Park'));
    expect([...nameOnlyRoots('The office is on Park Street.').keys()]).toContain(root('Park'));
    expect(nameOnlyRoots('Monthly Parking Fee: 20 euros').size).toBe(0);
    // Said as a word too: not only a name.
    expect(nameOnlyRoots('Park in Park Street.').has(root('park'))).toBe(false);
  });

  it('answers parking questions from the lease, and her questions from her record', async () => {
    const { ask } = await learn({ 'contacts.md': CONTACTS, 'lease.md': LEASE });
    for (const question of ['where can I park?', 'is there parking?', 'how much does parking cost?']) {
      const answer = await ask(question);
      expect(answer.known, question).toBe(true);
      expect(
        answer.citations.map((c) => c.path.split('/').at(-1)),
        question,
      ).not.toContain('contacts.md');
    }
    expect((await ask("what is Helen Park's phone?")).quotes).toContain('Phone: 555-1234');
    expect((await ask('where does Dr. Park live?')).quotes).toContain('Address: 12 Elm Road');
    expect((await ask('what is on park street?')).quotes).toEqual([
      'The office is on Park Street, next to the bakery.',
    ]);
  });
});
