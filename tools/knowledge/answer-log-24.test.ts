import { describe, expect, it } from 'vitest';
import { learnPapers as learn } from '../../test/helpers/knowledge.js';
import { alignedTables } from './aligned-table.js';

/**
 * Fixed-width logs whose subject is only in their title or file name (stranger S38): a column
 * filled to its edge ("2024-03-14 D. Patel") still starts a cell, so the table is read and a
 * wrapped row never swallows the next; "the last entry / repair / work" is the latest dated row of
 * the log its title names; a money column adds up; "which engineer came most often?" is counted.
 * Fixtures: the stranger's boiler log (a copy) and our own chimney record (subject in the title)
 * and bike repairs (subject in the file name), both with upper-case headers.
 */

const SERVICELOG = [
  'BOILER SERVICE LOG - 27 Canal Street',
  'DATE       ENGINEER        WORK DONE                          COST',
  '2024-03-14 D. Patel        Annual service, pressure           £85.00',
  '                           topped up',
  '2024-11-02 K. Olsen        Replaced thermocouple and          £142.50',
  '                           flue seal',
  '2025-03-20 D. Patel        Annual service, no faults          £85.00',
  '                           found',
  '2025-09-09 R. Gomez        Leak at pump, replaced             £210.00',
  '                           pump gasket',
].join('\n');
const CHIMNEY = [
  'CHIMNEY SWEEP RECORD - The Old Rectory',
  '',
  'DATE       SWEEP           WORK DONE                     PRICE',
  '2023-10-05 J. Marsh        Sweep and smoke test          £70.00',
  '2024-10-11 J. Marsh        Sweep, bird nest removed      £95.00',
  '                           from the pot',
  '2025-10-02 T. Baines       Sweep and cowl fitted         £140.00',
].join('\n');
const BIKE = [
  'DATE        SHOP               JOB                         COST',
  '2024-05-01  Cycle Hub          new chain                   £35.00',
  '2024-09-14  Spokes & Co        puncture, rear tube         £12.00',
  '2025-04-22  Cycle Hub          brake pads, gear cable      £48.00',
].join('\n');

describe('fixed-width logs named by their title (S38)', () => {
  it('reads a column filled to its edge as a cell, and wrapped rows as one row', () => {
    const [table] = alignedTables(SERVICELOG.split('\n'), () => false);
    expect(table?.header).toEqual(['DATE', 'ENGINEER', 'WORK DONE', 'COST']);
    expect(table?.rows.map((r) => [r.at + 1, r.last + 1])).toEqual([
      [3, 4],
      [5, 6],
      [7, 8],
      [9, 10],
    ]);
    expect(table?.rows[1]?.cells).toEqual([
      '2024-11-02',
      'K. Olsen',
      'Replaced thermocouple and flue seal',
      '£142.50',
    ]);
    // Prose under a header with single spaces is still no row.
    expect(
      alignedTables(['Name      Phone', 'Call me on the phone when you can please.'], () => false),
    ).toEqual([]);
  });

  it('answers the latest row, totals, most often, and not what is absent', async () => {
    const { ask } = await learn({
      'servicelog.txt': SERVICELOG,
      'upkeep.txt': CHIMNEY,
      'bike-repairs.txt': BIKE,
    });
    const cited = async (question: string) => {
      const answer = await ask(question);
      expect(answer.known, `${question} → ${answer.answer}`).toBe(true);
      return {
        answer: answer.answer,
        at: answer.citations.map((c) => `${c.path.split('/').at(-1)}:${c.lineStart}-${c.lineEnd}`),
      };
    };
    // "serviced": the latest row saying service (the annual service), not the later leak repair.
    for (const [question, at] of [
      ['when was the boiler last serviced?', 'servicelog.txt:7-8'],
      ['what was the most recent boiler service?', 'servicelog.txt:7-8'],
      ['what was the last work done on the boiler?', 'servicelog.txt:9-10'],
      ['who did the last boiler repair?', 'servicelog.txt:9-10'],
      ['what is the last entry in the service log?', 'servicelog.txt:9-10'],
      ['when was the thermocouple replaced?', 'servicelog.txt:5-6'],
      ['what is the last entry in the chimney record?', 'upkeep.txt:7-7'],
      ['who did the last chimney sweep?', 'upkeep.txt:7-7'],
      ['what was removed from the chimney pot?', 'upkeep.txt:5-6'],
      ['what was the last repair on the bike?', 'bike-repairs.txt:4-4'],
    ] as const) {
      const { answer, at: cites } = await cited(question);
      expect(cites, `${question} → ${answer}`).toEqual([at]);
    }
    // A wrapped row never runs into the next one.
    const thermo = await cited('when was the thermocouple replaced?');
    expect(thermo.answer).not.toMatch(/2025-03-20|Annual service/u);
    for (const [question, total] of [
      ['how much have I spent on the boiler in total?', '£522.50'],
      ['how much have I spent on the chimney in total?', '£305.00'],
      ['how much have I spent on the bike in total?', '£95.00'],
    ] as const)
      expect((await cited(question)).answer, question).toContain(total);
    for (const [question, who, rows] of [
      [
        'which engineer came most often?',
        'D. Patel is in 2 of 4 rows',
        ['servicelog.txt:3-4', 'servicelog.txt:7-8'],
      ],
      ['which sweep came most often?', 'J. Marsh is in 2 of 3 rows', ['upkeep.txt:4-4', 'upkeep.txt:5-6']],
      [
        'which shop did I use most often?',
        'Cycle Hub is in 2 of 3 rows',
        ['bike-repairs.txt:2-2', 'bike-repairs.txt:4-4'],
      ],
    ] as const) {
      const found = await cited(question);
      expect(found.answer, question).toContain(who);
      expect(found.at, question).toEqual(rows);
    }
    // No log of it: still "I don't know".
    for (const question of [
      'when was the car last serviced?',
      'when was the bike last serviced?',
      'what was the last entry in the car log?',
      'which plumber came most often?',
    ]) {
      const answer = await ask(question);
      expect(answer.known, `${question} → ${answer.answer}`).toBe(false);
    }
  });
});
