import { realpathSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, relative, sep } from 'node:path';
import { z } from 'zod';
import type { Caller } from '../../cartridge/audit.js';
import { resolveUserPath } from '../../cartridge/paths.js';
import { defineTool } from '../define-tool.js';
import { toolRefusal } from '../executor.js';
import { text } from '../schemas.js';
import { learn } from './ingest.js';
import { collectionName, oneLine } from './schemas.js';
import { shellPath } from './stale.js';

const count = z.number().int();

/** The summary of one learn run (knowledge_learn's output). */
const learnSummary = z.object({
  collection: z.string(),
  embedder: z.string(),
  new: count,
  changed: count,
  unchanged: count,
  removed: count,
  skipped: count,
  skippedReasons: z.record(z.string(), count),
  skippedFiles: z.array(
    z.object({
      path: z.string(),
      reason: z.string(),
      detail: z
        .string()
        .optional()
        .describe(
          'For a damaged PDF: what the PDF reader said; for secrets: what it looks like it holds and where ("looks like it holds passwords (line 3)").',
        ),
    }),
  ),
  removedFiles: z
    .array(z.object({ path: z.string(), reason: z.string() }))
    .describe('Learned files removed: gone, or no longer learnable (binary, unreadable, empty…).'),
  withheldLines: z
    .array(z.object({ path: z.string(), lines: z.array(count), kinds: z.array(z.string()) }))
    .optional()
    .describe(
      'Files learned without the lines that look like they hold secrets (passwords, PINs, door codes, API keys, card numbers): those file lines and what they look like they hold; never their text. includeSecrets learns them too.',
    ),
  encodings: z.record(z.string(), count).describe('Files read in another encoding than UTF-8.'),
  chunks: count.describe('Chunks written in this run.'),
  interrupted: z
    .array(z.object({ paths: z.array(z.string()), startedAt: z.number().int() }))
    .describe(
      'Earlier learns of these paths that stopped before they finished (killed) and that this learn finished: absolute paths, start in ms since the epoch.',
    ),
  waited: z
    .object({ pid: count, seconds: z.number() })
    .optional()
    .describe(
      'Another learn (its process) that was fitting the learned search signal, and the seconds this learn waited for it instead of fitting a second one.',
    ),
  bytes: count.describe('Bytes read.'),
  reembedded: count,
  warnings: z.array(z.string()).describe('What went wrong without failing the learn.'),
  seconds: z.number(),
});

/** What `fazt learn` / knowledge_learn reports: the tool's output. */
export type LearnSummary = z.infer<typeof learnSummary>;

/**
 * "learn the pdfs in ~/Documents/contracts": learning has no type filter, so it reads every
 * document there and says so; searches can keep to one type.
 */
const learnKinds = [
  'pdfs',
  'pdf files',
  'pdf documents',
  'markdown files',
  'text files',
  'html files',
].flatMap((kind) =>
  ['learn the', 'learn my', 'learn all the', 'learn all my', 'index the', 'index my'].map((verb) => ({
    source: `${verb} ${kind} in {paths}`,
    say: `I learned every document I can read there, not only the ${kind}: learning has no type filter. To keep to them when searching, say "search my ${kind} for …".`,
  })),
);

