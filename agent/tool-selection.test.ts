import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type FakeOpenAIServer, startFakeOpenAI } from '../test/fakes/openai-server.js';
import { providerPlanner } from '../test/fakes/planners.js';
import { type TestRuntime, testRuntime } from '../test/helpers/runtime.js';
import { defineTool } from '../tools/define-tool.js';
import { builtinTools, createDefaultRegistry } from '../tools/index.js';
import { memoryCapability } from '../tools/memory/index.js';
import { notesCapability } from '../tools/notes/index.js';
import { createRegistry } from '../tools/registry.js';
import { definitionSize, selectTools, TOOL_BUDGET_CHARS } from './tool-selection.js';

/** Many extra tools with long descriptions: more than an 8k-context model can be shown at once. */
const extraTools = Array.from({ length: 60 }, (_, index) =>
  defineTool({
    name: `garden_task_${index}`,
    title: `Garden task ${index}`,
    description: `Plan watering, pruning and planting for garden bed ${index}. ${'Seasonal advice for soil and compost. '.repeat(6)}`,
    risk: 'read',
    input: z.object({ bed: z.string().describe('Which bed'), season: z.string().optional() }),
    output: z.object({ ok: z.boolean() }),
    examples: [`water garden bed ${index}`],
    run: () => ({ ok: true }),
  }),
);

describe('tool selection', () => {
  let harness: TestRuntime | undefined;
  let server: FakeOpenAIServer | undefined;
  afterEach(async () => {
    harness?.close();
    await server?.close();
  });

  it('offers every tool while their definitions fit the budget', () => {
    // The memory and notes capabilities alone fit; all built-in capabilities together (37 tools)
    // no longer do, which is the next test's case.
    const registry = createRegistry([memoryCapability, notesCapability]);
    const total = registry.list().reduce((sum, tool) => sum + definitionSize(tool), 0);
    expect(total).toBeLessThan(TOOL_BUDGET_CHARS);
    expect(selectTools(registry, 'what is my bike lock code?')).toBeUndefined();
    const all = createDefaultRegistry();
    expect(all.list().reduce((sum, tool) => sum + definitionSize(tool), 0)).toBeGreaterThan(
      TOOL_BUDGET_CHARS,
    );
    expect(selectTools(all, 'what is my bike lock code?')).toContain('memory_recall');
  });

  it('past the budget, offers the tools the request is about, within the budget', () => {
    const registry = createRegistry([...builtinTools, ...extraTools]);
    const chosen = selectTools(registry, 'what is my bike lock code? recall the fact')!;
    expect(chosen).toContain('memory_recall');
    const size = chosen.reduce((sum, name) => sum + definitionSize(registry.get(name)!), 0);
    expect(size).toBeLessThanOrEqual(TOOL_BUDGET_CHARS);
    expect(chosen.length).toBeLessThan(registry.list().length);
    expect(selectTools(registry, 'water garden bed 7')!.slice(0, 1)).toEqual(['garden_task_7']);
  });

  it('puts the tools named first ahead of every other, within the budget', () => {
    const registry = createRegistry([...builtinTools, ...extraTools]);
    // "how much is the rent?" shares no word with the knowledge tools; learned passages that
    // answer it name them first (model-planner.ts).
    expect(selectTools(registry, 'how much is the rent?')!.slice(0, 2).sort()).not.toEqual([
      'knowledge_ask',
      'knowledge_search',
    ]);
    const chosen = selectTools(registry, 'how much is the rent?', TOOL_BUDGET_CHARS, [
      'knowledge_ask',
      'knowledge_search',
    ])!;
    expect(chosen.slice(0, 2).sort()).toEqual(['knowledge_ask', 'knowledge_search']);
    const size = chosen.reduce((sum, name) => sum + definitionSize(registry.get(name)!), 0);
    expect(size).toBeLessThanOrEqual(TOOL_BUDGET_CHARS);
  });

  it('sends the model only the chosen tools, and lists only those in the prompt', async () => {
    harness = testRuntime();
    for (const tool of extraTools) harness.registry.add(tool);
    server = await startFakeOpenAI({ apiKey: 'sk-test', replies: [{ text: 'I do not know it.' }] });
    const planner = providerPlanner('openai:gpt-4o-mini', harness.registry, {
      openaiBaseUrl: server.baseUrl,
    });
    await harness.run(planner, 'recall my bike lock code');
    const [request] = server.chatRequests();
    const names = request!.tools!.map((tool) => tool.function.name);
    expect(names).toContain('memory_recall');
    expect(names.length).toBeLessThan(harness.registry.list().length);
    const system = request!.messages[0]!.content as string;
    expect(system).toContain('- memory_recall (read)');
    for (const tool of harness.registry.list()) {
      expect(system.includes(`- ${tool.name} (`), tool.name).toBe(names.includes(tool.name));
    }
  });
});
