import { basename, extname } from 'node:path';
import type { Cartridge } from '../../cartridge/open.js';
import { decodeLineMap } from './lines.js';
import { cite, pdfPlace } from './schemas.js';
import { type ScoredPassage, searchKnowledge } from './search.js';
import { sentenceSpans } from './sentences.js';
import { createKnowledgeStore, type SearchFilter } from './store.js';
import { isStopWord, queryTerms, stem, words } from './text.js';

export interface Citation {
  path: string;
  lineStart: number;
  lineEnd: number;
  heading: string;
  quote: string;
}

export interface Answer {
  /** False when nothing in the documents answers: the answer then says so and cites nothing. */
  known: boolean;
  answer: string;
  citations: Citation[];
  /** The passages searched, best first (for a model to read). */
  passages: ScoredPassage[];
}

/** Sentences the answer may quote at most; more that answer are counted and pointed to. */
const MAX_SENTENCES = 8;

/**
 * Words that frame a question rather than name what it is about: "how much is the rent?" asks
 * about the rent, and a lease that says "Monthly rent: $1,450" answers it without the word "much".
 */
const FRAMING = new Set(
  `much many often long soon far amount kind sort type exactly actually really currently anymore know
need needs want pay pays paid paying cost costs allowed permitted ok okay fine policy policies rule rules
info information detail details`.split(/\s+/),
);

/**
 * Words that name the same thing in a person's papers, as groups (Porter-stemmed when used): "my
 * apartment" is the lease, "monthly payment" the monthly rent, "how heavy" the weight in pounds,
 * "what did we decide" the "## Decisions". Small and hand-made on purpose: each group is a
 * wording a person uses for their own documents; a question word with none of its group in the
 * documents is not known to them.
 */
const SYNONYM_GROUPS = [
  'apartment flat lease rental tenancy tenant landlord',
  'car vehicle auto automobile',
  'bicycle bike',
  'month monthly',
  'payment pay rent instalment installment',
  'decide decided decision decisions agreed',
  'heavy weight weigh pounds lbs kg',
  'cat cats kitten',
  'dog dogs puppy',
  'manual handbook guide',
  'meeting sync standup',
];
const SYNONYMS = new Map<string, Set<string>>();
for (const group of SYNONYM_GROUPS) {
  const roots = new Set(group.split(' ').map(stem));
  for (const root of roots) SYNONYMS.set(root, new Set([...(SYNONYMS.get(root) ?? []), ...roots]));
}
/** A stem and the stems of its synonyms. */
const alternatives = (root: string): Set<string> => SYNONYMS.get(root) ?? new Set([root]);
const isNumber = (root: string) => /^\p{N}+$/u.test(root);
/** Stems of words that follow "my"/"our" up to a stop word: what the person owns and asks about. */
function possessed(question: string): Set<string> {
  const out = new Set<string>();
  const list = words(question);
  list.forEach((word, index) => {
    if (word !== 'my' && word !== 'our') return;
    for (const next of list.slice(index + 1, index + 4)) {
      if (isStopWord(next) || FRAMING.has(next)) break;
      out.add(stem(next));
    }
  });
  return out;
}

interface Sentence {
  text: string;
  heading: string;
  line: number;
  lineEnd: number;
  passage: ScoredPassage;
  order: number;
  coverage: number;
}

/**
 * Text without terminal escape sequences, whole: CSI ("ESC[31m"), OSC ("ESC]0;title BEL") and
 * what is left of them once ingest made ESC and BEL spaces ("[31m", "]0;PWNED"), so a learned
 * log or a hostile file cannot colour or retitle the terminal or litter a quote. Sequences per
 * ECMA-48 (CSI: parameter bytes 0x30–0x3F, intermediates 0x20–0x2F, final 0x40–0x7E).
 */
function withoutEscapes(text: string): string {
  return (
    text
      // biome-ignore lint/suspicious/noControlCharactersInRegex: escape sequences are what is removed.
      .replace(/\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b\[[0-?]*[ -/]*[@-~]|\u001b/g, '')
      .replace(/(^|\s)\[[0-9;?]*[A-HJKSTfhlmsu](?!\])/g, '$1')
      .replace(/(^|\s)\]\d+;\S*/g, '$1')
  );
}

/** A line ends a sentence: its last visible character is . ! ? (or one inside a closing quote). */
const ENDS_SENTENCE = /[.!?…]["'”’)\]]*\s*$/u;
/** A list item's marker: "- ", "* ", "+ ", "1. ", "2) ". */
const LIST_MARKER = /^\s*(?:[-*+]|\d+[.)])\s+/;

/**
 * Sentences of a passage with their line numbers. Lines are grouped into paragraphs (a blank
 * line, a heading, a list item or a line that neither ends a sentence nor is continued by a
 * lowercase word starts a new one), and each paragraph is cut into sentences by
 * `sentenceSpans` (Unicode sentence segmentation), so "$4.50" or "Dr. Smith" are never cut.
 * Code is quoted line by line, and so is a line without sentence punctuation ("Monthly rent:
 * $1,450"). Headings are not sentences: they become the trail of what follows them.
 */
