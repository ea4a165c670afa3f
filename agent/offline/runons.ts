/**
 * Facts typed with no punctuation between them, filler typed after a value, and values said with
 * doubt (issue 7, S11 round 9). People type "my locker is 12 my bike is 3", "my pin is 4040 too",
 * "my room might be 66": each is one example of a kind this module reads.
 *
 * - **Run-ons.** `punctuateRunOns` marks where a second "my/our/Anna's <key> is …" begins after a
 *   value with only a space before it, so the clause reader (`joints.ts`) reads each on its own.
 *   `runOnValue` finds such a clause still inside a value to be written ("… 9am the hotel is the
 *   ritz"): the request is then asked about and nothing is kept.
 * - **Gapped key and value.** `keyValueClause` reads "my gym code is 11, locker code 22" and
 *   "wifi pw is banana42 and locker 17" as two facts: a clause of a short name and one code after
 *   a fact whose value is one code.
 * - **Filler.** `dropTrailingFiller` drops what follows a value but is said to fazt, not part of
 *   it: "but keep it secret", "don't tell anyone", "too", "actually", "no kidding", a reaction
 *   emoji ("12 😂"). Words a value may own stay: a capitalised word ("Me Too"), a value of the
 *   filler alone, an emoji after an emoji.
 * - **Hedges.** `hedged` finds a value said with doubt ("I think my room is 55", "probably 12",
 *   "might be 66", "12 I guess"): the planner asks back, naming the value, and keeps nothing.
 */

import { contrastClause } from './tails.js';

