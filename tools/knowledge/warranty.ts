/**
 * When a warranty ends, counted from a purchase date stated elsewhere in the same file (stranger
 * S32 MEDIUM 6): "Manufacturer's warranty: 2 years … from date of purchase." and, lines away,
 * "Date of purchase: 22.08.2024". "when does the washing machine warranty expire?" and "is it
 * still under warranty?" are answered with both lines quoted, the end computed (term.ts) and
 * said to be computed, and whether that end is past today. A warranty line stating its own end
 * ("guaranteed until …") is left to the sentence answers.
 */
import { basename } from 'node:path';
import type { Answer, Citation } from './answer.js';
import { datesIn } from './dates.js';
import { type FileLine, fileLines, linePassage } from './file-lines.js';
import { root } from './lexicon.js';
import { cite } from './schemas.js';
import type { KnowledgeStore, SearchFilter } from './store.js';
import { saysEnd, termOf } from './term.js';
import { queryTerms } from './text.js';

const WARRANTY = /\b(?:warrant(?:y|ies|ee)|guarantee[ds]?)\b/iu;
/** Asking its end or whether it still holds. */
const END_ASKED =
  /\b(?:expire[sd]?|expiry|expiring|end|ends|ended|run\s+out|runs\s+out|until|till|still|valid|over|left|covered|in\s+warranty|under\s+warranty)\b/iu;
/** A term: "2 years", "24 months", "two-year", "a year". */
const TERM =
  /\b(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen|twenty|twenty-four|thirty|a|an)[\s-]+(years?|months?|yrs?)\b/iu;
/** The line of the day it was bought: "Date of purchase: 22.08.2024", "Purchased on 3 May 2025". */
const PURCHASE = /\b(?:purchas\w*|bought|invoice\s+date|order\s+date)\b/iu;
const DELIVERY = /\b(?:deliver\w*|install\w*)\b/iu;

/** Words of a warranty question that name no product. */
const FRAME = new Set(
  'warranty warranties warrantee guarantee guaranteed when does do did is are it still under expire expires expired expiry end ends run out until till valid over left covered my the a an what date how long'
    .split(' ')
    .map(root),
);

const fullDates = (text: string) =>
  datesIn(text).filter(
    (d) => d.readings.length === 1 && d.readings[0]?.day !== undefined && d.readings[0]?.year !== undefined,
  );

/** The computed end of the warranty `question` asks about, or undefined when no file can say. */
export function warrantyAnswer(
  store: KnowledgeStore,
  collection: string,
  question: string,
  filter: SearchFilter | undefined,
  today: Date = new Date(),
): Answer | undefined {
  if (!WARRANTY.test(question) || !END_ASKED.test(question)) return undefined;
  const target = store.collection(collection);
  if (!target) return undefined;
  const scope = {
    ...(filter?.pathPrefix ? { pathPrefix: filter.pathPrefix } : {}),
    ...(filter?.paths ? { paths: filter.paths } : {}),
  };
  const subject = [...new Set(queryTerms(question).map(root))].filter((w) => !FRAME.has(w));
  const found = store.files(target.id, scope).flatMap((file) => {
    const lines = fileLines(store, target.id, file.path);
    const term = lines.find((l) => WARRANTY.test(l.text) && TERM.test(l.text) && !saysEnd(l.text));
    if (!term) return [];
    // Counted from the date on the term's own line, else the purchase (or delivery) line's.
    const from: FileLine | undefined =
      fullDates(term.text).length === 1
        ? term
        : (lines.find((l) => PURCHASE.test(l.text) && fullDates(l.text).length === 1) ??
          lines.find((l) => DELIVERY.test(l.text) && fullDates(l.text).length === 1));
    if (!from) return [];
    const match = TERM.exec(term.text) as RegExpExecArray;
    const amount = (match[1] as string).toLowerCase() === 'twenty-four' ? '24' : (match[1] as string);
    const one = /^(?:1|one|an?)$/iu.test(amount);
    const unit = `${(match[2] as string).toLowerCase().startsWith('y') ? 'year' : 'month'}${one ? '' : 's'}`;
    const counted = termOf(`${(fullDates(from.text)[0] as { text: string }).text} for ${amount} ${unit}`);
    if (!counted) return [];
    const said = new Set(queryTerms(`${file.path} ${lines.map((l) => l.text).join(' ')}`).map(root));
    const score = subject.filter((w) => said.has(w)).length;
    const called = /guarantee/iu.test(term.text) && !/warrant/iu.test(term.text) ? 'guarantee' : 'warranty';
    return [{ file, term, from, counted, score, called }];
  });
  if (found.length === 0) return undefined;
  const best = Math.max(...found.map((f) => f.score));
  // A product asked that no warranty file names ("the fridge"): the sentence answers decide.
  if (subject.length > 0 && best === 0) return undefined;
  const shown = found.filter((f) => f.score === best).slice(0, 3);
  const names = store.displayNames(shown.map((f) => f.file.path));
  const now = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  const todaySaid = `${today.getDate()} ${today.toLocaleString('en-GB', { month: 'long' })} ${today.getFullYear()}`;
  const citations: Citation[] = [];
  const lines: string[] = [];
  for (const f of shown) {
    for (const l of f.from === f.term ? [f.term] : [f.term, f.from]) {
      const c: Citation = {
        path: f.file.path,
        lineStart: l.first,
        lineEnd: l.last,
        heading: '',
        quote: l.text.trim(),
      };
      citations.push(c);
      lines.push(`${c.quote} (${cite(c, names.get(c.path))})`);
    }
    const end = Date.parse(`${f.counted.end} UTC`);
    const past = end < now;
    const of = shown.length > 1 ? ` (${basename(f.file.path)})` : '';
    lines.push(
      `The ${f.called}${of} ${past ? 'ended' : 'ends'} on ${f.counted.end}: ${f.counted.term} from ${f.counted.start} (computed, not stated in the documents). ` +
        (past
          ? `That is past (today is ${todaySaid}), so it is no longer under ${f.called}.`
          : `That is still ahead (today is ${todaySaid}), so it is still under ${f.called}.`),
    );
  }
  return {
    known: true,
    answer: lines.join('\n'),
    citations,
    passages: shown.map((f) => linePassage(f.file.path, f.file.type, [f.term, f.from])),
  };
}
