/** A terminal escape sequence: CSI (`ESC [ … final`), OSC (`ESC ] … BEL|ST`), or a two-character escape. */
const ESCAPE_SEQUENCE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: escape sequences are what this removes
  /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u009b[0-?]*[ -/]*[@-~]|\u001b[@-Z\\-_]?/g;

/** Control characters other than tab and newline: C0, DEL and C1. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this removes
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/**
 * A typed request as the planner should read it: terminal escape sequences (a colour, a screen
 * clear pasted along with the words) and control characters (a bell, a NUL) are removed, and
 * `\r\n` or a lone `\r` become `\n`. Nothing a person meant to say is lost, and nothing stored
 * from the request (a fact, a note, the conversation) holds a raw escape sequence. Output is
 * neutralised separately, where it is shown.
 */
export function typedText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(ESCAPE_SEQUENCE, '').replace(CONTROL, '');
}
