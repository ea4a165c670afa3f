/**
 * A mail thread's quoted reply opens with its attribution ("On Mon, 9 Feb 2026 at 16:40, Graham
 * Wilkes <graham@…> wrote:"): the line names the sender and a date, so it matches "how much
 * deposit will Graham return?" by the name, though it states no amount (stranger S27 HIGH 4).
 * For a how-much or how-many question such a line is never the answer: the quoted lines under
 * it that state a number and say the most words asked ("The remaining £1,225 will be returned …")
 * are quoted instead.
 */

import type { Answer, Citation } from './answer.js';
import { fileLines } from './file-lines.js';
import { asksHowMuch } from './how-much.js';
import { root, rootsOf } from './lexicon.js';
import { cite } from './schemas.js';
import type { KnowledgeStore } from './store.js';
import { queryTerms } from './text.js';

/** "On <date>, <name> wrote:", "Le … a écrit :", "Am … schrieb …:", "El … escribió:". */
export const REPLY_HEADER =
  /^\s*(?:on\s.{4,200}\swrote|le\s.{4,200}\sa\s+écrit|am\s.{4,200}\sschrieb|el\s.{4,200}\sescribió|il\s.{4,200}\sha\s+scritto)\s*:\s*$/iu;

const NUMBER = /\d/u;
/** An amount of money: "£1,225", "€ 40", "85 EUR", "40 euros". */
const MONEY = /[£$€¥]\s?\d|\d\s?(?:eur|usd|gbp|euros?|pounds?|dollars?)\b/iu;

/**
 * `answer` with each quoted-reply header it cites replaced by the quoted lines under it that
 * state a number and share the most words of `question`; `answer` itself when it cites no such
 * header or the question asks no amount or count.
 */
export function withoutReplyHeaders(
  store: KnowledgeStore,
  collection: string,
  question: string,
  answer: Answer,
): Answer {
  const headers = answer.citations.filter((c) => REPLY_HEADER.test(c.quote));
  if (headers.length === 0) return answer;
  if (!asksHowMuch(question)) return answer;
  const target = store.collection(collection);
  if (!target) return answer;
  const asked = new Set(queryTerms(question).map(root));
  const money =
    /\bhow\s+much\b/iu.test(question) && !/\bhow\s+much\s+(?:time|longer|weight)\b/iu.test(question);
  const fresh: Citation[] = [];
  for (const header of headers) {
    const lines = fileLines(store, target.id, header.path);
    const at = lines.findIndex((l) => l.first === header.lineStart);
    if (at < 0) continue;
    const quoted = [];
    for (const line of lines.slice(at + 1)) {
      if (!/^\s*>/u.test(line.text)) break;
      // Each sentence of the line: "The remaining £1,225 will be returned …", not the deductions before it.
      for (const text of line.text
        .replace(/^[\s>]+/u, '')
        .trim()
        .split(/(?<=[.!?])\s+(?=\p{Lu})/u)) {
        if (!(money ? MONEY : NUMBER).test(text)) continue;
        const said = [...rootsOf(text)].filter((r) => asked.has(r)).length;
        quoted.push({ line, text, said });
      }
    }
    const best = Math.max(0, ...quoted.map((q) => q.said));
    for (const q of quoted.filter((q) => q.said === best && best > 0))
      fresh.push({
        path: header.path,
        lineStart: q.line.first,
        lineEnd: q.line.last,
        heading: header.heading,
        quote: q.text,
      });
  }
  const kept = answer.citations.filter((c) => !headers.includes(c));
  const citations = [...kept, ...fresh];
  if (citations.length === 0)
    return {
      known: false,
      answer: "I don't know: your documents do not seem to say.",
      citations: [],
      passages: answer.passages,
    };
  const names = store.displayNames(citations.map((c) => c.path));
  const dropped = new Set(headers.map((c) => c.quote));
  return {
    ...answer,
    answer: [
      ...answer.answer.split('\n').filter((line) => ![...dropped].some((quote) => line.includes(quote))),
      ...fresh.map((c) => `${c.quote} (${cite(c, names.get(c.path))})`),
    ].join('\n'),
    citations,
  };
}
