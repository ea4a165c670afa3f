import { describe, expect, it } from 'vitest';
import { learnPapers as learn } from '../../test/helpers/knowledge.js';
import { amountAsked, headFraming, identifierAsked, periodAsked, statesPeriod } from './precision.js';

/** Issue 10, stranger round 13: a line answers only when it carries the thing asked and a value of its kind. */
const GYM = `# Gym membership

Studio: FitWell Mitte
Monthly fee: 39.90 EUR
Guests pay 10 EUR per visit when they come with a member.
Opening hours: Monday to Friday 6:00-23:00
Cancellation: 4 weeks to the end of the month
`;
const PHONE = `# Mobile phone contract

Provider: Telora
Tariff: Unlimited L
Monthly price: 24.99 EUR
Notice period: 3 months to the end of the minimum term
Minimum term: 24 months
Connection fee: 29.99 EUR once
`;
const INTERNET = `Internet contract

The router costs 99 EUR once.
The tariff is 34.99 EUR per month for the first 12 months.
The contract can be cancelled with one month's notice.
`;
const HANDY = `# Handyvertrag

Grundgebühr: 19,99 € monatlich
Anschlussgebühr: 39,99 € einmalig
Kündigungsfrist: 3 Monate zum Ende der Laufzeit
`;
const PISCINE = `# Abonnement piscine

Tarif mensuel : 25 €
Entrée unique : 6 €
Préavis : un mois
`;
const CAR_INSURANCE = `# Car insurance

Annual premium: 480 EUR
Excess: 300 EUR per claim
The policy renews every year on 1 March.
`;
const WASHER = `# Washing machine WM-700 manual

Weight: 68 kg
Capacity 7 kg
Height: 85 cm
Width: 60 cm

## Error codes

E18: the door is not locked
E21: the drain is blocked
F05: water heater fault
`;
const DRYER = `# Dryer manual

## Fault table

| Code | Meaning |
| --- | --- |
| D07 | the door is open |
| D12 | the filter is full |
`;
const CAR_SERVICE = `date,garage,service,cost
2025-03-12,AutoFix Berlin,oil change,89.00
2025-09-30,AutoFix Berlin,tyre change,45.00
2026-02-14,Müller Garage,inspection,210.00
`;
const HOUSE_CODES = `# House

Front door code: 4711
The garage opens with 2580.
The alarm code is 1234, to be entered within 30 seconds.
`;
const HEALTH = `# Health notes

Blood pressure 120/80 at the check-up on 3 March 2026.
Allergy: penicillin
Doctor: Dr. Maria Keller, phone 030 5551234
`;
const HOLIDAY = `# Holiday itinerary

Train: ICE 1001 Berlin -> Munich, 4 August at 08:30
Hotel: Alpenblick, 4-10 August
Train back: ICE 1002 Munich -> Berlin, 10 August at 17:15
`;
const EMPLOYMENT = `# Employment contract

The employee receives 25 days annual leave per calendar year.
The gross salary is 4,200 EUR per month.
The probation period is six months.
`;
const CHORES = `# Household tasks

Anna: boiler service every October
Ben: clean the gutters
Clara: mow the lawn
David: check the smoke alarms
`;
const BOILER = `# Boiler

Model: Vaillant ecoTEC plus
Installed: 2019
Repairs: Heizung Meier GmbH, phone 030 123456
`;

