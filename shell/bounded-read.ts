/** What a bounded read got: the bytes (at most `maxBytes`), and whether more were left unread. */
export interface BoundedRead {
  bytes: Buffer;
  /** True when the stream had more than `maxBytes`; reading stopped there. */
  tooLong: boolean;
}

/**
 * Reads `stream` to its end, or stops as soon as it has given more than `maxBytes` (then the
 * stream is destroyed — leaving the loop early cancels a web stream too — so a writer gets EPIPE
 * instead of filling memory): at most `maxBytes` plus one chunk (64 KiB) is ever held. For stdin,
 * input files and HTTP bodies, where "10 MB piped into `fazt ask`" must be refused at once rather
 * than read, parsed and stored.
 */
export async function readBounded(
  stream: NodeJS.ReadableStream | AsyncIterable<Uint8Array | string>,
  maxBytes: number,
): Promise<BoundedRead> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes =
      typeof chunk === 'string'
        ? Buffer.from(chunk)
        : Buffer.isBuffer(chunk)
          ? chunk
          : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    size += bytes.length;
    if (size > maxBytes) {
      (stream as { destroy?: () => void }).destroy?.();
      return { bytes: Buffer.concat(chunks), tooLong: true };
    }
    chunks.push(bytes);
  }
  return { bytes: Buffer.concat(chunks), tooLong: false };
}
