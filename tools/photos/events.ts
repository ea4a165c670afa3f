import { z } from 'zod';

const counts = z.object({
  added: z.number().int(),
  existing: z.number().int(),
  skipped: z.number().int(),
  removed: z.number().int(),
});

/** Event types the photos capability emits (never a host path or a file name in them). */
export const photosEvents = {
  'photos.imported': counts,
  'photos.removed': z.object({ photos: z.number().int(), ids: z.array(z.string()) }),
} as const;
