import { basename, dirname } from 'node:path';
import { NotFoundError, UsageError } from '../../cartridge/errors.js';
import { KIND_WORDS, namedFiles, PATH_LIKE } from './names.js';
import type { FileScope, KnowledgeStore } from './store.js';
import { userPathPrefix } from './store.js';

/** Where a path option of a knowledge tool (pathPrefix, path) points, resolved once for all of them. */
export interface LearnedPlace {
  /** What the person gave ("notes", "~/docs/", "the lease document"). */
  given: string;
  /** The absolute path it names (`resolveUserPath`: relative to the working folder, `~` is home). */
  resolved: string;
  /** The learned files it picks, as a store scope; `paths` set when a name picked them. */
  scope: FileScope;
  /** How many learned files are in the scope (0: nothing is learned there). */
  files: number;
  /** True when a bare name picked learned files by their name rather than the path. */
  byName: boolean;
}

/**
 * The one reading of a path given to knowledge_search, knowledge_ask, knowledge_list and
 * knowledge_forget (and `fazt knowledge … --path`), the same as `fazt learn` reads its paths:
 *
 * 1. As a path: `resolveUserPath` (relative to the working folder, `~` is home), without a
 *    trailing slash; it picks the learned file at that path or every learned file under that
 *    folder ("/docs/lease" never picks "/docs/lease2.md").
 * 2. Only when that path holds no learned file and what was given is a bare name (no "/", not
 *    "~" or "."): the learned files called so ("recipes", "the lease document", "shakshuka.md",
 *    see `namedFiles`), so "search my recipes for eggs" works from any folder. A file name that
 *    names files in several folders (two "notes.md") is refused with UsageError listing them.
 *
 * 3. A path (with a folder part) that holds no learned file and whose last part has no extension
 *    ("../home/lease", "~/docs/lease"): the learned files in that folder with that name and any
 *    extension (lease.md, lease.txt), as the bare name "lease" finds lease.md.
 *
 * `files` is 0 when none picks anything; `nothingLearnedAt` says so naming the resolved path.
 */
export function learnedPlace(
  store: KnowledgeStore,
  collectionId: number | undefined,
  given: string,
): LearnedPlace {
  const resolved = userPathPrefix(given);
  const atPath = { pathPrefix: resolved };
  const count = collectionId === undefined ? 0 : store.fileCount(collectionId, atPath);
  const bare = !PATH_LIKE.test(given) && !given.includes('/') && given !== '.' && given !== '..';
  if (count > 0 || collectionId === undefined) {
    return { given, resolved, scope: atPath, files: count, byName: false };
  }
  if (!bare) {
    const stem = basename(resolved);
    const folder = dirname(resolved);
    const same =
      stem.includes('.') || stem === ''
        ? []
        : store
            .files(collectionId, { pathPrefix: folder })
            .map((file) => file.path)
            .filter((path) => dirname(path) === folder && basename(path).replace(/\.[^.]*$/, '') === stem);
    return same.length
      ? { given, resolved, scope: { paths: same }, files: same.length, byName: false }
      : { given, resolved, scope: atPath, files: 0, byName: false };
  }
  const { all: named, files } = namedFiles(
    store.files(collectionId).map((file) => file.path),
    given,
  );
  // "notes.md" when two folders hold a notes.md: which one is meant is the person's to say.
  const folders = new Set(files.map((path) => dirname(path)));
  if (files.length === named.length && folders.size > 1)
    throw new UsageError(
      `Several learned files are called "${given}": ${files.join(', ')}. Give the one you mean by its path, e.g. ${files[0]}.`,
    );
  return named.length
    ? { given, resolved, scope: { paths: named }, files: named.length, byName: true }
    : { given, resolved, scope: atPath, files: 0, byName: false };
}

/**
 * "Nothing is learned at /home/ann/notes ("notes", from /home/ann)": the plain refusal for a path
 * filter that picks no learned file, naming the resolved path (and the name, when it was not
 * found as a name either).
 */
export function nothingLearnedAt(place: LearnedPlace, collection: string): NotFoundError {
  const from = place.resolved === place.given ? '' : ` ("${place.given}" read from ${process.cwd()})`;
  const name =
    !PATH_LIKE.test(place.given) && !place.given.includes('/')
      ? `, and no learned file or folder is called "${place.given.replace(KIND_WORDS, '')}"`
      : '';
  return new NotFoundError(
    `Nothing is learned at ${place.resolved}${from}${name}${collection === 'default' ? '' : ` in collection "${collection}"`}. \`fazt knowledge list\` shows what is learned; give a learned file or folder, or leave the path out to use every document.`,
  );
}
