import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { limit } from '../schemas.js';
import { notesByTime } from './ordinal.js';
import { note } from './schemas.js';
import { maskedHint, maskedNote } from './secret.js';
import { createNotesStore } from './store.js';

export const notesList = defineTool({
  name: 'notes_list',
  title: 'List notes',
  description: 'List saved notes, newest first.',
  risk: 'read',
  input: z.object({
    limit: limit(20),
    offset: z.number().int().min(0).default(0).describe('How many to skip, for paging.'),
  }),
  output: z.object({ notes: z.array(note), total: z.number().int() }),
  examples: [
    'list my notes',
    'show my notes',
    'show notes',
    'what notes do I have',
    'what notes have I got',
    'read my notes',
    'how many notes do I have',
    'how many notes have I got',
    'show my last {limit} notes',
    'list {limit} notes',
    'notes',
    'what I have written',
    "everything I've noted",
    'show what I have written',
    'what have I written',
    'what have I noted',
    'show my latest notes',
  ],
  run({ limit: count, offset }, { cartridge }) {
    const notes = createNotesStore(cartridge);
    return { notes: notes.list({ limit: count, offset }), total: notes.count() };
  },
  describe: ({ notes, total }) =>
    total === 0
      ? 'You have no notes yet.'
      : // A note holding a secret is shown masked, as memory listings show secrets (S46).
        `You have ${total} note${total === 1 ? '' : 's'}:\n${notes.map((item) => `#${item.id} ${maskedNote(item.text)}`).join('\n')}${maskedHint(notes)}`,
  // "delete the last two notes": which they are and how to delete them, never a guessed bulk delete.
  offline: { phrases: [notesByTime] },
});
