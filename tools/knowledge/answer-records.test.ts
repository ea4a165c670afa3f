import { describe, expect, it } from 'vitest';
import {
  BOILER_MANUAL,
  CONTACTS,
  COURSE,
  INVOICES_CSV,
  LEASE,
  ONE_LINE,
  ORDERS_TSV,
  RUN_ON_LOG,
  TRAVEL_POLICY,
} from '../../test/fixtures/papers.js';
import { learnPapers as learn } from '../../test/helpers/knowledge.js';
import { FOCUS_FROM, focusQuote } from './focus.js';
import { chunkNumbers, missingNumbered, numberRuns, plural } from './numbered.js';
import { isSeparator, splitRow, tableLines } from './records.js';

describe('numbered things the documents lack are listed truly (S6 HIGH 2)', () => {
  it('states numbers compactly: runs of three or more with a dash, pairs and odd ones listed', () => {
    expect(numberRuns(['9', '1', '2', '3', '4', '5', '6', '7', '8'])).toEqual(['1–9']);
    expect(numberRuns(['1', '2'])).toEqual(['1', '2']);
    expect(numberRuns(['1', '2', '3', '5', '7', '8', '9', '6.5'])).toEqual(['1–3', '5', '6.5', '7–9']);
    expect(plural('part')).toBe('parts');
    expect(plural('box')).toBe('boxes');
    expect(plural('entry')).toBe('entries');
    expect(missingNumbered('part', '12', ['1', '2', '3', '4', '5', '6', '7', '8', '9'])).toBe(
      "I don't know: your documents have parts 1–9, but no part 12.",
    );
    expect(missingNumbered('chapter', '3', ['1', '2'])).toBe(
      "I don't know: your documents have chapters 1 and 2, but no chapter 3.",
    );
    expect(missingNumbered('step', '4', ['3'])).toBe(
      "I don't know: your documents have step 3, but no step 4.",
    );
  });

  it("reads a chunk's numbers of one word line by line: headings, labels, spelled, list items under its heading", () => {
    const chunk = {
      heading: 'manual.md › Part 7',
      text: [
        '## Part 8',
        'Part nine: cleaning.',
        'See page 4 of the parts list.',
        '## Repair steps',
        '1. Open.',
        '2) Close.',
      ].join('\n'),
    };
    expect([...chunkNumbers(chunk, 'part')].sort()).toEqual(['7', '8', '9']);
    expect([...chunkNumbers(chunk, 'step')].sort()).toEqual(['1', '2']);
    expect([...chunkNumbers(chunk, 'page')]).toEqual(['4']);
    expect([...chunkNumbers(chunk, 'modul')]).toEqual([]);
  });

  it('claims no list it cannot make complete', () => {
    expect(missingNumbered('part', '12', undefined)).toBe(
      "I don't know: there is no part 12 in your documents.",
    );
    const scattered = Array.from({ length: 20 }, (_, i) => String(i * 3));
    expect(missingNumbered('page', '1', scattered)).toBe(
      "I don't know: there is no page 1 in your documents.",
    );
  });

  it('lists every part in the store, whichever passages the question found, the same for each question', async () => {
    const { ask } = await learn({ 'boiler.md': BOILER_MANUAL, 'course.md': COURSE });
    for (const question of [
      'what is in part 12 of the manual?',
      'what is part 10 about?',
      'what does part twelve of the boiler manual say?',
    ]) {
      const answer = await ask(question);
      expect(answer.known, question).toBe(false);
      expect(answer.answer, question).toMatch(
        /^I don't know: your documents have parts 1–9, but no part 1[02]\.$/,
      );
    }
    expect((await ask('what does module 7 cover?')).answer).toBe(
      "I don't know: your documents have modules 1–3, but no module 7.",
    );
    // Whatever else the question calls the document ("my finance course", a word it never uses).
    for (const question of [
      "what's in module 7 of my finance course?",
      'what does my syllabus say about module 7?',
    ]) {
      const answer = await ask(question);
      expect(answer.answer, question).toBe("I don't know: your documents have modules 1–3, but no module 7.");
      expect(answer.missing, question).toBe('module 7');
    }
    // A word never numbered is not "missing" a number: it is not mentioned.
    const bicycle = await ask('what is in bicycle 3?');
    expect(bicycle.known).toBe(false);
    expect(bicycle.missing).toBeUndefined();
    // A part that is there is answered, not listed.
    const four = await ask('how do I bleed the radiators in part 4?');
    expect(four.known).toBe(true);
    expect(four.quotes).toContain('Bleed the radiators once a year with the square key.');
  });
});

