/**
 * A value the person corrects or doubts while saying it (issue 7, seventh round):
 * "my gate code is 12, sorry I mean 21", "12 - no, actually 21", "12 (no, 21)", "12; no, 21",
 * "12... wait, 21", "12 — scratch that, 21", "12, correction: 21", "12 oops 21". The last value
 * wins: the request is read again with the corrected value in place of the first, so neither
 * "12" nor "12 - no, actually 21" is kept. "12 or maybe 21", "12 or 21, not sure", "12 I think,
 * or 21" name two values and doubt them: nothing is kept and the answer asks which one.
 *
 * Where the line is: a correction needs a correction word after a break in the value (",", ";",
 * "(", "…", a spaced dash), or a plain space between two numbers or codes ("12 no 21"), and a new
 * value after it that is not a pronoun or a function word. So a value's own words stay whole: "no
 * pain no gain", "Sorry by Justin Bieber", "work hard, no excuses", "Hello, Sorry, Baby" (a
 * capitalised word after a comma is a name), "say what you mean, I mean it". A doubt needs two
 * values joined by "or" with a doubt word ("maybe", "I think", "not sure"…) or two numbers or codes
 * ("12 or 21"); "yes or no", "gin or tonic" and a title ("Or Maybe Not") are values as said.
 * A correction across a full sentence end ("… 4321. No, 4322.") is not read here: the sentence
 * reader asks which to keep (`readings.ts`).
 */

/** The longest request read for corrections (characters); longer ones are read as typed. */
const MAX_LENGTH = 600;

/** What a request says about its own value: corrected (read `text` instead) or doubted. */
export type SelfCorrection =
  | { kind: 'corrected'; text: string; from: string; to: string }
  | { kind: 'unsure'; options: [string, string]; text: string };

/** A break in a value before a correction: ",", ";", "(", "...", "…", a spaced dash, "--". */
const BREAK = String.raw`\s*(?:,|;|\(|\[|\.{2,}|…)\s*|\s+[-–—]+\s*|\s*[–—]\s*|\s*--\s*`;

/** Words that correct what came before, each said on its own or chained ("no, wait, it's"). */
const STRONG_WORDS = [
  String.raw`i\s+mean(?:t)?(?:\s+to\s+say)?`,
  String.raw`(?:scratch|strike)\s+that`,
  String.raw`correction\s*:?`,
  'whoops|oopsie|oops',
  String.raw`my\s+(?:bad|mistake)`,
  String.raw`make\s+(?:that|it)`,
  String.raw`or\s+rather`,
  String.raw`no\s+wait|wait\s+no`,
  'typo',
];
const WEAK_WORDS = ['sorry', 'no|nope|nah', 'wait', 'actually', 'err?m?|um+|uh+'];

/** What may follow the correction words before the new value: "it's", "it should be", "that's". */
const LEAD_IN = String.raw`(?:(?:it|that)(?:'s|\s+is|\s+should\s+be|\s+was)|should\s+be|it\s+should\s+be)\s+`;

const WORD = `(?:${[...STRONG_WORDS, ...WEAK_WORDS].join('|')})`;
const STRONG = new RegExp(String.raw`\b(?:${STRONG_WORDS.join('|')})\b`, 'i');

/** A chain of correction words after a break or a space, then the new value. */
const CORRECTION = new RegExp(
  String.raw`(${BREAK}|\s+)((?:well[\s,]+)?${WORD}(?:[\s,!:;-]*\b${WORD})*)\b((?:[\s,!:;-]|\p{Extended_Pictographic}|\u200d|\ufe0f)*)(${LEAD_IN})?(?=\S)`,
  'giu',
);

/** Words a new value never opens with: it would be a clause, not a value ("I mean it"). */
const NOT_A_VALUE =
  /^(?:it|its|that|this|these|those|i|me|we|us|you|he|she|they|them|and|or|but|so|then|not|is|was|are|were|to|of|for|with|in|on|at|by|the|a|an|my|our|your|his|her|their|if|because|as|just|never|don't|do|did|please|thanks|thank|what|which|who|when|where|why|how|kidding|joke|joking|lie|lying|cap)$/i;

/** Where the value a correction gives ends: a break, " and ", a sentence end, or the end. */
const VALUE_END = /\s*(?:[,;)\]]|\.(?=\s|$)|[!?](?=\s|$)|\s+and\s+)/;

/** Where a value starts: after "is", "are", "was", "'s", ":" or "=" (the last one before the break). */
const INTRODUCER = /(?:^|\s)(?:is|are|was|were|be)\s+|'s\s+|\s*:\s+|\s*=\s*/gi;

/** "change my locker to 12", "set my pin to 5": "to" opens the value of an update. */
const UPDATE =
  /^(?:please\s+)?(?:change|set|update|switch|make|move|correct|fix)\s+(?!.*\s(?:is|are)\s).+?\s(to)\s+/i;

