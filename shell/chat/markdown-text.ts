import { Marked, type Token } from 'marked';
import { printable } from './text.js';

type MarkedTerminal = typeof import('marked-terminal').markedTerminal;
let markedTerminal: MarkedTerminal | undefined;
let loading: Promise<void> | undefined;

/**
 * Loads marked-terminal (and the syntax highlighter it brings, the slowest import of the chat)
 * once, after the prompt is on screen; turns wait for it before their answer is rendered.
 */
export function loadMarkdown(): Promise<void> {
  loading ??= import('marked-terminal').then((module) => {
    markedTerminal = module.markedTerminal;
  });
  return loading;
}

const lexer = new Marked();

/**
 * Splits a streaming answer (markdown) into the blocks that are complete and the tail that may
 * still grow. A block is complete once another block has started after it: a paragraph, list,
 * table or code fence is never printed half-way (a half table, an unclosed fence). `complete`
 * ends at a block boundary; `tail` is the rest, verbatim.
 */
export function splitComplete(text: string): { complete: string; tail: string } {
  let tokens: Token[];
  try {
    tokens = lexer.lexer(text);
  } catch {
    return { complete: '', tail: text };
  }
  let last = tokens.length - 1;
  while (last >= 0 && tokens[last]!.type === 'space') last--;
  if (last <= 0) return { complete: '', tail: text };
  const length = tokens.slice(0, last).reduce((sum, token) => sum + token.raw.length, 0);
  const complete = text.slice(0, length);
  // The lexer normalises some input (tabs, \r): only trust a split that is a true prefix.
  if (
    tokens
      .slice(0, last)
      .map((token) => token.raw)
      .join('') !== complete
  )
    return { complete: '', tail: text };
  return { complete, tail: text.slice(length) };
}

/**
 * What of a too-tall tail to print now: every whole line but the last, and what the rest needs
 * to still read as the same block (the opening line of a code fence, so the lines after it stay
 * code). Used when one block is taller than the live region may be.
 */
export function splitOverflow(tail: string): { flush: string; rest: string } {
  const cut = tail.lastIndexOf('\n');
  if (cut <= 0) return { flush: '', rest: tail };
  const flush = tail.slice(0, cut + 1);
  const fence = /^(?: {0,3})(`{3,}|~{3,})[^\n]*\n/.exec(flush);
  let carry = '';
  if (fence) {
    const closed = flush
      .slice(fence[0].length)
      .split('\n')
      .some((line) => line.trimStart().startsWith(fence[1]!));
    if (!closed) carry = fence[0];
  }
  return { flush, rest: carry + tail.slice(cut + 1) };
}

export interface RenderOptions {
  /** Columns to render for. */
  width: number;
  /** False with NO_COLOR: plain text, no escape sequences at all. */
  color: boolean;
}

const renderers = new Map<string, Marked>();

/**
 * Markdown as terminal text, by marked-terminal (headings, emphasis, lists, tables, code), with
 * trailing blank lines removed (plain text until `loadMarkdown()` has finished). The input is made printable first, so a model cannot send escape
 * sequences of its own; with `color: false` the output has none either.
 */
export function renderMarkdown(markdown: string, { width, color }: RenderOptions): string {
  if (!markedTerminal) return printable(markdown).replace(/\s+$/, '');
  const key = `${width}:${color}`;
  let marked = renderers.get(key);
  if (!marked) {
    marked = new Marked(
      markedTerminal({ reflowText: false, width: Math.max(20, width), tab: 2, emoji: false }),
    );
    renderers.set(key, marked);
  }
  const source = printable(markdown);
  let out: string;
  try {
    out = marked.parse(source, { async: false }) as string;
  } catch {
    out = source;
  }
  if (!color) out = printable(out);
  return out.replace(/\s+$/, '');
}