describe('rows of CSV, TSV and Markdown tables are records read with their header (S6 MEDIUM 7, 8)', () => {
  it('reads fields per RFC 4180 and tells separators and headers from rows', () => {
    expect(splitRow('7004,"Wayne, Bruce",12.00,"say ""hi"""', ',')).toEqual([
      '7004',
      'Wayne, Bruce',
      '12.00',
      'say "hi"',
    ]);
    expect(tableLines(['| A | B |', '|---|---|', '| pipe \\| cell | fox |']).get(2)).toEqual({
      kind: 'record',
      text: 'A: pipe | cell, B: fox',
      numbers: [],
      columns: ['A', 'B'],
    });
    for (const line of ['|---|---|', '| :------ | --: |', '---|---'])
      expect(isSeparator(line), line).toBe(true);
    for (const line of ['---', '| Taxi | 60 |', 'a - b', '--']) expect(isSeparator(line), line).toBe(false);
    // A first line of data is no header: rows are quoted as they are.
    const headless = tableLines(['1,2,3', '4,5,6'], { delimiter: ',', firstIsFileStart: true });
    expect([...headless.values()]).toEqual([
      { kind: 'record', text: '1, 2, 3', numbers: [] },
      { kind: 'record', text: '4, 5, 6', numbers: [] },
    ]);
  });

  it('quotes the one CSV row asked about, with its header named, cited by its own line', async () => {
    const { ask } = await learn({ 'invoices.csv': INVOICES_CSV, 'orders.tsv': ORDERS_TSV });
    for (const question of [
      'how much did Soylent pay?',
      'what is invoice 7002?',
      "what is Soylent's total?",
      'when did Soylent Inc pay?',
    ]) {
      const answer = await ask(question);
      expect(answer.quotes, question).toEqual([
        'invoice: 7002, client: Soylent Inc, total: 1999.95, paid on: 2025-04-11',
      ]);
      expect(answer.citations[0], question).toMatchObject({
        path: expect.stringMatching(/invoices\.csv$/),
        lineStart: 3,
        lineEnd: 3,
      });
    }
    const tsv = await ask('what does the Cornerstore order weigh?');
    expect(tsv.quotes).toEqual(['order: A-2, shop: Cornerstore, weight: 15 kg']);
    expect(tsv.citations[0]).toMatchObject({ lineStart: 3, lineEnd: 3 });
    // Never the whole file as one quote, never the header alone; a client not there is not known.
    const all = await ask('what are the invoice totals?');
    for (const quote of all.quotes) {
      expect(quote).not.toContain('\n');
      expect(quote).not.toBe('invoice,client,total,paid on');
      expect(quote.match(/client:/g)?.length ?? 0).toBeLessThanOrEqual(1);
    }
    expect((await ask('how much did Initech pay?')).known).toBe(false);
    expect((await ask('what is invoice 7009?')).known).toBe(false);
  });

  it('names the header of a row far down a big CSV, where the passage does not hold the header', async () => {
    const rows = Array.from({ length: 400 }, (_, i) => `${9000 + i},Client ${i} Holdings,${i}.00,2025-01-01`);
    rows[349] = '9349,Zorblatt Freight,777.77,2025-06-30';
    const { ask } = await learn({ 'ledger.csv': ['invoice,client,total,paid on', ...rows].join('\n') });
    const answer = await ask('how much did Zorblatt Freight pay?');
    expect(answer.quotes).toEqual([
      'invoice: 9349, client: Zorblatt Freight, total: 777.77, paid on: 2025-06-30',
    ]);
    expect(answer.citations[0]).toMatchObject({ lineStart: 351, lineEnd: 351 });
  });

  it('answers a Markdown table row under its column; never quotes the separator or the header alone', async () => {
    const { ask } = await learn({ 'travel.md': TRAVEL_POLICY });
    for (const question of ['what is the lodging cap?', 'what is the cap for lodging?']) {
      const answer = await ask(question);
      expect(answer.quotes, question).toEqual(['Expense: Lodging, Cap: 180 EUR per night']);
      expect(answer.citations[0], question).toMatchObject({ lineStart: 10, lineEnd: 10 });
    }
    const rules = await ask('what are the allowances?');
    expect(rules.quotes).toContain('Expense: Taxi, Cap: 60 EUR per ride');
    for (const quote of rules.quotes) {
      expect(quote).not.toMatch(/-{2,}/);
      expect(quote).not.toMatch(/^\|? ?Expense \| Cap/);
    }
    expect((await ask('what is the parking cap?')).known).toBe(false);
  });
});

