import { statSync } from 'node:fs';
import { basename } from 'node:path';
import { z } from 'zod';
import { oneLine } from './schemas.js';
import type { KnowledgeStore } from './store.js';

/**
 * Whether a learned file still is what was learned: `changed` when its size or modification time
 * (ms, rounded as learn stores it) differ from the learned row, `missing` when nothing regular is
 * at its path any more. One `stat` per file, never a re-read or a re-hash, so it is cheap enough
 * for every answer, search and listing. A file that was not learned (or another collection's) is
 * left out.
 */
export type FileState = 'current' | 'changed' | 'missing';

export const staleFile = z.object({
  path: z.string().describe('The learned file.'),
  state: z
    .enum(['changed', 'missing'])
    .describe(
      'changed: its size or modification time differ from when it was learned (line numbers may be off); missing: it is gone from disk.',
    ),
  note: z.string().describe('The same in a sentence, with the command that refreshes it.'),
});
export type StaleFile = z.infer<typeof staleFile>;

/** The shell-safe form of a path for a command shown to the person: quoted when it needs it. */
export const shellPath = (path: string) =>
  /^[\w@%+=:,./~-]+$/.test(path) ? path : `'${path.replace(/'/g, `'\\''`)}'`;

/** A learned file's state now (see FileState); `current` when it is as learned. */
export function fileState(learned: { path: string; size: number; modifiedAt: number }): FileState {
  let info: ReturnType<typeof statSync>;
  try {
    info = statSync(learned.path, { throwIfNoEntry: false });
  } catch {
    return 'missing';
  }
  if (!info?.isFile()) return 'missing';
  return info.size !== learned.size || Math.round(info.mtimeMs) !== learned.modifiedAt
    ? 'changed'
    : 'current';
}

/**
 * The plain sentence for a stale file: "lease.md changed since it was learned; line numbers may
 * be off — `fazt learn /home/a/lease.md` to refresh." / "people.txt is gone from disk since it was
 * learned; `fazt knowledge forget /home/a/people.txt --yes` forgets it." `name` is how answers cite
 * it (the store's display name, default the base name).
 */
export function staleNote(path: string, state: 'changed' | 'missing', name = basename(path)): string {
  const shown = oneLine(name);
  return state === 'changed'
    ? `${shown} changed since it was learned; line numbers may be off — \`fazt learn ${shellPath(oneLine(path))}\` to refresh.`
    : `${shown} is gone from disk since it was learned; \`fazt knowledge forget ${shellPath(oneLine(path))} --yes\` forgets it.`;
}

/**
 * The cited files of a collection that changed or are gone since they were learned, in the order
 * first cited, each once. `names`: the store's display names (see `displayNames`).
 */
export function staleFiles(
  store: KnowledgeStore,
  collectionId: number | undefined,
  paths: readonly string[],
  names?: ReadonlyMap<string, string>,
): StaleFile[] {
  if (collectionId === undefined) return [];
  const out: StaleFile[] = [];
  for (const path of new Set(paths)) {
    const learned = store.file(collectionId, path);
    if (!learned) continue;
    const state = fileState(learned);
    if (state !== 'current') out.push({ path, state, note: staleNote(path, state, names?.get(path)) });
  }
  return out;
}
