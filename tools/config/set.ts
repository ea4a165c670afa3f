import { z } from 'zod';
import { configEntry, configKeys } from '../../cartridge/config.js';
import { defineTool } from '../define-tool.js';
import { configKey } from './offline.js';

export const configSet = defineTool({
  name: 'config_set',
  title: 'Change configuration',
  description: `Change one of fazt's settings (stored in the cartridge). Keys: ${Object.keys(configKeys).join(', ')}.`,
  risk: 'write',
  input: z.object({
    key: z.string().max(100).describe('The config key, e.g. "model".'),
    value: z
      .union([z.string().max(10_000), z.number(), z.boolean()])
      .describe("The new value; text is converted to the key's type."),
  }),
  output: z.object({ entry: configEntry }),
  examples: [
    'set config {key} to {value}',
    'set the setting {key} to {value}',
    'change setting {key} to {value}',
  ],
  run({ key, value }, { cartridge, emit }) {
    const entry = cartridge.config.set(key, value);
    emit('config.changed', { key });
    return { entry: entry.secret ? { ...entry, value: '********' } : entry };
  },
  describe: ({ entry }) => `Set ${entry.key} to ${JSON.stringify(entry.value)}.`,
  offline: {
    slots: { key: configKey },
    templates: [
      { source: 'set {key} to {value}' },
      { source: 'set {key} {value}' },
      { source: 'use {value} as {key}' },
      { source: 'use {value} as the {key}' },
    ],
    questions: {
      key: () => `Which setting should I change? Settings: ${Object.keys(configKeys).join(', ')}.`,
      value: ({ key }) => `What should I set ${String(key)} to?`,
    },
    samples: { key: 'model', value: 'offline' },
  },
});
