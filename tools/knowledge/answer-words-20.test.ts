import { describe, expect, it } from 'vitest';
import { learnPapers as learn } from '../../test/helpers/knowledge.js';
import { askedOf, followUpQuestion } from './follow-up.js';

/**
 * Round k20 (S32 H3, M2–M5): a question's own words — a hedge, a typo, a compound, a short form —
 * never veto an answer the documents plainly give; a follow-up naming nothing stays on its subject.
 */

const TENANCY = [
  'ASSURED SHORTHOLD TENANCY AGREEMENT',
  '',
  '1. The Tenant shall not keep any pets at the Property without the prior written consent of the Landlord.',
  '2. The Landlord is responsible for repairs to the boiler, which is serviced annually in October.',
  '',
].join('\n');
const DOCTOR = [
  'Dear Ms Ramsden,',
  '',
  'Please book a repeat blood test in February 2027. You do not need to',
  'fast before the repeat test.',
  '',
  'Yours sincerely,',
  'Dr Samuel Adeyemi',
  '',
].join('\n');
const WARRANTY = [
  'Bosch Serie 4 washing machine, model WAN28281GB.',
  'Purchased from Currys on 22.08.2024.',
  '',
  'Warranty: 2 years parts and labour from the date of purchase.',
  '',
].join('\n');
const INSURANCE = [
  'MOTOR INSURANCE SCHEDULE - Policy No. HX-448210-C',
  '',
  'Courtesy car          Included only when repaired by approved repairer',
  'Compulsory excess     £250',
  '',
].join('\n');
const MEETING = [
  '# Residents meeting',
  '',
  'Actions:',
  '- Tomasz to get three quotes for fixing the front gate by 30 November.',
  '- Priya to email the council about the street light.',
  '',
].join('\n');
const GYM = [
  'From: PureGym Harbourside <noreply@puregym.example>',
  'Subject: Welcome to PureGym - your membership details',
  '',
  'Membership number: 88120457',
  'Monthly fee: £24.99',
  'Your door PIN: 55201',
  '',
].join('\n');
const TERMS = [
  'Please find below the term dates.',
  'Autumn term begins on Thursday 3 September 2026 and ends on',
  'Friday 18 December 2026. Half term will be Monday 26 October to',
  'Friday 30 October 2026.',
  '',
  'Spring term begins Monday 4 January 2027 and ends Friday 26 March 2027.',
  '',
].join('\n');
const NEWSLETTER = [
  '<html><body>',
  '<h1>Cycling Club - November Newsletter</h1>',
  '<p>Our <b>Christmas social</b> will be held on Friday 11 December at The Old Bookshop, from 7:30pm. Tickets are £12 and include a buffet.</p>',
  '<p>Whisk the eggs with the cheese. Boil the pasta for 9 minutes.</p>',
  '</body></html>',
  '',
].join('\n');
const RECIPES = ['# Banana bread', '', 'Oven: 180°C (160°C fan). Bake for 55 minutes.', ''].join('\n');
const TAX = ['Tax year summary', '', 'Student loan (Plan 2) repaid: £643.00', ''].join('\n');
const GERMAN = [
  'Sehr geehrte Frau Ramsden,',
  '',
  'es ergibt sich eine Nachzahlung in Höhe von 214,60 €. Bitte',
  'überweisen Sie den Betrag bis zum 15. November 2026 auf das',
  'bekannte Konto.',
  '',
].join('\n');
const TRIP = [
  'Year 7 residential trip to Mont-Saint-Michel',
  '',
  'The trip costs £185 per pupil, payable in three instalments.',
  '',
].join('\n');

describe('a hedge, a modal or a permission verb of the question is no word to find (S32 H3, M4)', () => {
  it('answers from the sentence that states it, a "no" too', async () => {
    const { ask } = await learn({
      'tenancy.txt': TENANCY,
      'doctor.txt': DOCTOR,
      'washing_machine_warranty.txt': WARRANTY,
      'insurance.txt': INSURANCE,
      'meeting.md': MEETING,
    });
    const cases: [string, string][] = [
      ['does the tenancy allow pets', 'The Tenant shall not keep any pets'],
      ['am I allowed to keep a cat', 'The Tenant shall not keep any pets'],
      ['can I keep a dog?', 'The Tenant shall not keep any pets'],
      ['is the washing machine still under warranty?', 'Warranty: 2 years parts and labour'],
      ['is the courtesy car always included', 'Included only when repaired by approved repairer'],
      ['what is Tomasz supposed to do', 'Tomasz to get three quotes for fixing the front gate'],
      ['do I need to fast before the blood test?', 'You do not need to fast before the repeat test.'],
      ['do i need to fast b4 my blood test', 'You do not need to fast before the repeat test.'],
    ];
    for (const [question, quote] of cases) {
      const a = await ask(question);
      expect(a.known, `${question}: ${a.text}`).toBe(true);
      expect(a.quotes.join('\n'), question).toContain(quote);
    }
  });

  it('still says what no document mentions, and names no document by "to do"', async () => {
    const { ask } = await learn({ 'tenancy.txt': TENANCY, 'meeting.md': MEETING });
    const trampoline = await ask('can I keep a trampoline?');
    expect(trampoline.known).toBe(false);
    expect(trampoline.text).toContain('"trampoline"');
    // k31: a parrot is a pet, so the tenancy's pets clause answers it (it was "not mentioned" here).
    const parrot = await ask('can I keep a parrot?');
    expect(parrot.quotes.join('\n')).toContain('shall not keep any pets');
    // "supposed to do" is an infinitive, never "your to" (S32 M5).
    const supposed = await ask('what is Dev supposed to do?');
    expect(supposed.text).not.toMatch(/\byour to\b/);
    const list = await ask('what is on my to do list about the bins?');
    expect(list.text).not.toMatch(/\byour to\b/);
  });
});

