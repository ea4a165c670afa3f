/**
 * Steps of a procedure asked by place, not by words: "what is the second step?", "what's the
 * last step?", "what do I do after adding the flour?", "what comes before baking?" (k15 strangers,
 * HIGH 3). A recipe or procedure writes its steps as a numbered or bulleted list, often without
 * the word "step"; the answer is the list item at that place, or next to the item that says
 * the step named. Ingredient and equipment lists are not steps.
 */

import type { Answer, Citation } from './answer.js';
import { type FileLine, fileLines, linePassage } from './file-lines.js';
import { alternativesOf, root, rootsOf } from './lexicon.js';
import { cite } from './schemas.js';
import type { KnowledgeStore, SearchFilter } from './store.js';
import { orQuery, queryTerms } from './text.js';

const ORDINALS = 'first second third fourth fifth sixth seventh eighth ninth tenth'.split(' ');

/** "what is the second step?", "what's the last step of the banana bread?", "second step" (as the planner passes it). */
const ORDINAL_ASKED =
  /(?:^\s*|\b(?:what(?:'s|’s|\s+is|\s+was|\s+are)?|which\s+is|tell\s+me|give\s+me|read\s+me)\s+)(?:the\s+|my\s+)?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final|(\d{1,2})(?:st|nd|rd|th))\s+(?:step|instruction|thing\s+to\s+do)s?\b(.*)$/iu;

/** "what do I do after adding the flour?", "what comes before baking?", "(the) step after mashing" (as the planner passes it). */
const AROUND_ASKED =
  /^\s*(?:and\s+|so\s+)?(?:what\b(.{0,40}?)\b|(?:the\s+)?(?:next\s+|previous\s+)?steps?\s+)(after|before)\s+(.+?)[\s?.!]*$/iu;

/** The words that may stand between "what" and "after"/"before" in such a question. */
const AROUND_FRAME = new Set(
  "do does did i we you should must comes come happens is s the step steps next then to one right just straight go goes i'm am have has".split(
    ' ',
  ),
);

/** A list item: "- Mash the bananas", "3. Add the flour", "2) Stir". */
const ITEM = /^(\s*)(?:[-*+•]|(\d{1,2})[.)])\s+(\S.*)$/u;
const HEADING = /^\s*(?:#{1,6}\s+(.+?)\s*#*\s*$|([^\s*+•\d-].{0,50}):\s*$)/u;
/** Lists that are no procedure. */
const NOT_STEPS =
  /\b(?:ingredients?|you(?:'ll|’ll|\s+will)\s+need|shopping|equipment|tools|contents|materials|notes?|links?|references?)\b/iu;
/** Headings of a procedure. */
const STEPS =
  /\b(?:method|steps?|instructions?|directions?|procedure|how\s+to|preparation|process|routine|what\s+to\s+do)\b/iu;

interface Item {
  text: string;
  lines: FileLine[];
}
interface List {
  heading: string;
  numbered: boolean;
  items: Item[];
}

/** The lists of a file's lines, each under the heading it is under. */
function listsOf(lines: readonly FileLine[]): List[] {
  const lists: List[] = [];
  let heading = '';
  let current: List | undefined;
  let blank = false;
  for (const line of lines) {
    const item = ITEM.exec(line.text);
    if (item) {
      const numbered = item[2] !== undefined;
      if (!current || current.numbered !== numbered) {
        current = { heading, numbered, items: [] };
        lists.push(current);
      }
      current.items.push({ text: (item[3] as string).trim(), lines: [line] });
      blank = false;
      continue;
    }
    if (!line.text.trim()) {
      blank = true;
      continue;
    }
    // An indented line under an item goes on with it.
    const last = current?.items.at(-1);
    if (last && !blank && /^\s+\S/u.test(line.text)) {
      last.text = `${last.text} ${line.text.trim()}`;
      last.lines.push(line);
      continue;
    }
    current = undefined;
    const head = HEADING.exec(line.text);
    if (head) heading = (head[1] ?? head[2] ?? '').trim();
  }
  return lists.filter((list) => list.items.length >= 2);
}

/** A file's procedure: a list under a heading of steps first, then a numbered one, then any; never ingredients. */
function procedureOf(lines: readonly FileLine[]): List | undefined {
  const lists = listsOf(lines).filter((list) => !NOT_STEPS.test(list.heading));
  return lists.find((list) => STEPS.test(list.heading)) ?? lists.find((list) => list.numbered) ?? lists[0];
}

const quoteOf = (item: Item) => item.text.replace(/\s+/gu, ' ');

function answerOf(
  store: KnowledgeStore,
  found: { path: string; type: string; item: Item; say?: string }[],
): Answer {
  const names = store.displayNames(found.map((f) => f.path));
  const citations: Citation[] = found.map(({ path, item }) => ({
    path,
    lineStart: item.lines[0]?.first ?? 1,
    lineEnd: item.lines.at(-1)?.last ?? 1,
    heading: '',
    quote: quoteOf(item),
  }));
  return {
    known: true,
    answer: found
      .map((f, index) => {
        const c = citations[index] as Citation;
        return `${f.say ?? ''}${c.quote} (${cite(c, names.get(c.path))})`;
      })
      .join('\n'),
    citations,
    passages: found.map(({ path, type, item }) => linePassage(path, type, item.lines)),
  };
}

/** The files of `collection` in `filter` a search for `terms` finds, with their type; at most `limit`. */
function filesFor(
  store: KnowledgeStore,
  collectionId: number,
  terms: readonly string[],
  filter: SearchFilter | undefined,
  limit: number,
): [string, string][] {
  const match = orQuery(terms);
  if (!match) return [];
  let ids: { id: number }[];
  try {
    ids = store.bm25Match(collectionId, match, 40, filter ?? {});
  } catch {
    return [];
  }
  const passages = store.passages(
    ids.map((i) => i.id),
    filter ?? {},
  );
  return [...new Map(passages.map((p) => [p.path, p.type])).entries()].slice(0, limit);
}

const hasRoot = (roots: ReadonlySet<string>, r: string) => [...alternativesOf(r)].some((a) => roots.has(a));

/**
 * "what do I do after adding the flour?": the item after (or before) the one saying the step
 * named, in the procedures of the files a search for its words finds. Undefined when the
 * question is not of that shape or no procedure has such a step.
 */
export function stepAround(
  store: KnowledgeStore,
  collection: string,
  question: string,
  filter: SearchFilter | undefined,
): Answer | undefined {
  const asked = AROUND_ASKED.exec(question);
  if (!asked) return undefined;
  const frame = (asked[1] ?? '').toLowerCase().match(/[\p{L}']+/gu) ?? [];
  if (!frame.every((w) => AROUND_FRAME.has(w.replace(/’/gu, "'")))) return undefined;
  const target = store.collection(collection);
  if (!target) return undefined;
  const named = queryTerms(asked[3] as string).map(root);
  if (named.length === 0) return undefined;
  // "after adding the flour" names a step; "after the tenancy ends" a time, unless the list is a procedure's.
  const step = /^\s*(?:the\s+)?\p{L}{2,}ing\b/iu.test(asked[3] as string);
  const found: { path: string; type: string; item: Item; say?: string }[] = [];
  let best = 0;
  for (const [path, type] of filesFor(store, target.id, queryTerms(asked[3] as string), filter, 10)) {
    const list = procedureOf(fileLines(store, target.id, path));
    if (!list || (!step && !STEPS.test(list.heading))) continue;
    const scores = list.items.map((item) => {
      const roots = rootsOf(item.text);
      return named.filter((r) => hasRoot(roots, r)).length;
    });
    const top = Math.max(...scores);
    if (top < Math.max(1, Math.ceil(named.length / 2)) || top < best) continue;
    const at = scores.indexOf(top);
    const after = (asked[2] as string).toLowerCase() === 'after';
    const next = list.items[after ? at + 1 : at - 1];
    const own = list.items[at] as Item;
    const entry = next
      ? { path, type, item: next }
      : { path, type, item: own, say: after ? 'That is the last step: ' : 'That is the first step: ' };
    if (top > best) found.length = 0;
    best = top;
    found.push(entry);
  }
  if (found.length === 0) return undefined;
  return answerOf(store, found.slice(0, 3));
}

/** The words of an ordinal step question that ask for nothing more. */
const ORDINAL_FRAME = new Set(
  'of in for the my a recipe procedure method instructions list'.split(' ').map(root),
);

/**
 * "what is the second step?", "what's the last step?": the item at that place in the procedure
 * of each file the question's other words name (any file's, in a small collection, when it
 * names none). Undefined when the question is not of that shape or no file has a procedure.
 */
export function stepAt(
  store: KnowledgeStore,
  collection: string,
  question: string,
  filter: SearchFilter | undefined,
): Answer | undefined {
  const asked = ORDINAL_ASKED.exec(question);
  if (!asked) return undefined;
  const target = store.collection(collection);
  if (!target) return undefined;
  const word = (asked[1] as string).toLowerCase();
  const place = asked[2] ? Number(asked[2]) : ORDINALS.indexOf(word) + 1;
  const last = word === 'last' || word === 'final';
  const rest = queryTerms(asked[3] as string).filter((w) => !ORDINAL_FRAME.has(root(w)));
  const files =
    rest.length > 0
      ? filesFor(store, target.id, rest, filter, 10)
      : store
          .files(target.id, { pathPrefix: filter?.pathPrefix, paths: filter?.paths }, 51)
          .map((f) => [f.path, f.type] as [string, string]);
  // Too many documents to say whose steps are meant.
  if (files.length > 50) return undefined;
  const found: { path: string; type: string; item: Item }[] = [];
  const short: string[] = [];
  for (const [path, type] of files) {
    const lines = fileLines(store, target.id, path);
    if (rest.length > 0) {
      const roots = rootsOf(
        `${path.split(/[\\/]/).slice(-2).join(' ')}\n${lines.map((l) => l.text).join('\n')}`,
      );
      if (!rest.every((w) => hasRoot(roots, root(w)))) continue;
    }
    const list = procedureOf(lines);
    if (!list) continue;
    const item = last ? list.items.at(-1) : list.items[place - 1];
    if (item) found.push({ path, type, item });
    else short.push(`${store.displayNames([path]).get(path) ?? path} has ${list.items.length} steps`);
  }
  if (found.length === 0) {
    if (short.length === 0) return undefined;
    return {
      known: false,
      answer: `I don't know: ${short.join('; ')}, no ${asked[1]} step.`,
      citations: [],
      passages: [],
      missing: `${asked[1]} step`,
    };
  }
  return answerOf(store, found.slice(0, 3));
}
