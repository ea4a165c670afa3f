import type { AnyTool } from '../../tools/define-tool.js';
import type { Registry } from '../../tools/registry.js';
import { closestTools } from './closest.js';
import { toolFields } from './fields.js';
import { TOOL_HINTS } from './hints.js';
import { QUESTION_WORDS } from './lexicon.js';
import { matchTemplate, type TemplateMatch } from './match.js';
import { rewriteRequest } from './rewrite.js';
import { toolTemplates } from './templates.js';
import { cleanText, type Token, tokenize } from './tokens.js';
import { coerceSlot, type SlotProblem } from './values.js';

/** What the offline planner made of a request. */
export type Interpretation =
  | { kind: 'call'; tool: AnyTool; input: Record<string, unknown>; template: string; score: number }
  | { kind: 'ask'; tool: AnyTool; question: string; input: Record<string, unknown> }
  | { kind: 'question'; query: string }
  | { kind: 'unknown'; closest: AnyTool[] }
  | { kind: 'empty' };

type Filled = { input: Record<string, unknown>; bonus: number } | { problem: SlotProblem };

/** Turns a match's slots into typed, checked input for its tool. */
function fill(match: TemplateMatch, tokens: Token[], text: string, validate = true): Filled {
  const { tool } = match.template;
  const fields = toolFields(tool);
  const hints = TOOL_HINTS[tool.name];
  const input: Record<string, unknown> = { ...match.template.fixed };
  let bonus = 0;
  for (const [name, span] of Object.entries(match.slots)) {
    const field = fields.get(name);
    if (!field) return { problem: { field: name, message: `the template names an unknown field ${name}` } };
    const first = tokens[span.start]!;
    const last = tokens[span.end - 1]!;
    const quoted = span.end - span.start === 1 && first.quoted !== undefined;
    const raw = quoted ? (first.quoted ?? '') : text.slice(first.start, last.end);
    const coerced = coerceSlot(field, raw, quoted);
    if ('problem' in coerced) return coerced;
    let { value } = coerced;
    if (typeof value === 'string' && value.trim() === '') {
      return { problem: { field: name, message: `${name} is empty` } };
    }
    const check = hints?.slots?.[name];
    if (check) {
      const checked = check(value);
      if ('problem' in checked) return checked;
      value = checked.value;
      bonus += checked.bonus ?? 0;
    }
    input[name] = value;
  }
  if (!validate) return { input, bonus };
  const parsed = tool.input.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { problem: { field: String(issue?.path[0] ?? ''), message: issue?.message ?? 'invalid input' } };
  }
  return { input, bonus };
}

/** A question to the person for the first missing required field. */
function questionFor(tool: AnyTool, field: string, input: Record<string, unknown>): string {
  const ask = TOOL_HINTS[tool.name]?.questions?.[field];
  if (ask) return ask(input);
  const info = toolFields(tool).get(field);
  return `To ${tool.title.toLowerCase()} I need the ${field}${info?.description ? ` (${info.description})` : ''}. What should it be?`;
}

/** Looks like a question: opens with a question word or ends with "?". */
export function isQuestion(tokens: Token[], text: string): boolean {
  return /\?\s*$/.test(text) || QUESTION_WORDS.has(tokens[0]?.norm ?? '');
}

const MIN_COMPLETE_RATIO = 0.55;

/**
 * Matches a request against every tool's templates: the best complete match whose slots fill
 * and validate wins; a match that stops short becomes a question for what is missing; a question
 * nothing matched is answered from memory and notes; anything else is not understood.
 */
export function interpret(request: string, registry: Registry): Interpretation {
  const cleaned = cleanText(request);
  if (!/[\p{L}\p{N}]/u.test(cleaned)) return { kind: 'empty' };
  const text = rewriteRequest(cleaned);
  const tokens = tokenize(text);
  if (tokens.length === 0) return { kind: 'empty' };
  const question = isQuestion(tokenize(cleaned), cleaned);

  const complete: TemplateMatch[] = [];
  const partial: TemplateMatch[] = [];
  for (const tool of registry.list()) {
    if (question && tool.risk !== 'read') continue;
    for (const template of toolTemplates(tool)) {
      for (const match of matchTemplate(template, tokens, { typos: tool.risk !== 'destructive' })) {
        if (match.complete) {
          if (match.score >= template.hardWords * MIN_COMPLETE_RATIO) complete.push(match);
        } else partial.push(match);
      }
    }
  }

  let firstProblem: { match: TemplateMatch; problem: SlotProblem } | undefined;
  const candidates: { match: TemplateMatch; input: Record<string, unknown>; score: number }[] = [];
  for (const match of complete.sort((a, b) => b.score - a.score).slice(0, 40)) {
    const filled = fill(match, tokens, text);
    if ('problem' in filled) {
      firstProblem ??= { match, problem: filled.problem };
      continue;
    }
    candidates.push({ match, input: filled.input, score: match.score + filled.bonus });
  }
  const best = candidates.sort((a, b) => b.score - a.score)[0];
  if (best) {
    const { tool, source } = best.match.template;
    return { kind: 'call', tool, input: best.input, template: source, score: best.score };
  }

  const incomplete = partial
    .filter((match) => match.missing.some((name) => toolFields(match.template.tool).get(name)?.required))
    .sort((a, b) => b.score - a.score)[0];
  const problemScore = firstProblem?.match.score ?? Number.NEGATIVE_INFINITY;
  if (incomplete && incomplete.score + 0.5 >= problemScore) {
    const filled = fill(incomplete, tokens, text, false);
    const known = 'input' in filled ? filled.input : {};
    const missing = incomplete.missing.find(
      (name) => toolFields(incomplete.template.tool).get(name)?.required,
    );
    if (missing) {
      const { tool } = incomplete.template;
      return { kind: 'ask', tool, question: questionFor(tool, missing, known), input: known };
    }
  }
  if (firstProblem && !question) {
    const { tool } = firstProblem.match.template;
    const ask = TOOL_HINTS[tool.name]?.questions?.[firstProblem.problem.field];
    const question = `I couldn't use that: ${firstProblem.problem.message}.${ask ? ` ${ask({})}` : ''}`;
    return { kind: 'ask', tool, question, input: {} };
  }
  if (question) return { kind: 'question', query: text };
  return { kind: 'unknown', closest: closestTools(registry, text) };
}
