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
