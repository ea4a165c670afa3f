import { describe, expect, it } from 'vitest';
import { learnPapers as learn } from '../../test/helpers/knowledge.js';
import { amountsAsked, centsOf, statesAmount } from './amounts.js';
import { assignedName } from './code-fields.js';
import { datesIn, statesDates } from './dates.js';
import { sentenceSpans } from './sentences.js';
import { vcardLine } from './vcard.js';

/** Issue 10, stranger round 9 (S12): amounts, years, ordinal dates, vCards, code fields, fences. */

const TENANCY = `---
title: Harbour flat
tenant: Mira Kowalski
---
# Tenancy — 9 Quay Street

## Parties
Landlord: Tomas Berg
Tenant: Mira Kowalski

## Rent
The monthly rent is 980 EUR, due on the 1st of each month.
A late fee of 35 EUR applies after seven days.

## Pets
Birds are allowed. Dogs over 15 kg are not permitted.

\`\`\`
rent: 5555
pets: none
\`\`\`
`;
const SPENDING =
  'date,category,vendor,amount\n2026-02-11,books,Thalia,27.40\n2026-03-09,doctor,Dr Haas,85.00\n2026-05-02,furniture,Hornbach,132.99\n';
const NOTIZEN =
  '# Notizen zum Haus\nDer Schornsteinfeger kommt am 1. Oktober vorbei.\nDas Fest ist vom 1. bis 3. März 2027 geplant.\nDer Garten wird am 12. Mai 2026 gemäht.\n';
const FRIENDS =
  'BEGIN:VCARD\nVERSION:3.0\nFN:Sigrid Haugen\nN:Haugen;Sigrid;;;\nTEL;TYPE=CELL:+47 913 22 118\nEMAIL;TYPE=INTERNET:sigrid@example.no\nADR;TYPE=HOME:;;Kirkegata 4;Bergen;;5003;Norway\nEND:VCARD\nBEGIN:VCARD\nVERSION:3.0\nFN:Luc Moreau\nTEL;TYPE=CELL:+33 6 44 55 66 77\nEMAIL:luc@example.fr\nEND:VCARD\n';
const SYNC_PY =
  '#!/usr/bin/env python3\n"""Weekly sync script: mirrors ~/music to the server at 03:15."""\nimport shutil\n\nSERVER_HOST = "music.lan"\nKEEP_DAYS = 30  # keep snapshots for one month\n\ndef go():\n    # copy the music folder to the server\n    shutil.copytree("/home/me/music", f"//{SERVER_HOST}/sync")\n\nif __name__ == "__main__":\n    go()\n';

describe('amounts and years asked are stated, or "I don\'t know" (S12 HIGH 2)', () => {
  it('reads an amount however written, in cents', () => {
    expect(
      ['85 EUR', '€85', '85,00 €', 'EUR 85', '85 euros', '$85.00'].map(
        (q) => amountsAsked(`what is ${q} for?`)[0]?.cents,
      ),
    ).toEqual([8500, 8500, 8500, 8500, 8500, 8500]);
    expect(amountsAsked('what was 132.99 for?')[0]?.cents).toBe(13299);
    expect(amountsAsked('what is 85\u0001 EUR for?')[0]?.cents).toBe(8500);
    expect(amountsAsked('what is 85\u200b€ for?')[0]?.cents).toBe(8500);
    expect(amountsAsked('what happens at 10:30?')).toEqual([]);
    expect(amountsAsked('what is module 4?')).toEqual([]);
    expect(centsOf('1.150,00')).toBe(115000);
    expect(centsOf('1,150')).toBe(115000);
    expect(statesAmount('2026-03-09,doctor,Dr Haas,85.00', 8500)).toBe(true);
    expect(statesAmount('A late fee of 45 EUR applies.', 8500)).toBe(false);
    expect(statesAmount('Dogs over 85 kg are not permitted.', 8500)).toBe(false);
    expect(statesAmount('Phone: +1 555 0085', 8500)).toBe(false);
    expect(statesAmount('Company: Firm 85', 8500)).toBe(false);
    expect(statesAmount('The bill came to 85 EUR.', 8500)).toBe(true);
    expect(statesAmount('Total: EUR 85', 8500)).toBe(true);
  });

  it('a year or amount the documents do not state is "I don\'t know", naming it', async () => {
    const { ask } = await learn({ 'flat/tenancy.md': TENANCY, 'money/spending.csv': SPENDING });
    for (const [question, named] of [
      ['what was the rent in 2019?', '2019'],
      ['what is the 2019 rent?', '2019'],
      ['what is 700 EUR for?', '700 EUR'],
      ['what did I pay 999 EUR for?', '999 EUR'],
      ['what costs €15?', '€15'],
    ] as const) {
      const answer = await ask(question);
      expect(answer.known, `${question} → ${answer.text}`).toBe(false);
      expect(answer.text).toContain(named);
    }
  });

  it('finds the row that states the amount, however the question writes it; never another amount', async () => {
    const { ask } = await learn({ 'flat/tenancy.md': TENANCY, 'money/spending.csv': SPENDING });
    for (const question of [
      'what costs 85 EUR?',
      'what was the 85 EUR payment?',
      'what is €85 for?',
      'what was the 85,00 € for?',
      'what did I spend EUR 85 on?',
    ]) {
      const answer = await ask(question);
      expect(
        answer.citations.map((c) => [c.path.split('/').pop(), c.lineStart]),
        question,
      ).toEqual([['spending.csv', 3]]);
      expect(answer.text).not.toContain('35 EUR');
    }
    const bare = await ask('what was 132.99 for?');
    expect(bare.quotes).toHaveLength(1);
    expect(bare.quotes[0]).toContain('Hornbach');
    expect((await ask('what is the 35 EUR fee?')).quotes).toEqual([
      'A late fee of 35 EUR applies after seven days.',
    ]);
  });
});

