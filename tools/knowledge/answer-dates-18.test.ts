import { describe, expect, it } from 'vitest';
import { learnPapers as learn } from '../../test/helpers/knowledge.js';

/**
 * Dates and tables (stranger S29 HIGH 1, 2, 6, MEDIUM 4): a whole-table total keeps to the month
 * asked; a date on a label line or heading dates the lines under it; a phone asked is no row
 * that names the person; a diary line asked "when" is given its heading's date. Fixtures are our
 * own, siblings of the stranger's.
 */
const papers: Record<string, string> = {
  'money/spending-2025.csv': [
    'date,category,description,amount_gbp,paid_by',
    '2025-06-02,groceries,Sainsbury weekly shop,70.10,card',
    '2025-06-11,eating out,Curry with Olek,41.50,cash',
    '2025-06-20,groceries,Lidl,30.00,card',
    '2025-07-01,transport,Coach to Bristol,25.40,card',
    '2025-07-15,groceries,Sainsbury weekly shop,64.60,card',
    '',
  ].join('\n'),
  'trips/train-booking.md': [
    '# Train booking — Eurostar',
    '',
    '## Outward journey',
    '',
    'London to Paris',
    'Date: Friday 12 September 2025',
    'Departs: 07:01',
    '',
    '## Return journey',
    '',
    'Paris to London',
    'Date: Sunday 21 September 2025',
    'Departs: 18:13 local time',
    '',
  ].join('\n'),
  'people/contacts.csv': ['name,phone,since', 'Priya Shah,07700 900456,2025-01-04', ''].join('\n'),
  'money/payslip-june.txt': [
    'ACME LTD                     PAYSLIP',
    'Pay date: 30/06/2025          Tax period: Month 3',
    '',
    'PAYMENTS                        DEDUCTIONS',
    'Basic salary     2,900.00       Income tax        390.20',
    'Overtime (4h)      120.00       National Insurance 150.10',
    '',
  ].join('\n'),
  'notes/journal.md': [
    '# Journal 2025',
    '',
    '## 2025-06-03',
    'Pepper had her rabies jab today. The vet says she is fine.',
    '',
    '## 2025-06-09',
    'Fixed the garden gate.',
    '',
  ].join('\n'),
};

describe('dates and tables (S29)', () => {
  it('a whole-table total keeps to the month asked and says which rows (HIGH 1)', async () => {
    const { ask } = await learn(papers);
    for (const question of [
      'how much did I spend in total in June?',
      'what did I spend in June in total?',
      'how much did I spend in June?',
    ]) {
      const answer = await ask(question);
      expect(answer.known, question).toBe(true);
      expect(answer.answer, question).toContain('141.60');
      expect(answer.answer, question).toContain('70.10 + 41.50 + 30.00');
      expect(answer.answer, question).not.toContain('231.60');
    }
    const july = await ask('how much did I spend on groceries in July?');
    expect(july.answer).toContain('64.60');
    expect(july.answer).not.toContain('90.00');
    // No month asked: every row, as before.
    expect((await ask('how much did I spend altogether?')).answer).toContain('All 5 rows');
  });

  it('a date on a label line above dates the lines under it (HIGH 2)', async () => {
    const { ask } = await learn(papers);
    const back = await ask('what time is the return train on 21 September?');
    expect(back.known, back.answer).toBe(true);
    expect(back.answer).toContain('18:13');
    expect(back.answer).not.toContain('07:01');
    // The payslip is dated June by its "Pay date:" line: never "nothing on that is dated June".
    for (const question of [
      'how much income tax did I pay in June?',
      'how much national insurance was deducted in June?',
    ]) {
      const pay = await ask(question);
      expect(pay.answer, question).not.toMatch(/is dated June/u);
    }
    const out = await ask('what time does the train depart on 12 September?');
    expect(out.answer).toContain('07:01');
    expect(out.answer).not.toContain('18:13');
  });

  it('a phone asked is not answered by a row that names the person (HIGH 6)', async () => {
    const { ask } = await learn(papers);
    const answer = await ask("what is Olek's phone number?");
    expect(answer.known, answer.answer).toBe(false);
    // A row that does hold one still answers.
    expect((await ask("what is Priya's phone number?")).answer).toContain('07700 900456');
  });

  it('a diary line asked when is given its heading date (MEDIUM 4)', async () => {
    const { ask } = await learn(papers);
    const answer = await ask('when did Pepper have her rabies jab?');
    expect(answer.known).toBe(true);
    expect(answer.answer).toContain('2025-06-03');
  });
});
