import { FaztError } from '../../cartridge/errors.js';
import { openCartridge } from '../../cartridge/open.js';
import { resolveCartridgePath } from '../../cartridge/paths.js';
import { cartridgeStatus, missingStatus } from '../../cartridge/status.js';
import { formatBytes } from '../../tools/blobs/schemas.js';
import { printJson, printText } from '../output.js';
import { type GlobalOptions, withRuntime } from '../runtime.js';

/**
 * `fazt status [--json]`. Only reads: when there is no cartridge yet it says so (exit 0; JSON
 * `{path, exists: false, …}`, every count 0) and creates neither the file nor its folders.
 */
export async function statusCommand(globals: GlobalOptions, options: { json?: boolean }): Promise<void> {
  try {
    await withRuntime(globals, ({ cartridge }) => showStatus(cartridgeStatus(cartridge), options), {
      readOnly: true,
    });
  } catch (error) {
    if (!FaztError.isInstance(error) || error.code !== 'cartridge_missing') throw error;
    const path = resolveCartridgePath(globals.cartridge);
    if (options.json) {
      const { path: _, ...empty } = missingStatus(path);
      printJson({ path, exists: false, ...empty });
      return;
    }
    printText(`${error.message}\n`);
  }
}

/** The status of an existing cartridge, as JSON (`exists: true`) or one line per figure. */
function showStatus(status: ReturnType<typeof cartridgeStatus>, options: { json?: boolean }): void {
  if (options.json) {
    const { path, ...rest } = status;
    printJson({ path, exists: true, ...rest });
    return;
  }
  const lines = [
    `cartridge      ${status.path}`,
    `size           ${(status.sizeBytes / 1024).toFixed(1)} KiB`,
    `schema         v${status.schemaVersion}`,
    ...Object.entries(status.counts).map(([store, count]) => `${store.padEnd(14)} ${count}`),
  ];
  printText(`${lines.join('\n')}\n`);
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
