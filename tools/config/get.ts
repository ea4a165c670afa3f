import { z } from 'zod';
import { assertConfigKey, configEntry, configKeys } from '../../cartridge/config.js';
import { defineTool } from '../define-tool.js';
import { configKey, resolveConfigKey } from './offline.js';

export const configGet = defineTool({
  name: 'config_get',
  title: 'Read configuration',
  description: `Read fazt's configuration (stored in the cartridge). Give a key for one setting, or none for all. Keys: ${Object.keys(configKeys).join(', ')}.`,
  risk: 'read',
  input: z.object({ key: z.string().max(100).optional().describe('One config key; leave out for all.') }),
  output: z.object({ entries: z.array(configEntry) }),
  examples: [
    'show my settings',
    'show your settings',
    'show config',
    'what is the config {key}',
    'show setting {key}',
    'which {key} are you using',
    'what {key} do you use',
    'what settings do I have',
    'my settings',
    'what are my settings set to',
  ],
  run({ key }, { cartridge }) {
    const entries = cartridge.config
      .list()
      .map((entry) => (entry.secret && entry.value ? { ...entry, value: '********' } : entry));
    if (key === undefined) return { entries };
    const wanted = assertConfigKey(key);
    return { entries: entries.filter((entry) => entry.key === wanted) };
  },
  describe: ({ entries }) => settingLines(entries),
  offline: {
    slots: { key: configKey },
    templates: [
      { source: 'what {key} does the server use' },
      { source: 'what {key} are you using' },
      { source: 'which {key} do you use' },
      { source: 'what is the {key} setting' },
      { source: 'are you using {key}' },
      { source: 'which {key} is set' },
      { source: 'which {key} is configured' },
      { source: 'what {key} is set' },
      { source: 'what {key} are you on' },
      { source: 'which {key} are you running' },
      { source: 'what {key} are you running' },
      { source: 'which {key} are you on' },
    ],
    // A lookup that found no fact may name a setting ("what is my model").
    answer: {
      order: 20,
      input: ({ kind, text }) => {
        const key = kind === 'lookup' ? resolveConfigKey(text) : undefined;
        return key ? { key } : undefined;
      },
      reply: ({ entries }) => settingLines(entries),
    },
  },
});

/** "model = \"offline\" (default)", one setting a line. */
function settingLines(entries: readonly { key: string; value: unknown; isDefault: boolean }[]): string {
  return entries
    .map((entry) => `${entry.key} = ${JSON.stringify(entry.value)}${entry.isDefault ? ' (default)' : ''}`)
    .join('\n');
}
