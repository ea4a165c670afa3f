import { basename } from 'node:path';
import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { text } from '../schemas.js';
import { expandHome, formatBytes } from './schemas.js';

export const blobsImport = defineTool({
  name: 'blobs_import',
  title: 'Import a file',
  description:
    'Copy a file (any size) into the cartridge as a blob, named by the sha256 of its content. Identical content is stored once.',
  // external: it reads any file on the host, outside the cartridge (an MCP token needs admin).
  risk: 'external',
  // Streams the file in 1 MiB steps, each its own small transaction; the blob becomes visible in
  // the last one. A crash leaves only an invisible staging row, swept on the next open.
  transactional: false,
  input: z.object({
    path: text(4096, 'path').describe('The file to import, e.g. "~/Documents/passport.pdf".'),
  }),
  output: z.object({
    sha256: z.string().describe('The blob id: the hex sha256 of the content.'),
    size: z.number().int().describe('Bytes.'),
    existed: z.boolean().describe('The same content was already stored.'),
  }),
  examples: ['import the file {path}', 'import {path}', 'store the file {path}', 'save the file {path}'],
  async run({ path }, { cartridge, emit, signal }) {
    return cartridge.blobs.importFile(expandHome(path), {
      signal,
      onStored: (result) => emit('blob.stored', result),
    });
  },
  describe: ({ sha256, size, existed }, { path }) =>
    `${existed ? 'Already stored' : 'Stored'} ${basename(path)} (${formatBytes(size)}) as blob ${sha256}.`,
  offline: { samples: { path: '~/Documents/passport.pdf' } },
});
