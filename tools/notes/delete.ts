import { z } from 'zod';
import { NotFoundError } from '../../cartridge/errors.js';
import { defineTool } from '../define-tool.js';
import { lookUpTarget } from '../offline.js';
import { NOTE_BY_TIME, resolveNoteByTime } from './ordinal.js';
import { note, noteId } from './schemas.js';
import { createNotesStore } from './store.js';

/** A note named by number must be there before approval is asked. */
const byNumber = lookUpTarget(
  ({ id }: { id: number }) => ({ tool: 'notes_get', input: { id } }),
  (output, { id }) =>
    output
      ? undefined
      : `There is no note #${String(id)}, so there is nothing to delete. Say "list my notes" to see their numbers.`,
);

export const notesDelete = defineTool({
  name: 'notes_delete',
  title: 'Delete a note',
  description: "Delete a note by its id. Destructive: needs the person's approval.",
  risk: 'destructive',
  input: z.object({ id: noteId }),
  output: z.object({ deleted: note }),
  examples: ['delete note {id}', 'delete note number {id}', 'remove note {id}', 'erase note {id}'],
  run({ id }, { cartridge, emit }) {
    const deleted = createNotesStore(cartridge).delete(id);
    if (!deleted)
      throw new NotFoundError(`There is no note #${id}. Say "list my notes" to see their numbers.`);
    emit('note.deleted', { id });
    return { deleted };
  },
  describe: ({ deleted }) => `Deleted note #${deleted.id}.`,
  offline: {
    questions: {
      id: () =>
        'Which note should I delete? I delete notes one at a time, each with your approval: give its number ("list my notes" shows them), for example "delete note 3".',
    },
    preview: ({ id }) => `delete note #${String(id)}`,
    // Approval is never asked for a note that is not there.
    before: {
      // "delete the last note": the newest note's number, looked up before approval is asked.
      check: (input, call) =>
        input.id === NOTE_BY_TIME ? resolveNoteByTime(call) : byNumber.check(input, call),
    },
    samples: { id: '3' },
    // "forget note 1.5", "delete note 99999999999999999999": a number no note can have.
    slots: {
      id: (value: unknown) =>
        typeof value === 'number' && Number.isSafeInteger(value) && value > 0
          ? { value }
          : {
              problem: {
                field: 'id',
                message: `no note is numbered ${String(value)}`,
                reply: `There is no note #${String(value)}: notes are numbered 1, 2, 3…. Say "list my notes" to see their numbers. Nothing was deleted.`,
              },
            },
    },
    // "forget note 3": a note named by its number is this note, whatever the verb.
    templates: [
      // "delete the last note", "remove my oldest note": the id is found by `before`.
      ...['delete', 'remove', 'erase', 'forget'].flatMap((verb) =>
        ['last', 'latest', 'newest', 'most recent', 'first', 'oldest'].flatMap((place) =>
          ['the', 'my'].map((owner) => ({
            source: `${verb} ${owner} ${place} note`,
            fixed: { id: NOTE_BY_TIME },
            bonus: 1,
          })),
        ),
      ),
      ...[
        'forget note {id}',
        'forget note number {id}',
        'forget my note {id}',
        'remove my note {id}',
        'delete my note {id}',
      ].map((source) => ({ source })),
    ],
  },
});
