import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { GO } from '../offline.js';
import { limit, text } from '../schemas.js';
import { endSentence } from '../sentence.js';
import { decodeLineMap } from './lines.js';
import { KIND_WORDS } from './names.js';
import {
  cite,
  collectionName,
  oneLine,
  passage,
  pdfPlace,
  requireCollection,
  scopedFilter,
  searchFilters,
  toPassage,
} from './schemas.js';
import { searchKnowledge } from './search.js';
import { containsQueryWords, hitLines, queryStems, queryWordsHeld, snippet } from './snippet.js';
import { staleFile, staleFiles } from './stale.js';
import { createKnowledgeStore } from './store.js';
import { numbersHeld, searchedWords } from './whole-numbers.js';

/** "search my markdown files for rent": file types a person names, as knowledge_search types. */
const TYPE_TEMPLATES: [string, ('markdown' | 'text' | 'html' | 'pdf' | 'code')[]][] = [
  ['markdown files', ['markdown']],
  ['markdown documents', ['markdown']],
  ['md files', ['markdown']],
  ['pdfs', ['pdf']],
  ['pdf files', ['pdf']],
  ['pdf documents', ['pdf']],
  ['html files', ['html']],
  ['web pages', ['html']],
  ['text files', ['text']],
  ['code', ['code']],
  ['source code', ['code']],
];

export const knowledgeSearch = defineTool({
  name: 'knowledge_search',
  title: 'Search documents',
  description:
    "Search the person's learned documents (hybrid: keywords with feedback expansion, plus vectors when an embedder is set). Returns passages with source path, line span, heading trail and score. Optional filters: path prefix, file types, modification dates.",
  risk: 'read',
  input: z.object({
    query: text(2000, 'query').describe('What to look for, in plain words.'),
    collection: collectionName,
    limit: limit(10, 100),
    ...searchFilters,
  }),
  output: z.object({
    passages: z.array(
      passage.extend({
        matchesQuery: z
          .boolean()
          .describe(
            'True when the passage holds a word of the query (case-, accent- and stem-insensitive); false when it was found only through related signals (feedback expansion, LSA, vectors).',
          ),
      }),
    ),
    signals: z
      .array(z.string())
      .describe('The retrieval signals used: bm25, rm3, lsa (learned from the documents), dense (embedder).'),
    embedder: z.string(),
    filters: z
      .string()
      .optional()
      .describe('The active filters in words (the path resolved), e.g. "PDF files under /home/ann/docs".'),
    stale: z
      .array(staleFile)
      .optional()
      .describe(
        'Files of the passages that changed on disk or are gone since they were learned (their text and line numbers may be out of date).',
      ),
  }),
  examples: [
    'search my documents for {query}',
    'search my files for {query}',
    'search documents for {query}',
    'search my docs for {query}',
    'find {query} in my documents',
    'find {query} in my files',
    'which documents mention {query}',
    'which of my files mention {query}',
  ],
  offline: {
    samples: { query: 'notice period' },
    templates: [
      // "search my csv files for rent": one format of the many text files, by its extension.
      ...(['csv', 'log', 'txt', 'json'] as const).flatMap((extension) =>
        [`search my ${extension} files for {query}`, `find {query} in my ${extension} files`].map(
          (source) => ({
            source,
            fixed: { extensions: [extension] },
            bonus: 2,
          }),
        ),
      ),
      ...TYPE_TEMPLATES.flatMap(([words, types]) =>
        [`search my ${words} for {query}`, `find {query} in my ${words}`].map((source) => ({
          source,
          fixed: { types },
          bonus: 2,
        })),
      ),
      // "search my recipes for eggs": a learned folder or file by name (the tool checks it is one).
      // "find the pdf about the lease": a document named by its kind is a document search.
      ...['find the pdf about {query}', 'find my pdf about {query}', 'find the pdfs about {query}'].map(
        (source) => ({
          source,
          fixed: { types: ['pdf' as const] },
          bonus: 0.5,
        }),
      ),
      ...[
        'find the document about {query}',
        'find my document about {query}',
        'find documents about {query}',
        'find the file about {query}',
        'find my files about {query}',
      ].map((source) => ({ source, bonus: 0.5 })),
      { source: 'search my {pathPrefix} for {query}', bonus: 0.5 },
      { source: 'find {query} in my {pathPrefix}', bonus: 0.5 },
    ],
    // "search my recipes for eggs" when no learned folder or file is called "recipes": the words
    // were a way of saying "my documents", so all of them are searched, and the answer says so.
    // (`fazt knowledge search --path recipes` names a path on purpose and is refused instead.)
    before: {
      async check(input, call) {
        if (input.pathPrefix === undefined) return GO;
        const scoped = await call.look({ tool: 'knowledge_search', input });
        if (scoped?.ok)
          return {
            kind: 'answer',
            status: 'done',
            text: describeSearch(scoped.output as SearchOutput, input),
          };
        if (scoped?.code !== 'not_found') return GO;
        const { pathPrefix, ...everywhere } = input;
        const all = await call.look({ tool: 'knowledge_search', input: everywhere });
        if (!all?.ok) return GO;
        return {
          kind: 'answer',
          status: 'done',
          text: `No learned folder or file is called "${oneLine(pathPrefix.replace(KIND_WORDS, ''))}", so I searched all your documents. ${describeSearch(all.output as SearchOutput, everywhere)}`,
        };
      },
    },
  },
  async run(input, { cartridge, signal }) {
    const store = createKnowledgeStore(cartridge);
    requireCollection(store, input.collection);
    const { filter, said } = scopedFilter(store, input);
    const result = await searchKnowledge(cartridge, {
      query: input.query,
      collection: input.collection,
      limit: input.limit,
      signal,
      filter,
    });
    const names = store.displayNames(result.passages.map((p) => p.path));
    // "1,150" is searched whole: a passage holding "£150" and a "1" does not hold it (whole-numbers.ts).
    const { words: stems, numbers } = searchedWords(queryStems(input.query), input.query);
    const holds = (text: string) => containsQueryWords(text, stems) || numbersHeld(text, numbers) > 0;
    // A search for a number ("1,150", "rent 1,200"): passages holding it whole come first, the rest
    // in their order. A longer query keeps its ranking (SciFact's "Kir7.1 modulates …" is no number search).
    const passages =
      numbers.length > 0 && stems.size <= 2
        ? [...result.passages].sort((a, b) => numbersHeld(b.text, numbers) - numbersHeld(a.text, numbers))
        : result.passages;
    const stale = staleFiles(
      store,
      store.collection(input.collection)?.id,
      passages.map((p) => p.path),
      names,
    );
    return {
      passages: passages.map((p) => {
        const passage = toPassage(p, names);
        // Cited by the lines holding the words, not the whole passage ("term_dates.txt:9", not ":1-23").
        const lines = holds(p.text) ? hitLines(p.text, queryStems(input.query)) : undefined;
        const map = decodeLineMap(p.lineMap);
        const fileLine = (index: number, end: 0 | 1) => map[index]?.[end] ?? p.lineStart + index;
        const onePage = !pdfPlace(p) || pdfPlace(p)?.page === pdfPlace(p)?.pageEnd;
        return {
          ...passage,
          ...(lines && onePage
            ? {
                source: cite(
                  { path: p.path, lineStart: fileLine(lines[0], 0), lineEnd: fileLine(lines[1], 1) },
                  names.get(p.path),
                ),
              }
            : {}),
          matchesQuery: holds(p.text),
        };
      }),
      signals: result.used,
      embedder: result.embedder,
      ...(said ? { filters: said } : {}),
      ...(stale.length ? { stale } : {}),
    };
  },
  describe: (output, input) => describeSearch(output, input),
});

