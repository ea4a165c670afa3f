import { describe, expect, it } from 'vitest';
import { learnPapers as learn } from '../../test/helpers/knowledge.js';
import { askedKind } from './asked-kind.js';

/**
 * Words that frame a question, not name its subject (issue 10, stranger S25 MEDIUM 3 and 7):
 * "in total", "altogether" and "overall" ask for the rows added up, "how many times" and "how
 * often" for the rows counted, and "cuánto tiempo", "combien de temps", "quanto tempo", "wie
 * lange" ask how long, as English "how long" does. Fixtures are our own, siblings of the stranger's.
 */

const EXPENSES = [
  'date,category,description,amount_gbp,payment_method',
  '2026-01-03,groceries,Tesco weekly shop,62.40,debit card',
  '2026-01-05,transport,Bristol bus monthly pass,70.00,debit card',
  '2026-01-14,utilities,Octopus Energy,96.20,direct debit',
  '2026-01-17,groceries,Tesco weekly shop,55.90,debit card',
  '2026-01-28,utilities,Bristol Water,31.60,direct debit',
  '2026-02-02,groceries,Tesco weekly shop,59.30,debit card',
  '2026-02-14,utilities,Octopus Energy,102.45,direct debit',
  '2026-02-19,groceries,Lidl,41.20,debit card',
  '2026-02-26,utilities,Bristol Water,31.60,direct debit',
].join('\n');

const RECEIPT = 'Shop: John Lewis\nItem: Dyson V15 vacuum cleaner\nTotal: £599.00\n';

describe('"total", "in total", "how many times" frame a table question (S25 MEDIUM 3)', () => {
  it('adds up the rows when asked for a total, and counts them when asked how many times', async () => {
    const { ask } = await learn({ 'finance/expenses-2026.csv': EXPENSES, 'receipt.txt': RECEIPT });
    const utilities = ['amount_gbp: 96.20', 'amount_gbp: 31.60', 'amount_gbp: 102.45', 'amount_gbp: 31.60'];
    for (const question of [
      'how much did I spend on utilities?',
      'how much did I spend in total on utilities?',
      'how much did I spend on utilities in total?',
      'what did I spend altogether on utilities?',
      'how much have I paid overall for utilities?',
      "what's the total I spent on utilities?",
    ]) {
      const { known, answer, quotes } = await ask(question);
      expect(known, `${question} → ${answer}`).toBe(true);
      expect(
        quotes.map((quote) => quote.match(/amount_gbp: [\d.]+/)?.[0]),
        question,
      ).toEqual(utilities);
      expect(answer, question).toContain(
        '4 rows; their amount_gbp adds up to 261.85 (computed, not stated in the documents).',
      );
    }
    for (const question of ['how many times did I go to Tesco?', 'how often did I shop at Tesco?']) {
      const { known, answer, citations } = await ask(question);
      expect(known, `${question} → ${answer}`).toBe(true);
      expect(
        citations.map((c) => c.lineStart),
        question,
      ).toEqual([2, 5, 7]);
      expect(answer, question).toContain('3 rows (counted, not stated in the documents).');
      expect(answer, question).not.toContain('adds up to');
    }
    // "total" is still what is asked when nothing else is: the receipt's own Total line.
    const total = await ask('how much is the total on the receipt?');
    expect(total.quotes.join('\n')).toContain('Total: £599.00');
  });

  it('reads "how many times" as rows counted, not a count of things called times', () => {
    expect(askedKind('how many times did I go to Tesco?')).toBeUndefined();
    expect(askedKind('how many keys do I get?')).toEqual({ kind: 'count', counted: 'key' });
  });
});

describe('"how long" in Spanish, French, Italian, Portuguese and German (S25 MEDIUM 7)', () => {
  it('asks a time measure, its time word framing', () => {
    for (const question of [
      '¿cuánto tiempo se cocina el arroz?',
      'combien de temps faut-il cuire le riz?',
      'quanto tempo cuoce il riso?',
      'wie lange kocht der Reis?',
      'wie viel Zeit braucht der Reis?',
    ])
      expect(askedKind(question), question).toEqual({ kind: 'measure', measure: 'long' });
  });

  it('answers from the line stating the time, in its own language', async () => {
    const { ask } = await learn({
      'receta-paella.md':
        '# Paella\n\n## Pasos\n\n1. Sofríe el pollo.\n2. Añade el arroz y cocina a fuego medio durante 18 minutos sin remover.\n3. Deja reposar 5 minutos.\n',
      'riz.md': '# Riz\n\nFaites cuire le riz pendant 12 minutes à feu doux.\n',
      'reis.md': '# Reis\n\nDen Reis 20 Minuten köcheln lassen.\n',
      'garantie.md': '# Garantie\n\nLa garantía dura 3 años desde la compra.\n',
    });
    for (const [question, line] of [
      ['¿cuánto tiempo se cocina el arroz?', 'durante 18 minutos'],
      ['combien de temps faut-il cuire le riz?', 'pendant 12 minutes'],
      ['wie lange muss der Reis köcheln?', '20 Minuten'],
      ['¿cuánto tiempo dura la garantía?', '3 años'],
    ] as const) {
      const { known, answer, quotes } = await ask(question);
      expect(known, `${question} → ${answer}`).toBe(true);
      expect(quotes.join('\n'), question).toContain(line);
      expect(answer, question).not.toMatch(/do not mention/);
    }
  });
});
