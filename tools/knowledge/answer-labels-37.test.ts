import { describe, expect, it } from 'vitest';
import { learnPapers as learn } from '../../test/helpers/knowledge.js';

/** Stranger S37 (H5, H6, MEDIUM): the line stating a value of the kind asked, next to the subject, answers alone. */

const TRAVEL =
  'TRIP ITINERARY — LISBON & PORTO, March 2027\nTraveller: Dana Whitfield   Booking ref (Expedia): 7-2290-4471-83\n\nFLIGHTS\n-------\nOutbound:  TP 1351  London Heathrow (LHR) T2 -> Lisbon (LIS) T1\n           Sat 13 Mar 2027, dep 06:55 GMT, arr 09:40 WET\n           Seat 14C, economy, 1x23kg checked bag\n           PNR: QX7TRB\nInbound:   FR 8337  Porto (OPO) -> London Stansted (STN)\n           Sun 21/03/2027, dep 18:25 WET arr 19:50 GMT\n           Seat 22F (paid, £12.99), cabin bag only\n           PNR: K9LMZP\n\nHOTELS\n------\n1) Hotel Alfama Patio, Rua das Escolas Gerais 48, Lisbon\n   Check-in 13 March from 15:00; check-out 17 March by 11:00\n   Confirmation no. HAP-558213, 4 nights, EUR 612.00 total, breakfast incl.\n2) Casa do Ribeira, Praça da Ribeira 7, Porto\n   Check-in Wed 17 Mar; check-out Sun 21 Mar (late checkout 14:00 agreed)\n   Confirmation number: 3318907 (Booking.com), EUR 488.40, pay at property\n\nTRAINS\n------\nAlfa Pendular AP 133, Lisboa Santa Apolónia 11:39 -> Porto Campanhã 14:35,\n17 March, coach 4 seats 61/62, €31.90 each (booked via CP app).\n\nNOTES\n- Travel insurance: Allianz policy TRV-0098812, emergency line +44 20 3788 0001\n- Lisbon is on WET (same as UK in March); clocks go forward on 28 March 2027.\n- Dinner reservation at Taberna da Rua das Flores, Tue 16 Mar 20:30, name "Whitfield".\n';
const CONTRACT =
  "# Contract of Employment\n\n**Employer:** Brightline Analytics Ltd, 9 Quay Street, Manchester M3 3HN\n**Employee:** Dana Whitfield\n**Job title:** Senior Data Analyst\n**Start date:** 1 February 2024\n\n## 1. Salary\nYour salary is £58,400 per annum, paid monthly in arrears on the 28th of each\nmonth by bank transfer. Salary is reviewed annually in April.\n\n## 2. Hours of work\nNormal hours are 37.5 per week, Monday to Friday, 9:00–17:30 with a one-hour\nunpaid lunch break. Hybrid working: minimum 2 days per week in the office.\n\n## 3. Holidays\nYou are entitled to 27 days' paid holiday per year plus UK bank holidays.\nThe holiday year runs from 1 January to 31 December. Up to 5 unused days may\nbe carried over to the next year and must be used by 31 March.\n\n## 4. Probation\nThe first 6 months are a probationary period, during which either party may\nend employment with one week's notice.\n\n## 5. Notice period\nAfter probation, you must give 3 months' written notice to resign. The Company\nwill give you 3 months' notice, or the statutory minimum if greater.\n\n## 6. Pension\nThe Company contributes 6% of basic salary; you contribute 4% (salary sacrifice).\n\n## 7. Sick pay\nFull pay for the first 4 weeks of sickness absence in any rolling 12 months,\nthen Statutory Sick Pay.\n";
const INSURANCE =
  'HOME INSURANCE SCHEDULE\nInsurer: Aviva Insurance Ltd          Policy number: HOM-77310042-AV\nPolicyholder: Dana & Tom Whitfield\nInsured address: 42 Larch Avenue, Stockport SK4 2PL\nPeriod of cover: 01/05/2026 to 30/04/2027\n\nSection                        Sum insured        Excess\nBuildings                      £325,000           £250 (escape of water: £500)\nContents                       £60,000            £100\nAccidental damage (contents)   included           £100\nPersonal possessions (away)    £5,000             £100\nSingle article limit           £2,000\n\nSpecified items:\n  - Engagement ring (platinum, diamond)  £4,200\n  - Canon EOS R6 camera + lens           £2,350\n\nAnnual premium: £486.12 (paid monthly £40.51 by direct debit)\nLegal expenses cover: NOT included\nHome emergency cover: included (boiler breakdown, up to £1,000 per claim)\nClaims line: 0345 030 3900 (24 hours)\nUnoccupancy: cover reduced if the home is left empty for more than 60 consecutive days.\n';
