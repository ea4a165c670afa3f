/**
 * The words of money going out, one list for every reader of spending questions (column-sums.ts'
 * totals, statement.ts' side asked), so a word added for one is read by all (k31: the lists had
 * drifted apart).
 */

/** Money going out said as such: "expenses", "spend", "spent", "outgoings", "money that went out", "debits". */
const OUTGOING = String.raw`expenses?|expenditures?|spen[dt]|spending|outgoings|paid\s+out|money\s+out|(?:money|cash)\s+(?:that\s+|which\s+)?(?:has\s+|have\s+)?(?:went|gone|go|goes|going)\s+out|debits`;

/** Spending asked as a whole: the outgoing words alone. */
export const SPENDING = new RegExp(String.raw`\b(?:${OUTGOING})\b`, 'iu');

/**
 * Money going out asked of a statement's side: the outgoing words, their singulars ("outgoing",
 * "debit") and the things bought and paid: "purchases", "bills", "payments", "cost", "cheapest".
 */
export const OUT = new RegExp(
  String.raw`\b(?:${OUTGOING}|outgoing|debit|purchases?|bought|payments?|bills?|withdrawals?|cost|costs|costliest|cheapest|(?:most|least)\s+expensive)\b`,
  'iu',
);

/** An amount asked: "how much …", "what did we spend …", "what have I paid …" (S45: "what did we spend last month?"). */
export const AMOUNT_ASKED =
  /\bhow\s+much\b|\bwhat\s+(?:did|have|do|has)\s+(?:we|i|you|us)\s+(?:(?:spen[dt]|paid|pay)\b|(?:got|had)\s+(?:to\s+)?(?:spend|pay)\b)/iu;
