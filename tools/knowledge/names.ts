/** Learned documents called by name rather than path: "the lease document", "my recipes". */

/** Words a person calls a document by, after its name: "the lease document", "my car manual". */
export const KIND_WORDS = /\s+(?:documents?|docs?|files?|folders?|pdfs?|manuals?|handbooks?)$/i;
/** Path-like: absolute, home-relative or explicitly relative ("/tmp/docs", "~/x", "./notes"). */
export const PATH_LIKE = /^(?:~|\.{1,2})?\//;

/**
 * The learned files a plain name picks ("lease", "car manual", "shakshuka.md"), `all`: those
 * whose file name with or without its extension, or one of whose folders, has exactly these words
 * (case, "-" and "_" aside), or with a kind word ("manual") in the name, the name words plus it;
 * empty when none does. `files`: those of them picked by their own name, not a folder's.
 */
export function namedFiles(paths: readonly string[], name: string): { all: string[]; files: string[] } {
  const key = (text: string) =>
    (
      text
        .normalize('NFKC')
        .toLowerCase()
        .match(/[\p{L}\p{N}]+/gu) ?? []
    ).join(' ');
  const wanted = new Set([key(name), key(name.replace(KIND_WORDS, ''))]);
  const ownName = (path: string) => {
    const full = path.split('/').filter(Boolean).at(-1) ?? '';
    return [full, full.replace(/\.[^.]*$/, '')].some((part) => wanted.has(key(part)));
  };
  const all = paths.filter(
    (path) =>
      ownName(path) ||
      path
        .split('/')
        .filter(Boolean)
        .slice(0, -1)
        .some((part) => wanted.has(key(part))),
  );
  return { all, files: all.filter(ownName) };
}

/** The learned files a plain name picks (`namedFiles(…).all`). */
export const byName = (paths: readonly string[], name: string): string[] => namedFiles(paths, name).all;
