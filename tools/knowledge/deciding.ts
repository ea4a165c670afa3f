/**
 * The lines that decide a yes/no question (stranger S35 1): "are cats prohibited?" is not
 * answered by "Dogs are prohibited." — a line saying the question's verdict word of a sibling — when
 * the same paragraph says "Pets are not allowed, except one cat with written approval …". In the
 * paragraph (or list) of each quoted line, a sentence is added when it names a thing asked and
 * makes it conditional ("except", "unless", "other than", "provided that", "only if"), or names
 * the thing asked when no quote does. Quotes naming none of the things asked then stand aside:
 * they are about something else.
 */
import type { Answer, Citation } from './answer.js';
import { EXCEPTION } from './cover.js';
import { fileLines } from './file-lines.js';
import { alternativesOf, root, rootsOf } from './lexicon.js';
import { cite } from './schemas.js';
import { sentenceSpans } from './sentences.js';
import type { KnowledgeStore } from './store.js';
import { LIST_ITEM_MARKER, queryTerms } from './text.js';
import { YES_NO } from './yes-no.js';

/** "what does my lease say about cats?": a question of what a document says of a thing. */
const SAYS_ABOUT = /\b(?:say|says|state|states)\s+about\b/iu;
/**
 * Words that ask the verdict rather than name the thing ("allowed", "covered", "included"): a
 * line saying only such a word speaks of another thing.
 */
const VERDICTS = new Set(
  'allow allowed permit permitted prohibit prohibited ban banned forbid forbidden cover covered include included require required need needed accept accepted refund refundable let ok okay free available possible can may must charge charged apply applies say says state states about mention'
    .split(' ')
    .map(root),
);
/** Words of the asker and the frame: never the thing asked. */
const FRAME = new Set('i me my we our you your is are am do does did what'.split(' ').map(root));
const HEADING = /^\s{0,3}#{1,6}\s+\S/u;
/** At most this many lines are added to an answer. */
const MAX_ADDED = 2;

interface Sentence {
  text: string;
  first: number;
  last: number;
}

/** The sentences of the paragraph (blank lines and headings bound it) holding file line `line`. */
function paragraphSentences(lines: readonly { text: string; first: number; last: number }[], line: number) {
  const at = lines.findIndex((l) => l.first <= line && line <= l.last);
  if (at < 0) return [];
  const bounds = (l: { text: string } | undefined) => !l || l.text.trim() === '' || HEADING.test(l.text);
  let start = at;
  while (start > 0 && !bounds(lines[start]) && !bounds(lines[start - 1])) start -= 1;
  let end = at;
  while (end + 1 < lines.length && !bounds(lines[end + 1])) end += 1;
  const out: Sentence[] = [];
  for (const l of lines.slice(start, end + 1)) {
    if (HEADING.test(l.text)) continue;
    const text = l.text.replace(LIST_ITEM_MARKER, '');
    for (const span of sentenceSpans(text)) {
      const said = text.slice(span.start, span.end).trim();
      if (said !== '') out.push({ text: said, first: l.first, last: l.last });
    }
  }
  return out;
}

