import { UsageError } from '../../cartridge/errors.js';
import { onLearnProgress } from '../../tools/knowledge/ingest.js';
import { fileType } from '../../tools/knowledge/schemas.js';
import { printToolResult } from '../output.js';
import { type GlobalOptions, withRuntime } from '../runtime.js';

interface LearnOptions {
  collection?: string;
  embedder?: string;
  json?: boolean;
  yes?: boolean;
  progress?: boolean;
}

/** "1.5 MB/s", from bytes and milliseconds. */
const rate = (bytes: number, ms: number) => `${(bytes / 1e6 / Math.max(ms / 1000, 0.001)).toFixed(1)} MB/s`;

/**
 * `fazt learn <path…>`: runs knowledge_learn, with a one-line progress display on stderr when it
 * is a terminal (files, chunks, MB/s; embedding progress when vectors are being made).
 */
export async function learnCommand(
  globals: GlobalOptions,
  paths: string[],
  options: LearnOptions,
): Promise<void> {
  await withRuntime(globals, async ({ executor, caller }) => {
    const live = options.progress ?? (process.stderr.isTTY === true && !options.json);
    let last = 0;
    let shown = false;
    const stop = live
      ? onLearnProgress((progress) => {
          const now = performance.now();
          if (now - last < 100 && progress.done !== progress.total) return;
          last = now;
          shown = true;
          const line =
            progress.phase === 'embedding'
              ? `embedding ${progress.done}/${progress.total} chunk${progress.total === 1 ? '' : 's'}`
              : progress.phase === 'scanning'
                ? 'scanning…'
                : // Files looked at (binaries and other skipped ones included), not files learned.
                  `looked at ${progress.done}/${progress.total} file${progress.total === 1 ? '' : 's'} · ${progress.chunks} chunk${progress.chunks === 1 ? '' : 's'} · ${rate(progress.bytes, progress.elapsedMs)}`;
          process.stderr.write(`\r\u001b[2K${line}`);
        })
      : () => undefined;
    try {
      const result = await executor.execute(
        'knowledge_learn',
        {
          paths,
          ...(options.collection ? { collection: options.collection } : {}),
          ...(options.embedder ? { embedder: options.embedder } : {}),
        },
        { caller, approved: options.yes === true },
      );
      if (shown) process.stderr.write('\r\u001b[2K');
      process.exitCode = printToolResult(result, options.json === true);
    } finally {
      stop();
    }
  });
}

/** `fazt knowledge <list|search|ask|forget>`: the knowledge tools with positional arguments. */
export async function knowledgeCommand(
  globals: GlobalOptions,
  action: 'list' | 'search' | 'ask' | 'forget',
  words: string[],
  options: {
    collection?: string;
    json?: boolean;
    yes?: boolean;
    limit?: string;
    offset?: string;
    all?: boolean;
    path?: string;
    type?: string[];
    since?: string;
    until?: string;
  },
): Promise<void> {
  await withRuntime(
    globals,
    async ({ executor, caller }) => {
      const collection = options.collection ? { collection: options.collection } : {};
      const text = words.join(' ');
      if (action === 'forget' && text === '' && options.all !== true) {
        throw new UsageError(
          'Say what to forget: a learned file or folder (`fazt knowledge forget ~/Documents/old --yes`) or --all for every learned document (`fazt knowledge forget --all --yes`). `fazt knowledge list` shows what is learned.',
        );
      }
      if (action === 'forget' && text !== '' && options.all === true) {
        throw new UsageError(
          `Give either a path to forget ("${text}") or --all, not both: \`fazt knowledge forget <path> --yes\` forgets that file or folder, \`fazt knowledge forget --all --yes\` everything.`,
        );
      }
      const types = options.type
        ?.flatMap((value) => value.split(','))
        .map((value) => value.trim().toLowerCase())
        .filter(Boolean);
      const known: readonly string[] = fileType.options;
      const unknown = types?.filter((type) => !known.includes(type)) ?? [];
      if (unknown.length) {
        throw new UsageError(
          `Unknown file type ${unknown.map((type) => `"${type}"`).join(', ')} for --type. Use one or more of: ${known.join(', ')} (e.g. --type pdf,markdown).`,
        );
      }
      for (const [flag, value] of [
        ['--since', options.since],
        ['--until', options.until],
      ] as const) {
        if (value !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(value))
          throw new UsageError(
            `${flag} takes a date as YYYY-MM-DD, e.g. ${flag} 2026-01-31; "${value}" is not one.`,
          );
      }
      const input =
        action === 'list'
          ? {
              ...collection,
              ...(text ? { pathPrefix: text } : {}),
              ...(options.limit ? { limit: Number(options.limit) } : {}),
              ...(options.offset ? { offset: Number(options.offset) } : {}),
            }
          : action === 'search'
            ? {
                query: text,
                ...collection,
                ...(options.limit ? { limit: Number(options.limit) } : {}),
                ...(options.path ? { pathPrefix: options.path } : {}),
                ...(types?.length ? { types: [...new Set(types)] } : {}),
                ...(options.since ? { modifiedAfter: options.since } : {}),
                ...(options.until ? { modifiedBefore: options.until } : {}),
              }
            : action === 'ask'
              ? { question: text, ...collection }
              : { ...(text ? { path: text } : {}), ...(options.all ? { all: true } : {}), ...collection };
      const result = await executor.execute(`knowledge_${action}`, input, {
        caller,
        approved: options.yes === true,
      });
      process.exitCode = printToolResult(result, options.json === true);
    },
    { readOnly: action !== 'forget' },
  );
}
