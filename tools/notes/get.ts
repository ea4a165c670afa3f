import { z } from 'zod';
import { NotFoundError } from '../../cartridge/errors.js';
import { defineTool } from '../define-tool.js';
import { note, noteId } from './schemas.js';
import { createNotesStore } from './store.js';

/** Reads one note by its id ("show me note 2"). */
export const notesGet = defineTool({
  name: 'notes_get',
  title: 'Read a note',
  description: 'Read one note by its id, as notes_list or notes_search show it.',
  risk: 'read',
  input: z.object({ id: noteId }),
  output: z.object({ note }),
  examples: [
    'show note {id}',
    'show note number {id}',
    'read note {id}',
    'open note {id}',
    'get note {id}',
    'what does note {id} say',
    "what's in note {id}",
  ],
  run({ id }, { cartridge }) {
    const found = createNotesStore(cartridge).get(id);
    if (!found) throw new NotFoundError(`There is no note #${id}. Say "list my notes" to see their numbers.`);
    return { note: found };
  },
  describe: ({ note: found }) => `#${found.id} ${found.text}`,
  offline: { samples: { id: '3' } },
});
