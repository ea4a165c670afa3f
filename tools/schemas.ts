import { z } from 'zod';

/** 10000 → "10,000". Not toLocaleString: its first call loads ICU data, ~20 ms of every CLI start. */
const grouped = (count: number) => String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** Text a person typed: no NUL bytes, no broken UTF-8, not blank, at most `max` characters. */
export function text(max: number, what = 'text') {
  return (
    z
      .string()
      .max(max, `${what} is too long (at most ${grouped(max)} characters)`)
      .refine((value) => value.trim().length > 0, `${what} must not be empty`)
      .refine((value) => !value.includes('\u0000'), `${what} must not contain NUL bytes`)
      // A lone surrogate cannot be stored as UTF-8. U+FFFD itself is a character a person may type
      // (or paste); the surfaces refuse bytes that are not UTF-8 before they become one.
      .refine((value) => value.isWellFormed(), `${what} is not valid UTF-8 (it holds a lone surrogate)`)
  );
}

/**
 * A "/" inside a name, as in an abbreviation: one side of it at most two characters ("A/C",
 * "w/o", "1/2", "24/7", "TCP/IP"). "notes/secret" or "a/b/c" reads as a path.
 */
const ABBREVIATION_SLASH = /^[^\s/]{1,2}\/[^\s/]+$|^[^\s/]+\/[^\s/]{1,2}$/u;

/**
 * A memory key: a short name such as "bike lock code" or "A/C filter size", never a path: no "\\",
 * no "..", and a "/" only inside an abbreviation.
 */
export const memoryKey = text(200, 'key')
  .refine(
    (value) =>
      !/[\\]|\.\./.test(value) &&
      value
        .split(/\s+/)
        .filter((word) => word.includes('/'))
        .every((word) => ABBREVIATION_SLASH.test(word)),
    'key must be a plain name like "bike lock code", without "\\", ".." or a "/" outside an abbreviation like "A/C"',
  )
  // A name is words on one line: a control character or a terminal escape ("\u001b[1m") would
  // leave fragments such as "1mbold" in the name, and a tab, line break (CR, LF, U+2028/2029)
  // printed inside "Remembered: your …" forges a line of output (S30). Values may hold them;
  // they are shown inert.
  .refine(
    // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
    (value) => !/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(value),
    'key must not contain control characters or terminal escape sequences; type the name as plain words, e.g. "bold key"',
  )
  .describe('What the fact is about, as a short name, e.g. "bike lock code".');

export const memoryValue = text(10_000, 'value').describe('The fact itself, e.g. "4312".');

export const limit = (fallback: number, max = 1000) =>
  z.number().int().min(1).max(max).default(fallback).describe(`How many at most (default ${fallback}).`);

/** Unix milliseconds, as returned in every `createdAt` / `updatedAt` / `ts` field. */
export const timestamp = z.number().int().describe('Unix time in milliseconds.');
