import { cartridgeStatus } from '../../cartridge/status.js';
import { printJson } from '../output.js';
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
    process.stdout.write(`${lines.join('\n')}\n`);
  });
}

/** `fazt backup FILE`. Filled in by the backup/restore work. */
export async function backupCommand(
  _globals: GlobalOptions,
  _file: string,
  _options: { json?: boolean },
): Promise<void> {
  throw new Error('backup is not built yet');
}

/** `fazt restore FILE`. Filled in by the backup/restore work. */
export async function restoreCommand(
  _globals: GlobalOptions,
  _file: string,
  _options: { json?: boolean },
): Promise<void> {
  throw new Error('restore is not built yet');
}
