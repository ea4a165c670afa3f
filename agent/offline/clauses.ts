/**
 * Chatty requests carry more than one clause: "Oh, before I forget, my cardiologist is Dr. Okafor.
 * Could you keep that for me?". These helpers cut a request into the smaller texts worth reading on
 * their own (each sentence, the text without a trailing aside) and say when a reading reached
 * across a clause it should not have.
 */

/** Words after which a "." does not end a sentence ("Dr. Nguyen", "Mr. Rossi"). */
const ABBREVIATIONS =
  /(?<![\p{L}\p{N}])(?:dr|mr|mrs|ms|mx|st|prof|jr|sr|vs|etc|no|nr|approx|ave|rd|mt|ft|apt|e\.g|i\.e|a\.m|p\.m|ул|пр|просп|пер|пл|наб|д|кв|г|стр|корп|ш)\.$/iu;

/**
 * An initial ("J." of "Mr. J. R. Ewing", "K." of "Dana K. Smith"): a lone capital and a ".", with
 * only capitalised words or more initials after it to the next sentence end (issue 7, m12). "my
 * grade is A. Remember my bike is 3." is two sentences.
 */
function initial(before: string, after: string): boolean {
  if (!/(?:^|[\s(])\p{Lu}\.$/u.test(before)) return false;
  const rest = after
    .trim()
    .split(/(?<!(?:^|\s)\p{Lu})[.?!](?:\s|$)/u)[0]!
    .split(/\s+/)
    .filter(Boolean);
  return rest.length > 0 && rest.every((word) => /^\p{Lu}/u.test(word));
}

/** True when `before` ends in a day ("7") and `after` opens with a month's name ("März 2018"). */
const ordinalDay = (before: string, after: string): boolean =>
  /(?:^|\s)\d{1,2}$/u.test(before) && isMonthWord(/^\s*(\p{L}+)/u.exec(after)?.[1] ?? '');

/** Quoted passages ("…", or '…' at word edges, as `tokens.ts` reads them): never cut inside. */
const QUOTED = /"[^"\n]+"|(?<=^|[\s(:])'[^'\n]+'(?=$|[\s.,!?;:)])/g;

/**
 * True when an ellipsis sits inside a title ("Wait Wait... Don't Tell Me", "Sorry... Not Sorry"):
 * the word before it and every word after it, to the end or the next sentence end, are
 * capitalised. "my PIN is 1234... Don't tell anyone" is two sentences.
 */
