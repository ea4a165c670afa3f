import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { memoryKey, memoryValue } from '../schemas.js';
import { createMemoryStore } from './store.js';

export const memoryImport = defineTool({
  name: 'memory_import',
  title: 'Remember many facts',
  description:
    'Store many facts in one step (up to 200,000). All are saved together or, if anything is wrong, none are.',
  risk: 'write',
  input: z.object({
    entries: z
      .array(z.object({ key: memoryKey, value: memoryValue }))
      .min(1)
      .max(200_000)
      .describe('The facts to remember.'),
  }),
  output: z.object({ created: z.number().int(), updated: z.number().int() }),
  examples: [],
  run({ entries }, { cartridge, emit, signal }) {
    const memory = createMemoryStore(cartridge);
    let created = 0;
    for (const [index, { key, value }] of entries.entries()) {
      if (index % 1000 === 0) signal.throwIfAborted();
      if (memory.remember(key, value).created) created++;
    }
    emit('memory.imported', { count: entries.length });
    return { created, updated: entries.length - created };
  },
  describe: ({ created, updated }) => `Remembered ${created} new fact(s) and updated ${updated}.`,
});
