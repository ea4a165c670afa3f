import { describe, expect, it } from 'vitest';
import { learnPapers as learn } from '../../test/helpers/knowledge.js';
import { comparedSides } from './compare.js';
import { documentWords, namesFileType } from './documents.js';
import { askedFields, fieldLabelsOf, labelAnswers } from './fields.js';
import { root } from './lexicon.js';
import { windowOf } from './windows.js';

/** Papers a stranger asked about (issue 10, round 7): none names its kind in its file name or heading. */
const PANCAKES = [
  '# Pancakes',
  '',
  'Whisk two eggs with 250 ml of milk. Add 200 g of flour and a pinch of salt.',
  'Cook on a hot pan for two minutes per side.',
].join('\n');
const BACKUP_SH = [
  '#!/bin/sh',
  '# Nightly backup of the home folder to the NAS.',
  '# Snapshots are kept for 30 days, then deleted.',
  'rsync -a ~/ nas:/backups/home',
].join('\n');
const RESIZE_PY = [
  '"""Resize every photo in the input folder."""',
  'import os',
  '',
  '# The resized photos are written to the output folder, which is created if missing.',
  'OUT = "out"',
].join('\n');
const MARCHE = [
  '# Samedi',
  '',
  'Le marché est ouvert le samedi de 8h à 13h. On y trouve des fromages et des légumes frais.',
].join('\n');
const PEOPLE = [
  'Name: Maria Lopez',
  'Email: maria@example.org',
  'Phone: +33 6 12 34 56 78',
  'Address: 12 Rue Victor Hugo, Lyon',
  'Birthday: 3 May',
  '',
  'Name: Tom Baker',
  'Email: tom@example.org',
  'Phone: 555-0199',
  'Address: 4 Elm Street, Leeds',
  'Birthday: 19 August',
].join('\n');
const PEOPLE_CSV = [
  'name,email,phone,city,birthday',
  'Ana Silva,ana@example.org,555-0101,Porto,12 June',
  'Ben Ode,ben@example.org,555-0102,Lagos,2 July',
].join('\n');
const TEAM_MD = [
  '# Team',
  '',
  '| Name | Phone | Address |',
  '|------|-------|---------|',
  '| Kofi Mensah | 555-0301 | 7 Ring Road, Accra |',
  '| Lena Vogel | 555-0302 | Hauptstr. 5, Berlin |',
].join('\n');

describe('words naming the document are never required of the sentence (round 7 HIGH 1)', () => {
  it('tells document nouns, formats, languages and two-word names from content words', () => {
    const stems = (q: string) => [...documentWords(q.split(' '))].sort();
    expect(stems('what does my recipe say about eggs')).toEqual([root('recipe')]);
    expect(stems('my address book on maria')).toEqual([root('address'), root('book')].sort());
    expect(stems('my python script and the output folder')).toEqual([root('python'), root('script')].sort());
    expect(stems('my french note')).toEqual([root('french'), root('note')].sort());
    // "address", "email", "code", "folder" alone are things asked, not documents; nor verbs.
    expect(stems('maria address email code folder')).toEqual([]);
    expect(stems('when is my flight booked')).toEqual([]);
    expect(stems('how do i log in to the router')).toEqual([]);
    expect(stems('how to book a flight')).toEqual([]);
    expect(namesFileType(root('python'), '/x/resize.py')).toBe(true);
    expect(namesFileType(root('script'), '/x/backup.sh')).toBe(true);
    expect(namesFileType(root('python'), '/x/backup.sh')).toBe(false);
  });

  it('answers "what does my recipe/script/python script/french note say about X?" from the document', async () => {
    const { ask } = await learn({
      'pancakes.md': PANCAKES,
      'backup.sh': BACKUP_SH,
      'resize.py': RESIZE_PY,
      'marche.md': MARCHE,
      'people.txt': PEOPLE,
    });
    expect((await ask('what does my recipe say about eggs?')).quotes).toEqual([
      'Whisk two eggs with 250 ml of milk.',
    ]);
    const snapshots = await ask('what does my backup script say about snapshots?');
    expect(snapshots.quotes).toEqual(['Snapshots are kept for 30 days, then deleted.']);
    expect(snapshots.citations[0]).toMatchObject({ lineStart: 3, lineEnd: 3 });
    expect((await ask('what does my python script do with the output folder?')).quotes).toEqual([
      'The resized photos are written to the output folder, which is created if missing.',
    ]);
    expect((await ask('what does my french note say about le marché?')).quotes).toEqual([
      'Le marché est ouvert le samedi de 8h à 13h.',
    ]);
    expect((await ask('what does my address book say about Maria?')).quotes).toEqual([
      'Name: Maria Lopez',
      'Email: maria@example.org',
      'Phone: +33 6 12 34 56 78',
      'Address: 12 Rue Victor Hugo, Lyon',
      'Birthday: 3 May',
    ]);
  });

  it('keeps "I don\'t know" when the content words are not in the documents', async () => {
    const { ask } = await learn({ 'pancakes.md': PANCAKES, 'backup.sh': BACKUP_SH, 'resize.py': RESIZE_PY });
    for (const question of [
      'what does my recipe say about sugar?',
      'what does my backup script say about retention?',
      'what does my python script say about thumbnails?',
      'what does my french note say about the bakery?',
      'what does my address book say about Zoe?',
    ]) {
      const answer = await ask(question);
      expect(answer.known, question).toBe(false);
      expect(answer.citations, question).toEqual([]);
    }
  });

  it('prefers the document the word names: "my python script" over a shell script saying the same', async () => {
    const { ask } = await learn({
      'resize.py': RESIZE_PY,
      'copy.sh': '#!/bin/sh\n# Copies the output folder to the NAS every night.\nrsync -a out nas:/\n',
    });
    const python = await ask('what does my python script do with the output folder?');
    expect(python.citations.map((c) => c.path.split('/').at(-1))).toEqual(['resize.py']);
    const shell = await ask('what does my shell script do with the output folder?');
    expect(shell.citations.map((c) => c.path.split('/').at(-1))).toEqual(['copy.sh']);
  });
});

