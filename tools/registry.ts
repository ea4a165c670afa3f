import { similarity } from '../cartridge/text-similarity.js';
import type { AnyTool } from './define-tool.js';

/** The one list of tools. Every surface (planner, CLI, MCP, HTTP) is generated from it. */
export interface Registry {
  get(name: string): AnyTool | undefined;
  list(): AnyTool[];
  /** Adds a tool at run time (skills); refuses a name already taken. */
  add(tool: AnyTool): void;
  /** The names closest to a misspelt one, best first. */
  closest(name: string, count?: number): string[];
}

export function createRegistry(tools: readonly AnyTool[] = []): Registry {
  const byName = new Map<string, AnyTool>();
  const registry: Registry = {
    get: (name) => byName.get(name),
    list: () => [...byName.values()],
    add(tool) {
      if (byName.has(tool.name)) throw new Error(`A tool named "${tool.name}" is already registered.`);
      byName.set(tool.name, tool);
    },
    closest(name, count = 3) {
      const spaced = name.replaceAll('_', ' ');
      return [...byName.keys()]
        .map((candidate) => ({ candidate, score: similarity(spaced, candidate.replaceAll('_', ' ')) }))
        .filter(({ score }) => score > 0.2)
        .sort((a, b) => b.score - a.score)
        .slice(0, count)
        .map(({ candidate }) => candidate);
    },
  };
  for (const tool of tools) registry.add(tool);
  return registry;
}
