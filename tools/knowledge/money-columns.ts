/**
 * Names of table columns and labels that hold an amount of money (issue 10, stranger round 23,
 * HIGH 3 and 4): "amount", "Cost", "price", "total", "amount_gbp", "cost_eur", "Amount (€)",
 * "totalPrice", "EUR", "£", "Betrag", "montant". A name is read as its words — split at
 * underscores, hyphens, spaces, brackets and lowerCamel humps — and is money when one word is a
 * money word or a currency code, or it holds a currency sign. "amount_gbp" was no money column
 * while `\b` saw "amount_gbp" as one word, so a spreadsheet's rows answered no money question.
 */

/** Words of a column name that name money (English, German, French, Spanish), lowercase. */
const MONEY_NAMES = new Set(
  (
    'amount amounts cost costs price prices total totals sum paid spent spend spending expense expenses ' +
    'fee fees charge charges rent fare fares betrag preis kosten summe prix montant cout coût precio importe coste'
  ).split(' '),
);
/** Currency codes and names a column may be named by ("EUR", "amount_gbp", "in euros"). */
const CURRENCY_NAMES = new Set(
  'eur euro euros usd dollar dollars gbp pound pounds chf jpy yen sek nok dkk pln czk inr cad aud'.split(' '),
);
const CURRENCY_SIGN = /[$€£¥₹₩₽¢]/u;

/** The words of a column name: "amount_gbp" → amount, gbp; "totalPrice" → total, price. */
export function columnWords(name: string): string[] {
  return (
    name
      .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
      .toLowerCase()
      .match(/\p{L}+/gu) ?? []
  );
}

/** Whether a column or label name names an amount of money (see the module comment). */
export function isMoneyColumn(name: string): boolean {
  if (CURRENCY_SIGN.test(name)) return true;
  return columnWords(name).some((word) => MONEY_NAMES.has(word) || CURRENCY_NAMES.has(word));
}
