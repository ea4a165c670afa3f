import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { offlineWorld } from '../../test/helpers/offline.js';
import { defineTool } from '../../tools/define-tool.js';
import { builtinTools, defineCapability } from '../../tools/index.js';

/**
 * The offline planner is generic: what it knows about a tool comes from the tool's `offline`
 * field, so no tool name appears in its code, and a tool added at run time is understood as
 * well as a built-in one.
 */
describe('the offline planner names no tool', () => {
  it('has no tool name in agent/offline outside tests', () => {
    const folder = new URL('./', import.meta.url);
    const files = readdirSync(folder).filter((file) => !file.endsWith('.test.ts'));
    expect(files.length).toBeGreaterThan(10);
    const found: string[] = [];
    for (const file of files) {
      const text = readFileSync(new URL(file, folder), 'utf8');
      for (const tool of builtinTools) if (text.includes(tool.name)) found.push(`${file}: ${tool.name}`);
    }
    expect(found).toEqual([]);
  });

  /** A run-time tool with offline knowledge of its own: a template, a slot check, a question, an answer. */
  const recipes = defineTool({
    name: 'recipes_find',
    title: 'Find a recipe',
    description: 'Finds a recipe by dish.',
    risk: 'read',
    input: z.object({ dish: z.string().min(1) }),
    output: z.object({ dish: z.string(), steps: z.array(z.string()) }),
    examples: ['find a recipe for {dish}'],
    run: ({ dish }) => ({ dish, steps: dish === 'pancakes' ? ['mix', 'fry'] : [] }),
    describe: ({ dish, steps }) =>
      steps.length ? `${dish}: ${steps.join(', then ')}.` : `No recipe for ${dish}.`,
    offline: {
      templates: [{ source: 'how do I cook {dish}' }, { source: 'recipe for {dish}' }],
      slots: {
        dish: (value) =>
          String(value) === 'rocks'
            ? { problem: { field: 'dish', message: 'rocks are not food' } }
            : { value: String(value).toLowerCase() },
      },
      questions: { dish: () => 'Which dish?' },
      answer: {
        order: 1,
        input: ({ kind, words }) =>
          kind === 'question' && words.includes('pancake') ? { dish: 'pancakes' } : undefined,
        reply: ({ steps }) => (steps.length ? `Pancakes: ${steps.join(', then ')}.` : undefined),
      },
    },
  });

  const setup = () => {
    const world = offlineWorld();
    world.registry.addCapability(
      defineCapability({ id: 'recipes', title: 'Recipes', source: 'builtin', tools: [recipes] }),
    );
    return world;
  };

  it("uses a run-time tool's templates, slot checks, questions and answer hook", async () => {
    const { ask } = setup();
    expect((await ask('how do I cook Pancakes')).finish).toMatchObject({
      status: 'done',
      answer: 'pancakes: mix, then fry.',
    });
    expect((await ask('recipe for')).finish).toMatchObject({
      status: 'needs_input',
      answer: 'Which dish?',
    });
    expect((await ask('recipe for rocks')).finish.answer).toContain('rocks are not food');
    const answered = await ask('what goes into good pancakes?');
    expect(answered.names[0]).toBe('recipes_find');
    expect(answered.finish).toMatchObject({ status: 'done', answer: 'Pancakes: mix, then fry.' });
  });
});
