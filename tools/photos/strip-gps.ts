import { crc32 } from 'node:zlib';

/**
 * Removes GPS from an original's bytes without re-encoding its pixels, for owner downloads
 * (`/media/<id>/original` without `?gps=1`). EXIF GPS lives in the TIFF "GPS IFD" (TIFF 6.0 §2,
 * EXIF 2.32 §4.6.6): every entry of that IFD and the values it points to are zeroed and its entry
 * count set to 0, in place, so offsets elsewhere stay valid. XMP packets that mention GPS are
 * dropped (JPEG APP1, PNG iTXt, WebP `XMP `) or blanked in place (HEIF/AVIF). The containers are
 * walked as their specs lay them out: JPEG markers (ITU T.81 B.1), PNG chunks (PNG 1.2 §5), RIFF
 * WebP chunks (Google WebP container spec); in HEIF/AVIF the `Exif\0\0` TIFF header is found by
 * scanning. Returns a new buffer; the input is not changed.
 */
export function stripGps(input: Buffer): Buffer {
  const bytes = Buffer.from(input);
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return stripJpeg(bytes);
  if (bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return stripPng(bytes);
  if (bytes.toString('latin1', 0, 4) === 'RIFF' && bytes.toString('latin1', 8, 12) === 'WEBP') {
    return stripWebp(bytes);
  }
  scanExif(bytes);
  blankXmp(bytes);
  return bytes;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const EXIF_HEADER = Buffer.from('Exif\0\0', 'latin1');
const GPS_IFD_TAG = 0x8825;
/** Bytes per value of each TIFF field type (1 BYTE … 12 DOUBLE, 13 IFD). */
const TYPE_SIZE = [0, 1, 1, 2, 4, 8, 1, 1, 2, 4, 8, 4, 8, 4];

/** Zeroes the GPS IFD of the TIFF structure at bytes[start, end). Returns whether it found one. */
export function zeroGpsIfd(bytes: Buffer, start: number, end: number): boolean {
  if (end - start < 8) return false;
  const order = bytes.toString('latin1', start, start + 2);
  if (order !== 'II' && order !== 'MM') return false;
  const le = order === 'II';
  const u16 = (at: number) => (le ? bytes.readUInt16LE(at) : bytes.readUInt16BE(at));
  const u32 = (at: number) => (le ? bytes.readUInt32LE(at) : bytes.readUInt32BE(at));
  if (u16(start + 2) !== 42) return false;
  const inside = (offset: number, length: number) => offset >= 0 && start + offset + length <= end;

  const ifd0 = u32(start + 4);
  if (!inside(ifd0, 2)) return false;
  const entries = u16(start + ifd0);
  let gps: number | undefined;
  for (let index = 0; index < entries; index++) {
    const entry = start + ifd0 + 2 + index * 12;
    if (!inside(entry - start, 12)) break;
    if (u16(entry) === GPS_IFD_TAG) gps = u32(entry + 8);
  }
  if (gps === undefined || !inside(gps, 2)) return false;
  const count = u16(start + gps);
  for (let index = 0; index < count; index++) {
    const entry = start + gps + 2 + index * 12;
    if (entry + 12 > end) break;
    const size = (TYPE_SIZE[u16(entry + 2)] ?? 1) * u32(entry + 4);
    const value = u32(entry + 8);
    if (size > 4 && inside(value, size)) bytes.fill(0, start + value, start + value + size);
    bytes.fill(0, entry, entry + 12);
  }
  bytes.fill(0, start + gps, start + gps + 2);
  return true;
}

const mentionsGps = (bytes: Buffer) => /gps/i.test(bytes.toString('latin1'));

function stripJpeg(bytes: Buffer): Buffer {
  const kept: Buffer[] = [bytes.subarray(0, 2)];
  let at = 2;
  while (at + 4 <= bytes.length && bytes[at] === 0xff) {
    const marker = bytes[at + 1]!;
    if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01 || marker === 0xff) {
      kept.push(bytes.subarray(at, at + 2));
      at += marker === 0xff ? 1 : 2;
      continue;
    }
    if (marker === 0xda || marker === 0xd9) break;
    const end = at + 2 + bytes.readUInt16BE(at + 2);
    if (end > bytes.length) break;
    const payload = bytes.subarray(at + 4, end);
    if (marker === 0xe1 && payload.subarray(0, 6).equals(EXIF_HEADER)) {
      zeroGpsIfd(bytes, at + 10, end);
    } else if (marker === 0xe1 && payload.toString('latin1', 0, 20).startsWith('http://ns.adobe.com/')) {
      if (mentionsGps(payload)) {
        at = end;
        continue;
      }
    }
    kept.push(bytes.subarray(at, end));
    at = end;
  }
  kept.push(bytes.subarray(at));
  return Buffer.concat(kept);
}

function stripPng(bytes: Buffer): Buffer {
  const kept: Buffer[] = [bytes.subarray(0, 8)];
  let at = 8;
  while (at + 12 <= bytes.length) {
    const length = bytes.readUInt32BE(at);
    const end = at + 12 + length;
    if (end > bytes.length) break;
    const type = bytes.toString('latin1', at + 4, at + 8);
    const data = bytes.subarray(at + 8, at + 8 + length);
    if (type === 'eXIf') {
      const offset = data.subarray(0, 6).equals(EXIF_HEADER) ? 6 : 0;
      if (zeroGpsIfd(bytes, at + 8 + offset, at + 8 + length)) {
        bytes.writeUInt32BE(crc32(bytes.subarray(at + 4, at + 8 + length)), at + 8 + length);
      }
    } else if (
      (type === 'iTXt' || type === 'tEXt' || type === 'zTXt') &&
      /^(XML:com\.adobe\.xmp|Raw profile type (exif|xmp|APP1))\0/i.test(data.toString('latin1', 0, 40))
    ) {
      at = end;
      continue;
    }
    kept.push(bytes.subarray(at, end));
    at = end;
    if (type === 'IEND') break;
  }
  kept.push(bytes.subarray(at));
  return Buffer.concat(kept);
}

function stripWebp(bytes: Buffer): Buffer {
  const kept: Buffer[] = [];
  let at = 12;
  let droppedXmp = false;
  while (at + 8 <= bytes.length) {
    const type = bytes.toString('latin1', at, at + 4);
    const size = bytes.readUInt32LE(at + 4);
    const end = Math.min(bytes.length, at + 8 + size + (size % 2));
    if (type === 'EXIF') {
      const offset = bytes.subarray(at + 8, at + 14).equals(EXIF_HEADER) ? 6 : 0;
      zeroGpsIfd(bytes, at + 8 + offset, at + 8 + size);
    } else if (type === 'XMP ' && mentionsGps(bytes.subarray(at + 8, at + 8 + size))) {
      droppedXmp = true;
      at = end;
      continue;
    }
    kept.push(bytes.subarray(at, end));
    at = end;
  }
  const body = Buffer.concat(kept);
  if (droppedXmp && body.toString('latin1', 0, 4) === 'VP8X') body[8] = body[8]! & ~0x04;
  const header = Buffer.alloc(12);
  header.write('RIFF', 0, 'latin1');
  header.writeUInt32LE(body.length + 4, 4);
  header.write('WEBP', 8, 'latin1');
  return Buffer.concat([header, body]);
}

/** HEIF/AVIF: zeroes the GPS IFD of every `Exif\0\0` TIFF structure in the file. */
function scanExif(bytes: Buffer): void {
  let from = 0;
  for (;;) {
    const found = bytes.indexOf(EXIF_HEADER, from);
    if (found < 0) return;
    zeroGpsIfd(bytes, found + 6, bytes.length);
    from = found + 6;
  }
}

/** HEIF/AVIF: overwrites with spaces, keeping every offset, any XMP packet that mentions GPS. */
function blankXmp(bytes: Buffer): void {
  let from = 0;
  for (;;) {
    const start = bytes.indexOf('<x:xmpmeta', from, 'latin1');
    if (start < 0) return;
    const close = bytes.indexOf('</x:xmpmeta>', start, 'latin1');
    if (close < 0) return;
    const end = close + '</x:xmpmeta>'.length;
    if (mentionsGps(bytes.subarray(start, end))) bytes.fill(0x20, start, end);
    from = end;
  }
}
