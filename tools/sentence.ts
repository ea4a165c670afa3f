/**
 * Ending a sentence whose last words came from the person (a value, a name, a query): "Your
 * favourite colour is blue!" never becomes "blue!.", "… is done?" never "done?.", "… wait..."
 * never "wait...."; terminal punctuation may sit inside closing quotes or brackets ("“hi!”",
 * "(sic.)"). Anything else ("4312", "🙂", "C#") gets its ".".
 */

/** Terminal punctuation of common scripts, then any closing quotes or brackets. */
const ENDED = /[.!?…‽。！？][\s"'’”»)\]}]*$/u;

/** True when `text` already ends a sentence. */
export function endsSentence(text: string): boolean {
  return ENDED.test(text);
}

/** `text` ended as a sentence: a "." added only when it has no terminal punctuation of its own. */
export function endSentence(text: string): string {
  return ENDED.test(text) ? text : `${text}.`;
}

/**
 * The one mark fazt shows for a line break it does not print as a line: "⏎". A stored value is
 * said inside one sentence ("Your gate code is 12 ⏎ 34."), so every break in it (LF, CRLF, a lone
 * CR, VT, FF, NEL, LS, PS) shows as " ⏎ " (`visibleBreaks`) and cannot print as a second line
 * that reads like another answer; in text printed over several lines (notes), a lone CR shows as
 * "⏎" too (`safeForTerminal`), never as "␍". `--json` keeps every value exact.
 */
export const LINE_BREAK_MARK = '⏎';

/** A value's line breaks shown as " ⏎ " in a one-sentence answer (see `LINE_BREAK_MARK`). */
export function visibleBreaks(value: string): string {
  return value.replace(/\r\n|[\n\r\v\f\u0085\u2028\u2029]/g, ` ${LINE_BREAK_MARK} `).replace(/ {2,}/g, ' ');
}

/**
 * A fact's name as said in an answer, on one line: its breaks shown as " ⏎ " and a tab as a
 * space. Keys with them are refused (`memoryKey`), but a cartridge written before that may hold
 * one, and a name printed raw could forge a line of output (S30).
 */
export function visibleName(name: string): string {
  return visibleBreaks(name).replace(/\t/g, ' ');
}
