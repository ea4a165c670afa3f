import { z } from 'zod';
import { ConflictError } from '../../cartridge/errors.js';
import { defineTool } from '../define-tool.js';
import { everyItem, FINGERPRINT, itemsFingerprint } from '../fingerprint.js';
import type { BeforeCall, BeforeVerdict } from '../offline.js';
import type { Note } from './schemas.js';
import { createNotesStore } from './store.js';

const notes = (count: number) => `${count} note${count === 1 ? '' : 's'}`;

/** Which notes these are, as `itemsFingerprint` gives it (ids and update times, never text). */
const notesFingerprint = (list: readonly Note[]) =>
  itemsFingerprint(
    list.map((each) => ({ id: each.id, createdAt: each.createdAt, updatedAt: each.updatedAt })),
  );

/**
 * Before approval to delete every note is asked: how many there are and which (said in the
 * approval, and kept in the call as a count and a fingerprint, so a note added, deleted or
 * changed in between is never deleted unseen); none is said as such.
 */
async function countNotes(input: { count?: number | undefined }, call: BeforeCall): Promise<BeforeVerdict> {
  if (input.count !== undefined) return { kind: 'go' };
  // "delete a note", "remove my note": one note, never all of them.
  if (call.said && !/\b(?:all|every|everything|notes|memos)\b/i.test(call.said))
    return {
      kind: 'answer',
      text: 'Which note should I delete? Give its number ("list my notes" shows them), for example "delete note 3"; to delete every note, say "delete all my notes".',
    };
  const all = await everyItem<Note>(call, 'notes_list', 'notes');
  if (!all) return { kind: 'go' };
  const { items: seen, total } = all;
  if (total === 0)
    return {
      kind: 'answer',
      text: 'You have no notes, so there is nothing to delete. Nothing was changed.',
      errorCode: 'not_found',
    };
  return { kind: 'go', input: { count: total, fingerprint: notesFingerprint(seen) } };
}

/** "clear my notes", "delete all my notes", "wipe my notes": every note, in one transaction. */
export const notesClear = defineTool({
  name: 'notes_clear',
  title: 'Delete every note',
  description:
    "Delete every note at once (facts stay). Destructive: needs the person's approval. With `count` (and `fingerprint`), nothing is deleted unless exactly the notes shown are stored.",
  risk: 'destructive',
  input: z.object({
    count: z
      .number()
      .int()
      .min(1)
      .optional()
      .describe(
        'How many notes the person was told would go; when another number is stored now, nothing is deleted.',
      ),
    fingerprint: z
      .string()
      .regex(FINGERPRINT, 'fingerprint must be the 16 hex characters the approval was asked with; ask again')
      .optional()
      .describe(
        'Which notes the person was shown (set when approval is asked); when any was added, deleted or changed since, nothing is deleted.',
      ),
  }),
  output: z.object({ deleted: z.number().int().describe('How many notes were deleted.') }),
  examples: ['clear my notes', 'delete all my notes', 'wipe my notes'],
  run({ count, fingerprint }, { cartridge, emit }) {
    const store = createNotesStore(cartridge);
    const total = store.count();
    if (count !== undefined && count !== total)
      throw new ConflictError(
        `${notes(total)} are stored now, not the ${count} you approved deleting, so nothing was deleted. Ask again to see how many would go.`,
      );
    const stored = store.list({ limit: Math.max(total, 1) });
    if (fingerprint !== undefined && fingerprint !== notesFingerprint(stored))
      throw new ConflictError(
        'Your notes changed since you approved deleting them (one was added, deleted or changed), so nothing was deleted. Ask again to see what would go.',
      );
    for (const each of stored) {
      store.delete(each.id);
      emit('note.deleted', { id: each.id });
    }
    return { deleted: total };
  },
  describe: ({ deleted }) =>
    deleted === 0
      ? 'There were no notes to delete.'
      : `Deleted ${deleted === 1 ? 'your only note' : `all ${notes(deleted)}`}. Your facts stay.`,
  offline: {
    templates: ['clear', 'delete', 'remove', 'erase', 'wipe', 'forget', 'empty', 'purge', 'trash'].flatMap(
      (verb) =>
        [
          `${verb} my notes`,
          `${verb} all my notes`,
          `${verb} all the notes`,
          `${verb} all notes`,
          `${verb} every note`,
          `${verb} the notes`,
          `${verb} notes`,
          `${verb} all of my notes`,
          `${verb} all my memos`,
          `${verb} my memos`,
        ].map((source) => ({ source, bonus: 2 })),
    ),
    preview: ({ count }) =>
      count === undefined
        ? 'delete every note'
        : `delete ${count === 1 ? 'your only note' : `all ${notes(count)}`} (your facts stay)`,
    before: { check: countNotes },
  },
});