/** A clause "<owner> <up to four key words> is|are <value>" (`joints.ts` FACT, with lower-case possessives). */
const CLAUSE =
  /^(?:my|our|(?:\p{Lu}[\p{L}-]*|mum|mom|dad|mother|father|wife|husband|partner|son|daughter|brother|sister|boss|kids?|dog|cat)['’]s)\s+(?:(?!(?:and|or|is|are|was|were|my|our|the)\b)[\p{L}\p{N}\p{M}'’#+@.-]+\s+){0,4}(?:is|are)(?:\s+\S|\s*[.!?]*$)/u;

/** The same clause opening with "the": as often a value's own words ("the truth is out there"). */
const THE_CLAUSE =
  /^the\s+(?:(?!(?:and|or|is|are|was|were|my|our|the)\b)[\p{L}\p{N}\p{M}'’#+@.-]+\s+){0,4}(?:is|are)\s+\S/iu;

/** True when `text` opens a `CLAUSE`, in any case ("MY BIKE IS 3"). */
const opensClause = (text: string) => CLAUSE.test(text) || CLAUSE.test(text.toLowerCase());

/** A copula followed by a value: what a clause before a run-on must hold. */
const STATED = /\b(?:is|are)\s+\S/i;

/**
 * `sentence` with ", " put where a fact clause starts after a stated value with only a space
 * before it: "my locker is 12 my bike is 3" → "my locker is 12, my bike is 3". The first value must
 * not be empty ("my favourite quote is my life is my message" stays whole), and the clause must
 * open with "my", "our" or a possessive ("Anna's", "dad's"). Text inside quotes is never cut.
 */
export function punctuateRunOns(sentence: string): string {
  if (/["“”]/.test(sentence)) return sentence;
  let out = sentence;
  for (const match of [...sentence.matchAll(/(?<=[^\s,;:])\s+(?=\S)/gu)].reverse()) {
    const at = match.index ?? 0;
    const rest = sentence.slice(at + match[0].length);
    if (!opensClause(rest)) continue;
    const before = sentence.slice(0, at);
    const stated = /\b(?:is|are)\s+(\S.*)$/i.exec(before);
    // The value before must be said, and be no key of its own ("my mum's birthday is May 3 and …").
    if (
      !stated?.[1] ||
      /\b(?:and|or|but|that|if|when|because|the|a|an|my|our|your|his|her|their|its|of|to|for|with)$/i.test(
        before,
      ) ||
      // "…; remember my bike is 3": a request verb opens the clause after it, never ends a value.
      /(?:^|[;,\s])(?:remember|memori[sz]e|save|store|keep|note|record|forget)$/i.test(before)
    )
      continue;
    // "… and my brother Tom's birthday is 12 Oct": a name after "my <word>" says who that is; the
    // clause opens at "my", never at the name.
    if (
      /\b(?:my|our|your|his|her|their)\s+\p{L}[\p{L}-]*$/iu.test(before) &&
      /^\p{Lu}[\p{L}\p{M}-]*['’]s\s/u.test(rest)
    )
      continue;
    out = `${out.slice(0, at)}, ${out.slice(at + match[0].length)}`;
  }
  return out;
}

/**
 * True when `value` (a value about to be written) still holds another fact clause after a space:
 * "BA117 at 9am the hotel is the ritz", "12 my bike is 3". A clause at the value's start is its own
 * words ("my life is my message", "the truth is out there").
 */
export function runOnValue(value: string): boolean {
  for (const match of value.matchAll(/\s+(?=\S)/g)) {
    const rest = value.slice((match.index ?? 0) + match[0].length);
    if (opensClause(rest) || THE_CLAUSE.test(rest)) return true;
  }
  return false;
}

/** Words that never name a fact in a gapped clause. */
const NOT_A_NAME =
  /^(?:it|him|her|them|me|you|us|to|a|an|the|my|our|your|his|their|has|have|had|will|would|can|could|does|do|did|not|no|never|too|so|very|and|or|but|if|in|on|at|of|for|with|is|are|was|were|then|also|plus|i|we|he|she|they)$/i;

/** A word alone that places the value before it ("12 Oak St, flat 3", "seat 4, row 12"): the value's own. */
const PLACE_WORD =
  /^(?:room|floor|row|seat|level|flat|apt|apartment|unit|suite|gate|platform|door|box|block|ext|extension|no|number|terminal|lane|bay|aisle|section|zone|building|house)$/i;

/** A value that is one code: digits, or letters with digits ("11", "banana42", "A-113"). */
const ONE_CODE = /^(?=\S*\p{N})[\p{L}\p{N}#@+.\-_/]+$/u;

/**
 * A clause after a fact that names one more thing and its code, with no owner and no copula: "my
 * gym code is 11, locker code 22" → "my locker code is 22"; "wifi pw is banana42 and locker 17" →
 * "my locker is 17". Only after a fact whose value is one code, for a clause of one to three
 * lower-case name words and one code; a word that belongs to a place in an address or a seat
 * ("flat 3", "row 4", "gate 12") is the value's own. Undefined otherwise.
 */
export function keyValueClause(before: string, rest: string): string | undefined {
  const fact =
    /^(?:.*?\b)?(?:(my|our)\s+)?(?:[\p{L}\p{N}'’-]+\s+){0,3}?[\p{L}\p{N}'’-]+\s+(is|are)\s+(\S+)$/iu.exec(
      before.trim(),
    );
  if (!fact || !ONE_CODE.test(fact[3]!)) return undefined;
  const words = rest
    .trim()
    .replace(/[.!]+$/, '')
    .split(/\s+/);
  if (words.length < 2 || words.length > 4) return undefined;
  const value = words.at(-1)!;
  const name = words.slice(0, -1);
  if (!ONE_CODE.test(value) || /\p{N}/u.test(name.join(' '))) return undefined;
  if (name.some((word) => !/^\p{Ll}[\p{Ll}'’-]*$/u.test(word) || NOT_A_NAME.test(word))) return undefined;
  if (name.length === 1 && PLACE_WORD.test(name[0]!)) return undefined;
  return `${fact[1] ?? 'my'} ${name.join(' ')} is ${value}`;
}

/** "flat 3" after "12 Oak St", "row 4" after "seat 12": a place word and its number are the value's own. */
export function placesValue(rest: string): boolean {
  const words = rest.trim().split(/\s+/);
  return words.length === 2 && PLACE_WORD.test(words[0]!) && /\p{N}/u.test(words[1]!);
}

/** A lower-case possessive that opens a gapped clause: "dad's June 9" after "my mum's birthday is May 3". */
export function ownedClause(before: string, rest: string): string | undefined {
  if (!/^(?:.*?\b)?(?:my|our)\s+[\p{L}-]+['’]s\s+\S/iu.test(before.trim())) return undefined;
  return /^\p{Ll}[\p{L}-]*['’]s\s+\S/u.test(rest) ? `my ${rest}` : undefined;
}

/** What is said to fazt after a value, never part of it (a following clause or a closing word). */
const FILLER =
  /(?<=\S)(?:\s*[,;(-]\s*|\s+)(?:(?:but|and|so)\s+)?(?:please\s+|pls\s+|plz\s+)?(?:keep\s+(?:it|this|that)\s+(?:a\s+)?(?:secret|private|safe|quiet|hidden|to\s+yourself|between\s+us)|(?:it['’]?s\s+)?(?:a\s+)?secret|no\s+kidding|not\s+kidding|seriously|for\s+real|i\s+swear|just\s+so\s+you\s+know|for\s+reference|fyi|btw|as\s+well|too|also|actually|anyway|anyways|by\s+the\s+way|lol|lmao|rofl|haha+|tbh|tbf|imo|xd)\s*\)?\s*[.!]*$/;

/**
 * "… 1234 dont tell anyone", "… but don't tell my wife": said with no comma or dash. After one,
 * or with "never" ("… - never tell anyone"), the sentence reader says it back as an instruction
 * it did not keep.
 */
const DONT_TELL =
  /(?<=[^\s,;–—-])\s+(?:(?:but|and|so)\s+)?(?:please\s+|pls\s+)?(?:don['’]?t|do\s+not)\s+(?:tell|share|show|give)\s+(?:(?:it|this|that)\s+)?(?:(?:to|with)\s+)?(?:anyone|anybody|any\s*one|no\s*one|him|her|them|my\s+[a-z]+|[A-Z][a-z]+)\s*[.!]*$/;

/**
 * "42 (lol)", "1234 (don't tell anyone)", "4471 (thanks!)", "5555 (just in case)", "(btw it's the
 * red bike)": an aside in brackets said to fazt after a value, never part of it (issue 7, m15).
 * One that says which thing it is ("42 (the blue one)", "12 (2nd floor)") stays in the value.
 */
const BRACKET_ASIDE =
  /(?<=\S)\s*\(\s*(?:(?:please\s+|pls\s+)?(?:don['’]?t|do\s+not|never)\s+(?:tell|share|show|give|lose|forget)\b[^()]*|(?:lol|lmao|rofl|haha\w*|hehe\w*|xd|ha)|(?:thanks|thank\s+you|thx|ty|cheers)(?:\s+\w+)?|(?:see\s+you|bye|cya)\b[^()]*|just\s+in\s+case|btw\b[^()]*|by\s+the\s+way\b[^()]*|fyi\b[^()]*|[:;][-']?[)(DPp]|\p{Extended_Pictographic}(?:\p{Extended_Pictographic}|\uFE0F|\u200D|\s)*)\s*[.!]*\s*\)\s*[.!]*$/iu;

/** A reaction emoji said after a value: faces, hands, hearts, "💀", "🔥", "💯". */
const REACTION =
  /(?<=\S)(?<!\p{Extended_Pictographic}|\uFE0F|\u200D)\s+(?:[\u{1F600}-\u{1F64F}\u{1F910}-\u{1F92F}\u{1F970}-\u{1F97A}\u{1F9D0}\u{1F44D}\u{1F44C}\u{1F44F}\u{1F525}\u{1F4AF}\u{1F480}\u{1F937}\u{1F926}\u{2764}\u{1F60E}\u{1F923}\u{1F605}](?:\p{Emoji_Modifier}|\uFE0F|\u200D\S)*\s*)+[.!]*$/u;

/**
 * `text` without filler said after its value (see the module note), or `text` as given. A filler
 * is dropped only when a value is stated before it ("… is X too"), so a value of filler words alone
 * ("my motto is keep it secret", "my answer is too") stays whole; a capitalised word is a name's
 * ("my song is Me Too").
 */
export function dropTrailingFiller(text: string): string {
  let current = text;
  for (let round = 0; round < 3; round++) {
    const before = current;
    const found =
      FILLER.exec(current) ??
      DONT_TELL.exec(current) ??
      REACTION.exec(current) ??
      BRACKET_ASIDE.exec(current);
    if (found) {
      const kept = current.slice(0, found.index).trim();
      const value = /\b(?:is|are|was|were|to)\s+(\S.*)$/i.exec(kept)?.[1];
      if (value && !/^(?:me|you|us|him|her|them|it|and|or)$/i.test(value.split(/\s+/).at(-1)!))
        current = kept.replace(/[\s,;:-]+$/, '');
    }
    if (current === before) break;
  }
  return current;
}

/** The hedge words after a value ("12 I guess", "55 probably", "12 or so"). */
const TRAILING_HEDGE =
  /(?<=\S)(?:[\s,]+(?:(?:and|but|so)\s+)?(?:[iI]\s+(?:think|guess|believe|reckon|suppose)|or\s+so|[iI](?:\s+am|['’]m)\s+not\s+(?:100%\s+)?sure|not\s+(?:100%\s+)?sure|iirc|if\s+[iI]\s+remember\s+(?:right|correctly))|(?<=\p{N}\S*)[\s,]+(?:probably|maybe|perhaps|possibly)|(?<=[^,\s])\s+(?:probably|maybe|perhaps|possibly))\s*[.!]*$/u;

/** The hedge words opening a request ("I think my room is 55", "probably my room is 55"). */
const LEADING_HEDGE =
  /^(?:(?:actually|oh|ok(?:ay)?|so|well|hmm+|um+|uh+|and|but|also|wait|no)[\s,]+)*(?:(?:i|I)\s+(?:think|guess|believe|reckon|suppose)|(?:I['’]?m|i['’]?m|I\s+am|i\s+am)\s+not\s+(?:100%\s+)?sure(?:\s+but)?|not\s+(?:100%\s+)?sure(?:\s+but)?|iirc|if\s+i\s+remember\s+(?:right|correctly)|maybe|probably|perhaps)[\s,]+(?:that\s+)?(?=(?:remember\s+(?:that\s+)?)?(?:my|our|the)\s)/iu;

/** The hedge words right after the copula ("is probably 12", "is maybe 12", "is like 12"). */
const COPULA_HEDGE = /\b(is|are)\s+(?:probably|maybe|perhaps|possibly|i\s+think|i\s+guess)[\s,]+(?=\S)/iu;

/** "my code is 12 I think my bike is 3": a hedge between a value and the next fact. */
const MID_HEDGE =
  /(?<=\b(?:is|are)\s+\S.*?)[\s,]+([iI]\s+(?:think|guess|believe|reckon|suppose))[\s,]+(?:that\s+)?(?=(?:and\s+)?(?:my|our)\s)/u;

/**
 * "is Maybe Tomorrow", "is Probably Nothing", "is I Think We're Alone Now": a capitalised hedge
 * word after the copula, followed by a capitalised word, begins a title, unless the whole request
 * is in capitals ("MY CODE IS PROBABLY 12").
 */
function titleOpens(text: string, copula: RegExpExecArray): boolean {
  const hedge = copula[0].replace(/^\S+\s+/, '').replace(/[\s,]+$/, '');
  const next = text.slice(copula.index + copula[0].length);
  return (
    /\p{Ll}/u.test(text) &&
    !/,/.test(copula[0]) &&
    hedge.split(/\s+/).every((word) => /^\p{Lu}/u.test(word)) &&
    /^\p{Lu}/u.test(next)
  );
}

/** A modal in place of the copula ("might be 66", "could be 66", "may be 66"). */
const MODAL = /\b(?:might|may|could|must)\s+be\s+(?=\S)/i;

/**
 * A statement that says its value with doubt, with the doubt removed: "I think my room is 55" →
 * "my room is 55"; "remember my code is probably 12" → "remember my code is 12"; "my room might
 * be 66" → "my room is 66"; "my pin is 12 I guess" → "my pin is 12". Undefined when nothing is
 * doubted, or when the doubt word is all the value there is ("my answer is maybe"). The caller
 * asks whether to keep it and keeps nothing.
 */
export function hedged(text: string): { text: string; hedge: string } | undefined {
  const trimmed = text.trim();
  // "… probably X1234567 but I'm not sure", "… 12 though I might be wrong": the value ends at the
  // contrast word; a doubt said after it is the hedge.
  const contrast = contrastClause(trimmed);
  if (contrast) {
    const inner = hedged(contrast.head);
    if (inner) return inner;
    if (contrast.doubt) return { text: contrast.head, hedge: contrast.doubt };
  }
  const lead = LEADING_HEDGE.exec(trimmed);
  if (lead) return { text: trimmed.slice(lead[0].length), hedge: lead[0].replace(/[\s,]+$/, '') };
  if (!STATED.test(trimmed) && !MODAL.test(trimmed)) return undefined;
  const mid = MID_HEDGE.exec(trimmed);
  if (mid)
    return {
      text: `${trimmed.slice(0, mid.index)} ${trimmed.slice(mid.index + mid[0].length)}`.replace(/\s+/g, ' '),
      hedge: mid[1]!,
    };
  const copula = COPULA_HEDGE.exec(trimmed);
  if (copula && !titleOpens(trimmed, copula))
    return {
      text: `${trimmed.slice(0, copula.index)}${copula[1]} ${trimmed.slice(copula.index + copula[0].length)}`,
      hedge: copula[0].replace(/^\S+\s+/, '').trim(),
    };
  const modal = MODAL.exec(trimmed);
  // "my room might be 66", never "what might be …" or "it could be worse".
  if (modal && /^(?:(?:remember\s+(?:that\s+)?)?(?:my|our|the)|\p{L}+['’]s)\s/iu.test(trimmed))
    return {
      text: `${trimmed.slice(0, modal.index)}is ${trimmed.slice(modal.index + modal[0].length)}`,
      hedge: modal[0].trim(),
    };
  const tail = TRAILING_HEDGE.exec(trimmed);
  if (tail && /\b(?:is|are)\s+\S+/i.test(trimmed.slice(0, tail.index)))
    return {
      text: trimmed.slice(0, tail.index),
      hedge: tail[0]
        .replace(/^[\s,]+/, '')
        .replace(/^(?:and|but|so)\s+/i, '')
        .replace(/[.!]+$/, ''),
    };
  return undefined;
}

/** The question for a doubted value: the value it would keep, and how to say it; nothing is kept. */
export function sureQuestion(key: string, value: string, hedge: string): string {
  const name = /^\S+'s\s/.test(key) || /^(?:the|our)\s/i.test(key) ? key : `your ${key}`;
  return `Is ${name} ${value}? You said "${hedge}", so I kept nothing. If it is, say "remember my ${key.replace(/^(?:my|your)\s+/i, '')} is ${value}".`;
}
