/**
 * Emphasis typed after a number or code ("my locker pin is 0000!!!", "it's 1234?!", "42...",
 * "0000!!1"): the marks are how it was said, not part of the value (issue 7, m11 item 7). Only a
 * value made of digits (with spaces, dashes, dots, "+", "/", "#") loses them: a value that is all
 * marks ("!!!"), a title ("Yahoo!") and a password with letters ("hunter2!!") keep what was typed.
 */

/** Two or more "!"/"?" (a "1" typed for "!" among them), an ellipsis, or one "!" after digits. */
const EMPHASIS = /(?:[!?][!?1]+|!|\.{3,}|…)$/u;

/** A number or code: digits with the separators numbers are written with. */
const NUMBER_LIKE = /^[+#-]?\p{N}[\p{N}\s.,:/+-]*$/u;

/** `value` without the emphasis after it, when it is a number or code; else `value` as given. */
export function withoutEmphasis(value: string): string {
  const found = EMPHASIS.exec(value);
  if (!found) return value;
  const core = value.slice(0, found.index).trimEnd();
  return NUMBER_LIKE.test(core) && /\p{N}$/u.test(core) ? core : value;
}
