import { describe, expect, it } from 'vitest';
import { learnPapers as learn } from '../../test/helpers/knowledge.js';
import { withoutContractions } from './contractions.js';
import { datesIn, statesDates } from './dates.js';
import { byRoute, homeQuestion, routeAsked, routesIn } from './direction.js';
import { neverRequired } from './lexicon.js';
import { missingNumbered } from './numbered.js';
import { statedNumbers } from './numbers.js';
import { roleQuestion } from './roles.js';

/** A trip of flights, a train and a transfer, each a record with its route (issue 10, stranger round 11). */
const ITINERARY = `Trip to Japan

Flight 1: LH 714 Frankfurt -> Tokyo Haneda
Departs 12 April 2026 at 13:45
Arrives 13 April 2026 at 08:10

Flight 2: Tokyo -> Osaka, NH 23
Departs 14 April 2026 at 09:00
Arrives 14 April 2026 at 10:10

Hotel: Osaka Grand, 14-19 April

Return flight: LH 741 Osaka -> Frankfurt, 19 April 2026 at 10:50
`;
const RAIL = `Rail plan

Train 1: ICE 597 Berlin → Munich
Leaves 3 May 2026 at 07:30
Arrives 3 May 2026 at 11:32

Train 2: ICE 598 Munich → Berlin
Leaves 6 May 2026 at 18:30
Arrives 6 May 2026 at 22:29

Bus: Munich – Salzburg, leaves 4 May 2026 at 09:15
`;
const BUDGET = `month,item,amount,note
2026-01,rent,1100,
2026-02,rent,1100,
2026-03,rent,1175,rent increase
2026-03,groceries,420,
`;
const INSURANCE = `Car insurance

The excess is EUR 300 per claim.
Drivers under 25 pay an extra excess of EUR 200.
`;
const CLUB = `Club des échecs

La cotisation étudiant est de 120 € par an.
Les invités paient 5 € par soirée.
Il est interdit de fumer au club.
`;
const CONTRATO = `Contrato de trabajo

Tienes 30 días de vacaciones al año.
El periodo de prueba es de seis meses.
El preaviso es de 15 días.
`;
const KARTE = `Kreditkarte

Die Jahresgebühr beträgt 49 Euro.
`;
const AQD = `عقد الإيجار

الإيجار الشهري 900 دينار.
التدخين ممنوع في الشقة.
المالك هو السيد أحمد سالم.
`;
const WUYE = `物业说明

物业费每季度交一次，每次600元。
`;

