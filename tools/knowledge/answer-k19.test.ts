import { describe, expect, it } from 'vitest';
import { learnPapers as learn } from '../../test/helpers/knowledge.js';
import { isColumnsHeader, sideBySidePairs } from './side-by-side.js';

/** Round k19 (S29): which line answers — payslip columns, a whole sentence, lists, rows. */

const PAYSLIP = [
  'Brightside Ltd - Payslip',
  'Employee: Sam Okafor    Pay date: 27/06/2025',
  '',
  'PAYMENTS                        DEDUCTIONS',
  'Basic pay          2,800.00     Income tax         604.20',
  'Overtime             150.00     National Insurance 210.60',
  '                                Pension contribution 140.00',
  '                                Student loan       112.00',
  '',
  'Gross pay          2,950.00     Total deductions 1,066.80',
  'Net pay            1,883.20',
  '',
].join('\n');

describe('side-by-side "label  amount" columns (S29 HIGH 3, LOW)', () => {
  it('cuts a line into its pairs and knows their header', () => {
    expect(
      sideBySidePairs('Basic pay          2,800.00     Income tax         604.20')?.map((p) => p.text),
    ).toEqual(['Basic pay 2,800.00', 'Income tax 604.20']);
    expect(sideBySidePairs('                                Student loan       112.00')).toBeUndefined();
    expect(sideBySidePairs('                                Student loan       112.00', 1)?.[0]?.text).toBe(
      'Student loan 112.00',
    );
    expect(sideBySidePairs('The rent is 950.00 a month.   Paid on the 1st.')).toBeUndefined();
    expect(
      isColumnsHeader('PAYMENTS                        DEDUCTIONS', 'Basic pay    2.00     Tax     1.00'),
    ).toBe(true);
    expect(
      isColumnsHeader('Subject      Attainment          Effort', 'Maths        Working at          Good'),
    ).toBe(false);
  });

  it('each deduction is answered by its own label and value, not a total or its neighbour', async () => {
    const { ask } = await learn({ 'wages-2025-06.txt': PAYSLIP });
    const cases: [string, string, number][] = [
      ['how much income tax did I pay?', 'Income tax 604.20', 5],
      ['how much national insurance did I pay?', 'National Insurance 210.60', 6],
      ['how much student loan was deducted?', 'Student loan 112.00', 8],
      ['how much pension was deducted?', 'Pension contribution 140.00', 7],
      ['what is my net pay?', 'Net pay 1,883.20', 11],
      ['what was my gross pay?', 'Gross pay 2,950.00', 10],
      ['how much was deducted in total?', 'Total deductions 1,066.80', 10],
    ];
    for (const [question, quote, line] of cases) {
      const a = await ask(question);
      expect(a.quotes, question).toEqual([quote]);
      expect(a.citations[0]?.lineStart, question).toBe(line);
    }
  });

  it('the columns header is no heading trail', async () => {
    const { ask } = await learn({ 'wages-2025-06.txt': PAYSLIP });
    const a = await ask('how much income tax did I pay?');
    expect((a.citations[0] as { heading?: string } | undefined)?.heading ?? '').not.toMatch(
      /PAYMENTS|DEDUCTIONS/u,
    );
  });
});

const NEWSLETTER = [
  '<html><body>',
  '<h1>Bluebell Nursery - June</h1>',
  '<p>Hello families, it has been a busy month in the garden.</p>',
  '<p>Sports Day will be held on <strong>Friday 20 June</strong> at 10:00 on the field behind',
  'Didsbury Park. Please send your child in trainers and a named sun hat.</p>',
  '<p>The nursery is closed on Monday 30 June for staff training.</p>',
  '</body></html>',
  '',
].join('\n');
const SECTIONED = [
  '<html><body>',
  '<h1>Little Acorns News</h1>',
  '<h2>Summer Fun Day</h2>',
  '<p>Summer Fun Day will be held on <strong>Thursday 17 July</strong> at 09:30 on the meadow beside',
  'Fletcher Moss Gardens. Please send your child in wellies and a named rain coat.</p>',
  '</body></html>',
  '',
].join('\n');

describe('the sentence that answers is quoted whole (S29 HIGH 4)', () => {
  it('when / where / what time of an event named in capitals, asked in lowercase', async () => {
    const { ask } = await learn({ 'june.html': NEWSLETTER, 'acorns.html': SECTIONED });
    const whole = 'Sports Day will be held on Friday 20 June at 10:00 on the field behind Didsbury Park.';
    for (const question of ['when is sports day?', 'where is sports day held?', 'what time is sports day?']) {
      const a = await ask(question);
      expect(a.quotes[0], question).toBe(whole);
      expect(a.quotes, question).not.toContain('Please send your child in trainers and a named sun hat.');
      expect([a.citations[0]?.lineStart, a.citations[0]?.lineEnd], question).toEqual([4, 5]);
    }
    const where = await ask('where is summer fun day held?');
    expect(where.quotes[0]).toBe(
      'Summer Fun Day will be held on Thursday 17 July at 09:30 on the meadow beside Fletcher Moss Gardens.',
    );
  });
});

