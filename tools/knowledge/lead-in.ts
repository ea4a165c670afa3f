import { QUALIFIED, TAKEN_BACK } from './cover.js';
import { decodeLineMap } from './lines.js';
import { cite } from './schemas.js';
import type { Passage } from './store.js';

/**
 * A list and the line that leads into it ("What is not covered:" / "- Dental treatment …",
 * "To repressurise:" / "1. Switch off …"): one is not read without the other (S29 HIGH 5).
 * A quoted item brings its lead-in, which says what the list is; a quoted lead-in brings its
 * items, which are what it says.
 */

const ITEM = /^\s*(?:[-*+•]|\d+[.)])\s+\S/u;
const LEAD_IN = /\S:\s*$/u;
/** How many items a quoted lead-in brings. */
const MAX_ITEMS = 8;

export interface LeadLine {
  text: string;
  line: number;
  lineEnd: number;
}

interface Lines {
  texts: string[];
  first: (index: number) => number;
  last: (index: number) => number;
  indexOf: (line: number) => number;
}

function linesOf(passage: Pick<Passage, 'text' | 'lineStart' | 'lineMap'>): Lines {
  const texts = passage.text.split('\n');
  const map = decodeLineMap(passage.lineMap);
  const first = (index: number) => map[index]?.[0] ?? passage.lineStart + index;
  const last = (index: number) => map[index]?.[1] ?? passage.lineStart + index;
  const indexOf = (line: number) => {
    for (let i = 0; i < texts.length; i += 1) if (first(i) <= line && line <= last(i)) return i;
    return -1;
  };
  return { texts, first, last, indexOf };
}

const bullet = (text: string) => text.replace(/^\s*[-*+•]\s+/u, '').trim();

/** The line leading into the list whose item is at file line `line`, if it has one. */
export function leadInOf(
  passage: Pick<Passage, 'text' | 'lineStart' | 'lineMap'>,
  line: number,
): LeadLine | undefined {
  const { texts, first, last, indexOf } = linesOf(passage);
  let index = indexOf(line);
  if (index < 0 || !ITEM.test(texts[index] ?? '')) return undefined;
  while (index > 0 && ITEM.test(texts[index - 1] ?? '')) index -= 1;
  const lead = texts[index - 1];
  if (lead === undefined || !LEAD_IN.test(lead) || ITEM.test(lead)) return undefined;
  // A one-word lead-in ("Ingredients:", "Preparazione:") only names the list, as a heading does.
  if (!/\S\s+\S/u.test(lead.trim())) return undefined;
  return { text: lead.trim(), line: first(index - 1), lineEnd: last(index - 1) };
}

/** The items of the list a lead-in line at file line `line` leads into (none when it leads into none). */
export function itemsAfter(
  passage: Pick<Passage, 'text' | 'lineStart' | 'lineMap'>,
  line: number,
): LeadLine[] {
  const { texts, first, last, indexOf } = linesOf(passage);
  const index = indexOf(line);
  if (index < 0 || !LEAD_IN.test(texts[index] ?? '') || ITEM.test(texts[index] ?? '')) return [];
  const items: LeadLine[] = [];
  for (let i = index + 1; i < texts.length && ITEM.test(texts[i] ?? '') && items.length < MAX_ITEMS; i += 1)
    items.push({ text: bullet(texts[i] ?? ''), line: first(i), lineEnd: last(i) });
  return items;
}

/**
 * Quotes in reading order with each list item's lead-in before it and each lead-in's items after
 * it, none twice. `quotes` are groups (one sentence cited in several files); `make` builds a group
 * for a line of the first quote's passage.
 */
export function withLeadIns<
  Q extends { line: number; text: string; passage: Pick<Passage, 'path' | 'text' | 'lineStart' | 'lineMap'> },
>(groups: readonly Q[][], make: (head: Q, line: LeadLine) => Q): Q[][] {
  // File lines quoted so far, and the lines quoted whole for a list (two sentences on one line are two quotes).
  const quotedLines = new Set<string>();
  const madeLines = new Set<string>();
  const quotedTexts = new Set<string>();
  const out: Q[][] = [];
  const emit = (head: Q, line: LeadLine) => {
    const key = `${head.passage.path}\0${line.line}`;
    if (quotedLines.has(key)) return;
    quotedLines.add(key);
    madeLines.add(key);
    out.push([make(head, line)]);
  };
  for (const group of groups) {
    const head = group[0];
    if (!head) continue;
    const key = `${head.passage.path}\0${head.line}`;
    const textKey = `${key}\0${head.text}`;
    if (madeLines.has(key) || quotedTexts.has(textKey)) continue;
    const lead = leadInOf(head.passage, head.line);
    if (lead) emit(head, lead);
    quotedLines.add(key);
    quotedTexts.add(textKey);
    out.push(group);
    for (const item of itemsAfter(head.passage, head.line)) emit(head, item);
  }
  return out;
}

