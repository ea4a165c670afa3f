import { defineCapability } from '../capability.js';
import { mountGallery } from './app/mount.js';
import { photosEvents } from './events.js';
import { photosImport } from './import-photos.js';
import { photosAlbums } from './list-albums.js';
import { photosList } from './list-photos.js';
import { photosMigrations } from './migrations.js';
import { photosSummary } from './photos-summary.js';
import { photosRemove } from './remove-photos.js';

/** Photos: import folders, albums by folder and month, and the private gallery app. */
export const photosCapability = defineCapability({
  id: 'photos',
  title: 'Photos',
  source: 'builtin',
  tools: [photosImport, photosSummary, photosList, photosAlbums, photosRemove],
  migrations: photosMigrations,
  events: photosEvents,
  apps: [
    {
      name: 'photos',
      title: 'Photos',
      description: 'Your photo gallery: albums by folder and month, thumbnails, a lightbox with zoom.',
      mount: mountGallery,
    },
  ],
  instructions:
    'Photos are imported from a host folder with photos_import (re-running it adds only new photos). photos_list pages through them; photos_albums lists folder and month albums. The gallery app "photos" shows them.',
});
