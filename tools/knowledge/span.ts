/**
 * How long a thing runs, counted from the dates a document states (stranger S35 3): "is the lease
 * for 2 years?" of "The lease begins on September 1, 2025 and ends on August 31, 2026." is "No —
 * 1 year (12 months)", and "how long is the lease?" is that year. The length is computed, and said
 * to be: no document states it. A line stating a term itself ("for 12 months") is left to the
 * sentence answers (term.ts).
 */
import { DAY, dayOf, daysBetween } from '../countdown.js';
import type { Answer, Citation } from './answer.js';
import { type DateReading, datesIn } from './dates.js';
import { type FileLine, fileLines, linePassage } from './file-lines.js';
import { root, rootsOf } from './lexicon.js';
import { cite } from './schemas.js';
import type { KnowledgeStore, SearchFilter } from './store.js';
import { termOf } from './term.js';
import { queryTerms } from './text.js';
import { guessesOf, withoutGuesses, YES_NO } from './yes-no.js';

/** "how long is the lease?", "how many months is my contract?", "what is the length of the course?". */
const HOW_LONG =
  /^\s*(?:how\s+long\s+(?:is|was|will|does|did)\b|how\s+many\s+(?:days|weeks|months|years)\s+(?:is|was|does)\b|what\s+is\s+the\s+(?:length|duration)\s+of\b)/iu;
/** Time left, or a deadline ("how long do I have to …", "how long until …"): not the length of a thing. */
const NOT_LENGTH = /\b(?:left|remaining|until|till|have\s+to|to\s+(?:file|give|pay|return|cancel))\b/iu;
/** Words of a length question that name no thing. */
const FRAME = new Set(
  'how long many is was will does did what the a an my our for of length duration term period last lasts run runs day days week weeks month months year years it this that'
    .split(' ')
    .map(root),
);
const HEADING = /^\s{0,3}#{1,6}\s+(.*)$/u;
const LABEL = /^\s*([\p{L}][\p{L} ]{1,30}):/u;
const STARTS =
  /\b(?:start|starts|started|starting|begin|begins|began|beginning|commence\w*|from|effective)\b/iu;
const ENDS = /\b(?:end|ends|ended|ending|expire\w*|until|till|through|terminate\w*|finish\w*)\b/iu;
const MONTHS = 'January February March April May June July August September October November December'.split(
  ' ',
);

type Day = { year: number; month: number; day: number };
const fullOf = (r: DateReading | undefined): Day | undefined =>
  r?.day !== undefined && r.year !== undefined ? { year: r.year, month: r.month, day: r.day } : undefined;
const fullDates = (text: string): Day[] =>
  datesIn(text)
    .filter((d) => d.readings.length === 1)
    .flatMap((d) => fullOf(d.readings[0]) ?? []);
/** The day at UTC midnight (`dayOf`, the countdowns' own): the dates compared and counted. */
const utc = (d: Day) => dayOf(new Date(d.year, d.month - 1, d.day));
const said = (d: Day) => `${d.day} ${MONTHS[d.month - 1]} ${d.year}`;

/** The length from `start` to `end` (both days counted): whole months when the days line up, else days. */
export function lengthOf(start: Day, end: Day): { months?: number; days: number } {
  const days = daysBetween(utc(start), utc(end)) + 1;
  const next = new Date(utc(end) + DAY);
  const monthsTo = (y: number, m: number) => (y - start.year) * 12 + (m - start.month);
  if (next.getUTCDate() === start.day)
    return { months: monthsTo(next.getUTCFullYear(), next.getUTCMonth() + 1), days };
  if (end.day === start.day) return { months: monthsTo(end.year, end.month), days };
  return { days };
}

/** "1 year (12 months)", "18 months", "92 days". */
export function lengthSaid(length: { months?: number; days: number }): string {
  const { months, days } = length;
  if (months === undefined) return `${days} day${days === 1 ? '' : 's'}`;
  if (months % 12 === 0) return `${months / 12} year${months === 12 ? '' : 's'} (${months} months)`;
  return `${months} month${months === 1 ? '' : 's'}`;
}

/** Whether a length is the guessed "2 year", "12 month", "365 day". */
function isGuess(length: { months?: number; days: number }, guess: string): boolean {
  const [amount, unit] = guess.split(' ') as [string, string];
  const n = Number(amount);
  if (unit === 'year') return length.months === n * 12;
  if (unit === 'month') return length.months === n;
  if (unit === 'week') return length.days === n * 7;
  if (unit === 'day') return length.days === n;
  return false;
}

