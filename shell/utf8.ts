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
