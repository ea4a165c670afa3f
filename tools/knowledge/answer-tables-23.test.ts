import { describe, expect, it } from 'vitest';
import { learnPapers as learn } from '../../test/helpers/knowledge.js';
import { alignedTables, isRuleLine } from './aligned-table.js';
import { tableLines, textTables } from './records.js';

/**
 * Plain-text tables (stranger S37 H4 and MEDIUM "no total"): a fixed-width table's rule line is no
 * row, a row wrapping onto the next lines is one row, "the last X" is the latest dated row saying
 * X, and a money column of a text table adds up as a CSV's does. Fixtures: the stranger's car
 * record (a copy) and our own siblings: a boiler log ruled with "=", a medication log ruled with
 * box-drawing strokes, a mileage log with wrapped notes, a Markdown bills table, a grid table.
 */

const CAR = [
  'VEHICLE SERVICE HISTORY',
  'Vehicle: 2019 Skoda Octavia Estate 1.5 TSI   Reg: MK19 XRT   VIN: TMBJG7NE4K0123456',
  '',
  'Date        Mileage   Garage                 Work done                                  Cost',
  '----------  --------  ---------------------  -----------------------------------------  --------',
  '14/02/2022  18,402    Skoda Manchester       1st service, oil & filter                  £189.00',
  '20/02/2023  29,877    Skoda Manchester       2nd service, brake fluid                   £245.50',
  '11/03/2024  41,210    QuickFit Stockport     MOT pass, 2 front tyres (Michelin)         £312.80',
  '02/04/2025  52,660    Skoda Manchester       major service, cambelt inspection,         £598.00',
  '                                             air filter, pollen filter, spark plugs',
  '17/09/2026  63,115    QuickFit Stockport     MOT pass with advisory: rear brake pads    £54.85',
  '                                             wearing (3mm)',
  '',
  'Next MOT due: 30 September 2027 (moved).',
  'Next service due at 65,000 miles or April 2027, whichever comes first.',
  'Tyre pressures: front 2.5 bar, rear 2.3 bar (unladen).',
  'Breakdown cover: AA membership no. 6352 1190 8873, renews 1 June.',
].join('\n');
const GARDEN = [
  '# Garden journal 2026',
  '',
  '## February',
  '- 10 February: worked on the roses for about 2 hours; weather dry.',
  '- 15 February: worked on the apple tree for about 1 hours; weather windy.',
  '',
  '## May',
  '- 15 May: worked on the roses for about 1 hours; weather dry.',
  '- 20 May: worked on the slugs for about 3 hours; weather windy.',
  '',
  '## October',
  '- 15 October: worked on the roses for about 1 hours; weather windy.',
  '- 20 October: worked on the lawn for about 2 hours; weather wet.',
].join('\n');
const BOILER = [
  'BOILER SERVICE LOG',
  'Boiler: Worcester Bosch Greenstar 30i   Serial: WB-30I-558812   Gas Safe reg: 604411',
  '',
  'Date         Engineer         Work                                   Pressure   Cost',
  '===========  ===============  =====================================  =========  =======',
  '12/10/2023   Dave Holt        annual service, flue gas analysis      1.4 bar    £95.00',
  '08/01/2024   Dave Holt        replaced diverter valve after no hot   1.2 bar    £240.00',
  '                              water on the taps',
  '15/10/2024   Sam Okoro        annual service, magnetic filter        1.5 bar    £110.00',
  '                              cleaned',
  '21/10/2025   Sam Okoro        annual service                         1.3 bar    £115.00',
  '',
  'Next service due October 2026.',
].join('\n');
const MEDS = [
  'Medication log — Mum',
  '',
  'Date        Time   Medicine               Dose     Given by',
  '──────────  ─────  ─────────────────────  ───────  ────────',
  '03/11/2026  08:00  Ramipril               5 mg     Anna',
  '03/11/2026  20:00  Atorvastatin           20 mg    Anna',
  '04/11/2026  08:00  Ramipril               5 mg     Tom',
  '04/11/2026  13:30  Paracetamol            1 g      Tom',
  '05/11/2026  08:00  Ramipril               5 mg     Anna',
  '05/11/2026  20:00  Atorvastatin           20 mg    Tom',
].join('\n');
const MILEAGE = [
  'Business mileage 2026',
  '',
  'Date        From         To              Miles   Notes',
  '----------  -----------  --------------  ------  ------------------------------',
  '06/01/2026  Home         Leeds office    42      client kick-off meeting,',
  '                                                 parked at Wellington Place',
  '19/01/2026  Home         York            27      site visit',
  '02/02/2026  Home         Sheffield       61      supplier audit, returned via',
  '                                                 the M1 because of roadworks',
  '14/02/2026  Home         Leeds office    42      quarterly review',
].join('\n');
const BILLS = [
  '# Household bills 2026',
  '',
  '| Month    | Bill        | Supplier        | Amount  |',
  '|----------|-------------|-----------------|---------|',
  '| January  | Electricity | Octopus Energy  | £92.40  |',
  '| January  | Water       | Yorkshire Water | £38.10  |',
  '| February | Electricity | Octopus Energy  | £88.75  |',
  '| February | Broadband   | Zen Internet    | £32.00  |',
  '| March    | Electricity | Octopus Energy  | £79.20  |',
  '',
  'Paid by direct debit from the joint account.',
].join('\n');
const VET = [
  'Vet visits — Biscuit (cat)',
  '',
  '+------------+------------------+----------+',
  '| Date       | Reason           | Cost     |',
  '+============+==================+==========+',
  '| 02/03/2025 | vaccination      | £48.00   |',
  '+------------+------------------+----------+',
  '| 14/08/2025 | dental clean     | £212.00  |',
  '+------------+------------------+----------+',
  '| 09/01/2026 | vaccination      | £51.00   |',
  '+------------+------------------+----------+',
].join('\n');

