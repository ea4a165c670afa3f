/**
 * "is theft covered by my home insurance?" read from a document's lists of what is and is not
 * covered (stranger S34 HIGH 1-2, MEDIUM 10). Every list of the document under a lead-in that
 * says cover ("What is covered:", "You are covered for:", "What is not covered:", "We will not
 * pay for:", "## Exclusions") and every table row with a yes/no cover column is read; each item
 * naming the thing asked is given with its lead-in and a verdict. The verdict reads the item's own
 * words too: "- Storm (flood cover removed from 01/10/2026)" under "What is covered:" is no "Yes".
 * Words that name the document ("my home insurance", "the policy") are not needed in the item.
 */

import { wordTable } from '../../cartridge/lexicon.js';
import type { Answer, Citation } from './answer.js';
import { type FileLine, fileLines, linePassage } from './file-lines.js';
import { root } from './lexicon.js';
import { cite } from './schemas.js';
import type { KnowledgeStore, SearchFilter } from './store.js';
import { LIST_ITEM_MARKER, queryTerms } from './text.js';

/** "is X covered", "are pets covered by the policy", "does my pet insurance cover vaccinations". */
const COVER_ASKED = /^\s*(?:is|are|does|do|will|would|am|am\s+i)\b.*\b(?:cover|covers|covered|insured)\b/iu;
/** A lead-in (or heading, or column) of what is left out. */
export const LEFT_OUT =
  /\b(?:not\s+(?:covered|included|insured)|exclu(?:ded|sions?)|won'?t\s+(?:cover|pay)|will\s+not\s+(?:cover|pay)|do(?:es)?\s*n[o']t\s+(?:cover|pay)|no\s+cover)\b/iu;
/** A lead-in (or heading, or column) of what is taken in. */
const TAKEN_IN = /\b(?:covered|included|cover|covers|includes|insured|will\s+pay)\b/iu;
/** An item's own words that take back or narrow what its lead-in says. */
export const QUALIFIED =
  /\b(?:removed|not|no\s+longer|excluded|excluding|except|unless|withdrawn|only|n't)\b|\bno\b(?!\s*\d)/iu;
/** An item's own words that undo its lead-in's exclusion. */
export const TAKEN_BACK = /\b(?:removed|no\s+longer|withdrawn|now\s+(?:covered|included))\b/iu;
/**
 * A clause that makes a line conditional (S35 2): "Mold, unless caused by a covered water event",
 * "one cat, except with written approval". Such a line decides a yes/no question about anything it names.
 */
export const EXCEPTION =
  /\b(?:unless|except(?:\s+(?:for|when|if|where))?|excluding|other\s+than|provided(?:\s+that)?|only\s+(?:if|when|with|after|for)|as\s+long\s+as|so\s+long\s+as|subject\s+to)\b/iu;
/** The conditional clause of `text` from its exception word on ("unless caused by a covered water event"), or undefined. */
function exceptionClause(text: string): string | undefined {
  const match = EXCEPTION.exec(text);
  if (!match) return undefined;
  return text
    .slice(match.index)
    .replace(/[.;]\s*$/u, '')
    .trim();
}
const ITEM = /^\s*(?:[-*+•]|\d+[.)])\s+\S/u;
const LEAD = /\S:\s*$/u;
const HEADING = /^\s{0,3}#{1,6}\s+\S/u;
const YES = /^(?:yes|y|✓|✔|covered|included)$/iu;
const NO = /^(?:no|n|✗|✘|x|not\s+covered|excluded|not\s+included)$/iu;

/** Words of a cover question that name neither the thing nor the document. */
const FRAME = new Set(
  'is are does do will would am i me we us our it they my the a an by under for on of in to with cover covers covered coverage insured include includes included what about still'
    .split(' ')
    .map(root),
);
/** Words that name any document of cover: not needed in the item, nor in the document. */
const DOCUMENT = new Set('insurance insurer policy policies plan schedule certificate'.split(' ').map(root));
/** A word asked for a word the lists use. */
const ALIASES: Record<string, string[]> = wordTable({ tv: ['television'], telly: ['television'] });

export interface CoverItem {
  lead: FileLine;
  item: FileLine;
  /** The lead-in says it is left out. */
  out: boolean;
}