/** A request that keeps free text: only a number or code inside it is ever corrected. */
const NOTE_FRAME =
  /^(?:please\s+)?(?:(?:add\s+(?:a\s+)?|save\s+a\s+|write\s+a\s+|make\s+a\s+)?notes?|memo|todo|idea|jot(?:\s+down)?|write\s+down|remind\s+me)\b/i;

const hasDigit = (text: string) => /\p{N}/u.test(text);
const words = (text: string) => text.split(/\s+/).filter(Boolean);

/**
 * The request as the person meant it when it corrects a value inside itself (the last value
 * wins), the two values when it doubts between them, or undefined. `text` is the cleaned request.
 */
export function selfCorrection(text: string): SelfCorrection | undefined {
  // A paste, not a sentence said: no value in it is corrected, and the scans below stay linear.
  if (text.length > MAX_LENGTH) return undefined;
  const unsure = doubted(text);
  if (unsure) return unsure;
  let current = text;
  let first: string | undefined;
  let last: string | undefined;
  for (let round = 0; round < 4; round++) {
    const found = correctOnce(current);
    if (!found) break;
    first ??= found.from;
    last = found.to;
    current = found.text;
  }
  return first !== undefined && last !== undefined
    ? { kind: 'corrected', text: current, from: first, to: last }
    : undefined;
}

