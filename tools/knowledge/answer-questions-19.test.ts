import { describe, expect, it } from 'vitest';
import { learnPapers as learn } from '../../test/helpers/knowledge.js';

/** Round k19 (S29 M3, S27 M8): plain questions whose answer is in the documents, worded otherwise. */

const BOOKING =
  '# Gite booking\n\nArrival from 4pm on Saturday.\n\n## Access\n\nThe key is in a key safe by the blue door; the code is 2580.\nParking is on the gravel drive.\n';
const NOTES = Object.fromEntries(
  [12, 14, 16, 17, 19].map((n) => [
    `logs/note${n}.txt`,
    `Archive note ${n}: the storage unit ${n} code is ${1102 + n}.\n`,
  ]),
);

describe('a compound noun, asked in either order (S29 M3, S27 M8)', () => {
  it('"the key safe code", "the code for the key safe": the sentence that goes on to "the code is"', async () => {
    const { ask } = await learn({ 'booking.md': BOOKING });
    for (const q of ['what is the key safe code?', 'what is the code for the key safe?', 'key safe code']) {
      const a = await ask(q);
      expect(a.quotes, q).toEqual(['The key is in a key safe by the blue door; the code is 2580.']);
    }
    // Another thing's code is still not there.
    expect((await ask('what is the garage code?')).known).toBe(false);
  });

  it('"the storage unit 17 code" after a label: that note, not its siblings', async () => {
    const { ask } = await learn(NOTES);
    for (const q of [
      'what is the storage unit 17 code?',
      'what is the code for storage unit 17?',
      'storage unit 17 code',
    ]) {
      const a = await ask(q);
      expect(a.quotes, q).toEqual(['Archive note 17: the storage unit 17 code is 1119.']);
    }
    expect((await ask('what is the storage unit 18 code?')).known).toBe(false);
  });
});

const PAYSLIP =
  'ACME LTD                      PAYSLIP May 2025\nEmployee: J Smith             Tax code 1257L\n\nPAYMENTS                        DEDUCTIONS\nBasic salary   2,900.00         Income tax      412.00\nOvertime         180.50         National Ins    215.30\n                                Pension contribution  108.20\n\nGross pay   3,080.50\nNet pay   2,345.00\n';

describe('question words around a label: "what is my net pay?" (S29 M3)', () => {
  it('an amount in pounds and pence with no currency answers "how much" and "what is"', async () => {
    const { ask } = await learn({ 'payslip.txt': PAYSLIP });
    for (const q of ['net pay?', 'what is my net pay?', 'how much is my net pay?', 'what is the net pay?'])
      expect((await ask(q)).quotes, q).toEqual(['Net pay 2,345.00']);
    expect((await ask('what was my gross pay?')).quotes).toEqual(['Gross pay 3,080.50']);
    expect((await ask('how much was my pension contribution?')).quotes).toEqual([
      'Pension contribution 108.20',
    ]);
    expect((await ask('how much overtime did I get paid?')).quotes[0]).toMatch(/^Overtime 180\.50/u);
    // Not stated: still not known.
    expect((await ask('how much was my bonus?')).known).toBe(false);
    expect((await ask('what is my holiday pay?')).known).toBe(false);
  });
});

const FERRY =
  '# Ferry\n\n## Outbound\nPortsmouth to St Malo, Brittany Ferries\nDeparts: 20:15\nArrives: 08:15 next day\n\n## Return\nSt Malo to Portsmouth\nDeparts: 10:30\nArrives: 15:15\n';

describe('a verb asked of a route\'s record: "depart from", "arrive back in" (S29 M3)', () => {
  it('the line of the leg that goes the way asked', async () => {
    const { ask } = await learn({ 'ferry.md': FERRY });
    const cases: [string, string][] = [
      ['when does the ferry leave Portsmouth?', 'Departs: 20:15'],
      ['what time does the ferry depart from Portsmouth?', 'Departs: 20:15'],
      ['what time does the ferry arrive back in Portsmouth?', 'Arrives: 15:15'],
      ['when does the ferry get back to Portsmouth?', 'Arrives: 15:15'],
      ['when does the ferry arrive in St Malo?', 'Arrives: 08:15 next day'],
      ['what time does the ferry leave St Malo?', 'Departs: 10:30'],
    ];
    for (const [q, quote] of cases) expect((await ask(q)).quotes, q).toEqual([quote]);
    expect((await ask('what time does the ferry arrive in Cherbourg?')).known).toBe(false);
  });
});

const BACKUP =
  '[repository]\nhost = "nas.local"\nssh_port = 2202\n\n[retention]\nkeep_daily = 7\nkeep_weekly = 4\nkeep_monthly = 12\n';

