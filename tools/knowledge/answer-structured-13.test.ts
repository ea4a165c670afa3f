import { describe, expect, it } from 'vitest';
import { learnPapers as learn } from '../../test/helpers/knowledge.js';
import { configParents, inlineSettings } from './config-keys.js';
import { separateLines } from './line-shapes.js';
import { mailFieldAsked, mailsIn, mailTopic } from './mail.js';

/**
 * Answers from structured documents (issue 10, stranger round 13): e-mail headers, nested keys
 * of config files, and lines that are a list rather than a wrapped sentence. Each kind is tested
 * with siblings the stranger did not try, and with questions that must stay "I don't know".
 */

const BOILER_EML = [
  'Return-Path: <tom@plumbfix.co.uk>',
  'Received: from mx.example.org',
  '  by mail.example.org',
  'From: Tom Baker <tom@plumbfix.co.uk>',
  'To: me@example.org',
  'Subject: Boiler repair quote',
  'Date: Tue, 12 May 2026 09:14:00 +0100',
  'MIME-Version: 1.0',
  '',
  'Hi,',
  '',
  'The new pump for your boiler will cost 240 pounds including fitting.',
  'I can come on Thursday morning.',
  '',
  'Tom',
].join('\n');
const SCHOOL_EML = [
  'From: Ms Clarke <clarke@school.example>',
  'To: parents@school.example',
  'Subject: Trip to the science museum',
  'Date: Mon, 4 May 2026 16:02:00 +0100',
  '',
  'Dear parents,',
  'The Year 5 trip to the science museum is on 21 May. Please pay 12 pounds by Friday.',
].join('\n');
const PASTED = [
  'Forwarded mail below',
  '',
  'From: Anna Berg <anna@example.org>',
  'Sent: 3 March 2026 10:00',
  'To: me@example.org',
  'Subject: Keys for the flat',
  '',
  'I left the spare keys with the neighbour at number 12.',
].join('\n');
const GERMAN = [
  'Von: Jonas Weber <jonas@example.de>',
  'An: me@example.org',
  'Betreff: Heizungswartung',
  'Datum: 7. April 2026',
  '',
  'Der Techniker kommt am Montag um 8 Uhr.',
].join('\n');
const CONTACTS = ['Name: Greta Holm', 'Email: greta@example.org', 'Phone: 555-0199'].join('\n');
const SCHOOL_NOTE = ['Subject: Maths', 'Teacher: Mr Olsen', 'Room: 12'].join('\n');

