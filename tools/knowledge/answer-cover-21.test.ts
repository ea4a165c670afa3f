import { describe, expect, it } from 'vitest';
import { learnPapers as learn } from '../../test/helpers/knowledge.js';
import { coverVerdict } from './lead-in.js';

/** Round k21 (S34): cover questions read from every covered / not-covered list of the policy. */

const HOME = (storm: string) =>
  [
    'SHIELDHOME INSURANCE — POLICY SCHEDULE',
    '',
    'Policy number: SH-HOME-2290417',
    'Excess: £350 (escape of water excess: £750)',
    '',
    'What is covered:',
    '- Fire, smoke, lightning, explosion and earthquake',
    `- ${storm}`,
    '- Escape of water from fixed pipes and tanks',
    '- Theft or attempted theft',
    '- Accidental damage to televisions and audio equipment',
    '',
    'What is not covered:',
    '- Accidental damage to other contents, unless you have added the',
    '  Accidental Damage extension (not included on this policy)',
    '- Wear and tear or gradual deterioration',
    '- Damage caused by pets',
    '- Subsidence where the damage was caused before the start date',
    '',
    'To make a claim, call 0800 555 0192, open 24 hours.',
    '',
  ].join('\n');

describe('a cover question is answered from each list item naming it (S34 HIGH 2, MEDIUM 10)', () => {
  it('gives the item with its lead-in and the verdict, whatever names the document', async () => {
    const { ask } = await learn({ 'home_insurance.txt': HOME('Storm and flood') });
    const cases: [string, string, string][] = [
      ['is flood covered by my home insurance', 'Yes', 'Storm and flood'],
      ['is theft covered', 'Yes', 'Theft or attempted theft'],
      ['is theft covered by my home insurance?', 'Yes', 'Theft or attempted theft'],
      ['is earthquake covered', 'Yes', 'Fire, smoke, lightning, explosion and earthquake'],
      ['are pets covered', 'No', 'Damage caused by pets'],
      ['is damage caused by pets covered', 'No', 'Damage caused by pets'],
      ['is damage by pets covered', 'No', 'Damage caused by pets'],
      ['are pets covered by the policy', 'No', 'Damage caused by pets'],
      ['is wear and tear covered', 'No', 'Wear and tear or gradual deterioration'],
      ['is subsidence covered?', 'No', 'Subsidence where the damage was caused before the start date'],
    ];
    for (const [question, verdict, item] of cases) {
      const a = await ask(question);
      const lead = verdict === 'Yes' ? 'What is covered:' : 'What is not covered:';
      expect(a.answer.split('\n')[0], question).toBe(`${verdict} — it is listed under "${lead}".`);
      expect(a.quotes, question).toEqual([lead, item]);
    }
  });

  it('"is accidental damage covered?" gives both items, the wrapped one whole and once', async () => {
    const { ask } = await learn({ 'home_insurance.txt': HOME('Storm and flood') });
    for (const question of ['is accidental damage covered?', 'is my tv covered for accidental damage']) {
      const a = await ask(question);
      expect(a.quotes, question).toEqual(
        question.includes('tv')
          ? ['What is covered:', 'Accidental damage to televisions and audio equipment']
          : [
              'What is covered:',
              'Accidental damage to televisions and audio equipment',
              'What is not covered:',
              'Accidental damage to other contents, unless you have added the Accidental Damage extension (not included on this policy)',
            ],
      );
    }
    const both = await ask('is accidental damage covered?');
    expect(both.answer.split('\n').slice(0, 2)).toEqual([
      'Yes — "Accidental damage to televisions and audio equipment" is listed under "What is covered:".',
      'No — "Accidental damage to other contents, unless you have added the Accidental Damage extension (not included on this policy)" is listed under "What is not covered:".',
    ]);
    expect(both.citations.at(-1)).toMatchObject({ lineStart: 14, lineEnd: 15 });
  });

  it('an item under "What is covered:" whose own words take it back is no "Yes" (S34 HIGH 1)', async () => {
    const { ask } = await learn({
      'home_insurance.txt': HOME('Storm (flood cover removed from 01/10/2026)'),
    });
    for (const question of [
      'is flood covered',
      'is flood covered by my home insurance?',
      'am I covered for flood?',
    ]) {
      const a = await ask(question);
      expect(a.answer, question).not.toMatch(/^Yes\b/mu);
      expect(a.answer.split('\n')[0], question).toBe(
        'Not plainly — it is listed under "What is covered:", but the item itself says "removed": read it below.',
      );
      expect(a.quotes, question).toEqual(['What is covered:', 'Storm (flood cover removed from 01/10/2026)']);
    }
  });

  it('an item of a cover list quoted by any answer carries its lead-in (S34 MEDIUM 10)', async () => {
    const { ask } = await learn({ 'home_insurance.txt': HOME('Storm and flood') });
    for (const question of ['what about subsidence?', 'subsidence', 'what does it say about wear and tear']) {
      const a = await ask(question);
      expect(a.quotes[0], question).toBe('What is not covered:');
      expect(a.answer.split('\n')[0], question).toBe('What is not covered: (home_insurance.txt:13)');
      expect(a.quotes.length, question).toBe(2);
    }
  });

  it('a thing no list names, or a policy the documents do not hold, is not answered from the lists', async () => {
    const { ask } = await learn({ 'home_insurance.txt': HOME('Storm and flood') });
    for (const question of ['is my bike covered?', 'is theft covered by my car insurance?']) {
      const a = await ask(question);
      expect(a.answer, question).not.toMatch(/listed under/u);
    }
  });
});

