import { UsageError } from '../../cartridge/errors.js';
import type { Cartridge } from '../../cartridge/open.js';
import { kindOf } from '../../tools/knowledge/extract.js';
import { onLearnProgress } from '../../tools/knowledge/ingest.js';
import { fileType } from '../../tools/knowledge/schemas.js';
import { EXIT, printToolResult } from '../output.js';
import { type GlobalOptions, withRuntime } from '../runtime.js';

interface LearnOptions {
  collection?: string;
  embedder?: string;
  json?: boolean;
  yes?: boolean;
  progress?: boolean;
  includeSecrets?: boolean;
}

/** "1.5 MB/s", from bytes and milliseconds. */
const rate = (bytes: number, ms: number) => `${(bytes / 1e6 / Math.max(ms / 1000, 0.001)).toFixed(1)} MB/s`;

/**
 * `fazt learn <path…>`: runs knowledge_learn, with a one-line progress display on stderr when it
 * is a terminal (files, chunks, MB/s; embedding progress when vectors are being made; the learned
 * (LSA) signal's progress at the end).
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
            progress.phase === 'waiting'
              ? `another learn (process ${progress.pid}) is fitting the learned search signal; waiting for it…`
              : progress.phase === 'embedding'
                ? `embedding ${progress.done}/${progress.total} chunk${progress.total === 1 ? '' : 's'}`
                : progress.phase === 'signal'
                  ? `learned search signal: ${progress.done}/${progress.total} chunk${progress.total === 1 ? '' : 's'}`
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
          ...(options.includeSecrets ? { includeSecrets: true } : {}),
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

/**
 * Extensions that stand for their whole file type: "md" is Markdown, "htm" HTML. The types text
 * and code hold many formats (csv, txt, log; py, js), so their extensions name only themselves.
 */
const WHOLE_TYPE = new Set(['markdown', 'html', 'pdf']);

/**
 * Formats fazt does not read, by extension: asked for with --type, the answer says so (S14
 * MEDIUM 10), instead of calling the extension unknown.
 */
const UNREADABLE: ReadonlyMap<string, string> = new Map(
  Object.entries({
    'Word documents': 'doc docx',
    spreadsheets: 'xls xlsx ods numbers',
    presentations: 'ppt pptx odp key',
    'OpenDocument text': 'odt',
    'Pages documents': 'pages',
    'e-books': 'epub mobi',
    images: 'jpg jpeg png gif webp heic tif tiff bmp',
    'audio or video': 'mp3 m4a wav mp4 mov mkv',
    archives: 'zip tar gz tgz 7z rar',
  }).flatMap(([kind, extensions]) => extensions.split(' ').map((extension) => [extension, kind] as const)),
);

/**
 * A --type word as a knowledge filter: a type's own name ("markdown", "pdf") or an extension
 * standing for one ("md", "htm"); another learnable extension ("csv", ".txt", "py") as itself,
 * and so is any extension of a learned file (`learned`, lowercase without the dot: "vcf", read
 * as text when its bytes are); `{ unreadable }` for a format fazt does not read ("docx");
 * undefined for anything else.
 */
export function typeNamed(
  word: string,
  learned: ReadonlySet<string> = new Set(),
):
  | { type: (typeof fileType.options)[number] }
  | { extension: string }
  | { unreadable: string; kind: string }
  | undefined {
  const lower = word.toLowerCase();
  const own = fileType.options.find((type) => type === lower);
  if (own) return { type: own };
  const extension = lower.replace(/^\./, '');
  // An extension is letters and digits ("v/cf" names no file's ending), as the tools require.
  const type = /^[\p{L}\p{N}]{1,16}$/u.test(extension) ? kindOf(`file.${extension}`)?.type : undefined;
  if (type === undefined) {
    const kind = UNREADABLE.get(extension);
    if (kind !== undefined) return { unreadable: extension, kind };
    return /^[\p{L}\p{N}]{1,16}$/u.test(extension) && learned.has(extension) ? { extension } : undefined;
  }
  return WHOLE_TYPE.has(type) ? { type } : { extension };
}

/** The extensions of the learned files (lowercase, no dot); empty when nothing is learned yet. */
function learnedExtensions(cartridge: Cartridge): Set<string> {
  try {
    const rows = cartridge.db
      .prepare(
        "SELECT DISTINCT lower(substr(path, length(rtrim(path, replace(path, '.', ''))) + 1)) AS extension FROM knowledge_files WHERE path LIKE '%.%'",
      )
      .all() as { extension: string }[];
    return new Set(rows.map((row) => row.extension).filter((extension) => !/[\\/]/.test(extension)));
  } catch {
    // No knowledge tables yet: nothing is learned.
    return new Set();
  }
}

/** The --type words read by typeNamed as the tools' `types` and `extensions` filters. */
function typeFilters(named: readonly ReturnType<typeof typeNamed>[]) {
  const types = [...new Set(named.flatMap((n) => (n && 'type' in n ? [n.type] : [])))];
  const extensions = [...new Set(named.flatMap((n) => (n && 'extension' in n ? [n.extension] : [])))];
  return {
    ...(types.length ? { types } : {}),
    ...(extensions.length ? { extensions } : {}),
  };
}

