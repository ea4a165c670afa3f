import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineCapability, eventNamespaces } from './capability.js';
import { type AnyTool, defineTool } from './define-tool.js';
import { builtinCapabilities, builtinTools, createDefaultRegistry } from './index.js';
import { createRegistry } from './registry.js';

const tool = (name: string): AnyTool => ({
  name,
  title: name,
  description: `The ${name} tool.`,
  risk: 'read',
  input: z.object({}),
  output: z.object({}),
  examples: [],
  run: () => ({}),
});

describe('tool names', () => {
  it('accepts snake_case domain_verb names up to 64 characters', () => {
    for (const name of ['memory_remember', 'a', 'notes_add2', `a${'b'.repeat(63)}`]) {
      expect(defineTool(tool(name)).name).toBe(name);
    }
  });

  it('refuses names a model or an MCP client could not call', () => {
    for (const name of [
      '',
      'Memory_remember',
      'memory-remember',
      'memory remember',
      '1memory',
      '_memory',
      'memory.recall',
      'mémoire',
      `a${'b'.repeat(64)}`,
    ]) {
      expect(() => defineTool(tool(name)), name).toThrow(/must match/);
    }
  });

  it('every built-in tool has a valid, unique name, a title, a description and a risk', () => {
    const names = builtinTools.map((candidate) => candidate.name);
    expect(new Set(names).size).toBe(names.length);
    for (const builtin of builtinTools) {
      expect(builtin.name).toMatch(/^[a-z][a-z0-9_]{0,63}$/);
      expect(builtin.title.length).toBeGreaterThan(0);
      expect(builtin.description.length).toBeGreaterThan(10);
      expect(['read', 'write', 'destructive', 'external']).toContain(builtin.risk);
    }
  });

  it('tools that read or write host files outside the cartridge are external, so a write token cannot use them', () => {
    const risks = Object.fromEntries(builtinTools.map((candidate) => [candidate.name, candidate.risk]));
    expect(risks.blobs_import).toBe('external');
    expect(risks.cartridge_backup).toBe('external');
  });
});

describe('registry', () => {
  it('gets and lists tools in the order they were added', () => {
    const registry = createRegistry([tool('notes_add'), tool('memory_recall')]);
    expect(registry.get('notes_add')?.name).toBe('notes_add');
    expect(registry.get('notes_ad')).toBeUndefined();
    expect(registry.list().map((entry) => entry.name)).toEqual(['notes_add', 'memory_recall']);
  });

  it('refuses a duplicate name, at creation and when a skill adds one later', () => {
    expect(() => createRegistry([tool('notes_add'), tool('notes_add')])).toThrow(
      'A tool named "notes_add" is already registered.',
    );
    const registry = createRegistry([tool('notes_add')]);
    expect(() => registry.add(tool('notes_add'))).toThrow(/already registered/);
    registry.add(tool('notes_list'));
    expect(registry.list()).toHaveLength(2);
  });

  it('list() is a copy: changing it does not change the registry', () => {
    const registry = createRegistry([tool('notes_add')]);
    registry.list().pop();
    expect(registry.list()).toHaveLength(1);
  });
});

describe('closest names', () => {
  const registry = createDefaultRegistry();

  it('puts the intended tool first for typos and near misses', () => {
    expect(registry.closest('memory_recal')[0]).toBe('memory_recall');
    expect(registry.closest('memory_remembr')[0]).toBe('memory_remember');
    expect(registry.closest('notes_serch')[0]).toBe('notes_search');
    expect(registry.closest('note_add')[0]).toBe('notes_add');
  });

  it('returns at most `count` names, best first, and nothing for gibberish', () => {
    expect(registry.closest('memory_recal', 1)).toEqual(['memory_recall']);
    expect(registry.closest('memory').length).toBeLessThanOrEqual(3);
    expect(registry.closest('zzqxv')).toEqual([]);
  });

  it('an empty registry suggests nothing', () => {
    expect(createRegistry().closest('memory_recall')).toEqual([]);
  });
});

