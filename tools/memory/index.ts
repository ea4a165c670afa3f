import { z } from 'zod';
import { defineCapability } from '../capability.js';
import { memoryClear } from './clear.js';
import { memoryForget } from './forget.js';
import { memoryImport } from './import.js';
import { memoryList } from './list.js';
import { memoryRecall } from './recall.js';
import { memoryRemember } from './remember.js';
import { memoryMigrations } from './store.js';

/**
 * Facts the person asked fazt to remember, looked up by (fuzzy) key. Its `memory` table comes
 * from the cartridge's core migration v1 (older than capabilities); its own migrations add to it
 * (`memoryMigrations`: the indexed fact identity).
 */
export const memoryCapability = defineCapability({
  id: 'memory',
  title: 'Memory',
  source: 'builtin',
  tools: [memoryRemember, memoryRecall, memoryList, memoryForget, memoryImport, memoryClear],
  migrations: memoryMigrations,
  events: {
    // `label` is the fact's name as the person wrote it ("Maria's cat name"), said back by history;
    // events from before it was added carry only the normalised `key`.
    'memory.remembered': z.object({
      key: z.string(),
      label: z.string().optional(),
      value: z.unknown(),
      previous: z.unknown(),
    }),
    'memory.forgotten': z.object({ key: z.string(), label: z.string().optional() }),
    'memory.imported': z.object({ count: z.number().int() }),
  },
  resources: [
    {
      uri: 'fazt://memory',
      name: 'memory',
      title: 'Remembered facts',
      description: 'The facts fazt remembers, most recently updated first, as JSON.',
      mimeType: 'application/json',
      tool: memoryList.name,
      input: () => ({ limit: 200 }),
    },
  ],
  instructions:
    'Remembered facts (memory_*): use memory_recall before answering from general knowledge about the user.',
});
