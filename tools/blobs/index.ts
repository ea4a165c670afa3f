import { z } from 'zod';
import { defineCapability } from '../capability.js';
import { blobsImport } from './import.js';
import { blobsInfo } from './info.js';

/** Files of any size, stored once by the sha256 of their content (the blob store is shared). */
export const blobsCapability = defineCapability({
  id: 'blobs',
  title: 'Blobs',
  source: 'builtin',
  tools: [blobsImport, blobsInfo],
  events: {
    'blob.stored': z.object({ sha256: z.string(), size: z.number().int(), existed: z.boolean() }),
  },
  instructions: 'Files are imported with blobs_import (by host path) and described with blobs_info.',
});