/** The search's output, as `describeSearch` reads it. */
interface SearchOutput {
  passages: { matchesQuery: boolean; source: string; heading: string; text: string; path: string }[];
  filters?: string | undefined;
  stale?: { path: string; state: 'changed' | 'missing'; note: string }[] | undefined;
}

/**
 * The search's answer: passages best first, as ranked; one found only through related signals is
 * marked as such, and each shows the text around its first word of the query rather than its start.
 */
function describeSearch({ passages, filters, stale }: SearchOutput, { query }: { query: string }): string {
  if (passages.length === 0) {
    return endSentence(`Nothing in ${filters ?? 'your documents'} matches ${query}`);
  }
  const all = queryStems(query);
  const { words: stems, numbers, size } = searchedWords(all, query);
  const matching = passages.filter((p) => p.matchesQuery).length;
  // "locker 12": a passage holding only "12" holds some of the words, not all (S14 LOW 15).
  const held = (text: string) => queryWordsHeld(text, stems) + numbersHeld(text, numbers);
  const partial = (p: SearchOutput['passages'][number]) =>
    p.matchesQuery && size > 1 && held(`${p.heading}\n${p.text}`) < size;
  const some = passages.filter(partial).length;
  const plural = (count: number) => `${count} passage${count === 1 ? '' : 's'}`;
  const yours =
    some === 0
      ? 'with your words'
      : some === matching
        ? 'with some of your words (none with all)'
        : `with your words (${some} with only some, marked "some words")`;
  const head =
    matching === passages.length && some === 0
      ? `Found ${plural(passages.length)}:`
      : matching === passages.length
        ? `Found ${plural(passages.length)} ${yours}:`
        : matching === 0
          ? `No passage holds the words you searched for; ${passages.length} related passage${passages.length === 1 ? '' : 's'}:`
          : `Found ${plural(matching)} ${yours}, and ${passages.length - matching} related (marked "related"):`;
  const states = new Map((stale ?? []).map((file) => [file.path, file.state]));
  const mark = (path: string) =>
    states.get(path) === 'changed'
      ? ' [changed since learned]'
      : states.get(path) === 'missing'
        ? ' [gone]'
        : '';
  return [
    head,
    ...passages.map(
      (p) =>
        `${p.source}${mark(p.path)}${p.matchesQuery || matching === 0 ? '' : ' [related]'}${some > 0 && some < matching && partial(p) ? ' [some words]' : ''} ${p.heading ? `(${oneLine(p.heading)}) ` : ''}${snippet(p.text, all)}`,
    ),
    ...(stale ?? []).map((file) => `Note: ${file.note}`),
  ].join('\n');
}
