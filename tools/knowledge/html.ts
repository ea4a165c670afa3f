import { once } from 'node:events';
import type { EndTag, StartTag, Text } from 'parse5-sax-parser';
import { type ExtractedText, LineMapBuilder } from './lines.js';

/** Elements whose content is never text a person reads on the page. */
const DROPPED = new Set(['script', 'style', 'template', 'noscript', 'svg', 'math', 'iframe', 'object']);
/** Elements that start and end a paragraph (a blank line around them). */
const PARAGRAPH = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'details',
  'dialog',
  'dl',
  'fieldset',
  'figure',
  'footer',
  'form',
  'header',
  'hgroup',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'ul',
  'menu',
]);
/** Elements that start and end a line. */
const LINE = new Set([
  'div',
  'dd',
  'dt',
  'figcaption',
  'caption',
  'legend',
  'summary',
  'tr',
  'option',
  'center',
  'thead',
  'tbody',
  'tfoot',
]);
const HEADING = /^h([1-6])$/;
/** Characters read into text pieces per write: the parser works window by window. */
const SLICE = 64 * 1024;

/**
 * HTML → Markdown-ish text with the source line of every line, for chunking and citations.
 *
 * Parsed by parse5's streaming SAX parser (`parse5-sax-parser`, the WHATWG tokenizer with the
 * tree builder's tokenizer-state switches simulated): entities are decoded as browsers decode
 * them (named, numeric, legacy without `;`), script/style/template/noscript/svg/math content
 * is dropped, malformed markup (unclosed tags, stray `<`) reads as a browser reads it, and the
 * input goes through in 64 Ki-character slices with no DOM, so a 24 MiB minified page costs
 * the text it yields, not a tree (a parse5 DOM of such a page took ~1.1 GB here).
 *
 * Layout: `<h1>`–`<h6>` become `#` lines (one line each, so chunks keep a heading trail), the
 * first `<title>` a `#` line unless the page opens with a heading, block elements line breaks (paragraph-like ones a blank line),
 * `<li>` a `- ` line, `<br>` a line break, table cells tab-separated; whitespace runs collapse
 * to one space, except in `<pre>`. A newline inside a text node is kept as a line break, so
 * a paragraph wrapped over lines 12–14 of the file is lines 12–14 of its citation.
 *
 * Returns the text and, for each of its lines, the first and last line of the file it came
 * from (1-based; parse5 counts CRLF, CR and LF each as one line break, as editors do).
 */