/** The items of `lines` under a lead-in of cover or of what cover leaves out, long items joined. */
export function coverItems(lines: readonly FileLine[]): CoverItem[] {
  const found: CoverItem[] = [];
  let lead: { line: FileLine; out: boolean } | undefined;
  let header: { cells: string[]; line: FileLine } | undefined;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] as FileLine;
    const text = line.text;
    if (ITEM.test(text)) {
      if (!lead) continue;
      // A wrapped item: the indented lines after it that are no item of their own.
      let last = line.last;
      let said = text.replace(LIST_ITEM_MARKER, '').trim();
      while (
        i + 1 < lines.length &&
        /^\s+\S/u.test(lines[i + 1]?.text ?? '') &&
        !ITEM.test(lines[i + 1]?.text ?? '')
      ) {
        i += 1;
        said = `${said} ${(lines[i] as FileLine).text.trim()}`;
        last = (lines[i] as FileLine).last;
      }
      found.push({ lead: lead.line, item: { text: said, first: line.first, last }, out: lead.out });
      continue;
    }
    if (/^\s*\|/u.test(text)) {
      const cells = text
        .trim()
        .replace(/^\||\|$/gu, '')
        .split('|')
        .map((c) => c.replace(/\*\*/gu, '').trim());
      if (cells.every((c) => /^:?-{2,}:?$/u.test(c))) continue;
      if (!header) {
        header = { cells, line };
        continue;
      }
      // "| Flood | Yes |" under a header with a cover column; "| Covered | Excluded |" side by side.
      const column = header.cells.findIndex((c) => TAKEN_IN.test(c) || LEFT_OUT.test(c));
      const answer = cells.findIndex((c) => YES.test(c) || NO.test(c));
      if (column >= 0 && answer >= 0 && answer !== 0) {
        const thing = cells.filter((_, k) => k !== answer && cells[k] !== '').join(' — ');
        const said = cells[answer] as string;
        const columnOut = LEFT_OUT.test(header.cells[answer] ?? header.cells[column] ?? '');
        const out = NO.test(said) !== columnOut;
        found.push({
          lead: { ...header.line, text: header.cells.join(' | ') },
          item: { text: `${thing}: ${said}`, first: line.first, last: line.last },
          out,
        });
      } else if (
        header.cells.some((c) => LEFT_OUT.test(c)) &&
        header.cells.some((c) => TAKEN_IN.test(c) && !LEFT_OUT.test(c))
      ) {
        cells.forEach((cell, k) => {
          const name = header?.cells[k] ?? '';
          if (cell === '' || !(TAKEN_IN.test(name) || LEFT_OUT.test(name))) return;
          found.push({
            lead: { ...(header as { line: FileLine }).line, text: name },
            item: { text: cell, first: line.first, last: line.last },
            out: LEFT_OUT.test(name),
          });
        });
      }
      continue;
    }
    header = undefined;
    if (text.trim() === '') continue;
    if ((LEAD.test(text) || HEADING.test(text)) && (TAKEN_IN.test(text) || LEFT_OUT.test(text))) {
      lead = { line: { ...line, text: text.trim() }, out: LEFT_OUT.test(text) };
      continue;
    }
    // A heading or lead-in of something else ends the list; a wrapped item's tail was read above.
    if (LEAD.test(text) || HEADING.test(text) || !/^\s/u.test(text)) lead = undefined;
  }
  return found;
}

/** The verdict of one item: "Yes", "No", or undefined when its own words narrow or take it back. */
export function itemVerdict(item: CoverItem): 'Yes' | 'No' | undefined {
  // Under "not covered", "unless …" / "except …" only names the way back in: still "No".
  if (item.out) return TAKEN_BACK.test(item.item.text) ? undefined : 'No';
  return QUALIFIED.test(item.item.text) ? undefined : 'Yes';
}

const qualifierOf = (c: CoverItem) =>
  ((c.out ? TAKEN_BACK : QUALIFIED).exec(c.item.text)?.[0] ?? '').toLowerCase();

