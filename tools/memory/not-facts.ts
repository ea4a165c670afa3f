/**
 * "delete all my notes", "remove all photos", "erase the cartridge", "delete all my apps": a
 * forget/delete request whose object is another store as a whole, never a fact of that name. No
 * tool deletes those in bulk, so the answer says plainly how they are deleted (one at a time, each
 * with approval) and how to list them; nothing runs. One note by its number is `notes_delete`'s own
 * template ("forget note 3"), not this.
 */
import type { SlotProblem } from '../offline.js';

const ALL = String.raw`(?:(?:all|every|each|the\s+whole|the\s+entire|whole|entire)\s+)?(?:(?:of\s+)?(?:my|the|your|our|those|these)\s+)?`;

const KINDS: readonly { pattern: RegExp; reply: string }[] = [
  {
    // "forget note -1", "forget note 1.5": a note by a number no note has (whole numbers from 1).
    pattern: /^(?:(?:my|the|that|this)\s+)?(?:note|memo)\s+(?:number\s+|no\.?\s*|#)?[-+−]?\d[\d.,]*$/iu,
    reply:
      'Notes are numbered 1, 2, 3…, so no note has that number. Say "list my notes" to see their numbers, then "delete note 3" for the one to go. Nothing was deleted.',
  },
  {
    pattern: new RegExp(`^${ALL}(?:notes?|memos?)$`, 'i'),
    reply:
      'I delete notes one at a time, each with your approval, so nothing is lost in bulk by mistake. Say "list my notes" to see them with their numbers, then "delete note 3" for each one to go. Nothing was deleted.',
  },
  {
    pattern: new RegExp(String.raw`^${ALL}(?:photos?|pictures?|pics|images?|photo\s+library|gallery)$`, 'i'),
    reply:
      'There is no "delete all photos": I remove photos by their id, each with your approval ("list my photos" shows them, then "remove the photo <id>"), or every photo whose file is gone from disk ("remove photos that are gone from disk"). Files on your disk are never touched. Nothing was removed.',
  },
  {
    pattern: new RegExp(`^${ALL}(?:apps?|sites?|websites?)$`, 'i'),
    reply:
      'I delete apps one at a time, each with your approval. Say "list my apps" to see them, then "delete the app blog" for each one to go. Nothing was deleted.',
  },
  {
    pattern: new RegExp(
      String.raw`^${ALL}(?:cartridge|database|db|fazt(?:\s+(?:data(?:base)?|cartridge))?|everything\s+in\s+fazt)$`,
      'i',
    ),
    reply:
      'No tool erases the cartridge: it is one file, and deleting that file is how to start over (`fazt status` shows its path; fazt makes a new empty one when next run). To keep a copy first, run `fazt backup ~/fazt-backup.db`. Nothing was deleted.',
  },
];

/** The whole answer for a request to forget another store as a whole, or undefined. */
export function notAFactStore(text: string): { problem: SlotProblem } | undefined {
  const said = text.trim();
  const kind = KINDS.find(({ pattern }) => pattern.test(said));
  return kind
    ? { problem: { field: 'key', message: `"${said}" is not a remembered fact`, reply: kind.reply } }
    : undefined;
}

/**
 * The app a fact's name names, as `apps_delete`'s call ("delete my blog" with an app "blog" and no
 * such fact); the output is `apps_list`'s. Built-in apps cannot be deleted, so they are not offered.
 */
export function appNamed(
  output: unknown,
  { key }: { key: string },
): { tool: string; input: Record<string, unknown>; both: string } | undefined {
  const apps = (output as { apps?: { name: string; kind?: string }[] } | undefined)?.apps ?? [];
  const name = key
    .trim()
    .replace(/^(?:(?:my|the|our|this|that)\s+)+/i, '')
    .toLowerCase();
  const app = apps.find((entry) => entry.name.toLowerCase() === name && entry.kind !== 'builtin');
  if (!app) return undefined;
  return {
    tool: 'apps_delete',
    input: { name: app.name },
    both: `"${key}" is both a remembered fact and an app. Which should I delete? Say "forget my ${key}" for the fact, or "delete the app ${app.name}" for the app. Nothing was deleted.`,
  };
}

/** "forget my blog", "delete the memory blog": said of a remembered fact, so never an app. */
export const mayNameApp = (said: string) => !/\b(?:forget|memory|memories|fact|remembered)\b/i.test(said);
