import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { offlineWorld } from '../../test/helpers/offline.js';
import { testDir } from '../../test/helpers/runtime.js';

/**
 * Round k31 (S45 MEDIUM "hw old is leonei"): what the person told fazt and what their documents
 * say, when they differ, are both said: the answer asked for, then the documents' line. Never one
 * source silently preferred, for a question, a lookup by name, or a question with a typo.
 */
describe('a remembered fact that the documents contradict', () => {
  const world = async (facts: readonly (readonly [string, string])[]) => {
    const { ask, remember } = offlineWorld();
    const dir = testDir('fazt-differs-31-');
    writeFileSync(
      join(dir, 'lease.md'),
      '# Tenancy\n\n## Rent\nMonthly rent is €910.00, due on the 5th of each month.\nDeposit: €1,800 held by the agency.\n',
    );
    writeFileSync(join(dir, 'school.txt'), 'Pupil: Ines Moreau\nAge: 6 years old\nClass: CP, room 4\n');
    await ask(`learn ${dir}`);
    await remember(facts);
    return ask;
  };

  it('a money question answered from memory also quotes the lease that says otherwise', async () => {
    const ask = await world([['rent', '£800']]);
    for (const question of ['how much is the rent?', 'what is my rent?', 'wat is my rent']) {
      const { answer, names } = await ask(question);
      expect(answer, question).toContain('£800');
      expect(answer, question).toContain('Your documents say otherwise: Monthly rent is €910.00');
      expect(answer, question).toContain('(lease.md:4)');
      expect(names, question).toContain('knowledge_ask');
    }
  });

  it('an age remembered and an age in a document, asked with typos, are both said', async () => {
    const ask = await world([['daughter Ines’s age', '7']]);
    for (const question of ['how old is Ines?', 'hw old is Ines?']) {
      const { answer } = await ask(question);
      expect(answer, question).toContain('7');
      expect(answer, question).toContain('Your documents say otherwise: Age: 6 years old (school.txt:2)');
    }
  });

  it('says nothing more when the documents agree, and shows no documents call then', async () => {
    const ask = await world([
      ['rent', '€910'],
      ['daughter Ines’s age', '6'],
    ]);
    for (const question of ['how much is the rent?', 'what is my rent?', 'how old is Ines?']) {
      const { answer, names } = await ask(question);
      expect(answer, question).not.toContain('otherwise');
      expect(names, question).not.toContain('knowledge_ask');
    }
  });

  it('a fact with no number is never set against a document line', async () => {
    const ask = await world([['landlord', 'Mr Dupont']]);
    const { answer } = await ask('who is my landlord?');
    expect(answer).toContain('Mr Dupont');
    expect(answer).not.toContain('otherwise');
  });
});
