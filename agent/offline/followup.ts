/**
 * A follow-up in a conversation (`fazt ask -c <id>`), read against the turn before it, offline and
 * deterministic (issue 7, S11 #15, m11): after "what's my locker?", "actually it's 21" and "change
 * it to 21" mean the fact that turn named (a turn that named two facts asks which); after a
 * question back that ends 'Say "remember my wifi password is hunter2"', a bare "yes" is that
 * request (every part offered, one per line); after a step held for approval, "yes" is exactly the
 * held calls again, and approval still comes only from the surface (`--yes`, the chat's prompt);
 * "no", "cancel", "nope", "don't" after any question back change nothing.
 */

import type { ConversationMessage } from '../../cartridge/conversations.js';
import { isSecretFact, looksLikeSecret } from '../../cartridge/secrets.js';
import { isThingWord, namesSecret } from '../../cartridge/text-similarity.js';
import { countdownAsked, countsToSaid, recursYearly } from '../../tools/countdown.js';
import { isJobWord, personName } from '../../tools/memory/people.js';
import { askAgain, type Choice, choicesOf, listedChoices, pickChoice } from './choices.js';
import { RELATION_ONLY } from './statements.js';
import { undoAfterMemory, undoKept } from './takeback.js';

/**
 * "actually it's 21", "no, it is 21 now", "it should be 21", typed without the apostrophe too
 * ("actually its 21", "no wait hes 8", S31 M2): group 1 is the new value.
 */
const IT_IS =
  /^(?:(?:actually|no|nope|oh|well|sorry|wait|hmm|ok(?:ay)?|but|typo|oops|whoops|my\s+bad|wrong)[\s,!.]+)*(?:(?:it|he|she|they)(?:['’]s|['’]re|\s+is|\s+are|\s+should\s+be|\s+has\s+to\s+be|\s+was\s+changed\s+to|\s+changed\s+to)|its|hes|shes|theyre)\s+(.+?)(?:\s+now)?[\s.!]*$/i;

