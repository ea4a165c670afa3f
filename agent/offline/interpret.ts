import type { AnyTool } from '../../tools/define-tool.js';
import type { SlotCheck } from '../../tools/offline.js';
import type { Registry } from '../../tools/registry.js';
import { sampleRequest } from './answer.js';
import { closestTools } from './closest.js';
import { toolFields } from './fields.js';
import { QUESTION_WORDS } from './lexicon.js';
import { matchTemplate, type TemplateMatch } from './match.js';
import { readClauses } from './readings.js';
import { rewriteRequest } from './rewrite.js';
import { toolTemplates } from './templates.js';
import { cleanText, normaliseWord, type Token, tokenize } from './tokens.js';
import { coerceSlot, type SlotProblem } from './values.js';
import { matchWord } from './words.js';

/** One tool call the planner decided on. */
export interface Step {
  tool: AnyTool;
  input: Record<string, unknown>;
}

/** What the offline planner made of a request. */
export type Interpretation =
  | {
      kind: 'call';
      steps: Step[];
      template: string;
      score: number;
      /** The answer from the last step's output, instead of the tools' own sentences. */
      reply?: (output: unknown) => { answer: string; status: 'done' | 'needs_input' };
      /** Said after the answer: why the request went where it did. */
      say?: string;
    }
  | { kind: 'ask'; tool: AnyTool; question: string; input: Record<string, unknown> }
  | { kind: 'question'; query: string }
  | { kind: 'help' }
  /** `lookup`: short enough to be a bare name ("gym locker number"), worth looking up in memory. */
  | { kind: 'unknown'; closest: AnyTool[]; lookup: boolean; query: string }
  | { kind: 'empty' };

type Filled =
  | { input: Record<string, unknown>; bonus: number; also?: Record<string, unknown>[] }
  | { problem: SlotProblem };

/** Words a bare statement's subject may open with ("the wifi password is …", "my dentist is …"). */
const DETERMINERS = new Set(['my', 'the', 'our', 'his', 'her', 'their', 'mom', 'moms', 'dad', 'dads']);

/** The text a slot covers: a quoted passage exactly, otherwise the original span. */
function slotText(
  tokens: Token[],
  text: string,
  start: number,
  end: number,
): { raw: string; quoted: boolean } {
  const first = tokens[start]!;
  const last = tokens[end - 1]!;
  if (end - start === 1 && first.quoted !== undefined) return { raw: first.quoted, quoted: true };
  return { raw: text.slice(first.start, last.end), quoted: false };
}

/**
 * A statement template ("my {key} is {value}") used without its leading "my": only a subject that
 * opens with a determiner or a possessive counts, so "this is stupid" and "thanks, that's all"
 * stay statements, not facts to store.
 */
function bareSubjectProblem(match: TemplateMatch, tokens: Token[], text: string): SlotProblem | undefined {
  const [first, second] = match.template.parts;
  if (first?.kind !== 'word' || !first.soft || second?.kind !== 'slot') return undefined;
  const span = match.slots[second.name];
  if (span?.start !== 0) return undefined;
  const head = tokens[0]!;
  const original = text.slice(head.start, head.end);
  if (head.quoted !== undefined || DETERMINERS.has(head.norm) || /['’]s$|s['’]$/i.test(original))
    return undefined;
  return {
    field: second.name,
    message: `"${slotText(tokens, text, span.start, span.end).raw}" is not something of yours`,
  };
}

/**
 * The words that name what each tool works on, from its name ("<domain>_backup" → backup), less the words of the asking tool's own templates and name: a value holding one of
 * them names another capability ("make a backup of everything to /tmp/b.db").
 */
