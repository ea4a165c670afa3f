/**
 * Where a question asks to look (issue 10, stranger round 8, HIGH 1 and HIGH 3), read before the
 * answerer looks for its words:
 *
 * - "my school folder", "my people directory", "my school documents": a learned folder or file
 *   named before "folder"/"directory"/"dir"/"files"/"documents"/"docs" is a path scope (scope.ts,
 *   the one resolver), and those words leave the question; "my taxes folder" when nothing learned
 *   is called "taxes" is refused, naming "taxes".
 * - A word that could name a document ("lease", "essay", "recipe", "log", documents.ts) may be
 *   left out of the quote only when it names a learned document — by file name, folder, title
 *   (the first heading) or file type — and then the answer comes from those documents first
 *   (`named`). One that names no learned document is an ordinary content word (`required`),
 *   except words that say what the file is rather than what it is called (`SOFT`: "my recipe",
 *   "my notes", "my script"), which never answer from a document another kind of word names
 *   (a recipe is not "lease.md"); and "file"/"document"/a language, which name every document.
 */
import { basename, extname } from 'node:path';
import type { Cartridge } from '../../cartridge/open.js';
import { documentWords, isFormat, isLanguage, namesFileType } from './documents.js';
import { root, rootsOf } from './lexicon.js';
import { learnedPlace } from './scope.js';
import type { KnowledgeStore, SearchFilter } from './store.js';
import { isStopWord, words } from './text.js';
import { documentTitle } from './title.js';

/** Names of every document: never required, never narrowing. */
const EVERY = new Set('file files doc docs document documents folder folders pdf pdfs'.split(' ').map(root));
/** Words saying what kind of file it is, which its name rarely says ("pancakes.md" is a recipe). */
const SOFT = new Set(
  `recipe recipes note notes notebook book books script scripts list lists journal diary todo checklist
cheatsheet table tables spreadsheet spreadsheets paper papers cookbook cookbooks`
    .split(/\s+/)
    .map(root),
);
/**
 * Other names of one document, as stems: a lease is the rental or tenancy agreement or contract;
 * what a person calls the paper, not what its file is called (S12 MEDIUM 9).
 */
const DOCUMENT_ALIASES = new Map(
  Object.entries({
    agreement: ['lease', 'tenancy', 'rental'],
    contract: ['lease', 'tenancy', 'rental'],
  }).map(([word, aliases]) => [root(word), aliases.map(root)] as const),
);
/** The stems another name of a document names too: "contract" → lease, tenancy, rental; else none. */
export const documentAliases = (r: string): readonly string[] => DOCUMENT_ALIASES.get(r) ?? [];
/** Every document noun, to tell a file another kind of word names ("lease.md", "syllabus.pdf"). */
const NAMED_KINDS = documentWords(
  `lease contract contracts letter letters essay syllabus manual manuals handbook guide log logs memo memos
report reports agreement readme template`.split(/\s+/),
);
/** "my school folder", "the people directory", "my school documents": a name before a kind of place. */
const PLACE =
  /(?:^\s*|\b(?:my|our)\s+)((?:[\p{L}\p{N}_.-]+\s+){0,2}?[\p{L}\p{N}_.-]+)\s+(folders?|director(?:y|ies)|dirs?|files|documents|docs)\b/iu;
/**
 * A search command around a place ("search my work folder for the wifi password", "look in our
 * school docs for the deadline"): the place (1) and what is looked for (2), as `fazt ask` reads it
 * (S12 MEDIUM 10).
 */
const SEARCH_COMMAND =
  /^\s*(?:please\s+)?(?:search|look|check|find|grep|scan)(?:\s+(?:in|through|inside))?\s+((?:my|our)\s+(?:[\p{L}\p{N}_.-]+\s+){1,3}?(?:folders?|director(?:y|ies)|dirs?|files|documents|docs))\s+(?:for|about)\s+(.+)$/iu;
/** Words before "folder" that are not a folder's name ("my whole folder", "the pdf files"). */
const NOT_A_NAME = new Set(
  'whole entire own other all learned same new old pdf text code markdown html'.split(' '),
);

/** Words after which the next word is a verb ("who books", "I file", "they log"). */
const VERB_AFTER = new Set('who i we you they he she'.split(' '));
/**
 * Words before which a document word is a verb with its object ("did any disk report a SMART
 * failure?", "does the app log the error?"): a document named is never followed by an article
 * (S27 MEDIUM 16).
 */
const OBJECT_AFTER = new Set('a an the any some'.split(' '));

export interface AskedPlace {
  /** The question without the place words ("what does my say about grading?"). */
  question: string;
  filter: SearchFilter | undefined;
  /** Stems of document words that name no learned document: content words, required. */
  required: Set<string>;
  /** The learned documents a document word names, as the person said it ("lease"). */
  named?: { word: string; filter: SearchFilter };
  /** The learned place the question named, as said ("your school folder"). */
  said?: string;
  /** Set when the question names a learned place that does not exist ("my taxes folder"). */
  refusal?: string;
}

/** The stems naming a learned file: its last two folders, its file name's words and its title. */
function namingStems(path: string, title: string): Set<string> {
  const folders = path.split(/[\\/]/).slice(-3, -1).join(' ');
  const name = basename(path, extname(path)).replace(/(?<=\p{L})(?=\p{N})/gu, ' ');
  return rootsOf(`${folders} ${name} ${title.split(' › ').slice(0, 2).join(' ')}`);
}

/**
 * Reads where `question` asks to look, within `filter` of `collection` (see the module comment).
 * Cost: one scan of the collection's files and first headings when the question has a document word.
 */
