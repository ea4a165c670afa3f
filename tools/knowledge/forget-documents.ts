import { resolve } from 'node:path';
import { z } from 'zod';
import { UsageError } from '../../cartridge/errors.js';
import { defineTool } from '../define-tool.js';
import { text } from '../schemas.js';
import { collectionName } from './schemas.js';
import { createKnowledgeStore } from './store.js';

export const knowledgeForget = defineTool({
  name: 'knowledge_forget',
  title: 'Forget learned documents',
  description:
    "Forget a learned file, or every learned file under a folder (the files on disk are not touched). Destructive: needs the person's approval.",
  risk: 'destructive',
  input: z.object({
    path: text(4096, 'path').describe('A learned file or a folder holding learned files.'),
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
  run({ path, collection }, { cartridge, emit }) {
    const store = createKnowledgeStore(cartridge);
    const target = store.collection(collection);
    const full = resolve(
      path === '~' || path.startsWith('~/') ? `${process.env.HOME ?? ''}${path.slice(1)}` : path,
    );
    const files = target
      ? store
          .files(target.id, full)
          .filter((file) => file.path === full || file.path.startsWith(`${full.replace(/\/+$/, '')}/`))
      : [];
    if (!target || files.length === 0) {
      throw new UsageError(
        `Nothing learned at "${path}" in collection "${collection}". List learned files with knowledge_list.`,
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
    `Forgot ${forgotten.length} file${forgotten.length === 1 ? '' : 's'} (${chunks} chunk${chunks === 1 ? '' : 's'}).`,
});
