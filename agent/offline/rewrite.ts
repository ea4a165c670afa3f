/**
 * String-level rewrites that turn the many ways people wrap a request into one plain form, keeping
 * the words that matter exactly as typed (case and punctuation of values survive).
 */

import {
  ASIDE_CLOSERS,
  ASIDE_OPENERS,
  dropValueWordCloser,
  INLINE_PLEASE,
  RELATIVE_ASIDE,
  VOCATIVE,
} from './asides.js';

import { CLOSERS, colonFact, OPENERS, reframe } from './framing.js';
import { keptHowDropped } from './keeping.js';
import { inEnglish } from './languages.js';
import { leadIn } from './leadins.js';
import { dropTrailingFiller } from './runons.js';
import { statementTurned } from './statements.js';

const LEADING: readonly RegExp[] = [
  ...OPENERS,
  ...ASIDE_OPENERS,
  // "good morning, remember my locker is 42", "morning! what does my lease say": a greeting before
  // a request, only with a mark after it ("morning routine is 6am" is a fact, kept whole).
  /^(?:good\s+(?:morning|afternoon|evening|day)|morning|afternoon|evening|hiya|heya|howdy|greetings|g['’]?day|(?:hi|hello|hey)\s+there)(?:\s+(?:all|everyone|fazt))?\s*[,!.]+\s*/i,
  /^(?:hey|hi|hello|yo|ok(?:ay)?|so|alright|um+|uh+)\b[\s,!.]*(?:fazt\b[\s,!.:]*)?/i,
  /^fazt\b[\s,!.:]+/i,
  /^(?:please|pls|plz|kindly)\b[\s,]*/i,
  /^(?:can|could|would|will|wud)\s+(?:you|u)\s+(?:please\s+|pls\s+|kindly\s+)?/i,
  /^(?:i\s+(?:want|need)\s+(?:you|u)(?=\s+(?:keep|bear|remember|note|save|store|write|add|make|delete|remove|forget|show|list|tell|set|search|find)\b)|i\s+(?:want|need)\s+(?:you\s+)?to|i(?:\s+would|'d)\s+like\s+(?:you\s+)?to|i\s+wanna|let's|lets)\s+/i,
  // Not "note:": an explicit "note" decides the store ("note: the boiler is making a noise" is a note).
  /^(?:correction|update|fyi|btw|ps)\s*:\s*(?=(?:my|the|our)\b)/i,
  /^(?:go\s+ahead\s+and|quickly|just)\s+/i,
  /^(?:actually|also|oh|btw|by\s+the\s+way)\b[\s,]*/i,
  // "no, my dog is Max", "nope - my dog is 小白": a correction word before a whole fact (the
  // replace check reads it in the request as said, S20).
  // "no, élodie's birthday is 15 march": before a name's possessive as well (m29).
  /^(?:no|nope|nah|naw|wrong|incorrect|not\s+quite|not\s+really)\s*[,;:.!–—-]+\s*(?=(?:my|our)\s|\p{L}[\p{L}\p{M}-]*['’]s\s)/iu,
];

const TRAILING: readonly RegExp[] = [
  ...CLOSERS,
  ...ASIDE_CLOSERS,
  // Not after a joining word, comma or not: "peace and thanks", "say please", "no, thank you" are values.
  // An emoji after the courtesy goes with it ("tell me my wife's pin please 🙏", S28).
  /(?:^|(?<!\b(?:is|are|was|were|be|called|named|and|or|of|to|say|with|no|the|a|an|my|your|&)[\s,;]*)[\s,;]+)(?:please|pls|plz|asap|thanks|thank\s+you|thx|ty|if\s+you\s+can|if\s+you\s+could|for\s+me|ok\??|okay\??|would\s+you\??|will\s+you\??|can\s+you\??)\s*[.!?]*(?:\s*(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\uFE0F|\u200D)+\s*[.!?]*)?$/iu,
];

/** "X, remember it" and friends: the clause moves to the front as the verb. */
const TRAILING_VERB =
  /^(.+?)(?:[\s,;:.!]|\s-+)*\b(?:please\s+)?(?:(?:re?me?m?be?r|memori[sz]e|save|store|keep|note|record)\s+(?:it|that|this)(?:\s+(?:for\s+me|please))?|(?:don't|do\s+not|dont)\s+(?:let\s+me\s+)?forget(?:\s+(?:it|that|this))?|keep\s+(?:it|that|this)\s+in\s+mind)\s*[.!]*$/i;

/** "remember: X", "remember this: X", "don't forget that X", "make sure you remember X". */
const LEADING_VERB: readonly [RegExp, string][] = [
  [/^(?:remember|memori[sz]e|note|save|store|keep)\s+this\s*[:,-]\s*/i, 'remember '],
  [/^(?:keep|bear)\s+in\s+mind\s*[:,-]?\s*(?:that\s+)?/i, 'remember '],
  // "remember: buy milk", "remember - call Sam": no "X is Y" to keep as a fact, so a note.
  // Not a short name and a code ("remember: nas ip 192.168.1.40"): that is a fact.
  [
    /^(?:remember|memori[sz]e)\s*[:,–—-]\s+(?!.*\s(?:is|are|was|were)\s)(?!.*[:=]\s)(?![\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3}\s+\S*[\d@#$%&*+=/]\S*$)(?=\S)/isu,
    'note down ',
  ],
  [/^(?:remember|memori[sz]e)\s*[:,-]\s+/i, 'remember '],
  [/^(?:don't|do\s+not|dont)\s+forget\s+(?:that\s+)?/i, 'remember '],
  [/^make\s+sure\s+(?:you|to)\s+remember\s+(?:that\s+)?/i, 'remember '],
  [/^(?:for\s+the\s+record|fyi|for\s+your\s+information)\s*[:,-]?\s*/i, 'remember '],
  [/^(?:note|memo)\s+to\s+self\s*[:,-]?\s*/i, 'note '],
  // "save a note: …", "add a quick memo - …": the note is what follows, never a fact named "note".
  [
    /^(?:save|store|keep|add|make|take|write|leave)\s+(?:a\s+|this\s+)?(?:quick\s+|new\s+)?(?:note|memo)\s*[:,–—-]\s*/i,
    'note ',
  ],
  [/^(?:write|jot|put|take)\s+(?:this|that|it)\s+down\s*[:,-]?\s*/i, 'note '],
  [/^to[\s-]?do\s*[:,-]\s*/i, 'note '],
  [/^remind\s+me\s+((?:at|on|in|by|tomorrow|tonight|next|this)\b.*?)\s+to\s+(.+)$/i, 'note $2 ($1)'],
];

function stripAll(text: string, patterns: readonly RegExp[]): string {
  let current = text;
  for (let round = 0; round < 4; round++) {
    const before = current;
    for (const pattern of patterns) current = current.replace(pattern, '').trim();
    if (patterns === TRAILING) current = dropTrailingFiller(dropValueWordCloser(current));
    // "5 and don't forget it", "44 and thank you so much": the joining word of what was cut goes
    // with it, never "5 and" (issue 7, S13).
    if (patterns === TRAILING && current !== before && current.length < before.length)
      current = current.replace(/(?<=\S)\s+(?:and|but|so|&)$/i, '');
    if (current === before) break;
  }
  return current;
}

/** Multi-word verbs said as the one word the templates use. */
const PHRASES: readonly [RegExp, string][] = [
  // "remember what jakes shoe size is", "recall where my passport is": a question, never a note (S33 M2).
  [
    /^(?:remember|memori[sz]e|recall)\s+(what|where|when|who|which|how\s+(?:old|much|many|tall|big|long))\s+(\S.*?)\s+(is|are|was|were)\s*[?.!]*$/i,
    '$1 $3 $2?',
  ],
  [/^(?:file|tuck|squirrel)\s+away\s+a\s+note\s+(?:saying|that\s+says|that|about)\s+/i, 'note '],
  [
    /^(?:log|capture|record|pop\s+in|add)\s+(?:a\s+|this\s+|an\s+)?(?:quick\s+)?(?:thought|idea|reminder)\s*[:,-]?\s*/i,
    'note ',
  ],
  [/^pop\s+a\s+note\s+in\s+/i, 'note '],
  [
    /^(?:hang|hold)\s+on\s*to\s+|^keep\s+track\s+of\s+|^(?:stash|store\s+away|squirrel\s+away)\s+/i,
    'remember ',
  ],
  [/^(?:stop|quit)\s+remembering\s+/i, 'forget '],
  [
    /^(?:scratch|purge|bin|toss|ditch|nuke|wipe(?:\s+out)?|trash|chuck|kill|throw\s+(?:away|out)|get\s+rid\s+of)\s+/i,
    'delete ',
  ],
  [/^(?:pull|bring)\s+up\s+|^let\s+me\s+see\s+|^(?:dump|enumerate)\s+/i, 'show '],
  [/^(?:hunt|dig|rummage|sift)\s+through\s+/i, 'search '],
  [
    /^(?:i\s+(?:can't|cannot|can\s+not|don't)\s+(?:recall|remember)|i\s+need|need|any\s+idea\s+what|i\s+wonder\s+what)\s+(?=(?:my|the|our)\b)/i,
    'what is ',
  ],
  [/^switch\s+(?:over\s+)?to\s+(\S+)\s+(?:for|as)\s+(.+)$/i, 'set $2 to $1'],
  [/^(?:make|put)\s+(.+?)\s+(\d+)$/i, 'set $1 to $2'],
  [/\b(?:which|that)\s+is\b|\breads\b|\bequals\b/i, 'is'],
  [/\bget\s+rid\s+of\b/gi, 'delete'],
  [/^(?:look|go|dig)\s+through\b/i, 'search'],
  // "note: the boiler is making a noise", "note - call Sam": an explicit note stays a note, even
  // when what follows reads like "X is Y" ("note that X is Y" is still the fact's own template).
  [
    /^note\s*(?:[:\-–—]\s*|\s+(?!that\b|down\b|to\b|about\b|(?:number|no\.?|#)?\s*\d+\b))(?=\S)/i,
    'note down ',
  ],
  // "notes: buy milk", "Memos - call Sam": a plural or a memo with a separator is a note too.
  [/^(?:notes|memos?|reminder)\s*[:;\-–—]\s*(?=\S)/i, 'note down '],
  [/^(?:turn|crank|bump|put)\s+(.+?)\s+(?:up|down)\s+to\s+/i, 'set $1 to '],
  // "my nephew is called Omar", "my dog's named Rex": the name is the value, kept as "<X> name"
  // (issue 7, round 8), so "what is my nephew called?" and "what's my nephew's name?" find it.
  [
    /^((?:(?:remember|store|save|memori[sz]e|keep)\s+(?:that\s+)?)?(?:my|our|the|\p{L}+['’]s)\s+[^,;:=?]+?)(?:\s+(?:is|are|was|were)|['’]s)\s+(?:called|named)\s+(?=\S)/iu,
    '$1 name is ',
  ],
  // "my netflix password is what again?", "the gate code was what": a question in the order of a
  // statement; "what again" is never a value to keep (S31 M3).
  [
    /^((?:my|our|the|\p{L}+['’]s)\s+[^,;:=?]+?)\s+(?:is|are|was|were)\s+what(?:\s+(?:again|exactly|now|then|already))*\s*\?*$/iu,
    'what is $1?',
  ],
  // "what is my nephew called?", "what's my dog named": the name asked for; "whats toms wife
  // called" as well, its apostrophes left out (S28).
  [
    /^(what|who)(?:\s+(?:is|was|are)|['’]?s)\s+((?:my|our|the|\p{L}+['’]s|\p{L}+s(?=\s+\p{L}))\s+[^,;:=?]+?)\s+(?:called|named)\s*(\??)$/iu,
    '$1 is $2 name$3',
  ],
];

/** Other ways to write "X is Y": "remember X: Y", "X = Y", "new X: Y", "X isn't A anymore, it's Y". */
const SEPARATORS: readonly [RegExp, string][] = [
  // Not when a copula came first: "remember my motto is carpe diem: seize it" keeps its colon.
  [
    /^((?:remember|store|save|memori[sz]e|keep)\s+(?:that\s+)?(?:(?!\s(?:is|are|was|were)\s)[^:=])+?)\s*[:=]\s+(.+)$/i,
    '$1 is $2',
  ],
  // "update my locker: 99", "change the gate code = 4410": an update said with a colon.
  [/^((?:update|change|correct)\s+(?!notes?\b|memos?\b)[^:=]+?)\s*[:=]\s+(.+)$/i, '$1 to $2'],
  [/^new\s+(?!notes?\b|memos?\b)([^:=]+?)\s*[:=]\s*(.+)$/i, 'my $1 is $2'],
  // Not after a copula: "remember my formula is E = mc2" keeps its "=" (the value's own).
  [/^((?:(?!\s(?:is|are|was|were)\s)[^=])+?)\s+=\s+(.+)$/, '$1 is $2'],
  [
    /^(.+?)\s+(?:is\s+not|isn't|are\s+not|aren't)\s+.+?(?:\s+any\s*more)?\s*[,;]\s*(?:but\s+)?(?:it's|it\s+is|they're|they\s+are|now\s+it's|it's\s+now)\s+(.+)$/i,
    '$1 is $2',
  ],
  // "my gate code, it's 4410": the key before the pronoun has no verb of its own. "my locker code
  // is 12. It's on floor 3." already has one: its second sentence is another statement (said back
  // by the sentence reading), never joined into the value ("12 is on floor 3").
  [
    /^((?:(?!\b(?:is|are|was|were)\b)[^,;.?!])+?)\s*[,;.?!]+\s+(?:it's|it\s+is|that's|that\s+is|they're|they\s+are)\s+(.+?)$/i,
    '$1 is $2',
  ],
];

/**
 * "my excuse is: it is raining", "the wifi password is: hunter2", "remember my PIN is = 4321": a
 * copula followed by a colon (or "="). The separator goes and the copula stays, so the value is
 * what follows, as typed ("it is raining", not "is it is raining"). A colon that opens the value
 * ("my mood is :D", "my face is :-)") is the value's own, and so is one inside a value that opens
 * with a copula's word ("my password is is:is").
 */
const COPULA_THEN_COLON =
  /^((?:(?:remember|store|save|memori[sz]e|keep)\s+(?:that\s+)?)?(?:my|our|the|\p{L}+['’]s)\s+(?:(?!\s(?:is|are|was|were)\s)[^:=.?!]){1,60}?\s+(?:is|are|was|were))\s*[:=](?:\s+(?=\S)|(?=[\p{L}\p{N}]{2}))/iu;

/**
 * "make my wifi password hunter2" is "set my wifi password to hunter2": a stored value, said as one
 * word that reads as a value (a digit, a capital, a symbol) or after a name of the kind values
 * have (password, code, colour…). Never an app's access ("make the app public"), something about
 * another capability ("make my photos …"), or how something should become ("make my life easier").
 */
function makeAsSet(text: string): string {
  const match = /^make\s+((?:my|the|our)\s+.+?)\s+(\S+)$/i.exec(text);
  if (!match) return text;
  const [, name = '', value = ''] = match;
  if (
    /^(?:public|private|shared|visible|hidden|available|smaller|bigger|larger|better|easier|harder|faster|slower|louder|quieter|longer|shorter)$/i.test(
      value,
    ) ||
    /\b(?:app|site|website|gallery|page|photos?|pictures?|notes?|backup|cartridge|settings?)$/i.test(name)
  )
    return text;
  const valueLike = /[\d\p{Lu}\p{S}#@!?&*%$]/u.test(value);
  const valueName =
    /\b(?:password|passcode|passphrase|pass|pw|pin|code|number|colou?r|name|nickname|username|handle|size|address|email|phone)$/i.test(
      name,
    );
  return valueLike || valueName ? `set ${name} to ${value}` : text;
}

/**
 * "actually Lily is allergic to tree nuts, not peanuts", "no, Lily is allergic to tree nuts",
 * "Lily is also allergic to eggs": a person's fact said by their name alone, as a correction or an
 * addition, read as "my Lily is …" so the memory tool finds the fact kept about them ("daughter
 * Lily") and changes or adds to it, never keeping a second one (m24). Said plainly, with neither
 * ("emma is allergic to peanuts"), it is left as typed.
 */
const NAMED_PERSON_FACT =
  /^((?:(?:actually|no|nope|sorry|wait|oops|correction)[\s,!.:]+)*)(\p{L}[\p{Ll}\p{M}-]+)\s+(?:is|['’]s)\s+((?:also\s+)?(?:allergic|intolerant)\s+to\s+\S.*)$/iu;
function namedPersonFact(text: string): string {
  const found = NAMED_PERSON_FACT.exec(text.trim());
  if (!found) return text;
  const [, opener = '', name = '', rest = ''] = found;
  if (/^(?:he|she|it|they|this|that|my|your|our|everyone|someone|nobody|who|what)$/i.test(name)) return text;
  if (!opener && !/^also\s/i.test(rest) && !/,?\s+not\s+\S/i.test(rest)) return text;
  return `${opener ? 'actually ' : ''}my ${name} is ${rest}`;
}

/** The request in plain form: politeness and framing removed, trailing "…, remember it" moved to the front. */
export function rewriteRequest(text: string): string {
  text = namedPersonFact(text);
  let current = stripAll(
    text.replace(VOCATIVE, '').replace(INLINE_PLEASE, '').replace(RELATIVE_ASIDE, ''),
    LEADING,
  );
  // "keep this private: …", "pls rmbr …", "sorry, I meant my …": said plainly before the key is read.
  const led = leadIn(current);
  if (led) current = stripAll(led.text, LEADING);
  current = statementTurned(current);
  // "mi color favorito es azul", "wie ist meine Telefonnummer": read in English (`languages.ts`).
  current = inEnglish(current);
  current = reframe(stripAll(current, TRAILING));
  const trailing = TRAILING_VERB.exec(current);
  // "I'll remember that", "we should keep that": the person says what they will do; no subject to keep.
  const onlySubject =
    /^(?:(?:ok(?:ay)?|sure|thanks|thank\s+you|thx|cheers|got\s+it|good\s+(?:idea|point))[\s,!.]+)*(?:i|we|you|they|he|she)(?:['’]ll|['’]d|\s+(?:will|shall|should|must|can|could|would|might|may|need\s+to|have\s+to|want\s+to|gotta|got\s+to|better|also|too|definitely|totally))*$/i;
  if (
    trailing?.[1] &&
    !/^(?:what|which|who|where|when|how|do|did|does)\b/i.test(trailing[1]) &&
    !onlySubject.test(trailing[1].trim())
  ) {
    // A "-" right after a word is a sign ("A-", "O-"); one after a space is a dash.
    // "remember my PIN is 4321. Don't forget.": the verb is said once, never kept in the key.
    const body = stripAll(trailing[1], LEADING)
      .replace(/(?:[\s,;:]|\s-+)+$/, '')
      // "Rex's age is 5 and don't forget it": the joining word goes with the verb, never "5 and".
      .replace(/(?<=\S)\s+(?:and|but|so|&)$/i, '')
      .replace(/^(?:re?me?m?be?r|memori[sz]e|save|store|keep|note)\s+(?:that\s+)?(?=\S)/i, '');
    current = `remember ${body}`;
  }
  for (const [pattern, replacement] of LEADING_VERB) {
    if (pattern.test(current)) {
      current = current.replace(pattern, replacement);
      break;
    }
  }
  for (const [pattern, replacement] of PHRASES) current = current.replace(pattern, replacement);
  current = makeAsSet(keptHowDropped(current)).replace(COPULA_THEN_COLON, '$1 ');
  const separator = SEPARATORS.find(([pattern]) => pattern.test(current));
  if (separator) current = current.replace(separator[0], separator[1]);
  else current = colonFact(current) ?? current;
  return stripAll(current, TRAILING);
}
