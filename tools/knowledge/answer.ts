import { basename, extname } from 'node:path';
import type { Cartridge } from '../../cartridge/open.js';
import { withAllergyLine } from './allergy-line.js';
import { changeAnswer, changeAsked, choiceAsked, choiceVerdict } from './amount-compare.js';
import { amountSearchWords, amountsAsked, MONEY_WORDS, statesAmount, withoutAmounts } from './amounts.js';
import {
  askedKind,
  countsPeople,
  FOREIGN_MONEY_ASKING,
  freeOfCharge,
  MEASURE_FRAMING,
  MONEY_STATED,
  RECORD_VERBS,
  saysMoney,
  statesAskedKind,
  TIME_FRAMING,
} from './asked-kind.js';
import { askedPlace, documentAliases } from './asked-place.js';
import { bookingReference } from './booking-reference.js';
import { casualQuestion } from './casual.js';
import { cjkFramingWords } from './cjk.js';
import { answersAlone, assignedName, isImport, namesIdentifier } from './code-fields.js';
import { countedRows, extremeRow, wholeTableTotal } from './column-sums.js';
import { comparedSides } from './compare.js';
import { configDialect, configSettings } from './config-keys.js';
import { withoutContractions } from './contractions.js';
import { countdownQuestion, orderAnswer, orderAsked, withCountdown } from './countdown-line.js';
import { coverAnswer, withCoverLeadIns } from './cover.js';
import { cronInWords, cronOf } from './cron.js';
import {
  dateSearchWords,
  datesIn,
  datingLineAbove,
  describeDates,
  statesDates,
  withoutDates,
} from './dates.js';
import {
  asksDeadline,
  asksDeadlineOnly,
  deadlineWithout,
  itemWithout,
  statesDeadline,
  subjectWithout,
} from './deadline.js';
import { saysThings, thingsAsked, withDecidingLines } from './deciding.js';
import {
  byRoute,
  homeQuestion,
  lineRoute,
  routeAsked,
  routeFits,
  routesIn,
  saysFlight,
} from './direction.js';
import { documentWords, isLanguage, namesFileType, writtenIn } from './documents.js';
import { withDueLine } from './due-line.js';
import { statesValue, valuesAsked } from './exact.js';
import { isProseMarkup } from './extract.js';
import { fallbackFits, roleLines } from './fallback-fit.js';
import { asksAboutCode, fencesOf, settingName } from './fences.js';
import {
  askedFields,
  dwellingLabel,
  fieldLabelsOf,
  inlineLabels,
  labelAnswers,
  searchedLabels,
} from './fields.js';
import { fileLines } from './file-lines.js';
import { endsSentence, focusQuote, type Quoted } from './focus.js';
import { headingStatesValue } from './heading-values.js';
import { howMuchLines } from './how-much-lines.js';
import { keyMeanings, settingMeasure } from './key-words.js';
import { asksMoney, labelRecordAnswer, labelsMissKind } from './label-records.js';
import { latestOnly, latestRow } from './latest.js';
import { coverVerdict, plainCover, withLeadIns } from './lead-in.js';
import {
  ASKING,
  alternativesOf,
  BEFORE_VERB,
  compoundRoots,
  FRAMING,
  flownWith,
  fold,
  foreignQuestion,
  form,
  formsOf,
  GENERIC,
  isNumber,
  isParticiple,
  neverRequired,
  otherCheckEnd,
  peopleFraming,
  phraseAlternatives,
  root,
  rootsOf,
  secretNotAsked,
  workedOn,
} from './lexicon.js';
import { costOnLine } from './line-cost.js';
import { separateLines } from './line-shapes.js';
import { decodeLineMap } from './lines.js';
import { listedCount } from './list-count.js';
import { withListItems } from './list-item.js';
import { mailAnswer } from './mail.js';
import { mostOften } from './most-often.js';
import { namedOverTotal } from './named-total.js';
import { amountSpans, narrowToNamed, subjectOf, valueInstead } from './named-values.js';
import { chunkNumbers, foundNumbered, missingNumbered } from './numbered.js';
import { numberedPassages } from './numbered-reach.js';
import { numbersOf, type Stated, statedNumbers } from './numbers.js';
import { withOwnedValue } from './owned-value.js';
import { withYearly } from './per-year.js';
import {
  atPeriodEdge,
  EDGE_WORDS,
  NEXT_ASKED,
  NEXT_WORDS,
  nextDated,
  nextDateIn,
  periodEdgeAsked,
  withMonthNamed,
} from './period-edge.js';
import { withPermissionLine } from './permission-line.js';
import {
  amountAsked,
  headFraming,
  identifierAsked,
  periodAsked,
  phraseWords,
  preciseLines,
  rateAdjectiveSaid,
  statesPeriod,
} from './precision.js';
import { capitalisedRoots, namedHow, nameOnlyRoots, withoutNames } from './proper-names.js';
import { delimiterOf, tableLines } from './records.js';
import { withoutReplyHeaders } from './reply-header.js';
import { roleQuestion } from './roles.js';
import { MONEY_QUESTION, rowCount, rowsNamingWord, rowTotal } from './row-totals.js';
import { cite, pdfPlace } from './schemas.js';
import { type ScoredPassage, searchKnowledge } from './search.js';
import { sentenceSpans } from './sentences.js';
import { isColumnsHeader, sideBySidePairs } from './side-by-side.js';
import { signOffAnswer } from './sign-off.js';
import { situationAnswer } from './situation.js';
import { spanAnswer } from './span.js';
import { readAsMeant, saysRead } from './spelling.js';
import { statementAnswer } from './statement.js';
import { uncoveredSpendPeriod } from './statement-period.js';
import { stepAround, stepAt } from './steps.js';
import { asHowTo } from './steps-asked.js';
import { createKnowledgeStore, type Passage, type SearchFilter } from './store.js';
import { ageAnswer, roleAnswer } from './subject-lines.js';
import { asksEnd, END_ASKING, RUN_OUT, saysEnd, termOf } from './term.js';
import { isStopWord, orQuery, queryTerms, stem, words } from './text.js';
import { documentTitle, headingAt, isAdornment, plainFirstLine } from './title.js';
import {
  endAskedFor,
  stillByEnd,
  vatSpelledOut,
  withDueDate,
  withValidity,
  withVatSide,
} from './validity.js';
import { ANY_LABEL, statesValueKind, VALUE_KINDS } from './value-kinds.js';
import { isVcard, vcardLines } from './vcard.js';
import { warrantyAnswer } from './warranty.js';
import { withNamedThing } from './which-named.js';
import { nextTo, pronounInOtherForm, proseBefore, startsWithPronoun, windowOf } from './windows.js';
import { relatedStems } from './word-forms.js';
import {
  amendsBefore,
  asksDayOfMonth,
  asksWay,
  mayGoUnsaid,
  NARROWING,
  narrowedOtherWay,
  onlyInCompound,
  statesDayOfMonth,
  statesUnsaid,
  withoutConflations,
} from './wording.js';
import { checkGuesses, YES_NO } from './yes-no.js';

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
  /** Not known because the documents number this thing, but not so: what was asked ("module 4"). */
  missing?: string;
}

/** Stems of the foreign verbs and nouns of cost ("kostet", "coûte"), as question stems are compared. */
/** Chinese or Japanese writing, whose words are not cut apart by spaces. */
const HAN_OR_KANA = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** Words that ask when something happened, not when it is scheduled to. */
const PAST_ASKED = new Set(['did', 'was', 'were', 'last']);
const FOREIGN_MONEY_ROOTS = new Set([...FOREIGN_MONEY_ASKING].map(root));

/** Words saying how long a thing runs: a term, duration or period ("a fixed term of 12 months"). */
const DURATION = /\b(?:term|duration|period|lasts?|length)\b/iu;

/** Light verbs that, said by a sentence, make it the better answer (`lightSaid`). */
const PREFERRED_LIGHT = new Set('take takes make makes use uses need needs hold holds'.split(' '));

/** Sentences the answer may quote at most; more that answer are counted and pointed to. */
const MAX_SENTENCES = 8;
/** What a thing costs, by its own word ("premium" for insurance, "fare" for a journey), not any sum or amount. */
const PRICE_WORDS = new Set(
  'price prices cost costs fee fees premium premiums fare fares rent subscription'.split(' ').map(root),
);

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
// Chinese and Japanese write a label's colon full-width with nothing after it ("日期：6月21日").
// A label may be an abbreviation with dots ("D.O.B.: 1990-04-02"; k25), a dot after a lone letter.
const LABEL =
  /^\s*[\p{L}\p{N}](?:[^:.!?]|(?<=(?:^|[\s.])\p{L})\.){0,40}:\s+\S|^\s*[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}][^:：.!?。]{0,20}[:：]\s*\S/u;
/** A line that is its own record: a list item, a label line, a table row, a timestamped log line. */
const isRecord = (line: string) =>
  LIST_MARKER.test(line) || LABEL.test(line) || /^\s*\||\t/.test(line) || TIMESTAMPED.test(line);
/** A timestamped log line ("2026-11-01 …", "[10:05:12] …", "01/11/2026 …"). */
const TIMESTAMPED = /^\s*\[?(?:\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2}(?::\d{2})?\b|\d{1,2}\/\d{1,2}\/\d{2,4})/;
/** A title line: one to six words, each capitalised (or a number), no sentence punctuation. */
const TITLE =
  /^\s*(?:[\p{Lu}\p{N}][\p{L}\p{N}'’&-]*)(?:[ \t]+(?:[\p{Lu}\p{N}&][\p{L}\p{N}'’&-]*|of|and|the|for|to|in|on|a|an)){0,5}\s*$/u;
/**
 * Whether text line `index` is the title of a plain file: its first line (the passage starts at
 * line 1), short (one to six words), without sentence punctuation or a label's colon, and a
 * blank line after it ("Wi-Fi notes", "Boat log"): it names what follows, like a heading.
 */
function isFileTitle(lines: readonly string[], index: number, lineStart: number): boolean {
  if (index !== 0 || lineStart !== 1 || (lines[1] ?? '').trim() !== '') return false;
  // A file's only line is what it says, not a title ("咖啡豆每公斤120元。" alone in a note).
  if (!lines.slice(2).some((line) => line.trim() !== '')) return false;
  const line = (lines[0] as string).trim();
  return /^[\p{L}\p{N}][^.!?…:|。！？：]*$/u.test(line) && line.split(/\s+/).length <= 6;
}
/** How far a line is indented, in columns (a tab to the next multiple of 4). */
function indentOf(line: string): number {
  let column = 0;
  for (const char of /^[ \t]*/.exec(line)?.[0] ?? '')
    column = char === '\t' ? column - (column % 4) + 4 : column + 1;
  return column;
}
/** The longest quote for one match, in characters: a longer "sentence" is quoted line by line. */
const MAX_QUOTE = 400;

/** The units' texts, those under another heading than `index`'s written as a heading (datingLineAbove stops there). */
function sectionLines(units: readonly Unit[], index: number): string[] {
  const heading = units[index]?.heading;
  return units.slice(0, index + 1).map((u) => (u.heading === heading ? u.text : '# '));
}

/** The sentences before `units[index]` on its own line, back to a labelled one ('' when none). */
function lineOpening(units: readonly Unit[], index: number): string {
  const unit = units[index];
  if (!unit) return '';
  const before: string[] = [];
  // "Anna lives in Rome. Phone: 1. Ben lives in Paris. Phone: 2.": back to the field before, no further.
  for (let at = index - 1; at >= 0 && units[at]?.line === unit.line; at -= 1) {
    const earlier = units[at] as Unit;
    if (earlier.label || LABEL.test(earlier.text)) break;
    before.unshift(earlier.text);
  }
  return before.join(' ');
}

