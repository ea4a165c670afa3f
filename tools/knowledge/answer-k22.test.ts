import { describe, expect, it } from 'vitest';
import { learnPapers as learn } from '../../test/helpers/knowledge.js';
import { CRESTLINE_OFFER as OFFER } from '../../test/helpers/papers.js';
import { asksDeadline, asksDeadlineOnly, statesDeadline } from './deadline.js';
import { roleLines } from './fallback-fit.js';
import { stem } from './text.js';
import { statesValueKind } from './value-kinds.js';

/**
 * Round k22 (S35): a question asking a kind of value — where (an address), by when (a deadline),
 * who (a person in a role) — answered by a line whose label or wording differs from the question's
 * ("Premises: …", "Please reply by … to accept."), and never by a line of another kind. The
 * stranger's lease and offer letter, and siblings written anew: a car lease, a gym contract, a
 * school letter, a water bill and a rental listing.
 */

const LEASE = [
  '# Residential Lease Agreement',
  '',
  'Landlord: Harborview Properties LLC. Tenant: Dana Whitfield.',
  'Premises: 42 Alder Street, Apartment 3B, Portland, OR.',
  '',
  '## Rent',
  'Monthly rent is $1,850, due on the 1st of each month. A late fee of $75 applies if rent is received after the 5th.',
  '',
  '## Pets',
  'Pets are not allowed, except one cat with written approval and a $300 pet deposit. Dogs are prohibited.',
  '',
].join('\n');

const CAR = [
  '# Vehicle Lease Agreement',
  '',
  'Lessee: Omar Haddad. Lessor: Northgate Auto Finance Ltd.',
  'Pick-up location: Northgate Motors, 18 Kingsway, Leeds LS1 4AB.',
  '',
  '## Term',
  'The agreement runs for 36 months from 1 March 2025.',
  'Return the vehicle no later than 28 February 2028.',
  '',
].join('\n');

const GYM = [
  'IronWorks Gym - Membership Contract',
  '',
  'Member: Priya Nair',
  'Club: IronWorks Riverside, Unit 7, Canal Wharf, Bristol BS1 6QA',
  'Membership fee: £42 per month',
  '',
].join('\n');

const SCHOOL = [
  'Maple Grove Primary School',
  'Office: 9 Chestnut Lane, Harrogate HG2 8PL',
  '',
  'Dear Parents of Year 4,',
  '',
  'Our class trip to the Eureka Science Museum will take place on Thursday 14 May 2026.',
  'The cost of the trip is £18 per child.',
  'Consent forms and payment are due by 1 May 2026.',
  '',
].join('\n');

const WATER = [
  'BrightWater Utilities - Water bill',
  'Account holder: Sam Ortiz',
  'Supply address: 77 Willow Road, Flat 2, Cardiff CF10 3AT',
  'Bill date: 3 November 2026',
  'Amount due: £64.20',
  'Payment due date: 24 November 2026',
  '',
].join('\n');

const LISTING = [
  '# Two-bed flat to rent',
  '',
  'Property: 15 Harbour View, Apartment 12, Brighton BN2 5UF.',
  'Available from 1 January 2027.',
  'Applications close on 10 December 2026.',
  'Agent: Coastline Lettings, ask for Jamie Reed.',
  '',
].join('\n');

describe('an address asked of a line labelled otherwise (S35 item 1)', () => {
  it('a street address or a postcode is an address, however its line is labelled', () => {
    const address = stem('address');
    expect(statesValueKind(address, 'Premises: 42 Alder Street, Apartment 3B, Portland, OR.')).toBe(true);
    expect(statesValueKind(address, 'Club: IronWorks Riverside, Unit 7, Canal Wharf, Bristol BS1 6QA')).toBe(
      true,
    );
    expect(statesValueKind(address, 'Pick-up location: Northgate Motors, 18 Kingsway, Leeds')).toBe(true);
    expect(statesValueKind(address, 'Admin page: 192.168.1.254')).toBe(true);
    // No address: money, a date, a count of things.
    expect(statesValueKind(address, 'Monthly rent is $1,850, due on the 1st of each month.')).toBe(false);
    expect(statesValueKind(address, 'Please reply by October 24, 2025 to accept.')).toBe(false);
    expect(statesValueKind(address, 'Serves 4 People with Rice')).toBe(false);
  });

  it('answers "where do I live?" and "the address of the apartment" with the Premises line', async () => {
    const { ask } = await learn({ 'lease.md': LEASE, 'letter.txt': OFFER });
    for (const question of [
      'what is the address of the apartment?',
      'where do I live?',
      'where do I reside?',
      'what is my address?',
    ]) {
      const answer = await ask(question);
      expect(answer.quotes, question).toEqual(['Premises: 42 Alder Street, Apartment 3B, Portland, OR.']);
      expect(answer.citations[0]?.lineStart).toBe(4);
    }
    // The landlord's address is not the premises; no postcode is stated.
    expect((await ask('what is the address of the landlord?')).known).toBe(false);
    expect((await ask("what is my landlord's address?")).known).toBe(false);
    expect((await ask('what is the postcode?')).known).toBe(false);
  });

  it('answers siblings: a club, a school office, a property to rent, a pick-up location', async () => {
    const { ask } = await learn({
      'car_lease.md': CAR,
      'gym_contract.txt': GYM,
      'school_letter.txt': SCHOOL,
      'water_bill.txt': WATER,
      'rental_listing.md': LISTING,
    });
    expect((await ask("what is the gym's address?")).quotes).toEqual([
      'Club: IronWorks Riverside, Unit 7, Canal Wharf, Bristol BS1 6QA',
    ]);
    expect((await ask("what is the school's address?")).quotes).toEqual([
      'Office: 9 Chestnut Lane, Harrogate HG2 8PL',
    ]);
    expect((await ask('what is the address of the flat to rent?')).quotes).toEqual([
      'Property: 15 Harbour View, Apartment 12, Brighton BN2 5UF.',
    ]);
    expect((await ask('what is the supply address?')).quotes).toEqual([
      'Supply address: 77 Willow Road, Flat 2, Cardiff CF10 3AT',
    ]);
    expect((await ask('what is the address of the pick-up location?')).quotes).toEqual([
      'Pick-up location: Northgate Motors, 18 Kingsway, Leeds LS1 4AB.',
    ]);
    // Not in these papers: no address is invented.
    expect((await ask('what is the address of the bank?')).known).toBe(false);
    expect((await ask('where is the dentist?')).known).toBe(false);
  });
});

