import { z } from 'zod';
import { UsageError } from '../../cartridge/errors.js';
import { defineTool } from '../define-tool.js';
import { limit } from '../schemas.js';
import { ownerPhoto, toOwnerPhoto } from './schemas.js';
import { createPhotosStore } from './store.js';

export const photosList = defineTool({
  name: 'photos_list',
  title: 'List photos',
  description:
    'List imported photos, newest taken first, one page at a time, optionally in one album (see photos_albums). Also says how many photos there are.',
  risk: 'read',
  input: z.object({
    album: z
      .string()
      .max(100)
      .optional()
      .describe('An album id from photos_albums (f-… folder, m-YYYY-MM month); all photos when left out.'),
    cursor: z.string().max(400).optional().describe('nextCursor of the previous page.'),
    limit: limit(50, 500),
  }),
  output: z.object({
    photos: z.array(ownerPhoto),
    total: z.number().int().describe('Photos in the album (or in all).'),
    nextCursor: z.string().nullable(),
  }),
  examples: [
    'list my photos',
    'show my photos',
    'what photos do I have',
    'list my pictures',
    'show the photos in album {album}',
  ],
  run({ album, cursor, limit: count }, { cartridge }) {
    const page = createPhotosStore(cartridge).list({ album, cursor, limit: count });
    if (!page) {
      throw new UsageError(`There is no album "${album}". Say "list my photo albums" to see their ids.`, {
        code: 'photos_album_missing',
      });
    }
    return { photos: page.photos.map(toOwnerPhoto), total: page.total, nextCursor: page.nextCursor };
  },
  describe: ({ photos, total, nextCursor }) => {
    if (total === 0) return 'You have no photos yet. Import a folder: "import my photos from ~/Pictures".';
    const lines = [`You have ${total} photo${total === 1 ? '' : 's'}.`];
    for (const photo of photos.slice(0, 20)) {
      lines.push(
        `  ${photo.takenAt}${photo.takenAtSource === 'file' ? ' (file time)' : ''}  ${photo.width}×${photo.height}${photo.camera ? `  ${photo.camera}` : ''}  ${photo.id.slice(0, 12)}`,
      );
    }
    if (photos.length > 20 || nextCursor) lines.push('  …');
    return lines.join('\n');
  },
  offline: {
    templates: [
      'show me photos from the {album} album',
      'show me the photos in the {album} album',
      'show the photos from album {album}',
      'show me my pictures',
      'show me my photos',
    ].map((source) => ({ source })),
  },
});
