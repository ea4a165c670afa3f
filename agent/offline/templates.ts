import type { AnyTool } from '../../tools/define-tool.js';
import { SOFT_LITERALS } from './lexicon.js';
import { tokenize } from './tokens.js';
import type { SlotProblem } from './values.js';

export type TemplatePart = { kind: 'word'; word: string; soft: boolean } | { kind: 'slot'; name: string };

/** One sentence template of a tool, compiled for matching. */
export interface Template {
  tool: AnyTool;
  source: string;
  parts: TemplatePart[];
  /** How many plain words the template has: more words, more specific. */
  words: number;
  /** Words that must be there (not "the", "my", …). */
  hardWords: number;
  /** Fixed input a template implies, from the tool's offline templates. */
  fixed?: Record<string, unknown>;
  /** A check of the filled input, from the tool's offline templates. */
  check?: (input: Record<string, unknown>) => SlotProblem | undefined;
  /** Added to the score when the check passes. */
  bonus?: number;
  /** Said after the answer when this template was used (why this tool and not the one named). */
  say?: string;
}

/** Compiles `remember that {key} is {value}` into words and slots. */
export function compileTemplate(
  tool: AnyTool,
  source: string,
  extra: Pick<Template, 'fixed' | 'check' | 'bonus' | 'say'> = {},
): Template {
  const parts: TemplatePart[] = [];
  for (const piece of source.split(/(\{[a-zA-Z_][a-zA-Z0-9_]*\})/)) {
    const slot = /^\{(.+)\}$/.exec(piece);
    if (slot?.[1]) {
      parts.push({ kind: 'slot', name: slot[1] });
      continue;
    }
    for (const token of tokenize(piece)) {
      parts.push({ kind: 'word', word: token.norm, soft: SOFT_LITERALS.has(token.norm) });
    }
  }
  const words = parts.filter((part) => part.kind === 'word').length;
  const hardWords = parts.filter((part) => part.kind === 'word' && !part.soft).length;
  return { tool, source, parts, words, hardWords, ...extra };
}

const cache = new WeakMap<AnyTool, Template[]>();

/** A tool's examples, and the extra templates of its `offline` knowledge, compiled (cached per tool object). */
export function toolTemplates(tool: AnyTool): Template[] {
  let templates = cache.get(tool);
  if (!templates) {
    const extra = tool.offline?.templates ?? [];
    templates = [
      ...tool.examples.map((example) => compileTemplate(tool, example)),
      ...extra.map(({ source, ...rest }) => compileTemplate(tool, source, rest)),
    ];
    cache.set(tool, templates);
  }
  return templates;
}
