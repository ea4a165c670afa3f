import { LINE_BREAK_MARK } from '../tools/sentence.js';

/**
 * Text from storage, tools, files or a model, made safe to write to a terminal: every control
 * and escape character is shown instead of obeyed, so a stored `"\u001b[2J"` prints as `␛[2J`
 * and cannot clear the screen, move the cursor, set the window title or hide text.
 *
 * - A lone CR (`\r` not before `\n`) becomes `⏎`, the one mark fazt shows for a line break it
 *   does not print as a line (`LINE_BREAK_MARK` in tools/sentence.ts; a stored value said in an
 *   answer shows its breaks the same way), never `␍`; `\r\n` stays a line break.
 * - Other C0 controls (U+0000–U+001F) but `\n` and `\t` become their Control Pictures (U+2400 +
 *   code: `␛` for ESC, `␀` for NUL, `␇` for BEL).
 * - DEL (U+007F) becomes `␡`.
 * - C1 controls (U+0080–U+009F, e.g. U+009B, a one-byte CSI) become `\x9B`.
 * - Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) and marks
 *   (U+200E, U+200F, U+061C), which can make text read differently from what it is (the "Trojan
 *   Source" trick, CVE-2021-42574), become `\u202E`.
 * - Invisible format characters, which hide inside a name so two that look alike differ (zero-width
 *   space U+200B, soft hyphen U+00AD, BOM U+FEFF, word joiner and invisible operators
 *   U+2060–U+2064, deprecated format U+206A–U+206F, U+180E, interlinear annotation U+FFF9–U+FFFB),
 *   become `\u200B` (S36).
 *
 * Everything else (emoji, any script, the zero-width (non-)joiners U+200C/U+200D that Persian,
 * Indic scripts and emoji sequences need) is left as it is. JSON output never goes through this:
 * it must stay exact.
 */
export function safeForTerminal(text: string): string {
  return text.replace(UNSAFE, (char, offset: number, whole: string) => {
    const code = char.codePointAt(0) ?? 0;
    if (code === 0x0d) return whole.charCodeAt(offset + 1) === 0x0a ? '' : LINE_BREAK_MARK;
    if (code < 0x20) return String.fromCodePoint(0x2400 + code);
    if (code === 0x7f) return '\u2421';
    if (code <= 0x9f) return `\\x${code.toString(16).toUpperCase()}`;
    return `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
  });
}

const UNSAFE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]/g;
