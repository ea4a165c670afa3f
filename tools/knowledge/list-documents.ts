import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { limit, text, timestamp } from '../schemas.js';
import { interruptedLines } from './learn-documents.js';
import { interruptedLearns } from './runs.js';
import { collectionName, counted, oneLine } from './schemas.js';
import { learnedPlace } from './scope.js';
import { fileState } from './stale.js';
import { createKnowledgeStore } from './store.js';

export const learnedFile = z.object({
  id: z.number().int(),
  path: z.string(),
  type: z.string(),
  size: z.number().int().describe('Bytes.'),
  chunks: z.number().int(),
  modifiedAt: timestamp,
  learnedAt: timestamp,
  state: z
    .enum(['current', 'changed', 'missing'])
    .describe(
      'current: as learned; changed: its size or modification time differ since it was learned (answers may quote old text); missing: gone from disk.',
    ),
});

/** How a listing marks a file that is not as learned. */
const STATE_WORDS = {
  current: '',
  changed: ' — changed since learned',
  missing: ' — gone from disk',
} as const;

/**
 * The command that brings changed or gone files up to date, when any matching file is stale —
 * counted over every file listed or not (S17 MEDIUM 12: a page of 100 hid 500 changed files).
 */
function staleHint(stale: { changed: number; missing: number }, shown: number, total: number): string {
  const { changed, missing } = stale;
  if (!changed && !missing) return '';
  const parts = [
    changed ? `${counted(changed, 'file')} changed since learned (\`fazt learn <file>\` refreshes it)` : '',
    missing
      ? `${counted(missing, 'file')} gone from disk (\`fazt knowledge forget <file> --yes\` forgets it)`
      : '',
  ].filter(Boolean);
  return `\n${parts.join('; ')}${shown < total ? `, of all ${counted(total, 'file')} matching, not only those shown` : ''}.`;
}

/** knowledge_list's output. */
const listOutput = z.object({
  files: z.array(learnedFile),
  under: z
    .string()
    .optional()
    .describe('The folder or file listed, as an absolute path (when pathPrefix was given).'),
  learned: z.number().int().describe('Learned files of the collection in all, under any path.'),
  total: z.number().int().describe('Learned files matching, in all (files holds at most limit of them).'),
  offset: z.number().int(),
  stale: z
    .object({ changed: z.number().int(), missing: z.number().int() })
    .describe(
      'How many of ALL matching files (not only this page) changed on disk or are gone since learned.',
    ),
  interrupted: z
    .array(z.object({ paths: z.array(z.string()), startedAt: z.number().int() }))
    .describe(
      'Learns of this collection that stopped before they finished (killed): absolute paths, start in ms since the epoch. Learning those paths again finishes them.',
    ),
  skippedSecrets: z
    .array(
      z.object({
        path: z.string(),
        kind: z
          .string()
          .describe('What it looks like it holds: passwords, a private key, API keys or tokens, secrets.'),
        line: z.number().int().optional().describe('The line that holds one; absent when its name says it.'),
        withheld: z
          .number()
          .int()
          .optional()
          .describe(
            'How many of its lines were withheld while the rest was learned; absent when the whole file was left out.',
          ),
      }),
    )
    .describe(
      'Files learn left out (under the path, when given) because they look like they hold secrets; never their text. `fazt learn --include-secrets <path>` learns one.',
    ),
  collections: z.array(
    z.object({
      name: z.string(),
      embedder: z.string(),
      dimension: z.number().int(),
      files: z.number().int(),
      chunks: z.number().int(),
      bytes: z.number().int(),
    }),
  ),
});

