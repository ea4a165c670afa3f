import { describe, expect, it } from 'vitest';
import { documentsDiffer } from './differs.js';

/** Round k31: a told value against the documents' answer, compared by its kind. */
describe('documentsDiffer', () => {
  it('compares money with amounts, ages with ages, dates with dated lines', () => {
    expect(
      documentsDiffer('Your rent is £800.', 'Monthly rent is €1,395.00, due on the 5th. (lease.md:10)'),
    ).toBe('Your documents say otherwise: Monthly rent is €1,395.00, due on the 5th. (lease.md:10)');
    expect(
      documentsDiffer('Your rent is €1,395.', 'Monthly rent is €1,395.00, due on the 5th. (lease.md:10)'),
    ).toBe(undefined);
    expect(
      documentsDiffer(
        "Your daughter Léonie's age is 7.",
        'I read "leonei" as "léonie".\nPatient: Léonie, born 12 April 2020 — so 6 years old (computed) (note.txt:2)',
      ),
    ).toBe(
      'Your documents say otherwise: Patient: Léonie, born 12 April 2020 — so 6 years old (computed) (note.txt:2)',
    );
    expect(documentsDiffer("Léonie's birthday is 12 April.", 'born 12 April 2020 (note.txt:2)')).toBe(
      undefined,
    );
    expect(documentsDiffer("Léonie's birthday is 14 April.", 'born 12 April 2020 (note.txt:2)')).toContain(
      'born 12 April 2020',
    );
  });

  it('says nothing when the documents have no value of the kind, or the fact has no number', () => {
    expect(
      documentsDiffer("Théo's birthday is 14 February.", 'Football is Wednesday at 17:00. (notes.txt:4)'),
    ).toBe(undefined);
    expect(documentsDiffer('Your rent is £800.', 'Rent is paid by bank transfer. (lease.md:10)')).toBe(
      undefined,
    );
    // A countdown's days are computed from the date, never compared.
    expect(
      documentsDiffer(
        "Léonie's birthday is 12 April: 131 days (about 19 weeks) from today (2 December 2026).",
        'Patient: Léonie Oliveira, born 12 April 2020 (note.txt:2)',
      ),
    ).toBe(undefined);
    expect(
      documentsDiffer(
        "Your partner's workplace is Hôpital Édouard Herriot.",
        'Zoë works at Clinique du Parc.',
      ),
    ).toBe(undefined);
  });
});
