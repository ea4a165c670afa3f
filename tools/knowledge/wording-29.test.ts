import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { offlineWorld } from '../../test/helpers/offline.js';
import { testDir } from '../../test/helpers/runtime.js';

/**
 * x29: a stranger's questions on a fresh cartridge with a few learned documents. A document answer
 * opened 'I have nothing remembered as "policy number", but your documents say:' (memory had
 * nothing to do with it), and every "I don't know" ended on the whole "Not searched: notes.txt and
 * secrets.txt were left out when learned …" line, whatever was asked.
 */
const POLICY =
  '# Home insurance policy\n\nPolicy number: HX-55-2231\nInsurer: Acme Mutual\n\n## What is covered\n\nFire and smoke damage: included.\nTheft from the home: included, up to 5,000 EUR.\n\n## What is not covered\n\nAccidental damage: not included.\nFlood from rivers: not included.\nWear and tear: not included.\n';

async function world() {
  const run = offlineWorld();
  const dir = testDir('fazt-wording-29-');
  writeFileSync(join(dir, 'policy.md'), POLICY);
  writeFileSync(join(dir, 'lease.md'), '# Lease\n\nRent: 950 EUR per month.\nPets: small pets allowed.\n');
  writeFileSync(join(dir, 'notes.txt'), 'my wifi password is hunter2-Owl\n');
  writeFileSync(join(dir, 'secrets.txt'), 'nothing much\n');
  await run.ask(`learn ${dir}`);
  return { ...run, dir };
}

describe('document answers say memory only when it has something near (x29)', () => {
  it('answers from the documents alone when memory has nothing near', async () => {
    const { ask } = await world();
    for (const [question, quote] of [
      ['what is my policy number', 'Policy number: HX-55-2231 (policy.md:3)'],
      ['what is my insurer', 'Insurer: Acme Mutual (policy.md:4)'],
      ['what is my rent', 'Rent: 950 EUR per month. (lease.md:3)'],
    ] as const) {
      const { answer } = await ask(question);
      expect(answer, question).toContain(quote);
      expect(answer, question).toMatch(/^From your documents:\n/);
      expect(answer, question).not.toContain('nothing remembered');
    }
  });

  it('names what memory has near the name asked, before the documents', async () => {
    const { ask, remember } = await world();
    await remember([["brother's policy number", 'ZZ-1']]);
    const { answer } = await ask('what is my policy number');
    expect(answer).toContain('Policy number: HX-55-2231 (policy.md:3)');
    expect(answer).toContain(
      'I have nothing remembered as "policy number" (near: "brother\'s policy number"), but your documents say:',
    );
  });
});

describe('files left out as secret-holding are named when they may hold the answer (x29)', () => {
  it('one short line with their count, unless the question is of what they may hold', async () => {
    const { ask } = await world();
    const dentist = await ask("what is my dentist's name");
    expect(dentist.answer).toContain('they do not say.');
    expect(dentist.answer.split('\n').at(-1)).toBe(
      'Not searched: 2 files left out as secret-holding (`fazt knowledge list` names them).',
    );
    expect(dentist.answer).not.toContain('notes.txt');
    const sky = await ask('why is the sky blue');
    expect(sky.answer).toContain('Not searched: 2 files left out as secret-holding');
    // A password, a code, an account or a word of their names: the whole line, names and how to learn them.
    const full =
      'Not searched: notes.txt and secrets.txt were left out when learned because they look like they hold secrets; `fazt learn --include-secrets <path>` learns them.';
    for (const question of [
      "what's my wifi password",
      'what is the alarm code',
      'what is my bank account number',
      'what do my notes say about the router',
    ]) {
      const { answer } = await ask(question);
      expect(answer, question).toContain(full);
      expect(answer, question).not.toContain('hunter2');
    }
  });
});