describe('a registry that changes while fazt runs', () => {
  const capability = (id: string, names: string[]) => ({
    id,
    title: id,
    source: 'skill:demo@1' as const,
    tools: names.map(tool),
  });

  it('adds and removes a capability with all its tools, telling each listener', () => {
    const registry = createDefaultRegistry();
    const changes: string[] = [];
    const stop = registry.onChange((change) => changes.push(`${change.kind}:${change.capability.id}`));
    registry.addCapability(capability('skill:demo', ['demo_one', 'demo_two']));
    expect(registry.get('demo_one')?.name).toBe('demo_one');
    expect(registry.sourceOf('demo_two')).toBe('skill:demo@1');
    expect(registry.sourceOf('memory_recall')).toBe('builtin');
    expect(registry.removeCapability('skill:demo')).toBe(true);
    expect(registry.get('demo_one')).toBeUndefined();
    expect(registry.removeCapability('skill:demo')).toBe(false);
    stop();
    registry.addCapability(capability('skill:demo', ['demo_one']));
    expect(changes).toEqual(['added:skill:demo', 'removed:skill:demo']);
  });

  it('refuses a capability that would shadow a built-in tool, and adds none of its tools', () => {
    const registry = createDefaultRegistry();
    expect(() => registry.addCapability(capability('skill:evil', ['evil_first', 'memory_recall']))).toThrow(
      /already registered by memory \(builtin\).*cannot shadow/,
    );
    expect(registry.get('evil_first')).toBeUndefined();
    expect(registry.capability('skill:evil')).toBeUndefined();
  });

  it('refuses one event type registered with two schemas', () => {
    const registry = createDefaultRegistry();
    const first = { ...capability('skill:a', ['a_tool']), events: { 'demo.happened': z.object({}) } };
    const second = {
      ...capability('skill:b', ['b_tool']),
      events: { 'demo.happened': z.object({ x: z.number() }) },
    };
    registry.addCapability(first);
    expect(() => registry.addCapability(second)).toThrow(/already registered with another schema/);
    expect(registry.get('b_tool')).toBeUndefined();
    registry.removeCapability('skill:a');
    registry.addCapability(second);
    expect(registry.get('b_tool')).toBeDefined();
    registry.removeCapability('skill:b');
  });

  it('a capability may only declare event types in its own namespace', () => {
    const declare = (id: string, type: string) =>
      defineCapability({ id, title: id, source: 'builtin', tools: [], events: { [type]: z.object({}) } });
    expect(declare('notes', 'note.added').id).toBe('notes');
    expect(declare('notes', 'notes.merged').id).toBe('notes');
    expect(declare('skill:my-photos', 'my_photos.tagged').id).toBe('skill:my-photos');
    expect(() => declare('skill:evil', 'memory.remembered')).toThrow(
      'Capability "skill:evil" declares event type "memory.remembered", outside its namespace; name it "evil.<something>".',
    );
    expect(eventNamespaces('blobs')).toEqual(['blobs', 'blob']);
  });

  it('every built-in event type belongs to exactly one built-in capability', () => {
    const owners = new Map<string, string[]>();
    for (const capability of builtinCapabilities) {
      for (const type of Object.keys(capability.events ?? {})) {
        owners.set(type, [...(owners.get(type) ?? []), capability.id]);
      }
    }
    expect([...owners.values()].every((ids) => ids.length === 1)).toBe(true);
    expect([...owners.keys()].sort()).toEqual([
      'apps.access_changed',
      'apps.deleted',
      'apps.deployed',
      'apps.password_set',
      'apps.rolled_back',
      'apps.shared',
      'apps.unshared',
      'blob.stored',
      'knowledge.forgotten',
      'knowledge.learned',
      'memory.forgotten',
      'memory.imported',
      'memory.remembered',
      'note.added',
      'note.deleted',
      'photos.imported',
      'photos.removed',
    ]);
  });

  it('lists the built-in tools in the same order as builtinTools', () => {
    expect(
      createDefaultRegistry()
        .list()
        .map((t) => t.name),
    ).toEqual(builtinTools.map((t) => t.name));
  });
});
