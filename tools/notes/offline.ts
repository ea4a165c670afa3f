/** What the offline planner knows about the notes tools: search words, and notes asked by content. */
import { SECRET_UNREAD, saysSecret } from '../../cartridge/secrets.js';
import type { SlotCheck, SlotProblem } from '../offline.js';
import { maskedNote } from './secret.js';

/**
 * A note's text that says nothing to keep: what is left of chatter such as "I'll remember that",
 * "ok we will note that", "note taken" once the request's own words are read off.
 */
const EMPTY_NOTE =
  /^(?:down\s+)?(?:(?:ok(?:ay)?|sure|fine|alright|right|yes|yeah|yep|got\s+it)[\s,]+)?(?:i|we|you|they|i['’]ll|we['’]ll|you['’]ll|ill|i\s+will|we\s+will|i\s+shall|i['’]d|i\s+would|i\s+can|i\s+should|i\s+must|i\s+gotta|i\s+have\s+to|will|shall|taken|noted|made|done|that|this|it|so|ok(?:ay)?)(?:\s+(?:that|this|it|too|then|later|now|for\s+sure))?[\s.!,]*$/iu;

/**
 * A note's text that is only a pronoun or a particle: what is left of "can you note that down?",
 * "make a note of that", "note it down", "jot this down" (S28 H5). It points at something said
 * before, never says what to keep.
 */
export const POINTER_NOTE =
  /^(?:(?:of|about|on)\s+)?(?:(?:that|this|it|these|those|them)(?:\s+(?:down|up))?|down|up)(?:\s+(?:for\s+me|please|pls|plz|too|as\s+well))*[\s.!?,]*$/iu;

/** Notes' text, checked: chatter that holds nothing to keep is not a note (no write). */
export const noteTextCheck = (value: unknown): SlotCheck => {
  const text = String(value).trim();
  // "add it to my list" → "list: it": the list's item is what must say something (S28 LOW).
  const item = /^[\p{L}][\p{L} -]{0,40}?:\s+(\S.*)$/u.exec(text)?.[1];
  if (item && POINTER_NOTE.test(item))
    return {
      problem: {
        field: 'text',
        message: `"${item}" does not say what to add`,
        reply: `I kept nothing: "${item.replace(/[\s.!?,]+$/, '')}" does not say what to add to the list. Say what it is, for example "add eggs to my shopping list".`,
      },
    };
  if (POINTER_NOTE.test(text))
    return {
      problem: {
        field: 'text',
        message: `"${text}" does not say what to note`,
        reply: `I kept nothing: "${text.replace(/[\s.!?,]+$/, '')}" does not say what the note should say. Say "note: …" with the words to keep.`,
      },
    };
  if (EMPTY_NOTE.test(text))
    return {
      problem: {
        field: 'text',
        message: `"${text}" holds nothing to keep`,
        reply:
          'Okay. I kept nothing: that holds nothing to note. To keep a note, say "note: …" with what it should say.',
      },
    };
  return { value };
};

/** "anything about stamps" → "stamps". */
export const searchQuery = (value: unknown): SlotCheck => {
  if (/\b(?:web|online|internet|google|bing|duckduckgo|youtube|amazon|wikipedia)\b/i.test(String(value))) {
    return {
      problem: { field: 'query', message: 'I can only search your notes, not the web', outOfReach: true },
    };
  }
  const text = String(value)
    .replace(
      /^(?:anything|something|stuff|things|notes?)\s+(?:about|on|regarding|mentioning|with|that\s+mentions?)\s+/i,
      '',
    )
    .replace(/^(?:about|on|regarding|mentioning)\s+/i, '')
    .replace(/^(?:the|my|a|an)\s+/i, '')
    .trim();
  return text ? { value: text } : { problem: { field: 'query', message: 'there is nothing to search for' } };
};

/** Notes as lines: "#3 buy milk"; a secret in one masked (••••) unless `inFull` (asked for by name). */
export const noteLines = (hits: readonly { id: number; text: string }[], inFull = false) =>
  hits.map((hit) => `#${hit.id} ${inFull ? hit.text : maskedNote(hit.text)}`).join('\n');

/**
 * "delete the note about the book club", "delete my café note", "forget the shopping notes": a
 * note named by what it says, not by its number. Group 1 (the words after "note about") or group
 * 2 (the words before "note") is what to search for.
 */