describe('ordinal dates: "am 1. Oktober" is one sentence and a date (S12 HIGH 4)', () => {
  it("never ends a sentence at a day number's period", () => {
    const cut = (text: string) => sentenceSpans(text).map(({ start, end }) => text.slice(start, end).trim());
    expect(cut('Die Heizung wird am 1. Oktober eingeschaltet. Danach ist es warm.')).toEqual([
      'Die Heizung wird am 1. Oktober eingeschaltet.',
      'Danach ist es warm.',
    ]);
    expect(cut('Das Fest ist vom 1. bis 3. März geplant.')).toHaveLength(1);
    expect(cut('Wir wohnen im 2. Stock. Der Lift ist kaputt.')).toHaveLength(2);
    expect(cut('I have 2. Then I left.')).toHaveLength(2);
  });

  it('reads ordinal dates and day ranges in German, French, Spanish and English', () => {
    const asked = datesIn('1 October');
    for (const text of [
      'am 1. Oktober',
      'le 1er octobre',
      'el 1º de octubre',
      'el 1.º de octubre',
      'the 1st October',
      'on 1st of October',
    ])
      expect(statesDates(asked, datesIn(text)), text).toBe(true);
    const range = datesIn('vom 1. bis 3. März 2027');
    expect(statesDates(datesIn('2 March 2027'), range)).toBe(true);
    expect(statesDates(datesIn('4 March 2027'), range)).toBe(false);
    expect(statesDates(datesIn('2 March'), datesIn('du 1er au 3 mars'))).toBe(true);
  });

  it('quotes the whole sentence and finds it by the date, asked in German or English', async () => {
    const { ask } = await learn({
      'de/notizen.md': NOTIZEN,
      'fr/notes.md': '# Notes de la maison\nLe chauffage est allumé le 1er octobre.\n',
      'es/notas.md': '# Notas de casa\nLa piscina abre el 1º de junio.\n',
    });
    expect((await ask('Schornsteinfeger')).quotes).toEqual([
      'Der Schornsteinfeger kommt am 1. Oktober vorbei.',
    ]);
    expect((await ask('Wann kommt der Schornsteinfeger?')).quotes).toEqual([
      'Der Schornsteinfeger kommt am 1. Oktober vorbei.',
    ]);
    expect((await ask('Was ist am 1. Oktober?')).quotes).toContain(
      'Der Schornsteinfeger kommt am 1. Oktober vorbei.',
    );
    for (const question of ['what happens on 1 October?', 'what is on the 1st of October?']) {
      const answer = await ask(question);
      expect(answer.quotes, question).toContain('Der Schornsteinfeger kommt am 1. Oktober vorbei.');
      expect(answer.quotes, question).toContain('Le chauffage est allumé le 1er octobre.');
    }
    expect((await ask('Was ist am 2. März 2027?')).quotes).toEqual([
      'Das Fest ist vom 1. bis 3. März 2027 geplant.',
    ]);
    expect((await ask('what is on 1 June?')).quotes).toEqual(['La piscina abre el 1º de junio.']);
    expect((await ask('Was ist am 12. Mai 2026?')).quotes).toEqual([
      'Der Garten wird am 12. Mai 2026 gemäht.',
    ]);
  });
});