describe('a config key by its words: keep_monthly, ssh_port (S29 M3)', () => {
  it('the period and verb asked are the key\'s words; "config" names the file', async () => {
    const { ask } = await learn({ 'backup.toml': BACKUP });
    expect((await ask('how many monthly backups are kept?')).quotes).toEqual([
      'retention › keep_monthly = 12',
    ]);
    expect((await ask('how many daily backups do I keep?')).quotes).toEqual(['retention › keep_daily = 7']);
    expect((await ask('what is the ssh port in my backup config?')).quotes).toEqual([
      'repository › ssh_port = 2202',
    ]);
    expect((await ask('how many yearly backups are kept?')).known).toBe(false);
  });
});

describe('a doer, a way, a unit, a time from an event, a thing worn (S29 M3, LOW)', () => {
  it('"the surveyor" is read as the survey when no document says surveyor', async () => {
    const { ask } = await learn({
      'survey.md':
        '# Home survey report\n\n## Roof\nThe roof tiles are in fair condition.\n\n## Damp\nRising damp was found in the rear wall of the kitchen.\n',
    });
    expect((await ask('what did the surveyor say about damp?')).quotes).toEqual([
      'Rising damp was found in the rear wall of the kitchen.',
    ]);
    expect((await ask('what did the plumber say about damp?')).known).toBe(false);
  });

  it('"24 to 120 hours before returning" says when', async () => {
    const { ask } = await learn({
      'packing.md':
        '# Packing for France\n\n- Passports\n- Tapeworm treatment for Biscuit: 24 to 120 hours before returning to the UK\n',
    });
    expect((await ask('when does Biscuit need his tapeworm treatment?')).quotes).toEqual([
      'Tapeworm treatment for Biscuit: 24 to 120 hours before returning to the UK',
    ]);
    expect((await ask('when does Biscuit need his rabies jab?')).known).toBe(false);
  });

  it('"how many miles did I drive": the Miles column, though "drive" is only a gravel drive', async () => {
    const { ask } = await learn({
      'mileage.tsv':
        'Trip\tDate\tMiles\nClient visit Leeds\t2025-05-12\t84\nClient visit York\t2025-05-20\t61\n',
      'booking.md': 'Parking is on the gravel drive.\n',
    });
    expect((await ask('how many miles did I drive to Leeds?')).quotes).toEqual([
      'Trip: Client visit Leeds, Date: 2025-05-12, Miles: 84',
    ]);
    expect((await ask('how many miles did I drive to Glasgow?')).known).toBe(false);
  });

  it('"what should my child wear": the sentence naming the clothes', async () => {
    const { ask } = await learn({
      'school-letter.md':
        '# Sports day\n\nSports day is on Friday 13 June. Please send your child in trainers and a white t-shirt.\nBring a water bottle.\n',
    });
    expect((await ask('what should my child wear for sports day?')).quotes).toEqual([
      'Please send your child in trainers and a white t-shirt.',
    ]);
    expect((await ask('what should my child wear for the school trip?')).known).toBe(false);
  });

  it('"how do I contact my landlord?": the From: line of the email from the landlord, not To:', async () => {
    const { ask } = await learn({
      'email-from-landlord.eml':
        'From: Mark Jones <mark.jones@lettings.example>\nTo: me@example.com\nSubject: Boiler service next week\nDate: Mon, 12 May 2025 09:00:00 +0100\n\nHi,\n\nThe boiler service is booked for Tuesday at 10am.\n\nThanks,\nMark\n',
    });
    expect((await ask('how do I contact my landlord?')).quotes).toEqual([
      'From: Mark Jones <mark.jones@lettings.example>',
    ]);
    expect((await ask('how do I contact the plumber?')).known).toBe(false);
  });
});

const NEWSLETTER =
  '<html><body>\n<h1>June Newsletter</h1>\n<h2>Sports Day</h2>\n<p>Sports Day will be held on <strong>Friday 20 June</strong> at 10:00 on the field behind\nDidsbury Park. Please send your child in trainers and a named sun hat.</p>\n</body></html>\n';

describe('"when is sports day?" (S29 M3)', () => {
  it('the sentence with the date, not the one about a sun hat; the hat answers what to wear', async () => {
    const { ask } = await learn({ 'newsletter.html': NEWSLETTER });
    const date = 'Sports Day will be held on Friday 20 June at 10:00 on the field behind Didsbury Park.';
    expect((await ask('when is sports day?')).quotes).toEqual([date]);
    expect((await ask('what time is sports day?')).quotes).toEqual([date]);
    expect((await ask('what should my child wear for sports day?')).quotes).toEqual([
      'Please send your child in trainers and a named sun hat.',
    ]);
  });
});
