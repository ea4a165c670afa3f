import { describe, expect, it } from 'vitest';
import { learnPapers as learn } from '../../test/helpers/knowledge.js';
import { statedNumbers } from './numbers.js';
import { asksSigner } from './sign-off.js';

/** Round k15, strangers' HIGH faults: the documents say it, in words the question does not use. */

const OFFER =
  'Offer of employment\n\nDear Sam,\n\nWe are pleased to offer you the position of Data Analyst at Northwind Ltd.\nYour employment starts on 3 March 2025.\nYour salary is £42,000 per year.\n\nKind regards,\nDr Sarah Patel\nHead of People\n';
const CONTRACT =
  '# Employment contract\n\nEmployee: Sam Reid\nStart date: 03/03/2025\nProbation: 6 months\nNotice period: 4 weeks\n';
const TENANCY =
  '# Tenancy agreement\n\nTenant: Sam Reid\nTerm: 12 months from 1 October 2025\nEnd date: 30 September 2026\n\nYours sincerely, J. Smith, Landlord\n';
const GP =
  'Dear Mr Reid,\n\nYour blood test results are normal.\nPlease book a review in six months.\n\nKind regards,\nDr Sarah Patel\nGP\n';
const RECIPE =
  '# Banana bread\n\n## Ingredients\n\n- 3 ripe bananas\n- 200 g flour\n- 100 g sugar\n\n## Method\n\n1. Preheat the oven to 180C.\n2. Mash the bananas in a bowl.\n3. Add the flour and sugar and stir.\n4. Pour into a loaf tin.\n5. Bake for 50 minutes.\n6. Leave to cool for 10 minutes.\n';
const EGGS =
  'Egg salad\n\n- Boil the eggs for 7 minutes.\n- Cool them in cold water.\n- Chop the eggs and mix with mayonnaise.\n';

describe('a job, a lease, a notice: asked in the person’s words (k15 HIGH 1)', () => {
  it('the contract’s start date answers when the job started, under its heading’s word', async () => {
    const { ask } = await learn({ 'contract.md': CONTRACT, 'tenancy.md': TENANCY });
    for (const question of ['when did I start my job?', 'when does my job start?', 'when did I join?']) {
      const a = await ask(question);
      expect(a.known, question).toBe(true);
      expect(a.quotes, question).toEqual(['Start date: 03/03/2025']);
    }
    expect((await ask('what’s my notice period?')).quotes).toEqual(['Notice period: 4 weeks']);
    expect((await ask('when does my lease end?')).quotes).toEqual(['End date: 30 September 2026']);
  });

  it('an offer letter’s sentence answers when the job starts', async () => {
    const { ask } = await learn({ 'offer.txt': OFFER });
    const a = await ask('when did I start my job?');
    expect(a.quotes).toEqual(['Your employment starts on 3 March 2025.']);
    expect(a.citations[0]).toMatchObject({ lineStart: 6, lineEnd: 6 });
  });
});

