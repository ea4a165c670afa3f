import { z } from 'zod';
import { UsageError } from '../../cartridge/errors.js';
import { defineTool } from '../define-tool.js';
import { lookUpTarget } from '../offline.js';
import { text } from '../schemas.js';
import { byName, KIND_WORDS, PATH_LIKE } from './names.js';
import { refuseWhileLearning } from './runs.js';
import { collectionName } from './schemas.js';
import { learnedPlace } from './scope.js';
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
  output: z.object({ forgotten: z.array(z.string()), chunks: z.number().int() }),
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
    let chunks = 0;
    for (const file of files) {
      chunks += file.chunks;
      store.removeFile(target, file.id);
    }
    emit('knowledge.forgotten', { collection, files: files.length });
    return { forgotten: files.map((file) => file.path), chunks };
  },
  describe: ({ forgotten, chunks }) =>
    `Forgot ${forgotten.length} file${forgotten.length === 1 ? '' : 's'} (${chunks} chunk${chunks === 1 ? '' : 's'}); the files on disk are untouched.`,
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