describe('a vCard is a record of label lines (S12 MEDIUM 6)', () => {
  it('reads each property as the label line a person writes', () => {
    expect(vcardLine('TEL;TYPE=CELL:+47 913 22 118')).toBe('Phone (cell): +47 913 22 118');
    expect(vcardLine('ADR;TYPE=HOME:;;Kirkegata 4;Bergen;;5003;Norway')).toBe(
      'Address (home): Kirkegata 4, Bergen, 5003, Norway',
    );
    expect(vcardLine('EMAIL;TYPE=INTERNET:a@b.no')).toBe('Email: a@b.no');
    expect(vcardLine('item1.EMAIL;type=WORK;type=pref:w@b.no')).toBe('Email (work): w@b.no');
    expect(vcardLine('N:Haugen;Sigrid;;Dr.;')).toBe('Name parts: Dr. Sigrid Haugen');
    expect(vcardLine('NOTE:Call after 6\\, not before')).toBe('Note: Call after 6, not before');
    expect(vcardLine('BEGIN:VCARD')).toBe('');
    expect(vcardLine('VERSION:3.0')).toBe('');
  });

  it("answers a person's phone, address and email from their own card, naming whose", async () => {
    const { ask } = await learn({ 'contacts/friends.vcf': FRIENDS });
    const luc = await ask("what is Luc Moreau's phone?");
    expect(luc.quotes).toEqual(['Name: Luc Moreau', 'Phone (cell): +33 6 44 55 66 77']);
    expect(luc.citations.map((c) => c.lineStart)).toEqual([11, 12]);
    expect((await ask("what is Sigrid's phone number?")).quotes).toEqual([
      'Name: Sigrid Haugen',
      'Phone (cell): +47 913 22 118',
    ]);
    expect((await ask('where does Sigrid live?')).quotes).toEqual([
      'Name: Sigrid Haugen',
      'Address (home): Kirkegata 4, Bergen, 5003, Norway',
    ]);
    const email = await ask("what is Sigrid's email?");
    expect(email.quotes).toEqual(['Name: Sigrid Haugen', 'Email: sigrid@example.no']);
    expect(email.citations.map((c) => c.lineStart)).toEqual([3, 6]);
    expect((await ask("what is Luc's address?")).known).toBe(false);
  });
});

describe('source code: assignments are fields, bare code never answers (S12 MEDIUM 7)', () => {
  it('reads an assignment of a literal as a named field', () => {
    expect(assignedName('NAS_HOST = "nas.local"')).toBe('nas host');
    expect(assignedName('RETENTION_DAYS = 14  # keep backups for two weeks')).toBe('retention days');
    expect(assignedName('export const maxRetries: number = 3;')).toBe('max retries');
    expect(assignedName('def run():')).toBeUndefined();
    expect(assignedName('x = compute(y)')).toBeUndefined();
    expect(assignedName('if a == 3:')).toBeUndefined();
  });

  it('answers from the field, the comment and the docstring; never from def go(): or go()', async () => {
    const { ask } = await learn({ 'scripts/sync.py': SYNC_PY });
    expect((await ask('what is the server host?')).quotes).toEqual(['SERVER_HOST = "music.lan"']);
    expect((await ask('how long are snapshots kept?')).quotes).toEqual([
      'KEEP_DAYS = 30 # keep snapshots for one month',
    ]);
    expect((await ask('what time does the sync run?')).quotes).toEqual([
      'Weekly sync script: mirrors ~/music to the server at 03:15.',
    ]);
    const does = await ask('what does my python script do?');
    expect(does.quotes).toEqual(['Weekly sync script: mirrors ~/music to the server at 03:15.']);
    expect(does.citations[0]?.lineStart).toBe(2);
    for (const question of ['how long does it go?', 'what does go do?']) {
      const answer = await ask(question);
      expect(answer.quotes.join('\n'), question).not.toMatch(/^(?:def go\(\):|go\(\))$/mu);
    }
  });

  it('names the document as the question said it when it does not say', async () => {
    const { ask } = await learn({
      'scripts/sync.py': SYNC_PY,
      'notes.md': '# Notes\nThe cat is fed at noon.\n',
    });
    const answer = await ask('what does my python script say about the garden?');
    expect(answer.known).toBe(false);
    expect(answer.text).not.toMatch(/your python does/u);
  });
});

describe('Markdown fences and front matter (S12 LOW)', () => {
  it('never quotes a fence as a fact; cites the body beside the front matter', async () => {
    const { ask } = await learn({ 'flat/tenancy.md': TENANCY });
    const rent = await ask('what is the rent?');
    expect(rent.text).not.toContain('5555');
    expect(rent.quotes[0]).toBe('The monthly rent is 980 EUR, due on the 1st of each month.');
    const pets = await ask('are pets allowed?');
    expect(pets.text).not.toMatch(/pets: none|```/u);
    const tenant = await ask('who is the tenant?');
    expect(tenant.citations.map((c) => c.lineStart)).toContain(9);
  });

  it('a date asked alone quotes the line dated so, not the whole record', async () => {
    const { ask } = await learn({
      'people.txt':
        'Name: Olaf Berg\nPhone: +47 400 11 222\nBirthday: 9 July 1985\n\nName: Keiko Sato\nPhone: +81 80 2222 3333\nEmail: keiko@example.jp\nBirthday: 2 March 1990\n',
    });
    const answer = await ask('what is on the 2nd of march?');
    expect(answer.quotes).toEqual(['Name: Keiko Sato', 'Birthday: 2 March 1990']);
  });
});
