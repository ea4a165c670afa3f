import { z } from 'zod';
import { UsageError } from '../../cartridge/errors.js';
import { text, timestamp } from '../schemas.js';
import { PDF_PAGE } from './extract.js';
import { learnedPlace, nothingLearnedAt } from './scope.js';
import type { KnowledgeStore, SearchFilter } from './store.js';

/** A collection name: lowercase words, e.g. "default", "work-papers". */
export const collectionName = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9_-]{0,62}$/,
    'collection must be a short lowercase name like "default" or "work-papers"',
  )
  .default('default')
  .describe('Which collection (default "default").');

export const fileType = z.enum(['markdown', 'text', 'html', 'pdf', 'code']);

export const passage = z.object({
  path: z.string().describe('The source file.'),
  type: fileType,
  heading: z.string().describe('Heading trail: file name › section › subsection.'),
  lineStart: z
    .number()
    .int()
    .describe(
      'First line of the passage in the file (1-based; PDFs: within page `page`, of its extracted text).',
    ),
  lineEnd: z.number().int().describe('Last line (PDFs: within page `pageEnd`).'),
  page: z.number().int().optional().describe('PDFs: the page the passage starts on (1-based).'),
  pageEnd: z.number().int().optional().describe('PDFs: the page it ends on.'),
  text: z.string(),
  score: z.number().describe('Fused relevance in [0, 1], higher is better.'),
  modifiedAt: timestamp,
  source: z
    .string()
    .describe(
      'How to cite it: file name and lines, e.g. "lease.md:3-5" ("flat/lease.md:3-5" when two files share a name).',
    ),
});

/**
 * A scored passage as the tools return it: its fields, the score rounded to 4 decimals, and its
 * citation (`names`: the store's `displayNames`, so two files called lease.md stay apart).
 */
export function toPassage(
  p: {
    path: string;
    type: string;
    heading: string;
    lineStart: number;
    lineEnd: number;
    text: string;
    score: number;
    modifiedAt: number;
  },
  names?: ReadonlyMap<string, string>,
): z.input<typeof passage> {
  const at = pdfPlace(p);
  return {
    path: p.path,
    type: p.type as z.infer<typeof fileType>,
    heading: p.heading,
    lineStart: at ? at.line : p.lineStart,
    lineEnd: at ? at.lineEnd : p.lineEnd,
    ...(at ? { page: at.page, pageEnd: at.pageEnd } : {}),
    text: p.text,
    score: Math.round(p.score * 10_000) / 10_000,
    modifiedAt: p.modifiedAt,
    source: cite(p, names?.get(p.path)),
  };
}

/** A date filter field: "YYYY-MM-DD" or an ISO datetime, with a plain message when it is neither. */
const dateField = (name: string, bound: string) =>
  z
    .union([z.iso.date(), z.iso.datetime()], {
      error: `${name} must be a calendar date as YYYY-MM-DD, e.g. 2026-01-31`,
    })
    .optional()
    .describe(`Only files modified ${bound} this date (YYYY-MM-DD).`);

/** The filters knowledge_search and knowledge_ask share (one definition; `filterOf` reads them). */
export const searchFilters = {
  pathPrefix: text(4096, 'pathPrefix').optional().describe('Only files whose path starts with this.'),
  types: z.array(fileType).max(5).optional().describe('Only these file types.'),
  extensions: z
    .array(
      z
        .string()
        .regex(
          /^\.?[A-Za-z0-9][A-Za-z0-9+-]{0,15}$/,
          'an extension is letters and digits, like "csv" or "py"',
        ),
    )
    .max(20)
    .optional()
    .describe(
      'Only files with these extensions, without the dot (e.g. ["csv"]); with types too, a file of either passes.',
    ),
  modifiedAfter: dateField('modifiedAfter', 'on or after'),
  modifiedBefore: dateField('modifiedBefore', 'on or before'),
};

