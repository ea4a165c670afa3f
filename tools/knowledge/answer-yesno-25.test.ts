import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { learnPapers as learn } from '../../test/helpers/knowledge.js';
import { askedAmount, askedDays, clauseDays } from './situation.js';

/**
 * Round k25 (S38 B8, S37): a yes/no question that names a situation in everyday words ("an
 * unlocked house", "drop my laptop", "leave it in the car", "away for 3 months", "a leaking
 * pipe", "worth 1500", "end the lease early") is decided by the clause that says it in the
 * document's words, quoted with its citation; numbers asked are compared with the clause's.
 */

const papers = (name: string) => readFileSync(join(import.meta.dirname, 'testdata', 'k25', name), 'utf8');
const world = (...names: string[]) => Object.fromEntries(names.map((n) => [n, papers(n)]));
const FIRST = world('contents-policy.md', 'tenancy.md');
const SECOND = world('renters-cover.md', 'room-licence.md', 'gym-terms.md');

/** The verdict (first line) and the quotes of each question. */
type Case = [question: string, verdict: string, quote: string];

async function expectAll(files: Record<string, string>, cases: Case[]) {
  const { ask } = await learn(files);
  for (const [question, verdict, quote] of cases) {
    const a = await ask(question);
    expect(a.known, question).toBe(true);
    expect(a.answer.split('\n')[0], question).toBe(verdict);
    expect(a.quotes, question).toContain(quote);
    const cited = a.citations.find((c) => c.quote === quote);
    expect(cited?.lineStart, question).toBeGreaterThan(0);
    expect(a.answer, question).toMatch(
      /\((?:contents-policy|tenancy|renters-cover|room-licence|home-plan|gadget-cover)\.md:\d+\)/u,
    );
  }
}