describe('a contact record answer names whose record it is (S6 LOW 19)', () => {
  it("includes the record's Name line for every label asked, even when the asked line repeats the name", async () => {
    const { ask } = await learn({ 'contacts.txt': CONTACTS });
    expect((await ask("what is Anna's email?")).quotes).toEqual([
      'Name: Anna Lindqvist',
      'Email: anna@example.org',
    ]);
    expect((await ask("what is Anna's phone number?")).quotes).toEqual([
      'Name: Anna Lindqvist',
      'Phone: 555-7001',
    ]);
    expect((await ask("what is Dmitri's phone?")).quotes).toEqual(['Name: Dmitri Orlov', 'Phone: 555-8002']);
    // A one-line record already names its person; no other record's name comes along.
    expect((await ask("what is Helga's phone number?")).quotes).toEqual([
      'Helga Brandt: pediatrician, phone 555-9001',
    ]);
    const bruno = await ask("what is Bruno's phone?");
    expect(bruno.quotes).toEqual(['Name: Bruno Keller', 'Phone: 555-7002']);
    expect(bruno.answer).not.toContain('Anna');
  });
});

describe('text without punctuation is quoted around what answers (S6 LOW 17)', () => {
  const asked = (words: string[]) => (word: string) => words.includes(word.toLowerCase());

  it('cuts a long line to the sentence-like span around the words asked, marked with …', () => {
    const cut = focusQuote(
      { text: ONE_LINE.trim(), line: 1, lineEnd: 1 },
      asked(['attic', 'safe', 'combination']),
    );
    expect(cut.text).toBe('… The attic safe combination is 8812. …');
    // No capital to start at: a few words before the match, never the whole filler.
    const lower = `${'aa bb cc dd '.repeat(60)}the attic key hangs by the door ${'ee ff '.repeat(60)}`;
    const bounded = focusQuote({ text: lower, line: 1, lineEnd: 1 }, asked(['attic', 'key']));
    expect(bounded.text.length).toBeLessThan(FOCUS_FROM);
    expect(bounded.text).toMatch(/^… .*attic key hangs by the door.* …$/);
    // A short quote, or one with nothing asked in its parts, is left as it is.
    const short = { text: 'The tenant may keep one cat.', line: 4, lineEnd: 4 };
    expect(focusQuote(short, asked(['cat']))).toEqual(short);
  });

  it('keeps only the run-on lines that answer; a punctuated wrapped sentence stays whole', () => {
    const parts = [
      { text: 'the pump is', line: 7, lineEnd: 7 },
      { text: 'serviced in spring', line: 8, lineEnd: 8 },
      { text: 'filler words here', line: 9, lineEnd: 9 },
    ];
    const text = parts.map((part) => part.text).join(' ');
    expect(focusQuote({ text, line: 7, lineEnd: 9, parts }, asked(['pump', 'serviced']))).toEqual({
      text: 'the pump is serviced in spring',
      line: 7,
      lineEnd: 8,
    });
  });

  it('answers from a one-line file and a run-on log without the filler around the answer', async () => {
    const { ask } = await learn(
      { 'oneline.txt': ONE_LINE, 'log.txt': RUN_ON_LOG, 'lease.md': LEASE },
      { includeSecrets: true },
    );
    const safe = await ask('what is the attic safe combination?');
    expect(safe.quotes).toEqual(['… The attic safe combination is 8812. …']);
    expect(safe.citations[0]).toMatchObject({ lineStart: 1, lineEnd: 1 });
    const pin = await ask('what is the boathouse alarm pin?');
    expect(pin.quotes).toEqual(['The boathouse alarm pin is 6402.entry3']);
    expect(pin.citations[0]).toMatchObject({ lineStart: 3, lineEnd: 3 });
    // A hard-wrapped sentence that ends in a period is still quoted whole, every line cited.
    const pets = await ask('who must consent to pets?');
    expect(pets.citations[0]).toMatchObject({ lineStart: 15, lineEnd: 17 });
  });
});
