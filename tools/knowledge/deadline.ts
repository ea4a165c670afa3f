/**
 * A deadline asked of a thing its dated line does not name (k22, S35): "by when must I accept the
 * offer?" — the offer letter says "Please reply by October 24, 2025 to accept.": the verb and the
 * date are on the line, the offer is what the lines just before it are about. The question is asked
 * again without one of its nouns, and that answer counts only when its line states a date with a
 * word of a deadline ("by", "no later than", "due", "closes") and its document says the noun left
 * out in its title or within a few lines of it: a lease's rent line is no answer for its pet deposit.
 */
import { datesIn } from './dates.js';
import { root, rootsOf } from './lexicon.js';
import { isStopWord, words } from './text.js';
import { NARROWING } from './wording.js';

/** A question asking by when: "by when", "until when", "deadline", "due", "the latest", "… paid by?". */
const DEADLINE_ASKED =
  /\b(?:by|until|till)\s+when\b|\bdeadlines?\b|\bdue\b|\bthe\s+latest\b|\bcut-?off\b|\bby\s*\?*\s*$/iu;
/** A line saying a last day: "reply by …", "no later than …", "due …", "deadline", "closes on …". */
const DEADLINE_SAID =
  /\b(?:by|no\s+later\s+than|not\s+later\s+than|before|until|deadline|due|closes?|closing|expires?)\b/iu;
/**
 * A question asking a last day outright ("by when …", "until when …", "the deadline …", "… paid
 * by?"): a line that states no deadline ("will take place on 14 May", "Amount due: £64.20") is no answer.
 */
const DEADLINE_ONLY = /\b(?:by|until|till)\s+when\b|\bdeadlines?\b|\bcut-?off\b|\bby\s*\?*\s*$/iu;
/** A date, a day of the month or a span before an event ("30 days before the next billing date"). */
const WHEN_STATED = /\b\d{1,2}(?:st|nd|rd|th)\b|\b\d+\s+(?:days?|weeks?|months?)\b/iu;

/** Whether a quote states a deadline: a word of one and a date or day. */
export const statesDeadline = (quote: string): boolean =>
  DEADLINE_SAID.test(quote) && (datesIn(quote).length > 0 || WHEN_STATED.test(quote));

/** Whether `question` asks by when ("due", "by when", "the latest"), so a line stating a deadline is the better answer. */
export const asksDeadline = (question: string): boolean => DEADLINE_ASKED.test(question);

/** Whether `question` asks a last day outright, so only a line stating a deadline answers it. */
export const asksDeadlineOnly = (question: string): boolean => DEADLINE_ONLY.test(question);

/** The verbs of paying: the thing paid by a deadline is its payment ("Payment due date: …"). */
const PAYING = new Set('pay pays paid paying'.split(' '));

/** Question words that are no noun to leave out. */
const ASKING = new Set(
  'when must should need needs have has had can could will would does do did is are was were latest deadline due'.split(
    ' ',
  ),
);

export interface DeadlineAnswer {
  known: boolean;
  answer: string;
  citations: readonly { path: string; lineStart: number; quote: string }[];
}

/**
 * The answer to `question` asked without one of its nouns (`ask`), when a deadline is asked and
 * a quote states a dated deadline and its document says every noun left out in its title or
 * near the line (`saysNear`): those quotes, else undefined.
 */
