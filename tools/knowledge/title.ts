/**
 * A document's own title and its heading lines, whatever the markup (issue 10, stranger S17 HIGH 3,
 * MEDIUM 8 and 9): "what does my insurance say about hail?" names `policy.md` whose first heading is
 * "Car Insurance Policy" even when a comment or front matter comes first; an e-mail is called by its
 * Subject; Org-mode (`* Tomatoes`) and reStructuredText (a line underlined with `====`) headings
 * name the section under them as Markdown's `## Tomatoes` does.
 *
 * Markup read, by the file's extension: Markdown ATX (`# Title`) and setext (`Title` over `===`)
 * headings everywhere; front matter `title:` (YAML between `---` lines at the top); Org `#+TITLE:`
 * and `*`-headings in `.org`; reStructuredText titles (a line over/underlined with one repeated
 * punctuation character at least as long as it) in `.rst`/`.txt`; `Subject:` of a header block
 * at the top of `.eml`/`.txt` mail. Source code has no title (its `#` lines are comments).
 */
import { extname } from 'node:path';
import { isProseMarkup, kindOf } from './extract.js';

/** How many first lines are read for a title: a title sits at the top. */
const TITLE_LINES = 40;
/** An rst adornment line: one punctuation character repeated (CommonMark's setext uses = and -). */
const ADORNMENT = /^([=\-~^"'`#*+<>_:.])\1{2,}\s*$/;

/** Whether heading markup of Org-mode applies to a file (a `*` line is a list item elsewhere). */
const isOrg = (path: string) => extname(path).toLowerCase() === '.org';
/** Whether reStructuredText adornments apply (plain text often uses the same underlines). */
const isRst = (path: string) => ['.rst', '.rest', '.txt'].includes(extname(path).toLowerCase());

/**
 * The heading a line is, in `path`'s markup, or undefined: `lines[index]` with the line after it
 * (setext/rst underline) or the markup (`#`, Org `*`) taken off. Underlines themselves are not headings.
 */
export function headingAt(path: string, lines: readonly string[], index: number): string | undefined {
  const line = lines[index] ?? '';
  const atx = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
  if (atx?.[1]) return atx[1];
  if (isOrg(path)) {
    // A task headline ("** TODO Sofia to email the council") is an item to quote, not a section.
    if (/^\*+\s+(?:TODO|DONE|NEXT|WAITING|HOLD|CANCELLED|CANCELED)\b/.test(line)) return undefined;
    const org = /^\*+\s+(.*?)(?:\s+:[\w@:]+:)?\s*$/.exec(line);
    if (org?.[1]) return org[1];
  }
  const next = lines[index + 1] ?? '';
  const text = line.trim();
  if (text === '' || ADORNMENT.test(line) || /^\s/.test(line)) return undefined;
  const underline = ADORNMENT.exec(next);
  if (!underline) return undefined;
  // Markdown setext: "Title" over "===" / "---"; rst: any adornment at least as long as the title.
  const setext = /^[=-]+\s*$/.test(next);
  if ((setext || isRst(path)) && next.trim().length >= Math.min(text.length, 3)) return text;
  return undefined;
}

/**
 * Whether a line is only heading markup: an rst/setext underline or overline under/over a heading,
 * never said as a sentence.
 */
export function isAdornment(path: string, lines: readonly string[], index: number): boolean {
  const line = lines[index] ?? '';
  if (!ADORNMENT.test(line)) return false;
  return (
    (index > 0 && headingAt(path, lines, index - 1) !== undefined) ||
    (isRst(path) &&
      index + 2 < lines.length &&
      ADORNMENT.test(lines[index + 2] ?? '') &&
      (lines[index + 1] ?? '').trim() !== '')
  );
}

/**
 * A document's title from its first lines (`text`: the file's text from line 1): front matter
 * `title:`, Org `#+TITLE:`, an e-mail's `Subject:`, else its first heading (`headingAt`);
 * undefined when it has none.
 */
export function documentTitle(path: string, text: string): string | undefined {
  // Source code has comments, not titles ("# Copies the output folder…" atop a script).
  if (kindOf(path)?.type === 'code' && !isProseMarkup(path)) return undefined;
  const lines = text.split(/\r?\n/, TITLE_LINES);
  if (lines[0]?.trim() === '---') {
    for (const line of lines.slice(1)) {
      if (line.trim() === '---') break;
      const title = /^title\s*:\s*["']?(.+?)["']?\s*$/i.exec(line);
      if (title?.[1]) return title[1];
    }
  }
  const orgTitle = isOrg(path)
    ? lines.map((line) => /^#\+TITLE:\s*(.+)$/i.exec(line)?.[1]).find(Boolean)
    : undefined;
  if (orgTitle) return orgTitle.trim();
  // A mail's header block: "Header: value" lines from the top, up to the first blank line.
  const header = lines.slice(0, lines.findIndex((line) => line.trim() === '') >>> 0);
  if (header.length > 1 && header.every((line) => /^(?:[\w-]+:\s|\s)/.test(line))) {
    const subject = header.map((line) => /^subject:\s*(.+)$/i.exec(line)?.[1]).find(Boolean);
    if (subject) return subject.trim();
  }
  for (let index = 0; index < lines.length; index += 1) {
    const heading = headingAt(path, lines, index);
    if (heading) return heading;
  }
  return undefined;
}

/**
 * The first line of a plain-text file when it reads as its name (S45: "MAIF Home Contents
 * Insurance — Policy No. HC-55821-LY" atop insurance_policy.txt, so "when does the home
 * insurance end?" names it): short, not a "Label: value" line, not a sentence, and over a
 * "Label: value" line or a number it is known by ("Policy HX-22190"; a recipe's "Tiramisù della
 * nonna" over a blank line is not read so).
 * Undefined for any other file or first line; a marked-up title is `documentTitle`'s.
 */
export function plainFirstLine(path: string, text: string): string | undefined {
  if (extname(path).toLowerCase() !== '.txt') return undefined;
  const [line, next = ''] = text.split(/\r?\n/, 2);
  const first = line?.trim() ?? '';
  // Over a record of labelled lines ("Policyholder: …"), as a form's or a policy's name is; or
  // over its number said without a colon ("Home insurance - Aviva" over "Policy HX-22190", k32).
  if (
    !/^[\p{L}][\p{L}\p{N} ()'’-]{0,39}:\s*\S/u.test(next) &&
    !/^\p{L}[\p{L} ]{0,30}\s(?:no\.?\s*|number\s+|#\s*)?(?=[\p{Lu}\p{N}-]*\p{N})[\p{Lu}\p{N}][\p{Lu}\p{N}-]{3,}$/u.test(
      next.trim(),
    )
  )
    return undefined;
  if (!first || first.length > 80 || first.split(/\s+/u).length > 10) return undefined;
  if (/^[^:]{1,40}:\s/u.test(first) || /[.!?:;,]$/u.test(first)) return undefined;
  return /^\p{Lu}/u.test(first) ? first : undefined;
}
