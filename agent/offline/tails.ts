/**
 * A clause or chatter typed after a stated value, with no punctuation before it (issue 7, S13
 * round 10): "my gate is 44 and thanks", "my vault is 12 and don't share it", "my wifi password is
 * hunter2 and it's case sensitive", "my gate code is 1357 btw my wife says hi", "my bike is red thx
 * so much", "my kid is Max who is 7", "my parking level is P3 for tomorrow". What follows the
 * boundary is said to fazt, never part of the value; `trailingClause` finds the boundary and the
 * clause reader (`readings.ts`) keeps the value before it and says the rest back as not kept.
 *
 * Only a clause of its own is cut: after "and"/"but"/"so", one that opens with a subject and its
 * verb ("it's", "I'm", "he's", "that's", "there's", "they're", "it expires", "she turns"), with thanks, or with an
 * instruction about the fact ("don't forget it", "never tell anyone", "keep it safe"); after
 * "btw" anything; after a name, "who is/who's …". A value that owns its "and" stays whole: "Simon
 * and Garfunkel", "salt and pepper", "work hard and never give up", "Hello and It's Me" (a
 * capitalised clause word after "and" is a title's).
 */

import type { Interpretation } from './interpret.js';

/** The value must be stated before the boundary: "… is|are|was|were <something>". */
const STATED_BEFORE = /\b(?:is|are|was|were)\s+\S/i;

/**
 * What may follow "its", "thats", "theres" typed without the apostrophe (S28 H4) for them to be
 * "it's", "that's", "there's": a number, an article, a small word of a clause ("its case
 * sensitive" is not; "its 6", "its the blue one", "its not …" are). "and its owner" stays whole.
 */
const AFTER_BARE = String.raw`(?:\p{N}|(?:a|an|the|not|no|only|just|also|still|now|very|really|case|in|on|at|from|for|my|his|her|their|our|same|fine|ok|okay|good|bad|old|new|blue|red|green|black|white|broken|free|closed|open)\b)`;

/** A clause that opens with its own subject and verb ("we have two kids", round 32), or an instruction, or thanks. */
const OWN_CLAUSE = String.raw`(?:(?:hes|shes|theyre|youre)\s+(?!and\b|or\b)\S|(?:its|thats|theres)\s+${AFTER_BARE}|(?:it|he|she|that|there|they|we|you)(?:['’](?:s|re)|\s+(?:is|was|are|were|has|had|will|can|must|should|might|does|did))|(?:it|he|she|they)\s+(?:expires?|expired|renews?|renewed|ends?|ended|starts?|started|runs?\s+out|lasts?|costs?|opens?|closes?|lives?|works?|belongs?|goes|needs?|arrives?|leaves?|turns?|weighs?|holds?|fits?)\b|(?:we|they|you)(?:['’]ve|\s+(?:have|live|own))\b|i(?:['’](?:m|ve|ll|d)|\s+(?:am|was|have|had|will|can|love|like|hate|need|want|think|hope|always|never|just|really|keep))|(?:please\s+|pls\s+|plz\s+)?(?:don['’]?t|do\s+not|never)\s+(?:share|send|tell|show|give|post|publish|e-?mail|text|leak|forget|lose|change|use|reuse|say|mention|write|print)\s+(?:it|this|that|them|anyone|anybody|anyone|nobody|him|her|to|my)\b|(?:please\s+|pls\s+)?(?:keep|remember)\s+(?:it|this|that)\b|thanks?\b|thank\s+you\b|thx\b|ty\b|cheers\b)`;

/** "… and|but|so <own clause> …" to the end. The clause word after "and" is lower case, or "I". */
const JOINED = new RegExp(String.raw`(?<=[^\s,;])\s+(?:and|but|so)\s+(${OWN_CLAUSE}.*)$`, 'iu');

/**
 * "Luna she's 3", "Luca hes 6", "in spot 12 its the blue one": a pronoun and its verb typed straight
 * after a value, with no joining word (S28 H4). "it's"/"its"/"it is" only after a capitalised name
 * or a word with a digit: "my motto is when it's done it's done" stays whole.
 */
const RUN_ON = new RegExp(
  String.raw`(?<=(?:^|\s)(?:\p{Lu}[\p{L}\p{M}'’-]*|\S*\p{N}\S*))\s+((?:(?:he|she|they)['’](?:s|re)|hes|shes|theyre)\s+(?!and\b|or\b)\S.*|(?:it['’]s|its|it\s+is)\s+${AFTER_BARE}.*)$`,
  'u',
);

/** Words after which "she is …" belongs to the value: "when she is gone", "as they are". */
const BINDS =
  'when|whenever|if|as|because|cause|cuz|since|until|till|while|where|wherever|what|whatever|who|whom|that|than|how|why|whether|though|before|after|once|unless|and|or|but|so|is|are|was|were|be|know|think|say|said|says';

