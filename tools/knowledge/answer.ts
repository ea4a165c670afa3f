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
need needs want pay pays paid paying cost costs allowed permitted ok okay fine
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
/**
 * A word as search matches it: diacritics stripped (NFD, marks removed) and lowercased, as FTS5's
 * `unicode61 remove_diacritics` folds the index, so "Café", "CAFÉ" and "cafe" are one word.
 */
export const fold = (word: string): string =>
  word
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
/** The Porter stem of a folded word: what question and sentence words are compared by. */
const root = (word: string): string => stem(fold(word));
/** Stems of a text's words, folded. */
const rootsOf = (text: string): Set<string> => new Set(words(text.normalize('NFKC')).map(root));
/** A word's form up to a plural ending: "pets" → "pet", "boxes" → "box"; not a stem ("insurer" ≠ "insurance"). */
const form = (word: string): string => fold(word).replace(/(?<=\p{L}{3})(?:es|s)$/u, '');
/** Forms of a text's words. */
const formsOf = (text: string): Set<string> => new Set(words(text.normalize('NFKC')).map(form));
/**
 * Numbers a text states, separators dropped ("1,375 euros" → "1375"), each also with the word
 * before it when that is not a stop word ("module 4" → "4" and "module 4"). A number in a
 * question names one thing ("module 4", "doc 1100") and is matched exactly: with its word when
 * it has one (`asked`), so "module 4" is not "lasts 4 months".
 */
