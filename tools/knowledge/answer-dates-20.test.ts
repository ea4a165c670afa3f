import { describe, expect, it } from 'vitest';
import { learnPapers as learn } from '../../test/helpers/knowledge.js';

/** Round k20 (S32 MEDIUM 6): "next" and "still" read against today. */

const DAYS = 'Sunday Monday Tuesday Wednesday Thursday Friday Saturday'.split(' ');
const MONTHS = 'January February March April May June July August September October November December'.split(
  ' ',
);
/** A day `days` from today, as a letter writes it: "Friday 11 June 2027". */
const written = (days: number) => {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${DAYS[d.getDay()]} ${d.getDate()} ${MONTHS[d.getMonth()]} ${d.getFullYear()}`;
};
/** A day `days` from today as "22.08.2024". */
const dotted = (days: number) => {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${String(d.getDate()).padStart(2, '0')}.${String(d.getMonth() + 1).padStart(2, '0')}.${d.getFullYear()}`;
};

describe('the next of dated list items under a lead-in or heading (S32 MEDIUM 6)', () => {
  it('the first INSET day from today, not the past ones', async () => {
    const letter = [
      'Westfield Primary School',
      'Letter to parents - Term dates',
      '',
      'INSET (staff training) days, when the school is closed to pupils:',
      `- ${written(-90)}`,
      `- ${written(-29)}`,
      `- ${written(192)}`,
      `- ${written(250)}`,
      '',
      'Yours sincerely,',
      'Mrs H. Okafor, Headteacher',
      '',
    ].join('\n');
    const { ask } = await learn({ 'school_term_dates.txt': letter });
    const next = await ask('when is the next INSET day');
    expect(next.quotes).toEqual([
      'INSET (staff training) days, when the school is closed to pupils:',
      written(192),
    ]);
    // Not asked "next": every item still.
    expect((await ask('what are the INSET days?')).quotes).toHaveLength(5);
  });

  it('one sentence of several dates: the next from today is said, marked as compared', async () => {
    const letter = `Dear Parents,\n\nThe school will be closed to pupils for INSET days on ${written(-90)},\n${written(-29)} and ${written(192)}.\n\nKind regards\n`;
    const { ask } = await learn({ 'inset_letter.txt': letter });
    const a = await ask('when is the next INSET day?');
    expect(a.citations[0]?.lineStart).toBe(3);
    expect(a.answer).toMatch(/\nThe next of these from today: .*\(compared with today's date, not stated/u);
    expect(a.answer.split('\n')[1]).toContain(written(192).split(' ').slice(1).join(' '));
    // Not asked "next": no note.
    expect((await ask('when are the INSET days?')).answer).not.toMatch(/next of these/u);
  });

  it('a list under a Markdown heading', async () => {
    const notes = [
      '# Bin collections',
      '',
      '## Garden waste collections',
      `- ${written(-10)}`,
      `- ${written(12)}`,
      `- ${written(40)}`,
      '',
    ].join('\n');
    const { ask } = await learn({ 'bins.md': notes });
    const next = await ask('when is the next garden waste collection?');
    expect(next.quotes.filter((q) => /\d{4}/u.test(q))).toEqual([written(12)]);
  });
});

describe('a warranty counted from its purchase date (S32 MEDIUM 6)', () => {
  const receipt = (bought: string) =>
    [
      'Bosch Serie 6 washing machine - purchase record',
      '',
      'Purchased from: Currys, Cabot Circus',
      `Date of purchase: ${bought}`,
      'Price paid: £549.00',
      '',
      "Manufacturer's warranty: 2 years parts and labour from date of purchase.",
      'Extended warranty: NOT purchased.',
      '',
    ].join('\n');

  it('computes the end, says it is computed and that it is past', async () => {
    const { ask } = await learn({ 'warranty_washing_machine.txt': receipt('22.08.2024') });
    for (const question of [
      'when does the washing machine warranty expire',
      'is it still under warranty?',
      'is the washing machine still under warranty?',
    ]) {
      const a = await ask(question);
      expect(a.quotes, question).toEqual([
        "Manufacturer's warranty: 2 years parts and labour from date of purchase.",
        'Date of purchase: 22.08.2024',
      ]);
      expect(
        a.citations.map((c) => c.lineStart),
        question,
      ).toEqual([7, 4]);
      expect(a.answer, question).toMatch(
        /The warranty ended on 22 August 2026: 2 years from 22 August 2024 \(computed, not stated in the documents\)\. That is past \(today is .*\), so it is no longer under warranty\./u,
      );
    }
  });

  it('one bought lately is still under warranty; the product asked picks the file', async () => {
    const { ask } = await learn({
      'warranty_washing_machine.txt': receipt(dotted(-100)),
      'kettle.txt': `Kettle bought 1 February 2020\nGuarantee: 1 year from purchase.\n`,
    });
    const a = await ask('is the washing machine still under warranty?');
    expect(a.quotes[1]).toBe(`Date of purchase: ${dotted(-100)}`);
    expect(a.answer).toMatch(/That is still ahead \(today is .*\), so it is still under warranty\./u);
    const kettle = await ask('has the kettle guarantee expired?');
    expect(kettle.answer).toMatch(
      /The guarantee ended on 1 February 2021: 1 year from 1 February 2020 .*no longer under guarantee\./u,
    );
    // A product no receipt names is not answered by another's warranty.
    expect((await ask('when does the dishwasher warranty expire?')).answer).not.toMatch(/computed/u);
  });

  it('a warranty that states its own end is quoted as written', async () => {
    const { ask } = await learn({ 'fridge.txt': 'Fridge freezer\nWarranty: 5 years, until 3 March 2029.\n' });
    const a = await ask('when does the fridge warranty expire?');
    expect(a.answer).not.toMatch(/computed/u);
    expect(a.quotes[0]).toMatch(/until 3 March 2029/u);
  });
});
