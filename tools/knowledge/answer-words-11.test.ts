import { describe, expect, it } from 'vitest';
import { learnPapers as learn } from '../../test/helpers/knowledge.js';
import { askedKind, freeOfCharge, statesAskedKind } from './asked-kind.js';
import { hangulForms } from './cjk.js';
import { sentenceSpans } from './sentences.js';
import { termOf } from './term.js';

/** Issue 7, stranger round 11: answers in other words than the question's. */
const SOUP = '# Tomato soup\n\nServes 4. Takes 30 minutes.\n\nChop 6 tomatoes and one onion.\n';
const CAKE = '# Lemon cake\n\nFeeds 8 people.\n\nBake at 180 degrees for 40 minutes.\n';
const STEW = '# Bean stew\n\nMakes 6 portions.\nSoak 500 g of beans overnight.\n';
const CLUB = `# Tennis club

Adults pay £120 a year. Juniors play free.
Parking is included in the membership.
Guests are welcome at no extra cost.
Lockers cost €5 a month.
The clubhouse has free weights in the gym.
Feel free to bring a friend on Sundays.
Rackets must be gluten-free.
`;
const LEASE = `# Tenancy agreement

The tenancy starts on 1 March 2026 for a fixed term of 12 months.
The rent is 980 EUR per month.
Pets are allowed with written consent.
The deposit is 2000 EUR.
Notice must be given in writing.
`;
const JOB = `# Employment contract

Your employment starts on 1 April 2026.
Pets are not allowed in the office.
The salary is 50000 EUR a year.
`;
const KOREAN = `# 일정

4월 2일에 치과 예약이 있어요.
5월 10일에 회의가 있어요.
고양이는 사료를 하루에 두 번 먹어요.
2026년 6월 1일: 이사
열쇠는 서랍에 있어요.
`;

describe('a count of people is served, fed or portioned (S11 1)', () => {
  it('answers how many people, servings or portions from "Serves 4", "Feeds 8", "Makes 6 portions"', async () => {
    const { ask } = await learn({ 'soup.md': SOUP, 'cake.md': CAKE, 'stew.md': STEW });
    for (const [question, quote] of [
      ['how many people does the soup serve?', 'Serves 4.'],
      ['how many servings does the soup make?', 'Serves 4.'],
      ['how many portions does the soup make?', 'Serves 4.'],
      ['How many people does the SOUP feed?', 'Serves 4.'],
      ['how many does the cake feed?', 'Feeds 8 people.'],
      ['how many people does the cake serve?', 'Feeds 8 people.'],
      ['how many guests does the cake feed?', 'Feeds 8 people.'],
      ['how many people does the stew feed?', 'Makes 6 portions.'],
      ['how many does the stew serve?', 'Makes 6 portions.'],
    ] as const) {
      const answer = await ask(question);
      expect(answer.quotes, question).toEqual([quote]);
    }
  });

  it('does not take another number for a count of people', async () => {
    const { ask } = await learn({ 'soup.md': SOUP, 'stew.md': STEW });
    // "6 tomatoes", "500 g of beans", "30 minutes": no count of people.
    for (const question of [
      'how many people does the salad serve?',
      'how many tomatoes does the stew need?',
      'how many people does the onion feed?',
    ]) {
      const answer = await ask(question);
      expect(answer.known, `${question}: ${answer.text}`).toBe(false);
    }
    expect((await ask('how many tomatoes does the soup need?')).quotes).toEqual([
      'Chop 6 tomatoes and one onion.',
    ]);
  });
});

describe('nothing to pay answers what something costs (S11 1)', () => {
  it('free, included, at no cost answer a money question', async () => {
    const { ask } = await learn({ 'club.md': CLUB });
    for (const [question, quote] of [
      ['how much do juniors pay?', 'Juniors play free.'],
      ['what do juniors pay?', 'Juniors play free.'],
      ['How much does it cost for juniors?', 'Juniors play free.'],
      ['what does parking cost?', 'Parking is included in the membership.'],
      ['how much is parking?', 'Parking is included in the membership.'],
      ['what is the price of parking?', 'Parking is included in the membership.'],
      ['how much do guests pay?', 'Guests are welcome at no extra cost.'],
      ['how much does a locker cost?', 'Lockers cost €5 a month.'],
      ['how much do adults pay?', 'Adults pay £120 a year.'],
    ] as const) {
      const answer = await ask(question);
      expect(answer.quotes, question).toEqual([quote]);
    }
  });

  it('never quotes "free weights", "feel free" or "gluten-free" as a price', async () => {
    const { ask } = await learn({ 'club.md': CLUB });
    for (const question of [
      'how much do the weights cost?',
      'how much does a friend pay?',
      'what do rackets cost?',
      'how much does the gym cost?',
      'how much is the sauna?',
      'what does the clubhouse cost?',
    ]) {
      const answer = await ask(question);
      expect(answer.known, `${question}: ${answer.text}`).toBe(false);
    }
  });

  it('reads free of charge in several wordings and languages, but not compounds', () => {
    for (const text of [
      'Juniors play free.',
      'Entry is free for members.',
      'Parking is free on Sundays.',
      'Delivery is free of charge.',
      'Guests come at no additional cost.',
      'There is no charge for towels.',
      'Water is included in the rent.',
      'Breakfast is complimentary.',
      'Das Parken ist kostenlos.',
      "L'entrée est gratuite.",
      'El agua está incluida.',
    ])
      expect(freeOfCharge(text), text).toBe(true);
    for (const text of [
      'The bread is gluten-free.',
      'Feel free to call.',
      'The gym has free weights.',
      'Use the hands-free phone.',
      'The flat is free of damp.',
      'I have free time on Monday.',
    ])
      expect(freeOfCharge(text), text).toBe(false);
  });
});

