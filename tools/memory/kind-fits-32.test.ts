import { describe, expect, it } from 'vitest';
import { kindFits } from './kind-fits.js';

/** Stranger s47: whether a kept fact is of the kind a question asks (who lives / where / when / how much). */
describe('kindFits', () => {
  const fact = (label: string, value: string) => ({ label, value });

  it('refuses a fact of another kind that shares a name word', () => {
    expect(kindFits('who lives in Kraków?', fact('Kraków parking fee', 'zł 120'))).toBe(false);
    expect(kindFits('where does Grandpa Emeka live?', fact("grandpa Emeka's pension", '₦5,000 a week'))).toBe(
      false,
    );
    expect(kindFits('when was Zuzanna born?', fact("daughter Zuzanna's age", '9'))).toBe(false);
    expect(kindFits('when was my daughter born?', fact('daughter', 'Zuzanna'))).toBe(false);
    expect(kindFits('where did I park?', fact('Kraków parking fee', 'zł 120'))).toBe(false);
    expect(kindFits('where is Oluwaseun’s school?', fact('school trip', '16 April 2027'))).toBe(false);
    expect(kindFits('how much is the school trip?', fact('school trip', '16 April 2027'))).toBe(false);
    expect(kindFits('when is the Kraków parking fee due?', fact('Kraków parking fee', 'zł 120'))).toBe(false);
    expect(kindFits('wo wohnt Opa Emeka?', fact('Opa Emeka Rente', '₦5,000'))).toBe(false);
  });

  it('keeps a fact of the kind asked', () => {
    expect(kindFits('where does Babcia live?', fact("Babcia's home", 'Kraków'))).toBe(true);
    expect(kindFits('who lives at ul. Długa 14?', fact("Babcia's address", 'ul. Długa 14, Kraków'))).toBe(
      true,
    );
    expect(kindFits('when was Zuzanna born?', fact("Zuzanna's birthday", '14 March 2017'))).toBe(true);
    expect(kindFits('when is bin day?', fact('bin day', 'Tuesday'))).toBe(true);
    expect(
      kindFits("how much is Grandpa Emeka's pension?", fact("grandpa Emeka's pension", '₦5,000 a week')),
    ).toBe(true);
    expect(kindFits('how much is the rent?', fact('rent', '1395'))).toBe(true);
    expect(kindFits('where did I park?', fact('car', 'parked on level 3'))).toBe(true);
    expect(kindFits('what is my husband called?', fact('husband', 'Chidi'))).toBe(true);
  });

  it('a time said in words answers "when" (no reader knows it is a time)', () => {
    expect(kindFits('when do I take my pills?', fact('pills', 'after breakfast'))).toBe(true);
    expect(kindFits('when do I take my vitamins?', fact('vitamins', 'with lunch'))).toBe(true);
    expect(kindFits('when is the yoga class?', fact('yoga class', 'every morning'))).toBe(true);
    expect(kindFits('when is the party?', fact('party', 'after the school play'))).toBe(true);
  });
});