/** "2026-02-28" is a calendar date; "2026-13-45" and "2026-02-30" are not. */
function isCalendarDate(value: string): boolean {
  const time = Date.parse(`${value}T00:00:00Z`);
  return (
    /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(time) && new Date(time).toISOString().startsWith(value)
  );
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
    async ({ cartridge, executor, caller }) => {
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
        .map((value) => value.trim())
        .filter(Boolean)
        .map((value) => value);
      const learned = types?.length ? learnedExtensions(cartridge) : new Set<string>();
      const namedTypes = types?.map((value) => ({ value, named: typeNamed(value, learned) }));
      const unreadable =
        namedTypes?.flatMap(({ named }) => (named && 'unreadable' in named ? [named] : [])) ?? [];
      if (unreadable.length) {
        const { unreadable: extension, kind } = unreadable[0] as { unreadable: string; kind: string };
        throw new UsageError(
          `fazt does not read .${extension} files (${kind}), so none is learned to filter by --type ${extension}. It reads Markdown, plain text, HTML, PDF and source code: save the file as PDF or text and \`fazt learn\` it, or leave --type ${extension} out.`,
        );
      }
      const unknown = namedTypes?.filter(({ named }) => named === undefined) ?? [];
      if (unknown.length) {
        throw new UsageError(
          `Unknown file type ${unknown.map(({ value }) => `"${value}"`).join(', ')} for --type. Use one or more of: ${fileType.options.join(', ')}, or the extension of a learned file such as md, txt, htm, py${learned.size ? ` (learned here: ${[...learned].sort().slice(0, 12).join(', ')})` : ''} (e.g. --type pdf,md).`,
        );
      }
      for (const [flag, value] of [
        ['--since', options.since],
        ['--until', options.until],
      ] as const) {
        if (value !== undefined && !isCalendarDate(value))
          throw new UsageError(
            `${flag} takes a calendar date as YYYY-MM-DD, e.g. ${flag} 2026-01-31; "${value}" is not one.`,
          );
      }
      if (options.since !== undefined && options.until !== undefined && options.since > options.until) {
        throw new UsageError(
          `--since ${options.since} is after --until ${options.until}, so no file could match. Swap them, or drop one.`,
        );
      }
      for (const [flag, value] of [
        ['--limit', options.limit],
        ['--offset', options.offset],
      ] as const) {
        const least = flag === '--limit' ? 1 : 0;
        if (value !== undefined && !(/^\d+$/.test(value) && Number(value) >= least))
          throw new UsageError(
            `${flag} takes a whole number${least ? ' of 1 or more' : ''}, e.g. ${flag} ${least ? 5 : 10}; "${value}" is not one.`,
          );
      }
      // The tool's own ceiling, said as the other bad limits are: search 100, list 10,000.
      const most = action === 'list' ? 10_000 : 100;
      if (options.limit !== undefined && Number(options.limit) > most)
        throw new UsageError(
          `--limit is at most ${most.toLocaleString('en')} for \`fazt knowledge ${action}\`; "${options.limit}" is more. ${action === 'list' ? `Use --offset to see further, e.g. --limit ${most} --offset ${most}.` : 'Narrow it with --path or --type to see other passages.'}`,
        );
      if ((action === 'search' || action === 'ask') && text.trim() === '') {
        throw new UsageError(
          action === 'search'
            ? 'Say what to search for, e.g. `fazt knowledge search notice period`.'
            : 'Ask a question, e.g. `fazt knowledge ask "what is the notice period?"`.',
        );
      }
      if (options.path !== undefined && options.path.trim() === '') {
        throw new UsageError(
          '--path was given an empty path. Give a learned file or folder (e.g. --path ~/Documents/recipes), or leave --path out to use every document.',
        );
      }
      const filters = {
        ...(options.path ? { pathPrefix: options.path } : {}),
        ...typeFilters(namedTypes?.map(({ named }) => named) ?? []),
        ...(options.since ? { modifiedAfter: options.since } : {}),
        ...(options.until ? { modifiedBefore: options.until } : {}),
      };
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
                ...filters,
              }
            : action === 'ask'
              ? { question: text, ...collection, ...filters }
              : { ...(text ? { path: text } : {}), ...(options.all ? { all: true } : {}), ...collection };
      const result = await executor.execute(`knowledge_${action}`, input, {
        caller,
        approved: options.yes === true,
      });
      process.exitCode = printToolResult(result, options.json === true);
      // A question back ("what is the?" has nothing to look for) waits for the person: exit 3,
      // as `fazt ask` ends needs_input.
      if (result.ok && (result.output as { asksBack?: boolean }).asksBack === true)
        process.exitCode = EXIT.approval;
    },
    { readOnly: action !== 'forget' },
  );
}