function sentencesOf(
  passage: ScoredPassage,
): { text: string; line: number; lineEnd: number; heading: string }[] {
  const out: { text: string; line: number; lineEnd: number; heading: string }[] = [];
  // The trail of a sentence: the chunk's, unless a heading inside the chunk comes first.
  const title = passage.heading.split(' › ')[0] ?? '';
  let heading = passage.heading;
  const code = passage.type === 'code';
  // File lines of each text line: extracted text (HTML) has its map, other files are their text.
  const map = decodeLineMap(passage.lineMap);
  const firstOf = (index: number) => map[index]?.[0] ?? passage.lineStart + index;
  const lastOf = (index: number) => map[index]?.[1] ?? passage.lineStart + index;
  let paragraph: { text: string; lines: number[] } | undefined;
  const flush = () => {
    if (!paragraph) return;
    const { text, lines } = paragraph;
    // `lines[i]`: the text line (index in the passage) of character i of the paragraph.
    for (const { start, end } of code ? [{ start: 0, end: text.length }] : sentenceSpans(text)) {
      const raw = text.slice(start, end);
      const cleaned = withoutEscapes(raw).replace(/\s+/g, ' ').trim();
      if (cleaned.length < 3) continue;
      const first = start + (raw.length - raw.trimStart().length);
      const last = start + raw.trimEnd().length - 1;
      out.push({
        text: cleaned,
        line: firstOf(lines[first] as number),
        lineEnd: Math.max(firstOf(lines[first] as number), lastOf(lines[last] as number)),
        heading,
      });
    }
    paragraph = undefined;
  };
  passage.text.split('\n').forEach((rawLine, index) => {
    // Heading lines name a section; they are its trail, not an answer.
    const headingLine = /^\s*#{1,6}\s+(.*)$/.exec(rawLine);
    if (headingLine) {
      flush();
      heading = [title, (headingLine[1] as string).replace(/#+\s*$/, '').trim()].filter(Boolean).join(' › ');
      return;
    }
    if (rawLine.trim() === '') {
      flush();
      return;
    }
    const listItem = LIST_MARKER.test(rawLine);
    const line = rawLine.replace(LIST_MARKER, '').trim();
    const previous = paragraph?.text.trimEnd() ?? '';
    const continues =
      paragraph !== undefined &&
      !code &&
      !listItem &&
      (ENDS_SENTENCE.test(previous) || /^[\p{Ll}\p{N}(]/u.test(line));
    if (!continues) flush();
    if (!paragraph) paragraph = { text: '', lines: [] };
    else {
      paragraph.text += ' ';
      paragraph.lines.push(index - 1);
    }
    paragraph.text += line;
    for (let i = 0; i < line.length; i += 1) paragraph.lines.push(index);
  });
  flush();
  return out;
}

/**
 * Answers a question from the learned documents without a model: finds the passages, then the
 * sentences that hold the question's subject — every content word of the question (framing
 * words such as "much" or "allowed" and bare numbers aside), each found in the sentence, in its
 * section heading ("## Pets" › "Tenant may keep one cat"), or, for words that name the document
 * ("lease", "car manual", "weekly sync"), in the file's name, folder or title; synonyms of a
 * small hand-made list count (SYNONYM_GROUPS). A question word the documents never use is
 * dropped, unless it names what the person owns ("my bicycle") or nothing else is left: then the
 * answer is "I don't know" — never a guess, and never the car's tyre pressure for the bicycle.
 * Question and text are NFKC-normalised first, so full-width "ｒｅｎｔ" is "rent".
 */
export async function answerQuestion(
  cartridge: Cartridge,
  rawQuestion: string,
  options: { collection: string; filter?: SearchFilter; signal?: AbortSignal; env?: NodeJS.ProcessEnv },
): Promise<Answer> {
  const question = rawQuestion.normalize('NFKC');
  const unknown = (why: string): Answer => ({ known: false, answer: why, citations: [], passages: [] });
  const questionStems = [
    ...new Set(
      queryTerms(question)
        .filter((term) => !FRAMING.has(term))
        .map(stem),
    ),
  ];
  // Synonyms join the search, so "my apartment" reaches the lease.
  const extra = [...new Set(questionStems.flatMap((root) => [...alternatives(root)]))].filter(
    (root) => !questionStems.includes(root),
  );
  const result = await searchKnowledge(cartridge, {
    query: [question, ...extra].join(' '),
    collection: options.collection,
    limit: 8,
    ...(options.filter ? { filter: options.filter } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.env ? { env: options.env } : {}),
  });
  const passages = result.passages;
  if (result.terms.length === 0) return unknown("I don't know: the question has no words to look for.");
  if (passages.length === 0) return unknown("I don't know: nothing in your documents matches that.");
  const store = createKnowledgeStore(cartridge);
  const queryStems = questionStems.filter((root) => !isNumber(root));
  if (queryStems.length === 0) return unknown("I don't know: the question does not say what it is about.");
  const df = store.documentFrequency([...new Set(queryStems.flatMap((root) => [...alternatives(root)]))]);
  const n = Math.max(store.totalChunks(), 1);
  const idf = (root: string) => Math.log((n + 1) / ((df.get(root) ?? 0) + 0.5));
  const known = (root: string) => [...alternatives(root)].some((alt) => (df.get(alt) ?? 0) > 0);
  const has = (set: Set<string>, root: string) => [...alternatives(root)].some((alt) => set.has(alt));
  /** Stems naming a passage's document: its file name, its folders' names and its title. */
  const documentStems = (passage: ScoredPassage) =>
    new Set(
      words(
        `${passage.path.split(/[\\/]/).slice(-3, -1).join(' ')} ${basename(passage.path, extname(passage.path))} ${passage.heading.split(' › ')[0] ?? ''}`.normalize(
          'NFKC',
        ),
      ).map(stem),
    );
  const owned = possessed(question);
  const namesADocument = (root: string) => passages.some((passage) => has(documentStems(passage), root));
  // A word the documents never use: "my bicycle" when only a car is learned means they do not say.
  const strange = queryStems.filter((root) => !known(root) && !namesADocument(root));
  const missingOwned = strange.find((root) => owned.has(root));
  if (missingOwned !== undefined) {
    const word = words(question).find((w) => stem(w) === missingOwned) ?? missingOwned;
    return unknown(`I don't know: your documents do not mention "${word}".`);
  }
  const subject = queryStems.filter((root) => !strange.includes(root));
  if (subject.length === 0) {
    return unknown("I don't know: your documents do not seem to say. Nothing I found answers that.");
  }

  const sentences: Sentence[] = [];
  passages.forEach((passage, rank) => {
    const named = documentStems(passage);
    const asked = subject.filter((root) => !has(named, root));
    // The question only names the document ("what does my lease say?"): nothing is asked of it.
    if (asked.length === 0) return;
    const mass = asked.reduce((sum, root) => sum + idf(root), 0) || 1;
    for (const sentence of sentencesOf(passage)) {
      const headingStems = new Set(
        words(sentence.heading.split(' › ').slice(1).join(' ').normalize('NFKC')).map(stem),
      );
      const own = new Set(words(sentence.text.normalize('NFKC')).map(stem));
      let direct = 0;
      let underHeading = 0;
      for (const root of asked) {
        if (has(own, root)) direct += idf(root);
        else if (has(headingStems, root)) underHeading += idf(root);
      }
      // A sentence answers when it, with its section heading, holds all of what is asked.
      // Sentences saying it themselves rank first.
      if ((direct + underHeading) / mass < 1 - 1e-9) continue;
      const coverage = (direct + underHeading / 2) / mass;
      sentences.push({ ...sentence, passage, order: rank, coverage });
    }
  });
  if (sentences.length === 0) {
    return unknown("I don't know: your documents do not seem to say. Nothing I found answers that.");
  }
  // Overlapping chunks repeat sentences: one per text (and per file line).
  const seen = new Set<string>();
  const unique = sentences
    .sort((a, b) => b.coverage - a.coverage || a.order - b.order || a.line - b.line)
    .filter((sentence) => {
      const keys = [sentence.text.toLowerCase(), `${sentence.passage.path}\0${sentence.line}`];
      if (keys.some((key) => seen.has(key))) return false;
      for (const key of keys) seen.add(key);
      return true;
    });
  // Quoted in reading order: by the best rank of their file, then by line.
  const fileRank = new Map<string, number>();
  for (const sentence of unique)
    fileRank.set(sentence.passage.path, Math.min(fileRank.get(sentence.passage.path) ?? 1e9, sentence.order));
  const chosen = unique
    .slice(0, MAX_SENTENCES)
    .sort(
      (a, b) =>
        (fileRank.get(a.passage.path) as number) - (fileRank.get(b.passage.path) as number) ||
        a.passage.path.localeCompare(b.passage.path) ||
        a.line - b.line,
    );
  const names = store.displayNames(chosen.map((sentence) => sentence.passage.path));
  const citations = chosen.map((sentence) => ({
    path: sentence.passage.path,
    lineStart: sentence.line,
    lineEnd: sentence.lineEnd,
    heading: sentence.heading,
    quote: sentence.text,
  }));
  const more = unique.length - chosen.length;
  const answer = [
    ...chosen.map((sentence, index) => {
      const citation = citations[index] as Citation;
      // A PDF's lines are of its extracted text; the page ("# Page 2" heading) finds it on paper.
      // (PDFs learned since lines are counted per page are cited "p.2 l.2" by cite itself.)
      const page =
        sentence.passage.type === 'pdf' && !pdfPlace(citation)
          ? /(?:^| › )Page (\d+)\b/.exec(sentence.heading)?.[1]
          : undefined;
      return `${citation.quote} (${cite(citation, names.get(citation.path))}${page ? `, p.${page}` : ''})`;
    }),
    ...(more > 0
      ? [
          `(${more} more sentence${more === 1 ? '' : 's'} may answer too; \`fazt knowledge search\` shows the passages.)`,
        ]
      : []),
  ].join('\n');
  return { known: true, answer, citations, passages: passages.slice(0, 5) };
}
