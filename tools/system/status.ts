import { z } from 'zod';
import { cartridgeStatus } from '../../cartridge/status.js';
import { defineTool } from '../define-tool.js';

export const systemStatus = defineTool({
  name: 'system_status',
  title: 'Cartridge status',
  description: 'Show where the cartridge is, its size, schema version, and how many items each store holds.',
  risk: 'read',
  input: z.object({}),
  output: z.object({
    path: z.string(),
    sizeBytes: z.number().int(),
    schemaVersion: z.number().int(),
    counts: z.record(z.string(), z.number().int()),
  }),
  examples: [
    'status',
    'show status',
    'system status',
    'how much is stored',
    'how big is my cartridge',
    'what do you hold',
    'where is my data stored',
    'where is my cartridge',
    'give me a status report',
    'how much space does fazt use',
    'cartridge stats',
    'health check',
    'what is the size of my cartridge',
    'how much space is my cartridge using',
  ],
  run(_input, { cartridge }) {
    return cartridgeStatus(cartridge);
  },
  describe: ({ path, sizeBytes, schemaVersion, counts }) =>
    schemaVersion === 0
      ? `No cartridge at ${path} yet: nothing has been stored there. It is made by the first request that stores something.`
      : `Cartridge ${path} (${(sizeBytes / 1024).toFixed(0)} KiB, schema v${schemaVersion}): ${Object.entries(
          counts,
        )
          .map(([store, count]) => `${count} ${store}`)
          .join(', ')}.`,
  offline: {
    templates: [
      'is my cartridge healthy',
      'is my cartridge ok',
      'is everything ok with my cartridge',
      'check my cartridge',
      'how is my cartridge',
      'how much have you stored',
    ].map((source) => ({ source })),
  },
});
