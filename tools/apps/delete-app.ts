import { z } from 'zod';
import { deleteUnreferencedBlobs, sweepUnreferencedBlobs } from '../../cartridge/blob-references.js';
import { UsageError } from '../../cartridge/errors.js';
import { formatBytes } from '../blobs/schemas.js';
import { defineTool } from '../define-tool.js';
import { appBefore, appNameSlot } from './offline.js';
import { appNameInput, findApp } from './shared.js';

export const appsDelete = defineTool({
  name: 'apps_delete',
  title: 'Delete an app',
  description:
    'Delete a deployed app with its versions, share links and the stored files only it used. Destructive.',
  risk: 'destructive',
  input: z.object({ name: appNameInput }),
  output: z.object({
    name: z.string(),
    versions: z.number().int(),
    shares: z.number().int(),
    freed: z
      .object({ blobs: z.number().int(), bytes: z.number().int().describe('Bytes.') })
      .describe('Stored files no other app, photo or import used, deleted with the app.'),
  }),
  // "take down" / "take offline" / "hide" stop public access (apps_set_access): never a delete.
  examples: ['delete the app {name}', 'delete app {name}', 'remove the app {name}'],
  run({ name }, context) {
    const { store, app } = findApp(context, name, { write: false });
    if (app.kind === 'builtin') {
      throw new UsageError(
        `"${app.name}" is built into fazt and cannot be deleted. Make it private ("make ${app.name} private") and revoke its links ("revoke all links to ${app.name}") instead.`,
        { code: 'app_builtin' },
      );
    }
    const versions = store.versions(app.name).length;
    const shares = store.listShares(app.name).length;
    const blobs = store.blobIds(app.name);
    store.delete(app.name);
    // In the same transaction: the app's rows are gone, so a blob still named is someone else's.
    const own = deleteUnreferencedBlobs(context.cartridge, blobs);
    // And what killed deploys or imports left behind, referred to by nothing.
    const left = sweepUnreferencedBlobs(context.cartridge);
    const freed = { blobs: own.blobs + left.blobs, bytes: own.bytes + left.bytes };
    context.emit('apps.deleted', { name: app.name });
    return { name: app.name, versions, shares, freed };
  },
  describe: ({ name, versions, shares, freed }) =>
    `Deleted ${name} (${versions} version${versions === 1 ? '' : 's'}${shares ? `, ${shares} share link${shares === 1 ? '' : 's'}` : ''}${freed.blobs ? `; freed ${formatBytes(freed.bytes)} in ${freed.blobs} stored file${freed.blobs === 1 ? '' : 's'}` : ''}).`,
  offline: {
    // "delete my blog site": an app said with its kind, never a fact called "blog site".
    templates: ['my', 'the'].flatMap((owner) =>
      ['app', 'site', 'website', 'web app'].flatMap((kind) =>
        // "unpublish", "take down" stop public access (apps_set_access), they delete nothing.
        ['delete', 'remove'].map((verb) => ({
          source: `${verb} ${owner} {name} ${kind}`,
        })),
      ),
    ),
    samples: { name: 'blog' },
    slots: {
      // "remove all my apps": no app is called "all"; apps go one at a time, each with approval.
      name: (value: unknown) =>
        /^(?:all|every|each|both)\b/i.test(String(value).trim())
          ? {
              problem: {
                field: 'name',
                message: `"${String(value)}" is more than one app`,
                reply:
                  'I delete apps one at a time, each with your approval. Say "list my apps" to see them, then "delete the app blog" for each one to go. Nothing was deleted.',
              },
            }
          : appNameSlot('name')(value),
    },
    before: appBefore('name', false, (name) => `delete the app ${name}`),
    preview: ({ name }) => `delete the app ${name} with its versions and share links`,
  },
});