describe('a route goes one way: the record whose destination or origin is asked (S11 HIGH 1)', () => {
  it('reads routes and the ends a question asks', () => {
    const [flight] = routesIn('Flight 1: LH 714 Frankfurt -> Tokyo Haneda');
    expect([...(flight?.from ?? [])]).toEqual(['frankfurt']);
    expect([...(flight?.to ?? [])]).toEqual(['tokyo', 'haneda']);
    expect(routesIn('Train 2: ICE 598 Munich → Berlin')[0]?.to.has('berlin')).toBe(true);
    expect(routesIn('Bus: Munich – Salzburg, leaves at 9')[0]?.to.has('salzburg')).toBe(true);
    expect(routesIn('Transfer from Narita to Shinjuku by limousine bus')[0]?.to.has('shinjuku')).toBe(true);
    // A hyphenated word is no route.
    expect(routesIn('The Wi-Fi password is on the router.')).toEqual([]);
    expect(routeAsked('when does the flight to Frankfurt depart?')).toEqual({ to: 'frankfurt' });
    expect(routeAsked('when does the train from Munich leave?')).toEqual({ from: 'munich' });
    expect(routeAsked('what time is the Munich -> Berlin train?')).toEqual({ from: 'munich', to: 'berlin' });
    expect(routeAsked('what is the wifi password?')).toBeUndefined();
    expect(homeQuestion('when do I fly home?')).toBe('when do I take the return flight?');
    expect(homeQuestion('when is my train home?')).toBe('when is my return train?');
  });

  it('keeps only what goes the asked way, and leaves answers alone when no route names the place', () => {
    const route = (text: string) => routesIn(text)[0];
    const items = ['Frankfurt -> Tokyo', 'Tokyo -> Osaka', 'Osaka -> Frankfurt'];
    expect(byRoute({ to: 'tokyo' }, items, items, route)).toEqual(['Frankfurt -> Tokyo']);
    expect(byRoute({ from: 'tokyo' }, items, items, route)).toEqual(['Tokyo -> Osaka']);
    expect(byRoute({ to: 'frankfurt' }, ['Frankfurt -> Tokyo'], items, route)).toEqual([
      'Osaka -> Frankfurt',
    ]);
    // "how much do I need to pay?": "to pay" names no route's end.
    expect(byRoute({ to: 'pay' }, items, items, route)).toEqual(items);
  });

  it('answers the flight, train and bus asked by where it goes or comes from', async () => {
    const { ask } = await learn({ 'itinerary.txt': ITINERARY, 'rail.md': RAIL });
    const home = await ask('when does the flight to Frankfurt depart?');
    expect(home.quotes.join(' ')).toContain('Osaka -> Frankfurt');
    expect(home.quotes.join(' ')).not.toContain('13:45');
    const tokyo = await ask('what time does my flight to Tokyo arrive?');
    expect(tokyo.quotes.join(' ')).toContain('08:10');
    expect(tokyo.quotes.join(' ')).not.toContain('10:10');
    const fly = await ask('when do I fly home?');
    expect(fly.quotes.join(' ')).toContain('Return flight: LH 741 Osaka -> Frankfurt');
    const osaka = await ask('when does the flight from Tokyo leave?');
    expect(osaka.quotes.join(' ')).toContain('09:00');
    expect(osaka.quotes.join(' ')).not.toContain('13:45');
    const berlin = await ask('when does the train to Berlin arrive?');
    expect(berlin.quotes.join(' ')).toContain('22:29');
    expect(berlin.quotes.join(' ')).not.toContain('11:32');
    const munich = await ask('when does the train to Munich leave?');
    expect(munich.quotes.join(' ')).toContain('07:30');
    expect(munich.quotes.join(' ')).not.toContain('18:30');
    // Nothing goes to Kyoto: no route's end, and no invented quote.
    const kyoto = await ask('when does the flight to Kyoto depart?');
    expect(kyoto.known).toBe(false);
  });
});

describe('a year and month is a date of that month (S11 HIGH 2)', () => {
  it('reads 2026-03, 03/2026, 3/2026, März 2026, Mar-26, 2026年3月 as March 2026, never a day', () => {
    for (const text of [
      '2026-03',
      '03/2026',
      '3/2026',
      '03.2026',
      'März 2026',
      'mars 2026',
      'Mar-26',
      '2026年3月',
    ])
      expect(
        datesIn(text).map((m) => m.readings),
        text,
      ).toEqual([[{ year: 2026, month: 3 }]]);
    expect(datesIn('2026-03-14')[0]?.readings).toEqual([{ year: 2026, month: 3, day: 14 }]);
    // A range of years or a version is no month.
    expect(datesIn('2019-2026')).toEqual([]);
    expect(datesIn('in 2024-26')).toEqual([]);
    expect(statesDates(datesIn('in March'), datesIn('2026-03,rent,1175'))).toBe(true);
    expect(statesDates(datesIn('in 03/2026'), datesIn('2026-03,rent,1175'))).toBe(true);
    expect(statesDates(datesIn('in April'), datesIn('2026-03,rent,1175'))).toBe(false);
  });

  it('answers the rent of a month however the question writes it, and says a month is missing only when it is', async () => {
    const { ask } = await learn({ 'budget.csv': BUDGET });
    for (const question of [
      'how much was the rent in March?',
      'how much was the rent in March 2026?',
      'how much was the rent in 03/2026?',
      'how much was the rent in 3/2026?',
      'what was the rent in 2026-03?',
    ]) {
      const answer = await ask(question);
      expect(answer.quotes.join(' '), question).toContain('1175');
      expect(answer.quotes.join(' '), question).not.toContain('1100');
    }
    const february = await ask('how much was the rent in February?');
    expect(february.quotes.join(' ')).toContain('2026-02');
    expect(february.quotes.join(' ')).not.toContain('1175');
    const april = await ask('how much was the rent in April?');
    expect(april.known).toBe(false);
    expect(april.answer).toMatch(/dated April/);
    const other = await ask('how much was the rent in March 2025?');
    expect(other.known).toBe(false);
  });
});

