/**
 * What the offline planner (no model, `agent/offline/`) may know about a tool beyond its schema:
 * extra sentence templates, slot checks, questions for missing fields, an approval preview, how
 * to split one request into several calls, and an `answer` hook for questions the tool can answer.
 * Each tool declares its own, typed against its own input and output schemas, in its `offline`
 * field; the planner names no tool. Also the small text helpers such knowledge is written with.
 */

import type { z } from 'zod';
import { wordTable } from '../cartridge/lexicon.js';
import { contentWords } from '../cartridge/text-similarity.js';
import type { ObjectSchema } from './define-tool.js';
import type { ToolErrorCode } from './tool-result.js';

/** A slot whose text cannot become the field's type, or does not fit; said back to the person. */
export interface SlotProblem {
  field: string;
  message: string;
  /** The request asks for something fazt cannot do at all: say so rather than ask for more. */
  outOfReach?: boolean;
  /** The request is for this other tool (by name): say how to ask for it. */
  instead?: string;
  /** The whole answer, said instead of a question for the field (chatter that was not kept). */
  reply?: string;
  /** With `reply`: the request was talk, not a request left half said; nothing is asked (status done). */
  chatter?: boolean;
}

/** A slot value after a tool's check: the value to use (and a score bonus), or why it does not fit. */
export type SlotCheck<T = unknown> = { value: T; bonus?: number } | { problem: SlotProblem };

/**
 * A function type whose parameter is checked bivariantly, as methods are: a tool typed against its
 * own schema still fits the registry's tool of any shape (the same reason `run` is a method).
 */
type Hook<A, R> = { bivarianceHack(input: A): R }['bivarianceHack'];
type Hook2<A, B, R> = { bivarianceHack(first: A, second: B): R }['bivarianceHack'];

/** One extra sentence template, used only offline: `{slot}`s named after input fields. */
export interface OfflineTemplate<In> {
  source: string;
  /** Input the template implies. */
  fixed?: Partial<In>;
  /** A check of the filled input; a problem makes the planner try another reading. */
  check?: Hook<In, SlotProblem | undefined>;
  /** Added to the match score when the check passes: a reading more specific than its words. */
  bonus?: number;
  /** Said after the answer when this template was used (why this tool and not the one named). */
  say?: string;
}

/** Whom an answer hook is asked, and why. */
export type QuestionKind =
  /** A question no template took ("where did I park?"). */
  | 'question'
  /** A lookup that found nothing ("what is my heart doctor" when no fact has that name). */
  | 'lookup'
  /** A short request that is just a name ("gym locker number"). */
  | 'name';

/** A question put to a tool's `answer` hook. */
export interface OfflineQuestion {
  kind: QuestionKind;
  /** The request (or, for a lookup, what was looked up), as said. */
  text: string;
  /**
   * The whole request (or its clause) as said: for a lookup, the sentence the looked-up name was
   * cut from ("when is the rent due?" for the name "rent due"), for a tool that reads questions whole.
   */
  request: string;
  /**
   * In a conversation (`-c`), the turn before: what the person asked and the calls that answered
   * it, with their outputs, so a follow-up ("and when is it returned?") can keep its subject.
   */
  before?: { request: string; calls: { name: string; input: Record<string, unknown>; output?: unknown }[] };
  /** Its words worth looking for (`questionWords`). */
  words: string[];
  /** For a lookup: what was not found, said as the lookup tool says it ('nothing remembered as "x"'). */
  lead?: string;
  /** Whether two words are the same, allowing stems, synonyms and typos (the planner's own test). */
  sameWord(wanted: string, word: string): boolean;
}