describe('a situation in everyday words is decided by the clause in the document’s words', () => {
  it('the contents policy and the tenancy', async () => {
    await expectAll(FIRST, [
      [
        'is theft from an unlocked house covered?',
        'No — your documents leave it out:',
        'Theft from your home where there is no evidence of forcible entry or exit',
      ],
      [
        'am I covered if I drop my laptop?',
        'Yes — it is listed:',
        'Accidental damage to laptops, tablets and televisions',
      ],
      [
        'what if I leave my camera in the car?',
        'No — your documents leave it out:',
        'Loss of or damage to valuables left unattended in a motor vehicle',
      ],
      [
        'can I be away for 3 months?',
        'No — 3 months (84 to 93 days) is more than 45 consecutive days, and that is not covered:',
        'Any loss if your home is unoccupied for more than 45 consecutive days',
      ],
      [
        'am I covered if I go on holiday for 2 weeks?',
        'Yes, as far as this clause goes — 2 weeks is not more than 45 consecutive days, so it does not apply:',
        'Any loss if your home is unoccupied for more than 45 consecutive days',
      ],
      [
        'is my bike worth 1500 covered?',
        'Not in full — 1,500 is more than the £750 limit for one item (under "Limits"):',
        'Single article limit: £750. Any single item worth more than this must be named on your schedule.',
      ],
      [
        'is my ring worth £500 covered?',
        'Yes, as far as the limit goes — 500 is within the £750 limit for one item (under "Limits"):',
        'Single article limit: £750. Any single item worth more than this must be named on your schedule.',
      ],
      [
        'can I end the lease early?',
        'Yes, on the terms it sets (under "Break clause"):',
        "Either party may end this tenancy after the first 6 months by giving at least one month's written notice.",
      ],
    ]);
  });

  it('other wordings in another policy and a licence', async () => {
    await expectAll(SECOND, [
      [
        'is theft covered if I left the door unlocked?',
        'No — your documents leave it out, unless there is evidence of violent entry to the flat (under "Theft"):',
        'We will not pay for theft unless there is evidence of violent entry to the flat.',
      ],
      [
        'am I covered if I knock my TV over?',
        'No — your documents leave it out, unless you chose the Accidental Damage add-on (under "Accidents"):',
        'Accidental damage is not included unless you chose the Accidental Damage add-on.',
      ],
      [
        'can I go travelling for 5 weeks?',
        'No — 5 weeks is 30 days or more, and that is not covered (under "Your flat left empty"):',
        'If the flat is left empty for 30 days or more, we will not pay for escape of water or theft claims.',
      ],
      [
        'can I be away for 3 weeks?',
        'Yes, as far as this clause goes — 3 weeks is not 30 days or more, so it does not apply (under "Your flat left empty"):',
        'If the flat is left empty for 30 days or more, we will not pay for escape of water or theft claims.',
      ],
      [
        // 28 to 31 days against "30 days or more": the answer says it cannot tell.
        "am I covered if I'm away for a month?",
        'Not plainly — a month is 28 to 31 days, and the clause turns on 30 days or more (under "Your flat left empty"):',
        'If the flat is left empty for 30 days or more, we will not pay for escape of water or theft claims.',
      ],
      [
        'is my watch worth 2,000 covered?',
        'Not in full — 2,000 is more than the £1,200 limit for one item (under "Limits and excess"):',
        'Any one item: £1,200 unless listed on your schedule.',
      ],
      [
        'can I end the licence early?',
        'No — your documents say (under "Ending the licence"):',
        'The licensee cannot end this agreement before the end of the fixed term.',
      ],
    ]);
  });

  it('an exception inside a cover item, and a condition that stops cover', async () => {
    await expectAll(world('home-plan.md'), [
      [
        'is theft from an unlocked house covered?',
        'No — your documents make it an exception:',
        'Theft, except theft from an unlocked property',
      ],
      [
        'is my phone covered if I leave it in the car?',
        'No — your documents make it an exception:',
        'Personal belongings away from home, unless left unattended in a vehicle',
      ],
      [
        'am I covered if I go away for 3 months?',
        'No — 3 months (84 to 93 days) is more than 60 consecutive days, and that is not covered (under "Conditions"):',
        'Cover stops if the home is unoccupied for more than 60 consecutive days.',
      ],
      [
        'can I go away for 6 weeks?',
        'Yes, as far as this clause goes — 6 weeks is not more than 60 consecutive days, so it does not apply (under "Conditions"):',
        'Cover stops if the home is unoccupied for more than 60 consecutive days.',
      ],
      [
        'is my bike worth 1500 covered?',
        'Not in full — 1,500 is more than the £1,000 limit for one item (under "Conditions"):',
        'Single items over £1,000 must be individually listed or they are covered up to £1,000 only.',
      ],
    ]);
    // Accidental damage to fixed glass only: a dropped laptop is not said.
    const { ask } = await learn(world('home-plan.md'));
    const laptop = await ask('am I covered if I drop my laptop?');
    expect(laptop.known).toBe(false);
    const leak = await ask('what is the excess for a leaking pipe?');
    expect(leak.quotes).toEqual(['Escape of water claims carry an excess of £350.']);
  });

  it('a thing asked counts as named by its kind: a MacBook is one of "computers"', async () => {
    await expectAll(world('gadget-cover.md'), [
      [
        'is my MacBook covered if I drop it?',
        'Yes — it is listed:',
        'Accidental damage to computers and mobile phones',
      ],
      [
        'am I covered if I drop my iPhone?',
        'Yes — it is listed:',
        'Accidental damage to computers and mobile phones',
      ],
    ]);
    const { ask } = await learn(world('gadget-cover.md'));
    const camera = await ask('am I covered if I drop my camera?');
    expect(camera.answer).not.toMatch(/^Yes/u);
  });

  it('a clause’s value asked for a situation: the excess for a leaking pipe', async () => {
    const first = await learn(FIRST);
    const leak = await first.ask('what is the excess for a leaking pipe?');
    expect(leak.quotes).toEqual(['Escape of water excess: £400.']);
    expect(leak.answer).toContain('(contents-policy.md:30)');
    const second = await learn(SECOND);
    const burst = await second.ask('what is the excess for a burst pipe?');
    expect(burst.quotes).toEqual(['Escape of water excess: £250.']);
    // In a table whose header names the excess.
    const table = await learn(world('excess-table.md'));
    const tap = await table.ask('what is the excess if my washing machine leaks?');
    expect(tap.quotes).toEqual(['| Escape of water | £300 |']);
  });

  it('a cap on the item asked, by another of its names: "Bicycles worth more than £800"', async () => {
    const { ask } = await learn(world('excess-table.md'));
    const over = await ask('is my bike worth 1500 covered?');
    expect(over.answer.split('\n')[0]).toBe(
      'No — 1,500 is over £800, and that is left out, except where named on this schedule:',
    );
    expect(over.quotes).toContain('Bicycles worth more than £800, except where named on this schedule');
    const under = await ask('is my bike worth £600 covered?');
    expect(under.answer.split('\n')[0]).toBe(
      'Yes, as far as this clause goes — 600 is not over £800, so it does not apply:',
    );
    const ring = await ask('is my jewellery worth £3,000 covered?');
    expect(ring.answer.split('\n')[0]).toBe(
      'No — 3,000 is over £2,500, and that is left out, unless kept in a locked safe:',
    );
    // A necklace is named nowhere and there is no single-item limit: no verdict.
    const necklace = await ask('is my necklace worth 3000 covered?');
    expect(necklace.answer).not.toMatch(/^(?:Yes|No|Not in full)\b/u);
  });
});

