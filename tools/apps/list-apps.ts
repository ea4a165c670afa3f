import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { appOutput, builtinApps, describeApp } from './shared.js';
import { createAppsStore } from './store.js';

/** "make a shop app", "create me a new website", "build an app": a new app with no folder named. */
const MAKE_AN_APP =
  /^(?:make|create|build|start|set\s+up|write|code|design)\s+(?:me\s+|us\s+)?(?:a|an|my\s+own|a\s+new|an\s+new|new)\s+(?:[\p{L}\p{N}'’-]+\s+){0,3}?(?:app|apps|site|website|web\s+site|web\s+app|webpage|web\s+page|homepage|online\s+shop|online\s+store)\s*(?:for\s+me\s*)?[.!]*$/iu;

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
      ? 'No apps yet. Deploy a folder of files as one: say "deploy ~/site as blog".'
      : `${apps.length} app${apps.length === 1 ? '' : 's'}: ${apps.map((app) => `${app.name} (${app.access}${app.version === null ? '' : `, v${app.version}`}) ${app.url}`).join('; ')}.`,
  offline: {
    // "make a shop app": fazt hosts a folder of files as an app; it does not write one. Said so, with
    // how to deploy one, never a question about an app's access.
    phrases: [
      {
        pattern: MAKE_AN_APP,
        input: () => ({}),
        reply: ({ apps }) => ({
          answer: `I can't build an app, but I can host one: put its files (an index.html and what it uses) in a folder, then say "deploy <folder> as <name>", for example "deploy ~/site as blog". It starts private.${apps.length ? ` Your apps: ${apps.map((app) => app.name).join(', ')}.` : ''} Nothing was changed.`,
          status: 'needs_input',
        }),
      },
    ],
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
