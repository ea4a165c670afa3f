import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { createPhotosStore } from './store.js';

export const photosSummary = defineTool({
  name: 'photos_summary',
  title: 'Photo library summary',
  description:
    'How many photos there are, their size, how many albums (folders, months), the oldest and newest, and how many files imports saw that are gone from disk.',
  risk: 'read',
  input: z.object({}),
  output: z.object({
    photos: z.number().int(),
    bytes: z.number().int().describe('Bytes of the originals.'),
    folderAlbums: z.number().int(),
    monthAlbums: z.number().int(),
    files: z.number().int().describe('Host files imports have seen (a duplicate counts twice).'),
    removedFiles: z.number().int().describe('Files gone from their folder since an import saw them.'),
    goneFromDisk: z.number().int().describe('Photos none of whose files is on disk any more (kept here).'),
    withExifDate: z.number().int().describe('Photos dated by EXIF DateTimeOriginal; the rest by file time.'),
    oldest: z.string().nullable(),
    newest: z.string().nullable(),
  }),
  examples: [
    'how many photos do I have',
    'how many pictures do I have',
    'photo library summary',
    'how big is my photo library',
    'photos summary',
  ],
  run(_input, { cartridge }) {
    const store = createPhotosStore(cartridge);
    const summary = store.summary();
    const albums = store.albums();
    const months = albums.filter((album) => album.kind === 'month');
    return {
      ...summary,
      folderAlbums: albums.length - months.length,
      monthAlbums: months.length,
      oldest: months.at(-1)?.oldest ?? null,
      newest: months[0]?.newest ?? null,
    };
  },
  describe: (summary) => {
    if (summary.photos === 0) {
      return 'You have no photos yet. Import a folder: fazt photos import ~/Pictures (or ask "import my photos from ~/Pictures").';
    }
    const mib = (summary.bytes / 1048576).toFixed(1);
    const lines = [
      `You have ${summary.photos} photo${summary.photos === 1 ? '' : 's'} (${mib} MiB) in ${summary.folderAlbums} folder album${summary.folderAlbums === 1 ? '' : 's'} and ${summary.monthAlbums} month${summary.monthAlbums === 1 ? '' : 's'}, taken ${summary.oldest?.slice(0, 10)} to ${summary.newest?.slice(0, 10)}.`,
    ];
    if (summary.goneFromDisk > 0) {
      lines.push(
        `${summary.goneFromDisk} of them are no longer on disk (kept in the cartridge; photos_remove with goneFromDisk removes them).`,
      );
    }
    return lines.join('\n');
  },
  offline: {
    templates: [
      'how many photos have I got',
      'how many pictures have I got',
      'how many photos are there',
      'how many photos are in my library',
      'how big is my photo collection',
    ].map((source) => ({ source })),
  },
});
