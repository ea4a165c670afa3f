import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { limit, text } from '../schemas.js';
import { noteHit } from './schemas.js';
import { createNotesStore } from './store.js';

export const notesSearch = defineTool({
  name: 'notes_search',
  title: 'Search notes',
  description: 'Full-text search over notes; best matches first, each with a snippet around the hit.',
  risk: 'read',
  input: z.object({ query: text(1000, 'query').describe('Words to look for.'), limit: limit(10, 100) }),
  output: z.object({
    hits: z.array(noteHit),
  }),
  examples: [
    'search my notes for {query}',
    'search notes for {query}',
    'find notes about {query}',
    'find my note about {query}',
    'which notes mention {query}',
    'which note was about {query}',
    'did I write anything about {query}',
    'do I have a note about {query}',
    'do I have notes about {query}',
    'any notes about {query}',
    'search for {query}',
    'find {query}',
  ],
  run({ query, limit: count }, { cartridge }) {
    return { hits: createNotesStore(cartridge).search(query, { limit: count }) };
  },
  describe: ({ hits }, { query }) =>
    hits.length === 0
      ? `No notes mention ${query}.`
      : `Found ${hits.length} note${hits.length === 1 ? '' : 's'}:\n${hits.map((hit) => `#${hit.id} ${hit.text}`).join('\n')}`,
});