/**
 * "my cat is luna shes 3", "my sons name is luca hes 6", "my kids are Tom and Ann they are 5": a
 * person's pronoun and its verb typed in lower case after any value word (S28 H4, m19). A word that
 * binds a clause to the value before it ("when she is gone", "love who they are") keeps it whole.
 */
const PERSON_RUN_ON = new RegExp(
  String.raw`(?<=(?:^|\s)(?!(?:${BINDS})(?![\p{L}\p{N}]))[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*)\s+((?:(?:he|she|they)['’](?:s|re)|hes|shes|theyre|(?:he|she)\s+(?:is|was)|they\s+(?:are|were))\s+(?!and\b|or\b)\S.*)$`,
  'iu',
);

/** Thanks and nothing more ("thanks", "thank you so much", "thx"). */
const THANKS_ONLY =
  /^(?:thanks?|thank\s+you|thx|ty|cheers)(?:\s+(?:so|very)\s+much|\s+a\s+(?:lot|bunch|million))?[\s!.]*$/i;

/** "… btw <anything>", "… by the way <anything>" after a value. */
const BTW = /(?<=[^\s,;])\s+((?:btw|BTW|Btw|by\s+the\s+way)\s+\S.*)$/u;

/** "… thx so much", "… thanks a lot", "… thank you very much": thanks with more words. */
const THANKS =
  /(?<=[^\s,;])\s+((?:thx|thanks|thank\s+you|ty)(?:\s+(?:so|very)\s+much|\s+a\s+(?:lot|bunch|million)|\s+heaps|\s+loads)[\s!.]*)$/u;

/** "Max who is 7", "Mr. Ng who's strict": a relative clause after a capitalised name. */
const WHO = /(?<=\b\p{Lu}[\p{L}.'’-]*)\s+(who(?:['’]s|\s+is|\s+was|\s+has|\s+lives|\s+works)\s+\S.*)$/u;

/** "P3 for tomorrow", "red for now": a time aside after a one-word value. */
const FOR_TIME =
  /\b(?:is|are|IS|ARE)\s+(\S+)\s+(for\s+(?:now|today|tonight|tomorrow|this\s+week|the\s+week|the\s+weekend|the\s+moment))[\s.!]*$/u;

/** A word that opens a contrast after a value: "but", "though", "although", "unless", "except (that)". */
const CONTRAST_WORD = String.raw`(?:but|though|tho|although|even\s+though|except(?:\s+that|\s+if|\s+when)?|unless|however)`;

/** Doubt said after a contrast word: "I'm not sure", "I might be wrong", "maybe not". */
const DOUBT = String.raw`(?:i(?:['’]m|\s+am)\s+not\s+(?:100%\s+|totally\s+|completely\s+|entirely\s+|really\s+|quite\s+)?(?:sure|certain|positive)|not\s+(?:100%\s+|totally\s+|completely\s+|really\s+|quite\s+)?(?:sure|certain|positive)|i\s+(?:might|may|could)\s+be\s+(?:wrong|mistaken)|i(?:['’]m|\s+am)\s+(?:probably\s+)?(?:wrong|mistaken|misremembering)|i\s+(?:think|guess|believe)|i\s+(?:can['’]?t|cannot|don['’]?t)\s+(?:quite\s+)?remember|i\s+misremember\S*|maybe|probably|perhaps|possibly|don['’]?t\s+quote\s+me|could\s+be\s+wrong|might\s+be\s+wrong|who\s+knows)`;

/** A clause with its own subject after a contrast word: "but it's broken", "unless it changed", "though I might be wrong". */
const SUBJECT = String.raw`(?:(?:i|it|he|she|they|we|you|that|this|there)(?:['’]\p{L}+|\s+\p{L}+)|${DOUBT})`;

/** "… but/though/unless <a clause of its own>" to the end, after a stated value. */
const CONTRAST = new RegExp(String.raw`(?<=[^\s,;])[\s,]+(${CONTRAST_WORD}[\s,]+${SUBJECT}.*)$`, 'iu');

/** Doubt opening a contrast clause's words ("I'm not sure", "I might be wrong"): a hedge of the value. */
const DOUBTS = new RegExp(String.raw`^${CONTRAST_WORD}[\s,]+(${DOUBT})\b`, 'iu');

/**
 * A contrast clause after a stated value ("X1234567 but I'm not sure", "4412 unless it changed",
 * "12 though I might be wrong"): the value before it, the clause as typed, and the doubt it says,
 * if any ("I'm not sure"). A value that owns the word stays whole: "Last but not least", "slow but
 * sure" (no clause of its own follows), "Nothing But The Truth" (a capitalised contrast word is a
 * title's), text in quotes. Undefined when there is none.
 */