export const DELETE_BY_CONTENT =
  /^(?:delete|remove|erase|drop|rm|del|forget|trash|bin|scrap|ditch|clear|get\s+rid\s+of|throw\s+(?:away|out)|toss|discard)\s+(?:(?:the\s+|my\s+|that\s+|this\s+)?(?:note|memo)s?\s+(?:about|on|regarding|concerning|mentioning|that\s+(?:says|mentions)|saying|with|called|named|titled)\s+(?:the\s+|my\s+|a\s+)?(.+?)|(?:the\s+|my\s+|that\s+|this\s+|our\s+)(?!notes?\b)(.+?)\s+(?:note|memo)s?)[\s.!]*$/i;

/**
 * "forget that I parked on level 3", "delete that we moved the meeting": a sentence about the
 * person is never a fact's name; "remember that I parked on level 3" kept it as a note (S24), so it
 * is that note, found by its words. Group 1 is the sentence.
 */
export const FORGET_SENTENCE =
  /^(?:(?:please|pls|ok(?:ay)?|now)[\s,]+)?(?:forget|delete|remove|erase|scrap|drop)\s+(?:(?:that|the\s+(?:bit|part|thing)\s+(?:about|that))\s+)?(?!(?:i|we)\s+(?:said|asked|mentioned|told|brought|wrote|typed|say|ask)\b)((?:i|we)(?:['’](?:m|ve|d|ll))?\s+\S.*?)[\s.!]*$/i;

/**
 * "remember I park in spot B17" has no "X is Y" to split, but it is more than a name: it holds a
 * number, a person, or a few words. Such a thing is kept as a note rather than asked about.
 */
export const clauseLike = ({ text }: { text: string }): SlotProblem | undefined => {
  const value = String(text);
  // "remember that my grade is A" as "remember {text}": the longer "remember that {text}" reads it,
  // so a note never starts with the "that" of the request.
  if (/^that\s+\S/i.test(value)) return { field: 'text', message: 'the "that" belongs to the request' };
  const words = value.split(/\s+/).filter(Boolean);
  // "remember that is 1234": the sentence has lost its subject; ask rather than keep "is 1234".
  // "remember that it's 1234", "… that that is 5": a pronoun in place of what it is about.
  if (
    /^(?:that\s+)?(?:(?:it|that|this|these|those|there|here)(?:['’]s\b|\s+(?:is|are|was|were)\b)|(?:is|are|was|were|am|be|been|has|have|had)\b)/i.test(
      value,
    )
  )
    return { field: 'text', message: 'this does not say what it is about' };
  // "remember that they are 3", "… that what is 8": a pronoun and a bare value, nothing to go on.
  if (/^(?:they|what|which|who|we|he|she|a|an|the|my)\s+(?:is|are|was|were)\s+\S+(?:\s+\S+)?$/i.test(value))
    return { field: 'text', message: 'this does not say what it is about' };
  // "remember mi contraseña del banco es Ñandú#77": a secret said in a sentence not read as a fact
  // would be a note shown in full; ask for it as a fact instead (m17, S26 H5).
  // "remember мой пароль от почты это qwerty", "… mon mot de passe est soleil": a secret word and
  // a value said after a copula of any language, however plain the value looks (S28 H3).
  if (saysSecret(value))
    return {
      field: 'text',
      message: 'this holds a secret in a sentence I cannot read as a fact',
      reply: SECRET_UNREAD,
    };
  if (/\d/.test(value) || /^(?:i|i'm|im|we|he|she|they|you)\b/i.test(value) || words.length >= 5)
    return undefined;
  return { field: 'text', message: 'this names a fact without saying what it is' };
};

/** Why a "remember …" became a note: said, never silent. */
export const KEPT_AS_NOTE =
  'I kept it as a note, since it does not name a fact and its value (like "my locker is 118"); notes are searchable with "search my notes for …".';

/**
 * An explicit note: "note: …", "new note - …", "make a note that …", "note that …", "jot down: …"
 * (after an optional "please"/"can you"). Group 1 is the note's text as typed.
 */
export const NOTE_FRAMING =
  /^(?:(?:please|pls|kindly|can\s+(?:you|u)|could\s+(?:you|u))\s+)?(?:(?:make|add|take|write|jot|leave)\s+(?:down\s+)?(?:a\s+)?note|note(?:\s+down)?|memo|new\s+note|jot\s+(?:this\s+)?down|write\s+(?:this\s+)?down)(?:\s*[:\u2013\u2014-]\s*|\s+that\s+)(\S[\s\S]*)$/iu;

/**
 * "remove eggs from my shopping list", "cross eggs off the shopping list", "take bread off my
 * list" (S28 M5): an item of a list that "add eggs to my shopping list" kept as the note
 * "shopping: eggs". Group 1 is the item, group 2 the list's name ("shopping"), if any.
 */
export const LIST_ITEM_REMOVE =
  /^(?:(?:please|pls|can\s+you|could\s+you)\s+)?(?:remove|delete|erase|drop|take|cross|strike|scratch|tick|check)\s+(?!(?:it|that|this|them|those|these|everything|all)\s)(.+?)\s+(?:from|off|out\s+of|off\s+of)\s+(?:my|the|our)\s+(?:((?:\p{L}[\p{L}-]*\s+){0,2}?\p{L}[\p{L}-]*)\s+)?list[\s.!?]*$/iu;

/**
 * "clear my shopping list", "empty the shopping list", "delete my shopping list": every note of
 * that list. Group 1 is the list's name.
 */
export const LIST_CLEAR =
  /^(?:(?:please|pls|can\s+you|could\s+you)\s+)?(?:clear|empty|wipe|delete|remove|erase|scrap)\s+(?:out\s+)?(?:my|the|our)\s+((?:\p{L}[\p{L}-]*\s+){0,2}?\p{L}[\p{L}-]*)\s+list[\s.!?]*$/iu;

/** The note a list item is kept as: "add eggs to my shopping list" → "shopping: eggs" (`framing.ts`). */
export const listNote = (list: string | undefined, item: string) => `${list ?? 'list'}: ${item}`;

/** A note's list name and items ("shopping: eggs and milk" → shopping, [eggs, milk]), or undefined. */
export function listItems(text: string): { list: string; items: string[] } | undefined {
  const found = /^([\p{L}][\p{L} -]{0,40}?):\s+(\S[\s\S]*)$/u.exec(text.trim());
  if (!found) return undefined;
  const items = found[2]!
    .split(/\s*,\s*(?:and\s+|&\s*)?|\s+(?:and|&)\s+/i)
    .map((item) => item.trim())
    .filter(Boolean);
  return { list: found[1]!.toLowerCase(), items };
}

/** Question words that say what kind of thing is asked, not what it is about ("how much", "what time"). */
const ASKED_KIND = new Set(['much', 'many', 'long', 'old', 'time', 'day', 'date', 'often', 'cost']);

/** A question asking for a number, an amount or a code: "how much/many", "what number", "how old". */
const ASKS_NUMBER = /\b(?:how\s+(?:much|many|old|long)|number|amount|price|cost|code|total)\b/i;

/** A question asking for a moment: "when", "what time", "which day". */
const ASKS_MOMENT = /\b(?:when|what\s+time|(?:what|which)\s+day|what\s+date)\b/i;

/** A moment written in a note: a digit, a weekday, a month, or a relative day. */
const SAYS_MOMENT =
  /\d|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(?:today|tomorrow|tonight|yesterday|weekend|morning|evening|noon|midnight)\b/i;

/**
 * Whether a note answers a question rather than only sharing a word with it (S45 H1): it holds
 * every word the question is about ("policy" and "number", not only "number"), and the kind of
 * thing asked — an amount for "how much", a moment for "when". A note that only shares a word
 * ("ask the landlord about the rent increase" for "how much is the rent?") lets the documents
 * answer first.
 */
export function noteAnswers(
  question: { request: string; words: readonly string[]; sameWord(wanted: string, word: string): boolean },
  note: string,
): boolean {
  const noteWords = note
    .toLowerCase()
    .split(/[^\p{L}\p{N}'’]+/u)
    .filter(Boolean);
  const about = question.words.filter((word) => !ASKED_KIND.has(word.toLowerCase()));
  const bare = (word: string) => word.toLowerCase().replace(/['’]s$/, '');
  const holdsWords = about.every((wanted) =>
    noteWords.some((word) => question.sameWord(bare(wanted), bare(word)) || bare(wanted) === bare(word)),
  );
  if (!holdsWords) return false;
  if (ASKS_MOMENT.test(question.request) && !SAYS_MOMENT.test(note)) return false;
  if (ASKS_NUMBER.test(question.request) && !/\d/.test(note)) return false;
  return true;
}