const IKEA =
  '<!DOCTYPE html>\n<html><head><title>Your IKEA order receipt</title></head>\n<body>\n<h1>Thank you for your order, Dana!</h1>\n<p>Order number: <b>1187-443-920</b> &mdash; placed 27 October 2026 at IKEA Warrington.</p>\n<table>\n<tr><th>Item</th><th>Qty</th><th>Price</th></tr>\n<tr><td>KALLAX shelf unit, white, 77x147 cm</td><td>1</td><td>&pound;70.00</td></tr>\n<tr><td>LACK side table, black-brown</td><td>2</td><td>&pound;24.00</td></tr>\n<tr><td>FADO table lamp</td><td>1</td><td>&pound;35.00</td></tr>\n</table>\n<p>Total paid: &pound;129.00 (Visa ending 4417)</p>\n<p>Returns: you can return unused items within <strong>365 days</strong> with this receipt.\nMattresses have a 90-night trial.</p>\n<p style="font-size:small">IKEA Ltd, Warrington WA5 7TY. VAT no. GB 645 1245 63.</p>\n</body></html>\n';
const SCHOOL =
  "# Oakfield Primary School — Calendar 2026/27 (Year 3, Milo Whitfield)\n\nClass teacher: Mrs. Hennessy   |   School office: 0161 555 0477\n\n## Autumn term\n- Term starts: Thursday 3 September 2026\n- Half term: 26–30 October 2026\n- School photos: 14 Oct\n- Christmas play (Year 3): Wed 16 Dec 2026, 2pm, school hall\n- Term ends: Friday 18 December 2026 (1:30pm finish)\n\n## Spring term\n- Term starts: Tue 5 Jan 2027 (INSET day Mon 4 Jan)\n- World Book Day: Thursday 4 March 2027 — come dressed as a book character\n- Half term: 15–19 February 2027\n- Parents' evening: 10 March 2027, 3:30–7pm (book slots on ParentMail)\n- Term ends: Friday 26 March 2027\n\n## Summer term\n- Term starts: Monday 12 April 2027\n- Year 3 trip to Chester Zoo: 20 May 2027, £18.50, packed lunch needed\n- Sports day: 25 June 2027 (reserve day 2 July)\n- Term ends: Wednesday 21 July 2027\n\nPE days: Tuesday and Friday — PE kit in school.\nSwimming lessons every Monday in the summer term.\n";
const RECIPES =
  "# Family Recipes\n\n## Grandma's Banana Bread\n\nMakes one 2 lb loaf. Oven 175°C (350°F), gas mark 4.\n\n| Ingredient      | Amount  |\n|-----------------|---------|\n| ripe bananas    | 3       |\n| plain flour     | 250 g   |\n| butter, melted  | 80 g    |\n| brown sugar     | 150 g   |\n| eggs            | 2       |\n| baking soda     | 1 tsp   |\n\n1. Mash the bananas and mix in the melted butter.\n2. Add sugar, eggs and baking soda; fold in the flour.\n3. Bake for 60 minutes, until a skewer comes out clean.\n\nTip: freezes well for up to 3 months.\n\n## Weeknight Chili (serves 6)\n\n- 500 g beef mince (or 2 tins of black beans for the veggie version)\n- 1 large onion, 3 cloves garlic\n- 2 tbsp chili powder, 1 tsp cumin\n- 2 x 400 g tins chopped tomatoes\n- 1 tin kidney beans\n\nBrown the mince, add onion and garlic, then spices. Add tomatoes and\nbeans and simmer for 45 minutes, stirring now and then. Serve with rice\nor tortilla chips. Leftovers keep 4 days in the fridge.\n\n## Lemon Drizzle Cake\n\nOven 180°C. Bake 45–50 min in a 900 g loaf tin. Drizzle: juice of 2 lemons\n+ 100 g icing sugar, poured over while the cake is still warm.\nAllergy note: contains eggs, wheat and dairy.\n";
const HOTEL =
  "BOOKING CONFIRMATION — EDINBURGH, May 2027\nGuest: Sam Patel   Booking ref: EDB-77312\n\nHOTEL\n-----\nThe Balmoral Annex, 12 Princes Street, Edinburgh EH2 2EQ\nCheck-in Fri 14 May from 14:00; check-out Mon 17 May by 11:00\nRoom: Deluxe double, 3 nights, GBP 540.00 total, breakfast incl.\nParking: on-site, £18 per night\n\nTRAIN\n-----\nLNER 1S07 London King's Cross (KGX) -> Edinburgh Waverley (EDB), Fri 14 May, dep 08:00, arr 12:21\nCoach C, seat 42, £64.50\n\nNOTES\n- Cancellation: free until 48 hours before arrival.\n- Spa session booked Sat 15 May 10:30.\n";
const PAYSLIP =
  'Payslip — March 2027\nEmployer: Northwind Logistics plc\nEmployee: Sam Patel   Employee no. 40917\n\n## Pay\nBasic pay: £3,250.00\nOvertime: £180.00\n\n## Deductions\nIncome tax: £512.40\nNational Insurance: £238.10\nPension contribution: £162.50\n\nNet pay: £2,517.00\nPay date: 31/03/2027\nTax code: 1257L\n';
const PET =
  '# Pet passport — Biscuit\n\n**Species:** Dog (Border Terrier)\n**DOB:** 02/06/2021\n**Microchip no.:** 826098100456789\n**Passport no.:** GB-52-118734\n\n## Rabies vaccination\nVaccinated 10 March 2026 at Greenway Vets; valid for 3 years.\n\n## Tapeworm treatment\nMust be given 24 to 120 hours before returning to the UK.\n';
