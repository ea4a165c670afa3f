import { z } from 'zod';
import { NotFoundError } from '../../cartridge/errors.js';
import { defineTool } from '../define-tool.js';
import { type BeforeCall, type BeforeVerdict, lookUpTarget } from '../offline.js';
import { DELETE_BY_CONTENT, FORGET_SENTENCE, noteLines } from './offline.js';
import { NOTE_BY_TIME, resolveNoteByTime } from './ordinal.js';
import { type NoteHit, note, noteId } from './schemas.js';
import { createNotesStore } from './store.js';

/** A note named by number must be there before approval is asked. */
const byNumber = lookUpTarget(
  ({ id }: { id: number }) => ({ tool: 'notes_get', input: { id } }),
  (output, { id }) =>
    output
      ? undefined
      : `There is no note #${String(id)}, so there is nothing to delete. Say "list my notes" to see their numbers.`,
);

/** The id a "delete the note about X" phrase fills in until `resolveNoteByWords` replaces it. */
const NOTE_BY_WORDS = Number.MAX_SAFE_INTEGER - 1;

/** What "delete the note about the book club" names: the words to look for, or undefined. */
function wordsOf(said: string): string | undefined {
  const sentence = FORGET_SENTENCE.exec(said.trim());
  if (sentence) return sentence[1]!.trim();
  const match = DELETE_BY_CONTENT.exec(said.trim());
  const query = (match?.[1] ?? match?.[2] ?? '').trim();
  // "delete note 3" is by number; "delete the last note" names no words to look for.
  return !query ||
    /^(?:number\s+|no\.?\s*|#)?\d+$/.test(query) ||
    /^(?:last|latest|first|newest|oldest|previous|recent|most\s+recent|new|old|other|same|whole|entire|all|every|each|both|one|that|this|a|an)$/i.test(
      query,
    )
    ? undefined
    : query;
}

/**
 * The `before` step for "delete the note about X" (S24; blind-2, blind-3): the one note whose text
 * has every content word of X (the notes search) is resolved to its number before approval is
 * asked, as "delete the last note" is. None: nothing to delete. Several: they are listed and
 * which one is asked; a guess is never deleted.
 */
async function resolveNoteByWords(call: BeforeCall): Promise<BeforeVerdict> {
  const query = wordsOf(call.said);
  if (!query)
    return {
      kind: 'answer',
      text: 'Which note should I delete? Give its number ("list my notes" shows them), for example "delete note 3".',
    };
  const found = await call.look({ tool: 'notes_search', input: { query, limit: 5 } });
  const hits = found?.ok ? (found.output as { hits: NoteHit[] }).hits : undefined;
  if (!hits) return { kind: 'answer', text: 'I could not read your notes, so I deleted nothing.' };
  if (hits.length === 0)
    return {
      kind: 'answer',
      text: `No note mentions "${query}", so I deleted nothing. "list my notes" shows them all.`,
      errorCode: 'not_found',
    };
  if (hits.length > 1)
    return {
      kind: 'answer',
      text: `${hits.length} notes mention "${query}":\n${noteLines(hits)}\nWhich one should I delete? Say "delete note <number>"; I deleted nothing yet.`,
    };
  return { kind: 'go', input: { id: hits[0]!.id } };
}

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
  describe: ({ deleted }) => {
    const flat = deleted.text.replace(/\s+/g, ' ').trim();
    return `Deleted note #${deleted.id} ("${flat.length > 60 ? `${flat.slice(0, 59)}…` : flat}").`;
  },
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
        input.id === NOTE_BY_TIME
          ? resolveNoteByTime(call)
          : input.id === NOTE_BY_WORDS
            ? resolveNoteByWords(call)
            : byNumber.check(input, call),
    },
    // "delete the note about the book club", "get rid of my plumber note": the note is found by
    // its words before approval is asked (`resolveNoteByWords`).
    phrases: [
      {
        pattern: DELETE_BY_CONTENT,
        input: (match) => (wordsOf(match[0]) ? { id: NOTE_BY_WORDS } : undefined),
      },
      {
        // "forget that I parked on level 3": the note "remember that I parked on level 3" kept.
        pattern: FORGET_SENTENCE,
        input: () => ({ id: NOTE_BY_WORDS }),
      },
    ],
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
