import { z } from 'zod';
import { UsageError } from '../../cartridge/errors.js';
import { defineTool } from '../define-tool.js';
import { text } from '../schemas.js';
import { appBefore, appNameSlot } from './offline.js';
import { appNameInput, findApp, shareLabel, shareOutput } from './shared.js';
import { createAppsStore, shareStatus } from './store.js';

/** How every link is revoked: app by app, since "all" names no link. */
const REVOKE_ALL =
  'I revoke share links one app at a time, so nothing is cut off by mistake. Say "list share links" (or run `fazt share --list`) to see them, then "revoke all links to photos" for each app, or `fazt share --revoke <id>` for one link. Nothing was revoked.';

export const appsUnshare = defineTool({
  name: 'apps_unshare',
  title: 'Revoke share links',
  description: 'Revoke share links by id, by app, or by app and label; they stop at the next request.',
  risk: 'write',
  input: z.object({
    id: text(40, 'id').optional().describe('Link id (apps_shares).'),
    app: appNameInput.optional(),
    label: shareLabel.optional(),
  }),
  output: z.object({ revoked: z.array(shareOutput) }),
  examples: [
    'stop sharing my {app}',
    'stop sharing the {app}',
    'stop sharing {app} with {label}',
    'unshare {app}',
    'revoke share link {id}',
    'revoke the link for {label}',
    'revoke all links to {app}',
  ],
  run({ id, app, label }, context) {
    const store = createAppsStore(context.cartridge);
    const now = Date.now();
    let targets: string[];
    if (id !== undefined) {
      targets = [id.trim()];
    } else if (app !== undefined || label !== undefined) {
      const name = app === undefined ? undefined : findApp(context, app, { write: false }).app.name;
      targets = store
        .listShares(name)
        .filter(
          (share) =>
            share.revokedAt === null &&
            (label === undefined || share.label.toLowerCase() === label.trim().toLowerCase()),
        )
        .map((share) => share.id);
      if (label !== undefined && targets.length === 0) {
        throw new UsageError(
          `No active share link is labelled "${label}". See them with \`fazt share --list\`.`,
          {
            code: 'share_unknown',
          },
        );
      }
    } else {
      throw new UsageError(
        'Say which links to revoke: an id (from `fazt share --list`), an app, or a label.',
      );
    }
    const revoked = targets.map((target) => store.revokeShare(target, now).share);
    for (const share of revoked) context.emit('apps.unshared', { app: share.app, id: share.id });
    return { revoked: revoked.map((share) => ({ ...share, status: shareStatus(share, now) })) };
  },
  describe: ({ revoked }) =>
    revoked.length === 0
      ? 'There were no active share links to revoke.'
      : `Revoked ${revoked.length} share link${revoked.length === 1 ? '' : 's'} (${revoked.map((share) => `${share.app} "${share.label}"`).join(', ')}); they stop working now.`,
  offline: {
    templates: [
      'revoke {label} link',
      'cancel {label} link',
      'delete {label} link',
      'remove {label} link',
      'take away {label} link',
      'revoke the link I gave {label}',
      'stop sharing with {label}',
      'kill {label} link',
    ].map((source) => ({ source })),
    samples: { app: 'photos' },
    // "revoke grandma's link": the label is who the link is for, without the "'s".
    slots: {
      // "unshare everything", "stop sharing all my apps": no app is called "all"; said how instead.
      app: (value: unknown) =>
        /^(?:all|every|everything|each|both)\b/i.test(String(value).trim())
          ? { problem: { field: 'app', message: `"${String(value)}" names no one app`, reply: REVOKE_ALL } }
          : appNameSlot('app')(value),
      label: (value: unknown) => {
        const said = String(value).replace(/['’]s$/u, '');
        // "revoke all share links", "cancel every link": "all" is never a label. Links are revoked
        // app by app (each app's links at once); the answer says how, nothing is revoked.
        if (
          /^(?:(?:all|every|each|any)\b|everyone|everybody)(?:\s+(?:of\s+)?(?:the|my|our|share|sharing|shared|public|active|those|these|app))*$/i.test(
            said.trim(),
          )
        )
          return { problem: { field: 'label', message: `"${said}" names no one link`, reply: REVOKE_ALL } };
        return { value: said };
      },
    },
    before: appBefore('app', true, (name) => `stop sharing ${name}`),
  },
});
