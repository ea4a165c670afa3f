import type { BackupResult } from '../../cartridge/backup.js';
import { FaztError } from '../../cartridge/errors.js';
import { resolveCartridgePath } from '../../cartridge/paths.js';
import { cartridgeStatus, missingStatus } from '../../cartridge/status.js';
import { formatBytes } from '../../tools/blobs/schemas.js';
import { printJson, printText, printToolResult } from '../output.js';
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

/**
 * `fazt backup FILE [--replace] [--json]`: a consistent copy, safe while other fazt processes
 * write. A thin caller of `cartridge_backup`, whose rule decides: an existing file is a clash
 * (exit 2) unless `--replace` says to replace it (then only an SQLite file is replaced).
 */
export async function backupCommand(
  globals: GlobalOptions,
  file: string,
  options: { json?: boolean; replace?: boolean },
): Promise<void> {
  const replace = Boolean(options.replace);
  await withRuntime(
    globals,
    async ({ executor, caller }) => {
      const result = await executor.execute(
        'cartridge_backup',
        { path: file, ...(replace ? { replace } : {}) },
        // `--replace` is the person's consent to replace the file there.
        { caller, approved: replace },
      );
      process.exitCode = printToolResult(result, Boolean(options.json), (output) => {
        const done = output as BackupResult;
        return `Backed up ${done.from} to ${done.path} (${formatBytes(done.bytes)}, schema v${done.schemaVersion}, ${(done.durationMs / 1000).toFixed(1)} s)${done.replaced ? ', replacing the file that was there' : ''}. Restore it with \`fazt restore ${done.path}\`.`;
      });
    },
    { readOnly: true },
  );
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
