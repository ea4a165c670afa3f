import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { z } from 'zod';
import { UsageError } from '../../cartridge/errors.js';
import { defineTool } from '../define-tool.js';
import { lookUpTarget } from '../offline.js';
import { text } from '../schemas.js';
import { byName, KIND_WORDS, PATH_LIKE } from './names.js';
import { refuseWhileLearning } from './runs.js';
import { collectionName, oneLine } from './schemas.js';
import { learnedPlace } from './scope.js';
import { secretByName, secretLinesInText } from './secret-files.js';
import { shellPath } from './stale.js';
import { createKnowledgeStore } from './store.js';

/** "forget my documents", "forget everything you learned": every learned file, never a fact. */
const ALL_DOCUMENTS = [
  'forget my documents',
  'forget all my documents',
  'forget my learned documents',
  'forget all learned documents',
  'forget my files',
  'forget all my files',
  'forget everything you learned',
  'forget everything you have learned',
  'unlearn everything',
  'unlearn my documents',
];

export const knowledgeForget = defineTool({
  name: 'knowledge_forget',
  title: 'Forget learned documents',
  description:
    "Forget a learned file, every learned file under a folder, or (all: true) every learned file of the collection. The files on disk are not touched. The path must be a learned file or a folder holding some: never a guess. Destructive: needs the person's approval.",
  risk: 'destructive',
  input: z.object({
    path: text(4096, 'path')
      .optional()
      .describe('A learned file or a folder holding learned files (exact; see knowledge_list).'),
    all: z.boolean().optional().describe('Forget every learned file of the collection (instead of a path).'),
    collection: collectionName,
  }),
  output: z.object({
    forgotten: z.array(z.string()),
    chunks: z.number().int(),
    keepOut: z
      .object({
        folder: z.string(),
        line: z.string(),
        secret: z
          .boolean()
          .optional()
          .describe(
            'True when the one file forgotten looks like it holds secrets: learn skips it unless asked.',
          ),
      })
      .optional()
      .describe(
        'When what was forgotten was learned through a folder above it: the next learn of that folder learns it again unless `line` is added to `folder`/.gitignore (learn leaves out what a .gitignore names).',
      ),
  }),
  examples: [
    'forget the document {path}',
    'forget the file {path}',
    'forget the folder {path}',
    'forget everything learned from {path}',
    'unlearn {path}',
    'stop knowing about {path}',
  ],
  run({ path, all, collection }, { cartridge, emit }) {
    if ((path === undefined) === (all !== true)) {
      throw new UsageError(
        'Say which learned documents to forget: a path (a learned file or folder, see knowledge_list) or all: true for every one — not both, not neither.',
      );
    }
    // A learn of this collection under way would go on writing what is forgotten now (runs.ts).
    refuseWhileLearning(cartridge, collection);
    const store = createKnowledgeStore(cartridge);
    const target = store.collection(collection);
    let files = target && path === undefined ? store.files(target.id) : [];
    // The path read as every knowledge tool reads it (scope.ts): relative to the working folder,
    // `~` is home; a bare name that is no learned path picks the learned files so called.
    const place = path === undefined ? undefined : learnedPlace(store, target?.id, path);
    if (target && place) {
      files = store.files(target.id, place.scope);
      // A name, not a path ("the lease document"): exactly the learned files it names, or a
      // clear refusal when it names several files of that name — a destructive call never guesses.
      const byFileName = place.byName
        ? files.filter(
            (file) => byName([file.path.slice(file.path.lastIndexOf('/'))], place.given).length > 0,
          )
        : [];
      if (byFileName.length > 1) {
        throw new UsageError(
          `"${place.given}" names ${byFileName.length} learned files (${byFileName
            .slice(0, 5)
            .map((file) => file.path)
            .join(', ')}); say which path to forget.`,
        );
      }
    }
    if (!target || files.length === 0) {
      throw new UsageError(
        path === undefined
          ? `No documents are learned in collection "${collection}", so nothing was forgotten.`
          : `Nothing learned at ${place && place.resolved !== path ? `${place.resolved} ("${path}")` : `"${path}"`} in collection "${collection}", so nothing was forgotten. List learned files with knowledge_list (or \`fazt knowledge list\`).`,
      );
    }
    const keepOut = keptOutBy(
      files.map((file) => ({ path: file.path, root: store.rootOf(file.id) })),
      place?.resolved,
    );
    let chunks = 0;
    for (const file of files) {
      chunks += file.chunks;
      store.removeFile(target, file.id);
    }
    // What a learn left out as secret-holding there is forgotten too (every one, for all).
    store.clearSecretSkips(
      target.id,
      store.secretSkips(target.id, place?.scope ?? {}).map((skipped) => skipped.path),
    );
    emit('knowledge.forgotten', { collection, files: files.length });
    return { forgotten: files.map((file) => file.path), chunks, ...(keepOut ? { keepOut } : {}) };
  },
  describe: ({ forgotten, chunks, keepOut }) =>
    `Forgot ${forgotten.length} file${forgotten.length === 1 ? '' : 's'} (${chunks} chunk${chunks === 1 ? '' : 's'}); the files on disk are untouched.${
      keepOut
        ? ` A later \`fazt learn ${shellPath(oneLine(keepOut.folder))}\` ${keepOut.secret ? 'leaves it out only while it looks like it holds secrets' : `learns ${forgotten.length === 1 ? 'it' : 'them'} again`}: to keep ${forgotten.length === 1 ? 'it' : 'them'} out, add the line "${oneLine(keepOut.line)}" to ${oneLine(keepOut.folder)}${sep}.gitignore.`
        : ''
    }`,
  offline: {
    templates: [
      ...['stop learning {path}', 'stop learning from {path}', 'forget what you learned from {path}'].map(
        (source) => ({ source }),
      ),
      ...ALL_DOCUMENTS.map((source) => ({ source, fixed: { all: true }, bonus: 1 })),
      // "forget /tmp/docs/home": a path is never a remembered fact's name.
      ...['forget {path}', 'forget my {path}', 'forget the {path}'].map((source) => ({
        source,
        bonus: 1,
        check: ({ path }: { path?: string | undefined }) =>
          path !== undefined && (PATH_LIKE.test(path.trim()) || KIND_WORDS.test(path.trim()))
            ? undefined
            : { field: 'path', message: 'not a learned file or folder' },
      })),
    ],
    questions: {
      path: () =>
        'Which learned file or folder should I forget? Say "forget the folder ~/Documents/old", or "forget all my documents".',
    },
    preview: ({ path, all, collection }) =>
      all
        ? `forget every document learned in collection "${collection ?? 'default'}" (the files on disk stay)`
        : `forget what was learned from ${path} (the files on disk stay)`,
    samples: { path: '~/Documents/old-lease.pdf' },
    // Approval is never asked when no document was ever learned (a name that is not a path is
    // resolved by the tool itself, which refuses it plainly when it names none).
    before: lookUpTarget(
      ({ collection }: { collection?: string | undefined }) => ({
        tool: 'knowledge_list',
        input: { ...(collection ? { collection } : {}), limit: 1 },
      }),
      (output, { collection }) =>
        (output as { learned: number } | undefined)?.learned
          ? undefined
          : `Nothing is learned in collection "${collection ?? 'default'}", so there is nothing to forget. Say "learn ~/Documents" to learn a folder.`,
    ),
  },
});

/**
 * How to keep out what was forgotten (S37 LOW): when it was learned through a folder above it (one
 * file, or a sub-folder's files all reached through one folder), the next learn of that folder
 * learns it again; a line in that folder's .gitignore (walk.ts honours it, in a git repository or
 * not) keeps it out. Undefined when the forgotten path is the learned folder itself, or the
 * files were learned by name.
 */
function keptOutBy(
  files: readonly { path: string; root: string | null }[],
  resolved: string | undefined,
): { folder: string; line: string } | undefined {
  const roots = new Set(files.map((file) => file.root));
  const [root] = roots;
  if (roots.size !== 1 || !root) return undefined;
  const target = files.length === 1 ? files[0]!.path : resolved;
  if (!target?.startsWith(`${root}${sep}`)) return undefined;
  const line = relative(root, target).split(sep).join('/');
  if (files.length !== 1 || target !== files[0]!.path) return { folder: root, line: `${line}/` };
  return { folder: root, line, ...(looksSecret(target) ? { secret: true } : {}) };
}

/**
 * Whether a learn would leave a file on disk out whole as secret-holding (`secret-files.ts`): its
 * name says so, or every line of its first MiB holds one (a file with some secret lines is learned
 * without them).
 */
function looksSecret(path: string): boolean {
  if (secretByName(path)) return true;
  if (/\.pdf$/i.test(path)) return false;
  try {
    // Non-blocking, and regular files only: a path that became a FIFO is never waited on.
    const handle = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      if (!fstatSync(handle).isFile()) return false;
      const buffer = Buffer.alloc(1024 * 1024);
      const length = readSync(handle, buffer, 0, buffer.length, 0);
      const text = buffer.subarray(0, length).toString('utf8').replace(/\r\n?/g, '\n');
      const secret = secretLinesInText(text).length;
      return secret > 0 && secret === text.split('\n').filter((line) => line.trim()).length;
    } finally {
      closeSync(handle);
    }
  } catch {
    return false;
  }
}