describe('the field a question asks for is the line quoted (round 7 HIGH 2)', () => {
  it('maps question words to the labels that answer them', () => {
    expect(fieldLabelsOf(root('live'))?.has(root('address'))).toBe(true);
    expect(fieldLabelsOf(root('born'))?.has(root('birthday'))).toBe(true);
    expect(fieldLabelsOf(root('reach'))?.has(root('phone'))).toBe(true);
    expect(fieldLabelsOf(root('reach'))?.has(root('email'))).toBe(true);
    expect(fieldLabelsOf(root('eggs'))).toBeUndefined();
    expect(labelAnswers('Home address', askedFields([root('live')]))).toBe(true);
    expect(labelAnswers('Mobile', askedFields([root('number')]))).toBe(true);
    expect(labelAnswers('Email', askedFields([root('live')]))).toBe(false);
  });

  it('quotes the asked label line of a record of label lines, with the line naming whose it is', async () => {
    const { ask } = await learn({ 'people.txt': PEOPLE });
    const cases: [string, string][] = [
      ["what's Maria's address?", 'Address: 12 Rue Victor Hugo, Lyon'],
      ['where does Maria live?', 'Address: 12 Rue Victor Hugo, Lyon'],
      ['when is Maria’s birthday?', 'Birthday: 3 May'],
      ['when was Maria born?', 'Birthday: 3 May'],
      ["what's Maria's number?", 'Phone: +33 6 12 34 56 78'],
      ["what's Maria's phone?", 'Phone: +33 6 12 34 56 78'],
      ["what's Maria's mobile?", 'Phone: +33 6 12 34 56 78'],
      ["what's Maria's email?", 'Email: maria@example.org'],
      ['where does Tom live?', 'Address: 4 Elm Street, Leeds'],
      ['when was Tom born?', 'Birthday: 19 August'],
    ];
    for (const [question, line] of cases) {
      const answer = await ask(question);
      const who = question.includes('Tom') ? 'Name: Tom Baker' : 'Name: Maria Lopez';
      expect(answer.quotes, question).toEqual([who, line]);
    }
    for (const [question, line] of [
      ["what's Maria's home address?", 'Address: 12 Rue Victor Hugo, Lyon'],
      ['what city does Maria live in?', 'Address: 12 Rue Victor Hugo, Lyon'],
      ['what is Maria’s phone number?', 'Phone: +33 6 12 34 56 78'],
      ["what's Maria's cell?", 'Phone: +33 6 12 34 56 78'],
      ["what's Tom's e-mail?", 'Email: tom@example.org'],
    ]) {
      const who = (question as string).includes('Tom') ? 'Name: Tom Baker' : 'Name: Maria Lopez';
      expect((await ask(question as string)).quotes, question).toEqual([who, line]);
    }
    expect((await ask('how do I reach Maria?')).quotes).toEqual([
      'Name: Maria Lopez',
      'Email: maria@example.org',
      'Phone: +33 6 12 34 56 78',
    ]);
  });

  it('finds the field in CSV columns and Markdown table columns', async () => {
    const { ask } = await learn({ 'people.csv': PEOPLE_CSV, 'team.md': TEAM_MD });
    const ana = 'name: Ana Silva, email: ana@example.org, phone: 555-0101, city: Porto, birthday: 12 June';
    expect((await ask('where does Ana Silva live?')).quotes).toEqual([ana]);
    expect((await ask('when was Ana born?')).quotes).toEqual([ana]);
    expect((await ask('how do I reach Ben Ode?')).quotes).toEqual([
      'name: Ben Ode, email: ben@example.org, phone: 555-0102, city: Lagos, birthday: 2 July',
    ]);
    expect((await ask('where does Lena Vogel live?')).quotes).toEqual([
      'Name: Lena Vogel; Phone: 555-0302; Address: Hauptstr. 5, Berlin',
    ]);
  });

  it('does not answer for a person or a field the documents lack', async () => {
    const { ask } = await learn({ 'people.txt': PEOPLE, 'people.csv': PEOPLE_CSV });
    for (const question of [
      'where does Zoe live?',
      "what's Maria's fax?",
      'when was Zoe born?',
      'where does Maria work?',
      'what is my home insurance?',
    ]) {
      const answer = await ask(question);
      expect(answer.known, question).toBe(false);
    }
  });
});

