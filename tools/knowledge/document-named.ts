/**
 * "what's in notes.txt?", "what does my tenancy agreement say?", "show me car.md": a question
 * about one learned document as a whole, answered with what it holds (the lines learned; lines
 * withheld as secrets were never learned, and are counted, not shown).
 */

import { basename, extname } from 'node:path';
import type { Answer, Citation } from './answer.js';
import { kindOf } from './extract.js';
import { fileLines, linePassage } from './file-lines.js';
import type { KnowledgeStore } from './store.js';

/**
 * The forms that ask about a whole document; the group that matched is the name said (1: "what's
 * in", "what's written in", "list everything in"; 4: "tell me (everything) about", "what do you
 * know about", "summary of"; 5: "tenancy agreement say", as the planner passes "what does my … say" on;
 * 3 also "contents of", "read me"; k32b: "notes.txt contain").
 */
export const ASKS_WHOLE =
  /^(?:(?:so|and|ok(?:ay)?|please|can\s+you|could\s+you)[\s,]+)?(?:(?:(?:what(?:['’]s|\s+is|\s+are)|whats)(?:\s+(?:written|said|there))?\s+(?:in|inside)|(?:list|show(?:\s+me)?|give\s+me)\s+(?:everything|all|what['’]?s)\s+(?:in|inside|from)|everything\s+(?:in|inside))\s+(.+?)|what\s+does\s+(.+?)\s+(?:say|contain|hold)|(?:show|read|open|display|(?:(?:what\s+are|give\s+me|show\s+me|list)\s+)?(?:the\s+)?contents?\s+of)(?:\s+(?:me|out))?\s+(.+?)|(?:summari[sz]e|sum\s+up|tell\s+me\s+(?:(?:everything|all|more)\s+)?about|what\s+do\s+(?:you|we|i)\s+know\s+about|(?:give\s+me\s+)?(?:a\s+)?summary\s+of|everything\s+about)\s+(.+?)|(.+?)\s+(?:says?|contains?|holds?))[\s?.!]*$/iu;

/** Words after a name that say it is a document: "my tenancy document", "the car file". */
const DOCUMENT_WORD = /\s+(?:document|doc|file|paper|note)s?$/iu;

/** Words for every document or for fazt's own notes, never one document's name. */
const EVERY = /^(?:documents?|docs?|files?|notes?|papers?|stuff|everything)$/iu;

/** The most lines said; the rest are counted. */
const MAX_LINES = 40;

/** A name folded for comparing: lower-case, "-", "_" and runs of spaces as one space. */
const fold = (name: string) =>
  name
    .toLowerCase()
    .replace(/[-_\s]+/gu, ' ')
    .trim();

/**
 * The one learned file `question` asks about as a whole, by its file name ("notes.txt") or, said
 * with "what's in"/"what does … say"/"show me", by its name without the extension ("my tenancy
 * agreement"); undefined when it asks no such thing or no single file is called so.
 */
export function documentNamed(
  question: string,
  paths: readonly string[],
): { path: string } | { missing: string } | undefined {
  const asked = ASKS_WHOLE.exec(question.trim());
  // A file's name alone ("notes.txt", as the planner passes "open notes.txt" on) asks for it whole.
  const raw =
    (asked ? askedName(asked) : undefined) ?? (namesFile(question.trim()) ? question.trim() : undefined);
  if (!raw) return undefined;
  const plain = raw.replace(/^(?:my|the|our|that|this)\s+/iu, '');
  const bare = plain.replace(DOCUMENT_WORD, '');
  const saidDocument = bare !== plain;
  if (EVERY.test(bare)) return undefined;
  const withExtension = paths.filter((path) => fold(basename(path)) === fold(bare));
  if (withExtension.length === 1) return { path: withExtension[0]! };
  // "what's in taxes.pdf?" when no learned file is so called: said plainly, never searched for "taxes pdf".
  if (
    withExtension.length === 0 &&
    isFileName(bare) &&
    !paths.some((p) => fold(basename(p, extname(p))) === fold(bare))
  )
    return { missing: bare };
  // "tell me about my car" is about the car, not car.md, and "what does my lease say?" asks
  // nothing of it: a name without its extension is read as a document's only when asked what is
  // in it or shown it ("what's in my tenancy agreement?"), or called a document.
  const whatIsIn = asked?.[1] !== undefined || asked?.[3] !== undefined;
  if (!whatIsIn && !saidDocument) return undefined;
  const stem = paths.filter((path) => fold(basename(path, extname(path))) === fold(bare));
  if (stem.length === 1) return { path: stem[0]! };
  // "read me the booking file": the one file whose name has every word said ("hotel-booking.txt").
  const said = fold(bare).split(' ');
  const holding = saidDocument
    ? paths.filter((path) => {
        const named = fold(basename(path, extname(path))).split(' ');
        return said.every((word) => named.includes(word));
      })
    : [];
  return holding.length === 1 ? { path: holding[0]! } : undefined;
}

/**
 * A file's name as typed: a word (letters, digits, "-", "_", inner spaces or dots) then a dot and
 * an extension of letters and digits with a letter in it ("notes.txt", "energy-bills.csv"), not
 * an amount ("12.50"); `isFileName` also asks that learn reads such files.
 */
const FILE_NAME = /^[\p{L}\p{N}][\p{L}\p{N}_\- .]*\.(?=[a-z0-9]{0,4}[a-z])[a-z0-9]{1,5}$/iu;

/** Whether `text` is a file's name learn would read ("notes.txt", "lease.md"), never a web address ("example.com"). */
const isFileName = (text: string) => FILE_NAME.test(text) && kindOf(text) !== undefined;

/**
 * What the learned file `path` holds, as an answer: its lines (blank ones left out) each cited,
 * the first `MAX_LINES`, then how many more; `withheld` lines kept out as secrets are counted.
 */
export function documentAnswer(
  store: KnowledgeStore,
  collectionId: number,
  path: string,
  name: string,
  withheld: number,
): Answer {
  const type = store.file(collectionId, path)?.type ?? 'text';
  const lines = fileLines(store, collectionId, path).filter((line) => line.text.trim() !== '');
  const shown = lines.slice(0, MAX_LINES);
  const citations: Citation[] = shown.map((line) => ({
    path,
    lineStart: line.first,
    lineEnd: line.last,
    heading: '',
    quote: line.text.trim(),
  }));
  const place = (line: { first: number; last: number }) =>
    line.last > line.first ? `${name}:${line.first}-${line.last}` : `${name}:${line.first}`;
  const more = lines.length - shown.length;
  const notes = [
    ...(more > 0
      ? [`(${more} more line${more === 1 ? '' : 's'}; \`fazt knowledge search\` finds them.)`]
      : []),
    ...(withheld > 0
      ? [
          `(${withheld} line${withheld === 1 ? ' was' : 's were'} withheld as secret-holding when learned, so not shown.)`,
        ]
      : []),
  ];
  return {
    known: lines.length > 0,
    answer: [
      `${name} holds ${lines.length === 1 ? '1 line' : `${lines.length} lines`}:`,
      ...shown.map((line) => `${line.text.trim()} (${place(line)})`),
      ...notes,
    ].join('\n'),
    citations,
    passages: shown.length ? [linePassage(path, type, shown)] : [],
  };
}

/**
 * Whether `text` alone names one document: a file's name ("notes.txt", "my lease.md") or words
 * called a file ("the booking file"). The planner sends "open notes.txt", "contents of
 * energy-bills.csv" to the documents only so (ask-documents.ts), never "open the garage".
 */
export function namesFile(text: string): boolean {
  const plain = text.trim().replace(/^(?:my|the|our|that|this)\s+/iu, '');
  if (isFileName(plain)) return true;
  // One file called so ("the booking file"), never notes ("the boiler note" is fazt's note) nor
  // every file ("all my files", "my newest documents").
  const bare = plain.replace(ONE_FILE_WORD, '');
  return bare !== plain && !EVERY.test(bare) && !/\b(?:all|every|my|your|our)\b/iu.test(bare);
}

/** The word after a name that calls it one file: "the booking file", "the insurance document". */
const ONE_FILE_WORD = /\s+(?:document|doc|file|paper)$/iu;

/** The name an `ASKS_WHOLE` match said ("notes.txt" of "what does notes.txt contain?"), or "" when none. */
export const askedName = (match: RegExpExecArray): string => match.slice(1).find(Boolean) ?? '';