/** The first correction in `text` applied, or undefined. */
function correctOnce(text: string): { text: string; from: string; to: string } | undefined {
  for (const match of text.matchAll(CORRECTION)) {
    const [whole, gap = '', chain = '', after = ''] = match;
    const at = match.index ?? 0;
    const before = text.slice(0, at);
    const start = at + whole.length;
    const rest = text.slice(start);
    const paren = /[([]/.test(gap);
    const end = paren ? rest.search(/[)\]]/) : rest.search(VALUE_END);
    if (paren && end < 0) continue;
    const value = (end < 0 ? rest : rest.slice(0, end)).trim();
    // "what is my locker? no wait, it is 13": a question is no value said; `joints.ts` asks about it.
    if (/\?\s*$/.test(before)) continue;
    const opening = openingOf(text, before);
    if (!opening) continue;
    const old = before.slice(opening.start).trim();
    // "the Ritz, or rather the Savoy": a new value with "the" corrects one said with "the"; its
    // next word is then the one that must be a value's.
    const article = /^(?:my|our|the)\s+/i.exec(value)?.[0];
    if (article && !old.toLowerCase().startsWith(article.trim().toLowerCase())) continue;
    const firstWord = words(value)[article ? 1 : 0] ?? '';
    if (!value || NOT_A_VALUE.test(firstWord.replace(/[^\p{L}']/gu, '')) || words(value).length > 8) continue;
    if (!old || !/[\p{L}\p{N}\p{S}]/u.test(old)) continue;
    const lastOld = words(old).at(-1) ?? '';
    const chainWords = chain.split(/[\s,!:;-]+/).filter(Boolean);
    // "oops", "I mean", "scratch that", or several words ("no, actually"): a deliberate correction.
    const strong = STRONG.test(chain) || chainWords.length > 1;
    const codes = hasDigit(lastOld) && hasDigit(firstWord);
    const spaced = !/[,;([.…–—-]/.test(gap);
    // "12 no 21": a bare space is a break only between two numbers or codes, or before words that
    // correct on their own ("12 oops 21", "Dr Patel I mean Dr Nguyen").
    if (spaced && !codes && !strong) continue;
    // "Hello, Sorry, Baby": a capitalised word after a comma is a value's own word.
    if (/^\p{Lu}/u.test(chain) && !/^I\b/.test(chain) && /^\s*,?\s*$/.test(gap)) continue;
    // "work hard, no excuses": one weak word with no break after it corrects only between codes
    // or names ("12, no 21", "Dr Patel, sorry Dr Nguyen").
    const weakAlone = !strong && !after.trim() && !match[4];
    const names = /^\p{Lu}/u.test(firstWord) && /^\p{Lu}/u.test(words(old)[0] ?? '');
    if (weakAlone && !codes && !names) continue;
    // "my answer is yes, no, maybe": a "no" between yes/no words is one of the answers.
    if (/^(?:yes|no|maybe|yeah|nope)$/i.test(lastOld)) continue;
    const replaced = replaceOld(old, value, opening.note);
    if (replaced === undefined) continue;
    const tail = paren ? rest.slice(end + 1) : end < 0 ? '' : rest.slice(end);
    const head = text.slice(0, opening.start);
    const glue = head && !/\s$/.test(head) ? ' ' : '';
    return { text: `${head}${glue}${replaced}${tail}`.replace(/\s{2,}/g, ' ').trim(), from: old, to: value };
  }
  return undefined;
}

/**
 * Where the corrected value starts: after the last "is"/":"/"=" before the break, or after "to"
 * in an update. `note`: the request keeps free text, where only a number is replaced.
 */
function openingOf(text: string, before: string): { start: number; note: boolean } | undefined {
  const note = NOTE_FRAME.test(text);
  let start: number | undefined;
  for (const found of before.matchAll(INTRODUCER)) start = (found.index ?? 0) + found[0].length;
  const update = UPDATE.exec(before);
  if (update && (start === undefined || update[0].length > start)) start = update[0].length;
  if (start !== undefined) return { start, note };
  // "remember gate code 12, sorry 21": no "is"; the last word is the value when it is a code.
  const lastWord = /(\S+)\s*$/.exec(before);
  if (lastWord && hasDigit(lastWord[1]!)) return { start: lastWord.index, note };
  return undefined;
}

/**
 * The old value with the new one in its place: the whole of it ("Dr Patel" → "Dr Nguyen"), or
 * only its one number when the new value is one number ("call the plumber at 5" → "… at 6",
 * "12 Oak St" → "14 Oak St"). In a note only a number is replaced.
 */
function replaceOld(old: string, value: string, note: boolean): string | undefined {
  const oldWords = words(old);
  const numbered = oldWords.filter(hasDigit);
  if (words(value).length === 1 && hasDigit(value) && oldWords.length > 1 && numbered.length === 1) {
    const at = oldWords.indexOf(numbered[0]!);
    return [...oldWords.slice(0, at), value, ...oldWords.slice(at + 1)].join(' ');
  }
  if (note && oldWords.length > 1) return undefined;
  // "to call Bob, sorry, Rob": a plan keeps its verb; the new word replaces the last ones.
  if (/^to\s/i.test(old) && words(value).length < oldWords.length - 1)
    return [...oldWords.slice(0, oldWords.length - words(value).length), value].join(' ');
  if (oldWords.length > 6) return undefined;
  return value;
}

/** Doubt words around two values: "maybe", "I think", "not sure", "can't remember"… */
const DOUBT =
  /\b(?:maybe|perhaps|possibly|probably|i\s+think|i\s+guess|i\s+believe|i\s+suppose|not\s+(?:100%\s+)?sure|unsure|can't\s+(?:remember|recall)|don't\s+(?:remember|know)|dunno|either)\b|\?/i;

/** "12 or maybe 21": the words after "or" that doubt. */
const OR_DOUBT = /^(?:maybe|perhaps|possibly|probably|was\s+it|is\s+it|else)\b\s*/i;

/**
 * Two values joined by "or" and doubted: the request with the options, or undefined. The value is
 * what follows the last "is"/":"/"to"; a capitalised "Or" is a name's word ("Or Maybe Not").
 */
function doubted(text: string): SelfCorrection | undefined {
  const or = /\s(or)\s+/g;
  for (const found of text.matchAll(or)) {
    const at = found.index ?? 0;
    const before = text.slice(0, at);
    const opening = openingOf(text, before);
    if (!opening || opening.note) continue;
    const left = before.slice(opening.start).trim();
    const afterOr = text.slice(at + found[0].length);
    // "12, or rather 21" corrects (see `correctOnce`); it doubts nothing.
    if (/^rather\b/i.test(afterOr)) continue;
    const lead = OR_DOUBT.exec(afterOr);
    const right = afterOr.slice(lead?.[0].length ?? 0);
    const endAt = right.search(
      /\s*(?:[,;)]|\.(?=\s|$)|[!?]|\s+(?:i\s+think|i\s+guess|not\s+sure|maybe|probably)\b|$)/i,
    );
    const second = right.slice(0, endAt < 0 ? undefined : endAt).trim();
    const firstValue = left
      .replace(/^(?:either|maybe|perhaps|probably|possibly)\s+/i, '')
      .replace(/[\s,]+(?:i\s+think|i\s+guess|i\s+believe|maybe|probably)\s*,?$/i, '')
      .replace(/[,?]+$/, '')
      .trim();
    if (!firstValue || !second || words(firstValue).length > 5 || words(second).length > 5) continue;
    if (NOT_A_VALUE.test(words(second)[0] ?? '')) continue;
    const codes = hasDigit(firstValue) && hasDigit(second) && words(firstValue).length === 1;
    const doubt = Boolean(lead) || DOUBT.test(left) || DOUBT.test(afterOr);
    if (!codes && !doubt) continue;
    // "my band is Or Maybe Not": a title keeps its words.
    if (lead && /^\p{Lu}/u.test(lead[0])) continue;
    return {
      kind: 'unsure',
      options: [firstValue, second],
      text: `${text.slice(0, opening.start)}${firstValue}`,
    };
  }
  return undefined;
}

/** The question for two doubted values: which one, and how to say it; nothing is kept. */
export function whichOne(key: string, [first, second]: [string, string]): string {
  const name = /^\S+'s\s/.test(key) || /^(?:the|our)\s/i.test(key) ? key : `your ${key}`;
  return `Is ${name} ${first} or ${second}? I kept nothing, so as not to keep the wrong one. Say "remember my ${key.replace(/^(?:my|your)\s+/i, '')} is …" with the one you mean.`;
}