/** A tool that can answer some questions: the call to make, and the answer from what it returns. */
export interface OfflineAnswer<In, Out> {
  /** Answers are tried in this order, lowest first (default 50). */
  order?: number;
  /** The input for this question, or undefined when the tool cannot help with it. */
  input: Hook<OfflineQuestion, In | undefined>;
  /**
   * The answer, or undefined when the output does not answer the question; `{ question }` when
   * the answer is a question back (several facts fit as well as each other: which one?), so the
   * request ends `needs_input` (exit 3) as every question back does.
   */
  reply: Hook2<Out, OfflineQuestion, string | { question: string } | undefined>;
  /**
   * Whether `reply` only mentions what was asked without answering it (a note sharing a word
   * with the question, S45 H1): the tools after it answer first, and this reply follows theirs,
   * or is the answer alone when none of them answers.
   */
  partial?: Hook2<Out, OfflineQuestion, boolean>;
  /**
   * When `reply` gave nothing: the question with the people it names by relation said by name
   * ("is my daughter allergic to peanuts?" → "is Léonie allergic to peanuts?", when the daughter
   * is known to be Léonie), for the tools after this one; undefined when it names none so.
   */
  names?: Hook2<Out, OfflineQuestion, string | undefined>;
  /**
   * Asked after an earlier tool answered (a remembered fact, a note): a line saying that what
   * this tool reads says otherwise ("Your documents say otherwise: Monthly rent is €1,395.00 …
   * (lease.md:10)"), said after that answer; undefined when it agrees, does not answer or answers
   * something else. One source is never silently preferred to the other (S45: "my rent is £800"
   * remembered, the lease says €1,395).
   */
  differs?: Hook2<Out, { question: OfflineQuestion; answer: string }, string | undefined>;
  /**
   * When `reply` gave nothing: a sentence saying what was searched in vain ("Your learned
   * documents do not say either."), added to the planner's "I don't know", or undefined.
   */
  searched?: Hook<Out, string | undefined>;
  /**
   * When `reply` gave nothing: what the tool left out of its search on purpose ("Not searched:
   * notes.md was left out when learned …"), said on a line of its own after any "I don't know".
   */
  notSearched?: Hook<Out, string | undefined>;
  /**
   * What the tool searches, said after "I could not search" when the call failed ("your learned
   * documents"), so a failure is never taken for finding nothing. Default: its title.
   */
  source?: string;
  /**
   * A follow-up this tool takes first, whatever a template made of it: after its own answer in the
   * turn before, "what's their email address?" is asked of the documents, not read as a fact of
   * someone called "their" (k15 left). Only a question back of a read tool, or a request not
   * understood, is so retried.
   */
  followsUp?: Hook<OfflineQuestion, boolean>;
}

/** A request the templates cannot express, served by this tool with an answer of its own. */
export interface OfflinePhrase<In, Out> {
  /** Matched against the request in plain form; a question only when `question` is set. */
  pattern: RegExp;
  /** The phrase is a question ("when did I change my locker?"): it matches questions too. */
  question?: boolean;
  /** The input from the match, or undefined when it does not apply after all. */
  input: Hook<RegExpExecArray, In | undefined>;
  /**
   * The answer from the output, and how the request ended. Without it the call is run as one a
   * template made: the tool's own sentence, and `foundNothing` lets other tools try the words.
   */
  reply?: Hook2<Out, In, { answer: string; status: 'done' | 'needs_input' }>;
}

/** A result that found nothing, so other tools' answers should try the same words. */
export interface FoundNothing {
  /** What to look for elsewhere. */
  query: string;
  /**
   * How to say what was not found, for the answers of others ('I have nothing remembered as "x"
   * (near: "y")'), only when there is something near to say: an answer from elsewhere never
   * opens on a store that has nothing to do with it (x29).
   */
  lead?: string;
  /** The answer when nothing else answers either. */
  reply: string;
}

/** A read call a `before` hook makes: a read tool by name and its input. */
export interface Lookup {
  tool: string;
  input: Record<string, unknown>;
}

/** What a lookup returned: its output, or the code of its error. */
export type Looked = { ok: true; output: unknown } | { ok: false; code: ToolErrorCode };

/** What a `before` hook is told about the call it may stop or change. */
export interface BeforeCall {
  /** The request (or clause) as said, or '' when not known. */
  said: string;
  /** Read from a bare statement ("my locker is 20"), not an explicit command ("remember …"). */
  statement: boolean;
  /** How the request opens: its first word, and whether the next names the person's own ("my …"). */
  opening?: { verb: string; yours: boolean };
  /** The person approved the call already (`--yes`). */
  approved: boolean;
  /**
   * Said with "too", "as well" or "also" ("I'm allergic to cats too"): the value is true in
   * addition to what is stored, never in place of it.
   */
  adds?: boolean;
  /** Runs a read tool through the executor; undefined when the tool named is not a read tool. */
  look(lookup: Lookup): Promise<Looked | undefined>;
}

