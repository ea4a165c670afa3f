/**
 * Questions that compare amounts (stranger S25 LOW 4). "which is more expensive, the hotel or the
 * flights?" asks each side's amount ("Hotel: £612.00", "Flights: £246.80") and which is more;
 * "was the budget increased?" asks the same thing's amount in two documents of different dates
 * (minutes of 10 and 24 February: £18,500, then £20,000) and whether the later is more. Each side
 * is answered as a question of its own; the verdict is computed and said so, and is given only
 * when each side states exactly one amount (and, for a change, each document has a date): never
 * a guess from a line that states two.
 */

import { amountsAsked } from './amounts.js';
import type { Answer, Citation } from './answer.js';
import { datesIn } from './dates.js';
import { root, rootsOf } from './lexicon.js';
import { queryTerms } from './text.js';

/** "more expensive", "cheaper", "costs more": which way the question asks. */
const MORE =
  /^(?:more(?:\s+(?:expensive|costly|pricey))?|dearer|pricier|costlier|higher|costs?\s+more|cost\s+more)$/iu;
const LESS = /^(?:less(?:\s+(?:expensive|costly|pricey))?|cheaper|lower|costs?\s+less|cost\s+less)$/iu;

// "which" may be gone: the planner passes "is more expensive, the hotel or the flights?".
const CHOICE =
  /^(?:(?:which|what)(?:\s+one)?\s+)?(?:(?:is|was|are|were)\s+(more\s+(?:expensive|costly|pricey)|less\s+(?:expensive|costly|pricey)|cheaper|dearer|pricier|costlier)|(costs?\s+(?:more|less)|cost\s+(?:more|less)))\s*[,:]?\s*(.+?)\s+or\s+(.+?)[?!.\s]*$/iu;

/** A question asking which of two things costs more or less: its sides and direction, or undefined. */
export function choiceAsked(
  question: string,
): { sides: [string, string]; more: boolean; said: string } | undefined {
  const match = CHOICE.exec(question.trim());
  if (!match) return undefined;
  const said = ((match[1] ?? match[2]) as string).replace(/\s+/g, ' ').toLowerCase();
  const bare = (side: string) => side.replace(/^(?:the|my|a|an|our)\s+/iu, '').trim();
  const sides: [string, string] = [bare(match[3] as string), bare(match[4] as string)];
  if (!sides[0] || !sides[1]) return undefined;
  if (MORE.test(said)) return { sides, more: true, said };
  if (LESS.test(said)) return { sides, more: false, said };
  return undefined;
}

/** The one amount a side's answer states (in cents, as written), or undefined when none or several. */
function oneAmount(answer: Answer): { cents: number; written: string } | undefined {
  const amounts = answer.citations.flatMap((c) => amountsAsked(c.quote));
  const values = new Set(amounts.map((a) => a.cents));
  return values.size === 1 ? amounts[0] : undefined;
}

/** The computed line saying which side costs more or less, or undefined when either side states not one amount. */
export function choiceVerdict(
  choice: { sides: [string, string]; more: boolean; said: string },
  first: Answer,
  second: Answer,
): string | undefined {
  const a = oneAmount(first);
  const b = oneAmount(second);
  if (!a || !b) return undefined;
  const [x, y] = choice.sides;
  if (a.cents === b.cents)
    return `They cost the same: ${a.written} each (compared, not stated in the documents).`;
  const firstWins = choice.more ? a.cents > b.cents : a.cents < b.cents;
  const [winner, loser] = firstWins
    ? ([
        [x, a],
        [y, b],
      ] as const)
    : ([
        [y, b],
        [x, a],
      ] as const);
  // "the flights are cheaper", "the hotel costs more".
  const plural = /[^s]s$/iu.test(winner[0]);
  const word = choice.said.startsWith('cost')
    ? `${plural ? 'cost' : 'costs'} ${choice.more ? 'more' : 'less'}`
    : `${plural ? 'are' : 'is'} ${choice.said}`;
  return `The ${winner[0]} ${word}: ${winner[1].written} against ${loser[1].written} for the ${loser[0]} (compared, not stated in the documents).`;
}

const UP = 'increased|raised|risen|grown|gone up|went up|go up|increase|rise|grow';
const DOWN =
  'decreased|reduced|cut|lowered|fallen|dropped|gone down|went down|go down|decrease|reduce|fall|drop';
