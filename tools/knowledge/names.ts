/** Learned documents called by name rather than path: "the lease document", "my recipes". */

/** Words a person calls a document by, after its name: "the lease document", "my car manual". */
export const KIND_WORDS = /\s+(?:documents?|docs?|files?|folders?|pdfs?|manuals?|handbooks?)$/i;
/** Path-like: absolute, home-relative or explicitly relative ("/tmp/docs", "~/x", "./notes"). */
export const PATH_LIKE = /^(?:~|\.{1,2})?\//;

/** A name's leading determiner: "the contracts", "all my recipes" are the contracts, the recipes. */
const DETERMINER = /^\s*(?:(?:all|both)\s+(?:of\s+)?)?(?:the|my|our|your|his|her|their|these|those)\s+/iu;

/** A word without its plural ending ("contracts" → "contract", "policies" → "policy", "boxes" → "box"). */
function singular(word: string): string {
  if (word.length <= 3) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(?:ch|sh|x|ss)es$/u.test(word)) return word.slice(0, -2);
  if (/[^su]s$/u.test(word)) return word.slice(0, -1);
  return word;
}

/** A name's words, lowercase and singular ("Phone_Contracts.md" → phone, contract, md). */
const wordsOf = (text: string): string[] =>
  (
    text
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  ).map(singular);

/**
 * The learned files a plain name picks ("lease", "car manual", "shakshuka.md", "the contracts"),
 * `all`: those whose file name with or without its extension, or one of whose folders, has
 * exactly these words (case, "-" and "_", a leading "the"/"my" and plural endings aside: "my
 * contracts" is contract.md and a contracts/ folder), or with a kind word ("manual") in the name,
 * the name words plus it. When no name is exactly that, those whose name has these words among
 * others ("phone_contract.md", "employment-contracts/" for "contracts"; S15 item 7). Empty when
 * none does. `files`: those picked by their own exact name, not a folder's.
 */
export function namedFiles(paths: readonly string[], name: string): { all: string[]; files: string[] } {
  const key = (text: string) => wordsOf(text).join(' ');
  const bare = name.replace(DETERMINER, '');
  const wanted = new Set(
    [name, bare].flatMap((text) => [key(text), key(text.replace(KIND_WORDS, ''))]).filter(Boolean),
  );
  const names = (path: string) => {
    const full = path.split('/').filter(Boolean).at(-1) ?? '';
    return [full, full.replace(/\.[^.]*$/, '')];
  };
  const folders = (path: string) => path.split('/').filter(Boolean).slice(0, -1);
  const ownName = (path: string) => names(path).some((part) => wanted.has(key(part)));
  const exact = paths.filter((path) => ownName(path) || folders(path).some((part) => wanted.has(key(part))));
  if (exact.length > 0) return { all: exact, files: exact.filter(ownName) };
  // Among other words: the name's words in a row inside a file's or folder's name.
  const runs = [...wanted].map((text) => ` ${text} `);
  const holds = (part: string) => runs.some((run) => ` ${key(part)} `.includes(run));
  const among = paths.filter((path) => holds(names(path)[1] as string) || folders(path).some(holds));
  return { all: among, files: [] };
}

/** The learned files a plain name picks (`namedFiles(…).all`). */
export const byName = (paths: readonly string[], name: string): string[] => namedFiles(paths, name).all;