/**
 * What a `before` hook decided. `go`: make the call (with `input` in place of the planned input,
 * validated by the executor like any other). `answer`: make no call and say `text`; a question
 * back (`needs_input`), or with `errorCode` a failure ("there is nothing to delete", `not_found`).
 * With `status: 'done'` it is the whole answer to a request already fulfilled ("blog is already
 * private"). `redirect`: make this other call instead (approval is asked by its own risk, as always).
 * `split`: the one call names several things, each stored on its own ("forget my cat and car"):
 * make one call of this tool for each input, in order, each checked and approved as any other.
 */
export type BeforeVerdict =
  | { kind: 'go'; input?: Record<string, unknown> }
  | { kind: 'answer'; text: string; errorCode?: ToolErrorCode; status?: 'done' }
  | { kind: 'redirect'; tool: string; input: Record<string, unknown> }
  | { kind: 'split'; inputs: Record<string, unknown>[] };

/** Go on with the call as planned. */
export const GO: BeforeVerdict = { kind: 'go' };

/**
 * The `before` hook of a destructive tool: what it would act on is looked up (`lookup`) before
 * approval is asked; `missing` gives the answer when it is not there (given the lookup's output,
 * or undefined when the lookup failed with not_found), `{ question }` when several things fit and
 * which one is asked, undefined when it is there. Once approved, the
 * call goes on and the tool itself says what is not there.
 */
export function lookUpTarget<In>(
  lookup: (input: In) => Lookup,
  missing: (output: unknown, input: In) => string | { question: string } | undefined,
): { check(input: In, call: BeforeCall): Promise<BeforeVerdict> } {
  return {
    async check(input, call) {
      if (call.approved) return GO;
      const found = await call.look(lookup(input));
      const said =
        found && (found.ok || found.code === 'not_found')
          ? missing(found.ok ? found.output : undefined, input)
          : undefined;
      // A question back (several fit: which one?) needs more from the person, not a failure.
      if (typeof said === 'object') return { kind: 'answer', text: said.question };
      return said ? { kind: 'answer', text: said, errorCode: 'not_found' } : GO;
    },
  };
}

/** Everything the offline planner may know about one tool; see the module comment. */
export interface OfflineKnowledge<I extends ObjectSchema, O extends z.ZodType> {
  /** Extra sentence templates beyond `examples`, with input they imply and checks. */
  templates?: OfflineTemplate<z.output<I>>[];
  /** Checks or rewrites one slot's value (after its type conversion), per input field. */
  slots?: { [K in keyof z.output<I>]?: Hook<unknown, SlotCheck> };
  /**
   * A check of a bare statement: a reading whose template says none of the tool's own words
   * ("my {key} is {value}", not "remember that {key} is {value}"). Chatter said that way
   * ("my boss is an idiot") is not kept; the same words after an explicit verb are.
   */
  statement?: Hook2<z.output<I>, Readonly<Record<string, string>>, SlotProblem | undefined>;
  /**
   * The one check made against what is stored before the call runs (it reads only): "the app" is
   * the only app; "my locker is 20" never silently replaces "12"; approval is never asked for
   * something that is not stored; "delete my blog" with an app called blog and no such fact is the
   * app. See `BeforeCall` for what it is told and `BeforeVerdict` for what it may answer.
   */
  before?: {
    /**
     * The hook looks up what the call names among what is stored ("make photos public": an app
     * called photos), so words that are another capability's are answered by it, not refused.
     */
    looksUpName?: boolean;
    check: Hook2<z.output<I>, BeforeCall, Promise<BeforeVerdict>>;
  };
  /** The question to ask when a field is missing, given what is already known. */
  questions?: { [K in keyof z.output<I>]?: Hook<Partial<z.output<I>>, string> };
  /** What the call would do, for an approval request ("forget your bike lock code"). */
  preview?: Hook<z.output<I>, string>;
  /**
   * How to undo this call when it can be undone ("make blog public" undoes "make blog private"): the
   * approval question then says so rather than "cannot be undone"; undefined when it cannot.
   */
  undo?: Hook<z.output<I>, string | undefined>;
  /** One filled input as several calls ("… is 4312 and my gym locker is 118"). */
  split?: Hook<z.output<I>, z.output<I>[]>;
  /** Sample words per slot, for "I can: …" help lines ("bike lock code"). */
  samples?: { [K in keyof z.output<I>]?: string };
  /** Offered when nothing in a request is close to any tool. */
  everyday?: boolean;
  /** Questions this tool can answer. */
  answer?: OfflineAnswer<z.input<I>, z.output<O>>;
  /**
   * Requests whose framing marks the rest as the person's own words ("note: …", "make a note that
   * …"): group 1 of `pattern`, matched against the request as typed, becomes `field` verbatim (only
   * the framing removed; no courtesy or chatter word is taken out of it).
   */
  verbatim?: { pattern: RegExp; field: keyof z.output<I> & string }[];
  /** Requests the templates cannot express. */
  phrases?: OfflinePhrase<z.input<I>, z.output<O>>[];
  /**
   * The result is a question back rather than an answer ("two facts fit: which one?"): the
   * request ends `needs_input` (exit 3) as every question back does, not `done`.
   */
  asksBack?: Hook2<z.output<O>, z.output<I>, boolean>;
  /** A result that found nothing: other tools' answers try the same words. */
  foundNothing?: Hook2<z.output<O>, z.output<I>, FoundNothing | undefined>;
  /**
   * A check that found its fact ("is the rent more than 18000?" → "No: your rent is 17,000."):
   * the plain question of that fact ("what is my rent?"), which other sources are asked when the
   * check as said is one they cannot answer, so that one saying otherwise is said too (S46).
   */
  checkedAs?: Hook2<z.output<O>, z.output<I>, string | undefined>;
  /**
   * Names of people this tool keeps ("son: Leo" → "Leo"), read (with `input`; reads only, no step
   * said) before a request is planned when it matches `when`, so a lower-case name of a kept
   * person is read as a name ("leo is 7 now"; m27).
   */
  names?: {
    when: RegExp;
    input: z.input<I>;
    read: Hook<z.output<O>, string[]>;
    /** Kept people's facts by folded first name and what they are ("theo age" → "son Théo's age"). */
    keys?: Hook<z.output<O>, Record<string, string>>;
  };
}

