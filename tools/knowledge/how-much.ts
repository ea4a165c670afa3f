/**
 * Whether a question asks an amount or a count: "how much", "how many", and the same in
 * Italian, French, German, Spanish and Portuguese ("quanto zucchero", "combien de", "wie viel",
 * "cuánto", "quantos"). Hand-made; asked-kind.ts reads the kind of amount, this only whether one is.
 */
export const HOW_MUCH =
  /\bhow\s+(?:much|many)\b|(?<![\p{L}])(?:quant[oaie]|quantos|quantas|combien|wie\s*viele?|cu[aá]nt[oa]s?)(?![\p{L}])/iu;

export const asksHowMuch = (question: string): boolean => HOW_MUCH.test(question.normalize('NFKC'));
