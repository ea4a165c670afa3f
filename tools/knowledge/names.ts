/** Learned documents called by name rather than path: "the lease document", "my recipes". */

/** Words a person calls a document by, after its name: "the lease document", "my car manual". */
export const KIND_WORDS = /\s+(?:documents?|docs?|files?|folders?|pdfs?|manuals?|handbooks?)$/i;
/** Path-like: absolute, home-relative or explicitly relative ("/tmp/docs", "~/x", "./notes"). */
export const PATH_LIKE = /^(?:~|\.{1,2})?\//;

/**
 * The learned files a plain name picks ("lease", "car manual"): those whose file name without
 * extension, or one of whose folders, has exactly these words (case, "-" and "_" aside), or
 * with a kind word ("manual") in the name, the name words plus it. Empty when none does.
 */
export function byName(paths: readonly string[], name: string): string[] {
  const key = (text: string) =>
    (
      text
        .normalize('NFKC')
        .toLowerCase()
        .match(/[\p{L}\p{N}]+/gu) ?? []
    ).join(' ');
  const wanted = new Set([key(name), key(name.replace(KIND_WORDS, ''))]);
  return paths.filter((path) => {
    const parts = path.split('/').filter(Boolean);
    const file = (parts.at(-1) ?? '').replace(/\.[^.]*$/, '');
    return [file, ...parts.slice(0, -1)].some((part) => wanted.has(key(part)));
  });
}