const MOBILE =
  '# Mobile phone contract\n\n**Network:** Vodafone\n**Handset:** Pixel 8, 128 GB\n**Contract start:** 5 January 2026\n\n## Charges\nMonthly price: £27.00, rising each April by CPI + 3.9%.\nUpfront cost: £49.\n\n## Allowance\nUnlimited minutes and texts; 50 GB data per month.\n\n## Term\nThe minimum term is a 24-month contract. Early termination fee: the remaining monthly charges.\n';
const WARRANTY =
  'EXTENDED WARRANTY\nProduct: Bosch Serie 4 dishwasher\nModel no.: SMS4HTI45G\nSerial no.: 4510000123\nPurchased from: AO.com on 12.06.2025\nWarranty: 5-year parts and labour, ends 11.06.2030\nClaims line: 0344 892 8989\n';

const FILES = {
  'travel-itinerary-lisbon.txt': TRAVEL,
  'employment-contract.md': CONTRACT,
  'home-insurance-schedule.txt': INSURANCE,
  'receipt-ikea.html': IKEA,
  'school-calendar-2026-27.md': SCHOOL,
  'family-recipes.md': RECIPES,
};
const SIBLINGS = {
  'hotel-booking-edinburgh.txt': HOTEL,
  'payslip-march.txt': PAYSLIP,
  'pet-passport-biscuit.md': PET,
  'mobile-contract.md': MOBILE,
  'warranty-dishwasher.txt': WARRANTY,
};

describe('the line that answers, not the lines that share its words (S37 H5, H6)', () => {
  it('answers the stranger’s questions with the one line stating the value asked', async () => {
    const { ask } = await learn(FILES);
    const cases: [string, string, number][] = [
      // The flight's own route: the outbound record, not the title "LISBON & PORTO" nor the inbound flight.
      ['What is my flight number to Lisbon?', 'TP 1351', 6],
      // A measure under the heading naming the subject ("## 4. Probation"), not "After probation …".
      ['How long is probation?', 'The first 6 months are a probationary period', 22],
      // Its price, not every sum it insures.
      ['how much is my home insurance?', 'Annual premium: £486.12', 18],
      // A label naming another asked word states the phone.
      ['What is the claims phone number?', 'Claims line: 0345 030 3900', 21],
      // "90-night": a duration with a hyphen.
      ['How long is the mattress trial?', 'Mattresses have a 90-night trial.', 14],
      // The verb that counts the days said by one line only.
      ['How many days can I carry over?', 'Up to 5 unused days may be carried over', 18],
    ];
    for (const [question, said, line] of cases) {
      const answer = await ask(question);
      expect(answer.known, `${question} → ${answer.text}`).toBe(true);
      expect(answer.quotes, question).toHaveLength(1);
      expect(answer.quotes[0], question).toContain(said);
      expect(answer.citations[0]?.lineStart, question).toBe(line);
    }
  });

  it('answers siblings in a hotel booking, a payslip, a pet passport, a mobile contract and a warranty', async () => {
    const { ask } = await learn({ ...FILES, ...SIBLINGS });
    const cases: [string, string][] = [
      ['What is the train number to Edinburgh?', 'LNER 1S07'],
      ['How much is parking at the hotel?', 'Parking: on-site, £18 per night'],
      ['How long is the mobile contract?', 'The minimum term is a 24-month contract.'],
      ['How much is my mobile contract?', 'Monthly price: £27.00'],
      ['What is the early termination fee?', 'Early termination fee'],
      ['What is my tax code?', 'Tax code: 1257L'],
      ['What is my net pay?', 'Net pay: £2,517.00'],
      ['How much income tax did I pay in March?', 'Income tax: £512.40'],
      ['What is my employee number?', 'Employee no. 40917'],
      ["What is Biscuit's microchip number?", '826098100456789'],
      ["What is Biscuit's passport number?", 'GB-52-118734'],
      ['How long is the rabies vaccination valid?', 'valid for 3 years'],
      ['How long is the warranty on the dishwasher?', '5-year parts and labour'],
      ['What is the claims phone number for the dishwasher?', 'Claims line: 0344 892 8989'],
      ['What is the dishwasher model number?', 'SMS4HTI45G'],
      ['How long can I cancel the hotel for free?', 'free until 48 hours before arrival'],
      ['When is the spa session?', 'Spa session booked Sat 15 May 10:30.'],
    ];
    for (const [question, said] of cases) {
      const answer = await ask(question);
      expect(answer.known, `${question} → ${answer.text}`).toBe(true);
      expect(answer.quotes[0], question).toContain(said);
    }
    // Asked of what the documents do not have: an amount is no National Insurance number.
    for (const question of [
      'What is my National Insurance number?',
      "What is Biscuit's blood type?",
      'What is the wifi password at the hotel?',
      'What is my flight number to Edinburgh?',
      'How much is my gym membership?',
      'What is my car insurance premium?',
    ]) {
      const answer = await ask(question);
      expect(answer.known, `${question} → ${answer.text}`).toBe(false);
    }
  });
});
