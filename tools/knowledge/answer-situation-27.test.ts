import { describe, expect, it } from 'vitest';
import { learnPapers as learn } from '../../test/helpers/knowledge.js';

/**
 * Stranger S42 4: a yes/no verdict by situation (situation.ts) quoted a hard-wrapped clause cut at
 * its line end ("…by giving at least"). Every quote it makes is the whole sentence, cited by the
 * lines it runs over, whatever width the document is wrapped at; the verdict is still read from
 * the sentence that speaks of the situation, not from the one after it in the quote.
 */

// Wrapped at about 90 columns, a label line ("Break clause:") and the sentence after it on the last line.
const TENANCY_90 = `ASSURED SHORTHOLD TENANCY AGREEMENT
Property: Flat 2, 8 Rowan Street. Landlord: Tomas Reid. Tenant: Jo Patel.

Break clause: either party may end the tenancy after the first 6 months by giving at least
2 months' written notice. The tenant cannot leave before month 6 without paying the rent
for the rest of the term.

Pets: the tenant may keep one cat. Dogs are not allowed without written consent.
`;

// Wrapped at about 60 columns, plain prose with no label, cut after "may".
const LEASE_60 = `RESIDENTIAL LEASE

The lease runs for twelve months. Either party may
terminate this lease after the first 4 months by giving
one month's notice in writing to the other party.

The tenant must not smoke anywhere in the property or in
the garden.
`;

// Wrapped at about 45 columns, a home insurance policy: the exclusion runs over three lines.
const POLICY_45 = `HOME INSURANCE POLICY SCHEDULE

Excess: £100 on every claim.

We will not pay for theft from the home
where there is no sign of forcible entry
into the building.

Accidental damage is not covered unless the
accidental damage option is shown on your
schedule.
`;

const cited = (a: { citations: { path: string; lineStart: number; lineEnd: number }[] }) =>
  a.citations.map((c) => `${c.path.split('/').at(-1)}:${c.lineStart}-${c.lineEnd}`);

describe('a situation verdict quotes the whole hard-wrapped sentence (S42 4)', () => {
  it('the break clause runs on to its notice, and the verdict is the clause’s (90 columns)', async () => {
    const { ask } = await learn({ 'tenancy.txt': TENANCY_90 });
    const six = await ask('can i leave after 6 months');
    expect(six.answer).toMatch(/^Yes — it allows it after the first 6 months/u);
    expect(six.quotes[0]).toContain(
      "Break clause: either party may end the tenancy after the first 6 months by giving at least 2 months' written notice.",
    );
    expect(cited(six)[0]).toMatch(/^tenancy\.txt:4-(?:5|6)$/u);
    const three = await ask('can i leave after 3 months');
    expect(three.answer).toMatch(/^No — the clause allows it only after the first 6 months/u);
    expect(three.quotes[0]).toContain("by giving at least 2 months' written notice.");
    expect(three.quotes[0]).not.toMatch(/at least$/u);
  });

  it('a prose clause wrapped after "may" is quoted to its full stop (60 columns)', async () => {
    const { ask } = await learn({ 'lease.txt': LEASE_60 });
    const early = await ask('can i end the lease early');
    expect(early.quotes[0]).toContain(
      "Either party may terminate this lease after the first 4 months by giving one month's notice in writing to the other party.",
    );
    expect(cited(early)[0]).toMatch(/^lease\.txt:3-5$/u);
    const smoke = await ask('can i smoke in the garden');
    expect(smoke.answer).toMatch(/^No/u);
    expect(smoke.quotes[0]).toBe('The tenant must not smoke anywhere in the property or in the garden.');
    expect(cited(smoke)[0]).toBe('lease.txt:7-8');
  });

  it('an exclusion over three lines is quoted whole, its way back in with it (45 columns)', async () => {
    const { ask } = await learn({ 'policy.txt': POLICY_45 });
    const theft = await ask('am i covered if i left the door unlocked and my tv was stolen');
    expect(theft.answer).toMatch(/^No/u);
    expect(theft.quotes[0]).toBe(
      'We will not pay for theft from the home where there is no sign of forcible entry into the building.',
    );
    expect(cited(theft)[0]).toBe('policy.txt:5-7');
    const drop = await ask('is my laptop covered if i drop it');
    expect(drop.quotes[0]).toBe(
      'Accidental damage is not covered unless the accidental damage option is shown on your schedule.',
    );
    expect(cited(drop)[0]).toBe('policy.txt:9-11');
  });

  it('a whole sentence on one line takes in no line beside it (negative)', async () => {
    const { ask } = await learn({
      'rules.txt': `HOUSE RULES\n\nSmoking is not permitted anywhere in the flat, including the balcony.\nBins go out on Tuesday night and the recycling goes out every other Friday.\n`,
    });
    const smoke = await ask('can i smoke on the balcony');
    expect(smoke.answer).toMatch(/^No/u);
    expect(smoke.quotes).toEqual(['Smoking is not permitted anywhere in the flat, including the balcony.']);
    expect(cited(smoke)).toEqual(['rules.txt:3-3']);
  });
});

// A policy whose lists sit under bare title lines ("Exclusions", no colon, no "#"), as S42 wrote it.
const POLICY_TITLES = `HOMESAFE CONTENTS POLICY

Excess: £150 on every claim.

What is covered
- Contents up to £45,000.
- Bicycles up to £600 each, while locked indoors.

Exclusions
- Damage caused by pets chewing, scratching or fouling.
- Wear and tear, mould and gradual leaks.

Pets are welcome at our offices.
`;

describe('pet damage under a bare "Exclusions" title is a "No" (S42 3)', () => {
  it('chews, chewing and pets chewing, ending in "am i covered" or "covered by the insurance"', async () => {
    const { ask } = await learn({ 'home-insurance.txt': POLICY_TITLES });
    for (const question of [
      'if my dog chews the sofa am i covered',
      'are pets chewing things covered by the insurance',
      'am i covered if the cat scratches the carpet',
    ]) {
      const said = await ask(question);
      expect(said.answer, question).toMatch(/^No — your documents leave it out \(under "Exclusions"\)/u);
      expect(said.quotes, question).toEqual(['Damage caused by pets chewing, scratching or fouling.']);
      expect(cited(said), question).toEqual(['home-insurance.txt:10-10']);
    }
  });

  it('a title heads its list only: a pet line after the list is no exclusion (negative)', async () => {
    const { ask } = await learn({
      'pet-policy.txt': `PET COVER\n\nExclusions\n- Wear and tear.\n\nDamage caused by pets chewing furniture is covered up to £500 a claim.\n`,
    });
    const sofa = await ask('if my dog chews the sofa am i covered');
    expect(sofa.answer).not.toMatch(/leave it out|Exclusions/u);
  });
});
