/**
 * Whether two lines of plain text are two separate lines or one hard-wrapped sentence (issue 10,
 * stranger round 13, item 4). A paragraph wrapped mid-sentence ("at least thirty days of written"
 * / "notice before entering the flat.") is one sentence; but lines of the same shape written one
 * under the other are a list, each its own record: "gate code 4412" / "garage code 7781" (a short
 * line ending in a value), "Wifi name - Home5G" / "password - otter12" (a key, a dash, equals sign
 * or a gap of spaces, a value), "passport" / "phone charger" (a few words, no punctuation). A
 * wrapped line rarely has its next line's shape: prose runs on with the next words of a sentence.
 * Only a line that visibly goes on (a comma, "and", "of" at its end) joins whatever its shape.
 */

/** A key, a separator (dash, equals sign, dotted leader or a gap of two spaces or more) and a value. */
const PAIR = /^\s*[\p{L}\p{N}][^.!?:]{0,40}?(?:\s+[-–—=]\s+|\s{2,}|\s*\.{3,}\s*)\S/u;
/** A short line whose last word holds a digit ("gate code 4412", "pedalo 25 €/h"), no final punctuation. */
const VALUED = /^\s*\S+(?:\s+\S+){0,5}\s*$/u;
/** A few words and nothing else ("passport", "sun cream"): an item of a list. */
const ITEM = /^\s*[\p{L}][\p{L}\p{N}'’&/-]*(?:\s+[\p{L}\p{N}][\p{L}\p{N}'’&/-]*){0,2}\s*$/u;

/** The shape of a line of a list, or undefined for a line of prose. */
export function listShape(line: string): 'pair' | 'valued' | 'item' | undefined {
  const text = line.trim();
  if (text === '' || /[.!?…;,:]["'”’)\]]*$/u.test(text)) return undefined;
  if (PAIR.test(text)) return 'pair';
  if (VALUED.test(text) && /\p{N}/u.test(text.split(/\s+/).at(-1) ?? '')) return 'valued';
  if (ITEM.test(text)) return 'item';
  return undefined;
}

/** Whether a line starts with a capital letter. */
const capital = (line: string | undefined) => /^\s*\p{Lu}/u.test(line ?? '');

/**
 * Whether text line `index` is a line of its own after the line before it, not the rest of its
 * sentence: both have the "pair" or the "valued" shape (`listShape`), or they are items of a few
 * words in a run of three or more written alike (all capitalised or none: "Please contact" / "the
 * landlord" is one sentence). The caller still joins a line after one that visibly goes on.
 */
export function separateLines(lines: readonly string[], index: number): boolean {
  const previous = lines[index - 1];
  const line = lines[index];
  if (previous === undefined || line === undefined) return false;
  const shape = listShape(previous);
  if (shape === undefined || shape !== listShape(line)) return false;
  if (shape !== 'item') return true;
  const third = [lines[index - 2], lines[index + 1]].find(
    (other) => other !== undefined && listShape(other) === 'item',
  );
  return third !== undefined && capital(previous) === capital(line) && capital(line) === capital(third);
}

/**
 * A log line's stamp: its date and time ("2026-03-01 10:00:05", "[2026-03-01T10:00:05Z]",
 * "Mar  1 10:00:05") and level ("WARN", "[error]"). Its numbers are no count of anything the line
 * says: "10:00:05 WARN backup target almost full" states no number of backups (S15 item 1).
 */
const LOG_STAMP =
  /^\s*\[?(?:\d{4}-\d{2}-\d{2}[T ]\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?(?:Z|[+-]\d{2}:?\d{2})?|\p{L}{3}\s+\d{1,2}\s+\d{1,2}:\d{2}:\d{2})\]?(?:\s+\[?(?:info|warn|warning|error|err|debug|trace|fatal|notice|critical|crit)\]?:?)?\s+/iu;

/** A line without its log stamp (`LOG_STAMP`); any other line as it is. */
export function withoutLogStamp(line: string): string {
  return line.replace(LOG_STAMP, '');
}
