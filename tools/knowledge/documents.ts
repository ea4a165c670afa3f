/**
 * Words of a question that name the DOCUMENT rather than what it says (issue 10, stranger round 7,
 * HIGH 1): "what does my recipe say about eggs?", "my backup script", "my python script", "my
 * french note", "my address book". Such a word may prefer the documents it names (by file type,
 * file name or heading), but is never required of the sentence quoted: a recipe says "Whisk two
 * eggs", never "recipe". Three kinds, hand-made:
 * - generic document nouns (recipe, note, book, script, letter, contract, manual, log, list…);
 * - languages and formats that name a file type ("python" → .py, "shell" → .sh, "markdown" → .md);
 * - languages a document is written in ("french", "german"): never required.
 */
import { extname } from 'node:path';
import { wordTable } from '../../cartridge/lexicon.js';
import { root } from './lexicon.js';

/** Generic nouns of documents, as a person calls their own files. */
const DOCUMENT_NOUNS = `recipe recipes note notes notebook book books script scripts file files doc docs document
documents pdf pdfs letter letters contract contracts lease manual manuals handbook guide syllabus log logs
spreadsheet spreadsheets table tables list lists memo memos report reports paper papers diary journal essay
readme template agreement cheatsheet checklist todo cookbook cookbooks`;

/** Two-word document names: both words name the document ("my address book", "my contact list"). */
const DOCUMENT_PHRASES = [
  'address book',
  'phone book',
  'contact list',
  'contacts list',
  'shopping list',
  'to do',
  'todo list',
];

/** File extensions a word names: a language or format ("python" → .py), or a kind of file. */
const FORMATS: Record<string, string[]> = wordTable({
  python: ['.py', '.pyw', '.ipynb'],
  py: ['.py'],
  shell: ['.sh', '.bash', '.zsh'],
  bash: ['.sh', '.bash'],
  zsh: ['.zsh', '.sh'],
  sh: ['.sh'],
  javascript: ['.js', '.mjs', '.cjs', '.jsx'],
  js: ['.js', '.mjs', '.cjs'],
  typescript: ['.ts', '.tsx', '.mts'],
  ts: ['.ts', '.tsx'],
  ruby: ['.rb'],
  rust: ['.rs'],
  golang: ['.go'],
  java: ['.java'],
  kotlin: ['.kt'],
  swift: ['.swift'],
  php: ['.php'],
  perl: ['.pl'],
  lua: ['.lua'],
  sql: ['.sql'],
  cpp: ['.cpp', '.cc', '.hpp', '.h'],
  markdown: ['.md', '.markdown'],
  md: ['.md', '.markdown'],
  csv: ['.csv'],
  tsv: ['.tsv'],
  html: ['.html', '.htm'],
  json: ['.json'],
  yaml: ['.yaml', '.yml'],
  yml: ['.yaml', '.yml'],
  toml: ['.toml'],
  ini: ['.ini'],
  // "my backup config": a settings file of any dialect (config-keys.ts; S29 M3).
  config: ['.toml', '.ini', '.cfg', '.conf', '.yaml', '.yml', '.json', '.env'],
  configuration: ['.toml', '.ini', '.cfg', '.conf', '.yaml', '.yml', '.json', '.env'],
  xml: ['.xml'],
  pdf: ['.pdf'],
  spreadsheet: ['.csv', '.tsv'],
  script: ['.sh', '.bash', '.zsh', '.py', '.js', '.mjs', '.rb', '.pl', '.ps1', '.bat', '.lua', '.ts'],
  scripts: ['.sh', '.bash', '.zsh', '.py', '.js', '.mjs', '.rb', '.pl', '.ps1', '.bat', '.lua', '.ts'],
});

/**
 * Kinds of file a word names by extension only where the question makes it the document ("what
 * does the email say about the heating?"): elsewhere the word is a field ("what is Tom's email?").
 */
const KINDS: Record<string, string[]> = wordTable({
  email: ['.eml', '.msg', '.mbox'],
  emails: ['.eml', '.msg', '.mbox'],
  mail: ['.eml', '.msg', '.mbox'],
  message: ['.eml', '.msg', '.mbox'],
});
const KIND_STEMS = new Map(Object.entries(KINDS).map(([word, exts]) => [root(word), exts] as const));
/** "what does the email say", "what did my message mention": the words between are the document. */
const SAYING = /^(?:say|says|said|tell|tells|mention|mentions|state|states)$/;
const DETERMINER = /^(?:the|my|our|this|that|your|his|her|their)$/;

/** Languages a document may be written in (English names), folded. */
const LANGUAGES = `english french german spanish italian portuguese dutch russian chinese japanese korean arabic
hebrew greek turkish polish czech swedish norwegian danish finnish hungarian romanian ukrainian hindi
vietnamese thai indonesian catalan latin`;

