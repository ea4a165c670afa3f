import { contentWords } from '../cartridge/text-similarity.js';
import { jsonSchema } from '../tools/catalogue.js';
import type { AnyTool } from '../tools/define-tool.js';
import type { Registry } from '../tools/registry.js';

/** Characters of tool definitions sent with a request (~3k tokens), so an 8k-context model keeps room. */
export const TOOL_BUDGET_CHARS = 12_000;

/** The size of a tool's definition as a model receives it. */
export function definitionSize(tool: AnyTool): number {
  return (
    tool.name.length + tool.description.length + JSON.stringify(jsonSchema(tool.input, 'input')).length + 40
  );
}

function relevance(tool: AnyTool, wanted: ReadonlySet<string>): number {
  const words = new Set(
    contentWords(
      [
        tool.name.replaceAll('_', ' '),
        tool.title,
        tool.description,
        ...tool.examples.map((e) => e.replace(/\{\w+\}/g, '')),
      ].join(' '),
    ),
  );
  let score = 0;
  for (const word of wanted) if (words.has(word)) score += 1;
  return score;
}

/**
 * The tools to offer for a request. All of them while their definitions fit the budget; past
 * it, the ones whose names, descriptions and examples share the most words with the request,
 * in that order, until the budget is spent; tools named in `first` (those the request's context
 * already points to, such as the knowledge tools when learned passages answer it) come before
 * all others. Undefined means "all".
 */
export function selectTools(
  registry: Registry,
  request: string,
  budget = TOOL_BUDGET_CHARS,
  first: readonly string[] = [],
): string[] | undefined {
  const tools = registry.list();
  const sizes = new Map(tools.map((tool) => [tool.name, definitionSize(tool)]));
  const total = [...sizes.values()].reduce((sum, size) => sum + size, 0);
  if (total <= budget) return undefined;
  const wanted = new Set(contentWords(request));
  const ranked = tools
    .map((tool, index) => ({
      tool,
      index,
      score: first.includes(tool.name) ? Number.POSITIVE_INFINITY : relevance(tool, wanted),
    }))
    .sort((a, b) => b.score - a.score || a.index - b.index);
  const chosen: string[] = [];
  let used = 0;
  for (const { tool } of ranked) {
    const size = sizes.get(tool.name)!;
    if (used + size > budget) continue;
    used += size;
    chosen.push(tool.name);
  }
  return chosen;
}