function titleEllipsis(before: string, mark: string, after: string): boolean {
  if (!/^\.{2,}$/.test(mark)) return false;
  if (!/(?:^|\s)\p{Lu}[\p{L}'’-]*$/u.test(before)) return false;
  const rest = after
    .trim()
    .split(/[.?!](?:\s|$)/)[0]!
    .split(/\s+/)
    .filter(Boolean);
  return rest.length > 0 && rest.every((word) => /^[\p{Lu}\p{N}]/u.test(word));
}

/**
 * The request cut at sentence ends: ". ", "? ", "! " (not after "Dr." and the like, and never
 * inside a quoted passage: `my motto is "Stop. Think. Act."` is one sentence).
 */
export function sentences(text: string): string[] {
  const quoted = [...text.matchAll(QUOTED)].map((match) => [match.index, match.index + match[0].length]);
  const parts: string[] = [];
  let start = 0;
  for (const match of text.matchAll(/[.?!]+(?=\s+\S)/g)) {
    const end = (match.index ?? 0) + match[0].length;
    if (quoted.some(([from = 0, to = 0]) => end > from && end < to)) continue;
    if (match[0] === '.' && ABBREVIATIONS.test(text.slice(start, end))) continue;
    if (match[0] === '.' && initial(text.slice(start, end), text.slice(end))) continue;
    if (titleEllipsis(text.slice(start, match.index), match[0], text.slice(end))) continue;
    // "born 7. März 2018": a German day's ordinal dot before its month ends no sentence (D32 1).
    if (match[0] === '.' && ordinalDay(text.slice(start, match.index), text.slice(end))) continue;
    // "remember my !!! is loud": marks standing where a name is, after "my", end no sentence (S30).
    if (/(?:^|\s)(?:my|your|our|the)\s+$/iu.test(text.slice(start, match.index))) continue;
    const part = text.slice(start, end).trim();
    if (part) parts.push(part);
    start = end;
  }
  const rest = text.slice(start).trim();
  if (rest) parts.push(rest);
  return parts;
}

import { isMonthWord } from '../../tools/knowledge/dates.js';
import { isAside } from '../../tools/offline.js';
import { VALUE_WORD, valueWordKept } from './asides.js';

export { isAside };

/** The text with trailing ", <aside>" clauses dropped, or undefined when there are none. */
export function withoutTrailingAside(text: string): string | undefined {
  let current = text.trim().replace(/[.?!]+$/, '');
  let changed = false;
  for (let round = 0; round < 3; round++) {
    const comma = current.lastIndexOf(',');
    if (comma <= 0 || !trailingAside(current.slice(0, comma), current.slice(comma + 1), text)) break;
    current = current.slice(0, comma).trim();
    changed = true;
  }
  return changed && current ? current : undefined;
}

/**
 * The smaller texts worth reading on their own, most specific last: each sentence, and each with
 * a trailing aside dropped. Empty for a single plain clause.
 */
export function clauseCandidates(text: string): string[] {
  const found = new Set<string>();
  const parts = sentences(text);
  for (const part of parts.length > 1 ? [text, ...parts] : [text]) {
    if (part !== text) found.add(part.replace(/(?<!\b(?:dr|mr|mrs|ms|st|jr|sr))[.!]+$/i, ''));
    const trimmed = withoutTrailingAside(part);
    if (trimmed) found.add(trimmed);
  }
  return [...found];
}

/**
 * A slot value that runs across a sentence end or into a trailing aside. A value the request
 * gives in quotes (`"Stop. Think. Act."`) is what was typed, never a spill.
 */
export function spillsOver(value: unknown, request = ''): boolean {
  if (typeof value !== 'string') return false;
  if (value && [...request.matchAll(QUOTED)].some((match) => match[0].slice(1, -1).includes(value)))
    return false;
  if (sentences(value).length > 1) return true;
  const comma = value.lastIndexOf(',');
  return comma > 0 && trailingAside(`is ${value.slice(0, comma)}`, value.slice(comma + 1), value);
}

/**
 * True when what follows the comma at `comma` is an aside: "No Signal, Sorry" and "hi, cheers"
 * end in a word that may be the value's own, so they are one value (see `valueWordKept`).
 */
function trailingAside(before: string, clause: string, whole: string): boolean {
  if (!isAside(clause)) return false;
  // "my phrase is no, thank you": a courtesy after a value of a lone "no" is the phrase's own.
  if (
    /\b(?:is|are|was|were)\s+no\s*$/i.test(before) &&
    /^\s*(?:thank\s+you|thanks|please)\s*[.!]*\s*$/i.test(clause)
  )
    return false;
  return !VALUE_WORD.test(clause) || !valueWordKept(before, ',', whole);
}

/** Words that take back a request to keep something: "don't save that", "never mind". */
const WITHDRAWN =
  /\b(?:(?:do|did|would|should|will|could|must)\s+not|(?:don|didn|wouldn|shouldn|won|couldn|mustn)['’]?t|never|rather\s+(?:you\s+)?not|no\s+need\s+to)\s+(?:(?:you\s+)?(?:to\s+)?)?(?:remember|save|store|keep|note|write|record|memori[sz]e)\b|\brather\s+(?:you\s+)?(?:didn['’]?t|did\s+not|not)\b|\bnever\s*mind\b|\bignore\s+(?:that|this|it)\b|\bscratch\s+that\b|\bjust\s+kidding\b/i;

/** Words that take back whatever came before them: "…, just kidding", "…. no wait, don't" (never "no kidding"). */
const RETRACTED =
  /\b(?:just\s+kidding|(?:i['’]?m\s+)?(?<!\b(?:no|not)\s+)kidding|jk|j\/k|never\s*mind|nvm|cancel\s+that|no\s+wait|wait\s+no|scratch\s+that|ignore\s+that)\b|\b(?:don['’]?t|do\s+not)\s*[.!]*$/i;

/** True when the request takes back a write somewhere: then no clause of it may write. */
export function withdrawsWrite(text: string): boolean {
  // "scratch that, the gate code is 4410" takes back what came before, not what follows.
  const rest = text.replace(/^(?:scratch|ignore)\s+that\b[\s,.:;-]*(?=\S)/i, '');
  return WITHDRAWN.test(rest) || retracts(text);
}

/** True when something after the start takes the request back ("forget my pin, lol jk"). */
export function retracts(text: string): boolean {
  const found = RETRACTED.exec(text.trim());
  return found !== null && found.index > 0;
}