function otherCapabilityWord(tool: AnyTool, value: string, registry: Registry): AnyTool | undefined {
  const words = tokenize(value).map((token) => token.norm);
  if (words.length === 0) return undefined;
  const own = new Set([
    ...tool.name.split('_'),
    ...toolTemplates(tool).flatMap((template) =>
      template.parts.flatMap((part) => (part.kind === 'word' ? [part.word] : [])),
    ),
  ]);
  const foreign = words.filter((word) => ![...own].some((mine) => matchWord(mine, word, false)));
  return registry
    .list()
    .find(
      (other) =>
        other !== tool &&
        other.name.split('_')[0] !== tool.name.split('_')[0] &&
        other.name
          .split('_')
          .some(
            (word) => word.length > 3 && foreign.some((said) => matchWord(word, said, false) === 'exact'),
          ),
    );
}

/**
 * A write reached by a verb it does not own ("set …", "make …", "change …" rather than "remember
 * …", "my … is …") whose name-like slot opens with another capability's word ("a backup of
 * everything"): the request is for that capability, never a write here.
 */
function namesOtherCapability(match: TemplateMatch, input: Record<string, unknown>, registry: Registry) {
  const { tool, parts } = match.template;
  const [first] = parts;
  if (tool.risk === 'read' || first?.kind !== 'word' || first.soft) return undefined;
  if (tool.title.split(/\s+/).some((word) => matchWord(normaliseWord(word), first.word, false)))
    return undefined;
  for (const [name, value] of Object.entries(input)) {
    if (typeof value !== 'string' || toolFields(tool).get(name)?.kind !== 'string') continue;
    if (!/^(?:key|name|query|title|id|type)$/.test(name)) continue;
    const other = otherCapabilityWord(tool, value, registry);
    if (other) {
      return {
        field: name,
        message: `"${value}" sounds like a request to ${other.title.toLowerCase()}, so I did not ${tool.title.toLowerCase()}`,
        instead: other.name,
      };
    }
  }
  return undefined;
}

/** Turns a match's slots into typed, checked input for its tool. */
function fill(
  match: TemplateMatch,
  tokens: Token[],
  text: string,
  validate = true,
  registry?: Registry,
): Filled {
  const { tool } = match.template;
  const fields = toolFields(tool);
  const slotChecks: Readonly<Record<string, ((value: unknown) => SlotCheck) | undefined>> =
    tool.offline?.slots ?? {};
  const bare = bareSubjectProblem(match, tokens, text);
  if (bare) return { problem: bare };
  const input: Record<string, unknown> = { ...match.template.fixed };
  let bonus = 0;
  let repeat: { name: string; values: unknown[] } | undefined;
  for (const [name, span] of Object.entries(match.slots)) {
    const field = fields.get(name);
    if (!field) return { problem: { field: name, message: `the template names an unknown field ${name}` } };
    const { raw, quoted } = slotText(tokens, text, span.start, span.end);
    const coerced = coerceSlot(field, raw, quoted);
    if ('problem' in coerced) return coerced;
    let { value } = coerced;
    if ('more' in coerced && coerced.more?.length) repeat = { name, values: coerced.more };
    if (typeof value === 'string' && value.trim() === '') {
      return { problem: { field: name, message: `${name} is empty` } };
    }
    const check = quoted ? undefined : slotChecks[name];
    if (check) {
      const checked = check(value);
      if ('problem' in checked) return checked;
      value = checked.value;
      bonus += checked.bonus ?? 0;
    }
    input[name] = value;
  }
  if (!validate) return { input, bonus };
  const elsewhere = registry && namesOtherCapability(match, input, registry);
  if (elsewhere) return { problem: elsewhere };
  const problem = match.template.check?.(input);
  if (problem) return { problem };
  bonus += match.template.bonus ?? 0;
  const also = repeat ? repeat.values.map((value) => ({ ...input, [repeat.name]: value })) : [];
  for (const candidate of [input, ...also]) {
    const parsed = tool.input.safeParse(candidate);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return { problem: { field: String(issue?.path[0] ?? ''), message: issue?.message ?? 'invalid input' } };
    }
  }
  return { input, bonus, ...(also.length ? { also } : {}) };
}

/** A tool's questions for missing fields, by field name. */
function questionsOf(
  tool: AnyTool,
): Readonly<Record<string, ((input: Record<string, unknown>) => string) | undefined>> {
  return tool.offline?.questions ?? {};
}

