import { describe, expect, it } from 'vitest';
import { learnPapers as learn } from '../../test/helpers/knowledge.js';

/** Round k18 (S29): a list and the line leading into it are read together. */

const POLICY =
  'PET INSURANCE\n\nPolicy number: PSW-1\nMonthly premium: £38.72\n\nWhat is not covered:\n- Dental treatment unless caused by an accident\n- Pre-existing conditions\n- Routine vaccinations, flea and worm treatment\n\nClaims line: 0345 600 7721\n';
const BOILER =
  'Boiler manual\n\n6 Repressurising the system\nThe pressure gauge should read between 1 and 1.5 bar.\nTo repressurise:\n1. Switch off the boiler and let it cool.\n2. Locate the filling loop under the boiler.\n3. Open both valves slowly until the gauge reads 1.5 bar.\n4. Close both valves firmly.\n5. Switch the boiler back on.\n';

describe('a list under its lead-in line (S29 HIGH 5)', () => {
  it('a quoted item brings its lead-in, so "not covered" is said', async () => {
    const { ask } = await learn({ 'pet-insurance.txt': POLICY });
    const a = await ask('what does my pet insurance say about dental treatment?');
    expect(a.quotes).toEqual(['What is not covered:', 'Dental treatment unless caused by an accident']);
    expect(a.citations.map((c) => c.lineStart)).toEqual([6, 7]);
  });

  it('a quoted lead-in brings its items', async () => {
    const { ask } = await learn({ 'pet-insurance.txt': POLICY });
    const a = await ask('what is not covered by the pet insurance?');
    expect(a.quotes).toEqual(
      expect.arrayContaining([
        'What is not covered:',
        'Dental treatment unless caused by an accident',
        'Pre-existing conditions',
        'Routine vaccinations, flea and worm treatment',
      ]),
    );
  });

  it('steps under "To repressurise:" are quoted with it', async () => {
    const { ask } = await learn({ 'boiler.txt': BOILER });
    const a = await ask('how do I repressurise the boiler?');
    expect(a.quotes.slice(0, 6)).toEqual([
      'To repressurise:',
      '1. Switch off the boiler and let it cool.',
      '2. Locate the filling loop under the boiler.',
      '3. Open both valves slowly until the gauge reads 1.5 bar.',
      '4. Close both valves firmly.',
      '5. Switch the boiler back on.',
    ]);
    const steps = await ask('what are the steps to repressurise the boiler?');
    expect(steps.answer).not.toMatch(/do not mention/u);
    expect(steps.quotes.slice(0, 2)).toEqual([
      'To repressurise:',
      '1. Switch off the boiler and let it cool.',
    ]);
  });
});

const NEWSLETTER =
  '<html><body>\n<h1>June Newsletter</h1>\n<h2>Sports Day</h2>\n<p>Sports Day will be held on <strong>Friday 20 June</strong> at 10:00 on the field behind\nDidsbury Park. Please send your child in trainers and a named sun hat.</p>\n</body></html>\n';
const RESET =
  'Boiler manual\n\n5 Resetting the boiler\nIf the display shows a fault code and the blue light flashes, press and hold the reset button\nfor 5 seconds. The boiler will restart. If the fault persists after three resets, contact a Gas\nSafe registered engineer.\n';

describe('a hard-wrapped sentence goes on to its full stop (S29 HIGH 4, MEDIUM 1)', () => {
  it('though the next line starts with a capital', async () => {
    const { ask } = await learn({ 'newsletter.html': NEWSLETTER, 'boiler.txt': RESET });
    const time = await ask('what time is sports day?');
    expect(time.quotes).toEqual([
      'Sports Day will be held on Friday 20 June at 10:00 on the field behind Didsbury Park.',
    ]);
    expect(time.citations[0]).toMatchObject({ lineStart: 4, lineEnd: 5 });
    const reset = await ask('how do I reset the boiler?');
    expect(reset.quotes).toContain(
      'If the fault persists after three resets, contact a Gas Safe registered engineer.',
    );
  });
});

const PAYSLIP =
  'NORTHWIND PAYSLIP\nEmployee: Hannah Okafor\n\nPAYMENTS                        DEDUCTIONS\nBasic salary     3,541.67       Income tax        512.40\n                                Pension (5%)       186.29\n                                Student loan       98.00\n\nGross pay:        3,725.87\nTotal deductions: 999.85\nNet pay:          2,726.02\n';

describe('the line naming the thing asked, with its own amount, beats a total (S29 HIGH 3)', () => {
  it('student loan deducted: its line, not "Total deductions"', async () => {
    const { ask } = await learn({ 'payslip.txt': PAYSLIP });
    expect((await ask('how much student loan was deducted?')).quotes).toEqual(['Student loan 98.00']);
    expect((await ask('how much was deducted in total?')).quotes).toEqual(['Total deductions: 999.85']);
  });
});

const KOREAN_NOTE =
  '지민 생일 파티\n날짜: 6월 14일 토요일\n시간: 오후 3시\n장소: 디즈버리 공원 놀이터\n선물 예산: 30파운드\n지민 엄마 전화번호: 07700 900123\n';

describe('Korean "when" asks a date or time (S29 HIGH 7)', () => {
  it('언제 is answered by the note’s date line, not its phone number', async () => {
    const { ask } = await learn({ '한국어-메모.txt': KOREAN_NOTE });
    const when = await ask('지민 생일 파티는 언제야?');
    expect(when.quotes).toContain('날짜: 6월 14일 토요일');
    expect(when.answer).not.toMatch(/07700/u);
    expect((await ask('파티는 몇 시야?')).quotes).toContain('시간: 오후 3시');
    expect((await ask('선물 예산은 얼마야?')).quotes).toEqual(['선물 예산: 30파운드']);
  });
});
