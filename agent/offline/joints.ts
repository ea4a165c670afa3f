import { needsConsent } from '../../tools/approval.js';
import { sentences } from './clauses.js';
import type { Interpretation, Step } from './interpret.js';

/**
 * Several requests in one text (issue 7, S5): "remember my car is a Honda; my bike is a Trek",
 * "remember my shoe size is 44 and forget my gym locker", "What is my address? Remember my zip is
 * 99999.", "note buy milk. what is my y?". Each clause that opens a request of its own — a
 * command, a question, or (after a write) another "<owner> <key> is <value>" — is read on its own,
 * so no clause is joined into another's key or value, and none is dropped: each is done, asked
 * about, or said back. A value's own "and"/commas ("Simon and Garfunkel", "Tom & Mary", "chess,
 * tennis") never open a clause, since what follows them names no owner and no command.
 */

/** One piece of a request: its text, and what opened it. */
export interface Segment {
  text: string;
  /** `first`: the request's opening; `command`: a verb or question; `fact`: "my X is Y"; `pronoun`: "he likes Lego". */
  opens: 'first' | 'command' | 'fact' | 'pronoun';
}

/** Words that only join a clause to the one before: "and then", "also", "plus", "oh and". */
const LEAD = /^(?:(?:and|also|plus|then|oh|but|so)\b[\s,]*)+/i;