describe('an answer split over two sentences is quoted whole (round 7 HIGH 3)', () => {
  const HOUSE = [
    'Heating',
    '',
    'The boiler is in the basement. To reset it, hold the red button for ten seconds.',
    '',
    'The fuse box is in the hall. The spare key hangs next to the door.',
  ].join('\n');

  it('reads a sentence with the one before it when it refers back to it', () => {
    const unit = (text: string, line: number, block = 0) => ({
      text,
      heading: 'h',
      block,
      label: false,
      line,
      lineEnd: line,
    });
    const units = [unit('The boiler is in the basement.', 3), unit('To reset it, hold the button.', 3)];
    expect(windowOf(units, 1)?.text).toBe('The boiler is in the basement.');
    expect(windowOf(units, 0)).toBeUndefined();
    const apart = [unit('The boiler is in the basement.', 3), unit('To reset it, hold it.', 5, 1)];
    expect(windowOf(apart, 1)).toBeUndefined();
    const noBack = [unit('The boiler is in the basement.', 3), unit('Hold the red button.', 3)];
    expect(windowOf(noBack, 1)).toBeUndefined();
  });

  it('quotes the sentence that names the thing and the one that answers', async () => {
    const { ask } = await learn({ 'house.txt': HOUSE });
    const reset = await ask('how do I reset the boiler?');
    expect(reset.quotes).toEqual([
      'The boiler is in the basement. To reset it, hold the red button for ten seconds.',
    ]);
    expect(reset.citations[0]).toMatchObject({ lineStart: 3, lineEnd: 3 });
    expect((await ask('where is the boiler?')).quotes).toEqual(['The boiler is in the basement.']);
    // The spare key's sentence does not refer back to the fuse box: no window, no answer.
    expect((await ask('how do I reset the fuse box?')).known).toBe(false);
  });
});

