/**
 * Asides people wrap around a request in chat: hesitations and corrections up front ("wait no",
 * "oops", "before I forget"), terms of address ("dear", "bro"), laughter and tag questions at the
 * end ("lol", "do you know?"), and the plain forms of corrections and "what do you know about me"
 * questions. None of it carries a fact or a command, so it is dropped or said plainly.
 */

/** Openers stripped from the front (repeatedly, with the other leading patterns). */
export const ASIDE_OPENERS: readonly RegExp[] = [
  /^(?:wait|(?:hold|hang)\s+on(?!\s*to\b)|no\s+wait|sorry|oops|whoops|my\s+bad|er+m?|hmm+|argh|ugh)\b(?:[\s,!.:;-]*no\b)?[\s,!.:;-]*/i,
  /^(?:bro|bruh|dude|mate|dear|hun|honey|buddy|pal|fam)\b[\s,!.]*/i,
  /^(?:oh\s+)?before\s+i\s+forget\b[\s,!.:;-]*/i,
  /^(?:would|could|will)\s+(?:you|u)\s+be\s+(?:so|very|ever\s+so)\s+(?:kind|good)\s+(?:as\s+)?(?:to\s+)?/i,
  /^(?:you|u)\s+(?=(?:remember|save|store|keep|note|forget|delete|remove|show|list|tell|set|add|write|search|find)\b)/i,
  /^remind\s+me\s*[,:;-]\s*(?=(?:what|which|who|where|when|how)\b)/i,
  // "I think my parking spot is 44": a hedge before what is said is no part of its key.
  /^i\s+(?:think|guess|believe|reckon|suppose)\s+(?:that\s+)?(?=(?:my|our)\s)/i,
];

/**
 * Closers stripped from the end: laughter, tag questions, a term of address; never the value right
 * after "is" ("my dog's name is Honey", "my nickname is mate").
 */
export const ASIDE_CLOSERS: readonly RegExp[] = [
  /(?:^|(?<!\b(?:is|are|was|were|be|called|named))[\s,;]+)(?:lol|lmao|rofl|haha+|hehe+|xd|:\)|:-\)|;\))\s*[.!?]*$/i,
  // "…, you know": never the object of a question about what fazt knows ("list everything you
  // know", "show all the facts you know" ask for the facts).
  /(?<!\b(?:everything|anything|all|things|stuff|facts|info|information|what|whatever|else))[\s,;]+(?:do\s+you\s+know|you\s+know|if\s+you\s+know|right(?=\s*[.!]*$))\s*[.!?]*$/i,
  // "…, right?": kept after a value with a digit or sign ("so my garage code is 9999 right?" is a
  // guess to check, never a recall that shows the secret).
  /(?<!\b(?:everything|anything|all|things|stuff|facts|info|information|what|whatever|else))(?<!\b(?:is|are)\s.*[\p{N}\p{S}@#+]\S*)[\s,;]+right\s*[.!]*\?[.!?]*$/iu,
  // "the dog is called Biscuit, no emoji": how to write it, after a comma, never a word of the
  // value (m29).
  /[\s]*[,;(]\s*(?:(?:and\s+)?(?:no|without(?:\s+the|\s+any)?|minus\s+the)\s+(?:emojis?|emoticons?|smil(?:ey|ies|eys)|icons?)|(?:drop|skip|lose)\s+the\s+(?:emojis?|smil(?:ey|ies|eys)))\s*[.!)]*$/i,
];

/**
 * A last word that is a term of address or a courtesy ("…, love", "… cheers", "…, sorry") but just
 * as often a value's own last word ("peace and love", "lots of love", "hi, cheers", "No Signal,
 * Sorry"). See `dropValueWordCloser`: it goes only where it cannot be part of a value.
 */
const VALUE_WORD_CLOSER =
  /(?<=\S)([\s,;]+)(?:dear|hun|honey|love|mate|bro|dude|buddy|pal|cheers|ta|sorry)\s*[.!?]*$/i;

/** Where a value starts in a statement: a copula, "called"/"named", ":" or "=". */
const VALUE_OPENS = /\b(?:is|are|was|were|be|called|named)\b|[:=]/i;

/** A request that asks or commands rather than states: its last word is never a value's. */
const ASKS =
  /^(?:what|which|who|whom|whose|where|when|why|how|do|does|did|can|could|would|will|show|list|tell|give|find|search|delete|remove|forget)\b|\?\s*$/i;

/**
 * The request without a closing term of address or courtesy that is ambiguous with a value's own
 * words (issue 7, eighth round): dropped after a code ("my locker is 12, cheers", "1234 love"), in
 * a question or command ("what's my pin, love?"), or with no value said at all; kept in a stated
 * value ("my motto is peace and love", "my greeting is hi, cheers"), since cutting it would keep a
 * different value without a word.
 */
export function dropValueWordCloser(text: string): string {
  const found = VALUE_WORD_CLOSER.exec(text);
  if (!found) return text;
  const before = text.slice(0, found.index);
  return valueWordKept(before, found[1]!, text) ? text : before.trim();
}

/**
 * True when a closing word that may be a value's own (see `VALUE_WORD_CLOSER`) belongs to the
 * value: `before` states a value and does not end in a code after a `gap` with a break.
 */
export function valueWordKept(before: string, gap: string, whole: string): boolean {
  // "change my nickname to Buddy", "can you set my dog's name to Honey": a word right after "to",
  // "is", "called" (no comma between) is in the value's place, never a term of address (S20).
  if (!/[,;]/.test(gap) && /(?:\b(?:to|is|are|was|were|be|called|named|as)|[:=])\s*$/i.test(before))
    return true;
  // "my dog is called Bo, sorry": a name after "called" ends at the comma (m29).
  if (
    /[,;]/.test(gap) &&
    /\b(?:called|named)\s+\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*)?\s*$/u.test(before)
  )
    return false;
  const lastWord = /(\S+)\s*$/.exec(before)?.[1] ?? '';
  const afterCode = /\p{N}/u.test(lastWord) && /[,;]/.test(gap);
  return !afterCode && VALUE_OPENS.test(before) && !ASKS.test(whole.trim());
}