export const knowledgeLearn = defineTool({
  name: 'knowledge_learn',
  title: 'Learn documents',
  description:
    'Read files and folders (Markdown, text, HTML, PDF, source code; recursively, skipping hidden and .gitignored paths and binaries) so their content can be searched and asked about. Incremental: unchanged files are skipped, changed ones re-read, deleted ones forgotten. Lines that look like they hold secrets (pairing a password, PIN, door code, API key or token with its value; a card number; a private key block) are withheld and the rest of the file learned; a file whose name says it holds secrets (passwords.txt, id_rsa, .env) is skipped with the reason "secrets". includeSecrets learns them too.',
  // external: it reads files on the host, outside the cartridge.
  risk: 'external',
  // Commits each file in its own transaction: a kill keeps what was learned, the next run resumes.
  transactional: false,
  input: z.object({
    // One path alone is taken as a list of one (the offline planner fills a slot with a string).
    paths: z
      .preprocess(
        (value) => (typeof value === 'string' ? [value] : value),
        z.array(text(4096, 'path')).min(1).max(100),
      )
      .describe('Files or folders to learn, e.g. ["~/Documents/recipes"].'),
    collection: collectionName,
    embedder: z
      .string()
      .regex(/^(offline|ollama:.+|openai:.+)$/, 'use "offline", "ollama:<model>" or "openai:<model>"')
      .optional()
      .describe('offline, ollama:<model> or openai:<model> (default: the knowledge.embedder setting).'),
    includeSecrets: z
      .boolean()
      .optional()
      .describe(
        "Also learn the lines and files that look like they hold secrets (passwords, PINs, door codes, API keys, card numbers, private keys); by default those lines are withheld and files named like passwords.txt skipped. Only when the person asked for it: their answers can quote them. Needs the person's approval from a client or agent.",
      ),
  }),
  output: learnSummary,
  examples: [
    'learn {paths}',
    'learn my {paths} folder',
    'learn the folder {paths}',
    'learn the file {paths}',
    'read and learn {paths}',
    'index my documents in {paths}',
    'index {paths}',
    'study {paths}',
  ],
  async run({ paths, collection, embedder, includeSecrets }, { cartridge, signal, emit, caller, approved }) {
    if (includeSecrets && !approved && caller.kind !== 'person') {
      throw toolRefusal({
        code: 'needs_approval',
        message:
          "Learning files that look like they hold secrets (includeSecrets) needs the person's consent: their passwords and keys would be quoted in answers and readable through search. Nothing was learned. Ask the person to approve this call, or learn without includeSecrets.",
      });
    }
    const held = approved ? [] : paths.filter((path) => needsConsent(path, caller));
    if (held.length) {
      throw toolRefusal({
        code: 'needs_approval',
        message: `Learning ${held.map((path) => `"${oneLine(path)}"`).join(', ')} needs the person's consent: ${held.length === 1 ? 'it is' : 'they are'} hidden (a name starting with ".") or outside the person's home and current folder, where keys and other private files live. Nothing was learned. Ask the person to run \`fazt learn <path>\` themselves, or to approve this call.`,
      });
    }
    const summary = await learn(cartridge, {
      paths,
      collection,
      signal,
      ...(embedder === undefined ? {} : { embedder }),
      ...(includeSecrets ? { includeSecrets } : {}),
    });
    emit('knowledge.learned', {
      collection,
      new: summary.new,
      changed: summary.changed,
      removed: summary.removed,
    });
    return summary;
  },
  describe: (summary) => learnSummaryLine(summary),
  offline: {
    samples: { paths: '~/Documents/recipes' },
    // "learn ~/Documents/contracts and ~/Documents/leases": several paths, one list.
    // The planner fills the slot with one string (the schema makes it a list); each path is a call.
    split: ({ paths, ...rest }) => {
      const list: readonly string[] =
        typeof (paths as unknown) === 'string' ? [paths as unknown as string] : paths;
      const said = list.length === 1 ? list[0] : undefined;
      const parts = said?.split(/\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(?=["'~/.]|[a-z]:[\\/])/i);
      return parts && parts.length > 1
        ? parts.map((part) => ({ ...rest, paths: [part] }))
        : [{ ...rest, paths }];
    },
    templates: [
      // "learn ~/Documents/wifi.txt including the passwords": the person asks for secrets too,
      // by any kind learn withholds ("including the PINs", "and include the door codes"; k29).
      ...[
        'secrets',
        'passwords',
        'secret files',
        'password files',
        'secret lines',
        'pins',
        'codes',
        'door codes',
        'passcodes',
        'api keys',
        'tokens',
        'card numbers',
      ]
        .flatMap((what) => [what, `the ${what}`])
        .flatMap((what) =>
          [`learn {paths} including ${what}`, `learn {paths} and include ${what}`].map((source) => ({
            source,
            fixed: { includeSecrets: true },
            bonus: 1,
          })),
        ),
      ...learnKinds,
    ],
  },
});

/** True when `inner` is `outer` or inside it (both absolute). */
const within = (inner: string, outer: string) => {
  const path = relative(outer, inner);
  return path === '' || (!path.startsWith(`..${sep}`) && path !== '..' && !path.startsWith(sep));
};

/**
 * Whether learning `path` by name needs the person's consent because the caller is not the
 * person (an MCP client, an agent, a skill): a learned file can be read back through search and
 * the `fazt://` resources, so a client could otherwise pull ~/.ssh/id_rsa into the cartridge.
 * Held: any path component starting with "." (hidden, as the folder walk skips them), and paths
 * outside both the home folder and the current folder. Both the path as given and where its
 * symbolic links lead are checked. The person (CLI, chat) is never held: they name what they mean.
 */
export function needsConsent(
  path: string,
  caller: Caller,
  base = { home: homedir(), cwd: process.cwd() },
): boolean {
  if (caller.kind === 'person') return false;
  const given = resolveUserPath(path, base);
  let real = given;
  try {
    real = realpathSync(given);
  } catch {
    // Missing or unreadable: learn reports it; judge the path as given.
  }
  return [given, real].some(
    (full) =>
      full.split(/[\\/]/).some((part) => part.startsWith('.')) ||
      !(within(full, base.home) || within(full, base.cwd)),
  );
}

/** "Learned 12 files (3 new, 1 changed, 8 unchanged, 0 removed); skipped 2 (1 binary, 1 too large)." */
export function learnSummaryLine(
  summary: Pick<
    LearnSummary,
    'new' | 'changed' | 'unchanged' | 'removed' | 'skipped' | 'skippedReasons' | 'chunks' | 'reembedded'
  > &
    Partial<
      Pick<
        LearnSummary,
        | 'warnings'
        | 'removedFiles'
        | 'encodings'
        | 'interrupted'
        | 'waited'
        | 'skippedFiles'
        | 'withheldLines'
      >
    >,
): string {
  const total = summary.new + summary.changed + summary.unchanged;
  const reasons = Object.entries(summary.skippedReasons)
    .map(([reason, n]) => `${n} ${reason}`)
    .join(', ');
  const why = new Map<string, number>();
  for (const file of summary.removedFiles ?? []) why.set(file.reason, (why.get(file.reason) ?? 0) + 1);
  const removedWhy = why.size ? ` (${[...why].map(([reason, n]) => `${n} ${reason}`).join(', ')})` : '';
  const read = Object.entries(summary.encodings ?? {})
    .map(([encoding, n]) => `${n} read as ${encoding}`)
    .join(', ');
  return [
    `Learned ${total} file${total === 1 ? '' : 's'}: ${summary.new} new, ${summary.changed} changed, ${summary.unchanged} unchanged, ${summary.removed} removed${removedWhy}`,
    read ? ` (${read})` : '',
    summary.skipped ? `; skipped ${summary.skipped} (${reasons})` : '; skipped 0',
    `; ${summary.chunks} chunk${summary.chunks === 1 ? '' : 's'} written`,
    summary.reembedded ? `; ${summary.reembedded} re-embedded` : '',
    '.',
    skippedLine(summary),
    secretsLine(summary.skippedFiles ?? []),
    withheldLine(summary.withheldLines ?? []),
    summary.waited
      ? ` Waited ${summary.waited.seconds} s for another learn (process ${summary.waited.pid}) to finish fitting the learned search signal, then brought it up to date.`
      : '',
    ...interruptedLines(summary.interrupted ?? [], 'Finished').map((line) => ` ${line}`),
    ...(summary.warnings ?? []).map((warning) => ` ${warning}`),
  ].join('');
}

/** How many skipped files the summary names before "and N more". */
const SKIPPED_SHOWN = 5;

/**
 * " Skipped: ~/docs/corrupt.pdf (damaged PDF: Invalid PDF structure.), ~/docs/photo.jpg (binary)
 * and 3 more." — the first skipped files by name with why (S25 LOW 3), so a folder learn says
 * which files it left out, not only in --json; hidden and gitignored files are only counted.
 */
function skippedLine(
  summary: Pick<LearnSummary, 'skipped' | 'skippedReasons'> & Partial<Pick<LearnSummary, 'skippedFiles'>>,
): string {
  // Secret-looking files are named by `secretsLine`, with the way to learn them.
  const files = (summary.skippedFiles ?? []).filter((file) => file.reason !== 'secrets');
  if (files.length === 0) return '';
  const home = homedir();
  const named = (path: string) =>
    oneLine(path.startsWith(`${home}${sep}`) ? `~${path.slice(home.length)}` : path);
  const shown = files
    .slice(0, SKIPPED_SHOWN)
    .map((file) => `${named(file.path)} (${file.reason}${file.detail ? `: ${oneLine(file.detail)}` : ''})`);
  const listed =
    summary.skipped -
    (summary.skippedReasons.hidden ?? 0) -
    (summary.skippedReasons.gitignored ?? 0) -
    (summary.skippedReasons.secrets ?? 0);
  const more = Math.max(listed - shown.length, 0);
  return ` Skipped: ${shown.join(', ')}${more ? ` and ${more} more` : ''}.`;
}

/**
 * " Not learned: passwords-private.txt looks like it holds passwords (line 1). To learn it anyway,
 * run `fazt learn --include-secrets ~/docs/passwords-private.txt`." — the secure default said
 * with the way out (S37 H7), whatever else was skipped.
 */
function secretsLine(files: readonly { path: string; reason: string; detail?: string }[]): string {
  const secrets = files.filter((file) => file.reason === 'secrets');
  if (secrets.length === 0) return '';
  const shown = secrets
    .slice(0, SKIPPED_SHOWN)
    .map((file) => `${oneLine(basename(file.path))} ${file.detail ?? 'looks like it holds secrets'}`);
  const more = secrets.length - shown.length;
  const one = secrets.length === 1;
  return ` Not learned, to keep secrets out of answers: ${shown.join('; ')}${more ? `; and ${more} more` : ''}. To learn ${one ? 'it' : 'them'} anyway, run \`fazt learn --include-secrets ${one ? shellPath(oneLine(secrets[0]!.path)) : '<path>'}\`.`;
}

/**
 * " Withheld 1 line that looks like it holds passwords (notes.txt line 3), and learned the rest.
 * To learn it too, run `fazt learn --include-secrets ~/docs/notes.txt`." — a household note keeps
 * its bin day and plumber while its Wi-Fi password stays out of the cartridge.
 */
function withheldLine(
  files: readonly { path: string; lines: readonly number[]; kinds: readonly string[] }[],
): string {
  if (files.length === 0) return '';
  const total = files.reduce((sum, file) => sum + file.lines.length, 0);
  const kinds = new Set(files.flatMap((file) => file.kinds));
  const kind = kinds.size === 1 ? [...kinds][0] : 'secrets';
  const one = total === 1;
  const places = files.slice(0, SKIPPED_SHOWN).map((file) => {
    const lines =
      file.lines.slice(0, 5).join(', ') + (file.lines.length > 5 ? ` and ${file.lines.length - 5} more` : '');
    return `${oneLine(basename(file.path))} line${file.lines.length === 1 ? '' : 's'} ${lines}`;
  });
  const more = files.length - places.length;
  const target = files.length === 1 ? shellPath(oneLine(files[0]!.path)) : '<path>';
  return ` Withheld ${total} line${one ? '' : 's'} that ${one ? 'looks like it holds' : 'look like they hold'} ${kind} (${places.join('; ')}${more ? `; and ${more} more files` : ''}), and learned the rest. To learn ${one ? 'it' : 'them'} too, run \`fazt learn --include-secrets ${target}\`.`;
}

/** "30 Nov, 17:40": when a learn started, in local time. */
const startedWhen = (ms: number) =>
  new Date(ms).toLocaleString('en-GB', {
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  });

/**
 * Interrupted learns in words, one sentence per set of paths however many were cut short (a
 * learn killed three times is said once, with the count): `Finished` → "Finished an earlier learn
 * of /a/docs (started 30 Nov, 17:40) that stopped before the end." or "Finished 3 earlier learns
 * of /a/docs (the first started …) that stopped before the end."; `Stopped` → "An earlier learn
 * of /a/docs (started …) stopped before the end: …"; a learn kept without its paths is "an
 * earlier learn".
 */
export function interruptedLines(
  runs: readonly { paths: string[]; startedAt: number }[],
  form: 'Finished' | 'Stopped',
): string[] {
  const groups = new Map<string, { paths: string[]; startedAt: number; count: number }>();
  for (const run of runs) {
    const key = JSON.stringify(run.paths);
    const group = groups.get(key);
    if (group) {
      group.count += 1;
      group.startedAt = Math.min(group.startedAt, run.startedAt);
    } else groups.set(key, { ...run, count: 1 });
  }
  return [...groups.values()].map(({ paths, startedAt, count }) => {
    const shown = paths.slice(0, 3).map((path) => oneLine(path));
    const of = shown.length
      ? ` of ${shown.join(', ')}${paths.length > 3 ? ` and ${paths.length - 3} more` : ''}`
      : '';
    const learns = count === 1 ? 'an earlier learn' : `${count} earlier learns`;
    const started =
      count === 1 ? `(started ${startedWhen(startedAt)})` : `(the first started ${startedWhen(startedAt)})`;
    if (form === 'Finished') return `Finished ${learns}${of} ${started} that stopped before the end.`;
    const again = `\`fazt learn ${shown.length ? paths.map(shellPath).join(' ') : '<path>'}\``;
    return `${learns[0]!.toUpperCase()}${learns.slice(1)}${of} ${started} stopped before the end: some files, or the learned search signal, may be missing. Run ${again} again to finish ${count === 1 ? 'it' : 'them'}.`;
  });
}
