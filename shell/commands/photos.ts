import { onImportProgress } from '../../tools/photos/progress.js';
import { printToolResult } from '../output.js';
import { type GlobalOptions, withRuntime } from '../runtime.js';

/** `fazt photos [--json]`: the library in one paragraph (photos_summary). */
export async function photosSummaryCommand(
  globals: GlobalOptions,
  options: { json?: boolean },
): Promise<void> {
  await withRuntime(
    globals,
    async ({ executor, caller }) => {
      const result = await executor.execute('photos_summary', {}, { caller });
      process.exitCode = printToolResult(result, options.json ?? false);
    },
    { readOnly: true },
  );
}

/**
 * `fazt photos import <folder> [--json]`: runs photos_import through the executor like every
 * surface; on a terminal, stderr shows one progress line that rewrites itself.
 */
export async function photosImportCommand(
  globals: GlobalOptions,
  folder: string,
  options: { json?: boolean },
): Promise<void> {
  await withRuntime(globals, async ({ executor, caller }) => {
    const tty = process.stderr.isTTY === true;
    let last = 0;
    const stop = onImportProgress((progress) => {
      const now = Date.now();
      if (!tty || (now - last < 100 && progress.done < progress.total)) return;
      last = now;
      const parts = [
        `${progress.added} new`,
        `${progress.existing} already there`,
        `${progress.skipped} skipped`,
      ];
      process.stderr.write(`\r\u001b[Kimporting ${progress.done}/${progress.total} · ${parts.join(' · ')}`);
    });
    const controller = new AbortController();
    const abort = () => controller.abort();
    process.once('SIGINT', abort);
    try {
      const result = await executor.execute(
        'photos_import',
        { folder },
        { caller, signal: controller.signal },
      );
      if (tty) process.stderr.write('\r\u001b[K');
      process.exitCode = printToolResult(result, options.json ?? false);
      if (!result.ok && result.error.code === 'aborted') {
        // Each photo is committed on its own: what was done before Ctrl-C is kept.
        process.stderr.write(
          'fazt: the photos imported before the stop are kept; run the same command again to finish.\n',
        );
      }
    } finally {
      stop();
      process.off('SIGINT', abort);
    }
  });
}