describe('no clause, no verdict', () => {
  it('stays "I don’t know" when no line speaks of the situation or the thing', async () => {
    const { ask } = await learn(SECOND);
    for (const question of [
      // No vehicle clause in this policy; no gym clause on ending early; no dog anywhere.
      'what if I leave my laptop in the car?',
      'can I cancel my gym membership early?',
      'what if I leave my dog in the car?',
      // No single-item limit in a policy that has none: the gym terms state no item limit.
      'is my bike worth 300 covered by my gym membership?',
    ]) {
      const a = await ask(question);
      expect(a.known, question).toBe(false);
      expect(a.answer, question).toMatch(/^I don't know/u);
    }
    // The licence's "cannot end this agreement" is the licence's, never the gym's.
    const gym = await ask('can I cancel my gym membership early?');
    expect(gym.quotes).not.toContain(
      'The licensee cannot end this agreement before the end of the fixed term.',
    );
  });

  it('a thing a cover line does not name gets no "Yes"', async () => {
    const { ask } = await learn(FIRST);
    const phone = await ask('am I covered if I drop my phone?');
    expect(phone.answer).not.toMatch(/^Yes/u);
    // Neither of cover nor of what one may do: no clause's verdict.
    for (const question of ['is my laptop broken?', 'is the flat empty for 3 months?']) {
      const a = await ask(question);
      expect(a.answer, question).not.toMatch(/^(?:Yes|No|Not plainly|Not in full)\b/u);
    }
    const noBreak = await learn(world('room-licence.md', 'gym-terms.md'));
    const lease = await noBreak.ask('can I end the lease early?');
    expect(lease.answer).not.toMatch(/^Yes/u);
  });
});

describe('the numbers compared', () => {
  it('reads lengths asked and stated, and amounts asked', () => {
    expect(askedDays('can I be away for 3 months?')?.days).toEqual([84, 93]);
    expect(askedDays('away for two weeks?')?.days).toEqual([14, 14]);
    expect(askedDays('away for a year?')?.days).toEqual([365, 366]);
    expect(clauseDays('unoccupied for more than 60 consecutive days')).toMatchObject({
      days: 60,
      inclusive: false,
    });
    expect(clauseDays('left empty for 30 days or more')).toMatchObject({ days: 30, inclusive: true });
    expect(clauseDays('empty for over 8 weeks')).toMatchObject({ days: 56, inclusive: false });
    expect(clauseDays('Rent is due monthly')).toBeUndefined();
    expect(askedAmount('is my bike worth 1500 covered?')).toBe(1500);
    expect(askedAmount('is my bike worth £1,500 covered?')).toBe(1500);
    expect(askedAmount('is my bike covered?')).toBeUndefined();
  });
});
