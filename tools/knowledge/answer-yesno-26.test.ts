import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { learnPapers as learn } from '../../test/helpers/knowledge.js';

/**
 * Round k26 (S41 HIGH 2, MEDIUM): "can I leave after 6 months?" is no confident "No" drawn from a
 * line that sets a consequence of leaving ("repayable if you leave within 12 months"); when two
 * documents speak to it (the flat, the job) each is given with its own verdict and citation. The
 * everyday situations of smoking, a lodger, a pet's damage and theft from a car are decided by the
 * clause in the document's words; "if the dog chews the sofa will insurance pay" is such a question.
 */

const papers = (name: string) => readFileSync(join(import.meta.dirname, 'testdata', 'k26', name), 'utf8');
const world = (...names: string[]) => Object.fromEntries(names.map((n) => [n, papers(n)]));
const LIFE = world('flat-agreement.txt', 'employment-contract.txt', 'contents-cover.md');

const FLAT_BREAK =
  "Either the tenant or the landlord may end this agreement after the first 4 months by giving one month's written notice.";
const RELOCATION =
  'Relocation allowance: £2,000, to be paid back in full if you resign within 18 months of your start date.';

describe('leaving after a time: a consequence is no ban, and both documents are given (S41 HIGH 2)', () => {
  it('the flat and the job each with its verdict; a named one alone', async () => {
    const { ask } = await learn(LIFE);
    const both = await ask('can i leave after 6 months');
    expect(both.known).toBe(true);
    const lines = both.answer.split('\n');
    expect(lines[0]).toBe('Two of your documents speak to this; each with its verdict:');
    expect(both.answer).not.toMatch(/^No\b|Not after 6 months/mu);
    expect(both.answer).toContain(
      'Not forbidden — this line sets a consequence of leaving, not a ban; 6 months is within 18 months, so it applies:',
    );
    expect(both.answer).toContain('Yes — it allows it after the first 4 months, on the terms it sets:');
    expect(both.quotes).toEqual(expect.arrayContaining([FLAT_BREAK, RELOCATION]));
    expect(both.answer).toMatch(/\(flat-agreement\.txt:10\)/u);
    expect(both.answer).toMatch(/\(employment-contract\.txt:7\)/u);

    // Named: only the document meant, and the time compared with the clause's.
    const early = await ask('can I leave the flat after 2 months?');
    expect(early.answer.split('\n')[0]).toBe('No — the clause allows it only after the first 4 months:');
    expect(early.quotes).toEqual([FLAT_BREAK]);
    const before = await ask('can I move out of the flat before 4 months?');
    expect(before.answer.split('\n')[0]).toBe('No — the clause allows it only after the first 4 months:');
    const within = await ask('can I end the tenancy within 6 months?');
    expect(within.answer.split('\n')[0]).toBe(
      'Yes — it allows it after the first 4 months, on the terms it sets:',
    );
    const job = await ask('can I quit my job after 2 years?');
    expect(job.answer.split('\n')[0]).toBe(
      'Not forbidden — this line sets a consequence of leaving, not a ban; 2 years is not within 18 months, so it does not apply:',
    );
    expect(job.quotes).toEqual([RELOCATION]);
  });

  it('a consequence line never makes a "Not …" of the time asked', async () => {
    const { ask } = await learn({
      'gym.txt':
        'Harbour Gym membership\n\nA cancellation fee of £40 applies if you cancel within 3 months of joining.\n',
    });
    const a = await ask('can I cancel after 2 weeks?');
    expect(a.answer).not.toMatch(/^No\b|^Not after 2 weeks/mu);
  });
});

describe('everyday situations decided by the clause in the document’s words (S41 MEDIUM)', () => {
  it('smoking, a lodger, a pet’s damage, theft from a car', async () => {
    const { ask } = await learn(LIFE);
    const cases: [string, string, string, string][] = [
      [
        'can I smoke on the balcony',
        'No — your documents say:',
        'Smoking is prohibited throughout the premises, including shared areas.',
        'flat-agreement.txt:13',
      ],
      [
        'am i allowed to smoke in my bedroom?',
        'No — your documents say:',
        'Smoking is prohibited throughout the premises, including shared areas.',
        'flat-agreement.txt:13',
      ],
      [
        'can I have a lodger',
        'No — your documents say:',
        'The tenant shall not sublet or part with possession of any part of the flat.',
        'flat-agreement.txt:14',
      ],
      [
        'can i rent out the spare room to a lodger',
        'No — your documents say:',
        'The tenant shall not sublet or part with possession of any part of the flat.',
        'flat-agreement.txt:14',
      ],
      [
        'if the dog chews the sofa will insurance pay',
        'No — your documents leave it out:',
        'Damage caused by domestic animals, including chewing, scratching and soiling',
        'contents-cover.md:12',
      ],
      [
        'is it covered if my cat scratches the carpet?',
        'No — your documents leave it out:',
        'Damage caused by domestic animals, including chewing, scratching and soiling',
        'contents-cover.md:12',
      ],
      [
        'am i covered if my phone gets stolen from my car',
        'No — your documents leave it out:',
        'Theft from any car or van left unattended',
        'contents-cover.md:13',
      ],
    ];
    for (const [question, verdict, quote, where] of cases) {
      const a = await ask(question);
      expect(a.known, question).toBe(true);
      expect(a.answer.split('\n')[0], question).toBe(verdict);
      expect(a.quotes, question).toContain(quote);
      expect(a.answer, question).toContain(`(${where})`);
    }
  });

  it('a policy that covers pets’ damage says yes; silent documents give no invented verdict', async () => {
    const pets = await learn(world('pet-friendly-cover.md'));
    const chewed = await pets.ask('if the dog chews the sofa will insurance pay');
    expect(chewed.answer.split('\n')[0]).toMatch(/^Yes\b/u);
    expect(chewed.quotes).toContain('Accidental damage to contents, including damage caused by your pets');

    // Nothing on smoking, lodgers or leaving: never a "No" (nor a "Yes") made up.
    const silent = await learn({
      'boiler.txt':
        'Boiler service record\n\nServiced on 4 May 2026 by Ashdown Heating. Next service due May 2027.\n',
    });
    for (const question of [
      'can I smoke on the balcony',
      'can I have a lodger',
      'can i leave after 6 months',
      'if the dog chews the sofa will insurance pay',
    ]) {
      const a = await silent.ask(question);
      expect(a.answer, question).not.toMatch(/^(?:No|Yes|Not)\b/mu);
    }
  });
});

describe('how much a thing is covered for is the amount it is listed at (S41 MEDIUM)', () => {
  it('"covered for" and "insured for" need not be said by the line that states the amount', async () => {
    const { ask } = await learn(world('home-policy.md'));
    for (const question of ['how much is the bike covered for', 'how much is my bike insured for?']) {
      const a = await ask(question);
      expect(a.known, question).toBe(true);
      expect(a.quotes, question).toContain('Gravel bike (Ribble CGR): £1,850');
      expect(a.answer, question).toContain('(home-policy.md:25)');
    }
    // A thing the documents never list stays unknown.
    const kayak = await ask('how much is my kayak covered for?');
    expect(kayak.known).toBe(false);
  });
});
