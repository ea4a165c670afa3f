import { z } from 'zod';
import { UsageError } from '../../cartridge/errors.js';
import { defineTool } from '../define-tool.js';
import { createPhotosStore } from './store.js';

export const photosRemove = defineTool({
  name: 'photos_remove',
  title: 'Remove photos',
  description:
    'Delete photos from the cartridge: the original, its thumbnail and web copy. Either given content ids (or their first 12+ characters), or every photo whose files are gone from disk (goneFromDisk). Files on disk are never touched.',
  risk: 'destructive',
  input: z.object({
    ids: z
      .array(
        z
          .string()
          .trim()
          .toLowerCase()
          .regex(/^[0-9a-f]{12,64}$/, 'must be a content id (hex, at least its first 12 characters)'),
      )
      .max(10_000)
      .optional()
      .describe('Content ids from photos_list.'),
    goneFromDisk: z
      .boolean()
      .optional()
      .describe('Remove every photo none of whose files is on disk any more.'),
  }),
  output: z.object({ removed: z.number().int(), ids: z.array(z.string()) }),
  examples: [
    'remove the photo {ids}',
    'delete photo {ids}',
    'remove photos that are gone from disk',
    'clean up deleted photos',
  ],
  run({ ids = [], goneFromDisk = false }, { cartridge, emit }) {
    if (ids.length === 0 && !goneFromDisk) {
      throw new UsageError(
        'Say which photos to remove: ids ("list my photos" shows them), or goneFromDisk: true.',
        {
          code: 'photos_remove_nothing',
        },
      );
    }
    const store = createPhotosStore(cartridge);
    const wanted = new Set<string>(goneFromDisk ? store.goneFromDisk() : []);
    for (const id of ids) {
      const matches = cartridge
        .prepare('SELECT sha256 FROM photos_items WHERE substr(sha256, 1, ?) = ? LIMIT 2')
        .all(id.length, id) as { sha256: string }[];
      if (matches.length === 0) {
        throw new UsageError(
          `There is no photo ${id}. Say "list my photos" to see their ids; nothing was removed.`,
          {
            code: 'photos_missing',
          },
        );
      }
      if (matches.length > 1) {
        throw new UsageError(`${id} names more than one photo; give more of its id. Nothing was removed.`, {
          code: 'photos_id_ambiguous',
        });
      }
      wanted.add(matches[0]!.sha256);
    }
    const removed = store.remove([...wanted]);
    emit('photos.removed', { photos: removed.length, ids: removed });
    return { removed: removed.length, ids: removed };
  },
  describe: ({ removed }) =>
    removed === 0
      ? 'No photos were removed.'
      : `Removed ${removed} photo${removed === 1 ? '' : 's'} from the cartridge.`,
  offline: {
    preview: ({ ids = [], goneFromDisk }) =>
      goneFromDisk
        ? 'remove from the cartridge every photo whose files are gone from disk'
        : `remove ${ids.length} photo${ids.length === 1 ? '' : 's'} from the cartridge (${ids.join(', ')})`,
    // "delete the photo 3fa9c2d1e0b4": ids said in a sentence are a list; a number is no id.
    slots: {
      ids: (value: unknown) => {
        const ids = String(value)
          .split(/[\s,]+|\band\b/)
          .map((id) => id.trim().toLowerCase())
          .filter(Boolean);
        return ids.length > 0 && ids.every((id) => /^[0-9a-f]{12,64}$/.test(id))
          ? { value: ids }
          : {
              problem: {
                field: 'ids',
                message: `"${String(value)}" is not a photo id (ids are the long hex content ids "list my photos" shows)`,
              },
            };
      },
    },
    samples: { ids: '12' },
    templates: [
      'remove photos that were deleted from disk',
      'remove photos deleted from disk',
      'remove the photos that are gone',
      'remove photos whose files are gone',
      'clean up photos that are gone from disk',
      'forget photos that are gone from disk',
      'delete photos that are no longer on disk',
      'remove missing photos',
    ].map((source) => ({ source, fixed: { goneFromDisk: true } })),
  },
});