describe('contractions are function words, never required (S11 MEDIUM 5)', () => {
  it('writes out contractions with any apostrophe, and leaves possessives and elisions', () => {
    expect(withoutContractions("how much do I pay if I'm 22?")).toBe('how much do I pay if I am 22?');
    expect(withoutContractions('what’s the excess if I’ve got a claim?')).toBe(
      'what is the excess if I have got a claim?',
    );
    expect(withoutContractions("we'll, you're, they've, I'd, isn't, don't, doesn't, can't, won't")).toBe(
      'we will, you are, they have, I would, is not, do not, does not, cannot, will not',
    );
    expect(withoutContractions("what is Tom's deadline?")).toBe("what is Tom's deadline?");
    expect(withoutContractions("est-ce qu'on peut fumer dans l'appartement?")).toBe(
      "est-ce qu'on peut fumer dans l'appartement?",
    );
  });

  it('answers questions with contractions as without them', async () => {
    const { ask } = await learn({ 'insurance.txt': INSURANCE });
    for (const question of [
      "how much do I pay if I'm 22 and make a claim?",
      "what's the excess if I've got a claim?",
      'what’s the excess if I’ve got a claim?',
      "what's the excess if you've got a claim?",
      "what excess do I pay if I'd make a claim and I'll be 22?",
      "what's the excess if they've got a claim and I'm under 25?",
    ]) {
      const answer = await ask(question);
      expect(answer.known, `${question}: ${answer.answer}`).toBe(true);
      expect(answer.answer).not.toMatch(/mention "(?:m|ve|ll|re|d|don|won)"/);
    }
    // Sharing words is not answering: no bonus is stated.
    const bonus = await ask("what's the no-claims bonus if I'm 22?");
    expect(bonus.known).toBe(false);
  });
});

describe('question words and light verbs of other languages are never required (S11 MEDIUM 6)', () => {
  it('knows their forms', () => {
    for (const word of [
      'coûte',
      'paie',
      'peut',
      'tengo',
      'dura',
      'necesito',
      'hoch',
      'kostet',
      'posso',
      'custa',
      'كم',
      'هل',
      'من',
    ])
      expect(neverRequired(word.toLowerCase(), true), word).toBe(true);
    // In an English question they are words like any other.
    expect(neverRequired('dura', false)).toBe(false);
  });

  it('answers French, Spanish, German, Arabic and Chinese questions by their subject', async () => {
    const { ask } = await learn({
      'club.txt': CLUB,
      'contrato.txt': CONTRATO,
      'karte.txt': KARTE,
      'aqd.txt': AQD,
      'wuye.txt': WUYE,
    });
    const expected: [string, string][] = [
      ['combien coûte la cotisation étudiant?', '120 €'],
      ['combien paie un invité?', '5 €'],
      ["est-ce qu'on peut fumer au club?", 'interdit de fumer'],
      ['¿cuántos días de vacaciones tengo?', '30 días'],
      ['¿cuánto dura el periodo de prueba?', 'seis meses'],
      ['wie hoch ist die Jahresgebühr?', '49 Euro'],
      ['was kostet die Jahresgebühr?', '49 Euro'],
      ['كم الإيجار الشهري؟', '900'],
      ['هل التدخين مسموح؟', 'ممنوع'],
      ['من هو المالك؟', 'أحمد سالم'],
      ['什么时候交物业费?', '每季度'],
    ];
    for (const [question, quote] of expected) {
      const answer = await ask(question);
      expect(answer.quotes.join(' '), `${question}: ${answer.answer}`).toContain(quote);
    }
    // Sharing question words is not answering: nothing on parking, a deposit or a pet.
    for (const question of ['combien coûte le parking?', '¿cuánto cuesta la fianza?', 'هل الحيوانات مسموحة؟'])
      expect((await ask(question)).known, question).toBe(false);
  });
});

