import { similarity, wordSimilarity } from '../../cartridge/text-similarity.js';
import type { AnyTool } from '../../tools/define-tool.js';
import type { Registry } from '../../tools/registry.js';

const withoutSlots = (example: string) =>
  example
    .replace(/\{[^}]+\}/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** How close a request is to what a tool does: its examples, title and description, compared by words. */
export function toolSimilarity(tool: AnyTool, request: string): number {
  let best = similarity(request, tool.title) * 0.9;
  for (const example of tool.examples) best = Math.max(best, similarity(request, withoutSlots(example)));
  return Math.max(best, wordSimilarity(request, tool.description) * 0.8);
}

/** The tools closest to a request, best first; the everyday ones when nothing is close. */
export function closestTools(registry: Registry, request: string, count = 3): AnyTool[] {
  const ranked = registry
    .list()
    .filter((tool) => tool.examples.length > 0)
    .map((tool) => ({ tool, score: toolSimilarity(tool, request) }))
    .filter(({ score }) => score >= 0.25)
    .sort((a, b) => b.score - a.score)
    .map(({ tool }) => tool);
  const everyday = ['memory_remember', 'memory_recall', 'notes_add', 'notes_search']
    .map((name) => registry.get(name))
    .filter((tool): tool is AnyTool => tool !== undefined);
  return [...new Set([...ranked, ...everyday])].slice(0, count);
}