/** The answer to a cover question from the cover lists of the learned files, or undefined. */
export function coverAnswer(
  store: KnowledgeStore,
  collection: string,
  question: string,
  filter: SearchFilter | undefined,
): Answer | undefined {
  if (!COVER_ASKED.test(question)) return undefined;
  const target = store.collection(collection);
  if (!target) return undefined;
  const scope = {
    ...(filter?.pathPrefix ? { pathPrefix: filter.pathPrefix } : {}),
    ...(filter?.paths ? { paths: filter.paths } : {}),
  };
  const asked = [...new Set(queryTerms(question).map(root))].filter((w) => !FRAME.has(w));
  const forms = (w: string) => [w, ...(ALIASES[w] ?? []).map(root)];
  if (asked.length === 0) return undefined;
  const found = store.files(target.id, scope).flatMap((file) => {
    const lines = fileLines(store, target.id, file.path);
    const items = coverItems(lines);
    if (items.length === 0) return [];
    const said = new Set(queryTerms(`${file.path} ${lines.map((l) => l.text).join(' ')}`).map(root));
    // Words of the file's name and title ("car" of car-policy.md) name it, unless nothing else is asked.
    const title = new Set(
      queryTerms(`${file.path} ${lines.find((l) => l.text.trim() !== '')?.text ?? ''}`).map(root),
    );
    const thing = asked.filter((w) => !DOCUMENT.has(w) && !title.has(w));
    const sought = thing.length > 0 ? thing : asked.filter((w) => !DOCUMENT.has(w));
    const scored = items.map((item) => {
      const own = new Set(queryTerms(item.item.text).map(root));
      return { item, hits: sought.filter((w) => forms(w).some((f) => own.has(f))) };
    });
    const best = Math.max(...scored.map((s) => s.hits.length));
    if (best === 0) return [];
    // "is mold from a burst pipe covered?": "Water damage from burst pipes" names more of it, but
    // "Mold, unless caused by a covered water event" decides it too (S35 2): a conditional item naming
    // a word asked that the best items leave out is shown too ("Accidental damage …, unless …" adds
    // nothing to "Damage caused by pets" for "is damage caused by pets covered?").
    const named = new Set(scored.filter((s) => s.hits.length === best).flatMap((s) => s.hits));
    const conditional = (s: (typeof scored)[number]) =>
      EXCEPTION.test(s.item.item.text) && s.hits.some((w) => !named.has(w));
    const chosen = scored.filter((s) => s.hits.length === best || conditional(s));
    const hit = new Set(chosen.flatMap((s) => s.hits));
    // The rest of the question names the document: each such word is in it, or is a word of documents.
    const rest = asked.filter((w) => !hit.has(w));
    // ("is my bike covered for theft?" over a home policy that never says bike: not this list's.)
    if (rest.some((w) => !said.has(w) && !DOCUMENT.has(w))) return [];
    return [
      { file, chosen: chosen.map((s) => s.item), score: best + rest.filter((w) => said.has(w)).length },
    ];
  });
  if (found.length === 0) return undefined;
  const top = Math.max(...found.map((f) => f.score));
  const shown = found.filter((f) => f.score === top).slice(0, 2);
  const names = store.displayNames(shown.map((f) => f.file.path));
  const items = shown.flatMap((f) => f.chosen.map((c) => ({ ...c, path: f.file.path })));
  const several = items.length > 1;
  const verdicts = items.map((c) => {
    const verdict = itemVerdict(c);
    const under = `listed under "${c.lead.text}"`;
    const what = several ? `"${c.item.text}" is ${under}` : `it is ${under}`;
    if (verdict) return `${verdict} — ${what}.`;
    const word = qualifierOf(c);
    return `Not plainly — ${several ? what : `it is ${under}`}, but the item itself says "${word}": read it below.`;
  });
  const citations: Citation[] = [];
  const lines: string[] = [];
  const quoted = new Set<string>();
  for (const c of items) {
    for (const l of [c.lead, c.item]) {
      const key = `${c.path}\0${l.first}`;
      if (quoted.has(key)) continue;
      quoted.add(key);
      const citation: Citation = {
        path: c.path,
        lineStart: l.first,
        lineEnd: l.last,
        heading: '',
        quote: l.text.trim(),
      };
      citations.push(citation);
      lines.push(`${citation.quote} (${cite(citation, names.get(c.path))})`);
    }
  }
  // "is mold covered?" — "Mold, unless caused by a covered water event": the condition said with the
  // verdict (S35 2), when the verdict does not quote the item itself.
  const clause = several ? undefined : exceptionClause(items[0]?.item.text ?? '');
  const condition = clause ? [`The item sets a condition: "${clause}".`] : [];
  return {
    known: true,
    answer: [...verdicts, ...condition, ...lines].join('\n'),
    citations,
    passages: shown.map((f) =>
      linePassage(
        f.file.path,
        f.file.type,
        f.chosen.flatMap((c) => [c.lead, c.item]),
      ),
    ),
  };
}

/**
 * `answer` with the lead-in of each quoted item of a cover list that came without it (S34 MEDIUM
 * 10): "Subsidence where the damage was caused before the start date" never stands alone, as if
 * covered, when it sits under "What is not covered:".
 */
export function withCoverLeadIns(store: KnowledgeStore, collection: string, answer: Answer): Answer {
  if (!answer.known || answer.citations.length === 0) return answer;
  const target = store.collection(collection);
  if (!target) return answer;
  const byPath = new Map<string, CoverItem[]>();
  const itemsOf = (path: string) => {
    let items = byPath.get(path);
    if (!items) {
      items = coverItems(fileLines(store, target.id, path));
      byPath.set(path, items);
    }
    return items;
  };
  const cited = (path: string, line: number) =>
    answer.citations.some((c) => c.path === path && c.lineStart <= line && line <= c.lineEnd);
  const names = store.displayNames(answer.citations.map((c) => c.path));
  let text = answer.answer;
  const citations: Citation[] = [];
  for (const c of answer.citations) {
    const item = itemsOf(c.path).find((i) => i.item.first <= c.lineStart && c.lineStart <= i.item.last);
    const leadKey = item && `${c.path}\0${item.lead.first}`;
    if (
      item &&
      leadKey &&
      !cited(c.path, item.lead.first) &&
      !citations.some((d) => `${d.path}\0${d.lineStart}` === leadKey)
    ) {
      const lead: Citation = {
        path: c.path,
        lineStart: item.lead.first,
        lineEnd: item.lead.last,
        heading: '',
        quote: item.lead.text,
      };
      const said = `${c.quote} (${cite(c, names.get(c.path))})`;
      const at = text.indexOf(said);
      if (at >= 0) {
        text = `${text.slice(0, at)}${lead.quote} (${cite(lead, names.get(c.path))})\n${text.slice(at)}`;
        citations.push(lead);
      }
    }
    citations.push(c);
  }
  return citations.length === answer.citations.length ? answer : { ...answer, answer: text, citations };
}