describe('e-mails answer by their headers (S13 item 2)', () => {
  it('reads messages: headers, folded lines, pasted mail in a note, foreign headers', () => {
    const [eml] = mailsIn(BOILER_EML.split('\n'));
    expect(eml?.from).toEqual({ index: 3, text: 'From: Tom Baker <tom@plumbfix.co.uk>' });
    expect(eml?.subject?.text).toBe('Subject: Boiler repair quote');
    expect(eml?.date?.index).toBe(6);
    expect(eml?.first?.text).toBe('The new pump for your boiler will cost 240 pounds including fitting.');
    const [pasted] = mailsIn(PASTED.split('\n'));
    expect(pasted?.date?.text).toBe('Sent: 3 March 2026 10:00');
    expect(pasted?.from?.index).toBe(2);
    expect(mailsIn(GERMAN.split('\n'))[0]?.subject?.text).toBe('Betreff: Heizungswartung');
    // Two messages in one file are two.
    expect(mailsIn(`${SCHOOL_EML}\n\n${PASTED}`.split('\n'))).toHaveLength(2);
    // Label lines that are no mail: a contact card, a lone Date:, a form.
    expect(mailsIn(CONTACTS.split('\n'))).toEqual([]);
    expect(mailsIn(['Date: 3 May', 'Venue: town hall'])).toEqual([]);
  });

  it('tells the field asked, and questions that ask none', () => {
    for (const [question, field] of [
      ['who sent me the email about the boiler?', 'from'],
      ['who wrote about the spare keys?', 'from'],
      ['who is the email about the trip from?', 'from'],
      ['who was the school email sent to?', 'to'],
      ['when did Tom write?', 'date'],
      ['when was the email about the keys sent?', 'date'],
      ['what date was the boiler email sent?', 'date'],
      ['what is the email about?', 'subject'],
      ['what is the subject of the email from Anna?', 'subject'],
    ] as const)
      expect(mailFieldAsked(question), question).toBe(field);
    for (const question of [
      'what is the boiler pressure?',
      'who is the landlord?',
      'when is the dentist?',
      'what is Greta’s email?',
      'what is the lease about?',
      'when does the museum open?',
    ])
      expect(mailFieldAsked(question), question).toBeUndefined();
    expect(mailTopic('who sent me the email about the boiler?')).toEqual(['boiler']);
    expect(mailTopic('when did Tom write?')).toEqual(['tom']);
  });

  it('quotes From:, To:, Date: and Subject: of the message asked about, cited by its line', async () => {
    const { ask } = await learn({
      'boiler.eml': BOILER_EML,
      'mail/school.eml': SCHOOL_EML,
      'notes/pasted.txt': PASTED,
      'mail/heizung.eml': GERMAN,
      'contacts.txt': CONTACTS,
      'school/timetable.txt': SCHOOL_NOTE,
    });
    const cases: [string, string[], string, number][] = [
      ['who sent me the email about the boiler?', ['From: Tom Baker <tom@plumbfix.co.uk>'], 'boiler.eml', 4],
      ['who emailed me about the boiler?', ['From: Tom Baker <tom@plumbfix.co.uk>'], 'boiler.eml', 4],
      ['when did Tom write?', ['Date: Tue, 12 May 2026 09:14:00 +0100'], 'boiler.eml', 7],
      [
        'who sent the email about the museum trip?',
        ['From: Ms Clarke <clarke@school.example>'],
        'school.eml',
        1,
      ],
      ['who was the museum email sent to?', ['To: parents@school.example'], 'school.eml', 2],
      ['who wrote about the spare keys?', ['From: Anna Berg <anna@example.org>'], 'pasted.txt', 3],
      ['when did Anna send the email about the keys?', ['Sent: 3 March 2026 10:00'], 'pasted.txt', 4],
      ['what is the subject of the email from Anna?', ['Subject: Keys for the flat'], 'pasted.txt', 6],
      ['when did Jonas write?', ['Datum: 7. April 2026'], 'heizung.eml', 4],
    ];
    for (const [question, quotes, file, line] of cases) {
      const answer = await ask(question);
      expect(answer.quotes, question).toEqual(quotes);
      expect(answer.citations[0]?.path, question).toMatch(new RegExp(`${file.replace('.', '\\.')}$`));
      expect(answer.citations[0]?.lineStart, question).toBe(line);
    }
    // "what is it about?": the subject and the body's first sentence (not the greeting).
    expect((await ask('what is the email about the boiler about?')).quotes).toEqual([
      'Subject: Boiler repair quote',
      'The new pump for your boiler will cost 240 pounds including fitting.',
    ]);
    expect((await ask('what is the school email about?')).quotes).toEqual([
      'Subject: Trip to the science museum',
      'The Year 5 trip to the science museum is on 21 May.',
    ]);
  });

  it('says "I don\'t know" for a message no e-mail is, and leaves other questions as they were', async () => {
    const { ask } = await learn({
      'boiler.eml': BOILER_EML,
      'contacts.txt': CONTACTS,
      'school/timetable.txt': SCHOOL_NOTE,
    });
    for (const question of [
      'who sent me the email about the roof?',
      'when did Greta write?',
      'who sent me the message about the car insurance?',
    ]) {
      const answer = await ask(question);
      expect(answer.known, `${question} → ${answer.answer}`).toBe(false);
      expect(answer.citations).toEqual([]);
    }
    // Not an e-mail question: answered from the lines as before.
    expect((await ask("what is Greta's email?")).quotes).toEqual([
      'Name: Greta Holm',
      'Email: greta@example.org',
    ]);
    expect((await ask('how much does the boiler pump cost?')).quotes).toEqual([
      'The new pump for your boiler will cost 240 pounds including fitting.',
    ]);
  });
});