/**
 * How an aside opens: a pronoun, an interjection or a reason ("i do not need it more", "we've
 * disbanded I'm afraid", "lol", "because …"). Only such a clause is ever dropped: "forget the
 * wifi password, the guest one" keeps its second clause, since dropping it would change which fact.
 */
const ASIDE =
  /^(?:i|i['’]?m|i['’]?ve|i['’]?d|i['’]?ll|we|we['’]?ve|we['’]?re|it|it['’]?s|its|that['’]?s|they|they['’]?re|he|she|you|u|my\s+(?:husband|wife|son|daughter|grandson|granddaughter|kids?|mum|mom|dad|boss|partner)|lol|lmao|haha|ha|because|cause|cuz|since|as|so|thanks|thank|ty|thx|cheers|no\s+longer|not\s+needed|dear|hun|honey|love|mate|bro|dude|please|pls|ok|okay|sorry|oops|just)\b/i;

/** True when a clause reads as an aside, not as part of what to do. */
export function isAside(clause: string): boolean {
  return ASIDE.test(clause.trim());
}

/**
 * Words a name may open with that are not part of it. "a"/"an" only in lower case (and "An"): a
 * capital "A" is as often a grade, a blood group or a letter ("A team", "A- grade").
 */
const LEADING_POSSESSIVE = /^(?:(?:my|the|our|this|that|me)\s+|(?:a|an|An)\s+)/i;
const LEADING_ARTICLE_CASE = /^(?:a|an|An)\s/;

/**
 * A name-like slot ("bike lock code", a search query): edge punctuation and a leading "my" dropped.
 * A minus at the edge of a word is a sign and stays ("blood type O-", "-5 setting"), and so does a
 * "." that opens a word (".env secret", ".NET version").
 */
export function cleanName(text: string): string {
  let current = text
    .trim()
    .replace(/^(?:[\s"'`([{<,;:!?]|\.(?![\p{L}\p{N}])|-(?![\p{L}\p{N}]))+/u, '')
    .replace(/(?:[\s"'`)\]}>,;:.!?]|(?<![\p{L}\p{N}+])-)+$/u, '');
  for (let round = 0; round < 3 && LEADING_POSSESSIVE.test(current); round++) {
    if (/^an?\s/i.test(current) && !LEADING_ARTICLE_CASE.test(current)) break;
    const next = current.replace(LEADING_POSSESSIVE, '');
    if (!next) break;
    current = next;
  }
  return current.trim();
}

/**
 * Words that end in a "." of their own: "5 p.m.", "Smith Jr.", "apples, pears etc." keep it.
 * Letters-and-dots forms ("p.m.", "e.g.", "U.S.") are read by shape in `ownPeriod`.
 */
const ABBREVIATION =
  /(?:^|[\s(])(?:etc|jr|sr|dr|mr|mrs|ms|mx|st|prof|inc|ltd|co|corp|bros|vs|approx|esp|dept|ave|blvd|rd|mt|ft|vol|no|nos|pp|cf|incl|excl|min|max|sec|hr|hrs|oz|lb|lbs|tbsp|tsp|pt|qt|gal|sq|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.$/i;

/**
 * True when the "." that ends `text` belongs to it: an abbreviation ("5 p.m.", "Jr.", "etc."),
 * or a single word with a symbol or an inner "." in it ("P@ss.word.", "x.y.z.", "#tag."), so the
 * "." may be part of it too.
 * A number ("4312.", "192.168.1.1."), an e-mail or web address, and a sentence end their "." as
 * sentence punctuation.
 */
function ownPeriod(text: string): boolean {
  if (!/[^.]\.$/.test(text)) return false;
  const last = text.slice(0, -1).split(/\s+/).at(-1) ?? '';
  if (ABBREVIATION.test(text) && !/^no$/i.test(last)) return true;
  // "Stop. Think. Act.": a value made of sentences (a word of letters, not an abbreviation, ends
  // one inside it) ends the last one the same way.
  const inner = [...text.slice(0, -1).matchAll(/(?:^|\s)(\p{L}+)\.\s+\S/gu)];
  if (inner.some((match) => !ABBREVIATION.test(` ${match[1]}.`) && !/^\p{L}$/u.test(match[1] ?? '')))
    return true;
  // "p.m.", "a.m.", "e.g.", "i.e.", "U.S.", "Ph.D.": letters with a "." after each.
  if (/^(?:\p{L}{1,2}\.)+\p{L}{1,2}$/u.test(last)) return true;
  // "Dana K.", "Mr. J. R. Ewing J.": a lone capital after a name is an initial, and keeps its ".".
  if (/^\p{Lu}$/u.test(last) && /\p{L}[\p{L}.'’-]*\s+\p{Lu}\.$/u.test(text)) return true;
  // "v2.3.1.", "1.2.3.": a version number ends its "." as a sentence does.
  if (/^v?\d+(?:\.\d+)+$/i.test(last)) return false;
  if (/\s/.test(text.trim())) return false;
  // A number, with a sign, currency or unit: "4312.", "192.168.1.1.", "-18°C.", "£40.", "20%.",
  // "£1,250/month.".
  if (/^[-+\u2212]?[£$€¥]?\d[\d.,:/-]*(?:°[CF]?|%|[\p{L}²³]{1,4})?(?:\/\p{L}{1,6})?$/u.test(last))
    return false;
  const tld = '(?:\\p{L}{2,3}|info|mobi|name|shop|email|online|site|tech|store|blog|cloud)';
  if (new RegExp(`^[^\\s@]+@[^\\s@]+\\.${tld}$`, 'iu').test(last) || /^[a-z]+:\/\//i.test(last)) return false;
  if (
    /^(?:www\.)?[\p{Ll}\d-]+(?:\.[\p{Ll}\d-]+)*\.(?:com|org|net|io|dev|app|co|uk|de|fr|es|it|nl|eu|gov|edu|info|me)$/u.test(
      last,
    )
  )
    return false;
  // A password or token: a symbol or an inner "." in it ("P@ss.word.", "x.y.z."); a plain word
  // or code of letters and digits ends a sentence ("hunter2.", "B17.").
  return /[^\p{L}\p{N}'’-]/u.test(last);
}

/**
 * A content slot (a fact's value, a note): kept exactly as typed. Only what is clearly sentence
 * punctuation goes: one final "." that does not belong to the value (see `ownPeriod`: "5 p.m.",
 * "Jr.", "P@ss.word." keep theirs), and one final "?" after a number or a sentence ("could you
 * remember my locker is 118?" asks politely). "!" is part of what was typed ("Mochi!", "12!",
 * "0000!!"), and so is a cluster of marks ("Mochi!?", "Tr0ub4dor&3!?"), and a "…". A leading "-"
 * is a sign ("-18", "-£40") unless a space follows it ("- buy milk"), and so is a leading ":" (":D").
 */
export function cleanContent(text: string): string {
  // A ":" that opens a word is typed ("my mood is :D"); one before a space is a separator.
  let current = text.trim().replace(/^(?:[,;\s]|:(?=[\s:,;]|$)|-+(?=\s|$))+/, '');
  current = current.replace(/[\s,;:]+$/, '');
  if (/[^.]\.$/.test(current) && !ownPeriod(current)) current = current.slice(0, -1);
  // A single code-like word keeps a "?" that ends it ("7x?9?", "A+?"): it is the value as typed.
  const codeLike = !/\s/.test(current) && /[^\p{L}?!…]/u.test(current.replace(/[?!…]+$/u, ''));
  // A value that is itself a question keeps its "?" ("What About Bob?", "why does my knee hurt?",
  // "why not?").
  const asks =
    /^(?:what|why|how|who|where|when|which|whose|do|does|did|can|could|would|will|should|shall|is|are|am)\s+\S/iu.test(
      current,
    );
  if ((!codeLike || /^[\d.,]+\?$/.test(current)) && !asks) current = current.replace(/(?<![?!])\?$/, '');
  return current.trim();
}

const QUESTION_NOISE = new Set([
  'still',
  'again',
  'know',
  'tell',
  'remember',
  'recall',
  'anything',
  'something',
  'thing',
  'now',
  'right',
  'correct',
  'true',
]);

/**
 * Everyday names for a few personal-fact nouns people store under the specialist word ("heart
 * doctor" for "cardiologist"). Kept small on purpose, and used only to look things up, never to
 * name what is stored.
 */
const PHRASE_ALIASES: readonly [RegExp, string][] = [
  [/\bheart\s+(?:doctor|doc|specialist)\b/gi, 'cardiologist'],
  [/\b(?:kids?|children['’]?s?|child['’]?s|baby['’]?s)\s+(?:doctor|doc)\b/gi, 'pediatrician'],
  [/\bskin\s+(?:doctor|doc|specialist)\b/gi, 'dermatologist'],
  [/\bfoot\s+(?:doctor|doc|specialist)\b/gi, 'podiatrist'],
  [/\b(?:tooth|teeth)\s+(?:doctor|doc)\b/gi, 'dentist'],
  // "the name of my dentist": the name is what is stored, under "dentist".
  [/\b(?:the\s+)?name\s+of\s+(?=(?:my|our|the|your)\b)/gi, ''],
  // "how old is my brother" asks for an age: never answered by "brother's dog" (issue 7, S20).
  [/\bhow\s+old\s+(?=(?:is|are|was|were|will|would)\b)/gi, 'what age '],
];

/** Short forms of words in names ("wifi pw"), said in full. */
const WORD_ALIASES: Readonly<Record<string, string>> = wordTable({
  pw: 'password',
  pwd: 'password',
  passwd: 'password',
  telephone: 'phone',
  tel: 'phone',
  bday: 'birthday',
  addr: 'address',
});

/** The question with everyday names said as the stored word ("heart doctor" → cardiologist). */
export function aliased(question: string): string {
  let text = question;
  for (const [pattern, replacement] of PHRASE_ALIASES) text = text.replace(pattern, replacement);
  return text;
}

/** The words of a question worth looking for: stop words, question words and filler dropped. */
export function questionWords(question: string): string[] {
  return contentWords(aliased(question))
    .filter((word) => !QUESTION_NOISE.has(word))
    .map((word) => WORD_ALIASES[word] ?? word);
}

/**
 * A template check for a folder slot that must be a path ("put ~/site online", "add ~/Pictures"):
 * "put my website online" or "add a note" names no folder, so the template does not fit.
 */
export function pathProblemOf(field: string) {
  return (input: Readonly<Record<string, unknown>>): SlotProblem | undefined => {
    const value = String(input[field] ?? '').trim();
    return /^(?:~|\.{1,2}|[a-z]:)?[/\\]|^~$/i.test(value)
      ? undefined
      : { field, message: `"${value}" is not a folder; give its path, like ~/site` };
  };
}
