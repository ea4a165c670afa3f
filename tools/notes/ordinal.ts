/**
 * "delete the last note", "remove my oldest note", "delete the last two notes": a note named by its
 * place in time, not by its number or its words (issue 7, S11 #11). One note is resolved to its
 * number before approval is asked (approval names it); several are listed with the request that
 * deletes them, since notes go one number at a time and a count is never guessed into a bulk delete.
 */
import { CARDINALS, cardinalsBetween, wordTable } from '../../cartridge/lexicon.js';
import type { BeforeCall, BeforeVerdict, OfflinePhrase } from '../offline.js';
import type { Note } from './schemas.js';

/** The words for the newest and the oldest note. */
const NEWEST = String.raw`last|latest|newest|most\s+recent|recent|previous|final`;
const OLDEST = 'first|oldest|earliest';

/** A delete verb, a determiner, the place in time and "note" (group 1). */
export const ONE_NOTE_BY_TIME = new RegExp(
  String.raw`^(?:delete|remove|erase|forget|drop|get\s+rid\s+of|bin|trash)\s+(?:the|my|that)\s+(?:very\s+)?(${NEWEST}|${OLDEST})\s+(?:one\s+)?note\s*[.!]*$`,
  'i',
);

/** The same with a count: "delete the last two notes" (group 1 the place, group 2 the count). */
const NOTES_BY_TIME = new RegExp(
  String.raw`^(?:delete|remove|erase|forget|drop|get\s+rid\s+of|bin|trash)\s+(?:the|my)\s+(${NEWEST}|${OLDEST})\s+(\d{1,3}|${cardinalsBetween(2, 10).join('|')}|couple\s+of|few)\s+notes\s*[.!]*$`,
  'i',
);

const COUNTS: Readonly<Record<string, number>> = wordTable({
  ...Object.fromEntries(cardinalsBetween(2, 10).map((word) => [word, CARDINALS[word]!])),
  'couple of': 2,
  few: 3,
});

/** The id a "… the last note" template fills in until `resolveNoteByTime` replaces it: no real note has it. */
export const NOTE_BY_TIME = Number.MAX_SAFE_INTEGER;

const oldest = (place: string) => new RegExp(`^(?:${OLDEST})$`, 'i').test(place.trim());

/** A note on one line: `#3 "buy milk"`, cut at 60 characters. */
const named = (note: Pick<Note, 'id' | 'text'>) => {
  const flat = note.text.replace(/\s+/g, ' ').trim();
  return `#${note.id} "${flat.length > 60 ? `${flat.slice(0, 59)}…` : flat}"`;
};

interface Listed {
  notes: Note[];
  total: number;
}

/**
 * The `before` step for a "… the last note" template: the newest (or oldest) note's number, or an
 * answer when there is none or the request did not say which.
 */
export async function resolveNoteByTime(call: BeforeCall): Promise<BeforeVerdict> {
  const place = ONE_NOTE_BY_TIME.exec(call.said.trim())?.[1];
  if (!place)
    return {
      kind: 'answer',
      text: 'Which note should I delete? Give its number ("list my notes" shows them), for example "delete note 3".',
    };
  const first = await call.look({ tool: 'notes_list', input: { limit: 1 } });
  const listed = first?.ok ? (first.output as Listed) : undefined;
  if (!listed) return { kind: 'answer', text: 'I could not read your notes, so I deleted nothing.' };
  if (listed.total === 0)
    return {
      kind: 'answer',
      text: 'You have no notes, so there is nothing to delete.',
      errorCode: 'not_found',
    };
  let note = listed.notes[0];
  if (oldest(place) && listed.total > 1) {
    const last = await call.look({ tool: 'notes_list', input: { limit: 1, offset: listed.total - 1 } });
    note = last?.ok ? (last.output as Listed).notes[0] : undefined;
  }
  if (!note) return { kind: 'answer', text: 'I could not read your notes, so I deleted nothing.' };
  return { kind: 'go', input: { id: note.id } };
}

/**
 * The `notes_list` phrase for "delete the last two notes": which they are, and how to delete them.
 * Only the newest: "the first two notes" needs the count carried past the lookup, and says to list.
 */
export const notesByTime: OfflinePhrase<{ limit?: number; offset?: number }, Listed> = {
  pattern: NOTES_BY_TIME,
  input: (match) => (oldest(match[1]!) ? undefined : { limit: countOf(match[2]!) }),
  reply: ({ notes, total }) => {
    if (total === 0) return { answer: 'You have no notes, so there is nothing to delete.', status: 'done' };
    const ids = notes.map((note) => note.id);
    const say =
      ids.length === 1
        ? `"delete note ${ids[0]}"`
        : `"delete notes ${ids.slice(0, -1).join(', ')} and ${ids.at(-1)}"`;
    return {
      answer: `Your ${notes.length === 1 ? 'newest note is' : `${notes.length} newest notes are`} ${notes.map(named).join(', ')}. I delete notes by number, each with your approval, so I deleted nothing yet. To delete ${notes.length === 1 ? 'it' : 'them'}, say ${say}.`,
      status: 'needs_input',
    };
  },
};

const countOf = (said: string) => {
  const word = said.toLowerCase().replace(/\s+/g, ' ');
  return COUNTS[word] ?? Math.max(1, Math.min(100, Number.parseInt(word, 10) || 1));
};
