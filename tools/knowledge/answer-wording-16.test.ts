import { describe, expect, it } from 'vitest';
import { learnPapers as learn } from '../../test/helpers/knowledge.js';
import { root } from './lexicon.js';
import { asksWay, statesUnsaid, withoutConflations } from './wording.js';

/** Stranger S25 MEDIUM 1, 4, 5, 8: a fact worded another way than the question asks it. */

const RECEIPT = 'Shop: John Lewis\nDate: 3 March 2026\nItem: Dyson V15 vacuum cleaner\nTotal: £599.00\n';
const WARRANTY =
  '# Bosch Dishwasher Warranty\n\nPurchased from Currys on 2 May 2024 for £449.00.\nI bought it with a gift card.\n';
const TAX =
  'Council Tax Bill 2026/27\n\nAnnual council tax: 2,084.52 GBP\nPaid in 10 monthly instalments of 208.45 GBP from 1 April 2026.\n\n## How to pay\n\nDirect debit is the easiest way to pay.\nInstalments are collected on the 15th of each month.\n';
const SCHOOL =
  '# Spring newsletter\n\nTerm ends on Friday 27 March.\nPE kit must be in school every Monday and Thursday.\n';
const LETTER =
  'Redland Green Medical Practice\nTel: 0117 973 0225\n\nDear Mr Ellis,\n\nYour vitamin D level was low. I have prescribed colecalciferol 800 IU, to be taken once daily with food for 12 weeks.\n';
const SERVICE =
  'Car service record\n\nDate: 12 January 2026\nMileage at service: 41,236 miles\nEngine oil and oil filter replaced.\n';
const MAIL = 'Subject: Boiler service\n\nOur engineer, Dave Collins, will call 30 minutes before arrival.\n';
const LOG =
  '2026-03-02T15:30:00Z INFO sync started\n2026-03-02T15:32:10Z ERROR smartd[412] /dev/sdb: SMART failure predicted, 312 reallocated sectors.\n';
const LEASE =
  '# Tenancy agreement\n\nThe Landlord is responsible for repairs to the structure, exterior, boiler and water heating.\nThe Tenant must not smoke inside the flat.\n';

describe('wording rules (wording.ts)', () => {
  it('tells a way asked from an amount, values stated without their noun, and different words of one stem', () => {
    expect(asksWay('how do I pay council tax?')).toBe(true);
    expect(asksWay('what is the easiest way to pay?')).toBe(true);
    expect(asksWay('how much do I pay?')).toBe(false);
    expect(statesUnsaid(root('days'), 'every Monday and Thursday')).toBe(true);
    expect(statesUnsaid(root('disk'), '/dev/sdb: SMART failure predicted')).toBe(true);
    expect(statesUnsaid(root('medication'), 'colecalciferol 800 IU once daily')).toBe(true);
    expect(statesUnsaid(root('days'), 'PE kit must be in school')).toBe(false);
    const engine = 'Engine oil replaced';
    expect(withoutConflations(new Set([root('engine')]), engine, ['engineer']).size).toBe(0);
    expect(withoutConflations(new Set([root('engine')]), engine, ['engine']).size).toBe(1);
    const news = 'The new boiler';
    expect(withoutConflations(new Set([root('news')]), news, ['news']).size).toBe(0);
  });
});

