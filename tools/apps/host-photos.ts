import { z } from 'zod';
import { UsageError } from '../../cartridge/errors.js';
import { defineTool } from '../define-tool.js';
import { text } from '../schemas.js';
import { probeServer } from './server-status.js';
import { builtinApps, describeApp } from './shared.js';
import { createAppsStore } from './store.js';

const GALLERY = 'photos';

/**
 * "Host my photos in ~/Pictures privately": imports the folder (photos capability), makes sure
 * the gallery app is there and private, and says what the person needs next — the URL, whether
 * the server runs (and how to keep it running), whether an owner password is set, and how to
 * share. Asking again imports only what is new; nothing is ever duplicated.
 */
export const photosHost = defineTool({
  name: 'photos_host',
  title: 'Host my photos privately',
  description:
    'Host my photos: import a folder into the private gallery, then report counts, URL, server state, owner password and how to share. Repeatable.',
  risk: 'external',
  transactional: false,
  input: z.object({
    folder: text(4096, 'folder').describe('Photo folder, e.g. "~/Pictures".'),
  }),
  output: z.object({
    photos: z.object({
      added: z.number().int(),
      existing: z.number().int(),
      skipped: z.number().int(),
      removed: z.number().int(),
      total: z.number().int(),
      albums: z.number().int(),
      skippedFiles: z.array(z.object({ path: z.string(), reason: z.string() })),
    }),
    gallery: z.object({
      name: z.string(),
      url: z.string(),
      access: z.enum(['private', 'public']),
      madePrivate: z.boolean(),
    }),
    server: z.object({ running: z.boolean(), url: z.string(), start: z.string(), keepRunning: z.string() }),
    password: z.object({ set: z.boolean(), how: z.string() }),
    share: z.object({ how: z.string(), activeLinks: z.number().int() }),
  }),
  examples: [
    'host my photos in {folder} privately',
    'host my photos in {folder}',
    'host my photos from {folder}',
    'host the photos in {folder}',
    'host my pictures in {folder}',
    'put my photos from {folder} in a private gallery',
    'make a private gallery of {folder}',
    'serve my photos from {folder}',
  ],
  async run({ folder }, context) {
    const { cartridge, emit, signal } = context;
    if (!builtinApps(context.registry).some((app) => app.name === GALLERY)) {
      throw new UsageError('This fazt has no photo gallery app (the photos capability is not loaded).');
    }
    const { importPhotos } = await import('../photos/import.js');
    const imported = await importPhotos(cartridge, folder, { emit, signal });
    const store = createAppsStore(cartridge);
    const { app, madePrivate } = await cartridge.exclusive(() =>
      cartridge.transaction(() => {
        const before = store.ensureBuiltin(GALLERY);
        if (before.access === 'public') {
          store.setAccess(GALLERY, 'private');
          emit('apps.access_changed', { name: GALLERY, access: 'private' });
        }
        return { app: store.require(GALLERY), madePrivate: before.access === 'public' };
      }),
    );
    const described = describeApp(cartridge, app);
    const server = await probeServer(cartridge);
    const now = Date.now();
    const activeLinks = store
      .listShares(GALLERY)
      .filter(
        (share) => share.revokedAt === null && (share.expiresAt === null || share.expiresAt > now),
      ).length;
    return {
      photos: {
        added: imported.added,
        existing: imported.existing,
        skipped: imported.skippedCount,
        removed: imported.removed,
        total: imported.photos,
        albums: imported.albums,
        skippedFiles: imported.skipped.slice(0, 20),
      },
      gallery: { name: GALLERY, url: described.url, access: app.access, madePrivate },
      server: {
        running: server.running,
        url: server.url,
        start: 'fazt serve',
        keepRunning: 'fazt service install',
      },
      password: { set: store.ownerPasswordHash() !== undefined, how: 'fazt passwd' },
      share: { how: `fazt share ${GALLERY} --label "for grandma"`, activeLinks },
    };
  },
  describe: ({ photos, gallery, server, password, share }) => {
    const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
    const lines = [
      `Photos: ${photos.added} new, ${photos.existing} already there, ${photos.skipped} skipped${photos.removed ? `, ${photos.removed} gone from the folder` : ''}. You have ${plural(photos.total, 'photo')} in ${plural(photos.albums, 'album')}.`,
      ...photos.skippedFiles.slice(0, 5).map((file) => `  skipped ${file.path}: ${file.reason}`),
      `Your gallery is ${gallery.madePrivate ? 'now ' : ''}private (only you, signed in, and share links can open it): ${gallery.url}`,
      server.running
        ? `The server is running at ${server.url}.`
        : `The server is not running: start it with \`${server.start}\`, or run \`${server.keepRunning}\` to start it at login and keep it running.`,
      password.set
        ? 'An owner password is set: sign in with it.'
        : `No owner password is set yet: set one with \`${password.how}\` so you can sign in.`,
      `To share with someone: \`${share.how}\` (the link expires in 7 days; \`--expires never\` only if you mean it).${share.activeLinks ? ` ${plural(share.activeLinks, 'share link')} active now (\`fazt share --list\`).` : ''}`,
    ];
    return lines.join('\n');
  },
  offline: {
    samples: { folder: '~/Pictures' },
    templates: [
      'host my pictures from {folder}',
      'host my pictures from {folder} privately',
      'host my pictures in {folder} privately',
      'host my photos from {folder} privately',
      'host the pictures in {folder}',
      'make a gallery of {folder}',
      'make a photo gallery from {folder}',
      'put my pictures from {folder} in a private gallery',
    ].map((source) => ({ source })),
  },
});
