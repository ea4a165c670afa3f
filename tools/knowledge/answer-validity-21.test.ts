import { describe, expect, it } from 'vitest';
import { learnPapers as learn } from '../../test/helpers/knowledge.js';

/** Round k21 (S34 MEDIUM 8, 11): a price's VAT side as asked, and whether an offer still holds today. */

const QUOTE = (date: string) =>
  [
    'From: Gary Burns <gary@burnsbuild.co.uk>',
    `Date: ${date}`,
    'Subject: Quote for rear extension',
    '',
    'Hi Daniel,',
    '',
    'Here is our quote for the single-storey rear extension:',
    '',
    '  Brickwork and blockwork ............ £14,250',
    '  Total (excluding VAT) .............. £43,200',
    '',
    'VAT at 20% would be added on top.',
    '',
    'This quote is valid for 30 days.',
    '',
  ].join('\n');

const OFFER = (until: string) =>
  [
    'MORTGAGE OFFER',
    '',
    'Loan amount: £285,000',
    '',
    `This offer is valid until ${until}. If completion has not`,
    'taken place by then, the offer will lapse.',
    '',
  ].join('\n');

describe('a price asked including VAT is not given as the excluding figure unsaid (S34 MEDIUM 8)', () => {
  it('says the side quoted and computes the other from the rate the file states', async () => {
    const { ask } = await learn({ 'builder_quote.eml': QUOTE('Mon, 19 Oct 2026 16:42:10 +0100') });
    for (const question of [
      'what does the extension cost including VAT',
      'how much is the extension incl. VAT?',
    ]) {
      const a = await ask(question);
      expect(a.quotes, question).toContain('Total (excluding VAT) .............. £43,200');
      expect(a.answer.split('\n').at(-1), question).toBe(
        'Note: £43,200 is the price excluding VAT, not including it as asked; with VAT at 20% it comes to £51,840 (computed, not stated in the documents).',
      );
    }
  });

  it('says nothing more when the side quoted is the side asked', async () => {
    const { ask } = await learn({ 'builder_quote.eml': QUOTE('Mon, 19 Oct 2026 16:42:10 +0100') });
    const a = await ask('what does the extension cost excluding VAT');
    expect(a.answer).not.toMatch(/Note:/u);
  });

  it('a price including VAT asked without it is computed back', async () => {
    const { ask } = await learn({
      'receipt.txt': [
        'Dyson V15 receipt',
        '',
        'Price (including VAT): £600.00',
        'VAT at 20% included.',
        '',
      ].join('\n'),
    });
    const a = await ask('what was the dyson price excluding VAT?');
    expect(a.answer.split('\n').at(-1)).toBe(
      'Note: £600.00 is the price including VAT, not excluding it as asked; without VAT at 20% it comes to £500.00 (computed, not stated in the documents).',
    );
  });
});

describe('"is it still valid?" compares the deadline with today (S34 MEDIUM 11)', () => {
  it('a past "valid until" has lapsed, a future one still holds', async () => {
    const past = await learn({ 'mortgage_offer.txt': OFFER('14 September 2020') });
    for (const [question, verdict] of [
      ['is the mortgage offer still valid', 'No'],
      ['has the mortgage offer expired?', 'Yes'],
      ['has the mortgage offer lapsed', 'Yes'],
    ] as const) {
      const a = await past.ask(question);
      expect(a.answer.split('\n')[0], question).toMatch(
        new RegExp(
          `^${verdict} — it ran until 14 September 2020, which is past \\(today is \\d{1,2} \\w+ \\d{4}\\), so it has lapsed\\.$`,
          'u',
        ),
      );
      expect(a.quotes[0], question).toMatch(/valid until 14 September 2020/u);
      expect(a.citations[0]?.lineStart, question).toBe(5);
      expect(a.quotes[0], question).toBe('This offer is valid until 14 September 2020.');
    }
    const future = await learn({ 'mortgage_offer.txt': OFFER('14 September 2099') });
    expect((await future.ask('is the mortgage offer still valid')).answer.split('\n')[0]).toMatch(
      /^Yes — it runs until 14 September 2099, which is still ahead \(today is /u,
    );
    expect((await future.ask('has the mortgage offer expired?')).answer.split('\n')[0]).toMatch(
      /^No — it runs until 14 September 2099, which is still ahead \(today is /u,
    );
  });

  it('"valid for 30 days" is counted from the date of the document', async () => {
    const { ask } = await learn({ 'builder_quote.eml': QUOTE('Mon, 19 Oct 2020 16:42:10 +0100') });
    const a = await ask('is the builders quote still valid?');
    expect(a.answer.split('\n')[0]).toMatch(
      /^No — it ran until 18 November 2020 \(30 days from 19 October 2020, the date of the document: computed, not stated\), which is past/u,
    );
  });

  it('a question not asking if it still holds gets no verdict', async () => {
    const { ask } = await learn({ 'mortgage_offer.txt': OFFER('14 September 2020') });
    const a = await ask('until when is the mortgage offer valid');
    expect(a.answer).not.toMatch(/^(?:No|Yes) —/u);
  });
});
