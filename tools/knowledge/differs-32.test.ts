import { describe, expect, it } from 'vitest';
import { documentsDiffer } from './differs.js';

/** Round k32: a told name or place against the documents' line naming the same fact. */
describe('documentsDiffer with names and places', () => {
  it('says the line when it names the fact with none of the told words', () => {
    expect(
      documentsDiffer('Your tortoise sitter is Fatma.', 'Tortoise sitter: Grandma Ayşe (house.txt:3)'),
    ).toBe('Your documents say otherwise: Tortoise sitter: Grandma Ayşe (house.txt:3)');
    expect(documentsDiffer('Your plant waterer is Tom.', 'Plant waterer: Ana (house.txt:5)')).toContain(
      'Ana',
    );
    expect(
      documentsDiffer(
        'Your dentist is in Kadıköy.',
        'Dentist: Dr Aksoy, Moda street, Beşiktaş (notes.txt:4)',
      ),
    ).toContain('Beşiktaş');
  });

  it('says nothing when the line agrees (accents folded) or names another fact', () => {
    expect(
      documentsDiffer('Your tortoise sitter is Ayse.', 'Tortoise sitter: Grandma Ayşe (house.txt:3)'),
    ).toBe(undefined);
    expect(documentsDiffer('Your plant waterer is Tom.', 'Plant waterer: Tom Reyes (house.txt:5)')).toBe(
      undefined,
    );
    expect(
      documentsDiffer('Your dentist is in Kadıköy.', 'Dentist: Dr Aksoy, Moda street, Kadıköy (notes.txt:4)'),
    ).toBe(undefined);
    expect(
      documentsDiffer(
        "Your partner's workplace is Hôpital Édouard Herriot.",
        'Zoë works at Clinique du Parc.',
      ),
    ).toBe(undefined);
    expect(documentsDiffer('Your tortoise sitter is Fatma.', 'Dog sitter: Grandma Ayşe (house.txt:3)')).toBe(
      undefined,
    );
    // A note's line, no "X is Y": nothing to compare.
    expect(
      documentsDiffer('- call Fatma about the tortoise', 'Tortoise sitter: Grandma Ayşe (house.txt:3)'),
    ).toBe(undefined);
  });
});