describe('when a term ends, from its start and length (S11 1)', () => {
  it('quotes the start and term and says the end is computed', async () => {
    const { ask } = await learn({ 'lease.md': LEASE });
    for (const question of [
      'when does the lease end?',
      'when does my tenancy end?',
      'When does the lease expire?',
      'when does my lease finish?',
      'when is the lease over?',
    ]) {
      const answer = await ask(question);
      expect(answer.quotes, question).toEqual([
        'The tenancy starts on 1 March 2026 for a fixed term of 12 months.',
      ]);
      expect(answer.answer, question).toMatch(
        /Computed, not stated in the document: 12 months from 1 March 2026 runs to 1 March 2027\./,
      );
    }
    const long = await ask('how long is the lease?');
    expect(long.quotes).toEqual(['The tenancy starts on 1 March 2026 for a fixed term of 12 months.']);
    // "how long" is no end: nothing is computed.
    expect(long.answer).not.toMatch(/Computed/);
  });

  it('an end the document states wins, and no end is made up', async () => {
    const { ask } = await learn({
      'lease.md': `${LEASE}The tenancy ends on 28 February 2027.\n`,
      'gym.md': '# Gym\n\nThe gym opens at 6am on weekdays.\nThe course starts on 3 May 2026.\n',
    });
    const end = await ask('when does the lease end?');
    expect(end.quotes).toEqual(['The tenancy ends on 28 February 2027.']);
    expect(end.answer).not.toMatch(/Computed/);
    // A start without a term, an opening time: no end.
    for (const question of [
      'when does the gym end?',
      'when does the course end?',
      'when does the rent end?',
    ]) {
      const answer = await ask(question);
      expect(answer.known, `${question}: ${answer.text}`).toBe(false);
    }
  });

  it('computes an end by calendar months, weeks and years, from exactly one full date', () => {
    expect(termOf('The tenancy starts on 1 March 2026 for a fixed term of 12 months.')?.end).toBe(
      '1 March 2027',
    );
    expect(termOf('Starts 31 January 2026 for one month.')?.end).toBe('28 February 2026');
    expect(termOf('The course runs from 3 May 2026 for 10 weeks.')?.end).toBe('12 July 2026');
    expect(termOf('Signed 2026-04-01 for a term of 2 years.')?.end).toBe('1 April 2028');
    // No year, two dates, no term: nothing computed.
    expect(termOf('Starts on 1 March for 12 months.')).toBeUndefined();
    expect(termOf('From 1 March 2026 to 3 April 2026 for 12 months.')).toBeUndefined();
    expect(termOf('The tenancy starts on 1 March 2026.')).toBeUndefined();
  });
});

describe('a contract, agreement, lease or tenancy is one kind of document (S11 2)', () => {
  it('a bare "contract" is the lease when it is the only one', async () => {
    const { ask } = await learn({ 'lease.md': LEASE, 'soup.md': SOUP });
    for (const question of [
      'what does my contract say about pets?',
      'what does the contract say about pets?',
      'what does my agreement say about pets?',
      'what does my tenancy agreement say about pets?',
      'what does my lease say about pets?',
      'What does my CONTRACT say about pets?',
    ]) {
      const answer = await ask(question);
      expect(answer.quotes, question).toEqual(['Pets are allowed with written consent.']);
    }
    expect((await ask('what is the deposit for the contract?')).quotes).toEqual(['The deposit is 2000 EUR.']);
    // The soup is no contract: said so, and the soup quoted by its own name.
    expect((await ask('what does my contract say about tomatoes?')).answer).toMatch(
      /^Your contract does not say; soup\.md says:/,
    );
  });

  it('with an employment contract and a lease, a bare "contract" answers from both, naming each', async () => {
    const { ask } = await learn({ 'lease.md': LEASE, 'job.md': JOB });
    const pets = await ask('what does my contract say about pets?');
    expect(pets.citations.map((c) => c.path.split('/').at(-1)).sort()).toEqual(['job.md', 'lease.md']);
    expect(pets.answer).toMatch(/job\.md/);
    expect(pets.answer).toMatch(/lease\.md/);
    // "lease" is only the lease; "employment contract" only the job.
    expect((await ask('what does my lease say about pets?')).quotes).toEqual([
      'Pets are allowed with written consent.',
    ]);
    expect((await ask('what does my lease say about the salary?')).answer).not.toMatch(/lease\.md/);
  });
});

