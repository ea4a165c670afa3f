import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { printable } from './import-photos.js';
import { album } from './schemas.js';
import { createPhotosStore } from './store.js';

export const photosAlbums = defineTool({
  name: 'photos_albums',
  title: 'List photo albums',
  description:
    'List photo albums: one per imported folder (named by its path inside the imported folder) and one per month taken, with photo counts.',
  risk: 'read',
  input: z.object({}),
  output: z.object({ albums: z.array(album), photos: z.number().int() }),
  examples: [
    'show my photo albums',
    'list my albums',
    'what albums do I have',
    'photo albums',
    'list photo albums',
  ],
  run(_input, { cartridge }) {
    const store = createPhotosStore(cartridge);
    return { albums: store.albums(), photos: store.count() };
  },
  describe: ({ albums, photos }) => {
    if (albums.length === 0)
      return 'You have no photo albums yet. Import a folder: "import my photos from ~/Pictures".';
    const folders = albums.filter((item) => item.kind === 'folder');
    const months = albums.filter((item) => item.kind === 'month');
    const line = (item: (typeof albums)[number]) => `  ${printable(item.title)} (${item.count}) [${item.id}]`;
    return [
      `${photos} photo${photos === 1 ? '' : 's'} in ${folders.length} folder album${folders.length === 1 ? '' : 's'} and ${months.length} month${months.length === 1 ? '' : 's'}.`,
      ...(folders.length ? ['Folders:', ...folders.map(line)] : []),
      ...(months.length ? ['Months:', ...months.map(line)] : []),
    ].join('\n');
  },
});