describe('rule lines and wrapped rows of text tables (S37 H4)', () => {
  it('reads rule lines as no rows and joins a wrapped row', () => {
    for (const rule of [
      '----------  --------',
      '===========  =====',
      '──────────  ─────',
      '+------+------+',
      '|---|---|',
    ])
      expect(isRuleLine(rule), rule).toBe(true);
    for (const line of ['14/02/2022  18,402', 'air filter, pollen filter', '- item', '1 - 2'])
      expect(isRuleLine(line), line).toBe(false);
    const [table] = alignedTables(CAR.split('\n'), () => false);
    expect(table?.header).toEqual(['Date', 'Mileage', 'Garage', 'Work done', 'Cost']);
    expect(table?.rows.map((r) => [r.at + 1, r.last + 1])).toEqual([
      [6, 6],
      [7, 7],
      [8, 8],
      [9, 10],
      [11, 12],
    ]);
    expect(table?.rows[4]?.cells).toEqual([
      '17/09/2026',
      '63,115',
      'QuickFit Stockport',
      'MOT pass with advisory: rear brake pads wearing (3mm)',
      '£54.85',
    ]);
    const lines = tableLines(CAR.split('\n'));
    expect(lines.get(4)).toEqual({ kind: 'skip' });
    expect(lines.get(11)).toEqual({ kind: 'skip' });
    const texts = [...lines.values()].flatMap((l) => (l.kind === 'record' ? [l.text] : []));
    expect(texts.some((t) => t.includes('---'))).toBe(false);
  });
  it('reads a grid table and a Markdown table with their headers', () => {
    const [grid] = textTables(VET.split('\n'));
    expect(grid?.header).toEqual(['Date', 'Reason', 'Cost']);
    expect(grid?.rows.map((r) => r.cells[1])).toEqual(['vaccination', 'dental clean', 'vaccination']);
    const [bills] = textTables(BILLS.split('\n'));
    expect(bills?.rows.length).toBe(5);
    const [meds] = textTables(MEDS.split('\n'));
    expect(meds?.rows.length).toBe(6);
  });
});

