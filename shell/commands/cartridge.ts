import { openCartridge } from '../../cartridge/open.js';
import { resolveCartridgePath } from '../../cartridge/paths.js';
import { cartridgeStatus } from '../../cartridge/status.js';
import { formatBytes } from '../../tools/blobs/schemas.js';
import { printJson, printText } from '../output.js';
import { type GlobalOptions, withRuntime } from '../runtime.js';

/** `fazt status [--json]`. */
export async function statusCommand(globals: GlobalOptions, options: { json?: boolean }): Promise<void> {
  await withRuntime(globals, ({ cartridge }) => {
    const status = cartridgeStatus(cartridge);
    if (options.json) {
      printJson(status);
      return;
    }
    const lines = [
      `cartridge      ${status.path}`,
      `size           ${(status.sizeBytes / 1024).toFixed(1)} KiB`,
      `schema         v${status.schemaVersion}`,
      ...Object.entries(status.counts).map(([store, count]) => `${store.padEnd(14)} ${count}`),
    ];
    printText(`${lines.join('\n')}\n`);
  });
}

/** `fazt backup FILE`: a consistent copy, safe while other fazt processes write. */
export async function backupCommand(
  globals: GlobalOptions,
  file: string,
  options: { json?: boolean },
): Promise<void> {
  const { backupCartridge } = await import('../../cartridge/backup.js');
  const cartridge = openCartridge(resolveCartridgePath(globals.cartridge), { mustExist: true });
  try {
    const result = await backupCartridge(cartridge, file, { overwrite: true, source: 'person:cli' });
    if (options.json) {
      printJson(result);
      return;
    }
    printText(
      `Backed up ${result.from} to ${result.path} (${formatBytes(result.bytes)}, schema v${result.schemaVersion}, ${(result.durationMs / 1000).toFixed(1)} s)${result.replaced ? ', replacing the earlier backup there' : ''}. Restore it with \`fazt restore ${result.path}\`.\n`,
    );
  } finally {
    cartridge.close();
  }
}

/** `fazt restore FILE`: checks the backup, keeps the current cartridge aside, puts the backup in place. */
export async function restoreCommand(
  globals: GlobalOptions,
  file: string,
  options: { json?: boolean },
): Promise<void> {
  const { restoreCartridge } = await import('../../cartridge/restore.js');
  const result = await restoreCartridge(file, resolveCartridgePath(globals.cartridge), {
    source: 'person:cli',
  });
  if (options.json) {
    printJson(result);
    return;
  }
  const kept = result.keptAs
    ? ` The cartridge it replaced is kept at ${result.keptAs}; delete it once you no longer need it.`
    : '';
  printText(`Restored ${result.path} from ${result.from} (schema v${result.schemaVersion}).${kept}\n`);
}