/**
 * The shared filter fields as a store `SearchFilter` (dates as Unix ms, a day's bound at its start
 * or end). Throws UsageError when modifiedAfter is later than modifiedBefore (nothing could match).
 */
export function filterOf(input: {
  pathPrefix?: string | undefined;
  types?: z.infer<typeof fileType>[] | undefined;
  extensions?: string[] | undefined;
  modifiedAfter?: string | undefined;
  modifiedBefore?: string | undefined;
}): SearchFilter {
  const after = dateBound(input.modifiedAfter, false);
  const before = dateBound(input.modifiedBefore, true);
  if (after !== undefined && before !== undefined && after > before) {
    throw new UsageError(
      `modifiedAfter (${input.modifiedAfter}) is later than modifiedBefore (${input.modifiedBefore}), so no file could match. Swap them, or drop one.`,
    );
  }
  return {
    ...(input.pathPrefix === undefined ? {} : { pathPrefix: input.pathPrefix }),
    ...(input.types === undefined ? {} : { types: input.types }),
    ...(input.extensions === undefined ? {} : { extensions: extensionsOf(input.extensions) }),
    ...(after === undefined ? {} : { modifiedAfter: after }),
    ...(before === undefined ? {} : { modifiedBefore: before }),
  };
}

/** Extensions as the store compares them: lowercase, without the dot, each once. */
const extensionsOf = (given: readonly string[]) => [
  ...new Set(given.map((extension) => extension.replace(/^\./, '').toLowerCase())),
];

/** The filter fields as given to knowledge_search / knowledge_ask. */
type FilterInput = Parameters<typeof filterOf>[0] & { collection: string };

/**
 * `filterOf`, with the path read the one way every knowledge tool reads it (`learnedPlace`:
 * relative to the working folder, `~` is home; a bare name that is no learned path picks the
 * learned files so called). Throws NotFoundError naming the resolved path when it picks no
 * learned file, so a filter that can match nothing says so instead of "nothing matches".
 */
export function scopedFilter(
  store: KnowledgeStore,
  input: FilterInput,
): { filter: SearchFilter; said: string } {
  const { pathPrefix: _given, ...rest } = filterOf(input);
  if (input.pathPrefix === undefined) return { filter: rest, said: filtersSaid(input) };
  const target = store.collection(input.collection);
  const place = learnedPlace(store, target?.id, input.pathPrefix);
  if (place.files === 0) throw nothingLearnedAt(place, input.collection);
  const where = place.byName ? `called "${oneLine(place.given)}"` : place.resolved;
  return { filter: { ...rest, ...place.scope }, said: filtersSaid(input, where) };
}

/** File types as a person says them: "Markdown", "PDF", "HTML", "code", "text". */
const TYPE_WORDS: Record<z.infer<typeof fileType>, string> = {
  markdown: 'Markdown',
  text: 'text',
  html: 'HTML',
  pdf: 'PDF',
  code: 'code',
};

/**
 * The active filters in words, as a noun phrase for a message that found nothing: "Markdown or
 * PDF files under /home/ann/docs modified since 2026-01-01", "files called \"recipes\""; "" with
 * none. `where` is the resolved place (default: the pathPrefix as given).
 */
export function filtersSaid(input: Parameters<typeof filterOf>[0], where = input.pathPrefix): string {
  const types = [
    ...[...new Set(input.types ?? [])].map((type) => TYPE_WORDS[type]),
    ...extensionsOf(input.extensions ?? []).map((extension) => `.${extension}`),
  ];
  const dated = input.modifiedAfter !== undefined || input.modifiedBefore !== undefined;
  if (!types.length && where === undefined && !dated) return '';
  const parts = [
    `${types.length > 1 ? `${types.slice(0, -1).join(', ')} or ${types.at(-1)} ` : types.length ? `${types[0]} ` : ''}files`,
  ];
  if (where !== undefined) parts.push(where.startsWith('called ') ? where : `under ${oneLine(where)}`);
  const day = (value: string) => value.slice(0, 10);
  if (input.modifiedAfter && input.modifiedBefore)
    parts.push(`modified from ${day(input.modifiedAfter)} to ${day(input.modifiedBefore)}`);
  else if (input.modifiedAfter) parts.push(`modified since ${day(input.modifiedAfter)}`);
  else if (input.modifiedBefore) parts.push(`modified until ${day(input.modifiedBefore)}`);
  return parts.join(' ');
}

