/**
 * Blocks of "Label: value" lines as one record each (stranger S25 MEDIUM 2): a receipt reads
 * "Shop: John Lewis / Item: Dyson V15 vacuum cleaner / Total: £599.00 / Guarantee: 2 years", and
 * "how long is the Dyson guarantee?" or "how much was the Dyson?" names one line's value (Dyson)
 * and another line's label (guarantee; for money, a Total, Price or Cost line). No one sentence
 * says both, so the ordinary answer finds nothing; here the block between blank lines is the
 * record that ties them, and the labelled line is quoted with its own file line. With hundreds of
 * such receipts only the blocks whose other lines say every word asked are answered.
 */

import type { Answer, Citation } from './answer.js';
import { askedKind, statesAskedKind } from './asked-kind.js';
import { type FileLine, linePassage } from './file-lines.js';
import { alternativesOf, root, rootsOf } from './lexicon.js';
import { decodeLineMap } from './lines.js';
import { isMoneyColumn } from './money-columns.js';
import { cite } from './schemas.js';
import type { KnowledgeStore, SearchFilter } from './store.js';
import { queryTerms } from './text.js';

/** A label line: a short name, a colon, a value ("Total: £599.00"); never a URL or a time. */
const LABEL_LINE = /^\s*(?:[-*]\s+)?(\p{L}[\p{L}\p{N} '’/&-]{0,30}):\s+(\S.*)$/u;

/** A question asking an amount of money: it is answered by a Total, Price, Cost or Amount line. */
const MONEY_ASKED = /\b(?:how\s+much|cost|costs|price|paid|pay|spen[dt])\b/iu;

/** Labels of a date ("Date", "Purchased", "Bought on") and of a place bought at ("Shop", "Store"). */
const WHEN_LABEL =
  /^(?:date|day|dated|purchased|bought|ordered|purchase\s+date|date\s+of\s+purchase|bought\s+on|paid\s+on)$/iu;
const WHERE_LABEL =
  /^(?:shop|store|place|location|address|venue|retailer|seller|merchant|vendor|bought\s+at|bought\s+from)$/iu;

/** "what day …", "on which date …": a day asked, as "when" asks one. */
const DAY_ASKED = /^\s*(?:on\s+)?(?:what|which)\s+(?:day|date)\b/iu;

/** Whether `question` asks an amount of money ("how much was …", "what did … cost?"). */
export const asksMoney = (question: string): boolean => MONEY_ASKED.test(question);

/** Words that frame the question and name nothing of the record. */
const FRAME = new Set(
  'how long much many what which when was were is are did do does cost costs price paid pay spend spent buy bought get got my the on of for'
    .split(' ')
    .map(root),
);

/** The most blocks quoted; more are counted. */
const SHOWN = 6;

interface Block {
  path: string;
  type: string;
  lines: FileLine[];
}

/** A log line's level ("ERROR: disk full") labels no record: each log line is one of its own. */
const LOG_LEVEL = /^(?:info|warn|warning|error|err|debug|trace|fatal|notice|critical|crit|alert|emerg)$/iu;

/** The label of a record's line, folded, or undefined for a line that is no label line. */
const labelOf = (text: string) => {
  const label = LABEL_LINE.exec(text)?.[1]?.trim().toLowerCase();
  return label && !LOG_LEVEL.test(label) ? label : undefined;
};

/**
 * A file's blocks of two label lines or more, between blank lines or headings; a label said again
 * ("Name:" of the next contact) starts the next block.
 */
function labelBlocks(path: string, type: string, lines: readonly FileLine[]): Block[] {
  const out: Block[] = [];
  let current: FileLine[] = [];
  let labels = new Set<string>();
  const close = () => {
    if (current.filter((l) => labelOf(l.text)).length >= 2) out.push({ path, type, lines: current });
    current = [];
    labels = new Set();
  };
  for (const line of lines) {
    if (line.text.trim() === '' || /^\s*#/.test(line.text)) {
      close();
      continue;
    }
    const label = labelOf(line.text);
    if (label && labels.has(label)) close();
    if (label) labels.add(label);
    current.push(line);
  }
  close();
  return out;
}

/** Whether some spelling of `r` (its synonyms and forms) is among `roots`. */
const says = (roots: ReadonlySet<string>, r: string) => [...alternativesOf(r)].some((a) => roots.has(a));

/** The line of `block` that answers (its label asked, the other words said by its other lines), or undefined. */
function answerLine(
  block: Block,
  asked: readonly string[],
  joined: readonly string[],
  money: boolean,
  kind: RegExp | undefined,
): FileLine | undefined {
  const fits = block.lines.flatMap((line) => {
    const match = LABEL_LINE.exec(line.text);
    if (!match || !labelOf(line.text)) return [];
    const labelRoots = rootsOf(match[1] as string);
    const named = asked.filter((r) => says(labelRoots, r));
    const isMoney = money && isMoneyColumn(match[1] as string);
    // "when …?" is answered by a Date line, "where …?" by a Shop line: the label says the kind.
    const ofKind = kind?.test((match[1] as string).trim()) ?? false;
    // A cost asked is answered by a line of money ("Total: £599.00"), never by "Item: …".
    if (money ? !isMoney : named.length === 0 && !ofKind) return [];
    const subject = asked.filter((r) => !named.includes(r));
    if (subject.length === 0) return [];
    const others = block.lines.filter((l) => l !== line);
    const otherRoots = rootsOf(others.map((l) => l.text).join('\n'));
    if (!subject.every((r) => says(otherRoots, r))) return [];
    // Tied by a value of another line ("Item: Dyson …"), not by labels alone.
    const values = rootsOf(others.map((l) => LABEL_LINE.exec(l.text)?.[2] ?? l.text).join('\n'));
    if (!subject.some((r) => says(values, r))) return [];
    // "item-17" is said as one ("Item: item-17 …"), not as "item" and a date's "17".
    if (!joined.every((r) => values.has(r))) return [];
    // A label asked outright beats a money line; a "Total" beats a "Subtotal" or "VAT".
    const rank =
      (named.length > 0 || ofKind ? 2 : 0) + (/^\s*(?:grand\s+)?total\b/iu.test(match[1] as string) ? 1 : 0);
    return [{ line, rank }];
  });
  return fits.sort((a, b) => b.rank - a.rank)[0]?.line;
}

/**
 * True when "when/where …?" was answered only by label lines of another kind ("where did I buy
 * the Dyson?" by "Item: Dyson V15…"): the record's Shop or Date line should answer instead.
 */
export function labelsMissKind(question: string, quotes: readonly string[]): boolean {
  const when = /^\s*when\b/iu.test(question);
  const where = /^\s*where\b/iu.test(question);
  if ((!when && !where) || quotes.length === 0) return false;
  const asked = new Set(question.toLowerCase().match(/\p{L}+/gu) ?? []);
  return quotes.every((quote) => {
    const match = LABEL_LINE.exec(quote);
    if (!match) return false;
    const label = (match[1] as string).trim();
    // "when is Maria's birthday?" answered by "Birthday: 3 May": the label or its value says it.
    if ((label.toLowerCase().match(/\p{L}+/gu) ?? []).some((word) => asked.has(word))) return false;
    if (when) return !WHEN_LABEL.test(label) && !DATE_LIKE.test(match[2] as string);
    return !WHERE_LABEL.test(label);
  });
}

/** A value that holds a date: a month's name, 2026-03-01, 1/3/26, or a year. */
const DATE_LIKE =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|\b\d{4}-\d{2}|\b\d{1,2}[/.]\d{1,2}\b|\b(?:19|20)\d{2}\b/iu;

/**
 * The answer from label-line records to a question naming one line's value and another line's
 * label ("how much was the Dyson?" → "Total: £599.00"), or undefined when no record fits.
 */
export function labelRecordAnswer(
  store: KnowledgeStore,
  collection: string,
  question: string,
  filter: SearchFilter | undefined,
): Answer | undefined {
  const money = MONEY_ASKED.test(question);
  const kind = /^\s*when\b/iu.test(question)
    ? WHEN_LABEL
    : /^\s*where\b/iu.test(question)
      ? WHERE_LABEL
      : undefined;
  const timeAsked = kind === WHEN_LABEL || askedKind(question)?.kind === 'time' || DAY_ASKED.test(question);
  const asked = [...new Set(queryTerms(question).map(root))].filter((r) => !FRAME.has(r));
  if (asked.length === 0 || (asked.length === 1 && !money && !kind)) return undefined;
  const joined = (question.match(/[\p{L}\p{N}]+(?:[-/.][\p{L}\p{N}]+)+/gu) ?? [])
    .filter((token) => /\p{N}/u.test(token))
    .map((token) => root(token.toLowerCase().replace(/[-/.]/g, '')));
  const target = store.collection(collection);
  if (!target) return undefined;
  const match = asked.map((r) => `"${r.replace(/"/g, '')}"`).join(' OR ');
  let ids: { id: number }[];
  try {
    ids = store.bm25Match(target.id, match, 200, filter ?? {});
  } catch {
    return undefined;
  }
  const found = store.passages(
    ids.map((i) => i.id),
    filter ?? {},
  );
  // The passages found, not whole files: a 100,000-line log is never read again for a receipt.
  const answered: { block: Block; line: FileLine }[] = [];
  const seen = new Set<string>();
  for (const passage of found) {
    const map = decodeLineMap(passage.lineMap);
    const lines: FileLine[] = passage.text.split('\n').map((text, index) => {
      const [first, last] = map[index] ?? [passage.lineStart + index, passage.lineStart + index];
      return { text, first, last };
    });
    for (const block of labelBlocks(passage.path, passage.type, lines)) {
      const line = answerLine(block, asked, joined, money, kind);
      // "when do we fly to Antalya?" is never the "Flights: 4 x 1,850 TRY" line: a time asked is
      // answered by a line stating one (S46).
      if (line && timeAsked && !statesAskedKind({ kind: 'time' }, { text: line.text, label: false }, ''))
        continue;
      // Overlapping chunks hold a record twice: once each.
      const key = `${passage.path}\0${line?.first}`;
      if (!line || seen.has(key)) continue;
      seen.add(key);
      answered.push({ block, line });
    }
  }
  if (answered.length === 0) return undefined;
  const shown = answered.slice(0, SHOWN);
  const names = store.displayNames(shown.map((a) => a.block.path));
  const citations: Citation[] = shown.map(({ block, line }) => ({
    path: block.path,
    lineStart: line.first,
    lineEnd: line.last,
    heading: '',
    quote: line.text.replace(/^\s*(?:[-*]\s+)?/u, '').trim(),
  }));
  const more = answered.length - shown.length;
  return {
    known: true,
    answer: [
      ...citations.map((c) => `${c.quote} (${cite(c, names.get(c.path))})`),
      ...(more > 0 ? [`(${more} more record${more === 1 ? '' : 's'} like these.)`] : []),
    ].join('\n'),
    citations,
    passages: shown.map(({ block }) => linePassage(block.path, block.type, block.lines)),
  };
}