const CONFIG_YAML = [
  'port: 80',
  'host: example.org',
  '# the nightly backup',
  'backup:',
  '  port: 2222',
  '  host: nas.local',
  '  retention_days: 14',
  'servers:',
  '  - name: alpha',
  '    region: eu-west',
].join('\n');
const APP_TOML = ['title = "app"', 'port = 8080', '', '[database]', 'port = 5432', 'user = "admin"'].join(
  '\n',
);
const SETTINGS_JSON = [
  '{',
  '  "port": 3000,',
  '  "mail": {',
  '    "port": 587,',
  '    "host": "smtp.example.org",',
  '    "tls": { "minVersion": "1.2" }',
  '  }',
  '}',
].join('\n');
const MINI_JSON = '{"backup": {"port": 2222, "target": "s3"}, "port": 80}';
const SYNC_INI = ['[remote]', 'host = files.example.net', 'timeout = 30'].join('\n');

describe('nested keys of YAML, TOML, INI and JSON are read under their parents (S13 item 3)', () => {
  it('reads each line’s parents', () => {
    const yaml = configParents('c.yaml', CONFIG_YAML.split('\n'));
    expect(yaml?.get(0)).toEqual([]);
    expect(yaml?.get(4)).toEqual(['backup']);
    expect(yaml?.get(7)).toEqual([]);
    expect(yaml?.get(9)).toEqual(['servers']);
    const toml = configParents('a.toml', APP_TOML.split('\n'));
    expect(toml?.get(1)).toEqual([]);
    expect(toml?.get(4)).toEqual(['database']);
    const json = configParents('s.json', SETTINGS_JSON.split('\n'));
    expect(json?.get(1)).toEqual([]);
    expect(json?.get(3)).toEqual(['mail']);
    expect(configParents('notes.txt', ['port: 80'])).toBeUndefined();
    expect(inlineSettings(MINI_JSON)).toEqual([
      { keys: ['backup', 'port'], value: '2222' },
      { keys: ['backup', 'target'], value: '"s3"' },
      { keys: ['port'], value: '80' },
    ]);
    expect(inlineSettings('"port": 80,')).toBeUndefined();
  });

  it('quotes the nested setting asked with its parents named, never the top-level one', async () => {
    const { ask } = await learn({
      'config.yaml': CONFIG_YAML,
      'app.toml': APP_TOML,
      'settings.json': SETTINGS_JSON,
      'mini.json': MINI_JSON,
      'sync.ini': SYNC_INI,
    });
    const cases: [string, string, number][] = [
      ['what is the backup port?', 'backup › port: 2222', 5],
      ['what is the port of the backup?', 'backup › port: 2222', 5],
      ['what is the backup host?', 'backup › host: nas.local', 6],
      ['how many retention days does the backup keep?', 'backup › retention_days: 14', 7],
      ['what is the database port?', 'database › port = 5432', 5],
      ['who is the database user?', 'database › user = "admin"', 6],
      ['what is the mail port?', 'mail › "port": 587', 4],
      ['what is the remote timeout?', 'remote › timeout = 30', 3],
    ];
    for (const [question, quote, line] of cases) {
      const answer = await ask(question);
      const own = answer.citations.filter((c) => !c.path.endsWith('mini.json'));
      expect(
        own.map((c) => c.quote),
        question,
      ).toEqual([quote]);
      expect(own[0]?.lineStart, question).toBe(line);
    }
    // A one-line JSON file: each nested value quoted with its path, cited by the one line.
    const mini = await ask('what is the backup target?');
    expect(mini.quotes).toEqual(['backup › target: "s3"']);
    // Every port, each named by its parents, when no parent is asked.
    const ports = (await ask('what is the port?')).quotes;
    expect(ports).toContain('port: 80');
    expect(ports).toContain('backup › port: 2222');
    expect(ports).toContain('database › port = 5432');
    // No such key under that parent: "I don't know", never the top-level value.
    for (const question of [
      'what is the backup user?',
      'what is the database host?',
      'what is the mail timeout?',
    ]) {
      const answer = await ask(question);
      expect(answer.known, `${question} → ${answer.answer}`).toBe(false);
    }
  });
});

