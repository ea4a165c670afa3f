import { describe, expect, it } from 'vitest';
import { documentsDiffer } from './differs.js';

/**
 * Stranger s47: a document line contradicts a kept fact only when it states the same fact (its
 * label names the fact) with another value; a line that merely mentions a name is no contradiction.
 */
describe('documentsDiffer against lines that only mention a name', () => {
  it('a name said in another line is no other value', () => {
    const cases: [string, string][] = [
      ['Chidi is your husband.', 'Passengers: Chidi Okafor, Oluwaseun Okafor-Kowalska (travel.md:2)'],
      [
        'Zuzanna is your daughter.',
        'Dear parents of Zuzanna Okafor-Kowalska, the trip is on Thursday. (school-letter.txt:2-3)',
      ],
      [
        'Halina is your grandmother.',
        'Babcia and Dziadek (Halina and Tadeusz Kowalski) live at ul. Długa 14, Kraków. (notes.txt:8)',
      ],
      [
        'Your babysitter is Ngozi.',
        'Hotel in Lagos: none — staying with the babysitter Ada in Surulere. (travel.md:8)',
      ],
    ];
    for (const [told, line] of cases) expect(documentsDiffer(told, line), told).toBe(undefined);
  });

  it('a number on a line that does not name the fact is no other amount', () => {
    const cases: [string, string][] = [
      [
        "Your grandpa Emeka's pension is ₦5,000 a week.",
        'Grandpa Emeka Okafor lives in Surulere, Lagos. Phone: +234 803 555 0199. (notes.txt:9)',
      ],
      [
        'Your Kraków parking fee is zł 120.',
        'Babcia and Dziadek live at ul. Długa 14, Kraków. (notes.txt:8)',
      ],
      ['Your Łódź locker is 7.', 'Łódź trip: 3 nights, hotel room 12. (travel.md:4)'],
    ];
    for (const [told, line] of cases) expect(documentsDiffer(told, line), told).toBe(undefined);
  });

  it('still says the line that states the same fact otherwise (guards)', () => {
    expect(
      documentsDiffer('Your tortoise sitter is Fatma.', 'Tortoise sitter: Grandma Ayşe (house.txt:3)'),
    ).toContain('Grandma Ayşe');
    expect(documentsDiffer('Your husband is Chidi.', 'Husband: Emeka Okafor (family.txt:1)')).toContain(
      'Emeka Okafor',
    );
    expect(
      documentsDiffer(
        "Your grandpa Emeka's pension is ₦5,000 a week.",
        "Grandpa Emeka's pension: ₦7,500 a week (notes.txt:3)",
      ),
    ).toContain('₦7,500');
    expect(
      documentsDiffer('Yes, your rent is 17,000 TRY.', 'Monthly rent: 18,500 TRY (contract.txt:4)'),
    ).toContain('18,500');
  });
});