describe('the same fact asked in other words (S25 MEDIUM 1, 4, 5, 8)', () => {
  it('a receipt’s Item: answers "which … did I buy?" whatever else is learned', async () => {
    const sets: Record<string, string>[] = [
      { 'receipt.txt': RECEIPT },
      { 'receipt.txt': RECEIPT, 'warranty.md': WARRANTY },
    ];
    for (const files of sets) {
      const { ask } = await learn(files);
      const a = await ask('which vacuum cleaner did I buy?');
      expect(a.known, Object.keys(files).join()).toBe(true);
      expect(a.quotes).toEqual([expect.stringContaining('Item: Dyson V15 vacuum cleaner')]);
    }
  });

  it('a way, a day of the month: the sentence saying it, not the amount or the title', async () => {
    const { ask } = await learn({ 'council-tax.md': TAX });
    const way = await ask('what is the easiest way to pay?');
    expect(way.quotes).toEqual(['Direct debit is the easiest way to pay.']);
    expect((await ask('what is the easiest way to pay council tax?')).quotes).toEqual([
      'Direct debit is the easiest way to pay.',
    ]);
    const how = await ask('how do I pay council tax?');
    expect(how.quotes).toContain('Direct debit is the easiest way to pay.');
    expect(how.quotes.join('\n')).not.toContain('2,084.52');
    const monthly = await ask('when is council tax paid each month?');
    expect(monthly.quotes).toEqual(['Instalments are collected on the 15th of each month.']);
  });

  it('need ~ must, fix ~ repair, medication ~ prescribed X, "last" unsaid, failing ~ failure, a phone stated', async () => {
    const { ask } = await learn({
      'newsletter.md': SCHOOL,
      'letter.txt': LETTER,
      'service.txt': SERVICE,
      'nas.log': LOG,
      'lease.md': LEASE,
      'insurance.md':
        '# Home insurance\n\nPhone the broker with questions.\n\n## Claims\n\nCall the claims line on 0800 046 7712 (open 24 hours).\n',
    });
    const cases = [
      ['what days do they need PE kit?', 'PE kit must be in school every Monday and Thursday.'],
      ['who is responsible for fixing the boiler?', 'The Landlord is responsible for repairs'],
      ['what medication was I prescribed?', 'I have prescribed colecalciferol 800 IU'],
      ['what was the mileage at the last service?', 'Mileage at service: 41,236 miles'],
      ['which disk is failing?', '/dev/sdb: SMART failure predicted'],
      ['what is the claims phone number?', 'Call the claims line on 0800 046 7712'],
    ] as const;
    for (const [question, line] of cases) {
      const a = await ask(question);
      expect(a.known, question).toBe(true);
      expect(a.quotes, question).toEqual([expect.stringContaining(line)]);
    }
  });

  it('an engineer is not an engine (stems that join different words)', async () => {
    const { ask } = await learn({ 'boiler.eml': MAIL, 'service.txt': SERVICE });
    const a = await ask("what's the engineer's name?");
    expect(a.quotes).toEqual([expect.stringContaining('Our engineer, Dave Collins')]);
  });
});

const DISHWASHER =
  "# Bosch Dishwasher Warranty\n\nModel: Bosch Series 4\n\n## Cover\n\nThe manufacturer's warranty lasts 2 years from the date of purchase.\nAn extended warranty was bought for £89, extending cover to 5 years in total (until 1 May 2029).\nAccidental damage is not covered.\n";
const TENANCY =
  '# Tenancy\n\nThe tenancy runs for a fixed term of 12 months, ending on 31 August 2026.\nThe Tenant replaces light bulbs and smoke alarm batteries.\nSmoking is not permitted anywhere inside the Property.\n';
const TERM = '# Newsletter\n\nTerm ends: Friday 27 March 2026 at 1:30pm.\n';

describe('the line that changes the answer; words inside other nouns (S25 MEDIUM 9, LOW 1)', () => {
  it('quotes the next line that extends the warranty', async () => {
    const { ask } = await learn({ 'dishwasher-warranty.md': DISHWASHER });
    const a = await ask('how long is the dishwasher warranty?');
    expect(a.quotes).toEqual([
      "The manufacturer's warranty lasts 2 years from the date of purchase.",
      'An extended warranty was bought for £89, extending cover to 5 years in total (until 1 May 2029).',
    ]);
    expect(a.citations.map((c) => c.lineStart)).toEqual([7, 8]);
  });

  it('smoke alarm is not smoking, a fixed term not the school term', async () => {
    const { ask } = await learn({ 'tenancy.md': TENANCY, 'newsletter.md': TERM });
    expect((await ask('can I smoke in the flat?')).quotes).toEqual([
      'Smoking is not permitted anywhere inside the Property.',
    ]);
    expect((await ask('when does term end?')).quotes).toEqual([
      expect.stringContaining('Term ends: Friday 27 March 2026'),
    ]);
    // Asked with the noun, its line answers.
    expect((await ask('who replaces the smoke alarm batteries?')).quotes.join('\n')).toContain(
      'smoke alarm batteries',
    );
  });
});
