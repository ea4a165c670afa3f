import { z } from 'zod';
import { blobInfo } from '../../cartridge/blobs.js';
import { defineTool } from '../define-tool.js';
import { formatBytes, sha256 } from './schemas.js';

export const blobsInfo = defineTool({
  name: 'blobs_info',
  title: 'Describe a blob',
  description:
    'Tell whether a blob (a stored file) with this sha256 is in the cartridge, and its size and when it was stored.',
  risk: 'read',
  input: z.object({ sha256 }),
  output: z.object({ found: z.boolean(), blob: blobInfo.nullable() }),
  examples: ['blob {sha256}', 'show blob {sha256}', 'do I have blob {sha256}'],
  run({ sha256: id }, { cartridge }) {
    const blob = cartridge.blobs.stat(id) ?? null;
    return { found: blob !== null, blob };
  },
  describe: ({ blob }, { sha256: id }) =>
    blob
      ? `Blob ${blob.sha256}: ${formatBytes(blob.size)}, stored ${new Date(blob.createdAt).toISOString()}.`
      : `There is no blob ${id} in this cartridge.`,
  offline: { samples: { sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' } },
});