const CHANGE = new RegExp(
  `^(?:was|were|has|have|had|did|is|are)\\s+(?:the\\s+|my\\s+|our\\s+)?(.+?)\\s+(?:been\\s+|being\\s+)?(${UP}|${DOWN}|changed|change)\\b(.*)$`,
  'iu',
);

/** A yes/no question asking whether an amount went up or down: its subject and way, or undefined. */
export function changeAsked(
  question: string,
): { subject: string; way: 'up' | 'down' | 'any'; said: string } | undefined {
  const match = CHANGE.exec(question.trim().replace(/[?!.]+$/u, ''));
  if (!match) return undefined;
  const subject = (match[1] as string).trim();
  const said = (match[2] as string).toLowerCase();
  if (!/\p{L}/u.test(subject) || subject.split(/\s+/).length > 5) return undefined;
  const way = new RegExp(`^(?:${UP})$`, 'iu').test(said)
    ? 'up'
    : new RegExp(`^(?:${DOWN})$`, 'iu').test(said)
      ? 'down'
      : 'any';
  return { subject, way, said };
}

/** The date of a document: a date in its name ("2026-02-10-product-sync.md"), else its first "Date:" line's, as a sortable number. */
function dateOf(path: string, head: readonly string[]): { at: number; text: string } | undefined {
  const named = /(\d{4})-(\d{2})-(\d{2})/u.exec(path.split(/[\\/]/).pop() ?? '');
  const line = head.find((l) => /^\s*(?:date|dated|datum|fecha)\s*:/iu.test(l));
  const mention = line ? datesIn(line)[0] : undefined;
  const reading = mention?.readings.find((r) => r.year !== undefined && r.day !== undefined);
  if (reading) {
    return {
      at: (reading.year as number) * 10_000 + reading.month * 100 + (reading.day as number),
      text: mention?.text ?? '',
    };
  }
  if (named) return { at: Number(`${named[1]}${named[2]}${named[3]}`), text: named[0] };
  return undefined;
}

/**
 * The answer to "was the budget increased?" from `amounts` (the answer to "how much is the
 * budget?"): the lines saying the subject and one amount, one per dated document, earliest and
 * latest compared. Undefined when fewer than two dated documents state it.
 */
export function changeAnswer(
  change: { subject: string; way: 'up' | 'down' | 'any'; said: string },
  amounts: Answer,
  headOf: (path: string) => readonly string[],
  nameOf: (citation: Citation) => string,
): Answer | undefined {
  const subject = queryTerms(change.subject).map(root);
  if (subject.length === 0) return undefined;
  const stated = amounts.citations.flatMap((c) => {
    const roots = rootsOf(c.quote);
    const found = amountsAsked(c.quote);
    if (!subject.every((r) => roots.has(r)) || new Set(found.map((a) => a.cents)).size !== 1) return [];
    const date = dateOf(c.path, headOf(c.path));
    return date ? [{ citation: c, amount: found[0] as { cents: number; written: string }, date }] : [];
  });
  // One line per document; documents of two dates or more.
  const byFile = [...new Map(stated.map((s) => [s.citation.path, s])).values()].sort(
    (a, b) => a.date.at - b.date.at,
  );
  const first = byFile[0];
  const last = byFile.at(-1);
  if (!first || !last || first.date.at === last.date.at) return undefined;
  const went =
    last.amount.cents > first.amount.cents ? 'up' : last.amount.cents < first.amount.cents ? 'down' : 'same';
  const verdict =
    went === 'same'
      ? change.way === 'any'
        ? 'No'
        : 'No: it stayed the same'
      : change.way === 'any' || change.way === went
        ? 'Yes'
        : `No: it went ${went}`;
  const line = (s: typeof first) => `${s.citation.quote} (${nameOf(s.citation)}, dated ${s.date.text})`;
  return {
    known: true,
    answer: [
      `${verdict}, as far as your documents say: ${first.amount.written} on ${first.date.text}, then ${last.amount.written} on ${last.date.text} (compared, not stated in the documents).`,
      line(first),
      line(last),
    ].join('\n'),
    citations: [first.citation, last.citation],
    passages: amounts.passages,
  };
}
