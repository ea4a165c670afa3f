import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { learnPapers as learn } from '../../test/helpers/knowledge.js';
import { lengthOf, lengthSaid } from './span.js';

/**
 * Round k22 (S35): a yes/no answer quotes the line that decides it — the exception ("except one
 * cat …", "Mold, unless …"), the line naming the thing asked rather than a sibling ("Dogs are
 * prohibited.") — never a line matched by a shared stem only ("deductions" for "deductible"), and
 * a length over a stated start and end is counted from the dates, said to be computed.
 */

const papers = (name: string) => readFileSync(join(import.meta.dirname, 'testdata', 'k22', name), 'utf8');
const ALL = Object.fromEntries(
  ['lease.md', 'insurance.md', 'gym.md', 'warranty.md', 'school.md', 'hoa.txt', 'phone.md'].map((n) => [
    n,
    papers(n),
  ]),
);

describe('a yes/no answer quotes the line that decides it (S35 1, 2)', () => {
  it('the exception naming the thing asked, not the sibling line', async () => {
    const { ask } = await learn(ALL);
    const cases: [string, string[]][] = [
      [
        'are cats prohibited?',
        ['Pets are not allowed, except one cat with written approval and a $300 pet deposit.'],
      ],
      [
        'what does my lease say about cats?',
        ['Pets are not allowed, except one cat with written approval and a $300 pet deposit.'],
      ],
      ['are guests under 18 allowed?', ['Guests must be over 18, except when accompanied by a parent.']],
      [
        'can pupils use phones?',
        [
          'Pupils may not use mobile phones during the school day.',
          'Phones must be handed in at the office, other than for pupils who walk home alone.',
        ],
      ],
      [
        'are holidays in term time allowed?',
        ['Holidays in term time are not authorised unless the head teacher agrees in advance.'],
      ],
      [
        'is there an early termination fee?',
        ['An early termination fee of $200 applies unless you upgrade with Skyline.'],
      ],
    ];
    for (const [question, quotes] of cases) {
      const a = await ask(question);
      expect(a.known, question).toBe(true);
      for (const quote of quotes) expect(a.quotes, question).toContain(quote);
      expect(a.quotes, question).not.toContain('Dogs are prohibited.');
    }
    // The sibling's own line still answers the sibling.
    const dogs = await ask('are dogs prohibited in my lease?');
    expect(dogs.quotes).toContain('Dogs are prohibited.');
  });

  it('a cover question shows the conditional item naming a thing asked, with its condition', async () => {
    const { ask } = await learn(ALL);
    const mold = await ask('is mold from a burst pipe covered?');
    expect(mold.quotes).toEqual([
      '## What is covered',
      'Water damage from burst pipes',
      '## What is not covered',
      'Mold, unless caused by a covered water event',
    ]);
    expect(mold.answer).toContain(
      '"Mold, unless caused by a covered water event" is listed under "## What is not covered"',
    );
    const alone = await ask('is mold covered?');
    expect(alone.answer.split('\n').slice(0, 2)).toEqual([
      'No — it is listed under "## What is not covered".',
      'The item sets a condition: "unless caused by a covered water event".',
    ]);
    const seals = await ask('are door seals covered?');
    expect(seals.answer.split('\n').slice(0, 2)).toEqual([
      'Yes — it is listed under "## What the warranty covers".',
      'The item sets a condition: "provided that the fridge was installed by an approved installer".',
    ]);
    const spoilage = await ask('is food spoilage covered?');
    expect(spoilage.answer.split('\n').slice(0, 2)).toEqual([
      'No — it is listed under "## What the warranty does not cover".',
      'The item sets a condition: "other than spoilage caused by a compressor failure".',
    ]);
    // Both items name the compressor: both shown, the condition in the item's own words.
    const compressor = await ask('is the compressor covered?');
    expect(compressor.quotes).toContain('Compressor failure for 5 years');
    expect(compressor.quotes).toContain('Food spoilage, other than spoilage caused by a compressor failure');
    const spoiled = await ask('is food spoilage from a compressor failure covered?');
    expect(spoiled.quotes).toContain('Food spoilage, other than spoilage caused by a compressor failure');
    // No condition: the plain verdict.
    const cosmetic = await ask('is cosmetic damage covered?');
    expect(cosmetic.answer.split('\n')[0]).toBe(
      'No — it is listed under "## What the warranty does not cover".',
    );
  });

  it('no line in those words: the line naming the thing decides; nothing of it stays "I don\'t know"', async () => {
    const { ask } = await learn(ALL);
    const sauna = await ask('is the sauna included?');
    expect(sauna.known).toBe(true);
    expect(sauna.quotes).toEqual(['The sauna costs $10 extra per visit.']);
    expect(sauna.answer.split('\n')[0]).toBe(
      'No line says it in those words; what your documents say of it:',
    );
    for (const question of [
      'is hail covered?',
      'are swimming lessons included?',
      'are trampolines prohibited?',
      'is the gym open on Sundays?',
      'is roaming in France included?',
    ]) {
      const a = await ask(question);
      expect(a.known, question).toBe(false);
      expect(a.answer, question).toMatch(/^I don't know/u);
    }
    // k31: a ferret is a pet, so the lease's pets line decides it (it was an "I don't know" here).
    const ferrets = await ask('are ferrets prohibited?');
    expect(ferrets.quotes).toEqual([
      'Pets are not allowed, except one cat with written approval and a $300 pet deposit.',
    ]);
  });
});

describe('no line matched only by a shared stem (S35 4)', () => {
  it('"deductible" is not "deductions", an allowance is not "allowed"', async () => {
    const { ask } = await learn(ALL);
    const a = await ask('what is my deductible?');
    expect(a.quotes).toEqual(['Policyholder: Dana Whitfield. Annual premium: $216. Deductible: $500.']);
    const the = await ask('what is the deductible?');
    expect(the.quotes.join('\n')).not.toContain('deductions');
    const { ask: askBags } = await learn({
      'ticket.txt': 'Baggage allowance: 23 kg per passenger.\nPets are not allowed in the cabin.\n',
    });
    const bags = await askBags('what is my baggage allowance?');
    expect(bags.quotes).toEqual(['Baggage allowance: 23 kg per passenger.']);
  });
});

describe('a length over a stated start and end is counted from the dates (S35 3)', () => {
  it('answers yes/no and how long, marked as computed', async () => {
    const { ask } = await learn(ALL);
    const cases: [string, string][] = [
      [
        'is the lease for 2 years?',
        'No — 1 year (12 months), computed from the dates stated: 1 September 2025 to 31 August 2026.',
      ],
      [
        'is the lease for one year?',
        'Yes — 1 year (12 months), computed from the dates stated: 1 September 2025 to 31 August 2026.',
      ],
      [
        'is it a 12-month lease?',
        'Yes — 1 year (12 months), computed from the dates stated: 1 September 2025 to 31 August 2026.',
      ],
      [
        'how long is the lease?',
        '1 year (12 months), computed from the dates stated: 1 September 2025 to 31 August 2026.',
      ],
      [
        'how long is my gym membership?',
        '1 year (12 months), computed from the dates stated: 1 March 2026 to 28 February 2027.',
      ],
      [
        'is my phone contract 24 months?',
        'Yes — 2 years (24 months), computed from the dates stated: 15 January 2025 to 14 January 2027.',
      ],
      [
        'is the phone contract for 3 years?',
        'No — 2 years (24 months), computed from the dates stated: 15 January 2025 to 14 January 2027.',
      ],
    ];
    for (const [question, first] of cases) {
      const a = await ask(question);
      expect(a.answer.split('\n')[0], question).toBe(first);
    }
    const lease = await ask('is the lease for 2 years?');
    expect(lease.quotes).toEqual(['The lease begins on September 1, 2025 and ends on August 31, 2026.']);
    const phone = await ask('how long is my phone contract?');
    expect(phone.quotes).toEqual(['Start date: 15 January 2025', 'End date: 14 January 2027']);
    // A deadline is no length: "how long do I have to …" is left to the sentences.
    const claim = await ask('how long do I have to file a claim?');
    expect(claim.quotes).toEqual([
      'Claims must be filed within 30 days of the loss by calling 1-800-555-0142.',
    ]);
    const notice = await ask('how long is the notice period?');
    expect(notice.answer).not.toContain('computed');
  });

  it('counts whole months when the days line up, else days', () => {
    expect(lengthSaid(lengthOf({ year: 2025, month: 9, day: 1 }, { year: 2026, month: 8, day: 31 }))).toBe(
      '1 year (12 months)',
    );
    expect(lengthSaid(lengthOf({ year: 2025, month: 1, day: 15 }, { year: 2025, month: 7, day: 15 }))).toBe(
      '6 months',
    );
    expect(lengthSaid(lengthOf({ year: 2025, month: 1, day: 1 }, { year: 2025, month: 1, day: 10 }))).toBe(
      '10 days',
    );
    expect(lengthSaid(lengthOf({ year: 2024, month: 3, day: 1 }, { year: 2026, month: 2, day: 28 }))).toBe(
      '2 years (24 months)',
    );
  });
});
