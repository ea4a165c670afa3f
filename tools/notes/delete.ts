import { z } from 'zod';
import { NotFoundError } from '../../cartridge/errors.js';
import { defineTool } from '../define-tool.js';
import { type BeforeCall, type BeforeVerdict, lookUpTarget } from '../offline.js';
import {
  DELETE_BY_CONTENT,
  FORGET_SENTENCE,
  LIST_CLEAR,
  LIST_ITEM_REMOVE,
  listItems,
  noteLines,
} from './offline.js';
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

/** The ids "remove eggs from my shopping list" and "clear my shopping list" fill in until resolved. */
const NOTE_BY_LIST_ITEM = Number.MAX_SAFE_INTEGER - 2;
const NOTE_BY_LIST = Number.MAX_SAFE_INTEGER - 3;

/** The notes of list `list` ("shopping"; any list when undefined) that mention `words`. */
async function listNotes(call: BeforeCall, list: string | undefined, words: string) {
  const found = await call.look({
    tool: 'notes_search',
    input: { query: [list, words].filter(Boolean).join(' '), limit: 50 },
  });
  if (!found?.ok) return undefined;
  return (found.output as { hits: NoteHit[] }).hits.flatMap((hit) => {
    const parts = listItems(hit.text);
    return parts && (!list || parts.list === list.toLowerCase()) ? [{ hit, items: parts.items }] : [];
  });
}

/**
 * "remove eggs from my shopping list" (S28 M5): the note that list item was kept as ("shopping:
 * eggs", by `add … to my shopping list`), resolved to its number before approval is asked. A note
 * that holds other items too ("shopping: eggs and milk") is not deleted for one of them: notes
 * are not edited in part, so the answer says so and how to go on. None, or several: said, nothing
 * deleted.
 */
async function resolveListItem(call: BeforeCall): Promise<BeforeVerdict> {
  const said = LIST_ITEM_REMOVE.exec(call.said.trim());
  if (!said) return { kind: 'answer', text: 'Which item should I remove, and from which list?' };
  const item = said[1]!.replace(/^(?:the|some|a|an)\s+/i, '').trim();
  const list = said[2]?.trim();
  const named = list ? `your ${list} list` : 'your list';
  const notes = await listNotes(call, list, item);
  if (!notes) return { kind: 'answer', text: 'I could not read your notes, so I removed nothing.' };
  const same = (each: string) => each.toLowerCase() === item.toLowerCase();
  const holding = notes.filter(({ items }) => items.some(same));
  if (holding.length === 0 && list) {
    // "remember my shopping list is eggs, milk" kept the list as one fact: said, never guessed at.
    const fact = await call.look({ tool: 'memory_recall', input: { key: `${list} list` } });
    const stored = fact?.ok
      ? (fact.output as { match: { value: unknown } | null; score: number })
      : undefined;
    if (stored?.match && stored.score === 1)
      return {
        kind: 'answer',
        text: `Your ${list} list is kept as one fact ("${String(stored.match.value)}"), and I cannot change part of a fact. Say "remember my ${list} list is …" with what should stay. I removed nothing.`,
      };
  }
  if (holding.length === 0)
    return {
      kind: 'answer',
      text: `"${item}" is not on ${named}, so I removed nothing. "search my notes for ${list ?? item}" shows what is.`,
      errorCode: 'not_found',
    };
  const alone = holding.filter(({ items }) => items.length === 1);
  if (alone.length === 1) return { kind: 'go', input: { id: alone[0]!.hit.id } };
  if (alone.length > 1)
    return {
      kind: 'answer',
      text: `"${item}" is on ${named} ${alone.length} times:\n${noteLines(alone.map(({ hit }) => hit))}\nSay "delete note <number>" for the one to remove; I removed nothing yet.`,
    };
  const [first] = holding;
  return {
    kind: 'answer',
    text: `"${item}" is in note #${first!.hit.id} ("${first!.hit.text}") with other items, and I cannot change part of a note. To remove it, say "delete note ${first!.hit.id}" and add back what should stay ("add … to my ${list ?? ''} list"). I removed nothing.`.replace(
      'my  list',
      'my list',
    ),
  };
}

/**
 * "clear my shopping list" (S28 M5): the notes of that list. One note is deleted (with approval);
 * several are listed with the one request that deletes them all, since a note is deleted by number.
 */
async function resolveList(call: BeforeCall): Promise<BeforeVerdict> {
  const list = LIST_CLEAR.exec(call.said.trim())?.[1]?.trim();
  if (!list) return { kind: 'answer', text: 'Which list should I clear?' };
  const notes = await listNotes(call, list, '');
  if (!notes) return { kind: 'answer', text: 'I could not read your notes, so I deleted nothing.' };
  if (notes.length === 0) {
    // "remember my shopping list is eggs, milk" kept it as a fact: that fact is what is cleared.
    const fact = await call.look({ tool: 'memory_recall', input: { key: `${list} list` } });
    const stored = fact?.ok ? (fact.output as { match: unknown; score: number }) : undefined;
    if (stored?.match && stored.score === 1)
      return { kind: 'redirect', tool: 'memory_forget', input: { key: `${list} list` } };
    return {
      kind: 'answer',
      text: `Nothing is on your ${list} list, so there is nothing to clear.`,
      errorCode: 'not_found',
    };
  }
  if (notes.length === 1) return { kind: 'go', input: { id: notes[0]!.hit.id } };
  const ids = notes.map(({ hit }) => hit.id).sort((a, b) => a - b);
  return {
    kind: 'answer',
    text: `Your ${list} list is ${notes.length} notes:\n${noteLines(notes.map(({ hit }) => hit))}\nTo clear it, say "delete notes ${ids.slice(0, -1).join(', ')} and ${ids.at(-1)}" (one approval for all). I deleted nothing yet.`,
  };
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
            : input.id === NOTE_BY_LIST_ITEM
              ? resolveListItem(call)
              : input.id === NOTE_BY_LIST
                ? resolveList(call)
                : byNumber.check(input, call),
    },
    // "delete the note about the book club", "get rid of my plumber note": the note is found by
    // its words before approval is asked (`resolveNoteByWords`).
    phrases: [
      // "remove eggs from my shopping list", "clear my shopping list" (S28 M5): found among the
      // notes "add eggs to my shopping list" keeps (`resolveListItem`, `resolveList`).
      { pattern: LIST_ITEM_REMOVE, input: () => ({ id: NOTE_BY_LIST_ITEM }) },
      { pattern: LIST_CLEAR, input: () => ({ id: NOTE_BY_LIST }) },
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