describe('the kind asked in German, French, Spanish, Italian and Portuguese (S11 3)', () => {
  it('reads the question words of each language', () => {
    for (const [question, kind] of [
      ['wann beginnt der Mietvertrag?', 'time'],
      ['quand commence le bail ?', 'time'],
      ['¿cuándo empieza el contrato?', 'time'],
      ['quando inizia il contratto?', 'time'],
      ['a quelle heure ouvre la piscine ?', 'time'],
      ['wo liegt der Schlüssel?', 'place'],
      ['où est la clé ?', 'place'],
      ['¿dónde está la llave?', 'place'],
      ['dove sono le chiavi?', 'place'],
      ['onde fica a chave?', 'place'],
      ['was kostet die Miete?', 'money'],
      ['wie viel ist die Miete?', 'money'],
      ['combien coûte le loyer ?', 'money'],
      ['¿cuánto cuesta el alquiler?', 'money'],
      ['quanto costa l’affitto?', 'money'],
      ['quanto custa o aluguel?', 'money'],
      ['wie viele Schlüssel gibt es?', 'count'],
      ['combien de clés ?', 'count'],
      ['¿cuántas llaves hay?', 'count'],
      ['quante chiavi ci sono?', 'count'],
    ] as const)
      expect(askedKind(question)?.kind, question).toBe(kind);
    // A duration is a time measure, as English "how long" is (S25 MEDIUM 7): not money.
    expect(askedKind('combien de temps dure le trajet ?')).toEqual({ kind: 'measure', measure: 'long' });
    // No particular kind: a weight, a question with no such word.
    for (const question of ['wie viel wiegt der Koffer?', 'qui est le propriétaire ?', 'ou bien le jardin ?'])
      expect(askedKind(question), question).toBeUndefined();
    // English as before.
    expect(askedKind('where is the key?')?.kind).toBe('place');
    expect(askedKind('how much is the rent?')?.kind).toBe('money');
  });

  it('answers with the kind asked and never with another kind', async () => {
    const { ask } = await learn({
      'miete.md':
        '# Mietvertrag\n\nDer Mietvertrag beginnt am 1. März 2026.\nDie Miete beträgt 980 Euro im Monat.\nDer Schlüssel liegt im Keller.\nEs gibt zwei Schlüssel.\nDie Miete wird vom Konto abgebucht.\n',
      'bail.md':
        '# Bail\n\nLe bail commence le 1er mars 2026.\nLe loyer est de 850 euros par mois.\nLa clé est sous le paillasson.\nVous recevez trois clés.\nLe loyer est payé par virement.\n',
      'contrato.md':
        '# Contrato de alquiler\n\nEl alquiler cuesta 700 euros al mes.\nLa llave está en el cajón.\nEl contrato empieza el 1 de abril de 2026.\nEl alquiler se paga por transferencia.\n',
    });
    for (const [question, quote] of [
      ['wann beginnt der Mietvertrag?', 'Der Mietvertrag beginnt am 1. März 2026.'],
      ['was kostet die Miete?', 'Die Miete beträgt 980 Euro im Monat.'],
      ['wie viel ist die Miete?', 'Die Miete beträgt 980 Euro im Monat.'],
      ['wo liegt der Schlüssel?', 'Der Schlüssel liegt im Keller.'],
      ['combien coûte le loyer ?', 'Le loyer est de 850 euros par mois.'],
      ['quand commence le bail ?', 'Le bail commence le 1er mars 2026.'],
      ['où est la clé ?', 'La clé est sous le paillasson.'],
      ['combien de clés ?', 'Vous recevez trois clés.'],
      ['¿cuánto cuesta el alquiler?', 'El alquiler cuesta 700 euros al mes.'],
      ['¿dónde está la llave?', 'La llave está en el cajón.'],
      ['¿cuándo empieza el contrato?', 'El contrato empieza el 1 de abril de 2026.'],
    ] as const) {
      const answer = await ask(question);
      expect(answer.quotes, question).toEqual([quote]);
    }
    // "abgebucht", "virement", "transferencia" say how, not how much nor when.
    const how = await ask('combien coûte le virement ?');
    expect(how.known, how.text).toBe(false);
  });
});