describe('a code counting numbers is said as written (S11 LOW 7)', () => {
  it('never lowercases or pluralises "LH"', async () => {
    expect(statedNumbers('flight LH 715').find((n) => n.named)?.word).toBe('LH');
    expect(missingNumbered('LH', '715', ['714', '741'])).toBe(
      "I don't know: your documents have LH 714 and 741, but no LH 715.",
    );
    expect(missingNumbered('part', '12', ['1', '2', '3'])).toBe(
      "I don't know: your documents have parts 1–3, but no part 12.",
    );
    const { ask } = await learn({ 'itinerary.txt': ITINERARY });
    const answer = await ask('does flight LH 715 have seat 32K?');
    expect(answer.known).toBe(false);
    expect(answer.answer).not.toMatch(/\blhs?\b/);
  });
});

const MINUTES = `Meeting minutes, 5 March 2026

Action items:
- Omar Farouk: renew the SSL certificate by 20 March
- Tom: update the wiki by 20 March
- Lena: book the venue by 1 April
- Backups: check the restore script (owner: Priya)
`;

describe('who does a task and by when: action items (S11 HIGH 4)', () => {
  it('reads roles and deadlines asked as who and when', () => {
    expect(roleQuestion('who is responsible for the SSL certificate?')).toBe('who the SSL certificate?');
    expect(roleQuestion("who's in charge of the backups?")).toBe('who the backups?');
    expect(roleQuestion('who has to update the wiki?')).toBe('who update the wiki?');
    expect(roleQuestion("what is Tom's deadline?")).toBe("when is Tom's due?");
    expect(roleQuestion("what's the deadline for the venue?")).toBe('when is due the venue?');
    expect(roleQuestion('who owns the bakery?')).toBe('who owns the bakery?');
    expect(roleQuestion('what is the rent?')).toBe('what is the rent?');
  });

  it("answers who is responsible, who has to or will, and a person's or a task's deadline", async () => {
    const { ask } = await learn({ 'minutes.md': MINUTES });
    const expected: [string, string][] = [
      ['who is responsible for the SSL certificate?', 'Omar Farouk: renew the SSL certificate'],
      ["what is Tom's deadline?", 'Tom: update the wiki by 20 March'],
      ['who has to update the wiki?', 'Tom: update the wiki'],
      ['who will book the venue?', 'Lena: book the venue'],
      ["what's the deadline for the venue?", 'by 1 April'],
      ["what is Lena's deadline?", 'by 1 April'],
      ['who is in charge of the backups?', '(owner: Priya)'],
    ];
    for (const [question, quote] of expected) {
      const answer = await ask(question);
      expect(answer.quotes.join(' '), `${question}: ${answer.answer}`).toContain(quote);
    }
    const omar = await ask('who is responsible for the SSL certificate?');
    expect(omar.quotes.join(' ')).not.toContain('Tom');
    // Nobody named for catering, no deadline of Anna's: no invented quote.
    for (const question of [
      'who is responsible for the catering?',
      "what is Anna's deadline?",
      'who has to pay the rent?',
    ])
      expect((await ask(question)).known, question).toBe(false);
  });
});

const FEES = `Fees

The student fee is 120 € per year.
My salary is 42.000 euros a year.
`;

describe('a yes/no question asking an amount not stated is answered by the amount stated (S11 HIGH 3)', () => {
  it('quotes the real amount of the subject, saying the asked one differs', async () => {
    const { ask } = await learn({ 'insurance.txt': INSURANCE, 'fees.txt': FEES });
    const expected: [string, string][] = [
      ['is the excess EUR 400?', 'EUR 300'],
      ['is the student fee 150 €?', '120 €'],
      ['is my salary 45.000 euros?', '42.000 euros'],
      ['is the student fee 150 euros a year?', '120 €'],
    ];
    for (const [question, quote] of expected) {
      const answer = await ask(question);
      expect(answer.quotes.join(' '), `${question}: ${answer.answer}`).toContain(quote);
      expect(answer.answer).toMatch(/^Not /);
    }
    // The amount stated is said as it is; a subject with no amount stays unknown.
    expect((await ask('is the excess EUR 300?')).answer).not.toMatch(/^Not /);
    for (const question of ['is the parking fee 20 €?', 'is the deposit EUR 400?', 'what costs EUR 400?'])
      expect((await ask(question)).known, question).toBe(false);
  });
});
