/**
 * A follow-up to a document answer keeps its subject (S25 HIGH 1): after "how much is the
 * deposit?" was answered from the documents, "and when is it returned?" and "who holds it?" ask
 * of the deposit. The documents are asked "and when is the deposit returned?", so the answer
 * quotes the deposit's lines only, never a line that merely says "return" (a code comment).
 */
import { FRAMING, LIGHT_WORDS } from './lexicon.js';
import { isStopWord, words } from './text.js';

/** The pronouns a follow-up names the earlier subject with. */
const PRONOUN = /(?<![\p{L}\p{N}'’])(?:it|its|they|them|their)(?![\p{L}\p{N}'’])/giu;

/**
 * "that" and "this" standing for a thing, not before one nor before a clause: at the end
 * ("what is that?"), or before a verb or preposition of what is asked ("how much does that
 * cost?", "is this with Sophie?"). "that my locker is 21" and "this appointment" are not.
 */
const DEMONSTRATIVE =
  /(?<![\p{L}\p{N}'’])(?:that|this)(?=\s*[?.!]*\s*$|\s+(?:cost|costs|mean|means|take|takes|say|says|start|starts|end|ends|include|includes|cover|covers|need|needs|last|lasts|due|be|is|was|with|at|on|for|in|from|by|paid|booked|covered|included)\b)/giu;
/** A question, by its first word: a question word or an auxiliary ("how much does that cost?", "is that covered?"). */
const QUESTION_START =
  /^\s*(?:and\s+|so\s+|but\s+)?(?:what|when|where|who|whom|whose|which|why|how|is|are|was|were|do|does|did|can|could|will|would|should|has|have)\b/iu;

/** The thing a question asks of, after its determiner: "how much is the deposit?" → "deposit". */
const DETERMINED =
  /(?<![\p{L}\p{N}])(?:the|my|our|your|his|her|their)\s+((?:[\p{L}\p{N}][\p{L}\p{N}'’-]*\s*){1,4})/iu;

/** Words saying when, never part of a thing's name: "when was the boiler last serviced?" is the boiler's. */
const WHEN_WORD = /^(?:last|next|first|ever|just|recently|already|still|again|lately)$/u;

/**
 * The subject of a question: the words after its first determiner up to a function word or a
 * participle ("when is the deposit returned?" → "deposit"; "what is my car insurance excess?" →
 * "car insurance excess"), or undefined when it names none that way.
 */
export function subjectOf(question: string): string | undefined {
  const found = DETERMINED.exec(question);
  if (!found) return undefined;
  const kept: string[] = [];
  for (const word of (found[1] as string).trim().split(/\s+/u)) {
    const plain = words(word)[0];
    if (
      plain === undefined ||
      isStopWord(plain) ||
      WHEN_WORD.test(plain) ||
      /^\p{L}{3,}(?:ed|ing)$/u.test(plain)
    )
      break;
    kept.push(word.replace(/[’']s$/u, ''));
    if (word !== kept.at(-1)) break;
  }
  // "when does the flat lease start?": the verb after an auxiliary's subject is no part of it (k23).
  if (kept.length > 1 && /\b(?:does|do|did|will|can|should)\s+$/iu.test(question.slice(0, found.index)))
    kept.pop();
  return kept.length ? kept.join(' ') : undefined;
}

/**
 * The subject of a question that is only a name of a thing ("hygienist?", "and crown
 * preparation?", "what about the boiler service?" is `subjectOf`'s): one to four words, none a
 * function, light or framing word. Undefined for any other question.
 */
function bareSubject(question: string): string | undefined {
  const bare = question
    .replace(/^\s*(?:and|so|also|what\s+about|how\s+about)\s+/iu, '')
    .replace(/[\s?.!]+$/u, '')
    .trim();
  const named = bare.split(/\s+/u);
  if (named.length === 0 || named.length > 4) return undefined;
  return named.every((word) => {
    const plain = words(word);
    return (
      plain.length === 1 &&
      /^\p{L}/u.test(plain[0] as string) &&
      !isStopWord(plain[0] as string) &&
      !LIGHT_WORDS.has(plain[0] as string) &&
      !FRAMING.has(plain[0] as string)
    );
  })
    ? bare
    : undefined;
}

/**
 * What an earlier question asked of, as it named it when no determiner did (k20): "when does
 * spring term start?" → "spring term", "when's the garden clean up" → "the garden clean up",
 * "where is Anna's party?" → "Anna's party". A verb after "does/did/will/can" is dropped; one
 * to five words, none a pronoun ("when do I pay?" names nothing).
 */
const ASKED_OF =
  /^\s*(?:(?:and|so|but|also)\s+)?(?:what|when|where|who|which|how(?:\s+(?:much|many|long|often))?)(?:['’]s|\s+(is|are|was|were|does|do|did|will|can|should))\s+(.+?)[\s?.!]*$/iu;
const PERSONAL = /^(?:i|we|you|he|she|they|it|this|that|there|me|us|them)$/iu;
export function askedOf(question: string): string | undefined {
  const found = ASKED_OF.exec(question);
  if (!found) return undefined;
  const named = (found[2] as string).trim().split(/\s+/u);
  if (/^(?:does|do|did|will|can|should)$/iu.test(found[1] ?? '') && named.length > 1) named.pop();
  if (named.length > 5 || named.some((word) => PERSONAL.test(words(word)[0] ?? ''))) return undefined;
  return named.join(' ');
}

/**
 * What a "what X …" question asks of, with where it closes (k23): "what hotel am I staying at in
 * Lisbon?" → "hotel in Lisbon", "which flight do I take?" → "flight".
 */
const WHAT_THING =
  /^\s*(?:(?:and|so|but|also)\s+)?(?:what|which)\s+([\p{L}-]{3,})\s+(?:am|is|are|was|were|do|does|did|will|can|should)\b.*?(?:\s+(in|at|for|from|with)\s+((?:(?!(?:in|at|for|from|with|to|on|by)\b)[\p{L}\p{N}'’-]+\s*){1,3}))?[\s?.!]*$/iu;
/** The thing a follow-up carried was asked of: "what is the confirmation number of the hotel in Lisbon?" → "hotel in Lisbon". */
const DETAIL_OF = /\b(?:of|at)\s+the\s+(\p{L}[\p{L}-]+\s+(?:in|at|for|from|with)\s+[^?]+?)\s*\?$/iu;
export function thingOf(question: string): string | undefined {
  const found = WHAT_THING.exec(question);
  if (
    !found ||
    isStopWord((found[1] as string).toLowerCase()) ||
    FRAMING.has((found[1] as string).toLowerCase())
  )
    return undefined;
  return found[2] ? `${found[1]} ${found[2]} ${(found[3] as string).trim()}` : found[1];
}

/** Words of a follow-up that only say what is asked of the earlier subject ("what time?", "and where?"). */
const ASKING_ONLY = new Set(
  'and so also time times date day days when where what who how much many long often price cost place address'.split(
    ' ',
  ),
);

/**
 * A follow-up naming nothing of its own ("what time?", "and where?", "how much?"): every word is a
 * question, function, light or asking word. It asks of the earlier subject (k20 M2).
 */
const namesNothing = (question: string): boolean =>
  QUESTION_START.test(question) &&
  words(question).every(
    (word) => isStopWord(word) || LIGHT_WORDS.has(word) || FRAMING.has(word) || ASKING_ONLY.has(word),
  ) &&
  !new RegExp(PRONOUN.source, 'iu').test(question);

/**
 * The question a document follow-up asks: its pronouns named as the earlier question's subject,
 * and "that" or "this" when the question names no subject of its own (`DEMONSTRATIVE`).
 * "they", "them", "their" stand for a plural subject only ("the bins"): after "the deposit",
 * "when do they need PE kit?" is about someone else and stays as said; after a "who" question
 * they are the one asked of.
 */
export function followUpQuestion(question: string, earlier: string | undefined): string {
  if (!earlier) return question;
  const verdict =
    verdictFollowUp(question, earlier) ?? pastFollowUp(question, earlier) ?? sameAskedFor(question, earlier);
  if (verdict) return verdict;
  const phrase = askedOf(earlier);
  // "and when does it end?" after "when does spring term start?": spring term's end (k20 M2).
  // The thing a "what X …" question, or a follow-up asked of it, named ("hotel in Lisbon").
  const detail = DETAIL_OF.exec(earlier)?.[1];
  const named =
    subjectOf(earlier) ?? bareSubject(earlier) ?? phrase?.replace(/^(?:the|my|our|your)\s+/iu, '');
  const thing = detail ?? (named === undefined ? thingOf(earlier) : undefined);
  const subject = thing ?? named;
  if (!subject) return question;
  // "and the confirmation number?" after "what hotel am I staying at in Lisbon?": the Lisbon
  // hotel's (the earlier asked which thing, so a thing named now is its detail); "what about the
  // return flight?" after "what time does my outbound flight leave?": the same asked of the return
  // flight (k23). "and crown preparation?" after "how much is the hygienist?" is asked as said.
  const lead = /^\s*(?:and|so|also|what\s+about|how\s+about)\s+(?:(?:the|my|our|your)\s+)?/iu.exec(question);
  const other = lead ? bareSubject(question.slice(lead[0].length)) : undefined;
  if (other) {
    const head = (phrase: string) =>
      words(phrase.split(/\s+(?:in|at|for|from|with)\s+/iu)[0] as string).at(-1);
    const own = subjectOf(earlier);
    const at = own && !thing ? words(own).lastIndexOf(head(other) ?? '') : -1;
    if (own && at >= 0)
      return earlier.replace(own, [other, ...(own.split(/\s+/u).slice(at + 1) ?? [])].join(' '));
    if (thing && head(other) !== head(thing)) return `what is the ${other} of the ${thing}?`;
  }
  // "and what time is check-in?" after "what hotel am I staying at in Lisbon?": the Lisbon hotel's
  // (the planner may have dropped the "and"; a question naming its own subject, "what is my wifi
  // password?", is asked as said).
  if (
    QUESTION_START.test(question) &&
    thing &&
    subjectOf(question) === undefined &&
    !new RegExp(PRONOUN.source, 'iu').test(question)
  )
    return `${question.replace(/[\s?.!]+$/u, '')} at the ${subject}?`;
  // "how much does that cost?", with no subject of its own: "that" is the earlier subject.
  if (
    QUESTION_START.test(question) &&
    subjectOf(question) === undefined &&
    new RegExp(DEMONSTRATIVE.source, 'iu').test(question)
  )
    return question.replace(DEMONSTRATIVE, `the ${subject}`);
  // "what time?" after "when's the garden clean up": the time of the garden clean-up (k20 M2).
  if (phrase && namesNothing(question))
    return `${question.replace(/[\s?.!]+$/u, '')} for ${/^(?:the|my|our|your)\s/iu.test(phrase) ? '' : 'the '}${phrase}?`;
  if (!new RegExp(PRONOUN.source, 'iu').test(question)) return question;
  const plural = /\p{L}{2}s$/iu.test(subject) && !/ss$/iu.test(subject);
  // After "who sent the email about the boiler?", "their email address" is the one asked of:
  // "the email address of the email about the boiler" (what a letter's From: line answers).
  const who = /^\s*who\b/iu.test(earlier);
  const whose = who ? /^(.*?)\btheir\s+(.+?)\s*([?.!]*)$/iu.exec(question) : null;
  const asked = DETERMINED.exec(earlier);
  if (whose && asked)
    return `${whose[1]}the ${whose[2]} of ${earlier.slice(asked.index).replace(/[\s?.!]+$/u, '')}${whose[3]}`;
  return question.replace(PRONOUN, (pronoun) => {
    if (/^th/iu.test(pronoun) && !plural && !who) return pronoun;
    if (who && /^th/iu.test(pronoun))
      return /^their$/iu.test(pronoun) ? `the ${subject}'s` : `the ${subject}`;
    return /^(?:its|their)$/iu.test(pronoun) ? `the ${subject}'s` : `the ${subject}`;
  });
}

/**
 * A verdict's follow-up asks the same yes/no of another thing (S38 MEDIUM): after "is theft
 * covered?", "what about accidental damage?" is "is accidental damage covered?", so it gets its
 * Yes/No and the line that decides it, not the bare lines; after "does the policy cover flood?",
 * "and subsidence?" is "does the policy cover subsidence?"; after "can I keep a dog?", "and a cat?"
 * is "can I keep a cat?". Undefined for any other pair.
 */
const VERDICT_OF =
  /^(\s*(?:(?:and|so|but)\s+)?)(?:is|are)\s+(.+?)(\s+(?:covered|included|insured|allowed|permitted|excluded|prohibited|banned)\b.*)$/iu;
const VERDICT_VERB =
  /^(\s*(?:(?:and|so|but)\s+)?(?:does|do|will|would)\s+.+?\s+(?:cover|include|insure|allow|permit|exclude)\s+)(.+?)([\s?.!]*)$/iu;
const VERDICT_CAN =
  /^(\s*(?:(?:and|so|but)\s+)?(?:can|may|could)\s+(?:i|we)\s+(?:keep|have|bring|use|get|park|store)\s+)(.+?)([\s?.!]*)$/iu;
/** "am I covered if I drop my laptop?": the thing is the last word, after its determiner. */
const VERDICT_IF =
  /^(\s*(?:(?:and|so|but)\s+)?(?:am\s+i|are\s+we|what\s+if\s+i|what\s+happens\s+if\s+i)\b.*?\b(?:my|the|our|a|an)\s+)([\p{L}-]+)([\s?.!]*)$/iu;
export function verdictFollowUp(question: string, earlier: string): string | undefined {
  const lead = /^\s*(?:and|so|also|what\s+about|how\s+about)\s+/iu.exec(question);
  if (!lead) return undefined;
  const said = question.slice(lead[0].length).replace(/[\s?.!]+$/u, '');
  const other = bareSubject(said.replace(/^(?:the|my|our|your|a|an)\s+/iu, ''));
  if (!other) return undefined;
  const plural = /\p{L}{2}s$/iu.test(other) && !/ss$/iu.test(other);
  const be = VERDICT_OF.exec(earlier);
  if (be) return `${be[1]}${plural ? 'are' : 'is'} ${said}${be[3]}`;
  const verb = VERDICT_VERB.exec(earlier) ?? VERDICT_CAN.exec(earlier);
  if (verb) return `${verb[1]}${said}${verb[3] || '?'}`;
  // "what about my phone?" after "am I covered if I drop my laptop?": one word for one word.
  const thing = VERDICT_IF.exec(earlier);
  return thing && !/\s/u.test(other) ? `${thing[1]}${other}${thing[3] || '?'}` : undefined;
}

/** "is that in the past?", "has it passed?", "is that overdue?", "have I missed it?", "is it late?". */
const PAST_ASKED =
  /^\s*(?:(?:and|so|but|ok(?:ay)?)[\s,]+)?(?:(?:is|was)\s+(?:that|it|this)\s+(?:already\s+)?(?:in\s+the\s+past|past|gone|over|overdue|late|passed|behind\s+(?:us|me))|(?:has|is)\s+(?:that|it|this)\s+(?:already\s+)?(?:passed|gone|been)|(?:have|did)\s+(?:i|we)\s+(?:already\s+)?miss(?:ed)?\s+(?:it|that|this))[\s?.!]*$/iu;
/** "is it still ahead?", "is that in the future?": the same asked the other way. */
const AHEAD_ASKED =
  /^\s*(?:(?:and|so|but|ok(?:ay)?)[\s,]+)?(?:is|was)\s+(?:that|it|this)\s+(?:still\s+)?(?:in\s+the\s+future|ahead|to\s+come|coming\s+up)[\s?.!]*$/iu;

/**
 * After "when is the MOT due?" answered, "is that in the past?" asks whether that due day is past
 * today (S44 10): "is the MOT overdue?", which the answerer compares with today (validity.ts).
 * Undefined unless the earlier question asked when a thing is due.
 */
function pastFollowUp(question: string, earlier: string): string | undefined {
  if (!PAST_ASKED.test(question) && !AHEAD_ASKED.test(question)) return undefined;
  if (!/\bdue\b/iu.test(earlier)) return undefined;
  const subject = (subjectOf(earlier) ?? askedOf(earlier)?.replace(/^(?:the|my|our|your)\s+/iu, ''))
    ?.replace(/\s+(?:due|date|day)$/iu, '')
    .trim();
  return subject ? `is the ${subject} overdue?` : undefined;
}

/** "and for a burst pipe?", "what about on the car?", "and with the contents cover?": group 1 the link, 2 the other thing. */
const FOR_OTHER =
  /^\s*(?:(?:and|so|also|what\s+about|how\s+about)\s+)+(for|on|with|in|under|if)\s+(.+?)[\s?.!]*$/iu;
/** "what's the excess on the house insurance?": group 1 the thing asked, group 2 its link. */
const ASKED_ON =
  /^\s*(?:(?:and|so)\s+)?(?:what|how\s+much)(?:['’]s|\s+is|\s+are|\s+was)\s+(?:the|my|our)\s+(.+?)\s+(?:on|of|for|in|under|with)\s+\S/iu;

/**
 * A follow-up naming only another thing after a preposition asks the same of it (S44 10): after
 * "what's the excess on the house insurance?", "and for a burst pipe?" is "what is the excess for
 * a burst pipe?" (the attribute carried), never the lines that merely mention burst pipes.
 */
function sameAskedFor(question: string, earlier: string): string | undefined {
  const other = FOR_OTHER.exec(question);
  const asked = ASKED_ON.exec(earlier)?.[1];
  if (!other || !asked || asked.split(/\s+/u).length > 4) return undefined;
  return `what is the ${asked} ${(other[1] as string).toLowerCase()} ${other[2]}?`;
}

/** The question of the turn before's document answer, when the documents answered it. */
export function answeredBefore(
  calls: readonly { name: string; input: Record<string, unknown>; output?: unknown }[] | undefined,
): string | undefined {
  const asked = calls?.findLast((call) => call.name === 'knowledge_ask');
  const output = asked?.output;
  // A long output is kept in the conversation cut, as the start of its JSON (agent/tool-output.ts).
  const known =
    typeof output === 'string'
      ? output.startsWith('{"known":true')
      : (output as { known?: unknown } | undefined)?.known === true;
  if (typeof asked?.input.question !== 'string') return undefined;
  // "what hotel am I staying at in Madrid?" unanswered: "and the confirmation number?" is still its
  // (and not known either), never every confirmation number the documents have (k23).
  const question = asked.input.question;
  return known || thingOf(question) !== undefined || DETAIL_OF.test(question) ? question : undefined;
}
