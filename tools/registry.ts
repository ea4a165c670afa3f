import { ConflictError } from '../cartridge/errors.js';
import { registerEventType, unregisterEventType } from '../cartridge/event-types.js';
import { similarity } from '../cartridge/text-similarity.js';
import type { Capability, ToolSource } from './capability.js';
import type { AnyTool } from './define-tool.js';

/** What changed in a registry: a capability and its tools came or went. */
export interface RegistryChange {
  kind: 'added' | 'removed';
  capability: Capability;
}

/**
 * The one list of capabilities and their tools. Every surface (planner, CLI, MCP, HTTP) reads it
 * at call time, so a capability added or removed while fazt runs shows up everywhere.
 */
export interface Registry {
  get(name: string): AnyTool | undefined;
  list(): AnyTool[];
  capabilities(): Capability[];
  capability(id: string): Capability | undefined;
  /** The capability a tool belongs to. */
  capabilityOf(toolName: string): Capability | undefined;
  /** Where a tool came from (`builtin`, `skill:<name>@<version>`). */
  sourceOf(toolName: string): ToolSource | undefined;
  /**
   * Adds a capability and all its tools at once. Refuses (throws, nothing added) an id already
   * present or a tool name already taken: a skill can never shadow a built-in tool.
   */
  addCapability(capability: Capability): void;
  /** Removes a capability and its tools; false when there was none with that id. */
  removeCapability(id: string): boolean;
  /** Adds one loose tool as its own capability (`id` = the tool name, source builtin). */
  add(tool: AnyTool): void;
  /** Calls `listener` after every add or remove; returns the unsubscribe function. */
  onChange(listener: (change: RegistryChange) => void): () => void;
  /** The names closest to a misspelt one, best first. */
  closest(name: string, count?: number): string[];
}

export function createRegistry(entries: readonly (Capability | AnyTool)[] = []): Registry {
  const capabilities = new Map<string, Capability>();
  const byName = new Map<string, { tool: AnyTool; capability: Capability }>();
  const listeners = new Set<(change: RegistryChange) => void>();
  const notify = (change: RegistryChange) => {
    for (const listener of [...listeners]) listener(change);
  };

  const registry: Registry = {
    get: (name) => byName.get(name)?.tool,
    list: () => [...byName.values()].map(({ tool }) => tool),
    capabilities: () => [...capabilities.values()],
    capability: (id) => capabilities.get(id),
    capabilityOf: (name) => byName.get(name)?.capability,
    sourceOf: (name) => byName.get(name)?.capability.source,
    addCapability(capability) {
      if (capabilities.has(capability.id)) {
        throw new ConflictError(
          `A capability with id "${capability.id}" is already registered; remove it first.`,
        );
      }
      const seen = new Set<string>();
      for (const tool of capability.tools) {
        const taken = byName.get(tool.name);
        if (taken || seen.has(tool.name)) {
          const owner = taken ? `${taken.capability.id} (${taken.capability.source})` : capability.id;
          throw new ConflictError(
            `A tool named "${tool.name}" is already registered by ${owner}; a capability cannot shadow another's tool. Rename it.`,
          );
        }
        seen.add(tool.name);
      }
      const events = Object.entries(capability.events ?? {});
      const done: [string, (typeof events)[number][1]][] = [];
      try {
        for (const [type, schema] of events) {
          registerEventType(type, schema);
          done.push([type, schema]);
        }
      } catch (error) {
        for (const [type, schema] of done) unregisterEventType(type, schema);
        throw error;
      }
      capabilities.set(capability.id, capability);
      for (const tool of capability.tools) byName.set(tool.name, { tool, capability });
      notify({ kind: 'added', capability });
    },
    removeCapability(id) {
      const capability = capabilities.get(id);
      if (!capability) return false;
      capabilities.delete(id);
      for (const tool of capability.tools) byName.delete(tool.name);
      for (const [type, schema] of Object.entries(capability.events ?? {})) {
        unregisterEventType(type, schema);
      }
      notify({ kind: 'removed', capability });
      return true;
    },
    add(tool) {
      if (byName.has(tool.name))
        throw new ConflictError(`A tool named "${tool.name}" is already registered.`);
      registry.addCapability({ id: tool.name, title: tool.title, source: 'builtin', tools: [tool] });
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
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
  for (const entry of entries) {
    if ('tools' in entry) registry.addCapability(entry);
    else registry.add(entry);
  }
  return registry;
}
