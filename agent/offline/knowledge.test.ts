import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testCartridge, testDir } from '../../test/helpers/runtime.js';
import { createDefaultRegistry, createExecutor } from '../../tools/index.js';
import type { PlannerEvent } from '../planner.js';
import { createOfflinePlanner } from './index.js';

/** The offline planner reaches the knowledge tools from plain requests (their `examples`). */
describe('offline planner and knowledge', () => {
  it('learns a folder, searches and answers about the documents, citing the file', async () => {
    const cartridge = testCartridge();
    const registry = createDefaultRegistry();
    const executor = createExecutor({ cartridge, registry });
    const planner = createOfflinePlanner(registry);
    const ask = async (text: string) => {
      const events: PlannerEvent[] = [];
      for await (const event of planner.run(
        { text, approved: false },
        { executor, caller: { kind: 'person', id: 't' } },
      ))
        events.push(event);
      const calls = events.flatMap((event) => (event.type === 'tool-call-end' ? [event] : []));
      const answer = events.flatMap((event) => (event.type === 'text-delta' ? [event.text] : [])).join('');
      return { calls, answer };
    };
    const dir = testDir('fazt-knowledge-planner-');
    mkdirSync(join(dir, 'recipes'));
    writeFileSync(
      join(dir, 'lease.md'),
      '# Lease\n\n## Pets\n\nDogs and cats are welcome; pets must be registered.\n',
    );
    writeFileSync(join(dir, 'recipes', 'soup.md'), '# Soup\n\nLentil soup with cumin.\n');

    const learned = await ask(`learn my ${join(dir, 'recipes')} folder`);
    expect(learned.calls.map((call) => call.name)).toEqual(['knowledge_learn']);
    expect(learned.answer).toMatch(/1 new/);
    await ask(`learn ${join(dir, 'lease.md')}`);

    const searched = await ask('search my documents for lentil');
    expect(searched.calls.map((call) => [call.name, call.input])).toEqual([
      ['knowledge_search', expect.objectContaining({ query: 'lentil' })],
    ]);
    expect(searched.answer).toContain('soup.md');

    const asked = await ask('what does my lease say about pets?');
    expect(asked.calls.map((call) => call.name)).toEqual(['knowledge_ask']);
    expect(asked.answer).toContain('pets must be registered. (lease.md:5)');
  });
});