describe('compound names, short forms and word forms (S32 H3, M3, M4)', () => {
  it('finds the answer however the question writes the words', async () => {
    const { ask } = await learn(
      {
        'welcome.eml': GYM,
        'terms.txt': TERMS,
        'insurance.txt': INSURANCE,
        'recipes.md': RECIPES,
        'tax.txt': TAX,
        'brief.txt': GERMAN,
        'trip.txt': TRIP,
        'washing_machine_warranty.txt': WARRANTY,
        'newsletter.html': NEWSLETTER,
      },
      { includeSecrets: true },
    );
    const cases: [string, string][] = [
      // "PureGym" is a gym, though the file's name no longer says so.
      ['what is my gym door pin', 'Your door PIN: 55201'],
      ['how much is the gym per month', 'Monthly fee: £24.99'],
      ['when does autumn half term start', 'Half term will be Monday 26 October to Friday 30 October 2026.'],
      ['what is the policy number', 'Policy No. HX-448210-C'],
      ['what temp for the banana bread', 'Oven: 180°C (160°C fan).'],
      ['what temprature for the banana bread', 'Oven: 180°C (160°C fan).'],
      ['how much student loan did I repay', 'Student loan (Plan 2) repaid: £643.00'],
      ['wann muss ich die Nachzahlung überweisen?', 'überweisen Sie den Betrag bis zum 15. November 2026'],
      ['how much is the Mont-Saint-Michel trip', 'The trip costs £185 per pupil'],
      ['is the washer under warranty', 'Warranty: 2 years parts and labour'],
      ['how much are tickets for the christmas social', 'Tickets are £12 and include a buffet.'],
    ];
    for (const [question, quote] of cases) {
      const a = await ask(question);
      expect(a.known, `${question}: ${a.text}`).toBe(true);
      expect(a.quotes.join('\n'), question).toContain(quote);
    }
    // The sentence before says the eggs, but this one boils the pasta: no answer of the eggs.
    expect((await ask('how long do I boil the eggs?')).quotes.join('\n')).not.toContain('Boil the pasta');
    expect((await ask('what temprature for the banana bread')).text).toContain(
      'I read "temprature" as "temperature".',
    );
  });

  it('reads no number sign into a word, and no camel-case head into a plain word', async () => {
    const { ask } = await learn({ 'tenancy.txt': TENANCY, 'welcome.eml': GYM }, { includeSecrets: true });
    // "no need" is no number; "PureGym" says gym, not "pure".
    expect((await ask('what is the pure water number?')).known).toBe(false);
  });
});

describe('a follow-up naming nothing of its own asks of the subject before (S32 M2)', () => {
  it('reads what the earlier question asked of', () => {
    expect(askedOf('when does spring term start?')).toBe('spring term');
    expect(askedOf("when's the garden clean up")).toBe('the garden clean up');
    expect(askedOf('when do I pay?')).toBeUndefined();
    expect(followUpQuestion('what time?', "when's the garden clean up")).toBe(
      'what time for the garden clean up?',
    );
    expect(followUpQuestion('and when does it end?', 'when does spring term start?')).toBe(
      'and when does the spring term end?',
    );
    // A follow-up with a subject of its own is asked as said.
    expect(followUpQuestion('and where is the next meeting?', "when's the garden clean up")).toBe(
      'and where is the next meeting?',
    );
  });

  it('answers "and where …?" as a "where" question', async () => {
    const { ask } = await learn({
      'meeting.md': [
        '# Residents meeting',
        '',
        'Decisions:',
        '- The communal garden clean-up will be on Saturday 5 December 2026 at 10am.',
        '',
        'Next meeting: Wednesday 20 January 2027, 7pm, at no. 31.',
        '',
      ].join('\n'),
    });
    const a = await ask('and where is the next meeting?');
    expect(a.quotes).toEqual(['Next meeting: Wednesday 20 January 2027, 7pm, at no. 31.']);
  });
});
