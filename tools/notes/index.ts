import { z } from 'zod';
import { defineCapability } from '../capability.js';
import { notesAdd } from './add.js';
import { notesClear } from './clear.js';
import { notesDelete } from './delete.js';
import { notesDigest } from './digest.js';
import { notesGet } from './get.js';
import { notesList } from './list.js';
import type { Note, NoteHit } from './schemas.js';
import { notesSearch } from './search.js';
import { notesMigrations } from './store.js';

const noteLines = (notes: readonly Note[]) =>
  notes.map((note) => `- #${note.id} (${new Date(note.createdAt).toISOString().slice(0, 10)}) ${note.text}`);

/**
 * Short free-text notes with full-text search. Its `notes` and `notes_fts` tables come from the
 * cartridge's core migration v1 (older than capabilities); its own steps (`notesMigrations`) keep
 * note numbers from ever being reused.
 */
export const notesCapability = defineCapability({
  id: 'notes',
  title: 'Notes',
  source: 'builtin',
  tools: [notesAdd, notesList, notesSearch, notesGet, notesDelete, notesClear],
  migrations: notesMigrations,
  events: {
    'note.added': z.object({ id: z.number().int() }),
    'note.deleted': z.object({ id: z.number().int() }),
  },
  resources: [
    {
      uri: 'fazt://notes',
      name: 'notes',
      title: 'Recent notes',
      description: 'The 50 newest notes, as a Markdown list with their ids and dates.',
      mimeType: 'text/markdown',
      tool: notesList.name,
      input: () => ({ limit: 50 }),
      render: ({ notes, total }: { notes: Note[]; total: number }) =>
        [`# Notes (${notes.length} of ${total})`, '', ...noteLines(notes)].join('\n'),
    },
    {
      uri: 'fazt://notes/search/{query}',
      name: 'notes-search',
      title: 'Notes matching a search',
      description: 'Notes that match the words in {query} (full-text), best first, as a Markdown list.',
      mimeType: 'text/markdown',
      tool: notesSearch.name,
      input: ({ query }) => ({ query: query ?? '', limit: 20 }),
      render: ({ hits }: { hits: NoteHit[] }) =>
        [`# Notes matching the search (${hits.length})`, '', ...noteLines(hits)].join('\n'),
    },
  ],
  prompts: [notesDigest],
  instructions:
    'Notes (notes_*): free text with full-text search; use notes_search before answering from general knowledge about the user.',
});
