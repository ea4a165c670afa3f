import { CONTRACTIONS, MISSPELLINGS, NAMING_TYPOS, RELATION_TYPOS } from './lexicon.js';

/** One word of a request: its matching form and where it sits in the text (for exact slot values). */
export interface Token {
  /** Lowercase, accents folded, edge punctuation dropped, contractions expanded. */
  norm: string;
  start: number;
  end: number;
  /** The token is a whole quoted passage: only a slot can take it, and it keeps its exact text. */
  quoted?: string;
  /** Punctuation such as "," or "." ended the original word: a clause boundary. */
  boundary?: boolean;
  /**
   * A capitalised possessive as typed ("Node's", "Nate's"): someone's or something's name, so it
   * is read only as itself, never as a typo of a template word ("note"): R32.
   */
  named?: true;
}

const QUOTE_PATTERN = /"([^"]+)"|(?<=^|[\s(:])'([^']+)'(?=$|[\s.,!?;:)])/g;

/** The matching form of one word: lowercase, accents folded, surrounding punctuation dropped. */
export function normaliseWord(word: string): string {
  const norm = word
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^[^\p{L}\p{N}#@]+|[^\p{L}\p{N}*]+$/gu, '');
  if (norm) return norm;
  // An emoji or symbol standing alone ("my 📱 PIN", "🎉") is a word of the request, kept as typed.
  // So is a run of signs that is a value of its own ("***", "~~", "#"), not sentence punctuation.
  return /[\p{So}\p{Sc}\p{Sm}*#~^&%@_\\|]/u.test(word)
    ? word.replace(/[\s,;:.!?"'()]+/gu, '').normalize('NFC')
    : '';
}

function wordTokens(text: string, offset: number): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(/\S+/g)) {
    const raw = match[0];
    const start = offset + (match.index ?? 0);
    const norm = normaliseWord(raw);
    const boundary = /[,;:.!?]$/.test(raw) || undefined;
    if (!norm) continue;
    const expanded = CONTRACTIONS[norm] ?? CONTRACTIONS[norm.replace(/’/g, "'")];
    if (expanded) {
      for (const part of expanded) tokens.push({ norm: part, start, end: start + raw.length });
      if (boundary) tokens[tokens.length - 1]!.boundary = true;
      continue;
    }
    const stripped = norm.replace(/['’]/g, '');
    const named = /^\p{Lu}[\p{Ll}\p{M}-]*(?:['’]s|s['’])[,;:.!?]*$/u.test(raw) || undefined;
    tokens.push({
      norm: MISSPELLINGS[stripped] ?? stripped,
      start,
      end: start + raw.length,
      ...(boundary ? { boundary } : {}),
      ...(named ? { named } : {}),
    });
  }
  return tokens;
}

/** Splits a request into tokens; each quoted passage ("…" or '…') becomes one token. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let cursor = 0;
  for (const match of text.matchAll(QUOTE_PATTERN)) {
    const index = match.index ?? 0;
    tokens.push(...wordTokens(text.slice(cursor, index), cursor));
    const inner = match[1] ?? match[2] ?? '';
    tokens.push({ norm: '"', start: index, end: index + match[0].length, quoted: inner });
    cursor = index + match[0].length;
  }
  tokens.push(...wordTokens(text.slice(cursor), cursor));
  return tokens;
}

/**
 * Replaces curly quotes and odd spaces, so matching and quoting see plain characters. NFC, not
 * NFKC: values are kept as typed ("5m²" stays "5m²", "½" stays "½"); word matching folds
 * compatibility forms on its own (`normaliseWord`).
 */
/**
 * "adn"/"nad" (and mistyped) joining two clauses: before "my", "our", "the … is", "remember", a
 * mistyped "the" ("remember my gate is 1 adn my door is 2"). Elsewhere it is left as typed, so a
 * value holding it stays whole.
 */
const TYPED_AND =
  /(?<=\s)(?:adn|nad)(?=\s+(?:my|our|teh|hte|remember|forget|also|the\s+\S+(?:\s+\S+){0,3}\s+(?:is|are|was)|what|whats|wats|waht)\b)/giu;

/**
 * A word right after "my" or "our", without its "'s": where a relation's word goes; never inside a
 * value said after "is" ("my password is my daugther" keeps what was typed).
 */
const AFTER_MY =
  /(?<=(?<!\b(?:is|are|was|were|to|:|=)\s+)\b(?:my|our|My|Our)\s+)[\p{L}-]+(?=['’]s\b|\s|[.,!?]|$)/gu;

/** A word right after "is" or "'s" with a word after it: where "called"/"named" goes. */
const AFTER_COPULA = /(?<=\b(?:is|are|was|were)\s+|\p{L}['’]s\s+)(\p{L}+)(?=\s+\S)/giu;

export function cleanText(text: string): string {
  return (
    text
      .normalize('NFC')
      .replace(/[“”„]/g, '"')
      .replace(/[‘’‚]/g, "'")
      .replace(/[\u00a0\u2000-\u200b]/g, ' ')
      .replace(TYPED_AND, 'and')
      // "4471 -- don't share it": a spaced double hyphen is the dash a keyboard without one types.
      .replace(/(?<=\S)\s+--\s+(?=\S)/g, ' — ')
      // "my sister is callled Anya": "called" (m29).
      .replace(AFTER_COPULA, (word) => NAMING_TYPOS[word.toLowerCase()] ?? word)
      // "my daugther is Mia": "daughter" (m29).
      .replace(AFTER_MY, (word) => RELATION_TYPOS[word.toLowerCase()] ?? word)
      .trim()
  );
}