describe('text tables answer the latest row and add up their money column (S37 H4, MEDIUM)', () => {
  it('answers the stranger’s questions and their siblings', async () => {
    const { ask } = await learn({
      'car-service-record.txt': CAR,
      'garden-journal.md': GARDEN,
      'boiler-service-log.txt': BOILER,
      'medication-log.txt': MEDS,
      'mileage-log.txt': MILEAGE,
      'bills.md': BILLS,
      'vet-visits.txt': VET,
    });
    /** The answer's citations as [file, first line, last line], and its text. */
    const cited = async (question: string) => {
      const answer = await ask(question);
      expect(answer.known, `${question} → ${answer.answer}`).toBe(true);
      expect(answer.answer, question).not.toMatch(/---|===|───/u);
      return {
        at: answer.citations.map((c) => [c.path.split('/').pop(), c.lineStart, c.lineEnd]),
        text: answer.answer,
      };
    };
    // The latest dated row (or line) saying what is asked.
    for (const [question, file, first, last] of [
      ['What was the mileage at the last MOT?', 'car-service-record.txt', 11, 12],
      ['when was my last MOT?', 'car-service-record.txt', 11, 12],
      ['when was the car last serviced?', 'car-service-record.txt', 9, 10],
      ['when did I last work on the roses?', 'garden-journal.md', 12, 12],
      ['when was the boiler last serviced?', 'boiler-service-log.txt', 11, 11],
      ['what was the boiler pressure at the last service?', 'boiler-service-log.txt', 11, 11],
      ['when did Mum last have atorvastatin?', 'medication-log.txt', 10, 10],
      ['who gave the last dose of ramipril?', 'medication-log.txt', 9, 9],
      ['how much was the latest electricity bill?', 'bills.md', 9, 9],
      ['when was Biscuit’s last vaccination?', 'vet-visits.txt', 10, 10],
    ] as const) {
      const { at, text } = await cited(question);
      expect(at, question).toEqual([[file, first, last]]);
      expect(text, question).toContain('compared by date, not stated in the documents');
    }
    const mot = await cited('What was the mileage at the last MOT?');
    expect(mot.text).toContain('63,115');
    expect(mot.text).toContain('rear brake pads wearing (3mm)');
    // A wrapped row is one row, quoted whole.
    for (const [question, file, first, last, said] of [
      ['who replaced the diverter valve?', 'boiler-service-log.txt', 7, 8, 'Dave Holt'],
      ['where did I park for the client kick-off meeting?', 'mileage-log.txt', 5, 6, 'Wellington Place'],
      ['why did I go via the M1?', 'mileage-log.txt', 8, 9, 'roadworks'],
      ['how many miles to Sheffield?', 'mileage-log.txt', 8, 9, '61'],
      ['when did Mum have paracetamol?', 'medication-log.txt', 8, 8, '04/11/2026'],
      ['what did Biscuit’s dental clean cost?', 'vet-visits.txt', 8, 8, '£212.00'],
    ] as const) {
      const { at, text } = await cited(question);
      expect(at, question).toEqual([[file, first, last]]);
      expect(text, question).toContain(said);
    }
    // A text table's money column added up, said to be computed.
    for (const [question, total] of [
      ['how much have I spent on the car in total?', '£1400.15'],
      ['how much have I spent on the car?', '£1400.15'],
      ['how much have I spent on the boiler in total?', '£560.00'],
      ['how much have I spent on bills in total?', '£330.45'],
      ['how much have I spent on the vet in total?', '£311.00'],
    ] as const) {
      const { text } = await cited(question);
      expect(text, question).toContain(`adds up to ${total}`);
      expect(text, question).toContain('computed, not stated in the documents');
    }
    const february = await cited('how much did I spend on bills in February?');
    expect(february.at).toEqual([
      ['bills.md', 7, 7],
      ['bills.md', 8, 8],
    ]);
    expect(february.text).toContain('adds up to £120.75');
    const dearest = await cited('what was the most expensive car service?');
    expect(dearest.at).toEqual([['car-service-record.txt', 9, 10]]);
    // Not in the documents: "I don't know" stays.
    for (const question of [
      'when did Mum last have ibuprofen?',
      'when was the boiler last repaired by Gas Safe?',
      'what was the cost of the last gas bill?',
      'when did I last work on the pond?',
    ]) {
      const answer = await ask(question);
      expect(answer.known, `${question} → ${answer.answer}`).toBe(false);
    }
  });
});
