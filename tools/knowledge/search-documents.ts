import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { limit, text } from '../schemas.js';
import { collectionName, dateBound, passage, searchFilters, toPassage } from './schemas.js';
import { searchKnowledge } from './search.js';
import { createKnowledgeStore } from './store.js';

export const knowledgeSearch = defineTool({
  name: 'knowledge_search',
  title: 'Search documents',
  description:
    "Search the person's learned documents (hybrid: keywords with feedback expansion, plus vectors when an embedder is set). Returns passages with source path, line span, heading trail and score. Optional filters: path prefix, file types, modification dates.",
  risk: 'read',
  input: z.object({
    query: text(2000, 'query').describe('What to look for, in plain words.'),
    collection: collectionName,
    limit: limit(10, 100),
    ...searchFilters,
  }),
  output: z.object({
    passages: z.array(passage),
    signals: z
      .array(z.string())
      .describe('The retrieval signals used: bm25, rm3, lsa (learned from the documents), dense (embedder).'),
    embedder: z.string(),
  }),
  examples: [
    'search my documents for {query}',
    'search my files for {query}',
    'search documents for {query}',
    'search my docs for {query}',
    'find {query} in my documents',
    'find {query} in my files',
    'which documents mention {query}',
    'which of my files mention {query}',
  ],
  async run(input, { cartridge, signal }) {
    const result = await searchKnowledge(cartridge, {
      query: input.query,
      collection: input.collection,
      limit: input.limit,
      signal,
      filter: {
        ...(input.pathPrefix === undefined ? {} : { pathPrefix: input.pathPrefix }),
        ...(input.types === undefined ? {} : { types: input.types }),
        ...(input.modifiedAfter === undefined
          ? {}
          : { modifiedAfter: dateBound(input.modifiedAfter, false) }),
        ...(input.modifiedBefore === undefined
          ? {}
          : { modifiedBefore: dateBound(input.modifiedBefore, true) }),
      },
    });
    const names = createKnowledgeStore(cartridge).displayNames(result.passages.map((p) => p.path));
    return {
      passages: result.passages.map((p) => toPassage(p, names)),
      signals: result.used,
      embedder: result.embedder,
    };
  },
  describe: ({ passages }, { query }) =>
    passages.length === 0
      ? `Nothing in your documents matches ${query}.`
      : `Found ${passages.length} passage${passages.length === 1 ? '' : 's'}:\n${passages
          .map(
            (p) =>
              `${p.source} ${p.heading ? `(${p.heading}) ` : ''}${p.text.replace(/\s+/g, ' ').slice(0, 160)}`,
          )
          .join('\n')}`,
});
