import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { appBefore, appNameSlot } from './offline.js';
import { appNameInput, findApp, shareOutput } from './shared.js';
import { createAppsStore, shareStatus } from './store.js';

export const appsShares = defineTool({
  name: 'apps_shares',
  title: 'List share links',
  description: 'List share links with label, status, expiry and last use.',
  risk: 'read',
  input: z.object({ app: appNameInput.optional() }),
  output: z.object({ shares: z.array(shareOutput) }),
  examples: [
    'list share links',
    'who can see my {app}',
    'show my share links',
    'which links are shared',
    'list shares for {app}',
  ],
  run({ app }, context) {
    const name = app === undefined ? undefined : findApp(context, app, { write: false }).app.name;
    const now = Date.now();
    return {
      shares: createAppsStore(context.cartridge)
        .listShares(name)
        .map((share) => ({ ...share, status: shareStatus(share, now) })),
    };
  },
  describe: ({ shares }) => {
    const active = shares.filter((share) => share.status === 'active');
    if (active.length === 0) return 'No active share links.';
    return `${active.length} active share link${active.length === 1 ? '' : 's'}: ${active
      .map(
        (share) =>
          `${share.id} ${share.app} "${share.label}" ${share.expiresAt === null ? 'never expires' : `until ${new Date(share.expiresAt).toISOString().slice(0, 10)}`}, ${share.lastUsedAt === null ? 'never used' : `last used ${new Date(share.lastUsedAt).toISOString().slice(0, 16).replace('T', ' ')}`}`,
      )
      .join('; ')}.`;
  },
  offline: {
    templates: [
      'who has access to my {app}',
      'who has access to the {app}',
      'who can open my {app}',
      'who can see the {app}',
      'who have I shared {app} with',
      'which links are there for {app}',
    ].map((source) => ({ source })),
    slots: { app: appNameSlot('app') },
    before: appBefore('app', false, (name) => `who can see my ${name}`),
  },
});