/** "is dental treatment covered?", "does my pet insurance cover vaccinations?": a yes/no of cover. */
const COVER_ASKED =
  /^\s*(?:is|are|does|do|will|would|am)\b.*\b(?:cover|covers|covered|coverage|includ(?:e|es|ed))\b/iu;
/** A lead-in of what is left out: "What is not covered:", "Exclusions:", "Not included:". */
const LEFT_OUT =
  /\b(?:not\s+(?:covered|included)|exclu(?:ded|sions?)|won'?t\s+cover|will\s+not\s+cover|do(?:es)?\s*n[o']t\s+cover)\b/iu;
const TAKEN_IN = /\b(?:covered|included|cover|covers|includes)\b/iu;

/**
 * The yes or no of a cover question whose quotes are list items under their lead-ins (S29 HIGH
 * 5): under "What is not covered:" it is "No — …", under "What is covered:" "Yes — …", so a bare
 * item never reads as covered when it is not. Undefined when the lead-ins quoted disagree or
 * say neither.
 */
export function coverVerdict(question: string, quotes: readonly string[]): string | undefined {
  if (!COVER_ASKED.test(question)) return undefined;
  const leads = quotes.filter((quote, index) => LEAD_IN.test(quote) && index + 1 < quotes.length);
  if (leads.length === 0) return undefined;
  // The items' own words: "- Storm (flood cover removed from 01/10/2026)" is no "Yes" (S34 HIGH 1).
  const items = quotes.filter((quote) => !LEAD_IN.test(quote));
  if (leads.every((lead) => LEFT_OUT.test(lead)))
    return items.some((item) => TAKEN_BACK.test(item))
      ? undefined
      : `No — it is listed under "${leads[0] as string}".`;
  if (leads.every((lead) => TAKEN_IN.test(lead) && !LEFT_OUT.test(lead)))
    return items.some((item) => QUALIFIED.test(item))
      ? undefined
      : `Yes — it is listed under "${leads[0] as string}".`;
  return undefined;
}

/**
 * "Accidental damage: not included.", "- Flood from rivers – excluded": a thing and its cover said
 * on one line. The thing starts lower case unless it is a name ("TV", "Wi-Fi").
 */
const STATUS_LINE =
  /^\s*(?:[-*+•]\s+)?([^:|–—]{2,80}?)\s*(?::|\s[–—-])\s*(not\s+(?:covered|included)|excluded|covered|included)\s*\.?\s*$/iu;

/** The thing a list item or status line names, as said inside a sentence ("accidental damage"). */
function thingOf(text: string): string {
  const thing = text
    .replace(ITEM_MARK, '')
    .replace(/[.;:]\s*$/u, '')
    .trim();
  return /^\p{Lu}\p{Ll}/u.test(thing) ? `${thing.charAt(0).toLowerCase()}${thing.slice(1)}` : thing;
}
const ITEM_MARK = /^\s*(?:[-*+•]|\d+[.)])\s+/u;

/** A quote of an answer with where it is: its citation and the file's display name. */
export interface PlacedQuote {
  text: string;
  citation: { path: string; lineStart: number; lineEnd: number };
  name?: string;
}

/**
 * A yes/no of cover answered in one plain sentence, or undefined (x29: "No — your documents leave
 * it out: Accidental damage: not included." read badly): a status line ("Accidental damage: not
 * included.") is said "No — your documents list accidental damage as not included (policy.md:14).";
 * one item under its lead-in ("What is not covered:" / "- Accidental damage") "No — your documents
 * list accidental damage under "What is not covered" (policy.md:7-8)." Only when the question asks
 * for cover and the quotes are exactly that.
 */
export function plainCover(question: string, quotes: readonly PlacedQuote[]): string | undefined {
  if (!COVER_ASKED.test(question)) return undefined;
  const [first, second] = quotes;
  if (quotes.length === 1 && first) {
    const status = STATUS_LINE.exec(first.text);
    if (!status?.[1] || !status[2] || QUALIFIED.test(status[1])) return undefined;
    const out = /^(?:not|excluded)/iu.test(status[2]);
    return `${out ? 'No' : 'Yes'} — your documents list ${thingOf(status[1])} as ${status[2].toLowerCase().replace(/\s+/gu, ' ')} (${cite(first.citation, first.name)}).`;
  }
  if (quotes.length !== 2 || !first || !second || first.citation.path !== second.citation.path)
    return undefined;
  if (!LEAD_IN.test(first.text) || LEAD_IN.test(second.text)) return undefined;
  const verdict = coverVerdict(question, [first.text, second.text]);
  if (!verdict || STATUS_LINE.test(second.text) || /[,;(]/u.test(second.text)) return undefined;
  const lead = first.text
    .replace(/^#+\s*/u, '')
    .replace(/:\s*$/u, '')
    .trim();
  const span = { ...first.citation, lineEnd: second.citation.lineEnd };
  return `${verdict.startsWith('No') ? 'No' : 'Yes'} — your documents list ${thingOf(second.text)} under "${lead}" (${cite(span, first.name)}).`;
}