/**
 * The calls for the winning reading: the tool's own `offline.split` may make several of one input
 * ("… is 4312 and my gym locker is 118"), kept only when every part is valid input; otherwise
 * the input and any repeats ("delete notes 1 and 2").
 */
function splitInput(tool: AnyTool, input: Record<string, unknown>, also: Record<string, unknown>[]): Step[] {
  const parts = tool.offline?.split?.(input);
  if (parts && parts.length > 1 && parts.every((part) => tool.input.safeParse(part).success))
    return parts.map((part) => ({ tool, input: part }));
  return [input, ...also].map((each) => ({ tool, input: each }));
}

/** A request one of the tools' `offline.phrases` serves ("delete the note about X"). */
function byPhrase(text: string, registry: Registry): Interpretation | undefined {
  for (const tool of registry.list()) {
    for (const phrase of tool.offline?.phrases ?? []) {
      const match = phrase.pattern.exec(text);
      const input = match ? phrase.input(match) : undefined;
      if (!input || !tool.input.safeParse(input).success) continue;
      return {
        kind: 'call',
        steps: [{ tool, input }],
        template: phrase.pattern.source,
        score: 4,
        reply: (output) => phrase.reply(output, input),
      };
    }
  }
  return undefined;
}

/** A question to the person for the first missing required field. */
function questionFor(tool: AnyTool, field: string, input: Record<string, unknown>): string {
  const ask = questionsOf(tool)[field];
  if (ask) return ask(input);
  const info = toolFields(tool).get(field);
  return `To ${tool.title.toLowerCase()} I need the ${field}${info?.description ? ` (${info.description})` : ''}. What should it be?`;
}

const POLITE_REQUEST = /^(?:(?:please|kindly)\b|(?:can|could|would|will)\s+(?:you|u)\b)/i;

/**
 * Looks like a question: opens with a question word, or ends with "?" without being a polite
 * request ("can you remember that …?" is a request).
 */
export function isQuestion(original: string, rewritten: Token[]): boolean {
  if (QUESTION_WORDS.has(rewritten[0]?.norm ?? '')) return true;
  return /\?\s*$/.test(original) && !POLITE_REQUEST.test(original);
}

const HELP =
  /^(?:help|\?|what\s+can\s+(?:you|i)\s+do|what\s+do\s+you\s+do|how\s+do(?:es)?\s+(?:this|it|you|fazt)\s+work|what\s+are\s+you|what\s+is\s+fazt|commands)\b[\s?!.]*$/i;

const MIN_COMPLETE_RATIO = 0.55;

interface Matches {
  complete: TemplateMatch[];
  partial: TemplateMatch[];
}

function matchAll(
  registry: Registry,
  tokens: Token[],
  question: boolean,
  tools: readonly AnyTool[] = registry.list(),
): Matches {
  const complete: TemplateMatch[] = [];
  const partial: TemplateMatch[] = [];
  const vocabulary = new Set(tokens.flatMap((token) => (token.quoted ? [] : [token.norm])));
  for (const tool of tools) {
    if (question && tool.risk !== 'read') continue;
    for (const template of toolTemplates(tool)) {
      for (const match of matchTemplate(template, tokens, { vocabulary })) {
        if (match.complete) {
          if (match.score >= template.hardWords * MIN_COMPLETE_RATIO) complete.push(match);
        } else partial.push(match);
      }
    }
  }
  return {
    complete: complete.sort((a, b) => b.score - a.score),
    partial: partial.sort((a, b) => b.score - a.score),
  };
}

/**
 * Matches a request against every tool's templates: the best complete match whose slots fill
 * and validate wins; a match that stops short becomes a question for what is missing; a question
 * nothing matched is answered from memory and notes; anything else is not understood.
 */
export function interpret(request: string, registry: Registry): Interpretation {
  const cleaned = cleanText(request);
  if (!/[\p{L}\p{N}]/u.test(cleaned)) return { kind: 'empty' };
  if (HELP.test(cleaned)) return { kind: 'help' };
  const reading = readClauses(cleaned, (text) => interpretText(text, registry));
  return reading.kind === 'unknown' && reading.closest.length === 0
    ? { ...reading, closest: closestTools(registry, cleaned) }
    : reading;
}