/** "Bruno is 8 now", "actually Bruno's 8": group 1 is the name, group 2 the new value. */
const NAME_IS =
  /^(?:(?:actually|no|nope|oh|well|sorry|wait|ok(?:ay)?|oops)[\s,!.]+)*(\p{Lu}[\p{L}\p{M}-]*)(?:['’]s|\s+is)\s+(.+?)(?:\s+now)?[\s.!]*$/u;

/**
 * After a lookup that found "dog Bruno's age", "Bruno is 8 now" says the found fact's new value:
 * the name said is a word of the fact's name (m19, S28 M3). Undefined otherwise.
 */
function namedIs(text: string, label: string | undefined, was: string | undefined): string | undefined {
  const found = label ? NAME_IS.exec(text) : null;
  if (!found || !label) return undefined;
  const name = found[1]!.toLowerCase();
  const value = found[2]!;
  // The name is who a kind of one is ("dog Bruno's age", "son Tim's age"): "Tom is 40" is no
  // new value for "Tom's phone". The new value is of the old one's kind (a number for a number).
  const apposition = label
    .toLowerCase()
    .split(/\s+/)
    .some(
      (word, at, words) => at > 0 && /^\p{Ll}/u.test(words[at - 1]!) && word.replace(/['’]s$/, '') === name,
    );
  const alike = was === undefined || /\p{N}/u.test(was) === /\p{N}/u.test(value);
  return apposition && alike && valueAlone(value) ? value : undefined;
}

/** "change it to 21", "update it to 21", "set it to 21", "make it 21": group 1 is the new value. */
const CHANGE_IT =
  /^(?:(?:actually|no|oh|well|please|pls|ok(?:ay)?|then)[\s,!.]+)*(?:change|update|set|switch|make)\s+it(?:\s+to)?\s+(.+?)(?:\s+(?:please|pls|thanks))?[\s.!]*$/i;

/**
 * Words that open a correction of the value just said, with the value alone after them:
 * "actually, 22", "no, 22", "sorry, 22", "make that 22", "correction: 22", "I meant 22", "no wait, 22".
 */
const CORRECTED =
  /^(?:(?:actually|no|nope|nah|sorry|oops|whoops|wait|oh|hmm+|um+|err?m?|correction|corrected|my\s+bad|my\s+mistake|typo|wrong|i\s+mean|i\s+meant(?:\s+to\s+say)?|make\s+that|make\s+it|scratch\s+that|rather|en\s+realidad|perdón|pardon|en\s+fait|eigentlich|nein)(?:\s*[,:;!.…—–-]\s*|\s+|$))+(.+?)(?:[\s,]+(?:please|pls|thanks|instead|actually|then))*[\s.!]*$/iu;

/** "22, not 21", "22 not 21": the new value, then the one it replaces. */
const NOT_OLD = /^(.+?)(?:\s*,\s*|\s+)not\s+(.+?)[\s.!]*$/iu;

/**
 * Whether the words after a correction's opener are a value alone ("22", "B-7", "Lyon", "3 May"),
 * not a request or chatter of their own ("what's my PIN?", "I'm tired", "never mind").
 */
function valueAlone(said: string): boolean {
  const text = said.trim();
  if (!text || text.length > 80 || /\?$/.test(text) || text.split(/\s+/).length > 6) return false;
  // "the locker is 21": a fact said whole, named by its own words, read as a statement (S26 M1).
  if (/^(?:the|a|an)\s+\S.*?\s+(?:is|are|was|were|=)\s+\S/iu.test(text)) return false;
  // "Bruno is a labrador": a name with its own verb is a statement, not a value (m19).
  if (/^\p{Lu}[\p{L}\p{M}-]*(?:['’]s)?\s+(?:is|are|was|were)\s+\S/u.test(text)) return false;
  // The apostrophe may be left out ("whats", "thats", "im"): still a word that opens a sentence.
  return !/^(?:i|i['’]?m|i['’]ve|ive|i['’]d|i['’]ll|me|my|mine|you|your|we|our|he|he['’]?s|she|she['’]?s|they|they['’]?re|it|it['’]s|its|that|that['’]?s|this|these|those|there|there['’]?s|here|what|what['’]?s|wats|where|where['’]?s|when|when['’]?s|who|who['’]?s|why|how|how['’]?s|which|and|but|also|btw|plus|can|could|would|will|should|do|does|did|don['’]t|please|thanks|thank|never|not|no|yes|ok|okay|forget|remember|delete|remove|clear|erase|note|add|list|show|tell|set|change|update|is|are|was|were|let|let['’]s|wait|hold|stop|cancel|nothing|everything|all|both|neither|none|the\s+(?:first|second|third|last|other))\b/i.test(
    text,
  );
}

/**
 * Words about the correction itself, never a value (m17, S26 H1): "sorry typo", "oops wrong,
 * forget that", "no thats my old one", "it's wrong", "my mistake". A reply made only of these
 * (and small words) writes nothing: it asks what the value should be, or offers to forget.
 */
const META_WORD =
  /^(?:typo|typos|wrong|mistake|mistaken|error|incorrect|old|older|previous|former|one|ones|forget|forgot|scratch|ignore|undo|remove|delete|that|thats|that['’]s|this|it|its|it['’]s|is|was|my|the|a|an|bad|sorry|oops|whoops|no|not|right|correct|again|mean|meant|i|wait|actually|misspelled|misspelt|typed|wrote|said|fault|slip)$/i;
/** Words that say a value was a mistake (not "forget that" alone: that is another request). */
const MISTAKE = /\b(?:typos?|wrong|mistaken?|error|incorrect|old|previous|former|misspel(?:led|t))\b/i;
const SAYS_FORGET = /\b(?:forget|scratch|ignore|undo|remove|delete)\b/i;
/** The meta words that say something on their own (not "my", "one", "the"). */
const META_STRONG =
  /^(?:typos?|wrong|mistaken?|error|incorrect|old|older|previous|former|forget|forgot|scratch|ignore|undo|misspel(?:led|t)|fault|slip)$/i;
const metaTalk = (said: string): boolean => {
  const words = said
    .toLowerCase()
    .split(/[\s,.;:!?…—–-]+/)
    .filter(Boolean);
  return words.some((word) => META_STRONG.test(word)) && words.every((word) => META_WORD.test(word));
};

/** A value made of digits alone ("4242", "12-34"): a code whose correction must hold digits too. */
const DIGITS_ONLY = /^[\d\s.-]*\d[\d\s.-]*$/;

/** The value each fact of the turn before had after it (what a write left, or what a lookup found). */
function valuesOf(
  calls: readonly { input: Record<string, unknown>; output?: unknown }[],
): Map<string, string> {
  const values = new Map<string, string>();
  for (const call of calls) {
    const key = call.input.key;
    if (typeof key !== 'string') continue;
    const output = call.output as
      | { entry?: { value?: unknown }; match?: { value?: unknown } | null }
      | undefined;
    const value = output?.entry?.value ?? output?.match?.value ?? call.input.value;
    if (value !== undefined && value !== null)
      values.set(key.trim().toLowerCase().replace(/\s+/g, ' '), String(value));
  }
  return values;
}

/** A plain yes to a question back. */
const YES =
  /^(?:y|yes|yeah|yep|yup|yas|ya|sure|ok(?:ay)?|please\s+do|do\s+it|go\s+ahead|yes\s+please|yes\s+do\s+it|yes\s+go\s+ahead|correct|right|that['’]?s\s+right|confirm(?:ed)?|approved?|oui|sí|si|ja|да|はい|👍|✅)[\s.!]*(?:please|thanks|thank\s+you)?[\s.!]*$|^(?:(?:yes|yeah|yep|yup|ya|sure|ok(?:ay)?|alright|absolutely|definitely|of\s+course)[\s,.!]+)+(?:(?:please|pls|plz|thing|do\s+it|go\s+ahead|go\s+for\s+it|do\s+that|change\s+it|update\s+it|save\s+it|thanks|thank\s+you|ty)(?:[\s,.!]+|$))+$/iu;

/** A plain no to a question back: nothing is to change. */
const NO =
  /^(?:(?:no|nope|nah|actually|wait|oh|hmm+|sorry|ok(?:ay)?|on\s+second\s+thoughts?|changed\s+my\s+mind)[\s,!.]+)*(?:n|no|nope|nah|no\s+thanks?(?:\s+you)?|no\s+thank\s+you|cancel(?:\s+(?:it|that))?|don['’]?t|do\s+not|don['’]?t\s+(?:do\s+it|bother|change\s+(?:it|anything))|never\s*mind|nvm|forget\s+it|leave\s+it(?:\s+as\s+it\s+is)?|stop|abort|not\s+now|no\s+(?:don['’]?t|leave\s+it|keep\s+it|cancel)|keep\s+(?:it|that|them|it\s+as\s+it\s+is)|don['’]?t\s+(?:forget|delete|remove|change|save|keep)\s+(?:it|that|this|them)|non|nein|нет|いいえ|👎|❌)[\s.!]*$/iu;

/** Two requests in the same words, whatever the case, spacing and closing marks. */
const sameWords = (one: string, other: string) => {
  const words = (text: string) =>
    text
      .toLowerCase()
      .replace(/[\s.!?]+$/, '')
      .replace(/\s+/g, ' ')
      .trim();
  return words(one) !== '' && words(one) === words(other);
};

/** A call of the turn before, as stored. */
export interface PastCall {
  name: string;
  input: Record<string, unknown>;
}

/**
 * What a follow-up means. `request`: read this instead, as if typed; `requests`: each of these
 * (a yes to a question that offered several parts); `replay`: exactly these calls again, the
 * ones held for approval in the turn before (approval is decided by the executor, as always);
 * `answer`: say this and call nothing.
 */
export type FollowUp =
  | { kind: 'request'; text: string }
  | { kind: 'requests'; texts: string[] }
  | { kind: 'replay'; calls: PastCall[]; request: string; held: string; again?: boolean }
  | { kind: 'answer'; text: string; status: 'done' | 'needs_input' };

/** The messages of the last turn: everything after the last request the person typed. */
function lastTurn(history: readonly ConversationMessage[]): readonly ConversationMessage[] {
  const at = history.map((message) => message.role).lastIndexOf('user');
  return at < 0 ? history : history.slice(at + 1);
}

/** The opening of an answer to a request that was not understood: nothing done, nothing asked. */
const NOT_UNDERSTOOD =
  /^(?:I didn't understand "|I don't know: nothing you've asked me to remember, noted or had me learn answers ")/;

/**
 * The last turn, or when its request was not understood ("yes pls" → "I didn't understand …"),
 * the last turn before it that was: a reply not read never drops the question asked before it.
 */
function understoodTurn(history: readonly ConversationMessage[]): readonly ConversationMessage[] {
  let end = history.length;
  for (;;) {
    const at = history
      .slice(0, end)
      .map((message) => message.role)
      .lastIndexOf('user');
    const turn = history.slice(at + 1, end);
    if (at <= 0 || !NOT_UNDERSTOOD.test(answerOf(turn))) return turn;
    end = at;
  }
}

/** A request to note what was said before, naming nothing: "make a note of that", "note it down". */
const NOTE_THAT =
  /^(?:(?:ok(?:ay)?|so|and|oh|please|pls|plz|can\s+you|could\s+you|would\s+you|will\s+you)[\s,]+)*(?:note|jot|write|make\s+a\s+note|take\s+a\s+note|add\s+a\s+note)\s+(?:of\s+|about\s+)?(?:that|this|it)(?:\s+(?:down|up))?(?:\s+(?:for\s+me|please|pls|plz))*[\s.!?]*$/i;

/** The messages of the last turn that called a tool (empty when none did). */
function lastTurnWithCalls(history: readonly ConversationMessage[]): readonly ConversationMessage[] {
  const at = history.findLastIndex(
    (message) => message.role === 'assistant' && parts(message).some((part) => part.type === 'tool-call'),
  );
  if (at < 0) return [];
  const from = history
    .slice(0, at)
    .map((message) => message.role)
    .lastIndexOf('user');
  const to = history.findIndex((message, index) => index > at && message.role === 'user');
  return history.slice(from + 1, to < 0 ? history.length : to);
}

/** What the person typed to open the last turn (before any "yes" that only said it again). */
function lastRequest(history: readonly ConversationMessage[]): string {
  const user = history.findLast(
    (message) =>
      message.role === 'user' && !(typeof message.content === 'string' && YES.test(message.content.trim())),
  );
  return typeof user?.content === 'string' ? user.content : '';
}

type Part = { type?: string; toolCallId?: string; toolName?: string; input?: unknown; output?: unknown };
const parts = (message: ConversationMessage): Part[] =>
  Array.isArray(message.content) ? (message.content as Part[]) : [];

/** The calls of the turn, in order, and the ids of those held for approval (not run). */
function callsOf(turn: readonly ConversationMessage[]): {
  calls: (PastCall & { id: string; output?: unknown })[];
  held: Set<string>;
} {
  const calls: (PastCall & { id: string; output?: unknown })[] = [];
  const held = new Set<string>();
  for (const message of turn) {
    for (const part of parts(message)) {
      if (message.role === 'assistant' && part.type === 'tool-call' && typeof part.toolName === 'string') {
        const input =
          part.input && typeof part.input === 'object' ? (part.input as Record<string, unknown>) : {};
        calls.push({ id: String(part.toolCallId ?? ''), name: part.toolName, input });
      }
      if (message.role === 'tool' && part.type === 'tool-result') {
        const output = part.output as { type?: string; value?: { code?: unknown } } | undefined;
        if (output?.type === 'error-json' && output.value?.code === 'needs_approval')
          held.add(String(part.toolCallId ?? ''));
        // What the call returned (its data), for the choices a which-question offered.
        const data = (output?.value as { output?: unknown } | undefined)?.output;
        const made = calls.find((call) => call.id === String(part.toolCallId ?? ''));
        if (made && output?.type === 'json' && data !== undefined) made.output = data;
      }
    }
  }
  return { calls, held };
}

/** The fact names the turn's calls named, each once, in order (the last is the last named). */
function keysOf(calls: readonly PastCall[]): string[] {
  const seen = new Map<string, string>();
  for (const call of calls) {
    const key = call.input.key;
    if (typeof key !== 'string' || !key.trim()) continue;
    const same = key.trim().toLowerCase().replace(/\s+/g, ' ');
    seen.delete(same);
    seen.set(same, key.trim());
  }
  return [...seen.values()];
}

/** The last turn's answer, when it was text. */
function answerOf(turn: readonly ConversationMessage[]): string {
  const answer = turn.findLast(
    (message) => message.role === 'assistant' && typeof message.content === 'string',
  );
  return typeof answer?.content === 'string' ? answer.content : '';
}

/** "Say "X"" / "say "X"" in a line: the quoted requests, and whether the line asks which one. */
const SAY = /\b[Ss]ay\s+["“]([^"”]{1,400})["”]/g;

/**
 * What the answer offered, one request a line ('Your locker is 12; change it to 21? Say "remember
 * my locker is 21".'); `which` when a line offers a choice (two requests, "which one", an example
 * to complete with "…"), so a yes cannot say which.
 */
function offersOf(answer: string): { offers: string[]; which: boolean } {
  const offers: string[] = [];
  let which = false;
  for (const line of answer.split('\n')) {
    const says = [...line.matchAll(SAY)].map((match) => match[1]!);
    if (says.length === 0) continue;
    if (!/\?/.test(line)) continue; // "Say "list my notes" to see their numbers": advice, no offer
    if (says.length > 1 || /\bwhich\b/i.test(line) || says.some((said) => /…|\.\.\./.test(said))) {
      which = true;
      continue;
    }
    // 'Say "remember my x is 5" with the name of the one you mean': an example, not an offer.
    if (/["”]\s+with\b/.test(line)) {
      which = true;
      continue;
    }
    offers.push(says[0]!);
  }
  return { offers, which };
}

/** Whether an answer is one question back offering one request a "yes" would run. */
export function offersOne(answer: string): boolean {
  const { offers, which } = offersOf(answer);
  return offers.length === 1 && !which;
}

/** How a fact is named in a question to the person: "your locker", "Anna's phone". */
const yours = (key: string) => (OWNED.test(key) ? key.replace(/^(?:my|our)\s+/i, 'your ') : `your ${key}`);
const owned = (key: string) => (OWNED.test(key) ? key : `my ${key}`);
/**
 * A fact's name that says whose it is: "my …", "the …", "Anna's phone", "Dr Lee's number",
 * "brother's phone". "dog Bruno's age" is the person's own dog's (an apposition, m19).
 */
const OWNED = /^(?:[Mm]y|[Oo]ur|[Tt]he|MY|OUR|THE)\s|^(?:\p{Lu}\S*\s+)*[^\s'’]+['’]s\s/u;

/** Whether the last turn ended in a question back (or a step held for approval). */
function askedBack(turn: readonly ConversationMessage[], held: boolean): boolean {
  return held || /\?/.test(answerOf(turn));
}

/** "and the work one?", "what about my home one", "how about the card one?": group 1 is the kind. */
const SIBLING =
  /^(?:(?:and|so|oh|ok(?:ay)?)[\s,]+)?(?:(?:and\s+)?(?:what|how)\s+about\s+)?(?:the|my|our|your)\s+((?!(?:other|first|second|third|last|same|next|previous)\b)[\p{L}\p{N}'’-]+(?:\s+[\p{L}\p{N}'’-]+){0,2})\s+one\s*[?.!]*$/iu;

/**
 * After an answered lookup ("what's my home wifi password?" → "Your home wifi password is …"),
 * "and the work one?" asks for the sibling fact: the name found, with its first words (as many as
 * said, its last word always kept) replaced by the ones said — "work wifi password"; "bank PIN" →
 * "card PIN"; "PIN" → "card PIN". Undefined when the turn before found
 * no fact, or the request is not shaped so.
 */
function siblingAsked(text: string, calls: readonly (PastCall & { output?: unknown })[]): string | undefined {
  const said = SIBLING.exec(text)?.[1];
  if (!said) return undefined;
  const found = calls.findLast((call) => {
    const match = (call.output as { match?: { label?: unknown } | null } | undefined)?.match;
    return typeof match?.label === 'string';
  });
  const label = (found?.output as { match: { label: string } } | undefined)?.match.label;
  if (!label) return undefined;
  const words = label.split(/\s+/);
  const kind = said.split(/\s+/);
  // The last word (the kind of thing) always stays: "bank PIN" + "guest network" → "guest network PIN".
  const name = [...kind, ...words.slice(Math.min(kind.length, words.length - 1))].join(' ');
  return `what is ${owned(name)}`;
}

/** "and mine?", "what about Tom's?", "and my brother's?": group 1 is whose fact is now asked. */
const OWNER_ASKED =
  /^(?:(?:and|so|oh|ok(?:ay)?)[\s,]+)?(?:(?:and\s+)?(?:what|how)\s+about\s+)?(mine|my\s+own|me|(?:(?:my|our)\s+)?[\p{L}\p{M}-]+['’]s)\s*[?.!]*$/iu;

/**
 * The fact one lookup of the turn before found: its name as stored, or undefined (none, or
 * several). A question answered from the list of every fact ("how old is Bruno?" → "Your dog
 * Bruno's age is 7 years old.") found the one fact whose name and value the answer says (m19).
 */
function foundLabel(calls: readonly (PastCall & { output?: unknown })[], answer = ''): string | undefined {
  const labels = calls.flatMap((call) => {
    const match = (call.output as { match?: { label?: unknown } | null } | undefined)?.match;
    return typeof match?.label === 'string' ? [match.label] : [];
  });
  if (labels.length > 0) return labels.length === 1 ? labels[0] : undefined;
  // A lookup that found nothing: the facts its answer names are near ones, about something else.
  if (calls.some((call) => call.output && typeof call.output === 'object' && 'match' in call.output))
    return undefined;
  const said = answer.toLowerCase();
  if (!said || said.includes('\n')) return undefined;
  const answered = calls.flatMap((call) => {
    const entries = (call.output as { entries?: unknown } | undefined)?.entries;
    if (!Array.isArray(entries)) return [];
    return (entries as { label?: unknown; value?: unknown }[]).filter(
      (entry) =>
        typeof entry?.label === 'string' &&
        (typeof entry.value === 'string' || typeof entry.value === 'number') &&
        String(entry.value).trim() !== '' &&
        said.includes(entry.label.toLowerCase()) &&
        said.includes(String(entry.value).toLowerCase()),
    );
  });
  const found = [...new Set(answered.map((entry) => entry.label as string))];
  return found.length === 1 ? found[0] : undefined;
}

/** The value of the one fact `foundLabel` found, as stored. */
function foundValue(calls: readonly (PastCall & { output?: unknown })[], answer: string): string | undefined {
  const label = foundLabel(calls, answer);
  if (!label) return undefined;
  for (const call of calls) {
    const output = call.output as
      | { match?: { label?: unknown; value?: unknown } | null; entries?: unknown }
      | undefined;
    const entries = [output?.match, ...(Array.isArray(output?.entries) ? output.entries : [])] as (
      | { label?: unknown; value?: unknown }
      | null
      | undefined
    )[];
    const entry = entries.find((one) => one?.label === label);
    if (entry && (typeof entry.value === 'string' || typeof entry.value === 'number'))
      return String(entry.value);
  }
  return undefined;
}

/**
 * After an answered lookup ("what's Ana's phone number?" → "Ana's phone number is …"), "and mine?"
 * asks for the same fact of another owner (S24): "my phone number"; "and Tom's?" is "Tom's phone
 * number". Undefined when the turn before found no one fact, or the request is not shaped so.
 */
function ownerAsked(
  text: string,
  calls: readonly (PastCall & { output?: unknown })[],
  answer: string,
): string | undefined {
  const said = OWNER_ASKED.exec(text)?.[1];
  const label = said ? foundLabel(calls, answer) : undefined;
  if (!said || !label) return undefined;
  // The fact without its owner: "Ana's phone number", "my brother Tom's birthday" → "phone number".
  const bare = label
    .replace(/^(?:my|our|your|the)\s+/i, '')
    .replace(/^(?:[\p{L}\p{M}-]+\s+){0,2}?[\p{L}\p{M}-]+['’]s\s+/u, '');
  if (
    !bare ||
    (bare === label.replace(/^(?:my|our|your|the)\s+/i, '') && /^(?:mine|my\s+own|me)$/i.test(said))
  )
    return undefined;
  const owner = /^(?:mine|my\s+own|me)$/i.test(said) ? 'my' : said;
  return `what is ${owner} ${bare}`;
}

/** "and her birthday?", "what about his email?", "when is her birthday?": group 1 is what of them is asked. */
const PRONOUN_ASKED =
  /^(?:(?:and|so|oh|ok(?:ay)?)[\s,]+)?(?:(?:and\s+)?(?:what|how)\s+about\s+|(?:what|when|where|who)(?:['’]s|\s+is|\s+are|\s+was)\s+)?(?:her|his|their)\s+(\p{L}[\p{L}\p{N}'’-]*(?:\s+\p{L}[\p{L}\p{N}'’-]*){0,2})\s*[?.!]*$/iu;

/**
 * After a lookup of a person's fact ("what's my wife's phone?"), "and her birthday?" asks for that
 * person's birthday ("what is my wife's birthday"), as named then (m23). Undefined when the turn
 * before named no one's fact.
 */
function pronounAsked(
  text: string,
  calls: readonly (PastCall & { output?: unknown })[],
  answer: string,
): string | undefined {
  const asked = PRONOUN_ASKED.exec(text)?.[1];
  if (!asked) return undefined;
  const looked = calls.findLast((call) => typeof call.input.key === 'string')?.input.key as
    | string
    | undefined;
  const label = foundLabel(calls, answer) ?? looked;
  const owner = /^(?:(?:my|our|your|the)\s+)?((?:[\p{L}\p{M}-]+\s+){0,2}?[\p{L}\p{M}-]+['’]s)\s+\S/u.exec(
    label ?? '',
  )?.[1];
  if (!owner) return undefined;
  return `what is ${/^\p{Ll}/u.test(owner) ? 'my ' : ''}${owner} ${asked}`;
}

/** "who is Kasia?", "who's Ewan", "tell me about Orla": group 1 is the person asked about. */
const WHO_IS =
  /^\s*(?:(?:and|so|ok(?:ay)?)[\s,]+)?(?:who(?:['’]s|\s+is|\s+was)|tell\s+me\s+about|what\s+about)\s+((?:[Mm]y\s+\p{Ll}+\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)\s*[?.!]*$/u;
/** "who is the plumber?", "who's our electrician": group 1 is the job asked about. */
const WHO_THE_JOB =
  /^\s*(?:(?:and|so|ok(?:ay)?)[\s,]+)?who(?:['’]s|\s+is|\s+was)\s+(?:the|my|our)\s+(\p{L}+)\s*[?.!]*$/iu;
/** A question by its opening word: "how old is she?", "is he coming?", "and when is her birthday?". */
const A_QUESTION =
  /^(?:(?:and|so|ok(?:ay)?|oh|but)[\s,]+)?(?:how|when|where|what|who|which|whose|why|is|was|are|does|did|do|can|will|has)\b/iu;
/** "he", "she", "him", "his", "her", "hers" as whole words. */
const PERSON_PRONOUN = /(?<![\p{L}\p{N}'’])(?:he|she|him|his|her|hers)(?![\p{L}\p{N}'’])/giu;
/** Words after "her" that keep it an object ("ask her about", "is she with her?"): no noun of hers. */
const AFTER_OBJECT =
  /^(?:$|[?.!,]|(?:to|for|at|in|on|with|about|from|by|up|out|back|again|too|now|then|today|tomorrow|yet|and|or|if|when|that)\b)/iu;

/**
 * One person named with their birth or age, the whole request (D32 2): "Elif was born on 23 July
 * 2020" (group 1), "how old is Elif?" / "how many days until Elif's birthday?" (2), "remember
 * Elif's birthday is 23 July" / "when is Elif's birthday?" (3). A sentence naming two people matches none.
 */
const BIRTH_OR_AGE_OF =
  /^(?:(?:please\s+)?remember\s+(?:that\s+)?)?(?:(\p{Lu}[\p{L}\p{M}-]*)\s+was\s+born\b[^,;&]*|(?:(?:and|so|ok(?:ay)?)[\s,]+)?(?:how\s+old\s+is|what\s+age\s+is)\s+(\p{Lu}[\p{L}\p{M}-]*)[\s?.!]*|(?:(?:and|so|ok(?:ay)?)[\s,]+)?(?:(?:how\s+(?:long|many\s+\p{L}+)|when\s+(?:is|was))\s+(?:\p{L}+\s+){0,3})?(\p{Lu}[\p{L}\p{M}-]*)['’]s\s+(?:next\s+|last\s+)?(?:birthday|b-?day|age)\b[^,;&]*)$/u;

/** An answer from one person's birthday (tools/memory/countdown.ts): group 1 the person. */
const BIRTHDAY_ANSWERED =
  /^(\p{Lu}[\p{L}\p{M}-]*)(?:['’]s\s+(?:birthday|b-?day)\s+is\s|\s+turns\s+\d{1,3}\s|\s+is\s+\d{1,3}\s+—\s+born\s)/u;

/**
 * The person the turn before asked about (S44 10): "who's Kasia" → "Kasia"; a lookup of one
 * person's fact ("what's my wife's name?") → "my wife". Undefined when it named no one person.
 */
function personAskedBefore(
  request: string,
  calls: readonly (PastCall & { output?: unknown })[],
  answer: string,
): string | undefined {
  const who = WHO_IS.exec(request)?.[1];
  if (who) return who;
  // "who is the plumber?": the one doing that job (S45 follow-ups), "the plumber" from then on.
  const job = WHO_THE_JOB.exec(request)?.[1];
  if (job && isJobWord(job)) return `the ${job.toLowerCase()}`;
  // "Elif was born on 23 July 2020", "how old is Elif?": one person named with their birthday or
  // age, asked of next as "she" ("how old will she be on her birthday?", D32 2).
  const aged = BIRTH_OR_AGE_OF.exec(request.trim());
  // An answer computed from one person's birthday names them first ("Elif turns 7 on …", "Elif
  // is 6 — born …", "Elif's birthday is …: the last was …"), so "she" stays Elif the turn after.
  const agedWho =
    aged?.[1] ?? aged?.[2] ?? aged?.[3] ?? BIRTHDAY_ANSWERED.exec(answer.replace(/^(?:·.*\n)+/u, ''))?.[1];
  if (agedWho && !/^(?:I|He|She|They|It|You|We|This|That)$/u.test(agedWho)) return agedWho;
  // Only a question asks about someone: after "my wife is Priya and my brother's phone is …" kept
  // two people's facts, "her" is neither (statements.ts asks).
  if (!A_QUESTION.test(request) && !/\?\s*$/u.test(request)) return undefined;
  const looked = calls.findLast((call) => typeof call.input.key === 'string')?.input.key as
    | string
    | undefined;
  // The fact as found ("wife name" is stored so) or as asked ("wife's name"): the one naming an owner.
  for (const label of [foundLabel(calls, answer), looked]) {
    const owner = /^(?:(my|our)\s+)?((?:\p{L}+\s+){0,1}?\p{L}+)['’]s\s+\S/u.exec(label ?? '');
    const whose = owner?.[2] as string | undefined;
    // A relation ("wife", "my son") or a capitalised name ("Kasia's"); never a thing ("car's").
    // A job ("plumber's number", asked after "who is the plumber?") is the one doing it.
    if (whose && !owner?.[1] && isJobWord(whose)) return `the ${whose.toLowerCase()}`;
    if (!whose || !(personName(`my ${whose}'s name`)?.relation || /^\p{Lu}/u.test(whose))) continue;
    return /^\p{Lu}/u.test(whose) ? whose : `${owner?.[1] ?? 'my'} ${whose}`;
  }
  // A question the documents were asked of a job ("where does the plumber live?"): still that one.
  const asked = calls.findLast((call) => typeof call.input.question === 'string')?.input.question as
    | string
    | undefined;
  const doer = /\bthe\s+(\p{L}+)(?:['’]s)?(?![\p{L}'’])/iu.exec(asked ?? '')?.[1];
  return doer && isJobWord(doer) ? `the ${doer.toLowerCase()}` : undefined;
}

/**
 * After a question about a person ("who's Kasia", "what's my wife's name?"), a question naming
 * them "he", "she", "him", "his" or "her" asks of that person (S44 10): "and how old is she?" →
 * "how old is Kasia?", "is he coming to Lisbon?" → "is Ewan coming to Lisbon?", "when is her
 * birthday?" → "when is Kasia's birthday?". Statements ("she's 9") are read elsewhere.
 */
function personPronounAsked(
  text: string,
  request: string,
  calls: readonly (PastCall & { output?: unknown })[],
  answer: string,
): string | undefined {
  if (!A_QUESTION.test(text) || !new RegExp(PERSON_PRONOUN.source, 'iu').test(text)) return undefined;
  const person = personAskedBefore(request, calls, answer);
  if (!person) return undefined;
  return text
    .replace(/^(?:(?:and|so|ok(?:ay)?|oh)[\s,]+)/iu, '')
    .replace(PERSON_PRONOUN, (pronoun, at: number, whole: string) => {
      const lower = pronoun.toLowerCase();
      if (lower === 'his' || lower === 'hers') return `${person}'s`;
      if (lower === 'her' && !AFTER_OBJECT.test(whole.slice(at + pronoun.length).trim()))
        return `${person}'s`;
      return person;
    });
}

/** "when is my daughter's birthday", "when does the lease end?", "when do we fly to Porto?": group 2 is what was asked of. */
const WHEN_ASKED =
  /^\s*(?:(?:and|so|ok(?:ay)?)[\s,]+)?when(?:['’]s|\s+(is|are|was|does|do|did|will))\s+(.+?)[\s?.!]*$/iu;
/** "is that before our Porto trip?", "is it after Christmas?": group 1 before/after, 2 the other thing. */
const ORDER_SAID =
  /^\s*(?:(?:and|so|but|ok(?:ay)?)[\s,]+)?(?:is|was|does|will)\s+(?:that|it|this)\s+(?:come\s+|fall\s+)?(before|after)\s+(.+?)[\s?.!]*$/iu;
/** "is that in the past?", "has it passed?", "is it over?", "have we missed it?". */
const PAST_SAID =
  /^\s*(?:(?:and|so|but|ok(?:ay)?)[\s,]+)?(?:(?:is|was)\s+(?:that|it|this)\s+(?:already\s+)?(?:in\s+the\s+past|past|gone|over|passed)|(?:has|is)\s+(?:that|it|this)\s+(?:already\s+)?(?:passed|gone|been)|(?:have|did)\s+(?:i|we)\s+(?:already\s+)?miss(?:ed)?\s+(?:it|that|this))[\s?.!]*$/iu;

/**
 * After a question asking when something is ("when is my daughter's birthday"), "how long until
 * then?" counts to that day (S45): "how long until my daughter's birthday?", whether a fact or a
 * document says the day; "is that in the past?" asks the same, and the count says "that was …
 * ago" or "… from today". A past question about a due day stays the documents' own ("is the MOT
 * overdue?", tools/knowledge/follow-up.ts). Undefined for any other pair.
 */
function countdownToSaid(text: string, request: string): string | undefined {
  const asked = WHEN_ASKED.exec(request);
  if (!asked) return undefined;
  // "is that before our Porto trip?" after "when does the home insurance end?": the two days compared.
  const order = ORDER_SAID.exec(text);
  if (order) return `is ${asked[2]} ${(order[1] as string).toLowerCase()} ${order[2]}?`;
  const countdown = countdownAsked(text);
  const past = !countdown && PAST_SAID.test(text) && !/\b(?:over)?due\b/iu.test(request);
  if (!past && !(countdown && countsToSaid(countdown.subject))) return undefined;
  // "is that in the past?" after "when is Can's birthday?": this year's, which a birthday has (S46).
  if (past && recursYearly(asked[2] as string)) return `is ${asked[2]} in the past?`;
  // "when does the lease end": "until the lease end", the verb kept as said.
  return `how many ${countdown?.unit ?? 'days'} until ${asked[2]}?`;
}

/** "just Orla", "simply Orla": the value without the word that only says it is the whole of it. */
const JUST = /^(?:just|only|simply|plain)\s+/iu;

/**
 * After a question about a person, "her name is just Orla" or "no, his phone is 0770…" says that
 * person's fact (S44 8): "actually my wife's name is Orla" (a correction, when opened as one),
 * never "whose name?". Undefined when the turn before named no one person or the words are not so shaped.
 */
function personSaid(
  text: string,
  request: string,
  calls: readonly (PastCall & { output?: unknown })[],
  answer: string,
): string | undefined {
  const said = PERSON_HAS.exec(text.replace(FOLLOW_OPENERS, ''));
  if (!said || A_QUESTION.test(text.replace(FOLLOW_OPENERS, ''))) return undefined;
  const person = personAskedBefore(request, calls, answer);
  if (!person) return undefined;
  const value = (said[2] as string).replace(JUST, '');
  const correcting = /^(?:actually|no|nope|sorry|typo|oops|whoops|wrong|my\s+bad)\b/iu.test(text);
  return `${correcting ? 'actually ' : ''}${person}'s ${said[1]} is ${value}`;
}

/** A question that asks of "it": "how much did it cost?", "when does it leave?", "where is it?". */
const IT_ASKED =
  /^(?:(?:and|so|ok(?:ay)?|oh)[\s,]+)?(?:how|when|where|what|who|which|whose|is|was|does|did|do|can)\b.*\bit\b/iu;
/** "how much did it cost?", "what did it cost", "how much was it?", "what was the price of it?". */
const COST_OF_IT =
  /\b(?:how\s+much|what)\s+(?:did|does|do|was|is|will|would)\s+it\s*(?:cost|come\s+to|set\s+(?:me|us)\s+back|$|\?)|\b(?:price|cost|fare|fee)\s+of\s+it\b/iu;
/** A question's opening that only asks ("when do I", "what time is the", "how much does my"). */
const ASKING_LEAD =
  /^(?:(?:and|so|ok(?:ay)?|oh)[\s,]+)?(?:how(?:\s+(?:much|many|long|often|far))?|when|where|what(?:\s+time|\s+day|\s+date)?|who|which|whose)\s+(?:(?:is|are|was|were|do|does|did|will|would|can|could|should|must|have|has|had)\s+)?(?:(?:i|we|you)\s+)?(?:(?:need|have|want|going)\s+to\s+)?/iu;

/**
 * After a question a call answered from the documents ("when do I fly back?" → the return
 * flight), "how much did it cost?" asks it of the same thing (k29): "it" is what that question
 * named ("how much did fly back cost"), so the documents find the line again. Undefined when the
 * turn before asked no such question, its answer was not known, or the request asks nothing of "it".
 */
function documentItAsked(
  text: string,
  calls: readonly (PastCall & { output?: unknown })[],
): string | undefined {
  // Only what "it" cost: "and when does it end?" after "when does spring term start?" is the
  // documents' own follow-up (the subject carried by knowledge's follow-up reading), never
  // "when does spring term start end?"; "what time is it?" is the clock's "it".
  if (!IT_ASKED.test(text) || !COST_OF_IT.test(text)) return undefined;
  const asked = calls.findLast(
    (call) =>
      typeof call.input.question === 'string' &&
      (call.output as { known?: unknown } | undefined)?.known === true,
  )?.input.question as string | undefined;
  if (!asked) return undefined;
  const named = asked
    .replace(ASKING_LEAD, '')
    .replace(/[\s?.!]+$/u, '')
    .trim();
  // Nothing named ("what is it?" before), or the question before asked of "it" itself: nothing to carry.
  if (!named || /\bit\b/iu.test(named) || named.split(/\s+/u).length > 8) return undefined;
  return text.replace(/\bit\b/iu, named);
}

/** "is it still 7781?", "is it really 12?": group 1 is the value guessed. */
const IS_IT =
  /^(?:(?:so|and|but)[\s,]+)?is\s+it\s+(?:still\s+|really\s+|now\s+|actually\s+)?(.+?)\s*\?+\s*$/i;

/** "forget it", "delete that", "ok remove it": the one fact a plain lookup just found (S24). */
const FORGET_IT =
  /^(?:(?:ok(?:ay)?|then|now|please|so|and|actually)[\s,]+)*(?:forget|delete|remove|erase|drop)\s+(?:it|that|this|that\s+one|this\s+one)(?:\s+(?:please|pls|now|then|too))?[\s.!]*$/i;

/** "delete the second one", "remove number 2", "forget the last": group 1 says which. */
const DELETE_LISTED =
  /^(?:(?:ok(?:ay)?|so|then|now|and|please|pls|can\s+you|could\s+you)[\s,]+)*(?:delete|remove|forget|erase|drop|get\s+rid\s+of|trash|bin|cross\s+off)\s+((?:the\s+)?(?:(?:first|second|third|fourth|fifth|last|top|bottom|1st|2nd|3rd|4th|5th)(?:\s+(?:one|note|fact|item|entry))?|(?:one\s+)?(?:(?:note|fact|item)\s+)?(?:number|no\.|nr\.?|#)\s*\d+|(?:note\s+)?#?\d+))(?:\s+(?:please|pls|too|then))?[\s.!]*$/i;

/**
 * After a list (notes by number, or every fact), "delete the second one" picks by the place it
 * was shown at and "remove number 2" by a note's own number; the request for it is read as typed
 * (a delete then asks for consent as always). Undefined when the request is not so shaped or the
 * turn before listed nothing; a place or number the list did not show asks again.
 */
function listedPick(text: string, choices: readonly Choice[]): FollowUp | undefined {
  const said = DELETE_LISTED.exec(text)?.[1];
  if (!said || choices.length === 0) return undefined;
  // "number 2" of notes is note #2 (`pickOne` reads a note's own number after "#").
  const numbered = choices.some((choice) => choice.number !== undefined);
  const which = numbered
    ? said.replace(/^(?:the\s+)?(?:one\s+)?(?:(?:note|item)\s+)?(?:number|no\.|nr\.?)\s*/i, '#')
    : said;
  if (choices.length === 1) {
    const only = choices[0]!;
    const fits =
      /^(?:the\s+)?(?:first|last|top|bottom|1st)\b/i.test(which) ||
      (numbered && Number(/\d+/.exec(which)?.[0]) === only.number) ||
      (!numbered && /^\D*1$/.test(which));
    return fits
      ? { kind: 'request', text: only.text }
      : {
          kind: 'answer',
          text: `The list showed only one, "${only.label}"; nothing was changed. To remove it, say "${only.text}".`,
          status: 'needs_input',
        };
  }
  const pick = pickChoice(which, choices);
  if (!pick) return undefined;
  if ('picked' in pick && pick.picked.length === 1) return { kind: 'request', text: pick.picked[0]!.text };
  return { kind: 'answer', text: askAgain(text, choices), status: 'needs_input' };
}

/**
 * Words that open a follow-up and carry nothing of its own (S33 M5): "oh and jakes changed to
 * 10 oct", "no wait, jakes is 3333", "ok so emma's is 11". Dropped before the rest is read.
 */
const FOLLOW_OPENERS =
  /^(?:(?:actually|no|nope|nah|oh|and|so|ok(?:ay)?|well|wait|sorry|oops|whoops|hmm+|um+|also|plus|btw|correction|my\s+bad|i\s+mean|i\s+meant)(?:\s*[,:;!.…—–-]\s*|\s+))+/iu;

/**
 * "jakes is 3333", "Emma's is 11", "my wife's is 0711", "jakes changed to 10 oct", "jake's is
 * now 7", "emmas moved to 3 may": another owner's fact of the attribute in focus (S33 H1, M5).
 * Group 1 is the owner as said, group 2 the value.
 */
const OTHER_OWNER_IS =
  /^((?:(?:my|our)\s+)?[\p{L}\p{M}-]+(?:['’]s|s['’])?)(?:\s+is(?:\s+now)?|['’]s\s+now|\s+now\s+is|\s+(?:has\s+|have\s+|is\s+|was\s+)?(?:changed|moved|updated|gone\s+up|gone\s+down|went\s+up|went\s+down)\s+to|\s+became)\s+(.+?)(?:\s+now)?[\s.!]*$/iu;

/** An owner word said without its apostrophe before a fact's attribute ("alexs" in "alexs pin"). */
const bareOwner = (word: string) =>
  /^\p{Ll}{3,}s$/u.test(word) && !/(?:ss|us|is)$/.test(word) && !isThingWord(word.slice(0, -1));

/**
 * A fact's name cut into whose it is and what of theirs it is: "partner alexs birthday" →
 * "partner alexs" and "birthday"; "my locker" → "my" and "locker"; "wifi password" has no owner.
 */
function ownerAndAttribute(key: string): { owner: string; attribute: string } {
  const words = key.trim().split(/\s+/);
  const at = words.findIndex(
    (word, index) =>
      index < words.length - 1 && (/\p{L}(?:['’]s|s['’])$/u.test(word) || bareOwner(word.toLowerCase())),
  );
  if (at >= 0) return { owner: words.slice(0, at + 1).join(' '), attribute: words.slice(at + 1).join(' ') };
  if (words.length > 1 && /^(?:my|our)$/i.test(words[0]!))
    return { owner: words[0]!, attribute: words.slice(1).join(' ') };
  return { owner: '', attribute: words.join(' ') };
}

/** An owner as compared: "Jake's", "jakes", "jakes'" and "my jake's" are one. */
const ownerIdentity = (owner: string) =>
  owner
    .toLowerCase()
    .replace(/^(?:my|our)\s+/, '')
    .split(/\s+/)
    .at(-1)!
    .replace(/(?:['’]s|s['’]|['’]|s)$/u, '');

/** "he's", "she is", "and they're": a person just named, and what is said of them (group 1). */
const PERSON_IS =
  /^(?:(?:and|also|oh|plus|btw|so|ok(?:ay)?)[\s,]+)*(?:he|she|they)(?:['’]s|['’]re|\s+is|\s+are)\s+(.+?)[\s.!]*$/i;
/** "he works at Tesco", "she works for the NHS": where the person works (group 1). */
const PERSON_WORKS =
  /^(?:(?:and|also|oh|plus|btw|so|ok(?:ay)?)[\s,]+)*(?:he|she|they)\s+works?\s+(?:at|for|in)\s+(.+?)[\s.!]*$/i;
/**
 * "she lives at 12 Oak Lane", "he lives in Leeds": where the person lives (group 2), only a place
 * that names one (a house number, a capital): "she lives in fear of spiders" is no home (m25).
 */
const PERSON_LIVES =
  /^(?:(?:[Aa]nd|[Aa]lso|[Oo]h|[Pp]lus|[Bb]tw|[Ss]o)[\s,]+)*([Hh]e|[Ss]he|[Tt]hey)\s+(?:now\s+)?lives?\s+(?:at\s+(?=\p{N})|in\s+(?=\p{Lu}))(\S.*?)[\s.!]*$/u;
/** "his email is …", "and her phone is …": an attribute of the person, and its value. */
const PERSON_HAS =
  /^(?:(?:and|also|oh|plus|btw|so|ok(?:ay)?)[\s,]+)*(?:his|her|their)\s+([\p{L}][\p{L}\s'’-]{0,40}?)\s+(?:is|are)\s+(.+?)[\s.!]*$/iu;
/** What says an attribute of its own of a person ("allergic to penicillin", "afraid of dogs"). */
const OWN_ATTRIBUTE =
  /^(?:allergic|intolerant|sensitive|afraid|scared|terrified|married|engaged)\s+(?:to|of)\s+\S/i;
/** An age said alone: "7", "7 years old", "12yo". */
const AGE_ALONE = /^\d{1,3}(?:\s*(?:years?|yrs?)(?:\s+old)?|\s*yo|\s*y\/o)?$/i;

/** Who a fact in focus is about, as a follow-up names them ("son Leo", "daughter"), and the rest of its name. */
function personOf(
  key: string,
  was: string | undefined,
): { who: string; rest: string; bare: boolean } | undefined {
  const plain = key.replace(/^(?:my|our)\s+/i, '');
  // "my son is Leo" keeps "son" = Leo: the fact in focus IS the person, so "he is allergic to …"
  // is the son's new fact, never a new value for "son" (S39 A6): "my son Leo is …".
  if (RELATION_ONLY.test(plain)) {
    const named = was !== undefined && /^\p{Lu}[\p{L}'’-]+$/u.test(was.trim());
    return { who: named ? `${plain} ${was.trim()}` : plain, rest: '', bare: true };
  }
  const person = personName(plain);
  if (!person) return undefined;
  // "son Leo" = allergic to penicillin: the person by relation and name, nothing more (m25).
  if (!person.owner && !person.rest && person.relation && person.name)
    return { who: plain, rest: '', bare: false };
  if (!person.owner || !person.rest) return undefined;
  const who = plain
    .slice(0, plain.length - person.rest.length)
    .replace(/['’]s?\s*$/u, '')
    .trim();
  return who ? { who, rest: person.rest, bare: false } : undefined;
}

/**
 * The one person the facts in focus are about (m25): after "my wife is Priya and her phone is …"
 * both "wife" = Priya and "wife's phone" are hers, so "her birthday is …" is "my wife Priya's
 * birthday". Facts about two people ("wife", "brother's phone") are about nobody in particular.
 */
function onePerson(
  keys: readonly string[],
  values: ReadonlyMap<string, string>,
): { who: string; rests: string[]; bare: boolean; numbers: boolean } | undefined {
  const found = keys.map((key) => ({
    person: personOf(key, values.get(key.toLowerCase().replace(/\s+/g, ' '))),
    value: values.get(key.toLowerCase().replace(/\s+/g, ' ')),
  }));
  if (found.length === 0 || found.some((one) => !one.person)) return undefined;
  const split = (who: string) => /^(.*?)(?:\s+(\p{Lu}[\p{L}'’-]*))?$/u.exec(who)!;
  const relations = new Set(found.map((one) => split(one.person!.who)[1]!.toLowerCase()));
  const names = new Set(found.map((one) => split(one.person!.who)[2]).filter(Boolean));
  if (relations.size !== 1 || names.size > 1) return undefined;
  const relation = split(found[0]!.person!.who)[1]!;
  const [name] = [...names];
  const who = name ? `${relation} ${name}` : relation;
  return {
    who,
    rests: found.map((one) => one.person!.rest).filter(Boolean),
    bare: found.some((one) => one.person!.bare),
    // A number kept among the facts (a weight, a date, a code): "she's 7" may be a new one of them.
    numbers: found.some((one) => one.person!.rest && one.value !== undefined && /\p{N}/u.test(one.value)),
  };
}

/**
 * A follow-up that says ANOTHER attribute of the person the fact in focus is about (m24): after
 * "my son Jack's birthday is June 12", "he is allergic to penicillin" is a new fact of Jack's,
 * never a new birthday; so are "she works at Tesco" after a phone number, "his email is …" after
 * a birthday, "and she's 7" after a name. The request is said whole, as if about the person
 * ("my son Jack is allergic to penicillin"); undefined when the follow-up is not so shaped or the
 * fact in focus is about no one.
 */
function personAttribute(
  text: string,
  keys: readonly string[],
  values: ReadonlyMap<string, string>,
): string | undefined {
  const person = onePerson(keys, values);
  if (!person) return undefined;
  const { who, rests } = person;
  const has = (pattern: RegExp) => rests.some((rest) => pattern.test(rest));
  const works = PERSON_WORKS.exec(text)?.[1];
  if (works && !has(/^(?:work|job|workplace|employer|office)$/i)) return `my ${who}'s workplace is ${works}`;
  const lives = PERSON_LIVES.exec(text)?.[2];
  if (lives && !has(/^(?:home|address|house|flat)$/i)) return `my ${who}'s home is ${lives}`;
  const their = PERSON_HAS.exec(text);
  if (their && !rests.some((rest) => rest.toLowerCase() === their[1]!.toLowerCase()))
    return `my ${who}'s ${their[1]} is ${their[2]}`;
  const value = PERSON_IS.exec(text)?.[1];
  if (!value) return undefined;
  if (OWN_ATTRIBUTE.test(value) && !has(/allerg|intoleran/i)) return `my ${who} is ${value}`;
  // "she's 7" is an age, unless the fact in focus holds a number of its own (a weight, a date, a code).
  if (!person.bare && AGE_ALONE.test(value) && !has(/^(?:age|years)$/i) && !person.numbers)
    return `my ${who} is ${value}`;
  return undefined;
}

/**
 * A correction that names another owner than the fact in focus (S33 H1, M5): after "whats alexs
 * pin", "no wait, jakes is 3333" is Jake's PIN, kept as "remember jakes pin is 3333" (an update
 * when Jake's PIN is stored, a new fact otherwise); never "jakes is 3333" as Alex's PIN. The same
 * owner said again ("no, alexs is 1112") corrects the fact in focus. Facts in focus of different
 * attributes ask which is meant, and nothing is written. Undefined when not so shaped.
 */
function otherOwnerCorrection(text: string, keys: readonly string[]): FollowUp | undefined {
  if (keys.length === 0) return undefined;
  const said = OTHER_OWNER_IS.exec(text.replace(FOLLOW_OPENERS, ''));
  if (!said) return undefined;
  const owner = said[1]!;
  const value = said[2]!;
  const name = owner.replace(/^(?:my|our)\s+/i, '');
  // A possessive is needed ("jakes", "Emma's", "my wife's"): "it is", "mine is", "that's" are not
  // owners, and neither is a value alone ("22 is right").
  const possessive = /\p{L}(?:['’]s|s['’])$/u.test(name) || bareOwner(name.toLowerCase()) || name !== owner;
  if (!possessive || /\p{N}/u.test(name) || !valueAlone(name) || !valueAlone(value)) return undefined;
  // "my daughter is Lena" after "my son is Theo", "my mum is coming over" after "my mum is Carol":
  // a relation said without a possessive is a statement of its own, never another owner of the
  // fact in focus ("daughter son", "mum mum", S40).
  if (name !== owner && !/\p{L}(?:['’]s|s['’])$/u.test(name) && RELATION_ONLY.test(name)) return undefined;
  const parts = keys.map(ownerAndAttribute);
  const attributes = [...new Set(parts.map((part) => part.attribute.toLowerCase()))];
  if (attributes.length > 1) {
    const list = parts.map((part) => `${owner} ${part.attribute}`);
    return {
      kind: 'answer',
      text: `Which of ${owner} facts should be ${value}: ${list.slice(0, -1).join(', ')} or ${list.at(-1)}? I changed nothing. Say "remember ${list[0]} is ${value}" with the one you mean.`,
      status: 'needs_input',
    };
  }
  const part = parts.at(-1)!;
  const key = keys.at(-1)!;
  if (part.owner && ownerIdentity(part.owner) === ownerIdentity(owner))
    return { kind: 'request', text: `actually ${owned(key)} is ${value}` };
  return { kind: 'request', text: `remember ${owner} ${part.attribute} is ${value}` };
}

/** A correction with no value in it: what should it be (or forget it?); nothing written. */
function unclearCorrection(keys: readonly string[], text: string): FollowUp {
  const names = keys.map(yours);
  const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names.at(-1)}` : names[0]!;
  if (SAYS_FORGET.test(text) && keys.length === 1)
    return {
      kind: 'answer',
      text: `I changed nothing. Should I forget ${list}? Say "forget ${owned(keys[0]!)}".`,
      status: 'needs_input',
    };
  const asked =
    keys.length === 1 ? `What should ${list} be?` : `Which one is wrong, and what should it be: ${list}?`;
  return {
    kind: 'answer',
    text: `${asked} I changed nothing. Say "actually ${owned(keys[0]!)} is …" with the right value${
      SAYS_FORGET.test(text) ? `, or "forget ${owned(keys[0]!)}"` : ''
    }.`,
    status: 'needs_input',
  };
}

/** The follow-up's meaning after the turn before, or undefined when the request stands alone. */
export function readFollowUp(
  request: string,
  history: readonly ConversationMessage[] | undefined,
  approved = false,
): FollowUp | undefined {
  const text = request.trim();
  const past = history ?? [];
  const turn = past.length ? lastTurn(past) : [];
  const { calls, held } = callsOf(turn);
  const pending = calls.filter((call) => held.has(call.id));
  // "run the request again with --yes": the held request said again ("forget it", "delete
  // that") is those held calls, never a "never mind" nor a "that" with nothing to point at (S31
  // M1); so are other words for it ("ok forget it" after a held "delete that"). Without --yes
  // they are held again (`again`), asked with the same words; "forget it" without --yes, or after
  // a forget that named its fact ("forget my garage code"), is still a no.
  if (
    pending.length &&
    ((sameWords(text, lastRequest(past)) && (approved || !NO.test(text))) ||
      (approved && FORGET_IT.test(text) && FORGET_IT.test(lastRequest(past).trim())))
  ) {
    return {
      kind: 'replay',
      calls: pending.map(({ name, input }) => ({ name, input })),
      request: lastRequest(past),
      held: answerOf(turn),
      again: true,
    };
  }
  if (YES.test(text)) {
    // "yes" after a reply not understood ("yes pls" → "I didn't understand"): the question
    // before it is still the one a yes answers (S31 M6).
    const asked = understoodTurn(past);
    const heldThen = callsOf(asked);
    const waiting = heldThen.calls.filter((call) => heldThen.held.has(call.id));
    if (waiting.length)
      return {
        kind: 'replay',
        calls: waiting.map(({ name, input }) => ({ name, input })),
        request: lastRequest(past),
        held: answerOf(asked),
      };
    const { offers, which } = offersOf(answerOf(asked));
    if (which && offers.length === 0)
      return {
        kind: 'answer',
        text: 'A "yes" cannot say which one you mean. Say the whole request with the name of the one you mean; nothing was changed.',
        status: 'needs_input',
      };
    if (offers.length === 1) return { kind: 'request', text: offers[0]! };
    if (offers.length > 1) return { kind: 'requests', texts: offers };
    // "ok", "right", "👍", "✅" with nothing asked are an acknowledgement, answered as one (acks.ts).
    if (/^(?:ok(?:ay)?|right|correct|that['’]?s\s+right|👍|✅)/iu.test(text)) return undefined;
    return {
      kind: 'answer',
      text: 'There is nothing to confirm: I have not asked you anything that a "yes" would answer, and nothing was changed. Say what you want done, e.g. "remember my locker is 21".',
      status: 'done',
    };
  }
  // "forget it" after "what's my bank pin?" answered: that fact, forgotten with consent as named.
  // After a question back it is still a no (below).
  const found =
    FORGET_IT.test(text) && !askedBack(turn, pending.length > 0)
      ? foundLabel(calls, answerOf(turn))
      : undefined;
  if (found) return { kind: 'request', text: `forget ${owned(found)}` };
  if (
    NO.test(text) &&
    past.length &&
    (askedBack(turn, pending.length > 0) || askedBack(understoodTurn(past), false))
  )
    return { kind: 'answer', text: 'OK, nothing changed.', status: 'done' };
  // "make a note of that", "can you note that down?": what the turn before said, offered (S28 H5).
  if (NOTE_THAT.test(text)) {
    // With no turn before there is nothing "that" points at: asked what the note should say.
    const said = lastRequest(past).replace(/["“”]/g, "'").replace(/\s+/g, ' ').trim();
    return {
      kind: 'answer',
      text:
        // A secret said before is never said back in an offer (a note would show it in full).
        said && said.length <= 300 && !namesSecret(said) && !said.split(/\s+/).some(looksLikeSecret)
          ? `Should I note what you said before? Say "note: ${said.replace(/[\s.!?]+$/, '')}".`
          : 'What should the note say? Say "note: …" with the words to keep.',
      status: 'needs_input',
    };
  }
  if (!past.length) return undefined;
  // "scratch that" right after "remember my shed code is 4242": forget it, consent asked first.
  const undo = undoKept(text, calls);
  if (undo) return { kind: 'request', text: undo };
  // "oops, undo that" after a forget: a forget is final, said plainly; "undo" after a turn about
  // facts or notes is never an app's rollback (S28 H6).
  // A turn that only answered ("A forget cannot be undone…") looks back to the last turn with calls.
  const acted = calls.length ? { calls, held } : callsOf(lastTurnWithCalls(past));
  const undone = undoAfterMemory(
    text,
    acted.calls.filter((call) => !acted.held.has(call.id)),
  );
  if (undone) return { kind: 'answer', text: undone, status: 'done' };
  // "the locker", "the first", "both", "neither" after a which-question: that choice, as said.
  const choices = choicesOf(answerOf(turn), calls);
  const chosen = pickChoice(text, choices);
  if (chosen && 'none' in chosen) return { kind: 'answer', text: 'OK, nothing changed.', status: 'done' };
  if (chosen && 'unclear' in chosen)
    return { kind: 'answer', text: askAgain(text, choices), status: 'needs_input' };
  if (chosen?.picked.length === 1) return { kind: 'request', text: chosen.picked[0]!.text };
  if (chosen) return { kind: 'requests', texts: chosen.picked.map((choice) => choice.text) };
  // "delete the second one", "remove number 2" after "list my notes": that note, by its number.
  const listed = listedPick(text, listedChoices(answerOf(turn), calls));
  if (listed) return listed;
  const sibling =
    siblingAsked(text, calls) ??
    ownerAsked(text, calls, answerOf(turn)) ??
    pronounAsked(text, calls, answerOf(turn)) ??
    documentItAsked(text, calls) ??
    personPronounAsked(text, lastRequest(past), calls, answerOf(turn)) ??
    countdownToSaid(text, lastRequest(past));
  if (sibling) return { kind: 'request', text: sibling };
  // "is it still 7781?" after a lookup: a check of that fact, so a secret guessed wrong stays hidden.
  const guess = IS_IT.exec(text)?.[1];
  // Only a value with a digit, a sign or a capital is a guess ("is it cold?" is not).
  const checked =
    guess && valueAlone(guess) && /[\p{N}\p{S}@#+]|(?:^|\s)\p{Lu}/u.test(guess)
      ? foundLabel(calls, answerOf(turn))
      : undefined;
  if (checked) return { kind: 'request', text: `is ${owned(checked)} ${guess}?` };
  // "no that's my old one", "my mistake, that was wrong": only words about a mistake, no value.
  // The facts the turn named; after a question answered from every fact, the one it answered.
  const named = keysOf(calls);
  const answered = named.length ? undefined : foundLabel(calls, answerOf(turn));
  const about = answered ? [answered] : named;
  if (metaTalk(text) && MISTAKE.test(text) && about.length > 0) return unclearCorrection(about, text);
  // Only a fact the turn found or kept is in focus (not a name a lookup tried in vain).
  const seen = valuesOf(calls);
  const otherOwner = otherOwnerCorrection(
    text,
    answered ? about : about.filter((key) => seen.has(key.toLowerCase().replace(/\s+/g, ' '))),
  );
  if (otherOwner) return otherOwner;
  const focus = answered ? about : about.filter((key) => seen.has(key.toLowerCase().replace(/\s+/g, ' ')));
  const another = personAttribute(text, focus, seen);
  if (another) return { kind: 'request', text: another };
  const theirs = personSaid(text, lastRequest(past), calls, answerOf(turn));
  if (theirs) return { kind: 'request', text: theirs };
  let value =
    IT_IS.exec(text)?.[1] ??
    namedIs(text, foundLabel(calls, answerOf(turn)), foundValue(calls, answerOf(turn)));
  // "she's in Paris now" corrects only a fact the turn found or kept, never a name a lookup tried
  // in vain ("sister's home" when "sister's city" is stored).
  const kept = calls.some((call) => (call.output as { entry?: unknown } | undefined)?.entry);
  if (
    value &&
    /^(?:\S+[\s,!.]+)*?(?:he|she|they)\b/i.test(text) &&
    !kept &&
    !foundLabel(calls, answerOf(turn))
  )
    return undefined;
  const changed = value ? undefined : CHANGE_IT.exec(text)?.[1];
  // "actually, 22", "make that 22", "22, not 21": the value alone, correcting the one just said.
  let old: string | undefined;
  let bare = false;
  if (!value && !changed) {
    const opened = CORRECTED.exec(text)?.[1];
    const said = opened ?? text;
    const replaced = NOT_OLD.exec(said);
    const candidate = replaced ? replaced[1]! : opened;
    if (!candidate || !valueAlone(candidate) || (replaced && !valueAlone(replaced[2]!))) return undefined;
    value = candidate.replace(/^it(?:['’]s|\s+is)\s+/i, '');
    old = replaced?.[2];
    bare = true;
  }
  if (!value && !changed) return undefined;
  let keys = about;
  if (keys.length === 0) return undefined;
  const newValue = (value ?? changed)!;
  if (old !== undefined) {
    // "22, not 21": the fact whose value was 21; a value no fact had is asked about.
    const values = valuesOf(calls);
    const was = (key: string) => values.get(key.toLowerCase().replace(/\s+/g, ' '));
    const same = keys.filter((key) => was(key)?.toLowerCase() === old!.toLowerCase());
    // A secret's value is never said back in the question, a wrong guess at it least of all (S31 M4).
    const shown = (key: string) => {
      const value = was(key);
      return value !== undefined && isSecretFact(key, value) ? '••••' : value;
    };
    if (same.length === 0 && keys.length === 1) {
      const key = keys[0]!;
      return {
        kind: 'answer',
        text: `${yours(key).replace(/^./, (first) => first.toUpperCase())} is ${shown(key) ?? 'not known to me'}, not ${old}; change it to ${newValue}? Say "actually ${owned(key)} is ${newValue}".`,
        status: 'needs_input',
      };
    }
    if (same.length === 0) {
      const said = keys.map((key) => `${yours(key)} is ${shown(key) ?? 'not known to me'}`).join(', ');
      return {
        kind: 'answer',
        text: `You said "not ${old}", but ${said}. Which should be ${newValue}? Say "actually ${owned(keys[0]!)} is ${newValue}" with the name you mean; nothing was changed.`,
        status: 'needs_input',
      };
    }
    keys = same;
  }
  if (keys.length > 1 && metaTalk(newValue)) return unclearCorrection(keys, text);
  if (keys.length > 1) {
    const names = keys.map(yours);
    const list = `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
    const says = keys.map((key) => `"actually ${owned(key)} is ${newValue}"`);
    return {
      kind: 'answer',
      text: `Which one should be ${newValue}: ${list}? The last request named ${keys.length === 2 ? 'both' : 'all of them'}, so I changed nothing. Say ${says.slice(0, -1).join(', ')} or ${says.at(-1)}.`,
      status: 'needs_input',
    };
  }
  // A value never holds a clause of its own ("bruno is 8", "the gate is 4"): the words are a
  // statement, read as one, never kept as the value of the fact in focus (S33 H1).
  if (/\s(?:is|are|was|were)\s/i.test(newValue))
    return { kind: 'request', text: text.replace(FOLLOW_OPENERS, '') };
  const key = keys[0]!;
  const was = valuesOf(calls).get(key.toLowerCase().replace(/\s+/g, ' '));
  // "sorry typo", "no thats my old one", or letters for a code of digits: no value of the fact's
  // kind, so nothing is written; ask what it should be, or offer to forget it.
  if (
    metaTalk(newValue) ||
    (was !== undefined && namesSecret(key) && DIGITS_ONLY.test(was) && !/\p{N}/u.test(newValue))
  )
    return unclearCorrection([key], text);
  // "no its the 4th" after "march 3rd": a day alone corrects the day, the month stays (S40 C3).
  if (value && was !== undefined) value = dayInDate(was, value) ?? value;
  // "actually it's 21" corrects the fact, as "actually my locker is 21" does; "it's 21" may ask first.
  if (value)
    return {
      kind: 'request',
      text: `${bare || /^(?:actually|no|nope|sorry|typo|oops|whoops|wrong|my\s+bad)\b/i.test(text) ? 'actually ' : ''}${owned(key)} is ${value}`,
    };
  return { kind: 'request', text: `change ${owned(key)} to ${changed}` };
}

const MONTH = `(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;

/**
 * `was` ("march 3rd", "3 March 1990") with its day changed to the one said alone ("the 4th", "4th",
 * "4"): "march 4th", "4 March 1990"; undefined when `said` is no day alone or `was` holds no month.
 */
export function dayInDate(was: string, said: string): string | undefined {
  const day = /^(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?$/i.exec(said.trim());
  if (!day || Number(day[1]) < 1 || Number(day[1]) > 31) return undefined;
  const n = Number(day[1]);
  const ordinal = (suffixed: boolean) =>
    suffixed
      ? `${n}${n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th'}`
      : String(n);
  const monthFirst = new RegExp(String.raw`^(${MONTH}\.?\s+)\d{1,2}(st|nd|rd|th)?\b`, 'i').exec(was);
  if (monthFirst) return was.replace(/\d{1,2}(?:st|nd|rd|th)?/, ordinal(Boolean(monthFirst[2])));
  const dayFirst = new RegExp(String.raw`^(?:the\s+)?\d{1,2}(st|nd|rd|th)?(?:\s+of)?\s+${MONTH}\b`, 'i').exec(
    was,
  );
  if (dayFirst) return was.replace(/\d{1,2}(?:st|nd|rd|th)?/, ordinal(Boolean(dayFirst[1])));
  return undefined;
}

/** The request as the person meant it after the turn before, or undefined when it stands alone. */
export function followUp(
  request: string,
  history: readonly ConversationMessage[] | undefined,
): string | undefined {
  const meaning = readFollowUp(request, history);
  return meaning?.kind === 'request' ? meaning.text : undefined;
}

/**
 * The turn before in a conversation, for answer hooks: what the person asked (as typed, or as a
 * "yes" made it) and the calls that answered it with their outputs; undefined with no history.
 */
export function turnBefore(
  history: readonly ConversationMessage[] | undefined,
):
  | { request: string; calls: { name: string; input: Record<string, unknown>; output?: unknown }[] }
  | undefined {
  if (!history?.length) return undefined;
  const request = lastRequest(history);
  if (!request) return undefined;
  const { calls } = callsOf(lastTurn(history));
  return {
    request,
    calls: calls.map(({ name, input, output }) => ({
      name,
      input,
      ...(output === undefined ? {} : { output }),
    })),
  };
}