describe('Korean dates and particles (S11 4)', () => {
  it('finds the line of a Korean date, with or without a year or particle', async () => {
    const { ask } = await learn({ 'ko.md': KOREAN });
    for (const [question, quote] of [
      ['4월 2일에 뭐가 있어요?', '4월 2일에 치과 예약이 있어요.'],
      ['2026년 4월 2일에 뭐가 있어요?', '4월 2일에 치과 예약이 있어요.'],
      ['4월 2일 예약은 뭐예요?', '4월 2일에 치과 예약이 있어요.'],
      ['5월 10일에 뭐가 있어요?', '5월 10일에 회의가 있어요.'],
      ['6월 1일에 뭐가 있어요?', '2026년 6월 1일: 이사'],
      ['what is on 2 April?', '4월 2일에 치과 예약이 있어요.'],
    ] as const) {
      const answer = await ask(question);
      expect(answer.quotes, question).toEqual([quote]);
    }
    const none = await ask('7월 3일에 뭐가 있어요?');
    expect(none.known).toBe(false);
    expect(none.answer).toMatch(/3 July/);
  });

  it('finds a noun written with another particle', async () => {
    const { ask } = await learn({ 'ko.md': KOREAN });
    for (const [question, quote] of [
      ['고양이는 뭘 먹어요?', '고양이는 사료를 하루에 두 번 먹어요.'],
      ['고양이가 뭘 먹어요?', '고양이는 사료를 하루에 두 번 먹어요.'],
      ['고양이 뭐 먹어요?', '고양이는 사료를 하루에 두 번 먹어요.'],
      ['열쇠가 어디 있어요?', '열쇠는 서랍에 있어요.'],
      ['열쇠는 어디에 있어요?', '열쇠는 서랍에 있어요.'],
    ] as const) {
      const answer = await ask(question);
      expect(answer.quotes, question).toEqual([quote]);
    }
    // A noun the notes never use, with a particle: not known.
    for (const question of ['강아지는 뭘 먹어요?', '자동차가 어디 있어요?']) {
      const answer = await ask(question);
      expect(answer.known, `${question}: ${answer.text}`).toBe(false);
    }
  });

  it('a noun with and without its particle, and Korean sentences split at a date', () => {
    expect(hangulForms('고양이가')).toEqual(expect.arrayContaining(['고양이', '고양이는', '고양이를']));
    expect(hangulForms('고양이')).toEqual(expect.arrayContaining(['고양이', '고양이는']));
    // A one-syllable noun keeps a weak particle's syllable; Latin words have no forms.
    expect(hangulForms('회의')).toEqual(expect.arrayContaining(['회의', '회의에']));
    expect(hangulForms('회의')).not.toContain('회');
    expect(hangulForms('cat')).toEqual([]);
    const text = '4월 2일에 치과 예약이 있어요. 5월 10일에 회의가 있어요.';
    expect(sentenceSpans(text).map((s) => text.slice(s.start, s.end).trim())).toEqual([
      '4월 2일에 치과 예약이 있어요.',
      '5월 10일에 회의가 있어요.',
    ]);
    // "No. 5" and "approx. 20 people" still go on.
    expect(sentenceSpans('Call approx. 20 people.')).toHaveLength(1);
  });
});

describe('a shared word is no answer (S11 negatives)', () => {
  it('questions sharing one word with the documents stay "I don\'t know"', async () => {
    const { ask } = await learn({ 'soup.md': SOUP, 'club.md': CLUB, 'lease.md': LEASE });
    for (const question of [
      'how much does the soup cost?',
      'when does the soup end?',
      'how many people does the club serve?',
      'how much do tomatoes cost?',
      'what does the notice cost?',
      'how many servings does the onion make?',
      'when does parking end?',
      'how much are pets?',
    ]) {
      const answer = await ask(question);
      expect(answer.known, `${question}: ${answer.text}`).toBe(false);
    }
  });

  it('reads states of kind without a question word the same as before', () => {
    const unit = (text: string) => ({ text, label: false });
    expect(statesAskedKind({ kind: 'money' }, unit('Juniors play free.'), '')).toBe(true);
    expect(statesAskedKind({ kind: 'money' }, unit('Juniors play on Sundays.'), '')).toBe(false);
    expect(statesAskedKind({ kind: 'count', counted: 'people' }, unit('Serves 4.'), '')).toBe(true);
    expect(statesAskedKind({ kind: 'count', counted: 'people' }, unit('Makes 12 muffins.'), '')).toBe(false);
    expect(statesAskedKind({ kind: 'time' }, unit('Der Kurs ist montags.'), '')).toBe(true);
    expect(statesAskedKind({ kind: 'place' }, unit('La clé est sous le paillasson.'), '')).toBe(true);
    expect(
      statesAskedKind({ kind: 'count', counted: 'schlussel' }, unit('Es gibt zwei Schlüssel.'), ''),
    ).toBe(true);
  });
});
