import { stripVTControlCharacters } from 'node:util';

/**
 * Text from a model, a tool or a paste made safe to print: terminal escape sequences and
 * control characters other than newline and tab are removed (a model that writes `ESC[2J` must
 * not clear the screen), `\r\n` becomes `\n`, and a lone `\r` a newline.
 */
export function printable(text: string): string {
  return (
    stripVTControlCharacters(text)
      .replace(/\r\n?/g, '\n')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point.
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '')
  );
}

/** Shortens one line to `width` columns (by code points), ending in `…` when cut. */
export function clip(text: string, width: number): string {
  const chars = [...text];
  return chars.length > width ? `${chars.slice(0, Math.max(0, width - 1)).join('')}…` : text;
}

/** A path with the home directory shown as `~` and, when long, only its last parts. */
export function shortPath(path: string, home: string | undefined, width = 32): string {
  let shown = home && path.startsWith(`${home}/`) ? `~${path.slice(home.length)}` : path;
  if (shown.length <= width) return shown;
  const parts = shown.split('/');
  shown = parts.at(-1) ?? shown;
  for (let index = parts.length - 2; index >= 0; index--) {
    const next = `${parts[index]}/${shown}`;
    if (next.length + 2 > width) break;
    shown = next;
  }
  return `…/${shown}`;
}