export function contrastClause(text: string): { head: string; tail: string; doubt?: string } | undefined {
  const trimmed = text.trim();
  const found = CONTRAST.exec(trimmed);
  if (!found) return undefined;
  const head = trimmed.slice(0, found.index).trim();
  const value = /\b(?:is|are|was|were|be)\s+(\S.*)$/i.exec(head)?.[1] ?? '';
  if (!value || /^(?:and|or|but|so|the|a|an|not)$/i.test(value)) return undefined;
  // Said back without a bare "but" ("it's broken"); "unless it changed" keeps the word that says it.
  const tail = found[1]!.replace(/[\s.!]+$/, '').replace(/^but[\s,]+/i, '');
  if (/^\p{Lu}/u.test(found[1]!) && /\p{Ll}/u.test(trimmed)) return undefined;
  if ((head.match(/["“”]/g) ?? []).length % 2 === 1) return undefined;
  const clause = found[1]!.replace(/[\s.!]+$/, '');
  const doubt = DOUBTS.test(clause)
    ? clause.replace(new RegExp(String.raw`^${CONTRAST_WORD}[\s,]+`, 'iu'), '')
    : undefined;
  return { head, tail, ...(doubt ? { doubt } : {}) };
}

/** The value before a cut, and what was cut (without its joining word, as it is said back). */
export interface Trailing {
  head: string;
  tail: string;
  /** The cut is a time aside ("for tomorrow"): the answer says the fact stays until changed. */
  time?: boolean;
}

/**
 * The request split where a clause of its own begins after its stated value, or undefined. The
 * head keeps everything before the joining word; `tail` is the clause as typed without "and".
 */
export function trailingClause(text: string): Trailing | undefined {
  const trimmed = text.trim();
  // "… 4412 unless it changed", "… 12 though I might be wrong": a contrast clause, said back whole.
  const contrast = contrastClause(trimmed);
  if (contrast) return { head: contrast.head, tail: contrast.tail };
  for (const pattern of [BTW, JOINED, THANKS, WHO, RUN_ON, PERSON_RUN_ON]) {
    const found = pattern.exec(trimmed);
    if (!found) continue;
    const head = trimmed.slice(0, found.index).trim();
    if (!STATED_BEFORE.test(head)) continue;
    // "Hello and It's Me": a capitalised clause word after "and" (other than "I") is a title's.
    // ("AND THANKS" in capitals throughout is shouted, not a title.)
    const clause = found[1]!;
    if (
      pattern === JOINED &&
      /^[‘’']?\p{Lu}/u.test(clause) &&
      !/^I\b|^I['’]/.test(clause) &&
      /\p{Ll}/u.test(clause)
    )
      continue;
    // Inside quotes the words are the value's own: "x and it's y".
    if ((head.match(/["“”]/g) ?? []).length % 2 === 1) continue;
    // The value before the cut must be words of its own, not the verb alone ("my motto is and …").
    const value = /\b(?:is|are|was|were)\s+(\S.*)$/i.exec(head)?.[1] ?? '';
    if (/^(?:and|or|but|so|the|a|an)$/i.test(value)) continue;
    // "my motto is peace and thanks" owns its thanks; "my gate is 44 and thanks", "my mom's
    // birthday is May 3 and thanks" do not: thanks alone after "and" is cut only after a value
    // that holds a number (a code, a date, an amount), never after words alone.
    if (pattern === JOINED && THANKS_ONLY.test(found[1]!) && !/\p{N}/u.test(value)) continue;
    return { head, tail: found[1]!.replace(/[\s.!]+$/, '') };
  }
  const time = FOR_TIME.exec(trimmed);
  // A one-word value with a digit ("P3", "44"), or any one word before "for now".
  if (time && (/\p{N}/u.test(time[1]!) || /\bfor\s+now\b/i.test(time[2]!)))
    return {
      head: trimmed.slice(0, time.index + time[0].indexOf(time[2]!)).trim(),
      tail: time[2]!,
      time: true,
    };
  return undefined;
}

/**
 * What the answer says about a clause cut from a value that it does not otherwise account for:
 * "who is 7" after "my kid is Max" shows how to keep it as a fact of its own.
 */
export function tailSaid(tail: string, head: Interpretation): string {
  const key = head.kind === 'call' ? head.steps[0]?.input.key : undefined;
  const who = /^who(?:['’]s|\s+is)\s+(.+)$/i.exec(tail);
  if (who && typeof key === 'string')
    return `I did not keep "${tail}": it is not part of your ${key}. To keep it, say it as a fact of its own, for example "remember my ${key}'s … is ${who[1]}".`;
  return `I did not keep "${tail}": it is not part of the value, so nothing was kept from it.`;
}

/** What the answer says about a dropped time aside: a fact is kept until it is changed. */
export function timeAsideSaid(tail: string): string {
  return `I left out "${tail}": a fact stays as it is until you change it or say "forget …".`;
}