describe('who signed a letter: its sign-off (k15 HIGH 2)', () => {
  it('reads the question', () => {
    for (const question of [
      'who signed the letter?',
      'who wrote the letter?',
      'who is it from?',
      'who’s the letter from?',
      'who sent it?',
      'who is the sender?',
    ])
      expect(asksSigner(question), question).toBe(true);
    for (const question of ['who is my landlord?', 'where is it from?', 'who lives at number 4?'])
      expect(asksSigner(question), question).toBe(false);
  });

  it('quotes the closing with the name and role under it, or on its line', async () => {
    const { ask } = await learn({ 'gp-letter.txt': GP, 'tenancy.md': TENANCY });
    for (const question of ['who signed the letter?', 'who wrote the letter?', 'who is the letter from?']) {
      const a = await ask(question);
      expect(a.known, question).toBe(true);
      expect(a.quotes, question).toEqual(['Kind regards, Dr Sarah Patel, GP']);
      expect(a.citations[0], question).toMatchObject({ lineStart: 6, lineEnd: 8 });
    }
    const lease = await ask('who signed the tenancy agreement?');
    expect(lease.quotes).toEqual(['Yours sincerely, J. Smith, Landlord']);
    expect(lease.answer).toBe('Yours sincerely, J. Smith, Landlord (tenancy.md:7)');
    // Nothing else named: every letter's sign-off, each cited.
    const any = await ask('who is it from?');
    expect(any.quotes.sort()).toEqual([
      'Kind regards, Dr Sarah Patel, GP',
      'Yours sincerely, J. Smith, Landlord',
    ]);
    // A document no learned file is: no letter's signer stands in.
    expect((await ask('who wrote the report?')).known).toBe(false);
  });

  it('a message is from its From: line, not its closing', async () => {
    const { ask } = await learn({
      'boiler.eml':
        'From: Tom Baker <tom@plumbfix.co.uk>\nTo: Sam <sam@example.org>\nSubject: Boiler service\n\nThe boiler service is booked for Friday.\n\nThanks,\nTom\n',
    });
    expect((await ask('who sent me the email about the boiler?')).quotes).toEqual([
      'From: Tom Baker <tom@plumbfix.co.uk>',
    ]);
  });

  it('a "Signed:" line names the signer', async () => {
    const { ask } = await learn({
      'agreement.md':
        '# Parking agreement\n\nSpace 14 is yours from 1 May.\n\nSigned: Mrs A. Pike (owner)\nSigned: ____\n',
    });
    expect((await ask('who signed the parking agreement?')).quotes).toEqual(['Signed: Mrs A. Pike (owner)']);
  });
});

describe('steps of a procedure by their place (k15 HIGH 3)', () => {
  it('the n-th and the last item of the method, never of the ingredients', async () => {
    const { ask } = await learn({ 'banana-bread.md': RECIPE });
    expect((await ask('what is the second step?')).quotes).toEqual(['Mash the bananas in a bowl.']);
    expect((await ask('what’s the 3rd step?')).quotes).toEqual(['Add the flour and sugar and stir.']);
    const last = await ask('what’s the last step?');
    expect(last.quotes).toEqual(['Leave to cool for 10 minutes.']);
    expect(last.citations[0]).toMatchObject({ lineStart: 16, lineEnd: 16 });
    const tenth = await ask('what is the tenth step?');
    expect(tenth.known).toBe(false);
    expect(tenth.answer).toBe("I don't know: banana-bread.md has 6 steps, no tenth step.");
  });

  it('the step after or before the one named', async () => {
    const { ask } = await learn({ 'banana-bread.md': RECIPE, 'egg-salad.txt': EGGS });
    for (const [question, quote] of [
      ['what do I do after adding the flour?', 'Pour into a loaf tin.'],
      ['what comes before baking?', 'Pour into a loaf tin.'],
      ['what happens after mashing the bananas?', 'Add the flour and sugar and stir.'],
      ['what do I do after boiling the eggs?', 'Cool them in cold water.'],
      ['what’s the step before chopping the eggs?', 'Cool them in cold water.'],
    ] as const)
      expect((await ask(question)).quotes, question).toEqual([quote]);
    const first = await ask('what comes before preheating the oven?');
    expect(first.answer).toBe('That is the first step: Preheat the oven to 180C. (banana-bread.md:11)');
    // "after the tenancy ends" names no step: a lease's bullets are no procedure.
    const { ask: lease } = await learn({
      'lease.md':
        '# Lease\n\n- The tenancy ends on 30 June.\n- The deposit is returned within 10 days.\n- Keys go back to the agent.\n',
    });
    expect((await lease('what happens after the tenancy ends?')).quotes).not.toContain(
      'The deposit is returned within 10 days.',
    );
    // Of two procedures, each one's step: the place of the second step is in both.
    expect((await ask('what is the second step of the egg salad?')).quotes).toEqual([
      'Cool them in cold water.',
    ]);
  });
});

