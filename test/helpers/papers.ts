/**
 * Documents more than one test learns, the same text wherever it is asked about: a unit test
 * (`learnPapers`) and a CLI test (`useDocumentsCli`) of one round share them.
 */

/** The offer letter of stranger S35 (Crestline Health): salary, manager, start date and reply-by date in prose. */
export const CRESTLINE_OFFER = [
  'October 12, 2025',
  '',
  'Dear Ms. Whitfield,',
  '',
  'Thank you for your application. We are pleased to offer you the position of Senior Data Analyst at Crestline Health, starting November 3, 2025. Your annual salary will be $98,000, and you will report to Marcus Bell. The offer does not include relocation assistance.',
  '',
  'Please reply by October 24, 2025 to accept.',
  '',
  'Sincerely,',
  'Joan Ferris',
  '',
].join('\n');

/** The Lisbon and Porto itinerary of round k23 (S37): two hotels, each with check-in and confirmation lines. */
export const LISBON_PORTO_TRIP = [
  'TRIP ITINERARY — LISBON & PORTO, March 2027',
  '',
  'HOTELS',
  '------',
  '1) Hotel Alfama Patio, Rua das Escolas Gerais 48, Lisbon',
  '   Check-in 13 March from 15:00; check-out 17 March by 11:00',
  '   Confirmation no. HAP-558213, 4 nights, EUR 612.00 total, breakfast incl.',
  '2) Casa do Ribeira, Praça da Ribeira 7, Porto',
  '   Check-in Wed 17 Mar; check-out Sun 21 Mar (late checkout 14:00 agreed)',
  '   Confirmation number: 3318907 (Booking.com), EUR 488.40, pay at property',
  '',
].join('\n');