const COVER = [
  'Whiskers Cat Insurance - Policy Summary',
  '',
  'Policy number: WC-55120',
  '',
  'What is covered:',
  '- Vet fees for illness and injury',
  '- Third party liability',
  '',
  'What is not covered:',
  '- Dental treatment unless caused by an accident',
  '- Pre-existing conditions: anything that showed signs before the start date',
  '- Routine vaccinations, flea and worm treatment',
  '',
].join('\n');

describe('a yes/no of cover is said from the lead-in the item sits under (S29 HIGH 5)', () => {
  it('"No —" under "What is not covered:", "Yes —" under "What is covered:"', async () => {
    const { ask } = await learn({ 'cat-cover.txt': COVER });
    for (const [question, item] of [
      ['is dental treatment covered?', 'Dental treatment unless caused by an accident'],
      [
        'are pre-existing conditions covered?',
        'Pre-existing conditions: anything that showed signs before the start date',
      ],
      ['does my cat insurance cover vaccinations?', 'Routine vaccinations, flea and worm treatment'],
    ] as const) {
      const a = await ask(question);
      expect(a.answer.split('\n')[0], question).toBe('No — it is listed under "What is not covered:".');
      expect(a.quotes, question).toEqual(['What is not covered:', item]);
    }
    const yes = await ask('is third party liability covered?');
    expect(yes.answer.split('\n')[0]).toBe('Yes — it is listed under "What is covered:".');
    // Not a yes/no: no verdict, the list as before.
    const what = await ask('what does my cat insurance say about dental treatment?');
    expect(what.answer).not.toMatch(/^(?:No|Yes) —/u);
  });
});

const SPENDING = [
  'date,category,description,amount_gbp',
  '2025-03-02,groceries,Aldi weekly shop,64.10',
  '2025-03-05,eating out,Curry with Priya,41.00',
  '2025-03-09,transport,Train to York,78.40',
  '2025-03-12,home,New sofa,899.00',
  '2025-03-15,groceries,Lidl shop,52.35',
  '2025-04-20,gifts,Birthday present for Mum,35.00',
  '',
].join('\n');