export const knowledgeList = defineTool({
  name: 'knowledge_list',
  title: 'List learned documents',
  description:
    'List the learned files of a collection (or those under a path), with the totals of every collection.',
  risk: 'read',
  input: z.object({
    collection: collectionName,
    pathPrefix: text(4096, 'pathPrefix')
      .optional()
      .describe(
        'Only this file or the files in this folder (~ is home, a relative path is from the current folder; a bare name that is no learned path picks the learned files so called).',
      ),
    limit: limit(100, 10_000),
    offset: z.number().int().min(0).default(0).describe('Skip this many files first (for paging).'),
  }),
  output: listOutput,
  examples: [
    'list my learned documents',
    'what documents have you learned',
    'which files have you learned',
    'list learned files in {pathPrefix}',
    'show my knowledge collections',
  ],
  run({ collection, pathPrefix, limit: count, offset }, { cartridge }) {
    const store = createKnowledgeStore(cartridge);
    const found = store.collection(collection);
    // The path read as every knowledge tool reads it (scope.ts): a path, else a learned name.
    const place = pathPrefix === undefined ? undefined : learnedPlace(store, found?.id, pathPrefix);
    const scope = place?.scope ?? {};
    const files = found ? store.files(found.id, scope, count, offset) : [];
    // One stat per matching file, on every page: how many are stale in all (fileState, stale.ts).
    const stale = { changed: 0, missing: 0 };
    for (const file of found ? store.files(found.id, scope) : []) {
      const state = fileState(file);
      if (state !== 'current') stale[state] += 1;
    }
    return {
      stale,
      interrupted: interruptedLearns(cartridge, collection).map(({ paths, startedAt }) => ({
        paths,
        startedAt,
      })),
      total: found ? store.fileCount(found.id, scope) : 0,
      learned: found ? store.fileCount(found.id) : 0,
      ...(place === undefined ? {} : { under: place.resolved }),
      offset,
      skippedSecrets: (found ? store.secretSkips(found.id, scope) : []).map(
        ({ path, kind, line, withheld }) => ({
          path,
          kind,
          ...(line === null ? {} : { line }),
          ...(withheld === null ? {} : { withheld }),
        }),
      ),
      files: files.map(({ id, path, type, size, chunks, modifiedAt, learnedAt }) => ({
        id,
        path,
        type,
        size,
        chunks,
        modifiedAt,
        learnedAt,
        // Changed or gone since it was learned (one stat).
        state: fileState({ path, size, modifiedAt }),
      })),
      collections: store.collections().map(({ name, embedder, dimension, files: n, chunks, bytes }) => ({
        name,
        embedder,
        dimension,
        files: n,
        chunks,
        bytes,
      })),
    };
  },
  describe: (output) => [listLine(output), ...interruptedLines(output.interrupted, 'Stopped')].join('\n'),
  offline: {
    templates: [
      'what have you learned',
      'what have you learnt',
      'what documents do you know',
      'which documents do you know',
      'what files have you read',
      'what have you read',
      'list my documents',
      'show my documents',
      'show what you have learned',
    ].map((source) => ({ source })),
  },
});

type ListOutput = z.infer<typeof listOutput>;

/** The list in words: how many, the page, stale files and collections. */
function listLine(output: ListOutput): string {
  const skippedSecrets = output.skippedSecrets.filter((file) => file.withheld === undefined);
  const withheld = output.skippedSecrets.filter((file) => file.withheld !== undefined);
  return `${filesLine(output)}${
    withheld.length
      ? `\nLearned without the lines that look like they hold secrets: ${withheld
          .map(
            (file) =>
              `${oneLine(file.path)} (${file.kind}, ${file.withheld} line${file.withheld === 1 ? '' : 's'} from line ${file.line})`,
          )
          .join('; ')}. \`fazt learn --include-secrets <path>\` learns them too.`
      : ''
  }${
    skippedSecrets.length
      ? `\nNot learned, as ${skippedSecrets.length === 1 ? 'it looks like it holds' : 'they look like they hold'} secrets: ${skippedSecrets
          .map(
            (file) =>
              `${oneLine(file.path)} (${file.kind}, ${file.line === undefined ? 'its name' : `line ${file.line}`})`,
          )
          .join('; ')}. \`fazt learn --include-secrets <path>\` learns one.`
      : ''
  }`;
}

/** The learned files in words: how many, the page, stale files and collections. */
function filesLine({ files, collections, total, offset, learned, under, stale }: ListOutput): string {
  return total === 0
    ? learned === 0 || under === undefined
      ? 'No documents learned yet. Learn some with `fazt learn <folder>`.'
      : `No learned documents under ${oneLine(under)} (${learned.toLocaleString('en')} learned elsewhere; \`fazt knowledge list\` shows them).`
    : `${
        files.length === total
          ? `${counted(total, 'learned file')}`
          : files.length === 0
            ? `${counted(total, 'learned file')}; none past ${offset.toLocaleString('en')} (use a smaller --offset)`
            : `Showing ${(offset + 1).toLocaleString('en')}–${(offset + files.length).toLocaleString('en')} of ${counted(total, 'learned file')}${
                offset + files.length < total
                  ? ` (more with --offset ${offset + files.length}, or a bigger --limit)`
                  : ''
              }`
      }${files.length ? ':\n' : '.'}${files
        .map(
          (file) =>
            `${oneLine(file.path)} (${file.type}, ${counted(file.chunks, 'chunk')})${STATE_WORDS[file.state]}`,
        )
        .join('\n')}${staleHint(stale, files.length, total)}${
        collections.length > 1
          ? `\nCollections: ${collections.map((c) => `${c.name} (${counted(c.files, 'file')}, ${c.embedder})`).join(', ')}`
          : ''
      }`;
}
