import { z } from 'zod';
import { defineCapability } from '../capability.js';
import { appsDelete } from './delete-app.js';
import { appsDeploy } from './deploy-app.js';
import { photosHost } from './host-photos.js';
import { appsList } from './list-apps.js';
import { appsShares } from './list-shares.js';
import { appsMigrations } from './migrations.js';
import { appsRollback } from './rollback-app.js';
import { appsSetAccess } from './set-access.js';
import { appsShare } from './share-app.js';
import { appsUnshare } from './unshare-app.js';

/** Hosting: deployed and built-in apps served by `fazt serve`, their access, and share links. */
export const appsCapability = defineCapability({
  id: 'apps',
  title: 'Apps',
  source: 'builtin',
  tools: [
    appsDeploy,
    appsList,
    appsRollback,
    appsDelete,
    appsSetAccess,
    appsShare,
    appsShares,
    appsUnshare,
    photosHost,
  ],
  migrations: appsMigrations,
  events: {
    'apps.deployed': z.object({ name: z.string(), version: z.number().int(), files: z.number().int() }),
    'apps.rolled_back': z.object({ name: z.string(), from: z.number().int(), to: z.number().int() }),
    'apps.deleted': z.object({ name: z.string() }),
    'apps.access_changed': z.object({ name: z.string(), access: z.enum(['private', 'public']) }),
    'apps.shared': z.object({ app: z.string(), id: z.string(), expiresAt: z.number().int().nullable() }),
    'apps.unshared': z.object({ app: z.string(), id: z.string() }),
    'apps.password_set': z.object({ replaced: z.boolean() }),
  },
  instructions:
    'Apps are served by `fazt serve` at /a/<name>/ and are private by default. Share one with a person through apps_share (expires in 7 days unless asked otherwise); making an app public needs approval.',
});