describe('the largest or smallest row of a money table (S29 kind 4)', () => {
  it('quotes the row with the most or least, says it was compared', async () => {
    const { ask } = await learn({ 'spending-2025.csv': SPENDING });
    for (const question of ['what was my largest expense?', 'what was my biggest expense?']) {
      const a = await ask(question);
      expect(a.quotes[0], question).toBe(
        'date: 2025-03-12, category: home, description: New sofa, amount_gbp: 899.00',
      );
      expect(a.citations[0]?.lineStart, question).toBe(5);
      expect(a.answer, question).toMatch(/The largest amount_gbp of 6 rows \(compared, not stated/u);
    }
    const cheapest = await ask('what is the cheapest expense?');
    expect(cheapest.quotes[0]).toMatch(/Birthday present for Mum, amount_gbp: 35\.00$/u);
    // Narrowed by a word and a month, as a total is.
    const groceries = await ask('what was my most expensive grocery shop?');
    expect(groceries.quotes[0]).toMatch(/Aldi weekly shop, amount_gbp: 64\.10$/u);
    const march = await ask('what was the cheapest thing I bought in March?');
    expect(march.quotes[0]).toMatch(/Curry with Priya, amount_gbp: 41\.00$/u);
    expect(march.answer).toMatch(/of 5 rows dated March/u);
    expect((await ask('what did I spend the most on?')).quotes[0]).toMatch(/New sofa, amount_gbp: 899\.00$/u);
    // "at least" asks no smallest row.
    expect((await ask('how much did I spend at least on groceries?')).answer).not.toMatch(/smallest/u);
    // A word no row says is left to search: never some other row.
    expect((await ask('what was my biggest expense on petrol?')).known).toBe(false);
  });
});

/** A date `days` from today, written yyyy-mm-dd. */
const fromToday = (days: number) => {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

describe('"next" asks the first dated line from today on; "the way back" the return leg (S29 kind 4)', () => {
  it('the next vet appointment among past and future ones', async () => {
    const diary = [
      '# Pepper diary',
      '',
      '## Vet appointments',
      `- ${fromToday(-40)}: dental check`,
      `- ${fromToday(200)}: nail clip`,
      `- ${fromToday(30)}: annual booster`,
      '',
    ].join('\n');
    const { ask } = await learn({ 'pet-diary.md': diary });
    const a = await ask('when is the next vet appointment?');
    expect(a.quotes).toEqual([`${fromToday(30)}: annual booster`]);
  });

  it('"on the way back" is the return sailing, "on the way out" the outbound', async () => {
    const booking = [
      '# Ferry booking - Holyhead to Dublin',
      '',
      '## Outbound sailing',
      'Date: Friday 8 August 2025',
      'Departs: 08:55',
      'Arrives: 12:10',
      '',
      '## Return sailing',
      'Date: Sunday 17 August 2025',
      'Departs: 14:30',
      'Arrives: 17:45',
      '',
    ].join('\n');
    const { ask } = await learn({ 'trip-booking.md': booking });
    const back = await ask('what time does the ferry leave on the way back?');
    expect(back.quotes).toContain('Departs: 14:30');
    expect(back.quotes).not.toContain('Departs: 08:55');
    expect((await ask('when does the ferry arrive on the way back?')).quotes).toEqual(['Arrives: 17:45']);
    const out = await ask('what time does the ferry leave on the way out?');
    expect(out.quotes).toContain('Departs: 08:55');
    expect(out.quotes).not.toContain('Departs: 14:30');
  });
});

describe('a diary line and a name-only row (S29 MEDIUM 4, HIGH 6)', () => {
  it('"today" under a dated heading gives the date; a row naming only the person is no phone', async () => {
    const { ask } = await learn({
      'pet-diary.md':
        '# Pepper diary\n\n## 2025-02-18\nPepper had his rabies vaccine today. He was very brave.\n',
      'spending.csv': SPENDING,
    });
    const jab = await ask('when did Pepper have his rabies vaccine?');
    expect(jab.answer).toMatch(
      /Pepper had his rabies vaccine today\. \(pet-diary\.md:4\) \(under 2025-02-18\)/u,
    );
    const phone = await ask("what is Priya's phone number?");
    expect(phone.known).toBe(false);
    expect(phone.answer).toMatch(/^I don't know/u);
  });
});

describe('when / where in Chinese, Japanese and Korean prefer the date, time or place line (S29 HIGH 7)', () => {
  it('never the title line or the phone line', async () => {
    const { ask } = await learn({
      '派对.txt':
        '小明的生日派对\n日期：6月21日 星期六\n时间：下午3点\n地点：阳光儿童乐园\n礼物预算：20英镑\n小明妈妈电话：07700 900789\n',
      '誕生日会.txt':
        'ゆいの誕生日会\n日付：7月12日（土）\n時間：午後2時\n場所：さくら公園\n予算：3000円\nゆいのお母さんの電話番号：07700 900321\n',
      '메모.txt':
        '서연 생일 파티\n날짜: 7월 5일 토요일\n시간: 오후 2시\n장소: 키즈카페 해피랜드\n서연 아빠 전화번호: 07700 900456\n',
    });
    expect((await ask('小明的生日派对是什么时候？')).quotes).toEqual([
      '日期：6月21日 星期六',
      '时间：下午3点',
    ]);
    expect((await ask('小明的生日派对在哪里？')).quotes).toEqual(['地点：阳光儿童乐园']);
    expect((await ask('ゆいの誕生日会はいつ？')).quotes).toEqual(['日付：7月12日（土）', '時間：午後2時']);
    expect((await ask('ゆいの誕生日会はどこですか？')).quotes).toEqual(['場所：さくら公園']);
    expect((await ask('서연 생일 파티는 언제야?')).quotes).toEqual([
      '날짜: 7월 5일 토요일',
      '시간: 오후 2시',
    ]);
    expect((await ask('礼物预算是多少？')).quotes).toEqual(['礼物预算：20英镑']);
  });
});

describe('a label line cut after a comma goes on to its full stop (S29 MEDIUM 1)', () => {
  it('quotes lines 4–5 whole, and the payment on line 5 answers', async () => {
    const { ask } = await learn({
      'house-diary.md':
        '# House diary\n\n## 2025-05-02\nCompletion date agreed: 20 June 2025. Mortgage with Halifax, 4.15% fixed for 2 years,\nmonthly payment £1,288.\nRemember to book the removal van.\n',
    });
    const whole =
      'Completion date agreed: 20 June 2025. Mortgage with Halifax, 4.15% fixed for 2 years, monthly payment £1,288.';
    for (const question of ['when is completion?', 'how much is my monthly mortgage payment?']) {
      const a = await ask(question);
      expect(a.quotes, question).toEqual([whole]);
      expect([a.citations[0]?.lineStart, a.citations[0]?.lineEnd], question).toEqual([4, 5]);
    }
  });
});