export async function deadlineWithout<A extends DeadlineAnswer>(
  question: string,
  ask: (reduced: string) => Promise<A>,
  saysNear: (path: string, line: number, roots: ReadonlySet<string>) => boolean,
  deadlines: (path: string) => number = () => Number.POSITIVE_INFINITY,
): Promise<A | undefined> {
  // "when is the lab report for module 2 due?": a numbered thing is asked as numbered, never left out.
  if (!DEADLINE_ASKED.test(question) || /\p{N}/u.test(question)) return undefined;
  const nouns = [...new Set(words(question))].filter(
    (word) => word.length >= 3 && !isStopWord(word) && !ASKING.has(word.toLowerCase()),
  );
  const tries: { reduced: string; left: ReadonlySet<string>; only?: boolean }[] = nouns.map((noun) => ({
    reduced: question
      .replace(new RegExp(String.raw`\b(?:(?:the|my|a|an|our|your|this|that)\s+)?${noun}\b`, 'iu'), '')
      .replace(/\s+/g, ' ')
      .replace(/\s+([?.!])/g, '$1')
      .trim(),
    left: rootsOf(noun),
  }));
  // "by when must I pay the water bill?", "when is the water bill due?" — "Payment due date: 24
  // November 2026" of the water bill:
  // the payment's due date, in a document that says every noun asked.
  const paying = nouns.filter((noun) => PAYING.has(noun));
  const things = nouns.filter((noun) => !PAYING.has(noun));
  if ((paying.length > 0 || /\bdue\b/iu.test(question)) && things.length > 0)
    tries.push({ reduced: 'when is the payment due?', left: rootsOf(things.join(' ')) });
  // "when is the offer deadline?", "deadline" the only word left: a letter's deadline is to reply or accept.
  if (/\bdeadlines?\b/iu.test(question) && things.length > 0)
    for (const verb of ['reply', 'accept'])
      tries.push({ reduced: `by when must I ${verb}?`, left: rootsOf(things.join(' ')) });
  // "by when must I reply to the job offer?" of "Please sign and return this letter by 15 December
  // 2025." (k24): answering a letter is replying, accepting, signing, returning or confirming; one
  // of them asked is answered by another's line when it is its document's only deadline.
  const answering = nouns.filter((noun) => ANSWERING.has(noun.toLowerCase()));
  const rest = things.filter(
    (noun) => !ANSWERING.has(noun.toLowerCase()) && !LETTING.has(noun.toLowerCase()),
  );
  if (
    (answering.length > 0 || LET_KNOW.test(question) || /\bdeadlines?\b/iu.test(question)) &&
    rest.length > 0
  )
    for (const verb of ANSWERING_VERBS)
      if (!answering.includes(verb))
        tries.push({
          reduced: `by when must I ${verb}?`,
          // Each noun's own stem ("job offer" is no "joboff" to find).
          left: new Set(rest.flatMap((noun) => [...rootsOf(noun)])),
          only: true,
        });
  return answerWithout(
    tries.filter((t) => t.reduced !== question),
    ask,
    saysNear,
    statesDeadline,
    deadlines,
  );
}

/** The verbs of answering a letter or an offer by its deadline (k24). */
const ANSWERING_VERBS = ['reply', 'respond', 'accept', 'sign', 'return', 'confirm'] as const;
const ANSWERING = new Set<string>([
  ...ANSWERING_VERBS,
  'replies',
  'responds',
  'accepts',
  'signs',
  'returns',
  'confirms',
]);
/** "let us know", "let them know": answering too, no noun to keep. */
const LETTING = new Set(['let', 'know']);
const LET_KNOW = /\blet\s+(?:us|them|him|her|you|the\s+\w+)\s+know\b/iu;

/**
 * The first answer of `tries` (each a question asked without words, `left` their stems) whose
 * quotes `keepQuote` accepts and whose documents say what was left out near the line (`saysNear`):
 * only those quotes, else undefined.
 */