export function numbersOf(text: string, asked = false): Set<string> {
  const out = new Set<string>();
  for (const match of text
    .normalize('NFKC')
    .matchAll(/(?:([\p{L}]+)[\s#:-]*)?(\p{N}(?:[\p{N},.'’ ]?\p{N})*)/gu)) {
    const number = (match[2] as string).replace(/[,.'’ ]/g, '').replace(/^0+(?=\d)/, '');
    const word = match[1] ? fold(match[1]) : undefined;
    const named = word !== undefined && !isStopWord(word) ? `${word} ${number}` : undefined;
    if (!asked || !named) out.add(number);
    if (named) out.add(named);
  }
  return out;
}
/**
 * Words that say which kind of value is asked ("the vault code", "the gas meter number", "which
 * fee"): required only when the question names nothing more specific.
 */
const GENERIC = new Set(
  'number numbers code codes fee fees name names date dates amount value price prices id total sum charge policy policies rule rules'
    .split(' ')
    .map((w) => stem(w)),
);
/** A participle: "covered", "parking" — said of a thing, worded otherwise by the documents. */
const PARTICIPLE = /\p{L}{3}(?:ed|ing)$/u;
/** Words after which the next content word is a verb ("who keeps", "can I sublet"). */
const BEFORE_VERB = new Set('who i we you they he she it'.split(' '));

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

/** A list item's marker: "- ", "* ", "+ ", "1. ", "2) ". */
const LIST_MARKER = /^\s*(?:[-*+]|\d+[.)])\s+/;
/** A label line: "Landlord: Orvald Pemberton", "serial: DW-8812", "Monthly rent: $1,450". */
const LABEL = /^\s*[\p{L}\p{N}][^:.!?]{0,40}:\s+\S/u;
/** A line that is its own record: a list item, a label line, a table row, a timestamped log line. */
const isRecord = (line: string) =>
  LIST_MARKER.test(line) ||
  LABEL.test(line) ||
  /^\s*\||\t/.test(line) ||
  /^\s*\[?(?:\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2}(?::\d{2})?\b|\d{1,2}\/\d{1,2}\/\d{2,4})/.test(line);
/** A title line: one to six words, each capitalised (or a number), no sentence punctuation. */
const TITLE =
  /^\s*(?:[\p{Lu}\p{N}][\p{L}\p{N}'’&-]*)(?:[ \t]+(?:[\p{Lu}\p{N}&][\p{L}\p{N}'’&-]*|of|and|the|for|to|in|on|a|an)){0,5}\s*$/u;
/** The longest quote for one match, in characters: a longer "sentence" is quoted line by line. */
const MAX_QUOTE = 400;

interface Unit {
  text: string;
  line: number;
  lineEnd: number;
  heading: string;
  /** A label line ("serial: DW-8812"): the sentence before it says what it is the label of. */
  label: boolean;
}

/**
 * Sentences of a passage with their line numbers. Lines are grouped into paragraphs — a single
 * line break is a space inside one; a blank line, a heading, a list item, a label line ("Key:
 * value"), a table row or a timestamped log line starts a new one — and each paragraph is cut
 * into sentences by `sentenceSpans` (Unicode sentence segmentation), so "$4.50" or "Dr. Smith"
 * are never cut and a hard-wrapped sentence is whole. A "sentence" longer than MAX_QUOTE over
 * several lines (text without punctuation) is quoted line by line instead. Code is quoted line
 * by line. Headings are not sentences: they become the trail of what follows them.
 */
function sentencesOf(passage: ScoredPassage): Unit[] {
  const out: Unit[] = [];
  // The trail of a sentence: the chunk's, unless a heading inside the chunk comes first.
  const title = passage.heading.split(' › ')[0] ?? '';
  let heading = passage.heading;
  let section = heading;
  const code = passage.type === 'code';
  const textLines = passage.text.split('\n');
  // File lines of each text line: extracted text (HTML) has its map, other files are their text.
  const map = decodeLineMap(passage.lineMap);
  const firstOf = (index: number) => map[index]?.[0] ?? passage.lineStart + index;
  const lastOf = (index: number) => map[index]?.[1] ?? passage.lineStart + index;
  let paragraph: { text: string; lines: number[]; record: boolean } | undefined;
  const push = (raw: string, firstLine: number, lastLine: number, label: boolean) => {
    const cleaned = withoutEscapes(raw).replace(/\s+/g, ' ').trim();
    if (cleaned.length < 3) return;
    out.push({
      text: cleaned,
      line: firstOf(firstLine),
      lineEnd: Math.max(firstOf(firstLine), lastOf(lastLine)),
      heading,
      label,
    });
  };
  const flush = () => {
    if (!paragraph) return;
    const { text, lines, record } = paragraph;
    // `lines[i]`: the text line (index in the passage) of character i of the paragraph.
    for (const { start, end } of code ? [{ start: 0, end: text.length }] : sentenceSpans(text)) {
      const raw = text.slice(start, end);
      const first = lines[start + (raw.length - raw.trimStart().length)] as number;
      const last = lines[start + Math.max(raw.trimEnd().length - 1, 0)] as number;
      if (first === undefined || last === undefined) continue;
      if (raw.trim().length > MAX_QUOTE && last > first) {
        for (let index = first; index <= last; index += 1)
          push((textLines[index] ?? '').replace(LIST_MARKER, ''), index, index, false);
      } else push(raw, first, last, record && LABEL.test(raw));
    }
    paragraph = undefined;
  };
  textLines.forEach((rawLine, index) => {
    // Heading lines name a section; they are its trail, not an answer.
    const headingLine = /^\s*#{1,6}\s+(.*)$/.exec(rawLine);
    if (headingLine) {
      flush();
      heading = [title, (headingLine[1] as string).replace(/#+\s*$/, '').trim()].filter(Boolean).join(' › ');
      section = heading;
      return;
    }
    if (rawLine.trim() === '') {
      flush();
      return;
    }
    // A short line in title case alone ("Insurance Policy" atop a PDF page) names what follows.
    const alone = !paragraph || /[.!?…:]["'”’)\]]*$/u.test(paragraph.text.trimEnd());
    if (alone && !code && TITLE.test(rawLine) && !LIST_MARKER.test(rawLine)) {
      flush();
      heading = [section, rawLine.trim()].filter(Boolean).join(' › ');
      return;
    }
    const record = isRecord(rawLine);
    const line = rawLine.replace(LIST_MARKER, '').trim();
    // A line without final punctuation runs on into the next only when the sentence visibly
    // goes on: it ends in a comma or a little word ("consent from" / "Mrs. Abernathy"), or the
    // next line starts in lowercase; "Kayak fee is 33 euros" / "The shelter code…" are two.
    const previous = paragraph?.text.trimEnd() ?? '';
    const runsOn =
      /[.!?…]["'”’)\]]*$/u.test(previous) ||
      /[,;(–—-]$|\b(?:a|an|the|of|to|in|on|at|by|for|from|with|and|or|but|as|than|that|is|are|was|were|be|by|per|via|into|onto|over|under|about|after|before|between|until|mr|mrs|ms|dr)$/iu.test(
        previous,
      ) ||
      /^[\p{Ll}\p{N}(]/u.test(line);
    const continues = paragraph !== undefined && !code && !record && !paragraph.record && runsOn;
    if (!continues) flush();
    if (!paragraph) paragraph = { text: '', lines: [], record };
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
 * sentences that hold the question's subject. The subject is every content word of the question
 * (framing words such as "much" or "allowed" aside; a generic word — "number", "code", "fee" —
 * only when nothing more specific is asked; a verb right after "who"/"I" — "who keeps", "can I
 * sublet" — only when the documents never use it). Each subject word must be in the sentence, in
 * its section heading ("## Pets" › "Dogs must be leashed"), for a label line ("serial: DW-8812")
 * in the sentence before it, or, for words that name the document ("lease", "car manual"), in
 * the file's name, folder or title — and at least one in the sentence or its heading. Synonyms
 * of a small hand-made list count (SYNONYM_GROUPS), but a sentence with the question's own words
 * wins over one with only synonyms, and one stating the question's number ("module 4",
 * "1,375 euros") over one that does not. A subject word the documents never use means they do
 * not say: the answer is "I don't know" — never a guess, and never the car's tyre pressure for
 * the bicycle. Words are compared folded (NFKC, diacritics stripped, lowercased: "CAFÉ" is
 * "cafe") and Porter-stemmed, as search compares them.
 */
export async function answerQuestion(
  cartridge: Cartridge,
  rawQuestion: string,
  options: { collection: string; filter?: SearchFilter; signal?: AbortSignal; env?: NodeJS.ProcessEnv },
): Promise<Answer> {
  // A pasted terminal colour ("rent\x1b[31m") is not a word of the question.
  const question = withoutEscapes(rawQuestion.normalize('NFKC'));
  const unknown = (why: string): Answer => ({ known: false, answer: why, citations: [], passages: [] });
  const questionWords = words(question);
  // Verbs: a word right after "who"/"I"/"we" ("who keeps", "can I sublet"), or a participle
  // ("is water damage covered?"): how the question asks, which the documents word their own way.
  const verbs = new Set(
    questionWords
      .filter(
        (word, index) =>
          (index > 0 && BEFORE_VERB.has(questionWords[index - 1] as string)) || PARTICIPLE.test(word),
      )
      .map(root),
  );
  const questionStems = [
    ...new Set(
      queryTerms(question)
        .filter((term) => !FRAMING.has(term))
        .map(root),
    ),
  ];
  const questionNumbers = [...numbersOf(question, true)];
  /** The forms of each question stem as asked, singular ("pets" → "pet"), for headings. */
  const questionForms = new Map<string, Set<string>>();
  for (const w of questionWords)
    questionForms.set(root(w), new Set([...(questionForms.get(root(w)) ?? []), form(w)]));
  // Synonyms join the search, so "my apartment" reaches the lease.
  const extra = [...new Set(questionStems.flatMap((r) => [...alternatives(r)]))].filter(
    (r) => !questionStems.includes(r),
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
  const store = createKnowledgeStore(cartridge);
  if (passages.length === 0) {
    return unknown(
      store.totalChunks() === 0
        ? "I don't know: no documents are learned yet (`fazt learn <folder>` learns them)."
        : "I don't know: nothing in your documents matches that.",
    );
  }
  const contentStems = questionStems.filter((r) => !isNumber(r));
  if (contentStems.length === 0) return unknown("I don't know: the question does not say what it is about.");
  const df = store.documentFrequency([...new Set(contentStems.flatMap((r) => [...alternatives(r)]))]);
  const n = Math.max(store.totalChunks(), 1);
  const idf = (r: string) => Math.log((n + 1) / ((df.get(r) ?? 0) + 0.5));
  const known = (r: string) => [...alternatives(r)].some((alt) => (df.get(alt) ?? 0) > 0);
  const has = (set: Set<string>, r: string) => [...alternatives(r)].some((alt) => set.has(alt));
  /** Stems naming a passage's document: its file name, its folders' names and its title. */
  const documentStems = (passage: ScoredPassage) =>
    rootsOf(
      `${passage.path.split(/[\\/]/).slice(-3, -1).join(' ')} ${basename(passage.path, extname(passage.path))} ${passage.heading.split(' › ')[0] ?? ''}`,
    );
  const namesADocument = (r: string) => passages.some((passage) => documentStems(passage).has(r));
  // A verb the documents use is how the question asks ("who keeps the key?" — "is kept by"), not
  // what it asks about; one they never use ("can I sublet?") means they do not say.
  // A participle the documents never use is dropped too when a noun is asked ("covered" for "Coverage").
  const participle = (r: string) =>
    questionWords.some((w) => root(w) === r && PARTICIPLE.test(w)) &&
    contentStems.some((other) => !verbs.has(other));
  // "who keeps the key?": the verb after "who" asks for a person; the key is what is asked about.
  const afterWho = new Set(questionWords.filter((_, index) => questionWords[index - 1] === 'who').map(root));
  const nouns = contentStems.filter(
    (r) =>
      !verbs.has(r) ||
      (!known(r) && !participle(r) && !(afterWho.has(r) && contentStems.some((o) => !verbs.has(o)))),
  );
  // "the vault code": "code" only says what kind of value; "vault" is what is asked about.
  const specific = nouns.filter((r) => !GENERIC.has(r));
  let subject = specific.length > 0 ? specific : nouns.length > 0 ? nouns : contentStems;
  // Only document names left ("what did we decide in the weekly sync?"): the verb is the question.
  if (subject.every(namesADocument))
    subject = [...new Set([...subject, ...contentStems.filter((r) => verbs.has(r))])];
  // A word the documents never use: "my bicycle" when only a car is learned, "the water bill"
  // when only water damage is: they do not say.
  const strange = subject.find((r) => !known(r) && !namesADocument(r));
  if (strange !== undefined) {
    const word = questionWords.find((w) => root(w) === strange) ?? strange;
    return unknown(`I don't know: your documents do not mention "${word}".`);
  }

  interface Match extends Unit {
    passage: ScoredPassage;
    order: number;
    coverage: number;
    /** Every subject word in the sentence or its heading as the question words it, not a synonym. */
    literal: boolean;
    /** The sentence states one of the question's numbers. */
    numbered: boolean;
  }
  const matches: Match[] = [];
  passages.forEach((passage, rank) => {
    const named = documentStems(passage);
    const units = sentencesOf(passage);
    units.forEach((unit, index) => {
      const headingText = unit.heading.split(' › ').slice(1).join(' ');
      const headingStems = rootsOf(headingText);
      const headingForms = formsOf(headingText);
      const previous = units[index - 1];
      const context =
        unit.label && previous && previous.heading === unit.heading
          ? rootsOf(previous.text)
          : new Set<string>();
      const own = rootsOf(unit.text);
      let score = 0;
      let mass = 0;
      let said = 0;
      let literal = true;
      for (const r of subject) {
        mass += idf(r);
        if (own.has(r)) {
          score += idf(r);
          said += 1;
        } else if (
          headingStems.has(r) &&
          [...(questionForms.get(r) ?? [])].some((f) => headingForms.has(f))
        ) {
          score += idf(r) / 2;
          said += 1;
        } else if (has(named, r)) {
          // The document is what the word names ("my lease" for a lease): nothing more to find.
          score += idf(r) * 0.1;
        } else if (has(own, r)) {
          score += idf(r) * 0.6;
          said += 1;
          literal = false;
        } else if (has(headingStems, r)) {
          score += idf(r) * 0.3;
          said += 1;
          literal = false;
        } else if (has(context, r)) score += idf(r) * 0.3;
        else return;
      }
      // Only the document's name holds the question ("what does my lease say?"): nothing is asked of it.
      if (said === 0) return;
      const stated = numbersOf(unit.text);
      const numbered = questionNumbers.some((number) => stated.has(number));
      matches.push({
        ...unit,
        passage,
        order: rank,
        coverage: score / (mass || 1) + (numbered ? 1 : 0),
        literal,
        numbered,
      });
    });
  });
  // The question's own words win over synonyms ("landlord" over "garage rental"); its number
  // over other numbers ("module 4", not every module).
  let kept = matches;
  if (kept.some((m) => m.literal)) kept = kept.filter((m) => m.literal);
  if (kept.some((m) => m.numbered)) kept = kept.filter((m) => m.numbered);
  if (kept.length === 0) {
    return unknown("I don't know: your documents do not seem to say. Nothing I found answers that.");
  }
  // Overlapping chunks repeat sentences: one per file line; the same sentence in several files
  // is quoted once and cites each of them, by path.
  const seenLines = new Set<string>();
  const byText = new Map<string, Match[]>();
  for (const m of kept.sort((a, b) => b.coverage - a.coverage || a.order - b.order || a.line - b.line)) {
    const lineKey = `${m.passage.path}\0${m.line}`;
    if (seenLines.has(lineKey)) continue;
    seenLines.add(lineKey);
    const key = m.text.toLowerCase();
    const same = byText.get(key);
    if (same) {
      if (!same.some((other) => other.passage.path === m.passage.path)) same.push(m);
    } else byText.set(key, [m]);
  }
  const unique = [...byText.values()].map((group) =>
    group.sort((a, b) => a.passage.path.localeCompare(b.passage.path) || a.line - b.line),
  );
  // Quoted in reading order: by the best rank of their file, then by line.
  const fileRank = new Map<string, number>();
  for (const [m] of unique) {
    const head = m as Match;
    fileRank.set(head.passage.path, Math.min(fileRank.get(head.passage.path) ?? 1e9, head.order));
  }
  const chosen = unique.slice(0, MAX_SENTENCES).sort((a, b) => {
    const x = a[0] as Match;
    const y = b[0] as Match;
    return (
      (fileRank.get(x.passage.path) as number) - (fileRank.get(y.passage.path) as number) ||
      x.passage.path.localeCompare(y.passage.path) ||
      x.line - y.line
    );
  });
  const names = store.displayNames(chosen.flatMap((group) => group.map((m) => m.passage.path)));
  const citationOf = (m: Match): Citation => ({
    path: m.passage.path,
    lineStart: m.line,
    lineEnd: m.lineEnd,
    heading: m.heading,
    quote: m.text,
  });
  const citations = chosen.flatMap((group) => group.map(citationOf));
  const more = unique.length - chosen.length;
  const answer = [
    ...chosen.map((group) => {
      const sources = group.map((m) => {
        const citation = citationOf(m);
        // A PDF's lines are of its extracted text; the page ("# Page 2" heading) finds it on paper.
        // (PDFs learned since lines are counted per page are cited "p.2 l.2" by cite itself.)
        const page =
          m.passage.type === 'pdf' && !pdfPlace(citation)
            ? /(?:^| › )Page (\d+)\b/.exec(m.heading)?.[1]
            : undefined;
        return `${cite(citation, names.get(citation.path))}${page ? `, p.${page}` : ''}`;
      });
      return `${(group[0] as Match).text} (${sources.join('; ')})`;
    }),
    ...(more > 0
      ? [
          `(${more} more sentence${more === 1 ? '' : 's'} may answer too; \`fazt knowledge search\` shows the passages.)`,
        ]
      : []),
  ].join('\n');
  return { known: true, answer, citations, passages: passages.slice(0, 5) };
}