/**
 * A skill's own example matched by the request as said, before the planner's generic rewriting
 * (which reads "add eggs to my shopping list" as a note). A skill the person installed for exactly
 * that phrasing should win; built-in tools still go through the full reading below.
 */
function skillReading(cleaned: string, registry: Registry): Interpretation | undefined {
  const skills = registry.list().filter((tool) => registry.sourceOf(tool.name)?.startsWith('skill:'));
  if (skills.length === 0) return undefined;
  const tokens = tokenize(cleaned);
  const { complete } = matchAll(registry, tokens, false, skills);
  for (const match of complete.slice(0, 20)) {
    if (match.typos > 0) continue;
    const filled = fill(match, tokens, cleaned);
    if ('problem' in filled) continue;
    const { tool, source } = match.template;
    const steps = [filled.input, ...(filled.also ?? [])].map((input) => ({ tool, input }));
    return { kind: 'call', steps, template: source, score: match.score + filled.bonus };
  }
  return undefined;
}

function interpretText(cleaned: string, registry: Registry): Interpretation {
  const learned = skillReading(cleaned, registry);
  if (learned) return learned;
  const text = rewriteRequest(cleaned);
  const tokens = tokenize(text);
  if (tokens.length === 0) return { kind: 'empty' };
  const question = isQuestion(cleaned, tokens);
  const phrased = question ? undefined : byPhrase(text, registry);
  if (phrased) return phrased;
  const { complete, partial } = matchAll(registry, tokens, question);

  let firstProblem: { match: TemplateMatch; problem: SlotProblem } | undefined;
  const candidates: {
    match: TemplateMatch;
    input: Record<string, unknown>;
    also: Record<string, unknown>[];
    score: number;
  }[] = [];
  for (const match of complete.slice(0, 40)) {
    const filled = fill(match, tokens, text, true, registry);
    if ('problem' in filled) {
      firstProblem ??= { match, problem: filled.problem };
      continue;
    }
    candidates.push({
      match,
      input: filled.input,
      also: filled.also ?? [],
      score: match.score + filled.bonus,
    });
  }
  const best = candidates.sort((a, b) => b.score - a.score)[0];
  if (best) {
    const { tool, source } = best.match.template;
    const steps = splitInput(tool, best.input, best.also);
    const { say } = best.match.template;
    return { kind: 'call', steps, template: source, score: best.score, ...(say ? { say } : {}) };
  }

  const incomplete = partial.find((match) =>
    match.missing.some((name) => toolFields(match.template.tool).get(name)?.required),
  );
  const problemScore = firstProblem?.match.score ?? Number.NEGATIVE_INFINITY;
  if (incomplete && incomplete.score + 0.5 >= problemScore) {
    const filled = fill(incomplete, tokens, text, false);
    if ('input' in filled) {
      const missing = incomplete.missing.find(
        (name) => toolFields(incomplete.template.tool).get(name)?.required,
      );
      const { tool } = incomplete.template;
      if (missing)
        return { kind: 'ask', tool, question: questionFor(tool, missing, filled.input), input: filled.input };
    }
  }
  if (question) return { kind: 'question', query: text };
  if (firstProblem && !firstProblem.problem.outOfReach) {
    const { tool } = firstProblem.match.template;
    const { field, message, instead } = firstProblem.problem;
    const ask = questionsOf(tool)[field];
    const other = instead === undefined ? undefined : registry.get(instead);
    if (ask || tool.risk !== 'read') {
      const said = `I couldn't do that: ${message}.`;
      const next = other
        ? `To ${other.title.toLowerCase()}, say it like "${sampleRequest(other)}".`
        : ask?.({});
      return { kind: 'ask', tool, question: next ? `${said} ${next}` : said, input: {} };
    }
  }
  return { kind: 'unknown', closest: closestTools(registry, text), lookup: tokens.length <= 6, query: text };
}