const stems = (list: string) => new Set(list.split(/\s+/).map(root));
/** Nouns as written, not stems: "booked" or "logging" are verbs, never "my book" or "the log". */
const NOUNS = new Set(DOCUMENT_NOUNS.split(/\s+/));
/** Words after which a document noun is a verb ("how do I log in?", "how to book a table?"). */
const BEFORE_VERB = new Set('i we you they he she to can could will would should must please'.split(' '));
const LANGUAGE_STEMS = stems(LANGUAGES);
const FORMAT_STEMS = new Map(Object.entries(FORMATS).map(([word, exts]) => [root(word), exts] as const));

/**
 * The stems of a question's words (in order, as `words` gives them) that name a document: a
 * document noun, a format, a language, or both words of a document phrase ("address book").
 */
export function documentWords(questionWords: readonly string[]): Set<string> {
  const out = new Set<string>();
  const folded = questionWords.map((word) => word.toLowerCase());
  folded.forEach((word, index) => {
    const stem = root(word);
    const before = folded[index - 1];
    // "how do I mail the form?", "can I email the school?": a verb, not the document.
    const verb = before !== undefined && BEFORE_VERB.has(before);
    if (((NOUNS.has(word) || FORMAT_STEMS.has(stem)) && !verb) || LANGUAGE_STEMS.has(stem)) out.add(stem);
    // "does the email say": a kind word between "does/did the" and a saying verb names the file.
    if (KIND_STEMS.has(stem)) {
      let from = index;
      while (from > 0 && !DETERMINER.test(folded[from - 1] as string) && index - from < 2) from -= 1;
      let to = index + 1;
      while (to < folded.length && !SAYING.test(folded[to] as string) && to - index < 2) to += 1;
      if (
        DETERMINER.test(folded[from - 1] ?? '') &&
        /^(?:does|do|did)$/.test(folded[from - 2] ?? '') &&
        SAYING.test(folded[to] ?? '')
      )
        out.add(stem);
    }
    const next = folded[index + 1];
    // "what is Tomasz supposed to do?", "what do I need to do?": an infinitive, not a to-do list;
    // "my to do list", "the to do" name one (k20: "your to does not mention").
    const infinitive =
      word === 'to' && next === 'do' && !DETERMINER.test(before ?? '') && folded[index + 2] !== 'list';
    if (next !== undefined && !infinitive && DOCUMENT_PHRASES.includes(`${word} ${next}`)) {
      out.add(stem);
      out.add(root(next));
    }
  });
  return out;
}

/** Whether a document word names this file by its type: "python" a .py file, "script" a .sh. */
export function namesFileType(stem: string, path: string): boolean {
  const exts = FORMAT_STEMS.get(stem) ?? KIND_STEMS.get(stem);
  return exts?.includes(extname(path).toLowerCase()) === true;
}

/** Whether a document word's stem is a language a document is written in ("french"). */
export const isLanguage = (stem: string): boolean => LANGUAGE_STEMS.has(stem);

/** Whether a document word's stem names a language or format of file ("python", "markdown"). */
export const isFormat = (stem: string): boolean => FORMAT_STEMS.has(stem);

/**
 * Common function words of the languages a person's papers come in besides English (folded):
 * enough of them in a text says which language it is written in.
 */
const FUNCTION_WORDS: Record<string, string> = wordTable({
  english: 'the and of to is are you your for with that this will be on',
  italian: 'il lo la le gli di del della dei delle che per con una non sono al alla entro presente',
  french: 'le la les des du de et est une pour avec que qui dans sur vous nous votre au aux',
  german: 'der die das und ist nicht mit von zu den dem ein eine sie wir ihr ihre bitte',
  spanish: 'el la los las del de que y en por con para una es su sus usted',
  portuguese: 'o os as do da dos das que em para com uma não seu sua você',
  dutch: 'de het een en van is niet met voor op dat zijn u uw',
});
const FUNCTION_SETS = Object.entries(FUNCTION_WORDS).map(
  ([language, list]) => [root(language), new Set(list.split(' '))] as const,
);

/**
 * The stem of the language `text` is written in ("italian" for "con la presente La informiamo che
 * …"), by its function words; undefined when too few say (S34 H4: "the italian bill").
 */
export function writtenIn(text: string): string | undefined {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  let best: string | undefined;
  let most = 0;
  for (const [language, set] of FUNCTION_SETS) {
    const count = words.filter((word) => set.has(word)).length;
    if (count > most) [best, most] = [language, count];
  }
  return most >= 5 ? best : undefined;
}