/** `answer` with the lines that decide the yes/no `question` added, and quotes of other things set aside. */
export function withDecidingLines(
  store: KnowledgeStore,
  collection: string,
  question: string,
  answer: Answer,
): Answer {
  if (!answer.known || answer.citations.length === 0) return answer;
  if (!YES_NO.test(question) && !SAYS_ABOUT.test(question)) return answer;
  // A verdict already read from a list of cover (cover.ts) says its own lines.
  if (/^(?:Yes|No|Not)\b/u.test(answer.answer)) return answer;
  const target = store.collection(collection);
  if (!target) return answer;
  const asked = [...new Set(queryTerms(question).map(root))].filter((r) => !FRAME.has(r));
  const things = asked.filter((r) => !VERDICTS.has(r));
  if (things.length === 0) return answer;
  const names = (text: string) => {
    const said = rootsOf(text);
    return things.filter((r) => [...alternativesOf(r)].some((a) => said.has(a)));
  };
  const quotedThing = answer.citations.some((c) => names(c.quote).length > 0);
  const quoted = (s: Sentence) => answer.citations.some((c) => c.quote.includes(s.text));
  const added: Citation[] = [];
  const seen = new Set<string>();
  for (const c of answer.citations) {
    for (const s of paragraphSentences(fileLines(store, target.id, c.path), c.lineStart)) {
      const key = `${c.path}\0${s.first}\0${s.text}`;
      const named = names(s.text);
      if (seen.has(key) || quoted(s) || named.length === 0) continue;
      seen.add(key);
      // "… except one cat with written approval": conditional, and of a thing asked that the quote
      // leaves out, or of two things asked ("Phones must be handed in, other than for pupils who …").
      // Not "Freezing the membership is allowed only with …" for "can I cancel my membership?".
      const inQuote = names(c.quote);
      const conditional =
        EXCEPTION.test(s.text) &&
        (named.some((r) => !inQuote.includes(r)) || named.length >= Math.min(2, things.length));
      // "The sauna costs $10 extra." when no quote says the sauna at all.
      if (conditional || !quotedThing)
        added.push({ path: c.path, lineStart: s.first, lineEnd: s.last, heading: c.heading, quote: s.text });
    }
  }
  if (added.length === 0) {
    // "what do the house rules say about pets?" may be answered by the section headed "Pets".
    if (quotedThing || !YES_NO.test(question) || answer.citations.some((c) => names(c.heading).length > 0))
      return answer;
    // "are cats allowed?" answered only by "Chickens are not allowed.": of something else. A word
    // naming the file quoted ("the HOA" of hoa.txt) is no thing a line must say.
    const files = rootsOf(answer.citations.map((c) => c.path.replace(/[/._-]+/gu, ' ')).join(' '));
    const missing = things.filter((r) => !files.has(r));
    if (missing.length === 0) return answer;
    const written = queryTerms(question).filter((w) => missing.includes(root(w)));
    return {
      known: false,
      answer: `I don't know: the lines found do not speak of ${written.map((w) => `"${w}"`).join(' or ')}.`,
      citations: [],
      passages: answer.passages,
    };
  }
  const shown = added.slice(0, MAX_ADDED);
  // "Dogs are prohibited." names no thing asked, where an added line does: it stands aside.
  const aside = (c: Citation) => names(c.quote).length === 0 && shown.some((a) => names(a.quote).length > 0);
  const display = store.displayNames([...answer.citations, ...shown].map((c) => c.path));
  const lineOf = (c: Citation) => `${c.quote} (${cite(c, display.get(c.path))})`;
  const dropped = new Set(answer.citations.filter(aside).map(lineOf));
  const kept = answer.answer.split('\n').filter((l) => !dropped.has(l));
  const citations = [...shown, ...answer.citations.filter((c) => !dropped.has(lineOf(c)))];
  return { ...answer, answer: [...shown.map(lineOf), ...kept].join('\n'), citations };
}

/**
 * "is the sauna included?" that no line answers in those words: what the documents say of the
 * sauna ("The sauna costs $10 extra per visit.") decides it (S35). The question asked again of the
 * things alone ("what about the sauna?"), or undefined when it asks no verdict word or no thing.
 */
export function thingsAsked(question: string): { question: string; things: string[] } | undefined {
  if (!YES_NO.test(question)) return undefined;
  const terms = queryTerms(question).filter((w) => !FRAME.has(root(w)));
  const things = terms.filter((w) => !VERDICTS.has(root(w)));
  if (things.length === 0 || things.length === terms.length) return undefined;
  return { question: `what about the ${things.join(' ')}?`, things: things.map(root) };
}

/** Whether the quotes of `answer` together say every thing asked. */
export const saysThings = (answer: Answer, things: readonly string[]): boolean => {
  const said = rootsOf(answer.citations.map((c) => c.quote).join('\n'));
  return things.every((r) => [...alternativesOf(r)].some((a) => said.has(a)));
};