describe('how long a step takes, asked with a broader verb (k15 HIGH 4)', () => {
  it('cooking the eggs is boiling them; boiling is not baking', async () => {
    const { ask } = await learn({ 'banana-bread.md': RECIPE, 'egg-salad.txt': EGGS });
    expect((await ask('how long do I cook the eggs?')).quotes).toEqual(['Boil the eggs for 7 minutes.']);
    expect((await ask('how long do I bake it?')).quotes).toEqual(['Bake for 50 minutes.']);
    expect((await ask('how long do I boil the bread?')).known).toBe(false);
  });
});

describe('every form of a verb (k15 HIGH 5)', () => {
  it('leave is departs, left, departure; fly is a flight', async () => {
    const { ask } = await learn({
      'train.txt': 'Train ticket\n\nFrom: London\nTo: York\nThe train departs at 08:15 from platform 4.\n',
      'trip.txt': 'Trip notes\n\nTom left on 4 May for Lisbon.\nFlight BA 432 London to Lisbon 14:05\n',
      'ferry.txt': 'Ferry to Bergen\nDeparture: 09:30\nArrival: 14:10\n',
    });
    expect((await ask('when does the train leave?')).quotes).toEqual([
      'The train departs at 08:15 from platform 4.',
    ]);
    for (const question of ['when did Tom leave?', 'when did Tom depart?', 'when is Tom leaving?'])
      expect((await ask(question)).quotes, question).toEqual(['Tom left on 4 May for Lisbon.']);
    for (const question of ['when does the ferry leave?', 'when does the ferry depart?'])
      expect((await ask(question)).quotes, question).toEqual(['Departure: 09:30']);
    expect((await ask('when does the ferry arrive?')).quotes).toEqual(['Arrival: 14:10']);
    expect((await ask('when do I fly?')).quotes).toEqual(['Flight BA 432 London to Lisbon 14:05']);
  });
});

describe('identifiers as written (k15 HIGH 6)', () => {
  it('keeps a code’s leading zero, drops a small number’s', () => {
    const named = (text: string) => statedNumbers(text).flatMap((n) => n.named ?? []);
    expect(named('Invoice #0217')).toEqual(['invoic 0217']);
    expect(named('order 00912 and order 912')).toEqual(['order 00912', 'order 912']);
    expect(named('chapter 04')).toEqual(['chapter 4']);
  });

  it('0217 is not 217, and "reference" is "Ref"', async () => {
    const { ask } = await learn({
      'reminder.txt':
        'Payment reminder\n\nInvoice #0217 for the boiler service is still unpaid.\nThe amount of £217 was due on 1 May.\nInvoice 2170 for the gutter repair was paid, thank you.\n',
      'orders.md':
        '# Orders\n\n- Order 00912: blue kettle, delivered\n- Order 912: red toaster, on its way\n',
      'council.txt':
        'Planning office\n\nRef No. 4471: rear extension at 12 Elm Road.\nRef No. 447: loft conversion, refused.\n',
    });
    for (const question of ['what is invoice 0217 for?', 'what is invoice #0217?'])
      expect((await ask(question)).quotes, question).toEqual([
        'Invoice #0217 for the boiler service is still unpaid.',
      ]);
    const other = await ask('what is invoice 217 for?');
    expect(other.known).toBe(false);
    expect(other.answer).toBe(
      "I don't know: your documents have invoices 0217 and 2170, but no invoice 217.",
    );
    expect((await ask('what is order 912?')).quotes).toEqual(['Order 912: red toaster, on its way']);
    expect((await ask('what is order no. 00912?')).quotes).toEqual(['Order 00912: blue kettle, delivered']);
    expect((await ask('what is the reference no. 4471 about?')).quotes).toEqual([
      'Ref No. 4471: rear extension at 12 Elm Road.',
    ]);
    expect((await ask('what is reference 447 about?')).quotes).toEqual([
      'Ref No. 447: loft conversion, refused.',
    ]);
  });
});
