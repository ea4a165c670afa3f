import { defineCapability } from '../capability.js';
import { cartridgeBackup } from './cartridge-backup.js';
import { systemStatus } from './status.js';

/** The cartridge as a whole: its status and backups (`cartridge.backed_up` is a shared event). */
export const systemCapability = defineCapability({
  id: 'system',
  title: 'System',
  source: 'builtin',
  tools: [systemStatus, cartridgeBackup],
  resources: [
    {
      uri: 'fazt://status',
      name: 'status',
      title: 'Cartridge status',
      description: 'Where the cartridge is, its size, schema version and how many items each store holds.',
      mimeType: 'application/json',
      tool: systemStatus.name,
      input: () => ({}),
    },
  ],
  instructions: 'system_status says what the cartridge holds; cartridge_backup copies it to a file.',
});