const CODES = 'House codes\n\ngate code 4412\ngarage code 7781\nalarm pin 5530\n';
const WIFI = 'Network\n\nWifi name - Home5G\npassword - otter12\nrouter admin - admin/4455\n';
const BOATS =
  'Boat hire\n\nKayak       33 euros per day\ncanoe       41 euros per day\npedalo      25 euros per hour\n';
const PACKING = 'Packing\n\npassport\nphone charger\nsun cream\n';
const WRAPPED = [
  'Lease notes',
  '',
  'The landlord must give the tenant at least thirty days of written',
  'notice before entering the flat for any inspection or repair work.',
  'Pets need written consent from',
  'the landlord and a deposit of 200 euros.',
].join('\n');

describe('lines of one list shape are separate lines, a wrapped sentence is one (S13 item 4)', () => {
  it('tells list lines from wrapped prose by their shapes', () => {
    const separate = (text: string, index: number) => separateLines(text.split('\n'), index);
    expect(separate('gate code 4412\ngarage code 7781', 1)).toBe(true);
    expect(separate('Wifi name - Home5G\npassword - otter12', 1)).toBe(true);
    expect(separate('Kayak       33 euros\ncanoe       41 euros', 1)).toBe(true);
    expect(separate('passport\nphone charger\nsun cream', 1)).toBe(true);
    expect(separate('rent = 900\ndeposit = 1800', 1)).toBe(true);
    // Prose wrapped mid-sentence, and a list item followed by prose.
    expect(
      separate('The landlord must give the tenant at least thirty days of written\nnotice before', 1),
    ).toBe(false);
    expect(separate('Please contact\nthe landlord', 1)).toBe(false);
    expect(separate('keep one cat\nin the flat', 1)).toBe(false);
    expect(separate('gate code 4412\nis written on the fridge door', 1)).toBe(false);
    expect(separate('The code is 4412.\ngarage code 7781', 1)).toBe(false);
  });

  it('quotes the one line asked of a list, and a wrapped sentence whole', async () => {
    const { ask } = await learn(
      {
        'codes.txt': CODES,
        'wifi.txt': WIFI,
        'boats.txt': BOATS,
        'packing.txt': PACKING,
        'lease.txt': WRAPPED,
      },
      { includeSecrets: true },
    );
    const cases: [string, string, number][] = [
      ['what is the garage code?', 'garage code 7781', 4],
      ['what is the gate code?', 'gate code 4412', 3],
      ['what is the alarm pin?', 'alarm pin 5530', 5],
      ['what is the wifi password?', 'password - otter12', 4],
      ['what is the router admin?', 'router admin - admin/4455', 5],
      ['how much is a canoe?', 'canoe 41 euros per day', 4],
      ['how much is the pedalo?', 'pedalo 25 euros per hour', 5],
    ];
    for (const [question, quote, line] of cases) {
      const answer = await ask(question);
      expect(answer.quotes, question).toEqual([quote]);
      expect(answer.citations[0], question).toMatchObject({ lineStart: line, lineEnd: line });
    }
    const notice = await ask('how much notice must the landlord give?');
    expect(notice.quotes).toEqual([
      'The landlord must give the tenant at least thirty days of written notice before entering the flat for any inspection or repair work.',
    ]);
    expect(notice.citations[0]).toMatchObject({ lineStart: 3, lineEnd: 4 });
    const pets = await ask('who must consent to pets?');
    expect(pets.quotes).toEqual(['Pets need written consent from the landlord and a deposit of 200 euros.']);
    expect(pets.citations[0]).toMatchObject({ lineStart: 5, lineEnd: 6 });
    expect((await ask('what is the shed code?')).known).toBe(false);
  });
});