describe('the verdict of quoted lead-ins reads the items too (S34 HIGH 1)', () => {
  it('no bare "Yes" for an item that takes itself back, no bare "No" for one taken back in', () => {
    expect(
      coverVerdict('is flood covered', ['What is covered:', 'Storm (flood cover removed from 01/10/2026)']),
    ).toBe(undefined);
    expect(coverVerdict('is flood covered', ['What is covered:', 'Flood, except in the garden'])).toBe(
      undefined,
    );
    expect(coverVerdict('is flood covered', ['What is covered:', 'Storm and flood'])).toBe(
      'Yes — it is listed under "What is covered:".',
    );
    expect(
      coverVerdict('is flood covered', ['What is not covered:', 'Flood (exclusion removed in 2026)']),
    ).toBe(undefined);
    expect(
      coverVerdict('is dental covered', [
        'What is not covered:',
        'Dental treatment unless caused by an accident',
      ]),
    ).toBe('No — it is listed under "What is not covered:".');
  });
});

describe("other insurers' layouts", () => {
  it('"You are covered for:" / "We will not pay for:" and markdown headings', async () => {
    const { ask } = await learn({
      'travel-policy.txt': [
        'Wanderlust Travel Insurance',
        '',
        'You are covered for:',
        '- Emergency medical expenses up to £10,000,000',
        '- Cancellation up to £5,000',
        '- Baggage, except items left unattended',
        '',
        'We will not pay for:',
        '- Winter sports unless you bought the Ski Pack',
        '- Claims arising from alcohol',
        '',
      ].join('\n'),
      'pet-policy.md': [
        '# PawSure pet insurance',
        '',
        '## Exclusions',
        '',
        '- Routine vaccinations',
        '- Grooming',
        '',
        '## What we cover',
        '',
        '- Vet fees for accidents',
        '',
      ].join('\n'),
    });
    const cases: [string, string][] = [
      ['is cancellation covered?', 'Yes — it is listed under "You are covered for:".'],
      [
        'are winter sports covered by my travel insurance?',
        'No — it is listed under "We will not pay for:".',
      ],
      [
        'is baggage covered?',
        'Not plainly — it is listed under "You are covered for:", but the item itself says "except": read it below.',
      ],
      ['are vaccinations covered by my pet insurance?', 'No — it is listed under "## Exclusions".'],
      ['are vet fees covered?', 'Yes — it is listed under "## What we cover".'],
    ];
    for (const [question, first] of cases)
      expect((await ask(question)).answer.split('\n')[0], question).toBe(first);
  });

  it('a table with a yes/no cover column, and "Covered | Excluded" side by side', async () => {
    const { ask } = await learn({
      'car-policy.md': [
        '# Motor policy summary',
        '',
        '| Cover | Included? |',
        '| --- | --- |',
        '| Windscreen | Yes |',
        '| Courtesy car | No |',
        '',
      ].join('\n'),
      'gadget-policy.md': [
        '# Gadget cover',
        '',
        '| Covered | Excluded |',
        '| --- | --- |',
        '| Cracked screens | Cosmetic scratches |',
        '',
      ].join('\n'),
    });
    const windscreen = await ask('is the windscreen covered by my car insurance?');
    expect(windscreen.answer.split('\n')[0]).toBe('Yes — it is listed under "Cover | Included?".');
    expect(windscreen.quotes).toEqual(['Cover | Included?', 'Windscreen: Yes']);
    expect((await ask('is a courtesy car covered?')).answer.split('\n')[0]).toBe(
      'No — it is listed under "Cover | Included?".',
    );
    expect((await ask('are cosmetic scratches covered?')).answer.split('\n')[0]).toBe(
      'No — it is listed under "Excluded".',
    );
    expect((await ask('are cracked screens covered?')).answer.split('\n')[0]).toBe(
      'Yes — it is listed under "Covered".',
    );
  });
});
