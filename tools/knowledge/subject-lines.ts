/**
 * Questions about one named subject that only a line of a certain shape answers (stranger S27
 * HIGH 1–2). "how old is Biscuit?" is answered by a stated age ("aged 7", "7 years old",
 * "Age: 7") or by a date of birth, the age then computed and said to be; never by another
 * number the subject's record states (its microchip, a thermostat's temperature, a no-claims
 * discount's years). "who is Biscuit's vet?" is answered by the lines labelled with the role
 * ("Vet: Dr Helen Marsh") and the practice heading the record, never by "Patient: Biscuit".
 */

import { wordTable } from '../../cartridge/lexicon.js';
import type { Answer, Citation } from './answer.js';
import { datesIn } from './dates.js';
import { type FileLine, fileLines, linePassage } from './file-lines.js';
import { cite } from './schemas.js';
import { sentenceSpans } from './sentences.js';
import type { KnowledgeStore, SearchFilter } from './store.js';

/** "how old is X", "what age is X", "what is the age of X", "what is X's age" → X. */
const AGE_ASKED = [
  /^\s*how\s+old\s+(?:is|are|was|will\s+be)\s+(.+?)(?:\s+(?:now|today|this\s+year))?\s*[?.!]*\s*$/iu,
  /^\s*what\s+age\s+(?:is|are|was)\s+(.+?)(?:\s+(?:now|today))?\s*[?.!]*\s*$/iu,
  /^\s*what\s+(?:is|was)\s+the\s+age\s+of\s+(.+?)\s*[?.!]*\s*$/iu,
  /^\s*what\s+(?:is|was)\s+(.+?)['’]s?\s+age\s*[?.!]*\s*$/iu,
];

/** Words around a subject that do not name it ("my car", "the dog"). */
const NOT_NAMING = new Set('my our your his her their the a an this that'.split(' '));

interface Subject {
  words: string[];
  name: boolean;
  said: string;
}

/** A subject's words, lower-cased, and whether it is a name ("Biscuit") rather than a thing ("my car"). */
function subjectOf(text: string): Subject | undefined {
  const raw = text
    .replace(/['’]s?$/u, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const kept = raw.filter((w) => !NOT_NAMING.has(w.toLowerCase()));
  if (kept.length === 0 || kept.length > 4) return undefined;
  return {
    words: kept.map((w) => w.toLowerCase()),
    name: kept.some((w) => /^\p{Lu}/u.test(w)),
    said: text.replace(/['’]s?$/u, '').trim(),
  };
}

/** The subject an age question asks of, or undefined when it asks no age. */
export function ageSubject(question: string): Subject | undefined {
  for (const pattern of AGE_ASKED) {
    const asked = pattern.exec(question);
    if (asked?.[1]) return subjectOf(asked[1]);
  }
  return undefined;
}

/** A stated age: "aged 7", "Age: 7", "(age 9)", "7 years old", "a 7-year-old". */
const AGE_STATED =
  /\b(?:aged|age\s*[:=–-]?\s*)\s*(\d{1,3})\b|\b(\d{1,3})[\s-]*(?:years?|yrs?)[\s-]*old\b|\b(\d{1,3})[\s-]*(?:years?|yrs?)\s+of\s+age\b/iu;
/** A date of birth's label: the date follows it. */
const BIRTH = /\b(?:date\s+of\s+birth|d\.?o\.?b\.?|birth\s*date|birthday|born(?:\s+on)?)\b\s*[:–-]?\s*/iu;

const wordsOf = (text: string) => new Set(text.toLowerCase().split(/[^\p{L}\p{N}]+/u));
const names = (text: string, words: readonly string[]) => {
  const said = wordsOf(text);
  return words.every((w) => said.has(w));
};

/**
 * The part of a line listing several people that is about the one named by `words` (S44: "Travellers:
 * Tomasz Wrenfield, Orla Wrenfield, Kasia Wrenfield (age 9)" — Kasia's age is 9, Orla's unsaid):
 * its comma- or semicolon-separated part naming them, with a following part that only states an
 * age ("Bartek, aged 4"). The whole line when it is one part or no part names them.
 */
function ownPart(text: string, words: readonly string[]): string {
  const parts = text.split(/[,;]/u);
  if (parts.length < 2) return text;
  const at = parts.findIndex((part) => names(part, words));
  if (at < 0) return text;
  const next = parts[at + 1]?.trim() ?? '';
  return /^(?:aged?\b|\d{1,3}\s*(?:years?|yrs?)\b)/iu.test(next)
    ? `${parts[at]}, ${next}`
    : (parts[at] as string);
}

/** Whole years from a birth date to `now`. */
function yearsSince(birth: { year: number; month: number; day?: number }, now: Date): number {
  const months = (now.getUTCFullYear() - birth.year) * 12 + (now.getUTCMonth() + 1 - birth.month);
  const before = now.getUTCMonth() + 1 === birth.month && now.getUTCDate() < (birth.day ?? 1);
  return Math.floor((months - (before ? 1 : 0)) / 12);
}

/** The files of `collection` within `filter` whose text says every one of `words`. */
function filesSaying(
  store: KnowledgeStore,
  collectionId: number,
  words: readonly string[],
  filter: SearchFilter | undefined,
): Map<string, string> {
  let ids: { id: number }[];
  try {
    ids = store.bm25Match(
      collectionId,
      words.map((w) => `"${w.replace(/"/g, '')}"`).join(' AND '),
      200,
      filter ?? {},
    );
  } catch {
    return new Map();
  }
  return new Map(
    store
      .passages(
        ids.map((i) => i.id),
        filter ?? {},
      )
      .map((p) => [p.path, p.type]),
  );
}

/** The paragraph (lines between blank lines) around index `at` of `lines`. */
function paragraphOf(lines: readonly FileLine[], at: number): FileLine[] {
  let first = at;
  while (first > 0 && lines[first - 1]?.text.trim()) first -= 1;
  let last = at;
  while (last + 1 < lines.length && lines[last + 1]?.text.trim()) last += 1;
  return lines.slice(first, last + 1);
}

/** A line found to answer, with what is quoted of it and a note said after the quote. */
export interface Found {
  path: string;
  type: string;
  line: FileLine;
  quote: string;
  note?: string;
}

/** The answer quoting `found` (the first 6), each line cited by file and line span. */
export function answerOf(store: KnowledgeStore, found: readonly Found[]): Answer {
  const shown = found.slice(0, 6);
  const shownNames = store.displayNames(shown.map((f) => f.path));
  const citations: Citation[] = shown.map((f) => ({
    path: f.path,
    lineStart: f.line.first,
    lineEnd: f.line.last,
    heading: '',
    quote: f.quote,
  }));
  return {
    known: true,
    answer: shown
      .map((f, i) => `${f.quote}${f.note ?? ''} (${cite(citations[i] as Citation, shownNames.get(f.path))})`)
      .join('\n'),
    citations,
    passages: shown.map((f) => linePassage(f.path, f.type, [f.line])),
  };
}

/**
 * The answer to an age question: the subject's stated age, or its date of birth with the age
 * computed from `now`; "I don't know" when no document found states either for it. Undefined
 * when the question asks no age.
 */
export function ageAnswer(
  store: KnowledgeStore,
  collection: string,
  question: string,
  filter: SearchFilter | undefined,
  now: Date = new Date(),
): Answer | undefined {
  const subject = ageSubject(question);
  if (!subject) return undefined;
  const said = subject.said.replace(/^(?:my|our)\s+/iu, 'your ');
  const unknown: Answer = {
    known: false,
    answer: `I don't know: your documents state no age or date of birth for ${said}.`,
    citations: [],
    passages: [],
  };
  const target = store.collection(collection);
  if (!target) return unknown;
  const found: Found[] = [];
  for (const [path, type] of filesSaying(store, target.id, subject.words, filter)) {
    const lines = fileLines(store, target.id, path);
    const fileNamed = names(path.split(/[\\/]/).at(-1) ?? '', subject.words);
    lines.forEach((line, index) => {
      const text = line.text.trim();
      const stated = AGE_STATED.exec(ownPart(text, subject.words));
      const birth = BIRTH.exec(text);
      const date = birth
        ? datesIn(text.slice(birth.index + birth[0].length))
            .flatMap((m) => m.readings)
            .find((r) => r.year !== undefined)
        : undefined;
      if (!stated && !date) return;
      // Its own line names the subject; or, for a name, its paragraph or its file does ("Patient: Biscuit").
      const of =
        names(text, subject.words) ||
        (subject.name && (fileNamed || paragraphOf(lines, index).some((l) => names(l.text, subject.words))));
      if (!of) return;
      const quote = text.replace(/^[-*>#\s]+/u, '');
      if (stated) found.push({ path, type, line, quote });
      else if (date?.year !== undefined) {
        const years = yearsSince(
          { year: date.year, month: date.month, ...(date.day ? { day: date.day } : {}) },
          now,
        );
        if (years >= 0 && years < 150)
          found.push({
            path,
            type,
            line,
            quote,
            note: ` — so ${years} year${years === 1 ? '' : 's'} old (computed)`,
          });
      }
    });
  }
  return found.length > 0 ? answerOf(store, found) : unknown;
}

/** Roles a person holds for someone, each with the words its organisation is named by. */
const ROLES: Record<string, readonly string[]> = wordTable({
  vet: ['veterinary', 'vets', 'animal'],
  veterinarian: ['veterinary', 'vets', 'animal'],
  doctor: ['surgery', 'medical', 'clinic', 'practice', 'health'],
  gp: ['surgery', 'medical', 'clinic', 'practice', 'health'],
  dentist: ['dental', 'dentistry', 'dentists'],
  landlord: ['lettings', 'estates', 'property'],
  agent: ['lettings', 'estates', 'agents', 'agency'],
  solicitor: ['solicitors', 'law', 'legal'],
  lawyer: ['solicitors', 'law', 'legal'],
  teacher: ['school', 'academy', 'primary'],
  manager: [],
});

const ROLE_ASKED =
  /^\s*who\s+(?:is|are|was|were|'s)\s+(?:(?:my|our|the)\s+)?(?:(.+?)['’]s?\s+)?([\p{L}]+)(?:\s+(?:for|of)\s+(.+?))?\s*[?.!]*\s*$/iu;

/** The role and subject a "who is X's <role>?" / "who is the <role> for X?" asks, or undefined. */
export function roleAsked(question: string): { role: string; subject: Subject } | undefined {
  const asked = ROLE_ASKED.exec(question.replace(/\bwho['’]s\b/giu, 'who is'));
  if (!asked) return undefined;
  const role = (asked[2] ?? '').toLowerCase();
  if (!(role in ROLES)) return undefined;
  const subject = subjectOf(asked[1] ?? asked[3] ?? '');
  return subject ? { role, subject } : undefined;
}

/**
 * The answer to "who is X's <role>?": the lines of X's documents labelled with the role
 * ("Vet: Dr Helen Marsh."), after the file's heading when it names the role's organisation
 * ("Ashville Veterinary Practice"). Undefined when the question asks no role of a subject, or no
 * document of the subject labels one: the question is then answered as any other.
 */
export function roleAnswer(
  store: KnowledgeStore,
  collection: string,
  question: string,
  filter: SearchFilter | undefined,
): Answer | undefined {
  const asked = roleAsked(question);
  if (!asked) return undefined;
  const target = store.collection(collection);
  if (!target) return undefined;
  const label = new RegExp(
    `^(?:[-*•]\\s*)?(?:[\\d/.-]+\\s+)?(?:[\\p{L}]+\\s+){0,2}?${asked.role}(?:['’]s)?(?:\\s+[\\p{L}]+)?\\s*:\\s*\\S`,
    'iu',
  );
  const organisation = ROLES[asked.role] ?? [];
  const found: Found[] = [];
  for (const [path, type] of filesSaying(store, target.id, asked.subject.words, filter)) {
    const lines = fileLines(store, target.id, path);
    const labelled = lines.filter((line) => label.test(line.text.trim()));
    if (labelled.length === 0) continue;
    const heading = lines.find((line) => line.text.trim());
    if (heading && !labelled.includes(heading) && organisation.some((w) => wordsOf(heading.text).has(w)))
      found.push({ path, type, line: heading, quote: heading.text.trim().replace(/^[#\s]+/u, '') });
    for (const line of labelled) {
      const text = line.text.trim().replace(/^[-*•]\s*/u, '');
      // "2025-11-18  Vet: Dr Helen Marsh. Limping on …": the labelled sentence, not the visit.
      const colon = text.indexOf(':');
      const end = sentenceSpans(text).find((span) => span.end > colon)?.end ?? text.length;
      found.push({
        path,
        type,
        line,
        quote: text
          .slice(0, end)
          .trim()
          .replace(/\s{2,}/gu, ' '),
      });
    }
  }
  return found.length > 0 ? answerOf(store, found) : undefined;
}