describe('paraphrases and comparisons (round 7 MEDIUM)', () => {
  const PAPERS = {
    'travel.md': '# Travel documents\n\nMy passport number is X1234567. It is valid until 14 March 2031.\n',
    'household.md':
      '# Household\n\nThe bins are picked up on Tuesdays. Recycling goes out every other week.\n',
    'home.md': '# Home\n\nStreet: 8 Baker Lane\nPostcode: LS6 2AB\n',
    'plans.md': [
      '# Phone plans',
      '',
      'The basic plan costs 10 euros a month and includes 5 GB of data.',
      'The premium plan costs 25 euros a month and includes unlimited data and support.',
    ].join('\n'),
  };

  it('finds the word the papers use for the one asked', async () => {
    const { ask } = await learn(PAPERS);
    expect((await ask('when does my passport expire?')).quotes).toEqual([
      'My passport number is X1234567. It is valid until 14 March 2031.',
    ]);
    for (const question of ["what's the bin collection schedule?", 'when are the bins collected?'])
      expect((await ask(question)).quotes, question).toEqual(['The bins are picked up on Tuesdays.']);
    for (const question of ["what's my postal code?", 'what is my zip code?'])
      expect((await ask(question)).quotes, question).toEqual(['Postcode: LS6 2AB']);
  });

  it('quotes the sentence naming what "it" is, also when the file name names it', async () => {
    const { ask } = await learn({
      'passport.md':
        '# Travel documents\n\nMy passport number is X1234567. It is valid until 14 March 2031.\n',
    });
    expect((await ask('when does my passport expire?')).quotes).toEqual([
      'My passport number is X1234567. It is valid until 14 March 2031.',
    ]);
  });

  it('answers a comparison side by side, and not at all when one side is missing', async () => {
    const { ask } = await learn(PAPERS);
    const both = [
      'The basic plan costs 10 euros a month and includes 5 GB of data.',
      'The premium plan costs 25 euros a month and includes unlimited data and support.',
    ];
    for (const question of [
      "what's the difference between the basic and premium plan?",
      'compare the basic plan with the premium plan',
      'basic plan vs premium plan',
    ])
      expect((await ask(question)).quotes, question).toEqual(both);
    const gold = await ask("what's the difference between the basic and gold plan?");
    expect(gold.known).toBe(false);
    expect(gold.answer).toContain('gold');
    expect(gold.citations).toEqual([]);
    // Paraphrase groups never make an unknown thing known.
    for (const question of ['when does my driving licence expire?', 'when is the glass collected?'])
      expect((await ask(question)).known, question).toBe(false);
  });
});

describe('comparing questions are read as two sides', () => {
  it('splits the sides and gives the first side the noun the second names', () => {
    expect(comparedSides("what's the difference between the basic and the premium plan?")).toEqual([
      'basic plan',
      'premium plan',
    ]);
    expect(comparedSides('compare the train with the bus')).toEqual(['train', 'bus']);
    expect(comparedSides('how does the lease differ from the contract?')).toEqual(['lease', 'contract']);
    expect(comparedSides('what does my lease say about pets?')).toBeUndefined();
  });
});

describe('siblings: per-person headings, vCard labels, windows with "they", negated questions', () => {
  const FRIENDS = [
    '# Friends',
    '',
    '## Maria Lopez',
    'Phone: +33 6 12 34 56 78',
    'Address: 12 Rue Victor Hugo, Lyon',
    '',
    '## Omar Haddad',
    'Tel: 555-0400',
    'Adr: 9 Quay Road, Dublin',
    'DOB: 1990-04-02',
  ].join('\n');
  const NOTES = [
    'Rubbish',
    '',
    'Bins go out on Monday night. They are collected on Tuesday morning.',
    'Sven lives at 3 Harbour Row in Bergen.',
  ].join('\n');

  it('finds the field under a heading that names the person, by vCard-like labels too', async () => {
    const { ask } = await learn({ 'friends.md': FRIENDS, 'notes.txt': NOTES });
    expect((await ask('where does Maria live?')).quotes).toEqual(['Address: 12 Rue Victor Hugo, Lyon']);
    expect((await ask("what's Omar's phone?")).quotes).toEqual(['Tel: 555-0400']);
    expect((await ask('where does Omar live?')).quotes).toEqual(['Adr: 9 Quay Road, Dublin']);
    expect((await ask('when was Omar born?')).quotes).toEqual(['DOB: 1990-04-02']);
    expect((await ask('where doesn’t Maria live?')).answer).not.toContain('doesn');
    // Prose says it in words: "lives" is the question's own word.
    expect((await ask('where does Sven live?')).quotes).toEqual(['Sven lives at 3 Harbour Row in Bergen.']);
    expect((await ask('when are the bins collected?')).quotes).toEqual([
      'Bins go out on Monday night. They are collected on Tuesday morning.',
    ]);
  });
});
