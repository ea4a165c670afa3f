import { z } from 'zod';
import { applyCapabilityMigrations } from '../../cartridge/capability-schema.js';
import { NotFoundError } from '../../cartridge/errors.js';
import { defineCapability } from '../capability.js';
import { knowledgeAsk } from './ask-documents.js';
import { knowledgeForget } from './forget-documents.js';
import { knowledgeLearn } from './learn-documents.js';
import { knowledgeList } from './list-documents.js';
import { knowledgeMigrations } from './schema.js';
import { oneLine } from './schemas.js';
import { knowledgeSearch } from './search-documents.js';
import { createKnowledgeStore } from './store.js';

/**
 * Knowledge: fazt learns the person's files (Markdown, text, HTML, PDF, code) and answers from
 * them with sources. Tables `knowledge_*` (see schema.ts), one resource per learned file.
 */
export const knowledgeCapability = defineCapability({
  id: 'knowledge',
  title: 'Knowledge',
  source: 'builtin',
  tools: [knowledgeLearn, knowledgeSearch, knowledgeAsk, knowledgeList, knowledgeForget],
  migrations: knowledgeMigrations,
  events: {
    'knowledge.learned': z.object({
      collection: z.string(),
      new: z.number().int(),
      changed: z.number().int(),
      removed: z.number().int(),
    }),
    'knowledge.forgotten': z.object({ collection: z.string(), files: z.number().int() }),
  },
  resources: [
    {
      uri: 'fazt://knowledge/file/{id}',
      name: 'Learned document',
      description: 'The text fazt learned from one file, chunk by chunk with line spans.',
      mimeType: 'text/markdown',
      list(cartridge) {
        applyCapabilityMigrations(cartridge, knowledgeCapability);
        const store = createKnowledgeStore(cartridge);
        return store.collections().flatMap((collection) =>
          store.files(collection.id, {}, 1000).map((file) => ({
            uri: `fazt://knowledge/file/${file.id}`,
            name: file.path,
            description: `${file.type}, ${file.chunks} chunk${file.chunks === 1 ? '' : 's'} (collection ${collection.name})`,
          })),
        );
      },
      read(cartridge, uri, variables) {
        applyCapabilityMigrations(cartridge, knowledgeCapability);
        const store = createKnowledgeStore(cartridge);
        const file = /^\d+$/.test(variables.id ?? '') ? store.fileById(Number(variables.id)) : undefined;
        if (!file)
          throw new NotFoundError(
            `There is no learned document ${uri}. List them with knowledge_list or resources/list.`,
          );
        const chunks = store.fileChunks(file.id);
        return [
          `# ${oneLine(file.path)}`,
          '',
          ...chunks.map(
            (chunk) =>
              // A heading from a file name may hold a line break or "-->": shown, never obeyed.
              `<!-- lines ${chunk.lineStart}-${chunk.lineEnd}: ${oneLine(chunk.heading).replaceAll('-->', '-- >')} -->\n${chunk.text}\n`,
          ),
        ].join('\n');
      },
    },
  ],
  instructions:
    "For questions about the person's own documents (their lease, recipes, papers, code), call knowledge_ask or knowledge_search and answer only from the passages returned, citing file name and line span like (lease.md:12-14). If nothing relevant comes back, say you don't know; never invent.",
});