export function askedPlace(
  cartridge: Cartridge,
  store: KnowledgeStore,
  collection: string,
  typed: string,
  filter: SearchFilter | undefined,
): AskedPlace {
  // "search my work folder for the wifi password" asks "the wifi password in my work folder".
  const command = SEARCH_COMMAND.exec(typed);
  const question = command ? `${command[2]} in ${command[1]}` : typed;
  const target = store.collection(collection);
  const required = new Set<string>();
  if (target === undefined) return { question, filter, required };
  let asked = question;
  let scope = filter;
  let said: string | undefined;
  const place = PLACE.exec(question);
  const name = place?.[1]?.trim();
  const placed = filter?.pathPrefix !== undefined || filter?.paths !== undefined;
  if (place && name && !placed && !NOT_A_NAME.has(name.toLowerCase())) {
    const found = learnedPlace(store, target.id, name);
    const folderWord = /^(?:folders?|director|dirs?)/i.test(place[2] as string);
    if (found.files > 0) {
      scope = { ...filter, ...found.scope };
      said = `your ${name} ${(place[2] as string).toLowerCase()}`;
      asked = `${question.slice(0, place.index)}${question.slice(place.index + place[0].length)}`.replace(
        /\s+/g,
        ' ',
      );
    } else if (folderWord)
      return {
        question,
        filter,
        required,
        refusal: `I don't know: no learned folder or file is called "${name}". \`fazt knowledge list\` shows what is learned.`,
      };
  }
  const questionWords = words(asked);
  // "who books the room?", "where do I file it?", "when do we log it?": a word right after "who"
  // or a person is a verb, never a document's name (S23 LOW "Your books does not say").
  const documentStems = [
    ...documentWords(
      questionWords.filter(
        (_, index) =>
          !VERB_AFTER.has(questionWords[index - 1] ?? '') &&
          !OBJECT_AFTER.has(questionWords[index + 1] ?? ''),
      ),
    ),
  ].filter((r) => !EVERY.has(r));
  if (documentStems.length === 0)
    return { question: asked, filter: scope, required, ...(said ? { said } : {}) };
  // A file's title: its first chunk's trail, and the title its first lines give whatever the
  // markup (a heading after a comment or front matter, an e-mail's Subject: title.ts).
  const titles = new Map(
    (
      cartridge
        .prepare(
          `SELECT f.path AS path, COALESCE(c.heading, '') AS heading, COALESCE(c.text, '') AS text,
             COALESCE(c.line_start, 0) AS lineStart FROM knowledge_files f
           LEFT JOIN knowledge_chunks c ON c.file_id = f.id AND c.ordinal = 0 WHERE f.collection_id = ?`,
        )
        .all(target.id) as { path: string; heading: string; text: string; lineStart: number }[]
    ).map((row) => [
      row.path,
      `${row.heading} ${row.lineStart === 1 ? (documentTitle(row.path, row.text) ?? '') : ''}`,
    ]),
  );
  const inScope = store.files(target.id, scope ?? {}).map((file) => file.path);
  const stemsOf = new Map(inScope.map((path) => [path, namingStems(path, titles.get(path) ?? '')]));
  // By type ("python" a .py), by extension ("log" a .log), or by name, folder or title.
  const namesAs = (r: string, path: string) =>
    namesFileType(r, path) || root(extname(path).slice(1)) === r || stemsOf.get(path)?.has(r) === true;
  // "my rental agreement", "my tenancy contract", and a bare "my contract": a lease by another of
  // its names (S12 MEDIUM 9; issue 7, S11). A bare "contract" names every contract learned: the
  // lease, and an employment contract beside it when there is one (each is quoted with its name).
  // "my to do list": "to" and "do" name "to-do.md" together, never "Welcome to PureGym" alone (k20).
  const functionStems = documentStems.filter(isStopWord);
  const names = (r: string, path: string) =>
    isStopWord(r)
      ? functionStems.every((other) => namesAs(other, path))
      : namesAs(r, path) || (DOCUMENT_ALIASES.get(r) ?? []).some((alias) => namesAs(alias, path));
  const named = new Set<string>();
  let word: string | undefined;
  const alone = (r: string) => questionWords.filter((w) => root(w) === r && documentWords([w]).size > 0);
  let soft = false;
  for (const r of documentStems) {
    const paths = inScope.filter((path) => names(r, path));
    if (paths.length > 0) {
      for (const path of paths) named.add(path);
      // Named as said, with the document words around it: "my python script" → "python script".
      const at = questionWords.findIndex((w) => root(w) === r);
      if (word === undefined && at >= 0) {
        const isDocumentWord = (w: string | undefined) =>
          w !== undefined && documentWords([w]).size > 0 && !EVERY.has(root(w));
        let from = at;
        let to = at + 1;
        while (isDocumentWord(questionWords[from - 1])) from -= 1;
        while (isDocumentWord(questionWords[to])) to += 1;
        word = questionWords.slice(from, to).join(' ');
      }
    } else if (SOFT.has(r) || isFormat(r)) soft = true;
    // A language ("my french note") or half of "address book" names no file and asks nothing.
    else if (alone(r).length > 0 && !isLanguage(r)) required.add(r);
  }
  if (named.size > 0)
    return {
      question: asked,
      filter: scope,
      required,
      named: { word: word as string, filter: { ...scope, paths: [...named] } },
    };
  if (soft) {
    // "my recipe" with no file called so: any document but those another kind of word names.
    const other = inScope.filter((path) => [...NAMED_KINDS].some((r) => stemsOf.get(path)?.has(r)));
    if (other.length > 0 && other.length < inScope.length)
      scope = { ...scope, paths: inScope.filter((path) => !other.includes(path)) };
  }
  return { question: asked, filter: scope, required, ...(said ? { said } : {}) };
}