describe('a deadline asked of a line worded otherwise (S35 item 2)', () => {
  it('reads which questions ask by when and which lines state a deadline', () => {
    expect(asksDeadlineOnly('by when must I accept the offer?')).toBe(true);
    expect(asksDeadlineOnly('what is the deadline to return the car?')).toBe(true);
    expect(asksDeadlineOnly('when must the trip be paid by?')).toBe(true);
    expect(asksDeadlineOnly('when is the rent due?')).toBe(false);
    expect(asksDeadline('when is the rent due?')).toBe(true);
    expect(asksDeadline('when does the lease begin?')).toBe(false);
    expect(statesDeadline('Please reply by October 24, 2025 to accept.')).toBe(true);
    expect(statesDeadline('Return the vehicle no later than 28 February 2028.')).toBe(true);
    expect(statesDeadline('Applications close on 10 December 2026.')).toBe(true);
    expect(statesDeadline('Amount due: £64.20')).toBe(false);
    expect(statesDeadline('Our class trip will take place on Thursday 14 May 2026.')).toBe(false);
  });

  it('answers "by when must I accept the offer?" with the reply-by line', async () => {
    const { ask } = await learn({ 'lease.md': LEASE, 'letter.txt': OFFER });
    for (const question of [
      'by when must I accept the offer?',
      'what is the deadline to accept the offer?',
    ]) {
      const answer = await ask(question);
      expect(answer.quotes, question).toEqual(['Please reply by October 24, 2025 to accept.']);
      expect(answer.citations[0]?.lineStart).toBe(7);
    }
    // The start date is no deadline; the lease states none for the pet deposit.
    expect((await ask('when is the offer deadline?')).quotes).not.toContain(
      expect.stringMatching(/starting November 3/u),
    );
    expect((await ask('by when must I pay the pet deposit?')).known).toBe(false);
    expect((await ask('by when must I renew my passport?')).known).toBe(false);
  });

  it('answers siblings: no later than, due by, closes, a payment due date', async () => {
    const { ask } = await learn({
      'car_lease.md': CAR,
      'gym_contract.txt': GYM,
      'school_letter.txt': SCHOOL,
      'water_bill.txt': WATER,
      'rental_listing.md': LISTING,
    });
    const quoted = async (question: string) => (await ask(question)).quotes;
    expect(await quoted('what is the deadline to return the car?')).toEqual([
      'Return the vehicle no later than 28 February 2028.',
    ]);
    expect(await quoted('by when must I return the car?')).toEqual([
      'Return the vehicle no later than 28 February 2028.',
    ]);
    expect(await quoted('when must the trip be paid by?')).toEqual([
      'Consent forms and payment are due by 1 May 2026.',
    ]);
    expect(await quoted('what is the deadline for the consent forms?')).toEqual([
      'Consent forms and payment are due by 1 May 2026.',
    ]);
    expect(await quoted('by when must I pay the water bill?')).toEqual([
      'Payment due date: 24 November 2026',
    ]);
    expect(await quoted('when is the water bill due?')).toEqual(['Payment due date: 24 November 2026']);
    expect(await quoted('by when must I apply for the flat?')).toEqual([
      'Applications close on 10 December 2026.',
    ]);
    // Not in these papers.
    expect((await ask('when is the gas bill due?')).known).toBe(false);
    expect((await ask('by when must I pay the gym joining fee?')).known).toBe(false);
  });
});

describe('a person asked by role (k22)', () => {
  it('a line matched by a thing of the role’s synonym group names no one', async () => {
    expect(
      roleLines('who is my landlord?', ['Supply address: 77 Willow Road, Flat 2', 'Landlord: Harborview']),
    ).toEqual([false, true]);
    expect(roleLines('who is my doctor?', ['Dr Aisha Rahman'])).toEqual([true]);
    expect(roleLines('what does my landlord say about pets?', ['Pets are not allowed.'])).toBeUndefined();
    const { ask } = await learn({
      'water_bill.txt': WATER,
      'car_lease.md': CAR,
      'rental_listing.md': LISTING,
    });
    expect((await ask('who is my landlord?')).known).toBe(false);
    expect((await ask('who is the agent?')).quotes).toEqual([
      'Agent: Coastline Lettings, ask for Jamie Reed.',
    ]);
    const lease = await learn({ 'lease.md': LEASE });
    expect((await lease.ask('who is my landlord?')).quotes[0]).toMatch(
      /^Landlord: Harborview Properties LLC\./u,
    );
  });
});