const unknown = async (
  ask: (q: string) => Promise<{ known: boolean; text: string }>,
  questions: string[],
) => {
  for (const question of questions) {
    const answer = await ask(question);
    expect(answer.known, `${question} → ${answer.text}`).toBe(false);
    expect(answer.text, question).toMatch(/^I don't know/);
  }
};

describe('reading what a question asks (issue 10, stranger round 13)', () => {
  it('reads a rate’s period, in six languages, and leaves how often alone', () => {
    expect(periodAsked('how much is the gym per month?')).toEqual({
      period: 'month',
      question: 'how much is the gym?',
    });
    expect(periodAsked('what does my phone cost a month?')?.period).toBe('month');
    expect(periodAsked('how much is the monthly rent?')).toEqual({
      period: 'month',
      question: 'how much is the rent?',
    });
    expect(periodAsked('wie viel kostet der Handyvertrag pro Monat?')?.period).toBe('month');
    expect(periodAsked('combien coûte la piscine par mois ?')?.period).toBe('month');
    expect(periodAsked('how much is the insurance per year?')?.period).toBe('year');
    expect(periodAsked('how much do I earn per hour?')?.period).toBe('hour');
    // Not a rate: how often, a question of no amount, nothing named besides the period.
    expect(periodAsked('do I take it twice a day?')).toBeUndefined();
    expect(periodAsked('when is the monthly meeting?')).toBeUndefined();
    expect(periodAsked('how much per month?')).toBeUndefined();
    // "annual leave" is leave, no rate asked per year.
    expect(periodAsked('how much annual leave do I get?')).toBeUndefined();
    expect(statesPeriod('Monthly fee: 39.90 EUR', 'month')).toBe(true);
    expect(statesPeriod('24.99 EUR/mo', 'month')).toBe(true);
    expect(statesPeriod('Grundgebühr: 19,99 € monatlich', 'month')).toBe(true);
    expect(statesPeriod('Annual premium: 480 EUR', 'year')).toBe(true);
    expect(statesPeriod('Cancellation: 4 weeks to the end of the month', 'month')).toBe(false);
  });

  it('reads a head noun, an identifier’s owner and an amount’s thing', () => {
    expect([...headFraming('what is my blood type?')]).toEqual(['type']);
    expect([...headFraming('what type of car do I have?')]).toEqual([]);
    expect([...headFraming('what kind of allergy do I have?')]).toEqual([]);
    expect(identifierAsked('what is the door code?')).toEqual({ kind: 'code', owner: ['door'] });
    expect(identifierAsked('what is my garage door code?')?.owner).toEqual(['garag', 'door']);
    expect(identifierAsked('what is the gas meter number?')?.owner).toEqual(['ga', 'meter']);
    // Whose, by a name: the person's records answer as they did.
    expect(identifierAsked("what is Anna's phone number?")).toBeUndefined();
    expect(identifierAsked('which code means the door is not locked?')).toBeUndefined();
    expect(amountAsked('how much holiday do I get?', undefined)).toBe('holiday');
    expect(amountAsked('how much is the gym?', { kind: 'money' })).toBeUndefined();
    expect(amountAsked('how much does it cost?', undefined)).toBeUndefined();
  });
});

describe('a line answers with the thing asked and a value of its kind (issue 10, stranger round 13)', () => {
  it('answers a rate per month with the monthly line, in any wording or language', async () => {
    const { ask } = await learn({
      'gym.md': GYM,
      'phone-contract.md': PHONE,
      'internet.txt': INTERNET,
      'handyvertrag.md': HANDY,
      'piscine.md': PISCINE,
      'car-insurance.md': CAR_INSURANCE,
    });
    for (const [question, quote] of [
      ['how much is the gym per month?', 'Monthly fee: 39.90 EUR'],
      ['what does the gym cost a month?', 'Monthly fee: 39.90 EUR'],
      ['how much is the gym monthly?', 'Monthly fee: 39.90 EUR'],
      ['how much is my phone contract per month?', 'Monthly price: 24.99 EUR'],
      ['what do I pay for my phone each month?', 'Monthly price: 24.99 EUR'],
      ['how much is the internet per month?', 'The tariff is 34.99 EUR per month for the first 12 months.'],
      ['wie viel kostet der Handyvertrag pro Monat?', 'Grundgebühr: 19,99 € monatlich'],
      ['combien coûte la piscine par mois ?', 'Tarif mensuel : 25 €'],
      ['how much is the car insurance per year?', 'Annual premium: 480 EUR'],
    ] as const)
      expect((await ask(question)).quotes, question).toEqual([quote]);
    // Without a period: the amounts the gym states, never the cancellation line beside them.
    const gym = await ask('how much is the gym?');
    expect(gym.quotes).toContain('Monthly fee: 39.90 EUR');
    expect(gym.quotes.join('\n')).not.toContain('Cancellation');
    // Asked per month of what the documents never price: I don't know.
    await unknown(ask, ['how much is parking per month?', 'how much is the pool table per month?']);
  });

  it('answers an identifier of the thing asked, never a code that only mentions it', async () => {
    const { ask } = await learn({
      'washer-manual.md': WASHER,
      'dryer.md': DRYER,
      'car-service.csv': CAR_SERVICE,
      'health.md': HEALTH,
    });
    await unknown(ask, [
      'what is the door code?',
      'what is the front door code?',
      'what is my garage code?',
      'what is the code for the garage?',
      'what is the drain code?',
      'what is the filter number?',
      'what is my blood type?',
      'what is the heater pin?',
    ]);
    // The same documents still answer what they hold.
    expect((await ask('what does E18 mean?')).quotes).toEqual(['E18: the door is not locked']);
    expect((await ask('what is the error code for a blocked drain?')).quotes).toEqual([
      'E21: the drain is blocked',
    ]);
    expect((await ask('when was the inspection at Müller Garage?')).quotes.join('\n')).toContain(
      '2026-02-14',
    );
    expect((await ask('what is my blood pressure?')).quotes).toEqual([
      'Blood pressure 120/80 at the check-up on 3 March 2026.',
    ]);
    expect((await ask('what kind of allergy do I have?')).quotes).toEqual(['Allergy: penicillin']);
    // Where the codes are there, they answer (k29: a door code is withheld unless asked for, as a
    // PIN is; asked for here).
    const house = await learn(
      { 'house.md': HOUSE_CODES, 'washer-manual.md': WASHER },
      { includeSecrets: true },
    );
    for (const [question, quote] of [
      ['what is the door code?', 'Front door code: 4711'],
      ['what is the front door code?', 'Front door code: 4711'],
      ['what is the code for the front door?', 'Front door code: 4711'],
      ['what is the garage code?', 'The garage opens with 2580.'],
      ['what is the alarm code?', 'The alarm code is 1234, to be entered within 30 seconds.'],
    ] as const)
      expect((await house.ask(question)).quotes, question).toEqual([quote]);
    const typed = await learn({ 'health.md': `${HEALTH}Blood type: A positive\n` });
    expect((await typed.ask('what is my blood type?')).quotes).toEqual(['Blood type: A positive']);
  });

  it('answers holiday by the leave granted, not by a file named Holiday', async () => {
    const both = await learn({ 'Holiday itinerary.md': HOLIDAY, 'employment-contract.md': EMPLOYMENT });
    for (const question of [
      'how much holiday do I get?',
      'how many holiday days do I have?',
      'how much vacation do I get?',
      'how many vacation days do I get per year?',
    ])
      expect((await both.ask(question)).quotes, question).toEqual([
        'The employee receives 25 days annual leave per calendar year.',
      ]);
    expect((await both.ask('how much is my salary per month?')).quotes).toEqual([
      'The gross salary is 4,200 EUR per month.',
    ]);
    const trip = await learn({ 'Holiday itinerary.md': HOLIDAY });
    await unknown(trip.ask, ['how much holiday do I get?', 'how many holiday days do I have?']);
    // The itinerary still answers what it says.
    expect((await trip.ask('when does the train to Munich leave?')).quotes.join('\n')).toContain('08:30');
  });

  it('quotes the one line of the measure or role asked alone', async () => {
    const { ask } = await learn({ 'washer-manual.md': WASHER, 'chores.md': CHORES, 'boiler.md': BOILER });
    for (const [question, quote] of [
      ['how heavy is the washing machine?', 'Weight: 68 kg'],
      ['how much does the washing machine weigh?', 'Weight: 68 kg'],
      ['how tall is the washing machine?', 'Height: 85 cm'],
      ['how wide is the washing machine?', 'Width: 60 cm'],
      ['how much can the washing machine hold?', 'Capacity 7 kg'],
      ['who is responsible for the boiler?', 'Anna: boiler service every October'],
      ['who is in charge of the gutters?', 'Ben: clean the gutters'],
      ['who takes care of the lawn?', 'Clara: mow the lawn'],
    ] as const)
      expect((await ask(question)).quotes, question).toEqual([quote]);
    await unknown(ask, ['who is responsible for the windows?', 'how heavy is the dryer?']);
  });
});