/** A label naming whom or what a document is about: its pupil, patient, client, vehicle, the product a warranty covers (k25). */
const ABOUT_LABEL =
  /^[\s*_]*(?:pupil|student|patient|policyholder|policy holder|borrower|vehicle(?: registration)?|product|from)[\s*_]*:[\s*_]*([^(\n]+)/iu;

/**
 * A letter's greeting naming whom it is about (S48 3): "Dear parents of Beatriz Kim Oliveira (class
 * 10ºB),", "To the guardians of Zoë Adeyemi": the person named owns what the letter says, so "when
 * is Beatriz's school trip?" is its trip line. Group 1 the name (capitalised words). Only of whom
 * its readers are parents or family: "Hi Graham," greets the one written to, who owns nothing of it.
 */
const PARENTS_OF =
  '(?:[Tt]he\\s+)?(?:[Pp]arents?|[Gg]uardians?|[Cc]arers?|[Ff]amil(?:y|ies)|[Mm]um|[Mm]om|[Dd]ad)\\s+(?:and\\s+(?:[Gg]uardians?|[Cc]arers?)\\s+)?(?:of|for)\\s+';
const GREETING = new RegExp(
  `^[\\s*_]*(?:[Dd]ear|[Hh]ello|[Hh]i|[Tt]o)\\s+${PARENTS_OF}(\\p{Lu}[\\p{L}\\p{M}'’-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’-]*){0,3})\\s*[,(:!]`,
  'u',
);
/** Greetings that name no one ("Dear Sir or Madam", "Dear Customer", "To whom it may concern"). */
const NO_ONE =
  /^(?:sir|madam|customer|customers|colleague|colleagues|all|team|friends?|neighbours?|neighbors?|members?|residents?|tenants?|parents?|guardians?|everyone|whom)$/iu;
/** The stems of the person a letter's greeting names; empty for any other line. */
function greetedStems(text: string): Set<string> {
  const name = GREETING.exec(text)?.[1];
  if (name === undefined) return new Set();
  const words = name.split(/\s+/u);
  return words.some((word) => NO_ONE.test(word)) ? new Set() : rootsOf(name);
}

/** The stems of whom or what a document is about: its opening "Pupil: …" lines' labels and values. */
function aboutStems(
  store: ReturnType<typeof createKnowledgeStore>,
  collectionId: number,
  path: string,
): Set<string> {
  const stems = new Set<string>();
  for (const line of fileLines(store, collectionId, path).slice(0, 12)) {
    const about = ABOUT_LABEL.exec(line.text);
    if (about) for (const r of rootsOf(about[0])) stems.add(r);
    for (const r of greetedStems(line.text)) stems.add(r);
  }
  return stems;
}

/** The dating line of a document's opening, before its first section, for a line in a section below it. */
function openingDate(units: readonly Unit[], index: number): string {
  const top = units[0]?.heading;
  // Only a section under the opening's heading: not "Return journey" dated by "Outward journey".
  if (top === undefined || !units[index]?.heading.startsWith(`${top} › `)) return '';
  const opening = units.slice(0, index).filter((u) => u.heading === top);
  return datingLineAbove(
    opening.map((u) => u.text),
    opening.length,
  );
}

/** The nearest heading of a trail ("Diary 2025 › 2025-04-22") stating a day, when `text` states none itself. */
function headingDate(heading: string, text: string): string | undefined {
  const day = (t: string) => datesIn(t).some((m) => m.readings.some((r) => r.day !== undefined));
  if (day(text)) return undefined;
  return heading
    .split(' › ')
    .reverse()
    .find((part) => day(part))
    ?.trim();
}

interface Unit {
  text: string;
  line: number;
  lineEnd: number;
  heading: string;
  /** A label line ("serial: DW-8812"): the sentence before it says what it is the label of. */
  label: boolean;
  /** Which run of lines without a blank line or heading between them the sentence is in. */
  block: number;
  /** A label line's label, folded ("phone"): a label seen again starts the next record. */
  key?: string;
  /** A numbered list item's number ("3. Lock the door" → 3). */
  item?: number;
  /** A line of code (not a comment): an answer only when nothing said in words answers. */
  code?: boolean;
  /** Inside a Markdown fence (```…```): an example or config, not the document's prose. */
  fenced?: boolean;
  /** A fenced setting line (`wifi_password: …`, `PORT = 22`): a label line whose key is `key` (fences.ts). */
  setting?: boolean;
  /** In a Markdown file's YAML front matter (`---` block atop it): metadata, not the body. */
  front?: boolean;
  /** A code line's assigned name in words ("nasHost" → "nas host"): a field's label (code-fields.ts). */
  names?: string;
  /** A comment's or docstring's code: the line it documents ("def compute_tax(…):"). */
  context?: string;
  /** Its pieces per file line, when it runs on over lines without final punctuation (focus.ts). */
  parts?: Quoted['parts'];
  /** A table row's numbers named by their column ("invoice_id" 1003 → invoice 1003; records.ts). */
  fields?: { word: string; number: string }[];
  /** A table row's column names that hold a value ("city"): the fields it states (fields.ts). */
  columns?: string[];
  /** A "label  amount" pair of side-by-side columns ("Income tax 604.20"; side-by-side.ts): an amount of money. */
  amountPair?: boolean;
}

/** A code file's open block comment or docstring, and the marker that closes it. */
interface CommentState {
  close?: string;
  docstring?: boolean;
}
/**
 * The words of a code line that is a comment or inside one, or undefined for code. Comments:
 * `#` (Python, shell, Ruby, YAML — followed by a space, so `#include` is code), `//`, `--` (SQL,
 * Lua), block comments and their `*` lines, and docstrings (`"""` / `\'\'\'`) over one or more
 * lines. `closes` is true when the comment ends on this line (a docstring or block at its close,
 * every line comment), so its sentences can be given their code; `docstring` when it documents
 * the definition above it (Python docstrings) rather than the code below it.
 */
function commentOf(
  line: string,
  state: CommentState,
): { text: string; closes: boolean; docstring: boolean } | undefined {
  const trimmed = line.trim();
  if (state.close) {
    const docstring = state.docstring === true;
    const at = trimmed.indexOf(state.close);
    if (at >= 0) {
      state.close = undefined;
      state.docstring = undefined;
      return {
        text: trimmed
          .slice(0, at)
          .replace(/^\*+\s?/, '')
          .trim(),
        closes: true,
        docstring,
      };
    }
    return { text: trimmed.replace(/^\*+\s?/, '').trim(), closes: false, docstring };
  }
  const doc = /^[rRbBuUfF]?("""|''')(.*)$/.exec(trimmed);
  if (doc) {
    const quote = doc[1] as string;
    const rest = doc[2] as string;
    const at = rest.indexOf(quote);
    if (at >= 0) return { text: rest.slice(0, at).trim(), closes: true, docstring: true };
    state.close = quote;
    state.docstring = true;
    return { text: rest.trim(), closes: false, docstring: true };
  }
  const block = /^\/\*(.*)$/.exec(trimmed);
  if (block) {
    // "/**/", "/* a */", "/** doc": the close may follow the opening's own stars.
    const rest = block[1] as string;
    const at = rest.indexOf('*/');
    if (at >= 0)
      return {
        text: rest
          .slice(0, at)
          .replace(/^\*+!?/, '')
          .trim(),
        closes: true,
        docstring: false,
      };
    state.close = '*/';
    return { text: rest.replace(/^\*+!?/, '').trim(), closes: false, docstring: false };
  }
  const single = /^(?:#+(?=\s|$)|\/\/+!?|--(?=\s))\s*(.*)$/.exec(trimmed);
  if (single) return { text: (single[1] as string).trim(), closes: true, docstring: false };
  return undefined;
}

/**
 * A paragraph's text when it is one label line that reads as a title ("Module 2: The Solar
 * System": a numbered thing's label, a short value without final punctuation), else undefined.
 */
function labelTitle(paragraph: { text: string; record: boolean; lines: number[] }): string | undefined {
  const text = paragraph.text.trim();
  if (!paragraph.record || !LABEL.test(text) || LIST_MARKER.test(text)) return undefined;
  if (new Set(paragraph.lines).size > 1 || /[.!?…;,:]["'”’)\]]*$/u.test(text)) return undefined;
  // Only a numbered thing's label ("Module 2", "Week 1"): "Internet speed: 250 Mbit/s" or
  // "Bakery owner: Hans Becker" are values, and the line after them is not theirs.
  const label = text.slice(0, text.search(/[:：]/u)).trim();
  return /^\p{L}+\s+\p{N}+[\p{L}]?$/u.test(label) && text.split(/\s+/).length <= 8 ? text : undefined;
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
export function sentencesOf(passage: Passage, header?: string): Unit[] {
  const out: Unit[] = [];
  // The trail of a sentence: the chunk's, unless a heading inside the chunk comes first.
  const title = passage.heading.split(' › ')[0] ?? '';
  let heading = passage.heading;
  // The heading before a label line became the heading of its block ("Module 2: …"), if one did.
  let beforeLabel: string | undefined;
  let section = heading;
  // reStructuredText and LaTeX are split as code (their splitters know sections) but read as prose.
  const code = passage.type === 'code' && !isProseMarkup(passage.path);
  // A vCard's lines read as label lines ("TEL;TYPE=CELL:…" → "Phone (cell): …"; vcard.ts).
  const textLines = isVcard(passage.path, passage.text)
    ? vcardLines(passage.text.split('\n'))
    : passage.text.split('\n');
  // File lines of each text line: extracted text (HTML) has its map, other files are their text.
  const map = decodeLineMap(passage.lineMap);
  const firstOf = (index: number) => map[index]?.[0] ?? passage.lineStart + index;
  const lastOf = (index: number) => map[index]?.[1] ?? passage.lineStart + index;
  // A paragraph: its text, the text line of each character, whether it is a record (list item,
  // label line, …), how far its first line is indented, and its list item's number.
  let paragraph:
    | {
        text: string;
        lines: number[];
        record: boolean;
        indent: number;
        item: number | undefined;
        /** Words of a code file, cut into sentences: a docstring's or a comment's. */
        prose?: 'docstring' | 'comment';
      }
    | undefined;
  // Runs of lines between blank lines and headings: a label line's record is inside its run.
  let block = 0;
  // Under a header of side-by-side "label  amount" columns, or a line of them (side-by-side.ts).
  let inColumns = false;
  /** No line since the last heading: the next is its section's first (k25). */
  let underHeading = false;
  const push = (
    raw: string,
    firstLine: number,
    lastLine: number,
    label: boolean,
    item: number | undefined,
    parts?: Quoted['parts'],
  ) => {
    const cleaned = withoutEscapes(raw).replace(/\s+/g, ' ').trim();
    if (cleaned.length < 3) return;
    const key = label ? fold(cleaned.slice(0, cleaned.search(/[:：]/u)).trim()) : undefined;
    out.push({
      text: cleaned,
      line: firstOf(firstLine),
      lineEnd: Math.max(firstOf(firstLine), lastOf(lastLine)),
      heading,
      label,
      block,
      ...(key ? { key } : {}),
      ...(item !== undefined ? { item } : {}),
      ...(parts ? { parts } : {}),
    });
  };
  // Code: the last code line, and comments waiting for the code line they document.
  let lastCode = '';
  let pending: Unit[] = [];
  // A run-on "sentence" without final punctuation, by file line, so the answer can keep the lines that answer.
  const partsOf = (raw: string, at: number, lines: readonly number[]): Quoted['parts'] => {
    const parts: NonNullable<Quoted['parts']> = [];
    for (let i = 0; i < raw.length; ) {
      const index = lines[at + i] as number;
      let j = i;
      while (j < raw.length && lines[at + j] === index) j += 1;
      const text = withoutEscapes(raw.slice(i, j)).replace(/\s+/g, ' ').trim();
      parts.push({ text, line: firstOf(index), lineEnd: lastOf(index) });
      i = j;
    }
    return parts;
  };
  const flush = () => {
    if (!paragraph) return;
    const { text, lines, record, item } = paragraph;
    const from = out.length;
    // `lines[i]`: the text line (index in the passage) of character i of the paragraph.
    // A label line ("Address: ul. Długa 5, Gdańsk") is one unit: its value is never cut.
    const whole = (code && !paragraph.prose) || (record && LABEL.test(text) && text.length <= MAX_QUOTE);
    for (const { start, end } of whole ? [{ start: 0, end: text.length }] : sentenceSpans(text)) {
      const raw = text.slice(start, end);
      const first = lines[start + (raw.length - raw.trimStart().length)] as number;
      const last = lines[start + Math.max(raw.trimEnd().length - 1, 0)] as number;
      if (first === undefined || last === undefined) continue;
      if (raw.trim().length > MAX_QUOTE && last > first) {
        for (let index = first; index <= last; index += 1)
          push((textLines[index] ?? '').replace(LIST_MARKER, ''), index, index, false, undefined);
      } else
        push(
          raw,
          first,
          last,
          record && LABEL.test(raw),
          item,
          last > first && !record && !code && !endsSentence(raw) ? partsOf(raw, start, lines) : undefined,
        );
    }
    // A docstring documents the definition above it; a comment, the code below it.
    for (const unit of out.slice(from)) {
      if (paragraph.prose === 'docstring') unit.context = lastCode;
      else if (paragraph.prose === 'comment') pending.push(unit);
    }
    paragraph = undefined;
  };
  // Code: its comments and docstrings are words that answer; each of its lines is one unit.
  const comments: CommentState = {};
  const settings = code ? configSettings(passage.path, textLines, settingName) : undefined;
  const codeLine = (rawLine: string, index: number) => {
    const comment = commentOf(rawLine, comments);
    if (comment === undefined) {
      flush();
      if (rawLine.trim() === '') {
        block += 1;
        return;
      }
      // A config file's setting, read with the keys it is nested under ("backup › port: 2222"; config-keys.ts).
      const nested = settings?.get(index);
      if (nested) {
        for (const setting of nested) {
          const before = out.length;
          push(setting.text, index, index, false, undefined);
          const unit = out[before];
          if (unit) unit.names = setting.names;
        }
        lastCode = rawLine.trim();
        for (const unit of pending) unit.context = lastCode;
        pending = [];
        return;
      }
      const from = out.length;
      paragraph = { text: rawLine.trim(), lines: [], record: false, indent: 0, item: undefined };
      for (let i = 0; i < paragraph.text.length; i += 1) paragraph.lines.push(index);
      flush();
      // `NAS_HOST = "nas.local"`: a field, its name in words; other code answers only when words do not.
      const assigned = assignedName(rawLine);
      for (const unit of out.slice(from)) {
        if (assigned !== undefined) unit.names = assigned;
        else unit.code = true;
      }
      lastCode = rawLine.trim();
      // A comment documents the code line after it.
      for (const unit of pending) unit.context = lastCode;
      pending = [];
      return;
    }
    if (comment.text === '') {
      flush();
      return;
    }
    const prose = comment.docstring ? 'docstring' : 'comment';
    if (paragraph?.prose !== prose) {
      flush();
      paragraph = { text: '', lines: [], record: false, indent: 0, item: undefined, prose };
    } else {
      paragraph.text += ' ';
      paragraph.lines.push(index - 1);
    }
    paragraph.text += comment.text;
    for (let i = 0; i < comment.text.length; i += 1) paragraph.lines.push(index);
    if (comment.closes && comment.docstring) flush();
  };
  // Rows of a CSV/TSV file or a Markdown table: each a record read with its header (records.ts).
  const tables = tableLines(textLines, {
    delimiter: delimiterOf(passage.path),
    ...(header !== undefined ? { header } : {}),
    firstIsFileStart: passage.lineStart === 1 && !passage.lineMap,
  });
  // Markdown fences and front matter: their markers are block breaks, their lines marked (fences.ts).
  const { fenced, front } = code
    ? { fenced: new Set<number>(), front: new Set<number>() }
    : fencesOf(textLines, passage.lineStart === 1);
  for (const index of [...fenced, ...front])
    if (/^\s*(?:```|~~~|---\s*$|\.\.\.\s*$)/u.test(textLines[index] ?? '')) textLines[index] = '';
  textLines.forEach((rawLine, index) => {
    if (code) {
      codeLine(rawLine, index);
      return;
    }
    // A setting in a fence ("wifi_password: otter-maple-92") is a label line of its own (fences.ts).
    const setting = fenced.has(index) ? settingName(rawLine) : undefined;
    if (setting) {
      flush();
      block += 1;
      const before = out.length;
      push(rawLine, index, index, true, undefined);
      const unit = out[before];
      if (unit) Object.assign(unit, { key: setting, names: setting, setting: true });
      return;
    }
    const table = tables.get(index);
    if (table) {
      flush();
      block += 1;
      if (table.kind === 'record') {
        const before = out.length;
        push(table.text, index, table.last ?? index, table.label === true, undefined);
        const unit = out[before];
        if (unit && table.numbers.length > 0) unit.fields = table.numbers;
        if (unit && table.columns) unit.columns = table.columns;
      }
      return;
    }
    // Side-by-side "label  amount" columns (a payslip's): each pair is a line of its own, and
    // their header ("PAYMENTS   DEDUCTIONS") is no section heading (side-by-side.ts).
    if (isColumnsHeader(rawLine, textLines[index + 1])) {
      flush();
      block += 1;
      inColumns = true;
      return;
    }
    // Under such a header, a lone pair ("Student loan 112.00" under DEDUCTIONS) is one too.
    const pairs = sideBySidePairs(rawLine, inColumns ? 1 : 2);
    if (pairs) {
      flush();
      block += 1;
      for (const pair of pairs) {
        const before = out.length;
        push(pair.text, index, index, false, undefined);
        const unit = out[before];
        if (unit) unit.amountPair = true;
      }
      inColumns = true;
      return;
    }
    if (rawLine.trim() !== '') inColumns = false;
    // Heading lines name a section; they are its trail, not an answer: Markdown "## Pets", and in
    // their files Org "** Tomatoes" and reStructuredText's underlined titles (title.ts).
    const headingLine = headingAt(passage.path, textLines, index);
    if (headingLine !== undefined) {
      flush();
      block += 1;
      heading = [title, headingLine.trim()].filter(Boolean).join(' › ');
      section = heading;
      underHeading = true;
      // "# Home insurance — policy HX-22817": a heading holding an identifier states it (heading-values.ts).
      if (headingStatesValue(headingLine)) {
        push(headingLine, index, index, false, undefined);
        block += 1;
      }
      return;
    }
    if (isAdornment(passage.path, textLines, index)) {
      flush();
      block += 1;
      return;
    }
    if (rawLine.trim() === '') {
      flush();
      block += 1;
      // A label line's heading ("Module 2: The Solar System") names its block only.
      if (beforeLabel !== undefined) heading = beforeLabel;
      beforeLabel = undefined;
      return;
    }
    const indent = indentOf(rawLine);
    // An indented line under a list item or a label line goes on with it ("- lock the back door" /
    // "    with the brass key"), unless it is an item of its own (a nested list).
    if (paragraph?.record && !code && indent > paragraph.indent && !LIST_MARKER.test(rawLine)) {
      const line = rawLine.trim();
      paragraph.text += ' ';
      paragraph.lines.push(index - 1);
      paragraph.text += line;
      for (let i = 0; i < line.length; i += 1) paragraph.lines.push(index);
      return;
    }
    // A short line in title case alone ("Insurance Policy" atop a PDF page) names what follows;
    // not a heading's only line, which is its value ("## Seat" / "22F"; k25).
    const alone = !paragraph || /[.!?…:]["'”’)\]]*$/u.test(paragraph.text.trimEnd());
    const valueOfHeading =
      underHeading &&
      !paragraph &&
      ((textLines[index + 1] ?? '').trim() === '' ||
        headingAt(passage.path, textLines, index + 1) !== undefined);
    underHeading = false;
    if (
      alone &&
      !valueOfHeading &&
      !code &&
      (TITLE.test(rawLine) || isFileTitle(textLines, index, passage.lineStart)) &&
      !LIST_MARKER.test(rawLine)
    ) {
      flush();
      block += 1;
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
      // …unless the two lines have one list shape: "gate code 4412" / "garage code 7781" (line-shapes.ts),
      // or a plain-text note's short line ends there ("bins go out tuesday night" / "wifi …"; k29).
      (/^[\p{Ll}\p{N}(]/u.test(line) &&
        !separateLines(textLines, index) &&
        !(passage.type === 'text' && noteLine(textLines, index - 1))) ||
      // A long line cut mid-sentence ("…on the field behind" / "Didsbury Park. …") is hard-wrapped
      // prose: it goes on to its full stop, whatever case the next line starts in (S29 HIGH 4).
      wrapped(textLines[index - 1], line);
    // A label line cut after a comma goes on in lowercase ("Completion date agreed: …, 4.29% fixed
    // for 5 years," / "monthly payment £1,713."; S29 MEDIUM 1).
    const labelGoesOn =
      paragraph?.record === true &&
      LABEL.test(paragraph.text) &&
      !LIST_MARKER.test(paragraph.text) &&
      /,$/u.test(previous) &&
      /^\p{Ll}/u.test(line);
    // A list item or a label line whose sentence is cut by a hard wrap ("1. The Tenant shall not
    // keep any pets … without the" / "prior written consent …"; "Factory reset: … the recessed" /
    // "RESET button …") goes on to its full stop, as prose does; a record that ends its sentence
    // does not take the next line (S32 HIGH 1).
    const recordGoesOn =
      paragraph?.record === true &&
      !/[.!?…:]["'”’)\]]*$/u.test(previous) &&
      !/^\s*\||\t/.test(paragraph.text) &&
      !TIMESTAMPED.test(paragraph.text) &&
      !/^\s*\[?(?:info|warn|warning|error|err|debug|trace|fatal|notice|critical|crit|alert|emerg)\b/iu.test(
        paragraph.text,
      ) &&
      runsOn;
    const continues =
      paragraph !== undefined &&
      !code &&
      !record &&
      (labelGoesOn || recordGoesOn || (!paragraph.record && runsOn));
    // A label line that reads as a title ("Module 2: The Solar System", no final punctuation)
    // with sentences under it names them, as a heading would: they are module 2's.
    const titled = !continues && !code && !record && paragraph !== undefined && labelTitle(paragraph);
    if (!continues) flush();
    if (titled) {
      beforeLabel ??= heading;
      heading = [beforeLabel, titled].filter(Boolean).join(' › ');
    }
    if (!paragraph) {
      const number = /^\s*(\d+)[.)]\s/.exec(rawLine)?.[1];
      paragraph = { text: '', lines: [], record, indent, item: number ? Number(number) : undefined };
    } else {
      paragraph.text += ' ';
      paragraph.lines.push(index - 1);
    }
    paragraph.text += line;
    for (let i = 0; i < line.length; i += 1) paragraph.lines.push(index);
  });
  flush();
  for (const unit of pending) unit.context = lastCode;
  if (fenced.size > 0 || front.size > 0) {
    const fencedLines = new Set([...fenced].map(firstOf));
    const frontLines = new Set([...front].map(firstOf));
    for (const unit of out) {
      if (fencedLines.has(unit.line)) unit.fenced = true;
      if (frontLines.has(unit.line)) unit.front = true;
    }
  }
  return out;
}

/** Labels saying when ("Date:", "Time:", "날짜:", "日時:"): a document's such line answers when its thing is. */
const WHEN_KEY = /^(?:date|time|when|날짜|일시|시간|日付|日時|時間|日期|时间)$/u;
/** Labels saying where ("Venue:", "地点：", "場所：", "장소:"): the same for where its thing is. */
const WHERE_KEY = /^(?:place|venue|location|address|where|장소|주소|위치|地点|地點|場所|住所|会場|會場)$/u;

/**
 * A line of a plain-text note (`lines[at]`), a sentence of its own though it ends without
 * punctuation: well short of the width prose is wrapped at, as "milkman comes thursday" / "parking
 * permit renews in june" are (k29). A line that visibly goes on (a comma, "by") is joined before
 * this. Prose hard-wrapped at a narrow width ("We will not pay for theft from the home" / "where
 * there is no sign …", 45 columns) is not: its paragraph ends its sentence, and the next line's
 * first word would not have fitted on this one within the paragraph's widest line — the break was
 * the wrap's, not the writer's (the line-fill test `fmt`-style wrappers follow).
 */
function noteLine(lines: readonly string[], at: number): boolean {
  const text = lines[at]?.trim() ?? '';
  if (!(text.length > 0 && text.length < NOTE_WIDTH && !SENTENCE_END.test(text))) return false;
  let start = at;
  let end = at;
  while (start > 0 && lines[start - 1]?.trim()) start -= 1;
  while (end + 1 < lines.length && lines[end + 1]?.trim()) end += 1;
  const block = lines.slice(start, end + 1).map((line) => line.trim());
  const width = Math.max(...block.map((line) => line.length));
  const next = lines[at + 1]?.trim().split(/\s+/u)[0] ?? '';
  return text.length + 1 + next.length <= width || !SENTENCE_END.test(block.at(-1) ?? '');
}
/** A line ending its sentence: a full stop, "!", "?" or "…", perhaps inside quotes or brackets. */
const SENTENCE_END = /[.!?…]["'”’)\]]*$/u;
/** Lines shorter than this, in a plain-text file, are a note's lines, not wrapped prose. */
const NOTE_WIDTH = 48;

/** A line as long as hard-wrapped prose, ending mid-sentence in a word, followed by more words (not a label line). */
const WRAP_WIDTH = 60;
function wrapped(previous: string | undefined, line: string): boolean {
  const before = previous?.trim() ?? '';
  return (
    before.length >= WRAP_WIDTH &&
    / [\p{L}]+$/u.test(before) &&
    (before.match(/ /g)?.length ?? 0) >= 8 &&
    /^\p{Lu}[\p{L}'’-]* [\p{L}]/u.test(line) &&
    !LABEL.test(line)
  );
}

/** Labels of log lines ("ERROR: disk full", "2026-11-01 10:05: …"): each line is its own record. */
const LOG_KEY = /^(?:info|warn|warning|error|err|debug|trace|fatal|notice|critical|crit|alert|emerg|\[?\d)/u;

/** A sentence's record: the text of its other lines, and the index of its first line when it has several. */
interface RecordContext {
  text: string;
  first?: number;
}

/**
 * The record each sentence belongs to, as the text that may hold the rest of what it answers
 * (one string per unit, '' for none). A label line ("Phone: 555-0101") belongs to its record:
 * the label lines around it that describe the same thing, and the sentence just before its run
 * of label lines ("The dishwasher was installed…" for "serial: DW-8812"). A block of label lines
 * (no blank line between them) holds records of several lines when one of its labels is used
 * again in the run — a field name ("Name: …/Phone: …", blank line, "Name: …"; or "Name: …/Phone:
 * …/Name: …", where each "Name" starts the next record) — or when it starts with a name ("Name:
 * Anna Berg"); otherwise each label line is a record of its own ("José Álvarez: dentist, phone
 * 555-0101" says nothing of the next contact). Other sentences have no record.
 */
function recordContexts(units: readonly Unit[]): RecordContext[] {
  const out: RecordContext[] = units.map(() => ({ text: '' }));
  let start = 0;
  while (start < units.length) {
    const first = units[start] as Unit;
    if (!first.label) {
      start += 1;
      continue;
    }
    let end = start;
    while (units[end + 1]?.label && units[end + 1]?.heading === first.heading) end += 1;
    const run = units.slice(start, end + 1);
    const before = units[start - 1];
    const intro = before && !before.label && before.heading === first.heading ? before.text : '';
    // A label used again in the run is a field name ("Name", "Phone"): the lines of a block with
    // one are records; a block whose labels are all its own is one record per line.
    const uses = new Map<string, number>();
    for (const unit of run) uses.set(unit.key ?? '', (uses.get(unit.key ?? '') ?? 0) + 1);
    let index = start;
    while (index <= end) {
      const block = (units[index] as Unit).block;
      let last = index;
      while (last < end && (units[last + 1] as Unit).block === block) last += 1;
      const lines = units.slice(index, last + 1);
      const fields =
        lines.length > 1 &&
        !lines.some((unit) => LOG_KEY.test(unit.key ?? '')) &&
        (lines.some((unit) => (uses.get(unit.key ?? '') ?? 0) > 1) ||
          /\bnames?\b/u.test(lines[0]?.key ?? ''));
      if (fields) {
        const records: Unit[][] = [];
        for (const unit of lines) {
          const record = records.at(-1);
          const at = record ? record.findIndex((other) => other.key === unit.key) : -1;
          if (!record) records.push([unit]);
          else if (at < 0) record.push(unit);
          else {
            // "Flight: TP 4417 / Cost: €412 / Hotel: Casa / Cost: €680" (k32): a repeated label
            // that did not open its record ("Cost") closes it; the lines after its first use
            // ("Hotel: Casa") open the next. A repeated opener ("Name: …") starts the next alone.
            records.push([...(at > 0 ? record.splice(at + 1) : []), unit]);
          }
        }
        for (const record of records) {
          const text = [intro, ...record.map((unit) => unit.text)].join('\n');
          const first = index;
          for (let i = 0; i < record.length; i += 1) out[index++] = { text, first };
        }
      } else for (; index <= last; index += 1) out[index] = { text: intro };
    }
    start = end + 1;
  }
  return out;
}

/** The word a numbered heading is counted by: "## 3. Expenses" is section 3. */
const SECTION = stem('section');
const FLIGHT = stem('flight');
/**
 * The numbers of a heading trail's numbered headings, as sections: "Handbook › 3. Expenses" is
 * section 3, "2.1 Scope" section 2.1 (a trail's first part, the file's title, never counts).
 */
function sectionNumbers(heading: string): Stated[] {
  return heading
    .split(' › ')
    .slice(1)
    .flatMap((part) => {
      const number = /^\s*(\d+(?:\.\d+)*)[.)]?\s+\p{L}/u.exec(part)?.[1];
      return number ? [{ number, named: `${SECTION} ${number}`, word: 'section' }] : [];
    });
}

/**
 * Whether a sentence is in a section whose heading names all that is asked: every subject word
 * is in its heading trail or names its document, and one at least in the heading ("## Pets"
 * for "what does my lease say about pets?"). Such a section answers with its sentences in order.
 */
function inSection(
  subject: readonly string[],
  headingStems: Set<string>,
  named: Set<string>,
  has: (set: Set<string>, r: string) => boolean,
): boolean {
  return (
    subject.some((r) => has(headingStems, r)) && subject.every((r) => has(headingStems, r) || has(named, r))
  );
}

/**
 * The order sentences are chosen in, best first: those of a section whose heading names what is
 * asked (`sectioned`) come first, in reading order (their file's best rank, then line), so its
 * first sentence is never left out for filler; then the rest by coverage, rank and line.
 */
function selectionOrder<
  M extends { sectioned: boolean; coverage: number; order: number; line: number; passage: { path: string } },
>(matches: readonly M[]): (a: M, b: M) => number {
  const best = new Map<string, number>();
  for (const m of matches) best.set(m.passage.path, Math.min(best.get(m.passage.path) ?? 1e9, m.order));
  return (a, b) => {
    if (a.sectioned !== b.sectioned) return a.sectioned ? -1 : 1;
    if (a.sectioned)
      return (
        (best.get(a.passage.path) as number) - (best.get(b.passage.path) as number) ||
        a.passage.path.localeCompare(b.passage.path) ||
        a.line - b.line
      );
    return b.coverage - a.coverage || a.order - b.order || a.line - b.line;
  };
}

/** The numbers a sentence states: its own, its heading trail's and its list item's place. */
function unitNumbers(unit: Unit): Stated[] {
  return [
    ...statedNumbers(`${unit.text}\n${unit.heading.split(' › ').join('\n')}`),
    ...itemNumbers(unit),
    ...(unit.fields ?? []).map(({ word, number }) => ({
      number,
      named: `${stem(fold(word))} ${number}`,
      word,
    })),
  ];
}

/**
 * Kept lines with the first line of each record they are in ("Name: Alice Moreau" for her
 * "Email: …"), taken from `all` (every matching line), so an answer from a record of several
 * label lines always says whose record it is — whichever label was asked and whether or not
 * the asked line repeats the name ("alice@example.org" does).
 */
function withRecordOpeners<T extends { record?: string; opensRecord: boolean }>(
  kept: readonly T[],
  all: readonly T[],
): T[] {
  const records = new Set(kept.flatMap((m) => (m.record && !m.opensRecord ? [m.record] : [])));
  const openers = all.filter((m) => m.opensRecord && m.record && records.has(m.record) && !kept.includes(m));
  const seen = new Set<string>();
  return [...kept, ...openers].filter((m) => {
    if (!m.opensRecord || !m.record) return true;
    if (seen.has(m.record)) return false;
    seen.add(m.record);
    return true;
  });
}

/**
 * The lines of `passage` around file line `line` up to a blank line or a heading either side: the
 * record a sentence is in ("Flight 1: … Frankfurt -> Tokyo" for its "Arrives …" line).
 */
function blockText(passage: Passage, line: number): string {
  const lines = passage.text.split('\n');
  const at = Math.min(Math.max(line - passage.lineStart, 0), lines.length - 1);
  const ends = (text: string | undefined) => text === undefined || text.trim() === '' || /^\s*#/.test(text);
  let first = at;
  while (!ends(lines[first - 1]) && first > 0) first -= 1;
  let last = at;
  while (!ends(lines[last + 1])) last += 1;
  return lines.slice(first, last + 1).join('\n');
}

/** The whole text of a learned file, its lines joined ('' when the collection is not there). */
function fileText(store: ReturnType<typeof createKnowledgeStore>, collection: string, path: string): string {
  const target = store.collection(collection);
  return target
    ? fileLines(store, target.id, path)
        .map((line) => line.text)
        .join('\n')
    : '';
}

/**
 * "how much does Pierogi weigh?" (S47 H3): a word the question capitalises is a name, so when a
 * file found writes it as a name ("Patient: Pierogi"), a file that writes it only as a common
 * noun ("pierogi ruskie") answers nothing about it: its matches are dropped. Unchanged when no
 * file found writes a name asked as one.
 */
function byNameAsked<T extends { passage: Passage }>(
  kept: T[],
  found: readonly T[],
  askedAsName: ReadonlySet<string>,
  textOf: (path: string) => string,
): T[] {
  if (askedAsName.size === 0 || kept.length === 0) return kept;
  const paths = [...new Set([...kept, ...found].map((m) => m.passage.path))];
  const how = new Map(paths.map((path) => [path, namedHow(textOf(path), askedAsName)]));
  const commonOnly = new Set<string>();
  for (const r of askedAsName) {
    if (!paths.some((path) => how.get(path)?.get(r) === 'name')) continue;
    for (const path of paths) if (how.get(path)?.get(r) === 'word') commonOnly.add(path);
  }
  return commonOnly.size === 0 ? kept : kept.filter((m) => !commonOnly.has(m.passage.path));
}

/** A CSV/TSV passage's header when the passage starts after it (the file's first line), else undefined. */
function headerOf(store: ReturnType<typeof createKnowledgeStore>, passage: Passage): string | undefined {
  if (!delimiterOf(passage.path) || (passage.lineStart === 1 && !passage.lineMap)) return undefined;
  return store.firstLine(passage.path);
}

/** The most chunks read to list a counting word's numbers; beyond it no list is claimed. */
const NUMBERING_SCAN = 500;

/**
 * Every number the store gives a counting word (`word` as written, "part"; `counted` its stem,
 * "part"), read line by line (`chunkNumbers`, numbered.ts), over every chunk of the collection
 * that holds the word (an FTS5 match, within `filter`): so "parts 1–9" is true of the documents,
 * not of the eight passages one search returned. Undefined when more than NUMBERING_SCAN chunks
 * hold the word (the list would not be complete) or the collection is not there.
 */
function storeNumbering(
  store: ReturnType<typeof createKnowledgeStore>,
  collection: string,
  filter: SearchFilter | undefined,
  word: string,
  counted: string,
): Set<string> | undefined {
  const target = store.collections().find((c) => c.name === collection);
  const match = orQuery([word]);
  if (!target || !match) return undefined;
  const ids = store.bm25Match(target.id, match, NUMBERING_SCAN + 1, filter ?? {});
  if (ids.length > NUMBERING_SCAN) return undefined;
  const out = new Set<string>();
  for (const chunk of store.passages(
    ids.map((row) => row.id),
    filter ?? {},
  ))
    for (const number of chunkNumbers(chunk, counted)) out.add(number);
  return out;
}

/**
 * The numbers a numbered list item states by its place: "3. Lock the door" under "## Steps" is
 * item 3 and step 3 (each word of its nearest heading counts it).
 */
function itemNumbers(unit: Unit): Stated[] {
  if (unit.item === undefined) return [];
  const number = String(unit.item);
  const nearest = unit.heading.split(' › ').at(-1) ?? '';
  return ['item', 'step', ...words(nearest).filter((word) => !isStopWord(word))].map((word) => ({
    number,
    named: `${stem(fold(word))} ${number}`,
    word,
  }));
}

/** Value words asked as a kind ("the vault code", "the gas price"), by what states such a value. */
const kindsOf = (list: string) => new Set(list.split(' ').map((w) => stem(w)));
const NAME_KINDS = kindsOf('name names');
const TOPIC_KINDS = kindsOf('policy policies rule rules');
/** Verbs of spending money: a money question's rows need not say them (S23 HIGH 4). */
const SPENDING = new Set('spend spends spent spending'.split(' ').map(root));
/** Words asking for rows added up: "in total", "altogether", "all together", "overall", "combined". */
const TOTALLING = new Set('total totals altogether overall combined'.split(' ').map(root));
/** A money question that asks a total of what is spent or paid, or says "in total", "altogether". */
const TOTALLED =
  /\b(?:in\s+total|altogether|all\s+together|overall|combined|(?:total|totals)\b.*\b(?:spen[dt]|spending|paid|pay|cost)|(?:spen[dt]|spending|paid|pay)\b.*\btotal)\b/iu;
/** "how many times did I go to Tesco?", "how often did I pay Octopus?": rows or lines are counted. */
const TIMES = root('times');
const TIMES_ASKED = /\bhow\s+(?:many\s+times|often)\b/iu;
/**
 * Nouns of money changing hands that a statement row never writes (k22): "the Spotify payment",
 * "the water bill", "the monthly subscription" — asked how much, the row naming the payee and
 * stating an amount answers; the payee ("dentist") is still required.
 */
const PAYMENT_KINDS = kindsOf(
  'payment payments bill bills subscription subscriptions transaction transactions purchase purchases debit debits invoice invoices expense expenses',
);
const MONEY_KINDS = new Set([...kindsOf('fee fees price prices amount total sum charge'), ...PAYMENT_KINDS]);
const DATE_KINDS = kindsOf('date dates');
const SCHEDULE_KINDS = kindsOf('schedule schedules timetable');
const TIME_KINDS = kindsOf('time times');
/** Verbs of when something happens: asked with "when"/"what time", a time answers without them. */
// S11 HIGH 1: "when does the flight to Frankfurt depart?" — "LH 741 Osaka -> Frankfurt, 19 April at 10:50".
const TIME_VERBS = kindsOf(
  'run runs start starts begin begins happen happens occur occurs depart departs leave leaves arrive arrives land lands',
);
/** A config key's word of a period ("keep daily", "monthly limit"). */
const PERIOD_KEY = /\b(?:hourly|daily|weekly|fortnightly|monthly|quarterly|yearly|annual|annually)\b/iu;

/** The stems a doer's noun is made from: "surveyor" → survey, "driver" → drive, "cleaner" → clean. */
function doneBy(word: string): string[] {
  const made = /^(\p{L}{3,}?)(?:or|er|ist)$/u.exec(fold(word))?.[1];
  return made ? [root(made), root(`${made}e`)] : [];
}

/**
 * Verbs a count is asked with: "how many eggs does the recipe use/need/call for?", "how many
 * people does it serve?" — the number of the thing counted answers without them (S14 HIGH 2).
 */
const COUNT_VERBS = kindsOf(
  'use uses need needs take takes require requires contain contains call calls hold holds include includes serve serves feed feeds seat seats make makes yield yields',
);
/** Verbs of a sum paid or taken, asked with "how much": the amount answers, the verb need not be said. */
const SUM_VERBS = kindsOf(
  // k23: "how much bank interest did I earn?" — "Bank interest £412.37".
  // k26 (S41 MEDIUM): "how much is the bike covered for?" — "Road bike (Canyon Endurace): £2,600".
  'pay pays paid deduct deducts deducted charge charges charged cost costs spend spent owe owed earn earns earned cover covers covered',
);
/** Units a count may be asked in, as `askedKind` gives the thing counted ("miles" → "mil"). */
const COUNTED_UNITS = new Set(
  'mile miles km kilometre kilometres kilometer kilometers hour hours minute minutes day days night nights week weeks step steps'
    .split(' ')
    .map(form),
);
/** A time of day: "02:30", "2:30 pm", "7am", "14h". */
const TIME_OF_DAY = /\b\d{1,2}:\d{2}\b|\b\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|h|uhr)(?![\p{L}])/iu;
/** When something recurs: a weekday (also plural, "on Tuesdays"), "every", "weekly", a time of day. */
const SCHEDULE =
  /\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?s?\b|\b(?:daily|weekly|fortnightly|monthly|biweekly|every|each)\b|\b\d{1,2}(?::\d{2})?\s*(?:am|pm|h)\b|\b\d{1,2}:\d{2}\b/iu;
/** An amount of money: a currency sign, code or name (asked-kind.ts). */
const MONEY = MONEY_STATED;
/** Kinds asked of an identifier ("policy number", "door code", "customer id"): never an amount of money. */
const IDENTIFIER_KINDS = kindsOf('number numbers code codes id');
/** An amount with its currency sign or code: "£238.10", "85 €", "EUR 612.00". */
const PRICED =
  /[$€£¥₹₩₽]\s?\d[\d,.]*|\d[\d,.]*\s?(?:[$€£¥₹₩₽]|(?:eur|usd|gbp|chf)\b)|\b(?:eur|usd|gbp|chf)\s?\d[\d,.]*/giu;
/** A date: a month or weekday name (or its short form), an ISO or d/m date, or a year. */
const DATE =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\b|\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*day\b|\b\d{4}-\d{2}|\b\d{1,2}[./]\d{1,2}\b|\b(?:19|20)\d{2}\b/iu;
/**
 * Whether a sentence (or, for a label line, its record) states a value of the kind a generic
 * question word asks for without saying the word: money for a fee or price ("30 euros", "85€"),
 * a date for a date ("12 June", "2026-03-01"), a digit for a number, code or id; a capitalised
 * word after its first (or a label line's value) for a name; anything for a topic ("pet policy").
 */
function statesKind(kind: string, unit: Unit, context: string): boolean {
  if (TOPIC_KINDS.has(kind)) return true;
  if (NAME_KINDS.has(kind)) return unit.label || /\s\p{Lu}/u.test(unit.text);
  if (TIME_KINDS.has(kind)) return TIME_OF_DAY.test(unit.text) || (unit.label && TIME_OF_DAY.test(context));
  if (SCHEDULE_KINDS.has(kind))
    return [SCHEDULE, DATE].some((p) => p.test(unit.text) || (unit.label && p.test(context)));
  // "what is the price of parking?" — "Parking is included": nothing to pay is a price (asked-kind.ts).
  if (MONEY_KINDS.has(kind) && freeOfCharge(unit.text)) return true;
  // "what dose?", "the notice period": such a value stated (value-kinds.ts).
  if (VALUE_KINDS.has(kind))
    return (
      statesValueKind(kind, unit.text) === true || (unit.label && statesValueKind(kind, context) === true)
    );
  // "my National Insurance number": an amount ("National Insurance: £238.10") is no number of it (S37).
  if (IDENTIFIER_KINDS.has(kind)) {
    const unpriced = (text: string) => text.replace(PRICED, ' ');
    return /\p{N}/u.test(unpriced(unit.text)) || (unit.label && /\p{N}/u.test(unpriced(context)));
  }
  const pattern = MONEY_KINDS.has(kind) ? MONEY : DATE_KINDS.has(kind) ? DATE : /\p{N}/u;
  return pattern.test(unit.text) || (unit.label && pattern.test(context));
}

/**
 * The opening words of the documents `passages` come from, as an answer: each file's first
 * sentence in words — a code file's module docstring or first comment (not a shebang, an
 * encoding line or code), a text's first sentence under its title — from the passage that
 * starts its file. Up to three files; undefined when none has such words.
 */
function openingOf(
  passages: readonly ScoredPassage[],
  store: ReturnType<typeof createKnowledgeStore>,
): Answer | undefined {
  const seen = new Set<string>();
  const citations: Citation[] = [];
  for (const passage of passages) {
    if (passage.lineStart !== 1 || seen.has(passage.path) || citations.length >= 3) continue;
    seen.add(passage.path);
    const first = sentencesOf(passage, headerOf(store, passage)).find(
      (unit) => !unit.code && !/^-\*-|^(?:vim?|ex):|^!/u.test(unit.text),
    );
    if (first)
      citations.push({
        path: passage.path,
        lineStart: first.line,
        lineEnd: first.lineEnd,
        heading: first.heading,
        quote: first.text,
      });
  }
  if (citations.length === 0) return undefined;
  const names = store.displayNames(citations.map((c) => c.path));
  return {
    known: true,
    answer: citations.map((c) => `${c.quote} (${cite(c, names.get(c.path))})`).join('\n'),
    citations,
    passages: passages.slice(0, 5),
  };
}

/**
 * Answers a question from the learned documents without a model: finds the passages, then the
 * sentences that hold the question's subject. The subject is every content word of the question,
 * verbs included ("how long do I boil the eggs?" needs boiling; "who owns the bakery?" needs an
 * owner, in any form: "owned by", "bakery owner", irregular "kept" for "keeps"), except framing
 * words ("how much", "allowed"), a participle or asking verb the documents never use ("is water
 * damage covered?" — "Coverage includes…"; "what does module 2 cover?"), and a generic word
 * ("code", "price", "date", "name") when something more specific is asked — then the sentence
 * states such a value instead (money, a date, a digit, a name). Each subject word must be in the
 * sentence, in its section heading ("## Pets" › "Dogs must be leashed"), for a label line in its
 * record (`recordContexts`: its `Name:`/`Phone:` block, or the sentence before a run of labels),
 * or, for words that name the document ("lease", "car manual"), in the file's name, folder or
 * top heading — and at least one in the sentence or its heading. Synonyms of a small hand-made
 * list count (SYNONYM_GROUPS), but a sentence with the question's own words wins over one with
 * only synonyms, one stating the question's number ("1,375 euros") over one that does not, and
 * one that says it all itself over a label line that needs its record. A numbered thing asked
 * ("module 4", "section six", "the third step"; `statedNumbers`) must be that one — stated by the
 * sentence, its heading or its list item's place — and when the documents number the word but
 * never with that number, the answer says which numbers they have. A subject word the documents
 * never use means they do not say: the answer is "I don't know" — never a guess, and never the
 * car's tyre pressure for the bicycle. Words are compared folded (NFKC, diacritics stripped,
 * lowercased: "CAFÉ" is "cafe") and Porter-stemmed, as search compares them; a compound is one
 * word however written ("Wi-Fi", "wi fi", "wifi"). Light verbs, question words and "person" are
 * never required (`LIGHT_WORDS`), nor another language's question words (`OTHER_LANGUAGE_WORDS`).
 * A section whose heading names what is asked ("## Pets", "## Part 7", "## 3. Expenses" as section
 * 3, "Module 2: …" over its lines) answers with its sentences from its first (`selectionOrder`).
 * Code answers with its comments and docstrings (`commentOf`), each read with the code it
 * documents; a code line is quoted only when no words answer.
 */
export async function answerQuestion(
  cartridge: Cartridge,
  typedQuestion: string,
  options: { collection: string; filter?: SearchFilter; signal?: AbortSignal; env?: NodeJS.ProcessEnv },
): Promise<Answer> {
  // "how long until the lease ends?": "when is the lease ends?", its day counted from today (countdown-line.ts).
  const countdown = countdownQuestion(typedQuestion);
  if (countdown)
    return withCountdown(
      await answerAsIs(cartridge, countdown.asked, options),
      countdown.unit,
      countdown.edge,
      new Date(),
      countdown.subject,
    );
  // "is the home insurance end before our Porto trip?": each day asked, and which comes first (countdown-line.ts).
  const order = orderAsked(typedQuestion);
  if (order) {
    const [first, second] = await Promise.all([
      answerAsIs(cartridge, order.first, options),
      answerAsIs(cartridge, order.second, options),
    ]);
    const ordered = orderAnswer(order, first, second);
    if (ordered) return ordered;
  }
  // A word read as a near one (spelling.ts) answers anew: the owner and kind of a contact value still hold (owned-value.ts).
  const asked = withOwnedValue(typedQuestion, await answerAsIs(cartridge, typedQuestion, options));
  // "is the home insurance still valid?" with no line saying so: its end day against today (validity.ts).
  const endAsked = /^(?:Yes|No) —/u.test(asked.answer) ? undefined : endAskedFor(typedQuestion);
  const byEnd = endAsked
    ? stillByEnd(typedQuestion, await answerAsIs(cartridge, endAsked, options))
    : undefined;
  return byEnd ?? asked;
}

/** `answerQuestion` of the question as asked, without a countdown's or a still-valid's second question. */
async function answerAsIs(
  cartridge: Cartridge,
  typedQuestion: string,
  options: { collection: string; filter?: SearchFilter; signal?: AbortSignal; env?: NodeJS.ProcessEnv },
): Promise<Answer> {
  // "inc. VAT", "excl VAT": the words in full, so a shortening is no word the documents must say.
  // "last month": the month it is by today, as if named ("in November 2026"; period-edge.ts, k29).
  // "my annual salary": the salary per year (precision.ts, k29).
  const month = withMonthNamed(rateAdjectiveSaid(vatSpelledOut(typedQuestion)));
  const rawQuestion = month.question;
  const asTyped = await answerTyped(cartridge, rawQuestion, options);
  // "how much did we spend in September?" with no September statement: which months they cover,
  // not other documents' amounts (statement-period.ts); an "I don't know" already said stays.
  const uncovered = asTyped.known
    ? uncoveredSpendPeriod(createKnowledgeStore(cartridge), options.collection, rawQuestion)
    : undefined;
  if (uncovered)
    return month.said ? { ...uncovered, answer: `${month.said}\n${uncovered.answer}` } : uncovered;
  const typed =
    asTyped.known && month.said ? { ...asTyped, answer: `${month.said}\n${asTyped.answer}` } : asTyped;
  const knowledge = createKnowledgeStore(cartridge);
  // A cover item with its lead-in (cover.ts); a deadline against today, a price's VAT side (validity.ts).
  const decided = withVatSide(
    knowledge,
    options.collection,
    rawQuestion,
    withValidity(
      knowledge,
      options.collection,
      rawQuestion,
      // "is my MOT overdue?": its due day against today (validity.ts, k29).
      withDueDate(
        rawQuestion,
        // "when is my car's MOT due?": the "Next … due" line, not the "passed" one (due-line.ts).
        withDueLine(
          knowledge,
          options.collection,
          rawQuestion,
          // "what is Léonie allergic to?": her allergy before the "NOT allergic to eggs" line (allergy-line.ts).
          withAllergyLine(
            knowledge,
            options.collection,
            rawQuestion,
            // "are cats prohibited?": the line that decides it, "… except one cat …", not "Dogs are prohibited." (deciding.ts).
            withDecidingLines(
              knowledge,
              options.collection,
              rawQuestion,
              withCoverLeadIns(knowledge, options.collection, typed),
            ),
          ),
        ),
      ),
    ),
  );
  // "are we allowed to have a tortoise in the flat?": a rule line, not a line naming the tortoise (permission-line.ts).
  // "which school does Deniz go to?": never "Carries an EpiPen at school.", which names no school (which-named.ts).
  // "what is my phone number?": never the technician's, nor a NIF; a line of the owner's, of that kind (owned-value.ts).
  const answer = withOwnedValue(
    rawQuestion,
    withNamedThing(
      rawQuestion,
      await withPermissionLine(rawQuestion, decided, (bare) => answerAsIs(cartridge, bare, options)),
    ),
  );
  // "what are the steps to repressurise the boiler?": how to repressurise it (steps-asked.ts).
  const howTo = answer.known ? undefined : asHowTo(rawQuestion);
  if (howTo) {
    const steps = await answerTyped(cartridge, howTo, options);
    if (steps.known) return steps;
  }
  // "what was the mileage at the last MOT?": the latest dated row or line that says it (latest.ts).
  // "how much is my rent per year?" of a monthly line: 12 × the month, worked out (per-year.ts).
  if (answer.known)
    return withYearly(
      rawQuestion,
      latestOnly(knowledge, options.collection, rawQuestion, withRoleLines(rawQuestion, answer)),
    );
  // "when was the boiler last serviced?" with no line found: the latest row of the log its title names (latest.ts).
  const latest = latestRow(knowledge, options.collection, rawQuestion, options.filter);
  if (latest) return latest;
  if (answer.missing) return answer;
  // "is the sauna included?": no line says "included" of it; the line about the sauna decides (deciding.ts).
  const things = thingsAsked(rawQuestion);
  if (things) {
    const about = await answerTyped(cartridge, things.question, options);
    if (about.known && saysThings(about, things.things))
      return {
        ...about,
        answer: `No line says it in those words; what your documents say of it:\n${about.answer}`,
      };
  }
  // "who is my doctor?": no sentence says, the letter's sign-off does ("Dr Aisha Rahman"; sign-off.ts).
  const store = createKnowledgeStore(cartridge);
  const signed = signOffAnswer(
    store,
    options.collection,
    rawQuestion.normalize('NFKC'),
    options.filter,
    true,
  );
  if (signed) return signed;
  // "how much is the excces?": a word no document knows, read as a near one they use (spelling.ts).
  const read = readAsMeant(store, rawQuestion);
  if (!read) return answer;
  const again = await answerTyped(cartridge, read.question, options);
  // Only an answer that says the word read: never a line found by the rest of the question alone.
  return again.known && saysRead(read, again.citations)
    ? { ...again, answer: read.said ? `${read.said}\n${again.answer}` : again.answer }
    : answer;
}

/**
 * "who is my landlord?" answered only by lines saying the role or a person's word for it: "Flat 2"
 * or "Initial rental" (its synonym group's things) name no landlord (fallback-fit.ts, k22).
 */
function withRoleLines(question: string, answer: Answer): Answer {
  const keep = roleLines(
    question,
    answer.citations.map((c) => c.quote),
  );
  const lines = answer.answer.split('\n');
  if (!keep || keep.every(Boolean) || lines.length !== keep.length) return answer;
  if (!keep.includes(true))
    return {
      known: false,
      answer: "I don't know: your documents do not seem to say. Nothing I found answers that.",
      citations: [],
      passages: answer.passages,
    };
  return {
    ...answer,
    answer: lines.filter((_, i) => keep[i]).join('\n'),
    citations: answer.citations.filter((_, i) => keep[i]),
  };
}

/** `answerQuestion` of the question as typed. */
async function answerTyped(
  cartridge: Cartridge,
  rawQuestion: string,
  options: { collection: string; filter?: SearchFilter; signal?: AbortSignal; env?: NodeJS.ProcessEnv },
): Promise<Answer> {
  const store = createKnowledgeStore(cartridge);
  const reader = () => documentReader(cartridge, store, options);
  // Answers read from a file's own structure, before any search; the first that fits answers:
  // "when does the washing machine warranty expire?": its term counted from the purchase date (warranty.ts);
  // "is theft covered by my home insurance?": each listed item with its lead-in and verdict (cover.ts);
  // "can I be away for 3 months?": the clause on the situation in the document's words, numbers compared (situation.ts);
  // "what was the closing balance?", "my direct debits", "when was I paid?": a bank statement's rows (statement.ts);
  // "what is the total of all my expenses?": every row of the expense tables added up (column-sums.ts);
  // "what was my largest expense?", "the cheapest …": the row of a money table with the most or least (column-sums.ts).
  // "how many purchases did I make?": the rows of the money tables counted (column-sums.ts).
  // "how many specified items are on my insurance?": the list under the heading naming them (list-count.ts).
  // "which engineer came most often?": the value of a table's column in the most rows, counted (most-often.ts).
  // "is the lease for 2 years?", "how long is the lease?": counted from its start and end dates (span.ts).
  for (const structured of [
    warrantyAnswer,
    coverAnswer,
    situationAnswer,
    statementAnswer,
    wholeTableTotal,
    extremeRow,
    countedRows,
    listedCount,
    mostOften,
    spanAnswer,
  ]) {
    const found = structured(store, options.collection, rawQuestion, options.filter);
    if (found) return found;
  }
  // "was the budget increased?": its amount in the earliest and the latest dated document (amount-compare.ts).
  const change = changeAsked(rawQuestion);
  if (change) {
    const amounts = await answerWhere(cartridge, `how much is the ${change.subject}?`, options);
    const target = store.collection(options.collection);
    const names = store.displayNames(amounts.citations.map((c) => c.path));
    const changed =
      amounts.known && target
        ? changeAnswer(
            change,
            amounts,
            (path) =>
              fileLines(store, target.id, path)
                .slice(0, 15)
                .map((l) => l.text),
            (c) => cite(c, names.get(c.path)),
          )
        : undefined;
    if (changed) return changed;
  }
  const answer = await answerWhere(cartridge, rawQuestion, options);
  // "is the boiler repaired within 24 hours?": the number is a guess, checked against the line (yes-no.ts).
  const checked = await checkGuesses(rawQuestion, answer, (bare) => answerWhere(cartridge, bare, options));
  if (checked) return checked;
  // "how much deposit will Graham return?": not the "On …, Graham wrote:" line, the amount quoted under it (reply-header.ts).
  // "quanto zucchero?": the ingredient's quantity; "how much is my council tax?": the total row (how-much-lines.ts).
  const refined = (found: Answer) =>
    withListItems(
      rawQuestion,
      howMuchLines(
        store,
        options.collection,
        rawQuestion,
        withoutReplyHeaders(store, options.collection, rawQuestion, found),
      ),
    );
  // A cost asked and answered by lines stating no amount ("Item: item-112 widget") is not answered yet.
  const noAmount =
    asksMoney(rawQuestion) && answer.citations.every((c) => amountsAsked(c.quote).length === 0);
  // "where did I buy the Dyson?" answered only by its "Item:" line: the record's "Shop:" line is meant.
  const offKind = labelsMissKind(
    rawQuestion,
    answer.citations.map((c) => c.quote),
  );
  // "by when must I pay the water bill?" answered by "Amount due: £64.20", "when must the trip be
  // paid by?" by the trip's date: no line stating a deadline answers, so none is quoted (deadline.ts, k22).
  if (answer.known && asksDeadlineOnly(rawQuestion) && !answer.citations.some((c) => statesDeadline(c.quote)))
    return (
      (await deadlineOf(reader(), rawQuestion)) ?? {
        known: false,
        answer: "I don't know: your documents do not seem to say by when. Nothing I found states a deadline.",
        citations: [],
        passages: answer.passages,
      }
    );
  // "when is the water bill due?" answered by "Bill date: 3 November 2026": the bill's "Payment due date" line, when one says.
  if (answer.known && asksDeadline(rawQuestion) && !answer.citations.some((c) => statesDeadline(c.quote))) {
    const due = await deadlineOf(reader(), rawQuestion);
    if (due?.citations.every((c) => answer.citations.some((a) => a.path === c.path))) return due;
  }
  if (answer.known && !noAmount && !offKind) return refined(answer);
  // "how much was the Dyson?": a receipt's "Item: Dyson …" and its "Total: £599.00" line (label-records.ts).
  // Never a record line stating no deadline for "by when …" ("Monthly rent: … payable on the 1st"
  // for "by when must I pay the deposit?"; k24).
  const record = labelRecordAnswer(store, options.collection, rawQuestion, options.filter);
  if (record && !(asksDeadlineOnly(rawQuestion) && !record.citations.some((c) => statesDeadline(c.quote))))
    return record;
  if (answer.known) return refined(answer);
  // "is the flight on 19 April?", "is my seat 14D?": the subject's own date or code says not (named-values.ts).
  const instead = await valueInstead(rawQuestion, (bare) => answerWhere(cartridge, bare, options));
  if (instead) return instead;
  if (answer.missing) return answer;
  // "what is the second step?" of a recipe that never says "step": its list's second item (steps.ts).
  const step = stepAt(store, options.collection, rawQuestion, options.filter);
  if (step) return step;
  // "how much did the dental cleaning cost?": the line's later sentence "Cost £612.00." (line-cost.ts).
  const cost = costOnLine(store, options.collection, rawQuestion, options.filter);
  if (cost) return cost;
  // "by when must I accept the offer?": the letter's "Please reply by … to accept.", the offer its subject (deadline.ts).
  const deadline = await deadlineOf(reader(), rawQuestion);
  if (deadline) return deadline;
  const timed = await timeInstead(cartridge, rawQuestion, options);
  if (timed) return timed;
  // "what is my salary at Northwind?": the salary line, Northwind said by the line before it
  // (deadline.ts, k23); never a time of day ("do I take it in the morning?" is timeInstead's).
  if (SCHEDULE_ASKED.test(rawQuestion)) return answer;
  return (
    (await subjectOfLines(reader(), rawQuestion)) ??
    // "can I return the duvet?": "You can return unused items …" of the order that lists the duvet (deadline.ts, S34).
    (await itemOfDocument(reader(), rawQuestion)) ??
    answer
  );
}

/**
 * What the re-askers of deadline.ts need of the asked collection: the question asked again
 * (`ask`), whether a document says every stem near a line (`saysNear`) or anywhere
 * (`saysInFile`), and how many of its lines state a deadline (`deadlines`: one answers any verb of
 * answering it, k24). Undefined when the collection does not exist.
 */
function documentReader(
  cartridge: Cartridge,
  store: ReturnType<typeof createKnowledgeStore>,
  options: Parameters<typeof answerWhere>[2],
) {
  const target = store.collection(options.collection);
  if (!target) return undefined;
  const lines = (path: string) => fileLines(store, target.id, path);
  return {
    ask: (reduced: string) => answerWhere(cartridge, reduced, options),
    saysNear: saysNearIn(store, target.id),
    saysInFile: (path: string, roots: ReadonlySet<string>) =>
      saysEvery(
        rootsOf(
          lines(path)
            .map((l) => l.text)
            .join('\n'),
        ),
        roots,
      ),
    deadlines: (path: string) => lines(path).filter((l) => statesDeadline(l.text)).length,
  };
}

/** Whether `said` holds every stem of `roots`, or a synonym of it ("job" by "position"). */
const saysEvery = (said: ReadonlySet<string>, roots: ReadonlySet<string>) =>
  [...roots].every((r) => [...alternativesOf(r)].some((alt) => said.has(alt)));

type Reader = NonNullable<ReturnType<typeof documentReader>>;

/** `deadlineWithout` of the question: asked again without a noun, that noun said by the quoted line's document (its first two lines or near it). */
const deadlineOf = (reader: Reader | undefined, question: string) =>
  reader && deadlineWithout(question, reader.ask, reader.saysNear, reader.deadlines);

/** `subjectWithout` of the question: asked without its closing "at Northwind", the company said near the line (deadline.ts). */
const subjectOfLines = (reader: Reader | undefined, question: string) =>
  reader && subjectWithout(question, reader.ask, reader.saysNear);

/** `itemWithout` of the question: asked of "it", the item named anywhere in the quoted line's document (deadline.ts). */
const itemOfDocument = (reader: Reader | undefined, question: string) =>
  reader && itemWithout(question, reader.ask, reader.saysInFile);

/** How many lines from a deadline's line a noun left out of the question may be said ("Our class trip …" two above "… due by 1 May"). */
const NEAR_LINES = 3;

/**
 * Whether a document says every stem of `roots` (or a synonym: "job" by "position") in its first
 * two lines or within `NEAR_LINES` of file line `line` in the same section: what the line is about.
 */
function saysNearIn(
  store: ReturnType<typeof createKnowledgeStore>,
  collectionId: number,
): (path: string, line: number, roots: ReadonlySet<string>) => boolean {
  return (path, line, roots) => {
    const lines = fileLines(store, collectionId, path);
    const heading = (l: { text: string }) => /^\s*#{1,6}\s/u.test(l.text);
    // Its own section's lines only: going up to its heading, down to the next one ("## Pets" is another's).
    const near = lines.filter(
      (l) =>
        l.first <= 2 ||
        (Math.abs(l.first - line) <= NEAR_LINES &&
          !lines.some(
            (h) =>
              heading(h) &&
              (l.first < line ? h.first > l.first && h.first <= line : h.first > line && h.first <= l.first),
          )),
    );
    return saysEvery(rootsOf(near.map((l) => l.text).join('\n')), roots);
  };
}

/**
 * A time of day or a schedule asked in a yes/no question ("in the morning", "at night", "before
 * bed", "with food", "twice a day"). Hand-made from how letters and labels say when to do a thing.
 */
const SCHEDULE_ASKED =
  /\b(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+(?:night|noon|midnight|bedtime|breakfast|lunch|dinner)|before\s+(?:bed|bedtime|breakfast|lunch|dinner|meals?)|after\s+(?:breakfast|lunch|dinner|meals?|food)|with\s+(?:food|meals?|breakfast|dinner)|on\s+an\s+empty\s+stomach|(?:once|twice|three\s+times|four\s+times)\s+a\s+(?:day|week)|every\s+(?:day|night|morning|evening)|daily|nightly|weekly)\b/iu;

/**
 * A yes/no question about when to do a thing that no document answers as asked ("do I take
 * atorvastatin in the morning?" when the letter says "Atorvastatin 20 mg at night"; stranger S17
 * HIGH 4): asked again as "when …" without the time, and answered with the time the documents do
 * state, saying the time asked is not what they say. Undefined when that answer states no time: "I don't know" stays.
 */
async function timeInstead(
  cartridge: Cartridge,
  question: string,
  options: Parameters<typeof answerWhere>[2],
): Promise<Answer | undefined> {
  const asked = SCHEDULE_ASKED.exec(question);
  if (!asked || !YES_NO.test(question)) return undefined;
  const bare = `${question.slice(0, asked.index)} ${question.slice(asked.index + asked[0].length)}`
    .replace(/\s+/g, ' ')
    .replace(/\s+([?.!])/g, '$1')
    .trim();
  const when = `when ${bare.replace(YES_NO, (verb) => verb.toLowerCase()).trim()}`;
  const answer = await answerWhere(cartridge, when, options);
  const kind = askedKind(when);
  if (!answer.known || kind?.kind !== 'time') return undefined;
  // Never "not in the morning": 08:00 is a morning. What is said and what is not, for the person to judge.
  return { ...answer, answer: `Your documents do not say "${asked[0]}"; they state:\n${answer.answer}` };
}

/** `answerQuestion` before a yes/no question's time is asked again (`timeInstead`). */
async function answerWhere(
  cartridge: Cartridge,
  rawQuestion: string,
  options: { collection: string; filter?: SearchFilter; signal?: AbortSignal; env?: NodeJS.ProcessEnv },
): Promise<Answer> {
  // A pasted terminal colour ("rent\x1b[31m") is not a word of the question.
  // "whats the wifi pw" asks what "what is the wifi password" asks (casual.ts).
  // "if I'm 22", "what's the excess if I’ve got a claim?": contractions are function words (contractions.ts).
  // "when do I fly home?" asks of the return flight (direction.ts).
  // "who is responsible for X?" asks who X; "what is Tom's deadline?" when (roles.ts).
  const question = roleQuestion(
    homeQuestion(withoutContractions(casualQuestion(withoutEscapes(rawQuestion.normalize('NFKC'))))),
  );
  // "my school folder", "my lease", "the essay": where the question asks to look (asked-place.ts).
  const store = createKnowledgeStore(cartridge);
  const place = askedPlace(cartridge, store, options.collection, question, options.filter);
  if (place.refusal) return { known: false, answer: place.refusal, citations: [], passages: [] };
  // "who signed the letter?": its sign-off, not a sentence (sign-off.ts).
  const signed = signOffAnswer(store, options.collection, question, place.named?.filter ?? place.filter);
  if (signed) return signed;
  // "what is the booking reference?": the line stating it, its title's often (booking-reference.ts, S47 M5).
  const reference = bookingReference(
    store,
    options.collection,
    question,
    place.named?.filter ?? place.filter,
  );
  if (reference) return reference;
  // "how old is Biscuit?": an age or date of birth; "who is Biscuit's vet?": the role's lines (subject-lines.ts).
  const shaped =
    ageAnswer(store, options.collection, question, place.named?.filter ?? place.filter) ??
    roleAnswer(store, options.collection, question, place.named?.filter ?? place.filter);
  if (shaped) return shaped;
  // "what do I do after adding the flour?": the next item of the procedure (steps.ts).
  const around = stepAround(store, options.collection, question, place.named?.filter ?? place.filter);
  if (around) return around;
  const { filter: _filter, ...rest } = options;
  const scoped = { ...rest, ...(place.filter ? { filter: place.filter } : {}), keep: place.required };
  if (!place.named) {
    const answer = await answerAsked(cartridge, place.question, scoped);
    // "I don't know: your school folder does not mention pets", not every document.
    return answer.known || !place.said ? answer : { ...answer, answer: saidOf(answer.answer, place.said) };
  }
  const own = await answerAsked(cartridge, place.question, { ...scoped, filter: place.named.filter });
  if (own.known || own.missing) return own;
  const yours = `your ${place.named.word}`;
  const elsewhere = await answerAsked(cartridge, place.question, scoped);
  // Another document's line stands in only when it answers what was asked (fallback-fit.ts, S23 HIGH 8).
  if (
    !elsewhere.known ||
    !fallbackFits(
      place.question,
      elsewhere.citations.map((c) => c.quote),
    )
  )
    return { ...own, answer: saidOf(own.answer, yours) };
  const names = store.displayNames(elsewhere.citations.map((c) => c.path));
  const sources = [...new Set(elsewhere.citations.map((c) => names.get(c.path) ?? basename(c.path)))];
  const verb = sources.length === 1 ? 'says' : 'say';
  // Never "your lease does not say" when a passage of it holds the words asked, fenced or not (S14 HIGH 1).
  const mention = await mentionOf(cartridge, place.question, elsewhere, {
    ...scoped,
    filter: place.named.filter,
  });
  if (mention)
    return {
      ...elsewhere,
      answer: `Your ${place.named.word} mentions it (${mention}) but no sentence there answers; ${sources.join(' and ')} ${verb}:\n${elsewhere.answer}`,
    };
  return {
    ...elsewhere,
    answer: `Your ${place.named.word} does not say; ${sources.join(' and ')} ${verb}:\n${elsewhere.answer}`,
  };
}

/**
 * Where the place asked holds every word of the question that the answer found elsewhere says
 * ("wifi password" for router.txt's answer): the first such passage of the place as "lease.md:26-31",
 * or undefined. So "your lease does not say" is claimed only when no passage of it says those words.
 */
async function mentionOf(
  cartridge: Cartridge,
  question: string,
  elsewhere: Answer,
  options: { collection: string; filter?: SearchFilter; signal?: AbortSignal; env?: NodeJS.ProcessEnv },
): Promise<string | undefined> {
  const said = rootsOf(elsewhere.citations.map((c) => c.quote).join('\n'));
  const asked = queryTerms(question)
    .map(root)
    .filter((r) => said.has(r));
  if (asked.length === 0) return undefined;
  const result = await searchKnowledge(cartridge, {
    query: asked.join(' '),
    collection: options.collection,
    limit: 8,
    ...(options.filter ? { filter: options.filter } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.env ? { env: options.env } : {}),
  });
  const passage = result.passages.find((p) => {
    const roots = rootsOf(p.text);
    return asked.every((r) => roots.has(r));
  });
  if (!passage) return undefined;
  const names = createKnowledgeStore(cartridge).displayNames([passage.path]);
  const name = names.get(passage.path) ?? basename(passage.path);
  return `${name}:${passage.lineStart}${passage.lineEnd > passage.lineStart ? `-${passage.lineEnd}` : ''}`;
}

/**
 * A yes/no question asking an amount no document states ("is the excess EUR 400?", "is my
 * salary 45.000 euros?") answered by the amount its subject does have, saying it differs: the
 * question without its amount is asked, and its answer counts only when a quote states an
 * amount of money. Else undefined ("I don't know: … do not mention EUR 400" stays).
 */
async function amountInstead(
  cartridge: Cartridge,
  question: string,
  amounts: readonly { start: number; end: number }[],
  written: string,
  options: Parameters<typeof answerAsked>[2],
): Promise<Answer | undefined> {
  if (!YES_NO.test(question)) return undefined;
  const bare = withoutAmounts(question, amounts).replace(/\s+/g, ' ').trim();
  const answer = await answerAsked(cartridge, `how much ${bare.replace(YES_NO, '').trim()}`, options);
  if (!answer.known || !answer.citations.some((c) => amountsAsked(c.quote).length > 0)) return undefined;
  // "The monthly rent is £1,340", not "A late fee of £25 applies if rent is overdue" (named-values.ts).
  const named = narrowToNamed(answer, subjectOf(bare), amountSpans);
  return { ...named, answer: `Not ${written} as far as your documents say; they state:\n${named.answer}` };
}

/** An "I don't know" of every document said of the place asked ("your lease does not mention"). */
const saidOf = (answer: string, place: string): string =>
  answer
    .replace(/\byour documents do\b/, `${place} does`)
    .replace(/\bin your documents\b/, `in ${place}`)
    .replace(/\byour documents\b/, place);

/** `answerQuestion` once the place is read; `keep`: document words that are content words. */
async function answerAsked(
  cartridge: Cartridge,
  fullQuestion: string,
  options: {
    collection: string;
    filter?: SearchFilter;
    signal?: AbortSignal;
    env?: NodeJS.ProcessEnv;
    keep?: ReadonlySet<string>;
  },
): Promise<Answer> {
  const unknown = (why: string): Answer => ({ known: false, answer: why, citations: [], passages: [] });
  // "how much is the gym per month?": the period is no word to find, the line stating it wins (precision.ts).
  const period = periodAsked(fullQuestion);
  const question = period?.question ?? fullQuestion;
  // "the difference between A and B": each side answered, both or neither (compare.ts).
  // "which is more expensive, the hotel or the flights?": each side's amount, and which is more (amount-compare.ts).
  const choice = choiceAsked(question);
  const sides = choice?.sides ?? comparedSides(question);
  if (sides) {
    const asked = choice ? sides.map((side) => `how much is the ${side}?`) : sides;
    const [first, second] = await Promise.all(asked.map((side) => answerQuestion(cartridge, side, options)));
    if (!first?.known) return first as Answer;
    if (!second?.known) return second as Answer;
    const quoted = new Set(first.citations.map((c) => `${c.path}\0${c.lineStart}\0${c.quote}`));
    const fresh = second.citations.filter((c) => !quoted.has(`${c.path}\0${c.lineStart}\0${c.quote}`));
    const lines = new Set(first.answer.split('\n'));
    return {
      known: true,
      answer: [
        ...first.answer.split('\n'),
        ...second.answer.split('\n').filter((line) => !lines.has(line)),
        ...(choice ? [choiceVerdict(choice, first, second)].filter((line) => line !== undefined) : []),
      ].join('\n'),
      citations: [...first.citations, ...fresh],
      passages: first.passages,
    };
  }
  const questionWords = words(question);
  // Verbs: a word right after "who"/"I"/"we" ("who keeps", "can I boil"), or a participle
  // ("is water damage covered?"); not a noun that merely ends like one ("internet speed").
  const participles = new Set(
    questionWords.filter((_, index) => isParticiple(questionWords, index)).map(root),
  );
  const afterWho = new Set(questionWords.filter((_, index) => questionWords[index - 1] === 'who').map(root));
  const verbs = new Set([
    ...participles,
    ...questionWords
      .filter((_, index) => index > 0 && BEFORE_VERB.has(questionWords[index - 1] as string))
      .map(root),
  ]);
  // A verb saying which thing is meant after "the property I" ("the address of the property I rent"; k24).
  const relativeVerbs = new Set(
    [...question.matchAll(/\b(?:the|my|our)\s+\p{L}+\s+(?:I|we)\s+(\p{L}+)/giu)].map((m) =>
      root(m[1] as string),
    ),
  );
  // A verb after "who" is also said by its doer: "who owns the bakery?" — "the bakery owner".
  const doers = new Map<string, Set<string>>(
    questionWords
      .filter((_, index) => questionWords[index - 1] === 'who')
      .map((w) => [root(w), new Set([root(w), root(`${fold(w).replace(/e?s$/u, '')}er`)])] as const),
  );
  // "when do I fly back?": the "Return flight" says it (lexicon.ts `phraseAlternatives`, k29).
  const phrased = phraseAlternatives(questionWords);
  /** A stem, its synonyms and irregular forms, for a "who" verb its doer noun, and a phrase's meaning. */
  const alternatives = (r: string): Set<string> => {
    const more = doers.get(r);
    const found = more
      ? new Set([...alternativesOf(r), ...[...more].flatMap((m) => [...alternativesOf(m)])])
      : alternativesOf(r);
    const meant = phrased.get(r);
    return meant ? new Set([...found, ...meant]) : found;
  };
  // In another language: no English function word, and a word only another language has ("qui", "когда").
  const foreign = foreignQuestion(questionWords);
  const cjkFraming = cjkFramingWords(question);
  // Dates are compared as dates, however each side writes them (dates.ts), not as words.
  const askedDates = datesIn(question);
  // With the particle a date is written with ("4월 2일에", "2日に"): the whole word is the date's.
  const dateWords = new Set(
    askedDates.flatMap((mention) =>
      words(
        question
          .normalize('NFKC')
          .slice(mention.start)
          .slice(
            0,
            mention.text.length +
              (/^[\p{L}\p{N}]*/u.exec(question.normalize('NFKC').slice(mention.end))?.[0].length ?? 0),
          ),
      ),
    ),
  );
  // Amounts of money asked ("85 EUR", "€85", "132.99") are stated as amounts, however written (amounts.ts).
  const amounts = amountsAsked(withoutDates(question, askedDates));
  /** The question without its dates and amounts: where other values asked are read from. */
  const valueText = withoutAmounts(withoutDates(question, askedDates), amounts);
  // "at the end of March": the row dated last in March, "end" no word it says (period-edge.ts).
  const edgeAsked = periodEdgeAsked(question, askedDates);
  // "when is the next vet appointment?": the first dated line from today on, "next" no word it says (period-edge.ts).
  const nextAsked = askedDates.length === 0 && NEXT_ASKED.test(question);
  // "my blood type": "type" is what is asked, not framing as in "what type of car" (precision.ts).
  const heads = headFraming(question);
  // "anyone in the family": who is asked among, never said by the papers (lexicon.ts, k29).
  const among = peopleFraming(question);
  const questionStems = [
    ...new Set(
      queryTerms(question)
        .filter(
          (term) =>
            (!FRAMING.has(term) || heads.has(term)) &&
            !neverRequired(term, foreign) &&
            !cjkFraming.has(term) &&
            !among.has(term) &&
            !workedOn(question, term) &&
            !flownWith(question, term),
        )
        .filter(
          (term) =>
            !dateWords.has(term) &&
            !(edgeAsked && EDGE_WORDS.has(term)) &&
            !(nextAsked && NEXT_WORDS.has(term)),
        )
        .map(root),
    ),
  ];
  const questionNumbers = [...numbersOf(withoutDates(question, askedDates), true)];
  /** The forms of each question stem as asked, singular ("pets" → "pet"), for headings. */
  const questionForms = new Map<string, Set<string>>();
  const askedAsName = capitalisedRoots(question);
  for (const w of questionWords)
    questionForms.set(root(w), new Set([...(questionForms.get(root(w)) ?? []), form(w)]));
  // Synonyms join the search, so "my apartment" reaches the lease.
  // "where do I live?" of a lease that says "Premises: …" only: a field's word the documents never
  // say searches the labels of its field (fields.ts, k22).
  const unsaidStems = [...createKnowledgeStore(cartridge).documentFrequency(questionStems)]
    .filter(([, count]) => count === 0)
    .map(([r]) => r);
  // Said elsewhere too ("grandad's birth year"): "date of birth" still searches "DOB:" (k25, S37 H6).
  const unsaidFields = questionStems.flatMap(searchedLabels);
  // "when is my dentist appointment?": "Dental" is searched too, when no document says "dentist" (word-forms.ts).
  const unsaidRelatives = questionWords.filter((w) => unsaidStems.includes(root(w))).flatMap(relatedStems);
  const extra = [
    ...new Set([
      ...questionStems.flatMap((r) => [...alternativesOf(r), ...(phrased.get(r) ?? [])]),
      ...unsaidFields,
      ...unsaidRelatives,
    ]),
  ].filter((r) => !questionStems.includes(r));
  const result = await searchKnowledge(cartridge, {
    query: [
      fullQuestion,
      ...extra,
      ...phraseWords(extra),
      ...dateSearchWords(askedDates),
      ...amountSearchWords(amounts),
    ].join(' '),
    collection: options.collection,
    limit: 8,
    ...(options.filter ? { filter: options.filter } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.env ? { env: options.env } : {}),
  });
  // "when does the backup run?": a config file's schedule is read too, however many log lines
  // say "backup" (cron.ts, S27 MEDIUM 15).
  const schedules =
    askedKind(question)?.kind === 'time' && !questionWords.some((w) => PAST_ASKED.has(w))
      ? (
          await searchKnowledge(cartridge, {
            query: `${fullQuestion} schedule cron`,
            collection: options.collection,
            limit: 3,
            ...(options.filter ? { filter: options.filter } : {}),
            ...(options.signal ? { signal: options.signal } : {}),
            ...(options.env ? { env: options.env } : {}),
          })
        ).passages.filter(
          (passage) =>
            configDialect(passage.path) !== undefined &&
            !result.passages.some(
              (other) => other.path === passage.path && other.lineStart === passage.lineStart,
            ),
        )
      : [];
  // "parcel 217" among many lines saying parcel, 217 and the rest: its own line is read too (numbered-reach.ts).
  const passages = [
    ...result.passages,
    ...schedules,
    ...numberedPassages(
      createKnowledgeStore(cartridge),
      options.collection,
      question,
      result.passages,
      options.filter,
    ),
  ];
  if (result.terms.length === 0) return unknown("I don't know: the question has no words to look for.");
  const store = createKnowledgeStore(cartridge);
  if (passages.length === 0) {
    return unknown(
      store.totalChunks() === 0
        ? "I don't know: no documents are learned yet (`fazt learn <folder>` learns them)."
        : "I don't know: nothing in your documents matches that.",
    );
  }
  // "who sent me the email about the boiler?": its From: line, from the message that says "boiler" (mail.ts).
  const mail = mailAnswer(question, passages, (paths) => store.displayNames(paths));
  if (mail) return { ...mail, passages: passages.slice(0, 5) };
  // "module four", "the third step": the number is not a word to look for.
  const askedNumbers = statedNumbers(withoutDates(question, askedDates));
  const spelledNumbers = new Set(
    askedNumbers.flatMap((number) => (number.spelled ? words(number.spelled).map(root) : [])),
  );
  let contentStems = questionStems.filter((r) => !isNumber(r) && !spelledNumbers.has(r));
  // "what did I pay 85 EUR for?": the amount is what is asked; "pay", "cost", "EUR" need not be said.
  if (amounts.length > 0) contentStems = contentStems.filter((r) => !MONEY_WORDS.has(r));
  for (const { cents, written } of amounts)
    if (!passages.some((passage) => statesAmount(passage.text, cents))) {
      // "is the excess EUR 400?": the excess's own amount says it is not (S11 HIGH 3).
      const instead = await amountInstead(cartridge, question, amounts, written, options);
      if (instead) return instead;
      return { ...unknown(`I don't know: your documents do not mention ${written}.`), missing: written };
    }
  // A bare number asked ("what was 132.99 for?", "what is 4471?") is about what is stated with it.
  const asksValue = amounts.length > 0 || valuesAsked(valueText).length > 0;
  if (contentStems.length === 0 && askedDates.length === 0 && !asksValue)
    return unknown("I don't know: the question does not say what it is about.");
  // Words naming the document ("my recipe", "my python script", "my french note"): they may
  // prefer documents, but a sentence need not say them, when something else is asked (documents.ts).
  const documentStems = documentWords(questionWords);
  for (const r of options.keep ?? []) documentStems.delete(r);
  const asksDocument = contentStems.filter((r) => documentStems.has(r));
  if (contentStems.some((r) => !documentStems.has(r)))
    contentStems = contentStems.filter((r) => !documentStems.has(r));
  // The record fields asked ("where does Maria live?" → her Address:, "when was she born?" → Birthday:).
  const fieldsAsked = askedFields(contentStems);
  // Two question words the documents write as one ("wi fi" for "WiFi"): candidates to join.
  const pairs = questionWords
    .slice(1)
    .map((word, index) => {
      const before = questionWords[index] as string;
      return { first: root(before), second: root(word), joined: root(`${before}${word}`) };
    })
    .filter(({ first, second }) => contentStems.includes(first) && contentStems.includes(second));
  const df = store.documentFrequency([
    ...new Set([
      ...contentStems.flatMap((r) => [...alternatives(r)]),
      ...pairs.map((pair) => pair.joined),
      ...questionWords.flatMap(doneBy),
      ...questionWords.flatMap(relatedStems),
    ]),
  ]);
  const n = Math.max(store.totalChunks(), 1);
  const idf = (r: string) => Math.log((n + 1) / ((df.get(r) ?? 0) + 0.5));
  // Compounds the passages write as two words ("Wi-Fi") are known as one ("wifi").
  const compounds = new Set(
    passages.flatMap((passage) => [...compoundRoots(`${passage.heading}\n${passage.text}`)]),
  );
  // "the db password": `db_pass:` says it, though no indexed word is "password" (key-words.ts).
  for (const r of rootsOf(keyMeanings(passages.filter((passage) => configDialect(passage.path)))))
    compounds.add(r);
  // Numbered headings ("## 3. Expenses") are sections, though no document says "section".
  if (passages.some((passage) => /^\s*#{1,6}\s+\d+(?:\.\d+)*[.)]?\s+\p{L}/mu.test(passage.text)))
    compounds.add(SECTION);
  // "when does my flight leave?" of a booking that writes "TP 1234 Lisbon (LIS) → Frankfurt": its flights (S48 2).
  if (passages.some((passage) => saysFlight(passage.text))) compounds.add(FLIGHT);
  // "可以养宠物吗?": ICU cuts "饲养" as one word, so "养" is no word of the index, though the
  // passage says it; a word of a script written without spaces is mentioned where it is written.
  const insideWord = (r: string) =>
    HAN_OR_KANA.test(r) && passages.some((passage) => passage.text.includes(r));
  const known = (r: string) =>
    [...alternatives(r)].some((alt) => (df.get(alt) ?? 0) > 0 || compounds.has(alt)) || insideWord(r);
  // "what did the surveyor say?": a report that says "survey" only; a doer's noun the documents
  // never use is asked as what is done (S29 M3).
  contentStems = contentStems.map((r) => {
    if (known(r)) return r;
    const word = questionWords.find((w) => root(w) === r);
    // "who is my dentist?" of "Dental check-up": a word made from its base the documents use (word-forms.ts).
    return (word && [...doneBy(word), ...relatedStems(word)].find(known)) ?? r;
  });
  for (const { first, second, joined } of pairs)
    if ((df.get(joined) ?? 0) > 0 && (!known(first) || !known(second)))
      contentStems = [...contentStems.filter((r) => r !== first && r !== second), joined];
  // "what did I spend on travel?": an expense row says "travel, 412.50", never "spent" (asked-kind.ts).
  contentStems = contentStems.filter((r) => !RECORD_VERBS.has(r) || known(r));
  // The kind of answer asked ("how much … cost?" → money, "when" → a time, "where" → a place).
  // In German, French, Spanish, Italian and Portuguese too ("wann", "combien coûte"; asked-kind.ts).
  // "how do I pay council tax?", "the easiest way to pay": a way asked, not an amount (wording.ts; S25 MEDIUM 4).
  const kindAsked = ((asked) => (asked?.kind === 'money' && asksWay(question) ? undefined : asked))(
    askedKind(question),
  );
  // "when is council tax paid each month?": the line stating a day of the month (wording.ts).
  const dayOfMonth = kindAsked?.kind === 'time' && asksDayOfMonth(fullQuestion);
  /** The verbs of a way asked ("how do I pay …?"), when the question's subject does not hold them. */
  const wayVerbs = asksWay(question) ? [...verbs].filter((v) => !contentStems.includes(v)) : [];
  // "how many portions does the soup make?" — "Serves 4.": the people served need not be named.
  if (kindAsked?.kind === 'count' && countsPeople(kindAsked.counted ?? '')) {
    const counted = root(kindAsked.counted ?? '');
    if (contentStems.some((r) => r !== counted && !COUNT_VERBS.has(r)))
      contentStems = contentStems.filter((r) => r !== counted);
  }
  // "was kostet die Miete?": the verb of cost is not said where the amount is ("Die Miete beträgt 980 Euro").
  if (kindAsked?.kind === 'money') {
    // "how much did I spend at Rewe?": the row says "Rewe, €46,50", never "spend", though a file
    // named "spending.csv" makes the word known (S23 HIGH 4); the money asked is still required.
    const spending = (r: string) => SPENDING.has(r);
    // "what did I spend in January?": the date is then all that is asked, as when no file says "spend".
    if (contentStems.some((r) => !spending(r)) || askedDates.length > 0)
      contentStems = contentStems.filter((r) => !spending(r));
    // "how much did I spend in total on utilities?": "total" asks for the rows added up, not a
    // line saying "total" (S25 MEDIUM 3); "how much is the total on the receipt?" still asks it.
    if (TOTALLED.test(question) && contentStems.some((r) => !TOTALLING.has(r)))
      contentStems = contentStems.filter((r) => !TOTALLING.has(r));
    const costing = (r: string) => FOREIGN_MONEY_ASKING.has(r) || FOREIGN_MONEY_ROOTS.has(r);
    if (contentStems.some((r) => !costing(r))) contentStems = contentStems.filter((r) => !costing(r));
  }
  // "how many times did I go to Tesco?": the lines saying Tesco are counted; none says "times".
  if (TIMES_ASKED.test(question) && contentStems.some((r) => r !== TIMES))
    contentStems = contentStems.filter((r) => r !== TIMES);
  if (kindAsked?.kind === 'time' && contentStems.some((r) => !TIME_FRAMING.has(r)))
    contentStems = contentStems.filter((r) => !TIME_FRAMING.has(r));
  // "when does the lease end?": a sentence saying an end ("until …", "ends on …") answers, or
  // one stating a start and a term, the end then computed and said to be (term.ts; S11).
  const endAsked =
    kindAsked?.kind === 'time' &&
    asksEnd(question) &&
    (contentStems.some((r) => !END_ASKING.has(r)) || asksDocument.length > 0);
  // "when does the lease end?": the lease is then what is asked of (its lines, by its name).
  if (endAsked) {
    const runOut = RUN_OUT.test(question);
    contentStems = contentStems.filter((r) => !END_ASKING.has(r) && !(runOut && r === root('run')));
    if (contentStems.length === 0) contentStems = [...asksDocument];
  }
  // "how big is the water tank?", "how much is the exam worth?": a measure answers, "big" need not be said.
  if (kindAsked?.kind === 'measure') {
    // "how heavy is 🎂?": only the measure asked, of nothing named — not every weight in the documents.
    if (!contentStems.some((r) => !MEASURE_FRAMING.has(r)))
      return unknown("I don't know: the question does not say what it is about.");
    contentStems = contentStems.filter((r) => !MEASURE_FRAMING.has(r));
  }
  const has = (set: Set<string>, r: string) => [...alternatives(r)].some((alt) => set.has(alt));
  /** Stems naming a passage's document: its file name, its folders' names and its title (the
   * trail's first part, the file's name, and its second, a top heading: "Rental Agreement"). */
  const namingText = (passage: ScoredPassage) =>
    `${passage.path.split(/[\\/]/).slice(-3, -1).join(' ')} ${basename(passage.path, extname(passage.path)).replace(/(?<=\p{L})(?=\p{N})/gu, ' ')} ${passage.heading.split(' › ').slice(0, 2).join(' ')} ${passage.lineStart === 1 ? (documentTitle(passage.path, passage.text) ?? plainFirstLine(passage.path, passage.text) ?? '') : ''}`;
  const namingStems = (passage: ScoredPassage) => rootsOf(namingText(passage));
  // By name, folder, title, or file type ("python" names a .py file).
  const namesADocument = (r: string) =>
    passages.some((passage) => namingStems(passage).has(r) || namesFileType(r, passage.path));
  // A document a dropped document word names, by name, heading or file type ("python" → .py).
  // How many: "my python script" is a .py file (two) before a .sh one (one).
  // A bare "contract" names the lease as well as an employment contract (asked-place.ts): both are preferred alike.
  const preferred = (passage: ScoredPassage) =>
    asksDocument.filter(
      (r) =>
        namesFileType(r, passage.path) ||
        (isLanguage(r) && writtenIn(passage.text) === r) ||
        has(namingStems(passage), r) ||
        documentAliases(r).some((alias) => namingStems(passage).has(alias)),
    ).length;
  // Every verb is asked about: "how long do I boil the eggs?" is not answered by a sentence on
  // eggs that never boils them, nor "who owns the bakery?" by one that names the bakery only; a
  // "who" verb is found in its forms ("kept" for "keeps", "owner" for "owns"). Dropped, when a
  // noun is asked too: a participle the documents never use ("is water damage covered?" —
  // "Coverage includes water damage") and an asking verb they never use ("what does module 2
  // cover?" — "Module 2: The garden is shared").
  // A numbered thing ("what does module 2 include?") is what is asked; the verb asks for its content.
  const numberedThing = askedNumbers.some((number) => number.named !== undefined);
  // "what time does the backup run?", "when does it start?": the verb asks when, a time answers.
  const asksTime =
    questionWords.includes('when') ||
    questionWords.some(
      (w, i) => /^(?:time|times)$/u.test(w) && /^(?:what|which)$/u.test(questionWords[i - 1] ?? ''),
    );
  // "how much income tax did I pay?", "how much student loan was deducted?": the amount answers;
  // "pay" or "deducted" need not be said by "Income tax 604.20" (a payslip's column; k19).
  const asksSum = kindAsked?.kind === 'money' || (questionWords[0] === 'how' && questionWords[1] === 'much');
  // "how many miles did I drive to Leeds?": a count of a unit is its row's column; "drive" is how it is asked (S29 M3).
  const unitCounted = kindAsked?.kind === 'count' && COUNTED_UNITS.has(kindAsked.counted ?? '');
  const howAsked = (r: string) =>
    (asksTime && TIME_VERBS.has(r)) ||
    (asksSum && SUM_VERBS.has(r)) ||
    (kindAsked?.kind === 'count' && COUNT_VERBS.has(r)) ||
    (unitCounted && verbs.has(r)) ||
    (ASKING.has(r) && numberedThing) ||
    ((participles.has(r) || ASKING.has(r)) && !afterWho.has(r) && !known(r));
  const nouns = contentStems.some((r) => !verbs.has(r) && !ASKING.has(r))
    ? contentStems.filter((r) => !howAsked(r))
    : contentStems;
  // "the vault code": "code" only says what kind of value; "vault" is what is asked about. The
  // kind is still asked: a sentence without it must state such a value ("what is the internet
  // price?" is not answered by "The tenant pays electricity and internet.").
  // "what dose?", "the notice period", "the admin address", never said by the documents: a value
  // of that kind answers, like "code" or "price" (value-kinds.ts; S21 HIGH 3, MEDIUM 5).
  // "how much was the water bill?", "the amount of the State Farm payment": money is asked, the
  // payment is its kind (k22) — unless a document is that bill ("vet_invoice.txt" for "the vet bill").
  const paymentAsked =
    asksSum ||
    /\b(?:amount|total|sum|price|cost)\s+(?:of|for|on)\b/iu.test(question) ||
    contentStems.some((r) => MONEY_KINDS.has(r) && !PAYMENT_KINDS.has(r)) ||
    // "what's our mortgage payment?", "what was the water bill?": the payment asked is its money (S44).
    /^\s*what(?:['’]s|\s+(?:is|was|are|were))\b.*\b(?:payments?|bills?|subscriptions?)\s*[?.!]*\s*$/iu.test(
      question,
    );
  const isKind = (r: string) =>
    GENERIC.has(r) ||
    (VALUE_KINDS.has(r) && !known(r)) ||
    (paymentAsked && PAYMENT_KINDS.has(r) && ![...alternatives(r)].some(namesADocument));
  const specific = nouns.filter((r) => !isKind(r));
  // "my policy number": two kind words, one said by the documents (policy) — that one is the
  // subject, the other the kind of value asked (S15 item 2).
  const unsaid = specific.length === 0 ? nouns.filter((r) => GENERIC.has(r) && !known(r)) : [];
  const saidKind = unsaid.length > 0 && unsaid.length < nouns.length;
  let subject = specific.length > 0 ? specific : saidKind ? nouns.filter((r) => !unsaid.includes(r)) : nouns;
  const kinds = specific.length > 0 ? nouns.filter(isKind) : saidKind ? unsaid : [];
  // Only a narrowing word left besides the document ("when does the new lease begin?"): the document is asked.
  if (subject.length > 0 && subject.every((r) => NARROWING.has(r))) subject = [...subject, ...asksDocument];
  // Only document names left ("what does my insurance cover?"): the verb is the question.
  if (subject.every(namesADocument))
    subject = [...new Set([...subject, ...contentStems.filter((r) => verbs.has(r) || ASKING.has(r))])];
  // A numbered thing the documents number, but never with this number ("module 4" of a course
  // with modules 1–3): that is the answer, whatever else the question calls it ("my astronomy course").
  const askedNamed = askedNumbers.filter((number) => number.named !== undefined);
  const storeNumbers = new Map<string, Set<string> | undefined>();
  const numberedInStore = (asked: Stated) => {
    const word = (asked.named as string).split(' ')[0] as string;
    if (!storeNumbers.has(word))
      storeNumbers.set(
        word,
        storeNumbering(store, options.collection, options.filter, asked.word as string, word),
      );
    return storeNumbers.get(word);
  };
  const missing = (asked: Stated, have: Set<string> | undefined): Answer => ({
    ...unknown(missingNumbered(asked.word as string, asked.number, have)),
    missing: `${asked.word} ${asked.number}`,
  });
  for (const asked of askedNamed) {
    const all = numberedInStore(asked);
    if (all?.size && !all.has(asked.number)) return missing(asked, all);
  }
  // A word the documents never use: "my bicycle" when only a car is learned, "the water bill"
  // when only water damage is: they do not say.
  // A field's word ("live", "cell") is known when the documents use a label of that field.
  const fieldKnown = (r: string) => {
    const labels = searchedLabels(r);
    return labels.length > 0 && [...store.documentFrequency(labels).values()].some((count) => count > 0);
  };
  // "what days …?", "the last service", never said by the documents: a value of the kind answers (wording.ts).
  const strange = subject.find((r) => !known(r) && !namesADocument(r) && !fieldKnown(r) && !mayGoUnsaid(r));
  if (strange !== undefined) {
    const word = questionWords.find((w) => root(w) === strange) ?? strange;
    return unknown(`I don't know: your documents do not mention "${word}".`);
  }

  // "what does my python script do?", "what is my backup script for?": only the document is
  // named, and what it is for is asked — its opening words say (its module docstring, first
  // comment or first sentence; stranger round 9, MEDIUM 7).
  if (
    subject.length > 0 &&
    subject.every(namesADocument) &&
    !subject.some((r) => verbs.has(r) || ASKING.has(r)) &&
    // "do" as the verb asked ("what does my script do?"), not as a helper ("what car do I have?"; S32 HIGH 4).
    questionWords.some(
      (w, index) =>
        /^(?:for|about|purpose)$/u.test(w) ||
        (w === 'do' && !/^(?:i|we|you|they|he|she|it)$/u.test(questionWords[index + 1] ?? '')),
    ) &&
    // "how do I pay council tax?" asks a way of paying, not what council-tax.md is for.
    wayVerbs.length === 0 &&
    askedDates.length === 0 &&
    !asksValue &&
    // "how many people is the party for?" asks a count, not what the document is for;
    // "how much holiday do I get?" an amount of holiday, not what "Holiday itinerary.md" does.
    !kindAsked &&
    amountAsked(question, kindAsked) === undefined
  ) {
    const opening = openingOf(
      passages.filter((passage) =>
        subject.every((r) => has(namingStems(passage), r) || namesFileType(r, passage.path)),
      ),
      store,
    );
    if (opening) return opening;
  }

  interface Match extends Unit {
    passage: ScoredPassage;
    order: number;
    coverage: number;
    /** Every subject word in the sentence or its heading as the question words it, not a synonym. */
    literal: boolean;
    /** Its section's heading names all that is asked ("## Pets" for pets, "## Part 7" for part 7). */
    sectioned: boolean;
    /** The sentence states one of the question's numbers. */
    numbered: boolean;
    /** A subject word came from the sentence's record (its label block, or the sentence before). */
    contextual: boolean;
    /** The numbers the sentence states, with those of its heading and list item. */
    stated: Set<string>;
    /** Its record of several label lines ("<path>\0<first line>"), and whether it is that record's first line. */
    record?: string;
    opensRecord: boolean;
    /** A subject word is its label ("Phone: …" for "Anna's phone"). */
    keyed: boolean;
    /** The kind of value asked ("code") is not said, only a value of that kind stated ("5 minutes"). */
    kindUnsaid: boolean;
    /** How many document words of the question name its document ("my python script" → a .py file: 2). */
    preferred: number;
    /** A subject word is said only as a name ("Dr. Helen Park"), asked in lowercase ("where can I park?"). */
    byName: boolean;
    /** Every subject word is had only from its document's name or title, none said by the sentence. */
    byDocument: boolean;
    /** The sentence says a light verb of the question ("Takes 35 minutes." for "how many minutes does it take?"). */
    lightSaid: boolean;
    /** An end is asked and the sentence states one itself ("until 28 February 2027"). */
    endSaid?: boolean;
    /** The sentence says how long something runs ("a fixed term of 12 months"). */
    lasting?: boolean;
    /** "when does the ferry leave?": the sentence says the verb asked, in any form ("Departure: 09:30"). */
    verbSaid?: boolean;
    /** A day of the month asked ("each month") and stated ("on the 15th of each month"). */
    monthDay?: boolean;
    /** A way of doing asked ("how do I pay …?") and the line says the doing ("the easiest way to pay"). */
    waySaid?: boolean;
    /** … in the question's own word ("pay"), not a synonym ("instalments"). */
    wayOwn?: boolean;
    /** An asked word said only inside another two-word noun ("smoke alarm" for smoking; wording.ts). */
    compounded?: boolean;
    /** The next sentence, which changes this one ("… extending cover to 5 years in total"; wording.ts). */
    amendedBy?: Unit;
  }
  // Light verbs asked ("take", "make", "use", "hold", "need"): never required, but a sentence saying one wins.
  // "how many days can I carry over?": a count of a unit drops the verb that counts it ("carry"),
  // but a line saying it ("5 unused days may be carried over") wins over every other count of days (S37).
  const lightAsked = [
    ...new Set([
      ...questionWords.filter((w) => PREFERRED_LIGHT.has(fold(w))).map(root),
      ...(unitCounted ? contentStems.filter((r) => verbs.has(r) && !subject.includes(r)) : []),
    ]),
  ];
  const matches: Match[] = [];
  /** Every record's first line ("Name: …", "FN"), to say whose record a quoted field line is (withRecordOpeners). */
  const recordFirsts: Match[] = [];
  const codeAsked = asksAboutCode(questionWords);
  const routeOfQuestion = routeAsked(question);
  /** Every word asked, its period and light verbs too ("monthly", "kept"), as a setting's key may say them. */
  const keyAsked = queryTerms(fullQuestion)
    .filter((term) => !FRAMING.has(term))
    .map(root);
  // Which numbers each counting word has in the passages ("modul" → 1, 2, 3), to tell a number
  // the documents lack ("module 4") from a word they never number.
  const numbering = new Map<string, Set<string>>();
  /** The files of the passages that number each counting word, to name where they were found. */
  const numberedFiles = new Map<string, Set<string>>();
  const collectionId = store.collection(options.collection)?.id;
  passages.forEach((passage, rank) => {
    // Whom or what the document is about, by its opening label lines ("Pupil: Amara Okafor",
    // "Patient: Biscuit", "Vehicle registration: …"): "Amara's attendance" is said by its
    // "Attendance this year:" line (S34 H5).
    const named = new Set([
      ...namingStems(passage),
      ...(collectionId === undefined ? [] : aboutStems(store, collectionId, passage.path)),
    ]);
    // "medication" asked of "Medical note — Orla": the document's name shares the word's stem in
    // another form only, and names no medication (S44); its own words are read as said.
    const naming = namingStems(passage);
    const namingForms = formsOf(namingText(passage));
    const units = sentencesOf(passage, headerOf(store, passage));
    // Only when a line says the word in the form asked: "insured" of "Home Insurance Policy", said
    // by no line, is still what the document names.
    const unitForms = units.map((unit) => formsOf(unit.text));
    const otherFormOnly = (r: string) =>
      naming.has(r) &&
      ![...alternatives(r)].some((alt) => alt !== r && named.has(alt)) &&
      ![...(questionForms.get(r) ?? [])].some((f) => namingForms.has(f)) &&
      unitForms.some((forms) => [...(questionForms.get(r) ?? [])].some((f) => forms.has(f)));
    const contexts = recordContexts(units);
    units.forEach((unit, index) => {
      const headingText = unit.heading.split(' › ').slice(1).join(' ');
      const headingStems = withoutConflations(rootsOf(headingText), headingText, questionWords);
      const headingForms = formsOf(headingText);
      const sections = sectionNumbers(unit.heading);
      if (sections.length > 0) {
        headingStems.add(SECTION);
        headingForms.add(SECTION);
      }
      const stated = new Set<string>();
      for (const number of [...unitNumbers(unit), ...sections]) {
        stated.add(number.number);
        if (number.named) {
          stated.add(number.named);
          const [word = ''] = number.named.split(' ');
          numbering.set(word, new Set([...(numbering.get(word) ?? []), number.number]));
          numberedFiles.set(word, new Set([...(numberedFiles.get(word) ?? []), passage.path]));
        }
      }
      const record = contexts[index] ?? { text: '' };
      // A comment's or docstring's code line is its context too ("def compute_tax" for "Return the VAT").
      // "Grandpa Emeka Okafor lives in Surulere. Phone: +234 …": a label sentence is a field of
      // whom its line's sentences before it name (S47 M1).
      const lineBefore = unit.label || LABEL.test(unit.text) ? lineOpening(units, index) : '';
      const recordText = lineBefore ? `${record.text}\n${lineBefore}` : record.text;
      const contextText = unit.context ? `${recordText}\n${unit.context}` : recordText;
      // "who lives in Madrid?": the record's first line ("Name: Aiko Tanaka") says who, matched or not.
      if (record.first === index && unit.label)
        recordFirsts.push({
          ...unit,
          record: `${passage.path}\0${unit.line}`,
          opensRecord: true,
          keyed: false,
          preferred: preferred(passage),
          passage,
          order: rank,
          coverage: 0,
          literal: false,
          sectioned: false,
          kindUnsaid: false,
          numbered: false,
          contextual: false,
          stated: new Set(),
          byName: false,
          byDocument: false,
          lightSaid: false,
        });
      // A name ("Dr. Helen Park") is found only in the form asked: "parking" is not Park (proper-names.ts).
      // "engineer" is not said by "Engine oil", though both stem to "engin" (wording.ts; S25 MEDIUM 8).
      const context = withoutConflations(
        withoutNames(rootsOf(contextText), contextText, questionForms),
        contextText,
        questionWords,
      );
      // An example in a fence (`rent: 9999`) is no fact of the document, unless code is asked about.
      // A setting whose key words are asked ("wifi_password: …" for the wifi password) answers as a label line.
      if (
        unit.fenced &&
        !codeAsked &&
        !(unit.setting && subject.some((r) => has(rootsOf(unit.key ?? ''), r)))
      )
        return;
      // A definition's or a call's line is never an answer (`def run():`, `run()` say nothing),
      // unless the question names it ("openShed").
      if (unit.code && !answersAlone(unit.text) && !namesIdentifier(question, unit.text)) return;
      // `import os` answers "json"-like questions that name what it imports as written, not "important".
      if (unit.code && isImport(unit.text)) {
        const written = formsOf(unit.text);
        if (!questionWords.some((w) => !isStopWord(w) && written.has(form(w)))) return;
      }
      // "what's the wifi network?": never the "Wifi password: …" line (lexicon.ts).
      if (secretNotAsked(question, unit.key)) return;
      // "when do we check out?": never the "Check-in: …" line (lexicon.ts).
      if (otherCheckEnd(question, unit.text)) return;
      const ownText = unit.names ? `${unit.text} ${unit.names}` : unit.text;
      const own = withoutConflations(
        withoutNames(rootsOf(ownText), ownText, questionForms, unit.key),
        ownText,
        questionWords,
      );
      // "TP 1234 Lisbon (LIS) 10:05 → Frankfurt" states a flight, though it never says the word (S48 2).
      if (saysFlight(unit.text)) own.add(FLIGHT);
      // Every word of a name of several asked in lowercase ("where is summer fun day held?" —
      // "Summer Fun Day will be held …") names the thing asked, not a person or place by that name.
      const byName =
        !(subject.length > 1 && subject.every((r) => own.has(r))) &&
        subject.some((r) => own.has(r) && !askedAsName.has(r) && nameOnlyRoots(unit.text, unit.key).has(r));
      let score = 0;
      let mass = 0;
      let said = 0;
      let literal = true;
      let contextual = false;
      /** A noun asked of a value ("phone") not said, but such a value stated ("on 0800 046 7712"). */
      let valueStated = false;
      // The fields the unit states: its label ("Address") or its row's columns ("city").
      // And the labels inside it, after a comma ("Patient: Alex Morgan, DOB 9 July 1988"; k24).
      const unitLabels = [
        ...(unit.key ? [unit.key] : []),
        ...(unit.columns ?? []),
        ...inlineLabels(unit.text),
      ];
      const recordLabels = record.text
        .split('\n')
        .flatMap((line) => /^([^:]{1,40}):\s/u.exec(line)?.[1] ?? []);
      const labelled = (labels: string[], r: string) =>
        labels.some((label) => labelAnswers(label, fieldLabelsOf(r) as Set<string>));
      // The sentence before, when this one goes on from it ("… boiler. To reset it, hold …").
      // With a kind asked, the sentence right after one naming the subject is about it too ("The
      // party is at Café Müller. Bring pizza for twelve people."; S14 MEDIUM 11).
      // Only when the sentence says no subject word itself ("Boil the pasta for 9 minutes." is the pasta's).
      const saysNone = !subject.some((r) => has(own, r));
      // "when is autumn half term?" — "Autumn term begins … Half term will be Monday 26 October …";
      // "how much are tickets for the christmas social?" — "Our Christmas social will be held …
      // Tickets are £12": a sentence saying part of the subject goes on from the one before it in
      // its paragraph that says the rest, when both say a subject word or this one opens with an
      // asked noun (k20). Not "Whisk the eggs. Boil the pasta …" for "how long do I boil the eggs?".
      const goesOn = (before: Unit | undefined) => {
        if (!before || saysNone || subject.every((r) => has(own, r))) return undefined;
        const said = rootsOf(before.text);
        const opening = root(words(unit.text)[0] ?? '');
        const opensWithNoun = subject.includes(opening) && !verbs.has(opening);
        return (opensWithNoun || subject.some((r) => has(own, r) && has(said, r))) &&
          subject.every((r) => has(own, r) || has(said, r))
          ? before
          : undefined;
      };
      const previous =
        windowOf(units, index) ??
        (kindAsked && saysNone
          ? nextTo(units, index)
          : kindAsked
            ? goesOn(proseBefore(units, index))
            : undefined);
      // Then what the sentence before says of the subject, this one says too.
      const aboutPrevious = kindAsked !== undefined && saysNone && previous !== undefined;
      const ownForms = formsOf(unit.text);
      let windowed = false;
      // Subject words had only from the document's name or title ("Boiler notes" over every line).
      let byDocument = 0;
      for (const r of subject) {
        mass += idf(r);
        if (own.has(r) && pronounInOtherForm(unit.text, questionForms.get(r) ?? new Set(), ownForms)) {
          // "It is rented from Telia." for "what is the rent?": a verb's form, its subject elsewhere.
          score += idf(r) * 0.6;
          said += 1;
          literal = false;
        } else if (own.has(r)) {
          score += idf(r);
          said += 1;
        } else if (
          headingStems.has(r) &&
          [...(questionForms.get(r) ?? [])].some((f) => headingForms.has(f))
        ) {
          score += idf(r) / 2;
          said += 1;
          if (has(named, r)) byDocument += 1;
        } else if (has(named, r) && unit.label && unit.key !== undefined && has(rootsOf(unit.key), r)) {
          // Said by a line's label in a synonym though its document's name says it too ("Vehicle: …"
          // in car_insurance_schedule.txt for "what car do I have?"; S32 HIGH 4).
          score += idf(r) * 0.6;
          said += 1;
          literal = false;
        } else if (has(named, r) && !otherFormOnly(r)) {
          // The document is what the word names ("my lease" for a lease): nothing more to find.
          // Named by a synonym only ("the flat" for office/lease.md), a file the word names itself
          // (flat/lease.md) wins: a word of the path counts as the question's own.
          score += idf(r) * 0.1;
          if (!named.has(r)) literal = false;
          // "when did I start my job?" under "# Employment contract": its heading says it by a
          // synonym (k15 HIGH 1); the word's own stem in another form ("insurer", "Insurance") does not.
          if ([...alternatives(r)].some((alt) => alt !== r && headingStems.has(alt))) {
            said += 1;
            byDocument += 1;
          } else if (previous && rootsOf(previous.text).has(r)) {
            // "It is valid until …" in passport.md: the sentence before says what "it" is; quote both.
            windowed = true;
            // The sentence before says it ("The party is at …. Bring pizza for twelve people.").
            if (aboutPrevious) said += 1;
          } else byDocument += 1;
        } else if (has(own, r)) {
          score += idf(r) * 0.6;
          said += 1;
          literal = false;
        } else if (has(headingStems, r)) {
          score += idf(r) * 0.3;
          said += 1;
          literal = false;
        } else if (has(context, r)) {
          score += idf(r) * 0.3;
          contextual = true;
          if (!context.has(r)) literal = false;
        } else if (
          fieldLabelsOf(r) &&
          (labelled(unitLabels, r) ||
            // A dwelling's line stating an address ("Property: Flat 3, 27 Canal Street"; k24).
            (unitLabels.some((label) => dwellingLabel(label, fieldLabelsOf(r) as Set<string>)) &&
              statesValueKind(stem('address'), unit.text) === true))
        ) {
          // "where does Maria live?": her Address line (or a row's city column) says where.
          score += idf(r) * 0.8;
          said += 1;
          if (!fieldLabelsOf(r)?.has(r) || !unitLabels.some((label) => rootsOf(label).has(r)))
            literal = false;
        } else if (fieldLabelsOf(r) && labelled(recordLabels, r)) {
          // Another line of her record ("Name: Maria Lopez") says whose it is.
          score += idf(r) * 0.3;
          contextual = true;
          if (!recordLabels.some((label) => rootsOf(label).has(r))) literal = false;
        } else if (previous && has(rootsOf(previous.text), r)) {
          score += idf(r) * 0.5;
          contextual = true;
          windowed = true;
          if (aboutPrevious) said += 1;
          if (!rootsOf(previous.text).has(r)) literal = false;
        } else if (
          // "the last service": only by a line saying another asked word itself ("Service date: …").
          (NARROWING.has(r) &&
            !narrowedOtherWay(unit.text, r) &&
            subject.some((other) => other !== r && has(own, other))) ||
          (verbs.has(r) && RECORD_VERBS.has(r) && unit.label) ||
          statesUnsaid(r, unit.text) ||
          // "the address of the property I rent": the verb after "I" says which property; its line
          // stating an address and the noun answers (k24).
          (relativeVerbs.has(r) &&
            statesValueKind(stem('address'), unit.text) === true &&
            subject.some((other) => other !== r && has(own, other))) ||
          // Not by another field's label line: "DOB: 1990-04-02" is no phone number; a street
          // address is one however labelled ("Premises: 42 Alder Street"; value-kinds.ts, k22).
          // A label naming another thing asked states it though ("Claims line: 0345 030 3900" for
          // "the claims phone number"; S37 H6).
          (VALUE_KINDS.has(r) &&
            (!unit.label ||
              ANY_LABEL.has(r) ||
              (unit.key !== undefined &&
                subject.some((other) => other !== r && has(rootsOf(unit.key as string), other)))) &&
            statesValueKind(r, unit.text) === true)
        ) {
          if (VALUE_KINDS.has(r) || statesUnsaid(r, unit.text)) valueStated = true;
          // Left unsaid by a line that answers (wording.ts; S25 MEDIUM 1, 5): "the last service" of
          // "Mileage at service:", "did I buy" of a receipt's "Item:", "what days" of "every
          // Monday", "the claims phone number" of "Call the claims line on 0800 046 7712".
          literal = false;
        } else return;
      }
      // "To reset it, hold …" (S14 LOW 12): a sentence that starts with a pronoun is quoted with the
      // sentence before it that names a subject word it does not say, however that word was found.
      const before = windowOf(units, index);
      if (
        before &&
        startsWithPronoun(unit.text) &&
        subject.some((r) => !has(own, r) && has(rootsOf(before.text), r))
      )
        windowed = true;
      // A date asked must be stated by the sentence, its heading or its record, however written.
      if (
        askedDates.length > 0 &&
        !statesDates(
          askedDates,
          // Only a date asked ("what is on the 2nd of March?"): the line dated so, not its whole record.
          datesIn(
            // Its record's first line ("Name: Keiko Sato") still says whose.
            subject.length === 0 && !(unit.label && record.first === index)
              ? `${unit.heading}\n${unit.text}`
              : `${unit.heading}\n${unit.text}\n${contextText}`,
          ),
        ) &&
        // Or a line above in its section dates it ("Date: Saturday 23 August 2025" over "Departs: 10:30").
        !statesDates(askedDates, datesIn(datingLineAbove(sectionLines(units, index), index))) &&
        // Or the document's opening dates every section under it ("Billing period: 01 Oct 2026 -
        // 31 Oct 2026" over "Electricity › Units used 335 kWh"; S34 H5).
        !statesDates(askedDates, datesIn(openingDate(units, index)))
      )
        return;
      // An amount asked must be stated by the sentence itself: "85.00" for "85 EUR", not "45 EUR".
      if (!amounts.every(({ cents }) => statesAmount(unit.text, cents))) return;
      // Only the document's name holds the question ("what does my lease say?"): nothing is asked of it;
      // only a date ("what's on 14 March?") asks what is on that date.
      // A line of a record whose first line names all that is asked ("Name: Maria Lopez" for "my
      // address book on Maria") is part of what her record says.
      const opener = record.first !== undefined ? units[record.first] : undefined;
      const ofRecord =
        unit.label && opener !== undefined && subject.every((r) => has(rootsOf(opener.text), r));
      // "how much was the hotel?": "Price: €540" under "Hotel Adlon Kempinski, 3 nights", or
      // "Cost: €680" in the record "Hotel: Casa dos Azulejos" (k32): a label line whose record
      // says what is asked, when a kind of value is asked (that it states it is checked below).
      const ofBlock =
        unit.label &&
        kindAsked !== undefined &&
        contextual &&
        subject.every((r) => has(context, r) || has(own, r) || NARROWING.has(r));
      // "router price", "how much does the lease cost?": a line that says the kind ("Price: €119",
      // "The monthly rent is 980 EUR") of the document the question names answers it.
      // An end asked ("when does the lease end?"): the sentence says one, or a start and a term.
      const endSaid = endAsked && saysEnd(unit.text);
      if (endAsked && !endSaid && !termOf(unit.text)) return;
      // "how long is the lease?", "when does the lease end?": a line of the lease stating the measure or end asked.
      const saysKind =
        (kinds.some((kind) => has(own, kind)) ||
          (kindAsked?.kind === 'money' && saysMoney(own)) ||
          // "how much is council tax per month?": "Instalments: 10 monthly payments of £213.15" (S32 HIGH 4).
          (kindAsked?.kind === 'money' && period !== undefined && statesPeriod(unit.text, period.period)) ||
          kindAsked?.kind === 'measure' ||
          endAsked) &&
        subject.every((r) => has(named, r));
      // "지민 생일 파티는 언제야?" in the party's note: the "날짜:" (date) line of its block (S29 HIGH 7).
      const whenOfRecord =
        ((kindAsked?.kind === 'time' && WHEN_KEY.test(unit.key ?? '')) ||
          (kindAsked?.kind === 'place' && WHERE_KEY.test(unit.key ?? ''))) &&
        unit.key !== undefined &&
        subject.every((r) => has(named, r) || has(context, r));
      // "what expenses are from January 2026?" over expenses.csv: the file names the subject, and
      // a row dated as asked (its date cell, checked above) is what is on that date (S23 HIGH 3).
      const datedOfDocument = askedDates.length > 0 && subject.every((r) => has(named, r));
      // "when is council tax paid each month?" in council-tax.pdf: "… on the 15th of each month." (wording.ts).
      // "how do I pay council tax?" in council-tax.pdf: "Direct debit is the easiest way to pay." (wording.ts).
      const waySaid =
        wayVerbs.length > 0 &&
        wayVerbs.some((v) => has(own, v)) &&
        subject.every((r) => has(named, r) || has(own, r));
      const monthDay =
        dayOfMonth && statesDayOfMonth(unit.text) && subject.every((r) => has(named, r) || has(own, r));
      // "what time does the ferry depart from Portsmouth?": "Departs: 20:15" in the record of the
      // route "Portsmouth to St Malo", which says all that is asked (S29 M3).
      const onRoute =
        kindAsked !== undefined &&
        routeOfQuestion !== undefined &&
        unit.label &&
        subject.every((r) => has(named, r) || has(context, r) || has(own, r)) &&
        ((route) => route !== undefined && routeFits(route, routeOfQuestion) === true)(
          lineRoute(unit.text, routesIn(blockText(passage, unit.line)).at(0)),
        );
      // "how many monthly backups are kept?" in backup.toml: `keep_monthly = 12` says the asked words
      // its document's name does not ("keep", "monthly"; config-keys.ts, S29 M3).
      const keySaid =
        unit.names !== undefined &&
        subject.every((r) => has(named, r) || has(own, r)) &&
        keyAsked.some((r) => !subject.includes(r) && has(rootsOf(unit.names as string), r)) &&
        // `keep_daily = 7` is not the yearly backups: a key of another period does not answer.
        (period === undefined || statesPeriod(unit.names, period.period) || !PERIOD_KEY.test(unit.names));
      // "how do I contact my landlord?" in email-from-landlord.eml: its From: line states an address.
      const statedOfDocument =
        valueStated && subject.every((r) => has(named, r) || has(own, r) || statesUnsaid(r, unit.text));
      // "when can the builder start?" in builder_quote.eml: "We could start on 11 January 2027", not
      // its Date: header (S34 MEDIUM 7): the verb asked said by a sentence of the document named.
      // "when does the new lease start?": a narrowing word ("new", "old") need not be said (k25).
      const verbOfDocument =
        asksTime &&
        contentStems.some((r) => TIME_VERBS.has(r) && has(own, r)) &&
        subject.some((r) => has(named, r) || has(own, r)) &&
        subject.every((r) => has(named, r) || has(own, r) || NARROWING.has(r));
      if (
        said === 0 &&
        subject.length > 0 &&
        !verbOfDocument &&
        !onRoute &&
        !statedOfDocument &&
        !keySaid &&
        !ofRecord &&
        !ofBlock &&
        !saysKind &&
        !whenOfRecord &&
        !datedOfDocument &&
        !monthDay &&
        !waySaid
      )
        return;
      // The kind of answer asked must be stated: an amount, a time, a place, a count (asked-kind.ts).
      // A setting of a config file is its document's: `keep_monthly = 12` in backup.toml counts backups.
      const asUnit =
        unit.names !== undefined && configDialect(passage.path)
          ? { ...unit, names: `${unit.names} ${[...named].join(' ')}` }
          : unit;
      if (kindAsked && !monthDay && !statesAskedKind(kindAsked, asUnit, contextText)) {
        return;
      }
      // The kind of value asked ("code", "price", "name"): said, or such a value stated.
      let kindUnsaid = false;
      for (const kind of kinds) {
        if (has(own, kind) || has(headingStems, kind)) continue;
        // "the Spotify payment": a statement's row or a label line never says "payment", it states
        // the money (k22); a sentence must say it ("the water bill" is no "Water damage … up to $100,000").
        if (PAYMENT_KINDS.has(kind)) {
          if (!unit.label && unit.columns === undefined) return;
          // A label line's label, heading or file names what is paid ("Water bill: £42.10"); a
          // thing said only inside its value is no bill asked ("Excess: £250 (£500 for escape of
          // water claims)" for "the water bill", S44 H4). A statement's row names its payee.
          const paidFor = new Set([
            ...rootsOf(unit.key ?? ''),
            ...headingStems,
            ...rootsOf(passage.path.replace(/[\\/._-]+/gu, ' ')),
            ...named,
          ]);
          if (unit.columns === undefined && !subject.every((r) => NARROWING.has(r) || has(paidFor, r)))
            return;
          if (kindAsked?.kind === 'money' || statesAskedKind({ kind: 'money' }, asUnit, contextText))
            continue;
          return;
        }
        if (has(context, kind)) {
          contextual = true;
          continue;
        }
        if (!statesKind(kind, unit, contextText)) return;
        // "the claims phone number": the phone stated is the number asked, not a kind left unsaid.
        if (!valueStated) kindUnsaid = true;
      }
      // A label line's record states a number for it too ("the phone of the person born on 2 July").
      const recordNumbers = unit.label && contextText ? numbersOf(contextText) : new Set<string>();
      const numbered = questionNumbers.some((number) => stated.has(number) || recordNumbers.has(number));
      const keyStems = unit.key ? rootsOf(unit.key) : new Set<string>();
      // The sentence right after, in its paragraph, that changes what this one says of the subject.
      const after = units[index + 1];
      const amending =
        after &&
        after.block === unit.block &&
        after.heading === unit.heading &&
        after.line - unit.lineEnd <= 1 &&
        !after.code &&
        amendsBefore(after.text) &&
        subject.some((r) => has(own, r) && has(rootsOf(after.text), r))
          ? after
          : undefined;
      const lead = windowed ? (before ?? previous) : undefined;
      const window = lead ? { text: `${lead.text} ${unit.text}`, line: lead.line } : {};
      matches.push({
        ...(record.first !== undefined ? { record: `${passage.path}\0${units[record.first]?.line}` } : {}),
        opensRecord: record.first === index,
        keyed:
          subject.some((r) => has(keyStems, r)) ||
          (unit.key !== undefined && labelAnswers(unit.key, fieldsAsked)),
        ...unit,
        ...window,
        preferred: preferred(passage),
        byName,
        passage,
        order: rank,
        coverage: score / (mass || 1) + (numbered ? 1 : 0),
        literal,
        sectioned: inSection(subject, headingStems, named, has),
        kindUnsaid,
        numbered,
        contextual,
        stated,
        byDocument: subject.length > 0 && byDocument === subject.length,
        lightSaid: lightAsked.some((r) => own.has(r)),
        endSaid,
        lasting: DURATION.test(unit.text),
        // "where did I buy the dishwasher?": the line saying the buying ("Purchased from: AO.com"; k25).
        verbSaid:
          (asksTime && contentStems.some((r) => TIME_VERBS.has(r) && has(own, r))) ||
          (kindAsked?.kind === 'place' && contentStems.some((r) => verbs.has(r) && has(own, r))),
        monthDay,
        waySaid,
        wayOwn: waySaid && wayVerbs.some((v) => own.has(v)),
        compounded: subject.some((r) => onlyInCompound(r, unit.text, question)),
        ...(amending ? { amendedBy: amending } : {}),
      });
    });
  });
  // A numbered thing asked for ("module 4", "section six", "the third step") is that one: when
  // the documents number that word but never with this number, they do not have it.
  const required: string[] = [];
  for (const asked of askedNamed) {
    const [word = ''] = (asked.named as string).split(' ');
    // Which numbers the word has in the whole store, not only in the passages found (numbered.ts).
    const all = numberedInStore(asked);
    const have = all?.size ? all : numbering.get(word);
    if (!have) continue;
    if (!have.has(asked.number)) {
      if (all?.size) return missing(asked, all);
      // Numbered only in the passages found ("## 1. Introduction" as section 1): what was found, where.
      const files = [...(numberedFiles.get(word) ?? [])];
      const names = store.displayNames(files);
      return {
        ...unknown(
          foundNumbered(
            asked.word as string,
            asked.number,
            have,
            files.map((f) => names.get(f) ?? f),
          ),
        ),
        missing: `${asked.word} ${asked.number}`,
      };
    }
    required.push(asked.named as string);
  }
  // A value asked by number (a phone number, a code, an amount) is stated exactly, or not at all (exact.ts).
  const numberedValues = new Set(required.map((named) => named.split(' ')[1]));
  const values = valuesAsked(valueText).filter(({ value }) => !numberedValues.has(value));
  for (const { value, written } of values)
    if (!passages.some((passage) => statesValue(passage.text, value)))
      return { ...unknown(`I don't know: your documents do not mention ${written}.`), missing: written };
  // The question's own words win over synonyms ("landlord" over "garage rental"); its number
  // over other numbers ("module 4", not every module); a sentence that says it all itself over a
  // label line that needs its record ("José Álvarez: dentist, phone 555-0101" over Zoë's line).
  // "how much does Pierogi weigh?": the vet record naming the dog, never the recipe cooking pierogi (S47 H3).
  let kept = byNameAsked(matches, matches, askedAsName, (path) => fileText(store, options.collection, path));
  // "the italian bill": only a document written in Italian (or named so) answers, never the
  // English energy bill that shares "bill" alone (S34 H4).
  const language = asksDocument.find(isLanguage);
  if (language !== undefined) {
    kept = kept.filter(
      (m) => writtenIn(m.passage.text) === language || has(namingStems(m.passage), language),
    );
    if (kept.length === 0)
      return unknown(
        `I don't know: nothing I found in ${language.charAt(0).toUpperCase()}${language.slice(1)} answers that.`,
      );
  }
  const mostPreferred = Math.max(0, ...kept.map((m) => m.preferred));
  if (mostPreferred > 0) kept = kept.filter((m) => m.preferred === mostPreferred);
  if (required.length > 0) kept = kept.filter((m) => required.some((number) => m.stated.has(number)));
  // "the lab report for module 2": the numbered thing's line or section must say the other word
  // too, or module 2's title is no answer on its lab report (issue 10, S8 HIGH 2).
  // A document's word ("the essay for module 1") counts too, said by the line or naming its document.
  const besides = [...subject, ...asksDocument].filter(
    (r) => !required.some((named) => named.split(' ')[0] === r),
  );
  if (required.length > 0 && besides.length > 0)
    kept = kept.filter((m) =>
      besides.some(
        (r) =>
          has(rootsOf(`${m.text}\n${m.heading}`), r) ||
          (asksDocument.includes(r) && has(namingStems(m.passage), r)),
      ),
    );
  // "how long is probation?": with a measure asked, the lines under the heading naming the subject
  // ("## 4. Probation" — "The first 6 months are a probationary period"), not another section's
  // line that shares the word ("After probation, you must give 3 months' notice"; S37 H5).
  if (
    kindAsked?.kind === 'measure' &&
    !kept.some((m) => m.monthDay || m.waySaid) &&
    kept.some((m) => m.sectioned)
  )
    kept = kept.filter((m) => m.sectioned);
  // "how long is the notice period?": a line naming the subject itself, before a measure's word
  // ("lasts") prefers another's duration
  // ("The probation period lasts six months"; S23 HIGH 1).
  if (kindAsked?.kind === 'measure' && subject.length > 0) {
    const own = kept.filter((m) => subject.every((r) => has(rootsOf(m.text), r)));
    if (own.length > 0) kept = own;
  }
  // Those that answer exactly, before the question's own words win over synonyms: the thing said
  // by the line, the kind stated by it, a measure's own word, an identifier of the thing asked,
  // the period asked (precision.ts).
  // A day of the month asked, a way of doing asked: the lines stating them, before the question's own words win.
  if (kept.some((m) => m.monthDay)) kept = kept.filter((m) => m.monthDay);
  if (kept.some((m) => m.waySaid)) kept = kept.filter((m) => m.waySaid);
  if (kept.some((m) => m.wayOwn)) kept = kept.filter((m) => m.wayOwn);
  // "can I smoke in the flat?": the line on smoking, not "smoke alarm batteries" (S25 LOW 1).
  if (kept.some((m) => !m.compounded)) kept = kept.filter((m) => !m.compounded);
  // "how much is my home insurance?": its price ("Annual premium: £486.12"), not each sum it
  // insures, though those say "insured" themselves (S37 H5); a period asked is
  // precision's ("the internet per month": the monthly tariff, not "The router costs 99 EUR once").
  const pricing = (m: Match) => [...rootsOf(m.text)].some((r) => PRICE_WORDS.has(r));
  if (
    kindAsked?.kind === 'money' &&
    subject.length > 0 &&
    period === undefined &&
    !subject.some((r) => PRICE_WORDS.has(r)) &&
    kept.some(pricing)
  )
    kept = kept.filter(pricing);
  kept = preciseLines(kept, {
    question,
    kind: kindAsked,
    period: period?.period,
    identifier: identifierAsked(question),
    has,
  });
  // "誕生日会はどこ？", "派对是什么时候？" in a note of label lines: its 場所/地点 (or 日付/时间) line, not
  // another line that shares a character of the subject ("日付" for 誕生日会; S29 HIGH 7).
  const keyOfKind = (m: Match) =>
    m.key !== undefined &&
    ((kindAsked?.kind === 'time' && WHEN_KEY.test(m.key)) ||
      (kindAsked?.kind === 'place' && WHERE_KEY.test(m.key)));
  if (
    /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(question) &&
    kept.some(keyOfKind)
  )
    kept = kept.filter(keyOfKind);
  // "how much student loan was deducted?": "Student loan 98.00", not "Total deductions: 999.85" (S29 HIGH 3).
  kept = namedOverTotal(kept, (m) => subject.filter((r) => has(rootsOf(m.text), r)).length);
  // "what car do I have?": the line labelled by the thing itself, by a synonym too ("Vehicle: 2019
  // Skoda …"), not one labelled by another thing named with the word ("Courtesy car: …"; S32 HIGH 4).
  const labelledAsked = (m: Match) =>
    m.label &&
    !m.fenced &&
    !m.front &&
    m.key !== undefined &&
    rootsOf(m.key).size === 1 &&
    subject.some((r) => has(rootsOf(m.key as string), r));
  if (!kindAsked && kinds.length === 0 && subject.length === 1 && kept.some(labelledAsked))
    kept = kept.filter(labelledAsked);
  // "what am I allergic to?": the items under "## Allergies", a heading that is the thing itself and
  // so the label of each, not a label naming another thing with the word ("Allergy note:" of a
  // cake's recipe; k25, S37 H6) — unless a line is labelled by the thing itself.
  const headedAsked = (m: Match) => {
    const own = [...rootsOf(m.heading.split(' › ').slice(1).at(-1) ?? '')].filter((r) => !isNumber(r));
    return own.length > 0 && own.every((r) => subject.some((s) => alternatives(s).has(r)));
  };
  const otherLabel = (m: Match) =>
    m.label &&
    m.key !== undefined &&
    rootsOf(m.key).size > 1 &&
    !headedAsked(m) &&
    subject.some((r) => has(rootsOf(m.key as string), r));
  if (!kindAsked && kinds.length === 0 && kept.some(headedAsked) && !kept.some(labelledAsked))
    kept = kept.filter((m) => !otherLabel(m));
  if (kept.some((m) => m.literal)) kept = kept.filter((m) => m.literal);
  // With a kind asked, a sentence that says the subject beats one that has it only from its
  // document's name ("where is the boiler?" in boiler.txt: not the service's cost; S14 LOW 13),
  // and one that says the question's light verb beats the rest ("Takes 35 minutes.", not each step's minutes).
  // So with a kind of value asked ("my policy number": the heading stating it, not the lines under it).
  if ((kindAsked || kinds.length > 0) && kept.some((m) => !m.byDocument))
    kept = kept.filter((m) => !m.byDocument);
  if (kindAsked && kept.some((m) => m.lightSaid)) kept = kept.filter((m) => m.lightSaid);
  // "when does the ferry leave?": its departure, not its arrival (k15 HIGH 5); "where did I buy
  // it?": where it was purchased, not what it is (k25).
  if ((kindAsked?.kind === 'time' || kindAsked?.kind === 'place') && kept.some((m) => m.verbSaid))
    kept = kept.filter((m) => m.verbSaid);
  // An end stated beats one computed; "how long is the lease?": the line saying its term.
  if (endAsked && kept.some((m) => m.endSaid)) kept = kept.filter((m) => m.endSaid);
  if (kindAsked?.kind === 'measure' && kept.some((m) => m.byDocument) && kept.some((m) => m.lasting))
    kept = kept.filter((m) => m.lasting);
  if (kept.some((m) => m.numbered)) kept = kept.filter((m) => m.numbered);
  // The lines that state the value asked ("611 222 333" in "+34 611 222 333"), when some do.
  // A value asked is required (stranger round 9, HIGH 2): "the rent in 2019" is not the rent of now.
  if (values.length > 0) {
    kept = kept.filter((m) => values.every(({ value }) => statesValue(`${m.heading}\n${m.text}`, value)));
    if (kept.length === 0)
      return {
        ...unknown(
          `I don't know: nothing I found on that mentions ${values.map(({ written }) => written).join(' and ')}.`,
        ),
        missing: values.map(({ written }) => written).join(' '),
      };
  }
  // Prose wins over a fenced setting when both answer (fences.ts): `rent: 9999` in an example
  // block is no rent where a sentence states one. A document asked for ("in my lease") was kept above.
  if (!codeAsked && kept.some((m) => !m.fenced)) kept = kept.filter((m) => !m.fenced);
  // "when does the backup run?": its schedule (`schedule: "0 3 * * *"`) over the log lines of each
  // run; "when did it run?" asks those (cron.ts, S27 MEDIUM 15).
  const scheduled = (m: Match) => m.names !== undefined && cronOf(m.text) !== undefined;
  if (kindAsked?.kind === 'time' && !questionWords.some((w) => PAST_ASKED.has(w)) && kept.some(scheduled))
    kept = kept.filter(scheduled);
  // Words answer before code: a comment or docstring over "def open(self):" or "pass".
  if (kept.some((m) => !m.code)) kept = kept.filter((m) => !m.code);
  // "the shed code": a sentence that says "code" over one that only states a number.
  if (kept.some((m) => !m.kindUnsaid)) kept = kept.filter((m) => !m.kindUnsaid);
  // "where can I park?": the sentence about parking, not Dr. Park's record, when both say "park".
  if (kept.some((m) => !m.byName)) kept = kept.filter((m) => !m.byName);
  // A record's line labelled as asked ("Address:" for where Maria lives) stays, though her name
  // is on another line; so do all lines of a record whose opener answers ("my address book on Maria").
  const openers = new Set(
    kept.filter((m) => !m.contextual && m.opensRecord && m.record).map((m) => m.record),
  );
  if (kept.some((m) => !m.contextual))
    kept = kept.filter((m) => !m.contextual || m.keyed || (m.record !== undefined && openers.has(m.record)));
  // Of a record's lines, the one labelled as asked ("Phone: …") and the line that opens the
  // record ("Name: Anna …"), not the rest ("Email: anna@…" for Anna's phone).
  const labelled = new Set(kept.filter((m) => m.keyed && m.record).map((m) => m.record));
  kept = kept.filter((m) => !m.record || !labelled.has(m.record) || m.keyed || m.opensRecord);
  kept = withRecordOpeners(kept, [...matches, ...recordFirsts]);
  // "the flight to Frankfurt": the record whose route ends there, not the one leaving it (direction.ts).
  // A record's own route first: "Inbound: FR 8337 Porto -> London" in a block that opens with the outbound one (S37 H5).
  kept = byRoute(
    routeOfQuestion,
    kept,
    matches,
    (m) => lineRoute(m.text, routesIn(blockText(m.passage, m.line)).at(0)),
    (dropped, m) => [DATE, TIME_OF_DAY].some((shape) => shape.test(dropped.text) && shape.test(m.text)),
  );
  // The other way's record, found by its route, still answers with the verb asked ("Departs: 20:15").
  if (kindAsked?.kind === 'time' && kept.some((m) => m.verbSaid)) kept = kept.filter((m) => m.verbSaid);
  if (edgeAsked && kept.length > 1) kept = atPeriodEdge(kept, edgeAsked);
  if (nextAsked && kept.length > 1) kept = nextDated(kept, new Date());
  // "Nothing is dated March" only when true: never when a passage found (a CSV row's date cell
  // among them) states the date asked, though it does not answer (S23 HIGH 3).
  if (
    kept.length === 0 &&
    askedDates.length > 0 &&
    passages.some((passage) =>
      // "on that": a line of the subject asked — it says a word of it, or its document's name
      // does — dated as asked (a CSV row's date cell is its line's date; "Pay date: 30/05/2025"
      // above "Income tax 512.40" is its lines' date, S29 HIGH 2).
      passage.text
        .split('\n')
        .some(
          (line, index, lines) =>
            (subject.length === 0 ||
              subject.some(
                (r) => has(rootsOf(`${passage.heading}\n${line}`), r) || has(namingStems(passage), r),
              )) &&
            (statesDates(askedDates, datesIn(line)) ||
              statesDates(askedDates, datesIn(datingLineAbove(lines, index)))),
        ),
    )
  )
    return unknown(`I don't know: nothing I found dated ${describeDates(askedDates)} answers that.`);
  if (kept.length === 0 && askedDates.length > 0)
    return unknown(
      `I don't know: nothing I found${subject.length > 0 ? ' on that' : ' in your documents'} is dated ${describeDates(askedDates)}.`,
    );
  if (kept.length === 0) {
    return unknown("I don't know: your documents do not seem to say. Nothing I found answers that.");
  }
  // Overlapping chunks repeat sentences: one per file line; the same sentence in several files
  // is quoted once and cites each of them, by path.
  // Two sentences on one line are two ("…one cat. Dogs are not allowed…"); a chunk cut through
  // a sentence repeats a part of it, which is dropped.
  const seenLines = new Map<string, string[]>();
  const byText = new Map<string, Match[]>();
  // Front matter last: "tenant: …" atop lease.md and the body's "Tenant: …" are one sentence, cited by the body.
  const order = selectionOrder(kept);
  for (const m of kept.sort((a, b) => Number(a.front === true) - Number(b.front === true) || order(a, b))) {
    const lineKey = `${m.passage.path}\0${m.line}`;
    const onLine = seenLines.get(lineKey) ?? [];
    if (onLine.some((text) => text.includes(m.text) || m.text.includes(text))) continue;
    seenLines.set(lineKey, [...onLine, m.text]);
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
  const picked = unique.slice(0, MAX_SENTENCES).sort((a, b) => {
    const x = a[0] as Match;
    const y = b[0] as Match;
    return (
      (fileRank.get(x.passage.path) as number) - (fileRank.get(y.passage.path) as number) ||
      x.passage.path.localeCompare(y.passage.path) ||
      x.line - y.line
    );
  });
  // "The warranty lasts 2 years." is quoted with the next line that extends it (S25 MEDIUM 9).
  const quotedLines = new Set(unique.flatMap((group) => group.map((m) => `${m.passage.path}\0${m.line}`)));
  const chosen = picked.flatMap((group): Match[][] => {
    const head = group[0] as Match;
    const next = head.amendedBy;
    if (!next || quotedLines.has(`${head.passage.path}\0${next.line}`)) return [group];
    quotedLines.add(`${head.passage.path}\0${next.line}`);
    const { parts: _parts, key: _key, names: _names, context: _context, amendedBy: _next, ...rest } = head;
    return [group, [{ ...rest, ...next }]];
  });
  // A list item with the line leading into it ("What is not covered:"), and that line with its items (lead-in.ts).
  const listed = withLeadIns(chosen, (head, { text, line, lineEnd }) => {
    const {
      parts: _parts,
      key: _key,
      names: _names,
      context: _context,
      amendedBy: _next,
      item: _item,
      ...rest
    } = head;
    return { ...rest, text, line, lineEnd };
  });
  chosen.splice(0, chosen.length, ...listed);
  // "when is the next INSET day?": of the dated items a lead-in brought ("- Monday 2 November
  // 2026"), the first from today on, as of lines found alone (S32 MEDIUM 6).
  if (nextAsked) {
    const dayDated = (group: Match[]) =>
      datesIn((group[0] as Match).text).some((d) => d.readings.some((r) => r.day !== undefined));
    const dated = chosen.filter(dayDated);
    if (dated.length > 1) {
      const next = new Set(
        nextDated(
          dated.map((group) => ({ group, text: (group[0] as Match).text, line: (group[0] as Match).line })),
          new Date(),
        ).map((entry) => entry.group),
      );
      if (next.size < dated.length)
        chosen.splice(0, chosen.length, ...chosen.filter((group) => !dayDated(group) || next.has(group)));
    }
  }
  // Text without punctuation: each quote cut to the lines and span that answer (focus.ts).
  const askedStems = new Set(contentStems.flatMap((r) => [...alternatives(r)]));
  const askedWord = (word: string) => askedStems.has(root(word)) || questionNumbers.includes(word);
  for (const group of chosen) for (const m of group) Object.assign(m, focusQuote(m, askedWord));
  let namedOut = 0;
  // "what did we spend on energy?": of the statement rows found, those naming the word asked (row-totals.ts).
  if (
    (kindAsked?.kind === 'money' || MONEY_QUESTION.test(question)) &&
    chosen.length > 1 &&
    chosen.every((group) => delimiterOf((group[0] as Match).passage.path))
  ) {
    const keep = rowsNamingWord(
      question,
      chosen.map((group) => (group[0] as Match).text),
    );
    if (keep) {
      const kept = chosen.filter((_, index) => keep[index]);
      namedOut = chosen.length - kept.length;
      chosen.splice(0, chosen.length, ...kept);
    }
  }
  const names = store.displayNames(chosen.flatMap((group) => group.map((m) => m.passage.path)));
  const citationOf = (m: Match): Citation => ({
    path: m.passage.path,
    lineStart: m.line,
    lineEnd: m.lineEnd,
    heading: m.heading,
    quote: m.text,
  });
  const citations = chosen.flatMap((group) => group.map(citationOf));
  // Rows that name no word asked are no answer left out (namedOut).
  const more = unique.length - chosen.length - namedOut;
  // "is dental treatment covered?" answered by an item under "What is not covered:": "No — …" (lead-in.ts).
  const verdict = coverVerdict(
    question,
    chosen.map((group) => (group[0] as Match).text),
  );
  // "is accidental damage covered?" over "Accidental damage: not included.": one plain sentence.
  const plain =
    more === 0 && chosen.every((group) => group.length === 1 && (group[0] as Match).passage.type !== 'pdf')
      ? plainCover(
          question,
          chosen.map((group) => {
            const m = group[0] as Match;
            return { text: m.text, citation: citationOf(m), name: names.get(m.passage.path) };
          }),
        )
      : undefined;
  if (plain) return { known: true, answer: plain, citations, passages: passages.slice(0, 5) };
  const answer = [
    ...(verdict ? [verdict] : []),
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
      const head = group[0] as Match;
      // The end computed from a start and a term, said to be computed (term.ts).
      const term = endAsked && !head.endSaid ? termOf(head.text) : undefined;
      // "when is the next INSET day?" over one line of several dates: the first from today (S32 MEDIUM 6).
      const next = nextAsked && chosen.length === 1 ? nextDateIn(head.text, new Date()) : undefined;
      const computed = term
        ? `\nComputed, not stated in the document: ${term.term} from ${term.start} runs to ${term.end}.`
        : next
          ? `\nThe next of these from today: ${next} (compared with today's date, not stated in the document).`
          : '';
      // "how long is the cache kept?" — `ttl_seconds: 3600`: the number in its key's unit (key-words.ts).
      const measure = kindAsked?.kind === 'measure' && head.names ? settingMeasure(head.text) : undefined;
      const schedule = head.names ? cronInWords(head.text) : undefined;
      const said = measure ?? schedule;
      // "when did Biscuit have his jab?" — "… today." under "## 2025-04-22": the heading's date (S29 MEDIUM 4).
      const under = kindAsked?.kind === 'time' ? headingDate(head.heading, head.text) : undefined;
      return `${head.text} (${sources.join('; ')})${under ? ` (under ${under})` : ''}${computed}${said ? `\nThat is ${said}.` : ''}`;
    }),
    ...(more > 0
      ? [
          `(${more} more sentence${more === 1 ? '' : 's'} may answer too; \`fazt knowledge search\` shows the passages.)`,
        ]
      : []),
    // "what did the car service cost in May?" over two rows: what they add up to (row-totals.ts).
    // "how many times did I go to Tesco?" over three rows: how many there are (row-totals.ts).
    // A count asked is said alone: "how often did I pay Octopus?" asks no sum.
    ...[
      more === 0
        ? (rowCount(question, citations) ?? rowTotal(kindAsked?.kind === 'money', question, citations))
        : undefined,
    ].filter((line) => line !== undefined),
  ].join('\n');
  return { known: true, answer, citations, passages: passages.slice(0, 5) };
}