/** One word that is an aside on its own but may end a value ("sorry", "cheers", "love"). */
export const VALUE_WORD =
  /^\s*(?:dear|hun|honey|love|mate|bro|dude|buddy|pal|cheers|ta|sorry|ok|okay|so|just|oops)\s*[.!?]*\s*$/i;

/**
 * ", dear," inside a sentence: a term of address between commas or before a sentence that follows.
 * At the very end it is `dropValueWordCloser`'s to decide ("live, laugh, love" keeps its "love").
 */
export const VOCATIVE = /,\s*(?:dear|hun|honey|love|mate|bro|dude|buddy|pal)\b(?=\s*(?:,|[.?!]+\s+\S))/gi;

/**
 * ", which is lovely by the way": a relative clause after a comma, to the sentence's end, is an
 * aside about what came before it, never a value or a key of its own.
 */
export const RELATIVE_ASIDE = /,\s*which\s+(?:is|was|are|were)\b[^,.;!?"]*(?=[.!?]|$)/gi;

/** "write a note please: …": a "please" just before a colon or comma. */
export const INLINE_PLEASE = /\s+(?:please|pls|plz|kindly)(?=\s*[:,])/gi;

/** Plain forms of corrections and of questions about everything remembered. */
export const CHATTY_REWRITES: readonly [RegExp, string][] = [
  // "correction: nas ip is 192.168.1.41", "i was wrong, wifi password is Red-Fox-9"
  [
    /^(?:correction|update|fix|edit|scratch\s+that|ignore\s+that|i\s+(?:was|am)\s+wrong|i\s+(?:mixed|messed)\s+(?:it|that|them)\s+up|i\s+made\s+a\s+(?:mistake|typo)|wrong\s+one)\s*[:,;.-]\s*(?=[^,;]*?\s(?:is|are)\s)/i,
    'remember ',
  ],
  // "garage code changed, it's 9920 now", "my pin has changed to 4455"
  [
    /^((?:my|our|the)\s+)?([^,;]{2,40}?)\s+(?:has\s+|have\s+)?changed\b[\s,;:]*(?:to|it['’]?s|its|it\s+is|now\s+it['’]?s|now\s+its|now\s+it\s+is)\s+(.+)$/i,
    'remember $1$2 is $3',
  ],
  // "my bicycle lock code it is 4312", "my brother he is Tom"; never inside a value that already
  // has its verb ("my excuse is it is raining", "my wish is that it is sunny" keep theirs).
  [
    /^((?:remember\s+(?:that\s+)?)?(?:my|our|the)\s+(?:(?!\s(?:is|are|was|were)\b)[^,;])+?)\s+(?:it|that|he|she|they)\s+(is|are)\s+/i,
    '$1 $2 ',
  ],
  // "show me all the things you are remembering for me"
  [
    /^(?:show|list|tell|give|dump|enumerate)\s+(?:me\s+)?(?:all\s+)?(?:of\s+)?(?:the\s+)?(?:things|stuff|facts|info|information|everything|all)\s+(?:that\s+)?(?:you|u)(?:\s+are\s+|['’]re\s+|\s+have\s+|['’]ve\s+|\s+)(?:remembering|remembered|remember|know|storing|stored|keeping|kept|saved|holding|holding\s+on\s+to|got)(?:\s+for\s+me)?$/i,
    'show everything you remember',
  ],
  // "show me everything you know about me": the person's own facts, not every one (m22).
  [
    /^(?:show|list|tell|give|dump|enumerate)\s+(?:me\s+)?(?:all\s+)?(?:of\s+)?(?:the\s+)?(?:things|stuff|facts|info|information|everything|all)\s+(?:that\s+)?(?:you|u)(?:\s+are\s+|['’]re\s+|\s+have\s+|['’]ve\s+|\s+)(?:remembering|remembered|remember|know|storing|stored|keeping|kept|saved|holding|holding\s+on\s+to|got)\s+(?:about|of|on)\s+me$/i,
    'what do you know about me',
  ],
  // "what have you been remembering for me"
  [
    /^(?:what|wat)\s+(?:have|are)\s+(?:you|u)\s+(?:been\s+)?(?:remembering|storing|keeping|saving)(?:\s+(?:for|about|on)\s+me)?$/i,
    'what do you remember',
  ],
  // "rm -f note 4": command-line flags say nothing here.
  [/^(rm|del|ls)\s+(?:-{1,2}[a-z]+\s+)+/i, '$1 '],
  // "wat stuff do u know abt me"
  [
    /^(?:what|wat|wot|wut)\s+(?:stuff|things|facts|info|information|else)\s+(?:do|did|have)\s+(?:you|u)\s+(?:know|remember|got|have|saved|stored)(?:\s+(?:about|abt|on|of|for)\s+me)?$/i,
    'what do you know about me',
  ],
  // "erase what I told you about my dentist": the fact is the dentist. "Forget everything I told
  // you about my sister" is every fact about her (a phrase of the memory tools), so it is left as said.
  [
    /^(forget|erase|delete|remove|drop)\s+(?:what|the\s+stuff|the\s+things?)\s+(?:(?:i|we)(?:['’]ve|\s+have)?\s+(?:told|gave|said\s+to)\s+(?:you|u)|(?:you|u)\s+(?:know|remember|have))\s+(?:about|regarding|on|of)\s+/i,
    '$1 ',
  ],
  // "show me the log of what happened today"
  [
    /^(?:show|list|give|let\s+me\s+see)\s+(?:me\s+)?(?:the\s+)?(?:(?:log|history|record|list)\s+of\s+what\s+(?:has\s+)?(?:happ\w*|went\s+on|(?:you|u)(?:['’]ve|\s+have)?\s+(?:done|did))|(?:logs?|history|activity|events)\s+(?:from|for|of)(?=\s+(?:today|recently|lately)))(?:\s+(?:today|recently|lately))?$/i,
    'show the event log',
  ],
  // "how many notes have I got saved with you": where they are kept adds nothing.
  [/\s+(?:saved|stored|kept)\s+(?:with|by)\s+(?:you|u|fazt)\b/i, ''],
];
