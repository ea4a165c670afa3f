import { looksLikeSecret, saysSecret } from '../../cartridge/secrets.js';
import { secretInText } from '../knowledge/secret-files.js';

/** How a secret's value is shown in a listing (as memory listings do). */
const MASK = '••••';

/**
 * Whether a line of a note holds a secret, by the detectors facts and learned documents use: a
 * secret word with a value ("the alarm password is Kırmızı77", "door code 4729", "Alarm: 8812#"),
 * never a line saying only where one is kept (`saysSecret` reads that).
 */
const lineHoldsSecret = (line: string): boolean => secretInText(line) !== undefined || saysSecret(line);

/** Whether a note holds a secret in any of its lines (S46). */
export function noteHoldsSecret(text: string): boolean {
  return text.split('\n').some(lineHoldsSecret);
}

/** A word that may be a secret's value: it looks like one or holds digits ("12-34-56"). */
const valueLike = (word: string) => looksLikeSecret(word) || /\p{N}/u.test(word);

/**
 * A note as a listing shows it: in each line holding a secret, the words that look like its value
 * masked (••••), or the line's last word when none does ("wifi password is sunshine"). Other
 * notes and lines are shown as written.
 */
export function maskedNote(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      if (!lineHoldsSecret(line)) return line;
      const masked = line.replace(/\S+/gu, (word) => (valueLike(word) ? MASK : word));
      return masked === line ? line.replace(/\S+\s*$/u, MASK) : masked;
    })
    .join('\n');
}

/** After a listing that masked secrets: how to see one in full. */
export function maskedHint(notes: readonly { id: number; text: string }[]): string {
  const held = notes.filter((item) => noteHoldsSecret(item.text));
  if (held.length === 0) return '';
  return `\n(${MASK}: a secret, hidden; say "show note ${held[0]!.id}" to see it in full.)`;
}