/**
 * Refuses a collection that does not exist (UsageError naming the ones that do). "default" is
 * always allowed: with nothing learned yet a search simply finds nothing.
 */
export function requireCollection(store: KnowledgeStore, name: string): void {
  if (name === 'default' || store.collection(name)) return;
  const names = store.collections().map((c) => c.name);
  throw new UsageError(
    `There is no collection called "${name}". ${names.length ? `The collections are: ${names.join(', ')}.` : 'Nothing is learned yet.'} Learn into a new one with \`fazt learn <path> --collection ${name}\`.`,
  );
}

/** "2024-05-01" → Unix ms at its start (or end, for an upper bound); a datetime as given. */
export function dateBound(value: string | undefined, end: boolean): number | undefined {
  if (value === undefined) return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return Date.parse(`${value}T00:00:00`) + (end ? 86_399_999 : 0);
  return Date.parse(value);
}

/**
 * A file path on one line of a listing: line breaks and tabs (legal in file names) shown as
 * their Control Pictures (␊ ␍ ␉), so a name like "a\nb.md" cannot break a list or forge a
 * line. The terminal printer (shell/terminal-text.ts) makes every other control visible.
 */
/** "1 file", "2 files", "1,204 files": a count with its noun agreeing (nouns with a plain -s plural). */
export const counted = (n: number, noun: string) => `${n.toLocaleString('en')} ${noun}${n === 1 ? '' : 's'}`;

export const oneLine = (path: string) =>
  path.replace(/[\n\r\t]/g, (c) => String.fromCodePoint(0x2400 + (c.codePointAt(0) ?? 0)));

/**
 * "/home/a/docs/lease.md" (lines 3–5) → "lease.md:3-5", or `name` (from the store's
 * `displayNames`, e.g. "flat/lease.md" when two learned files are called lease.md) in its place.
 * A PDF's lines are page-packed (`PDF_PAGE` in extract.ts): "insurance.pdf p.2 l.2",
 * "insurance.pdf p.2 l.2-4", or across pages "insurance.pdf pp.1–2 (p.1 l.7 to p.2 l.3)".
 */
export const cite = (p: { path: string; lineStart: number; lineEnd: number }, name?: string) => {
  name = oneLine(name ?? p.path.split(/[\\/]/).pop() ?? p.path);
  const at = pdfPlace(p);
  if (at) {
    const lines = at.line === at.lineEnd ? `l.${at.line}` : `l.${at.line}-${at.lineEnd}`;
    return at.page === at.pageEnd
      ? `${name} p.${at.page} ${lines}`
      : `${name} pp.${at.page}–${at.pageEnd} (p.${at.page} l.${at.line} to p.${at.pageEnd} l.${at.lineEnd})`;
  }
  return p.lineStart === p.lineEnd ? `${name}:${p.lineStart}` : `${name}:${p.lineStart}-${p.lineEnd}`;
};

/**
 * A PDF passage's pages and lines within them, from its page-packed line numbers; undefined for
 * other files, and for PDFs learned before lines were counted per page (plain text lines).
 */
export function pdfPlace(p: {
  path: string;
  lineStart: number;
  lineEnd: number;
}): { page: number; line: number; pageEnd: number; lineEnd: number } | undefined {
  if (!/\.pdf$/i.test(p.path) || p.lineStart < PDF_PAGE) return undefined;
  return {
    page: Math.floor(p.lineStart / PDF_PAGE),
    line: p.lineStart % PDF_PAGE,
    pageEnd: Math.floor(p.lineEnd / PDF_PAGE),
    lineEnd: p.lineEnd % PDF_PAGE,
  };
}