/** A verb that opens a request of its own ("note 3" names a note, it opens none: issue 7, S7). */
const COMMAND_VERB =
  /^(?:please\s+)?(?:remember|memori[sz]e|note(?!\s+(?:number\s+)?[#＃]?[\d\uFF10-\uFF19]+(?!\w))(?:\s+down)?|jot\s+down|forget|delete|remove|erase|store|save|recall|tell\s+me|show\s+me|search|look\s+up)\b(?!\s*(?:is|are|was|were|to\s+(?:me|you))\b)/i;

/** A question of its own: a question word with a verb after it ("what is", "who's", "when did"). */
const QUESTION =
  /^(?:what|who|where|when|which|how)(?:['’]s|['’]re|\s+(?:is|are|was|were|do|does|did|about|was|much|many|old))\b/i;

/** "my bike is a Trek", "that my router pin is 99", "Mary's phone is 222": an owner, a short key, a copula, a value. */
const FACT =
  /^(?:that\s+)?(?:my|our|the|(?:\p{Lu}[\p{L}-]*)['’]s?)\s+(?:(?!(?:and|or|is|are|was|were)\b)[\p{L}\p{N}\p{M}'’#+@.-]+\s+){0,4}(?:is|are)(?:\s+\S|\s*[.!?]*$)/u;

/** "…, remember it", "… - please remember that": about the write before it, never a request of its own. */
const ABOUT_IT =
  /^(?:please\s+)?(?:remember|keep|save|store|note|memori[sz]e)\s+(?:it|that|this)\b(?:\s+(?:for\s+me|please))?[\s.!?]*$/i;

/** A clause about someone said only with a pronoun: "and he likes Lego". */
const PRONOUN = /^(?:he|she|they)\s+\p{L}+/iu;

/** Where one clause may end and another begin: ";", ",", a spaced dash, emoji, " and ". */
const JOINT =
  /\s*;\s*|\s*,\s*|\s+[-–—]+\s+|\s*(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\uFE0F|\u200D)+\s*|\s+and\s+/gu;

/** Quoted passages: never cut inside. */
const QUOTED = /"[^"\n]+"|(?<=^|[\s(:])'[^'\n]+'(?=$|[\s.,!?;:)])/g;

/** The verb a request to keep opens with ("remember that ", "store that "), given to the facts after it. */
const KEEP_VERB =
  /^(?:(?:please|pls|can\s+you|could\s+you|would\s+you)\s+)*(?:remember|memori[sz]e|store|save|keep|note(?:\s+down)?)\s+(?:that\s+)?/i;

/** True when `text` (after its joining words) opens a command or a question. */
function opensCommand(text: string): boolean {
  return COMMAND_VERB.test(text) || (QUESTION.test(text) && !/^\S+\s+\S+\s*$/.test(text));
}

/** A sentence cut at its clause joints, each piece with what opened it. */
function clauses(sentence: string): Segment[] {
  const quoted = [...sentence.matchAll(QUOTED)].map((match) => [match.index, match.index + match[0].length]);
  const pieces: Segment[] = [];
  let start = 0;
  let opens: Segment['opens'] = 'first';
  for (const match of sentence.matchAll(JOINT)) {
    const at = match.index ?? 0;
    const end = at + match[0].length;
    if (at <= start || end >= sentence.length) continue;
    if (quoted.some(([from = 0, to = 0]) => at > from && at < to)) continue;
    const rest = sentence.slice(end).replace(LEAD, '');
    const joinedByAnd = /\band\s*$/i.test(match[0]) || /^and\b/i.test(sentence.slice(end));
    const emoji = !/^\s*(?:[;,]|[-–—]|and\b)/.test(match[0].trimStart()) && !/and/i.test(match[0]);
    const kind: Segment['opens'] | undefined = ABOUT_IT.test(rest)
      ? undefined
      : opensCommand(rest) && !emoji
        ? 'command'
        : FACT.test(rest)
          ? 'fact'
          : joinedByAnd && PRONOUN.test(rest)
            ? 'pronoun'
            : undefined;
    if (!kind) continue;
    const piece = sentence.slice(start, at).trim();
    if (!/[\p{L}\p{N}]/u.test(piece)) continue;
    pieces.push({ text: piece, opens });
    start = end + (sentence.slice(end).length - rest.length);
    opens = kind;
  }
  const last = sentence.slice(start).trim();
  if (/[\p{L}\p{N}]/u.test(last)) pieces.push({ text: last, opens });
  return pieces;
}

/**
 * The request cut into the requests it holds, or undefined when it holds one. A later sentence is
 * its own request when it opens with a command or a question ("Remember my zip is 99999.", "what
 * is my b1?"); inside a sentence, a clause is when it opens with one or with another fact ("…;
 * my bike is a Trek", "… and Mary's phone is 222"), and "… and he likes Lego" is marked so the
 * caller asks about it.
 */
export function segments(text: string): Segment[] | undefined {
  const parts = sentences(text);
  const found: Segment[] = [];
  let current = parts[0] ?? '';
  const flush = () => {
    const pieces = clauses(current);
    if (found.length > 0 && pieces[0]) pieces[0] = { ...pieces[0], opens: 'command' };
    found.push(...pieces);
  };
  for (const part of parts.slice(1)) {
    const rest = part.replace(LEAD, '');
    if (opensCommand(rest) || (QUESTION.test(rest) && /\?\s*$/.test(rest))) {
      flush();
      current = part;
    } else current = `${current} ${part}`;
  }
  flush();
  return found.length > 1 ? found : undefined;
}

/** A reading that writes or deletes something. */
const writes = (reading: Interpretation) =>
  reading.kind === 'call' && !reading.reply && reading.steps.some((step) => step.tool.risk !== 'read');

/** A write's key or value that still holds a joint and another clause: never kept. */
const joinedValue = (reading: Interpretation) =>
  reading.kind === 'call' &&
  reading.steps.some((step) =>
    Object.entries(step.input).some(
      ([field, value]) =>
        field !== 'text' &&
        typeof value === 'string' &&
        (segments(value)?.length ?? 0) > 1 &&
        step.tool.risk !== 'read',
    ),
  );

/**
 * Reads each segment with `read` and puts their calls together: every segment is run, asked
 * about or said back. Calls that only write run before calls that delete, so a delete waiting
 * for approval holds back nothing else. When a fact clause or a pronoun clause cannot be read as a
 * write of its own, nothing is written and the request is asked about: where one value ends is a
 * guess. Undefined when the text holds one request, or when the first clause is not a write and
 * the others are only facts ("is it true that my car is red and my bike is blue?").
 */
export function readSegments(
  text: string,
  read: (text: string) => Interpretation,
): Interpretation | undefined {
  const found = segments(text);
  if (!found) return undefined;
  const first = read(found[0]!.text);
  // "Good morning. Remember my gate is 7.": a first clause that is no request of its own is left to
  // the sentence readings (`readings.ts`), which know greetings, asides and corrections.
  if (first.kind !== 'call') return undefined;
  const keep = KEEP_VERB.exec(found[0]!.text)?.[0];
  const steps: Step[] = [];
  const said: string[] = [];
  const templates: string[] = [];
  let score = Number.POSITIVE_INFINITY;
  for (const [index, segment] of found.entries()) {
    // Said back as typed ("Also remember my bike code"), read without its joining words.
    const typed = segment.text.replace(/[.!]+$/, '').trim();
    const piece = typed.replace(LEAD, '');
    if (segment.opens === 'pronoun') return unsure(text, found, first);
    const own =
      index === 0
        ? first
        : segment.opens === 'fact'
          ? read(keep ? `${keep}${piece.replace(/^that\s+/i, '')}` : piece)
          : read(piece);
    if (segment.opens === 'fact') {
      if (!writes(first)) return undefined;
      if (!writes(own) || joinedValue(own)) return unsure(text, found, first);
    }
    if (own.kind === 'call' && !own.reply && !joinedValue(own)) {
      steps.push(...own.steps.map((step) => ({ ...step, said: piece })));
      templates.push(own.template);
      score = Math.min(score, own.score);
      if (own.say) said.push(own.say);
      continue;
    }
    if (own.kind === 'ask')
      said.push(
        `I did not understand "${typed}" as a whole request, so nothing was done for it. ${own.question}`,
      );
    else if (own.kind === 'question' || (own.kind === 'call' && !writes(own)))
      said.push(`I did not answer "${typed}": ask it on its own.`);
    else if (own.kind === 'chatter') said.push(own.reply);
    else if (own.kind !== 'empty') said.push(`I did not understand "${typed}", so nothing was done for it.`);
  }
  if (steps.length === 0) return undefined;
  // Writes before deletes: a delete waiting for approval then holds back nothing else.
  const ordered = [
    ...steps.filter((step) => !needsConsent(step.tool, step.input)),
    ...steps.filter((step) => needsConsent(step.tool, step.input)),
  ];
  return {
    kind: 'call',
    steps: ordered,
    template: templates.join(' / '),
    score,
    ...(said.length > 0 ? { say: said.join(' ') } : {}),
  };
}

/** The question back when where one clause ends is a guess: nothing is written. */
function unsure(text: string, found: Segment[], first: Interpretation): Interpretation | undefined {
  if (first.kind !== 'call' && first.kind !== 'ask') return undefined;
  const tool = first.kind === 'call' ? first.steps[0]!.tool : first.tool;
  const listed = found.map((segment) => `"${segment.text.replace(/[.!]+$/, '')}"`).join(', ');
  return {
    kind: 'ask',
    tool,
    input: {},
    question: `I read more than one thing in "${text.trim()}": ${listed}. I kept nothing, since I would be guessing where one ends and the next begins. Say each on its own, for example "remember my … is …".`,
  };
}