const CAR_SERVICE = [
  'Date,Item,Garage,Cost',
  '14/01/2026,Oil change,Kwik Fit,£54.85',
  '02/03/2026,Battery,Halfords,£112.00',
  '14/05/2026,Brakes,Kwik Fit,£189.50',
  '28/05/2026,Tyres,Kwik Fit,£240.00',
].join('\n');
const BOAT_TSV = [
  'date\titem\tyard\tamount',
  '2026-04-02\tantifouling\tMarina Nord\t310 EUR',
  '2026-06-11\tnew sail\tSailmakers\t95 EUR',
].join('\n');
const CAR_NOTES = '# Car\n\nThe car service is due every 12 months. The battery is under the bonnet.\n';

describe('CSV and TSV rows answer cost, date and who; several rows are added up honestly (S13 item 1)', () => {
  it('reads amounts as cells write them and sums only rows written alike', async () => {
    const { cellAmount, rowTotal } = await import('./row-totals.js');
    expect(cellAmount('£189.50')).toEqual({ cents: 18950, unit: '£|' });
    expect(cellAmount('310 EUR')).toEqual({ cents: 31000, unit: '|EUR' });
    expect(cellAmount('1,234.50')).toEqual({ cents: 123450, unit: '|' });
    expect(cellAmount('189,50 €')).toEqual({ cents: 18950, unit: '|€' });
    expect(cellAmount('Kwik Fit')).toBeUndefined();
    const rows = (...quotes: string[]) => quotes.map((quote) => ({ path: '/d/car.csv', quote }));
    expect(rowTotal(true, 'what did it cost?', rows('item: a, cost: £10.00', 'item: b, cost: £2.50'))).toBe(
      '2 rows; their cost adds up to £12.50 (computed, not stated in the documents).',
    );
    // Another currency, another column, a single row, prose, or no money asked: no sum.
    expect(rowTotal(true, 'cost?', rows('item: a, cost: £10', 'item: b, cost: 10 EUR'))).toBeUndefined();
    expect(rowTotal(true, 'cost?', rows('item: a, cost: 10', 'item: b, price: 10'))).toBeUndefined();
    expect(rowTotal(true, 'cost?', rows('item: a, cost: 10'))).toBeUndefined();
    expect(
      rowTotal(true, 'cost?', [{ path: '/d/n.txt', quote: 'cost: 10' }, ...rows('cost: 5')]),
    ).toBeUndefined();
    expect(rowTotal(false, 'when was it?', rows('item: a, cost: 10', 'item: b, cost: 5'))).toBeUndefined();
  });

  it('answers from rows whose subject is only the file name, filtered by the month asked', async () => {
    const { ask } = await learn({
      'car-service.csv': CAR_SERVICE,
      'boat/yard.tsv': BOAT_TSV,
      'notes.md': CAR_NOTES,
    });
    const may = await ask('what did the car service cost in May?');
    expect(may.citations.map((c) => c.lineStart)).toEqual([4, 5]);
    expect(may.answer).toContain('2 rows; their Cost adds up to £429.50'.replace('Cost', 'cost'));
    const kwik = await ask('how much did I spend at Kwik Fit?');
    expect(kwik.citations.map((c) => c.lineStart)).toEqual([2, 4, 5]);
    expect(kwik.answer).toContain(
      '3 rows; their cost adds up to £484.35 (computed, not stated in the documents).',
    );
    // One row: its line, with its cost, and no sum line.
    for (const question of [
      'what did the battery cost?',
      'when was the battery replaced?',
      'which garage did the battery?',
      'what did the car service cost in March?',
    ]) {
      const answer = await ask(question);
      expect(answer.quotes, question).toEqual([
        'Date: 02/03/2026, Item: Battery, Garage: Halfords, Cost: £112.00',
      ]);
      expect(answer.answer, question).not.toContain('adds up');
    }
    const sail = await ask('what did the new sail cost?');
    expect(sail.quotes).toEqual(['date: 2026-06-11, item: new sail, yard: Sailmakers, amount: 95 EUR']);
    // A month no row is dated, a thing no row names: "I don't know", never a neighbouring row.
    for (const question of [
      'what did the car service cost in July?',
      'what did the windscreen cost?',
      'when was the roof replaced?',
      'what did the boat yard cost in May?',
    ]) {
      const answer = await ask(question);
      expect(answer.known, `${question} → ${answer.answer}`).toBe(false);
    }
  });
});