interface Range {
  lines: FileLine[];
  start: Day;
  end: Day;
  /** What names the range: its lines, its heading or label, the file's title and name. */
  naming: Set<string>;
}

/** The dated ranges of a file: two full dates on one line, or a start line and an end line of one section. */
function rangesOf(path: string, lines: readonly FileLine[]): Range[] {
  const title = `${path} ${lines.find((l) => l.text.trim() !== '')?.text ?? ''}`;
  const out: Range[] = [];
  let heading = '';
  let opened: { line: FileLine; day: Day } | undefined;
  for (const line of lines) {
    const head = HEADING.exec(line.text);
    if (head) {
      heading = head[1] as string;
      opened = undefined;
      continue;
    }
    // "for a fixed term of 12 months from 1 March": the term is stated, not counted here.
    if (termOf(line.text)) continue;
    const days = fullDates(line.text);
    const label = LABEL.exec(line.text)?.[1] ?? '';
    const naming = (from: readonly FileLine[]) =>
      rootsOf(`${from.map((l) => l.text).join(' ')} ${heading} ${title}`);
    if (days.length === 2 && utc(days[0] as Day) < utc(days[1] as Day)) {
      out.push({ lines: [line], start: days[0] as Day, end: days[1] as Day, naming: naming([line]) });
      continue;
    }
    if (days.length !== 1) continue;
    const day = days[0] as Day;
    if (STARTS.test(label || line.text) && !ENDS.test(label || line.text)) opened = { line, day };
    else if (opened && ENDS.test(label || line.text) && utc(opened.day) < utc(day)) {
      out.push({
        lines: [opened.line, line],
        start: opened.day,
        end: day,
        naming: naming([opened.line, line]),
      });
      opened = undefined;
    }
  }
  return out;
}

/** The length asked by `question`, counted from a dated range of the learned files; undefined when none fits. */
export function spanAnswer(
  store: KnowledgeStore,
  collection: string,
  question: string,
  filter: SearchFilter | undefined,
): Answer | undefined {
  const text = question.normalize('NFKC');
  const guess = YES_NO.test(text) ? guessesOf(text).filter((g) => g.kind === 'duration') : [];
  if (guess.length > 1 || (guess.length === 0 && !HOW_LONG.test(text)) || NOT_LENGTH.test(text))
    return undefined;
  const target = store.collection(collection);
  if (!target) return undefined;
  const scope = {
    ...(filter?.pathPrefix ? { pathPrefix: filter.pathPrefix } : {}),
    ...(filter?.paths ? { paths: filter.paths } : {}),
  };
  const bare = withoutGuesses(text, guess).replace(YES_NO, ' ');
  const things = [...new Set(queryTerms(bare).map(root))].filter((r) => !FRAME.has(r));
  if (things.length === 0) return undefined;
  const found = store.files(target.id, scope).flatMap((file) =>
    rangesOf(file.path, fileLines(store, target.id, file.path))
      .filter((range) => things.every((r) => range.naming.has(r)))
      .map((range) => ({ file, range })),
  );
  // One range answers; two that differ leave it to the sentences.
  const first = found[0];
  if (!first) return undefined;
  const length = lengthOf(first.range.start, first.range.end);
  if (found.some((f) => lengthSaid(lengthOf(f.range.start, f.range.end)) !== lengthSaid(length)))
    return undefined;
  const names = store.displayNames([first.file.path]);
  const citations: Citation[] = first.range.lines.map((l) => ({
    path: first.file.path,
    lineStart: l.first,
    lineEnd: l.last,
    heading: '',
    quote: l.text.trim(),
  }));
  const computed = `${lengthSaid(length)}, computed from the dates stated: ${said(first.range.start)} to ${said(first.range.end)}.`;
  const verdict = guess[0] ? `${isGuess(length, guess[0].value) ? 'Yes' : 'No'} — ` : '';
  return {
    known: true,
    answer: [
      `${verdict}${computed}`,
      ...citations.map((c) => `${c.quote} (${cite(c, names.get(c.path))})`),
    ].join('\n'),
    citations,
    passages: [linePassage(first.file.path, first.file.type, first.range.lines)],
  };
}
