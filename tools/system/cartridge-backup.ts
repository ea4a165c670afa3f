import { z } from 'zod';
import { backupCartridge } from '../../cartridge/backup.js';
import { expandHome, formatBytes } from '../blobs/schemas.js';
import { defineTool } from '../define-tool.js';
import { text } from '../schemas.js';

export const cartridgeBackup = defineTool({
  name: 'cartridge_backup',
  title: 'Back up the cartridge',
  description:
    'Write a consistent copy of the whole cartridge (everything fazt holds) to a new file, safe while fazt keeps working. A folder gets a dated file inside it. Never overwrites an existing file.',
  // external: it writes a file on the host, outside the cartridge (an MCP token needs admin).
  risk: 'external',
  // SQLite's online backup cannot run inside a write transaction of the same connection.
  transactional: false,
  input: z.object({
    path: text(4096, 'path').describe(
      'Where to write the backup: a new file, or a folder, e.g. "~/backups/".',
    ),
  }),
  output: z.object({
    from: z.string().describe('The cartridge that was copied.'),
    path: z.string().describe('The backup file written.'),
    bytes: z.number().int(),
    schemaVersion: z.number().int(),
    replaced: z.boolean(),
    durationMs: z.number(),
  }),
  examples: [
    'back up to {path}',
    'backup to {path}',
    'back up the cartridge to {path}',
    'make a backup in {path}',
    'make a backup to {path}',
    'make a backup of everything to {path}',
    'back up everything to {path}',
    'save a backup to {path}',
    'copy the cartridge to {path}',
  ],
  async run({ path }, { cartridge, caller }) {
    const source = caller.id ? `${caller.kind}:${caller.id}` : caller.kind;
    return backupCartridge(cartridge, expandHome(path), { source });
  },
  describe: ({ path, bytes }) => `Backed up the cartridge to ${path} (${formatBytes(bytes)}).`,
});
