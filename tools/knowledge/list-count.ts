/**
 * "how many specified items are on my insurance?" (stranger S41 3): the items of the list under a
 * heading naming what is asked ("### Specified items", "Named conditions covered:") counted and
 * each quoted. Undefined when no learned heading names every word of the thing asked, or its list
 * is empty; several such lists are left to search (which one is meant is unclear).
 */

import type { Answer, Citation } from './answer.js';
import { type FileLine, fileLines, linePassage } from './file-lines.js';
import { root } from './lexicon.js';
import { delimiterOf } from './records.js';
import { cite } from './schemas.js';
import type { KnowledgeStore, SearchFilter } from './store.js';
import { queryTerms } from './text.js';

/** "how many specified items are on …", "how many named conditions does … cover": the thing asked. */
const HOW_MANY_LISTED =
  /\bhow\s+many\s+((?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+)\s+(?:are|is|were|do|does|did|have|has|can)\b/iu;
/** A heading: Markdown's "#", or a short line ending in a colon ("Named conditions covered:"). */
const HEADING = /^\s*(?:#{1,6}\s+(.+?)\s*#*\s*|([^:]{2,60}):\s*)$/u;
/** A list item: "- …", "* …", "• …", "1. …", "2) …". */
const ITEM = /^\s*(?:[-*•]|\d{1,2}[.)])\s+\S/u;

export function listedCount(
  store: KnowledgeStore,
  collection: string,
  question: string,
  filter: SearchFilter | undefined,
): Answer | undefined {
  const asked = HOW_MANY_LISTED.exec(question);
  if (!asked) return undefined;
  const words = queryTerms(asked[1] as string).map(root);
  // "how many items": one word names too little to pick a list by (a policy has many lists).
  if (words.length < 2) return undefined;
  const target = store.collection(collection);
  if (!target) return undefined;
  const scope = {
    ...(filter?.pathPrefix ? { pathPrefix: filter.pathPrefix } : {}),
    ...(filter?.paths ? { paths: filter.paths } : {}),
  };
  const found: { path: string; type: string; heading: FileLine; items: FileLine[] }[] = [];
  for (const file of store.files(target.id, scope)) {
    if (delimiterOf(file.path)) continue;
    const lines = fileLines(store, target.id, file.path);
    lines.forEach((line, at) => {
      const heading = HEADING.exec(line.text);
      const title = heading?.[1] ?? heading?.[2];
      if (!title) return;
      const said = new Set(queryTerms(title).map(root));
      if (!words.every((w) => said.has(w))) return;
      const items: FileLine[] = [];
      for (const next of lines.slice(at + 1)) {
        if (next.text.trim() === '') {
          if (items.length > 0) break;
          continue;
        }
        if (!ITEM.test(next.text)) break;
        items.push(next);
      }
      if (items.length > 0) found.push({ path: file.path, type: file.type, heading: line, items });
    });
  }
  if (found.length !== 1) return undefined;
  const [list] = found as [(typeof found)[number]];
  const names = store.displayNames([list.path]);
  const n = list.items.length;
  const span: Citation = {
    path: list.path,
    lineStart: (list.items[0] as FileLine).first,
    lineEnd: (list.items.at(-1) as FileLine).last,
    heading: '',
    quote: `${n} listed under "${list.heading.text
      .replace(/^\s*#+\s*/u, '')
      .replace(/:\s*$/u, '')
      .trim()}"`,
  };
  const items: Citation[] = list.items.map((line) => ({
    path: list.path,
    lineStart: line.first,
    lineEnd: line.last,
    heading: '',
    quote: line.text.trim().replace(/^(?:[-*•]|\d{1,2}[.)])\s+/u, ''),
  }));
  // The heading is cited with its items: what the list is (no lead-in is added to its first item).
  const head: Citation = {
    path: list.path,
    lineStart: list.heading.first,
    lineEnd: list.heading.last,
    heading: '',
    quote: list.heading.text.trim(),
  };
  return {
    known: true,
    answer: [
      `${span.quote} (${cite(span, names.get(list.path))}; counted, not stated in the documents):`,
      ...items.map((c) => `- ${c.quote} (${cite(c, names.get(list.path))})`),
    ].join('\n'),
    citations: [head, ...items],
    passages: [linePassage(list.path, list.type, [list.heading, ...list.items])],
  };
}
