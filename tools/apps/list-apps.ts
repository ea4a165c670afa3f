import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { appOutput, builtinApps, describeApp } from './shared.js';
import { createAppsStore } from './store.js';

export const appsList = defineTool({
  name: 'apps_list',
  title: 'List apps',
  description: 'List hosted apps with access, live version and URL.',
  risk: 'read',
  input: z.object({}),
  output: z.object({ apps: z.array(appOutput) }),
  examples: ['list my apps', 'what apps do I have', 'show my apps', 'which apps are hosted', 'my sites'],
  run(_input, context) {
    const store = createAppsStore(context.cartridge);
    const stored = store.list();
    const now = Date.now();
    const missing = builtinApps(context.registry)
      .filter((app) => !stored.some((row) => row.name === app.name))
      .map((app) => ({
        name: app.name,
        kind: 'builtin' as const,
        access: 'private' as const,
        spa: false,
        version: null,
        createdAt: now,
        updatedAt: now,
      }));
    const apps = [...stored, ...missing].sort((a, b) => (a.name < b.name ? -1 : 1));
    return { apps: apps.map((app) => describeApp(context.cartridge, app)) };
  },
  describe: ({ apps }) =>
    apps.length === 0
      ? 'No apps yet. Deploy a folder with apps_deploy.'
      : `${apps.length} app${apps.length === 1 ? '' : 's'}: ${apps.map((app) => `${app.name} (${app.access}${app.version === null ? '' : `, v${app.version}`}) ${app.url}`).join('; ')}.`,
  offline: {
    templates: [
      'what apps are running',
      'what apps are live',
      'which apps are running',
      'what is hosted',
      "what's hosted",
      'what sites do I have',
      'what websites do I have',
      'list my sites',
      'show my sites',
      'which apps are public',
      'which apps are private',
    ].map((source) => ({ source })),
  },
});
