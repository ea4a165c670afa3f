import { readFileSync } from 'node:fs';
import { UsageError } from '../cartridge/errors.js';

/**
 * The byte offset (0-based) of the first byte that is not part of well-formed UTF-8 (RFC 3629:
 * no overlong forms, no surrogates, nothing above U+10FFFF), or -1 when all of `bytes` is.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index] as number;
    if (lead < 0x80) {
      index += 1;
      continue;
    }
    let need: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) need = 1;
    else if (lead >= 0xe0 && lead <= 0xef) {
      need = 2;
      if (lead === 0xe0) low = 0xa0;
      if (lead === 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      need = 3;
      if (lead === 0xf0) low = 0x90;
      if (lead === 0xf4) high = 0x8f;
    } else return index;
    for (let next = 1; next <= need; next += 1) {
      const byte = bytes[index + next];
      if (byte === undefined) return index;
      if (next === 1 ? byte < low || byte > high : byte < 0x80 || byte > 0xbf) return index;
    }
    index += need + 1;
  }
  return -1;
}

/**
 * Decodes bytes a person sent (stdin, a file) as UTF-8, or refuses them naming where they break:
 * "The request on stdin is not valid UTF-8: byte 24 (0xE9, after "…caf") is not text. …".
 */
export function decodeUtf8(bytes: Uint8Array, what: string): string {
  const at = firstInvalidUtf8(bytes);
  if (at === -1) return new TextDecoder('utf-8').decode(bytes);
  const before = new TextDecoder('utf-8').decode(bytes.subarray(Math.max(0, at - 20), at));
  const hex = (bytes[at] as number).toString(16).toUpperCase().padStart(2, '0');
  throw new UsageError(
    `${what} is not valid UTF-8: byte ${at} (0x${hex}${before ? `, after ${JSON.stringify(before)}` : ''}) is not text in UTF-8 (Latin-1 or another legacy encoding?). Convert it, e.g. \`iconv -f latin1 -t utf-8\`, and try again.`,
    { code: 'invalid_utf8' },
  );
}

/**
 * The command-line arguments as the bytes the shell passed (Linux: `/proc/self/cmdline`), the
 * last `count` of them, or undefined where that cannot be read (another OS). Node decodes argv
 * as UTF-8 and turns bytes that are not UTF-8 into U+FFFD, so only the bytes can tell a typed
 * U+FFFD (EF BF BD, valid) from a broken byte.
 */
export function rawArguments(count: number, cmdline = '/proc/self/cmdline'): Buffer[] | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(cmdline);
  } catch {
    return undefined;
  }
  const parts: Buffer[] = [];
  let start = 0;
  for (let end = bytes.indexOf(0); end !== -1; end = bytes.indexOf(0, start)) {
    parts.push(bytes.subarray(start, end));
    start = end + 1;
  }
  return parts.length >= count ? parts.slice(parts.length - count) : undefined;
}

/**
 * Refuses a command line whose bytes are not UTF-8, naming the argument and the byte: "Argument 3
 * on the command line is not valid UTF-8: byte 3 (0xE9, after "caf") …". Only an argument that
 * Node shows with U+FFFD is looked at; where the raw bytes cannot be read (not Linux), such an
 * argument is refused as possibly broken, since storing it could corrupt what was meant.
 */
export function checkArgumentsUtf8(args: readonly string[], raw = rawArguments(args.length)): void {
  for (const [index, arg] of args.entries()) {
    if (!arg.includes('\ufffd')) continue;
    const bytes = raw?.[index];
    if (bytes && Buffer.from(arg, 'utf8').equals(bytes)) continue; // a typed U+FFFD: fine
    if (bytes) decodeUtf8(bytes, `Argument ${index + 1} on the command line`);
    throw new UsageError(
      `Argument ${index + 1} on the command line holds U+FFFD (\ufffd), the mark of bytes that are not UTF-8, and fazt cannot see the bytes on this system to tell. Check your terminal's encoding (locale), or pipe the text in (\`fazt ask -\`, \`fazt run <tool> -\`).`,
      { code: 'invalid_utf8' },
    );
  }
}