export async function htmlToText(html: string): Promise<ExtractedText> {
  const { SAXParser } = await import('parse5-sax-parser');
  const parser = new SAXParser({ sourceCodeLocationInfo: true });
  const out = new LineMapBuilder();
  /** Open dropped elements (innermost last): their text is skipped. */
  const dropped: string[] = [];
  let pre = 0;
  let heading = 0;
  let title: { text: string; line: number } | undefined;
  let titleDone = false;
  /** The title, written as a `#` line before the first text unless a heading comes first. */
  let pendingTitle: { text: string; line: number } | undefined;
  /** The title, when a heading came first: kept atop the heading trail unless that heading says it. */
  let headedTitle: { text: string; line: number } | undefined;
  const writeTitle = () => {
    if (!pendingTitle) return;
    out.blank();
    out.prefix('# ');
    out.text(pendingTitle.text, pendingTitle.line, false);
    out.blank();
    pendingTitle = undefined;
  };

  const onStart = (tag: StartTag) => {
    const name = tag.tagName;
    const line = tag.sourceCodeLocation?.startLine ?? out.lastLine;
    if (dropped.length) {
      if (DROPPED.has(name) && !tag.selfClosing) dropped.push(name);
      return;
    }
    if (DROPPED.has(name)) {
      if (!tag.selfClosing) dropped.push(name);
      return;
    }
    if (name === 'title' && !titleDone) {
      title = { text: '', line };
      return;
    }
    const level = HEADING.exec(name);
    if (level) {
      if (pendingTitle) headedTitle = pendingTitle;
      pendingTitle = undefined;
      out.blank();
      out.prefix(`${HEADING_MARK}${'#'.repeat(Number(level[1]))} `);
      heading++;
      return;
    }
    if (heading) return;
    if (name === 'br') out.newline();
    else if (name === 'hr') out.blank();
    else if (name === 'li') {
      out.newline();
      out.prefix('- ');
    } else if (name === 'td' || name === 'th') out.cell();
    else if (name === 'pre') {
      out.blank();
      pre++;
    } else if (PARAGRAPH.has(name)) out.blank();
    else if (LINE.has(name)) out.newline();
    else if (name === 'img') {
      const alt = tag.attrs.find((attribute) => attribute.name === 'alt')?.value.trim();
      if (alt) {
        writeTitle();
        out.text(alt, line, false);
      }
    }
  };
  const onEnd = (tag: EndTag) => {
    const name = tag.tagName;
    if (dropped.length) {
      if (name === dropped.at(-1)) dropped.pop();
      return;
    }
    if (name === 'title' && title) {
      const text = title.text.replace(/\s+/g, ' ').trim();
      if (text) pendingTitle = { text, line: title.line };
      title = undefined;
      titleDone = true;
      return;
    }
    if (HEADING.test(name)) {
      if (heading) heading--;
      if (!heading) out.blank();
      return;
    }
    if (heading) return;
    if (name === 'pre') {
      if (pre) pre--;
      out.blank();
    } else if (PARAGRAPH.has(name)) out.blank();
    else if (LINE.has(name) || name === 'li') out.newline();
  };
  const onText = (token: Text) => {
    if (dropped.length) return;
    const line = token.sourceCodeLocation?.startLine ?? out.lastLine;
    if (title) {
      title.text += token.text;
      return;
    }
    if (heading) {
      out.text(token.text.replace(/\s+/g, ' '), line, false);
      return;
    }
    if (/\S/.test(token.text)) writeTitle();
    const endLine = token.sourceCodeLocation?.endLine ?? line;
    const parts = token.text.split('\n');
    parts.forEach((part, index) => {
      if (index > 0) out.newline();
      out.text(part, Math.min(line + index, endLine), pre > 0);
    });
  };
  parser.on('startTag', onStart);
  parser.on('endTag', onEnd);
  parser.on('text', onText);
  const finished = new Promise<void>((resolve, reject) => {
    parser.once('finish', () => resolve());
    parser.once('error', reject);
  });
  for (let start = 0; start < html.length; ) {
    let end = Math.min(html.length, start + SLICE);
    // Never cut a surrogate pair.
    const last = html.charCodeAt(end - 1);
    if (end < html.length && last >= 0xd800 && last <= 0xdbff) end--;
    if (!parser.write(html.slice(start, end))) await once(parser, 'drain');
    start = end;
  }
  parser.end();
  await finished;
  return withTitle(out.finish(), headedTitle);
}

/** Marks a heading line while the page is read, so `withTitle` can tell it from text starting with "#". */
const HEADING_MARK = '\u0000';

/**
 * The page's `<title>` atop its heading trail (issue 10, S14 HIGH 3): `<title>Espresso Machine
 * Manual</title>` over `<h1>Barista Pro 900 Manual</h1>` names the document as its file name
 * does, so it becomes a `#` line before the first heading and every heading goes one level down
 * (h1 `##`, h5 and h6 `######`). A title whose words the first heading all says ("Trip" over
 * "Trip to Rome") adds nothing and is left out, as before.
 */
function withTitle(
  extracted: ExtractedText,
  title: { text: string; line: number } | undefined,
): ExtractedText {
  const lines = extracted.text.split('\n');
  const wordsOf = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const first = lines.find((line) => line.startsWith(HEADING_MARK));
  const headingWords = new Set(wordsOf(first ?? ''));
  const shift =
    title !== undefined &&
    first !== undefined &&
    !wordsOf(title.text).every((word) => headingWords.has(word));
  const text = lines.map((line) =>
    !line.startsWith(HEADING_MARK)
      ? line
      : shift
        ? line.slice(HEADING_MARK.length).replace(/^(#{1,5}) /u, '#$1 ')
        : line.slice(HEADING_MARK.length),
  );
  if (!shift || !title) return { ...extracted, text: text.join('\n') };
  const map = extracted.lines ?? lines.flatMap((_, index) => [index + 1, index + 1]);
  return {
    text: [`# ${title.text}`, '', ...text].join('\n'),
    lines: [title.line, title.line, title.line, title.line, ...map],
  };
}
