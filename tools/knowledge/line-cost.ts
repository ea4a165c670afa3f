/**
 * A record line that names a thing in one sentence and its cost in a later one ("2026-03-02
 * Dental cleaning under anaesthetic. Two teeth extracted. Cost £612.00.") answers "how much did
 * the dental cleaning cost?", though no one sentence says both (stranger S27 MEDIUM 10). Asked
 * only when the question is otherwise not answered: the sentences from the one naming the thing
 * through the one stating the amount are quoted.
 */

import type { Answer } from './answer.js';
import { type FileLine, filesSaying } from './file-lines.js';
import { FRAMING, root, rootsOf } from './lexicon.js';
import { sentencesOf } from './sentences.js';
import type { KnowledgeStore, SearchFilter } from './store.js';
import { answerOf, type Found } from './subject-lines.js';
import { queryTerms } from './text.js';

const COST_ASKED =
  /\b(?:how\s+much\s+(?:did|does|do|was|is|were|will)\b.*\b(?:cost|costs|charge|charged|pay|paid)\b|what\s+(?:was|is|did)\s+(?:the\s+)?(?:cost|price|charge|bill|fee)\s+(?:of|for)\b|what\s+(?:does|did|will)\s+.+\s+cost\b)/iu;
const MONEY = /[£$€¥]\s?\d|\d\s?(?:eur|usd|gbp|euros?|pounds?|dollars?)\b/iu;
const ASKING = new Set(
  'cost costs charge charged pay paid price bill fee what how much did does do was is were will the of for my our'
    .split(' ')
    .map(root),
);

/**
 * A sentence that prices what was named before it, not a thing of its own: "The contribution is
 * €12.50", "The cost is £8", "It costs €5", "Price: €12", "Please pay €3" (S47 M1).
 */
const PRICES_BACK =
  /^(?:(?:the|this|its|their|our|your)\s+(?:contribution|cost|costs|price|fee|charge|amount|total)\b|(?:it|this|that)\s+costs?\b|(?:cost|price|fee|contribution|charge)\s*:|please\s+pay\b)/iu;
/** How many lines after a line naming the thing its price may follow, within the same block. */
const PRICE_REACH = 3;

/**
 * "The school trip to Blijdorp zoo will take place on 16 April. / Children must be at school at
 * 8:15. / … The contribution is €12.50, …": the first sentence pricing back within PRICE_REACH
 * lines after `at`, in its block (no blank line or heading between) and before another amount.
 */
function pricedAfter(lines: readonly FileLine[], at: number): { line: FileLine; quote: string } | undefined {
  for (let index = at + 1; index <= at + PRICE_REACH && index < lines.length; index += 1) {
    const line = lines[index] as FileLine;
    if (!line.text.trim() || /^\s*#/u.test(line.text)) return undefined;
    if (line.first - (lines[index - 1] as FileLine).last > 1) return undefined;
    for (const sentence of sentencesOf(line.text)) {
      if (!MONEY.test(sentence)) continue;
      return PRICES_BACK.test(sentence) ? { line, quote: sentence } : undefined;
    }
  }
  return undefined;
}

/** The answer from a line naming every word asked and, in a later sentence, an amount; or undefined. */
export function costOnLine(
  store: KnowledgeStore,
  collection: string,
  question: string,
  filter: SearchFilter | undefined,
): Answer | undefined {
  if (!COST_ASKED.test(question)) return undefined;
  const target = store.collection(collection);
  if (!target) return undefined;
  const terms = queryTerms(question).filter((t) => !FRAMING.has(t) && !ASKING.has(root(t)));
  // "Biscuit's": the owner need not be said on the line, when the file says it.
  const asked = [...new Set(terms.map(root))];
  if (asked.length === 0) return undefined;
  const found: Found[] = [];
  const query = terms.map((t) => `"${t.replace(/"/g, '')}"`).join(' OR ');
  for (const { path, type, lines } of filesSaying(store, target.id, query, asked, filter)) {
    for (const line of lines) {
      const sentences = sentencesOf(line.text);
      const named = sentences.findIndex((s) => asked.some((r) => rootsOf(s).has(r)));
      if (named < 0) continue;
      // Words asked the file says elsewhere (the pet's name) need not be on the line; the thing must.
      const onLine = rootsOf(line.text);
      const thing = asked.filter((r) => onLine.has(r));
      if (thing.length < Math.min(2, asked.length)) continue;
      const priced = sentences.findIndex((s, i) => i > named && MONEY.test(s));
      if (priced < 0 && !sentences.some((s) => MONEY.test(s))) {
        const after = pricedAfter(lines, lines.indexOf(line));
        if (after)
          found.push({ path, type, line, quote: sentences[named] as string }, { path, type, ...after });
        continue;
      }
      if (priced < 0 || sentences.slice(0, priced).some((s) => MONEY.test(s))) continue;
      found.push({
        path,
        type,
        line,
        quote: sentences
          .slice(named, priced + 1)
          .join(' ')
          .replace(/\s{2,}/gu, ' '),
      });
    }
  }
  if (found.length === 0 || found.length > 3) return undefined;
  return answerOf(store, found);
}