async function answerWithout<A extends DeadlineAnswer>(
  tries: readonly { reduced: string; left: ReadonlySet<string>; only?: boolean }[],
  ask: (reduced: string) => Promise<A>,
  saysNear: (path: string, line: number, roots: ReadonlySet<string>) => boolean,
  keepQuote: (quote: string) => boolean,
  deadlines: (path: string) => number = () => Number.POSITIVE_INFINITY,
): Promise<A | undefined> {
  for (const { reduced, left, only } of tries) {
    const answer = await ask(reduced);
    if (!answer.known) continue;
    // Only the lines kept in a document saying what was left out ("the payment" of the water bill);
    // asked by another verb, only a document's one deadline line.
    const keep = answer.citations.map(
      (c) => keepQuote(c.quote) && saysNear(c.path, c.lineStart, left) && (!only || deadlines(c.path) === 1),
    );
    const lines = answer.answer.split('\n');
    if (keep.every(Boolean) && keep.length > 0) return answer;
    if (keep.includes(true) && lines.length === keep.length)
      return {
        ...answer,
        answer: lines.filter((_, i) => keep[i]).join('\n'),
        citations: answer.citations.filter((_, i) => keep[i]),
      };
  }
  return undefined;
}

/**
 * What a question is asked of at its end, naming the document or section rather than the line
 * ("what is my salary at Northwind?", "who will I report to at my new job?", "… in Lisbon?"): the
 * preposition and its one to three words, none a function word after the first determiner.
 */
const QUALIFIER =
  /\s+(?:at|for|in|with|from)\s+(?:(?:the|my|our|your|this|that|a|an)\s+)?((?:(?!(?:at|for|in|with|from|to|on|by)\b)[\p{L}\p{N}'’-]+\s*){1,3})[\s?.!]*$/iu;

/**
 * A fact asked of a thing its line does not name (k23, S35): "We are pleased to offer you the
 * position of Data Analyst at Northwind. / Your starting salary will be $85,000 per year." answers
 * "what is my salary at Northwind?" — the company is what the lines around it, or the document's
 * first lines, are about. The question is asked again without its closing "at …"; its quotes count
 * only when their document says every word left out near them (`saysNear`, as for a deadline):
 * "the salary at Contoso" of Northwind's letter stays unknown.
 */
export async function subjectWithout<A extends DeadlineAnswer>(
  question: string,
  ask: (reduced: string) => Promise<A>,
  saysNear: (path: string, line: number, roots: ReadonlySet<string>) => boolean,
): Promise<A | undefined> {
  const found = QUALIFIER.exec(question);
  if (!found || /\p{N}/u.test(found[1] as string)) return undefined;
  const left = new Set(
    words(found[1] as string)
      .filter((word) => !isStopWord(word) && !NARROWING.has(root(word)))
      .map(root),
  );
  if (left.size === 0) return undefined;
  const reduced = `${question.slice(0, found.index).trim()}?`;
  if (words(reduced).every((word) => isStopWord(word))) return undefined;
  return answerWithout([{ reduced, left }], ask, saysNear, () => true);
}

/** "can I return the duvet?", "may we cancel the booking?": a permission asked of one named thing. */
const ITEM_ASKED =
  /^\s*(can|may|could)\s+(i|we)\s+(\p{L}+)\s+(?:the|my|our|this|that)\s+((?:[\p{L}\p{N}'’-]+\s*){1,3})[\s?.!]*$/iu;

/**
 * A permission asked of an item its line does not name (S34): "can I return the duvet?" — the
 * order confirmation lists the duvet in its table and says "You can return unused items within 28
 * days of delivery." The question is asked again of "it" ("can I return it?"); its quotes count
 * only when their document names every word of the item somewhere (`saysInFile`), so a duvet no
 * document lists stays unknown.
 */
export async function itemWithout<A extends DeadlineAnswer>(
  question: string,
  ask: (reduced: string) => Promise<A>,
  saysInFile: (path: string, roots: ReadonlySet<string>) => boolean,
): Promise<A | undefined> {
  const found = ITEM_ASKED.exec(question);
  if (!found || /\p{N}/u.test(found[4] as string)) return undefined;
  const left = new Set(
    words(found[4] as string)
      .filter((word) => !isStopWord(word))
      .map(root),
  );
  if (left.size === 0) return undefined;
  const reduced = `${found[1]} ${found[2]} ${found[3]} it?`;
  return answerWithout(
    [{ reduced, left }],
    ask,
    (path, _line, roots) => saysInFile(path, roots),
    () => true,
  );
}
