import { errorMessage } from '../../cartridge/errors.js';
import { exifTakenAt, fileTakenAt, type TakenAt } from './taken-at.js';

/** Longest side of the grid thumbnail, in pixels. */
export const THUMB_SIZE = 400;
/** Longest side of the web copy shown in the lightbox, in pixels. */
export const WEB_SIZE = 2048;

/** The sharp formats fazt imports (`heif` covers AVIF, and HEIC where libheif can decode it). */
const ACCEPTED = new Set(['jpeg', 'png', 'webp', 'heif']);

export interface DerivedImage {
  bytes: Buffer;
  /** `image/webp`, or `image/jpeg` when WebP encoding failed. */
  type: string;
  width: number;
  height: number;
}

export interface ProcessedPhoto {
  format: string;
  /** Displayed size (after EXIF orientation). */
  width: number;
  height: number;
  orientation: number | null;
  takenAt: TakenAt;
  cameraMake: string | null;
  cameraModel: string | null;
  gps: { latitude: number; longitude: number; altitude: number | null } | null;
  thumb: DerivedImage;
  web: DerivedImage;
  /** Milliseconds spent making the thumbnail and web copy (decode, rotate, resize, encode). */
  derivingMs: number;
}

export type ProcessResult = { ok: true; photo: ProcessedPhoto } | { ok: false; reason: string };

type Sharp = typeof import('sharp').default;
/** The part of exifr fazt uses (its bundled types disagree between the ESM and UMD builds). */
export interface Exifr {
  parse(data: Uint8Array, options?: Record<string, unknown>): Promise<Record<string, unknown> | undefined>;
  gps(data: Uint8Array): Promise<{ latitude?: number; longitude?: number } | undefined>;
}
let sharpModule: Promise<Sharp> | undefined;
let exifrModule: Promise<Exifr> | undefined;

/** sharp (libvips, native) loads on the first photo only: no other command pays for it. */
export function loadSharp(): Promise<Sharp> {
  sharpModule ??= import('sharp').then((module) => module.default);
  return sharpModule;
}

/** exifr, loaded on first use like sharp. */
export function loadExifr(): Promise<Exifr> {
  exifrModule ??= import('exifr').then((module) => module.default as unknown as Exifr);
  return exifrModule;
}

const cleanText = (value: unknown): string | null => {
  if (typeof value !== 'string') return null;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: EXIF strings are NUL-padded.
  const text = value.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return text ? text.slice(0, 100) : null;
};

const finite = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;

const HEIC_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'hevm', 'hevs']);

/** Whether the bytes are an ISO-BMFF HEIF file holding HEVC (HEIC), judged by its ftyp brands. */
export function isHeic(bytes: Buffer): boolean {
  if (bytes.length < 16 || bytes.toString('latin1', 4, 8) !== 'ftyp') return false;
  const size = Math.min(bytes.readUInt32BE(0), bytes.length, 256);
  for (let at = 8; at + 4 <= size; at += 4) {
    if (HEIC_BRANDS.has(bytes.toString('latin1', at, at + 4))) return true;
  }
  return false;
}

/** True for JPEG bytes (FF D8 …) that end before their end-of-image marker (FF D9). */
function jpegCutShort(bytes: Buffer): boolean {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) return false;
  let end = bytes.length;
  while (end > 2 && bytes[end - 1] === 0) end -= 1; // padding after the marker is allowed
  return !(bytes[end - 2] === 0xff && bytes[end - 1] === 0xd9);
}

/** Why sharp refused a file, in words for the skipped list. */
function decodeReason(error: unknown, bytes: Buffer): string {
  const message = errorMessage(error);
  const last = message.split('\n').filter(Boolean).at(-1) ?? message;
  if (isHeic(bytes)) {
    return `HEIC/HEIF that this build of sharp (libheif without an HEVC decoder, or a damaged file) cannot decode (${last}); convert it to JPEG to import it`;
  }
  if (/unsupported image format/i.test(message)) return 'not an image (its bytes are no known image format)';
  // A JPEG whose bytes stop before its end-of-image marker (FF D9) is cut short, whatever libvips
  // said: its error text is shared between threads and can come back as "Unknown error".
  if (/premature end|truncated|end of file|unexpected end/i.test(message) || jpegCutShort(bytes)) {
    return `the image is truncated (${last})`;
  }
  return `the image could not be decoded (${last})`;
}

/**
 * Reads a photo's metadata (exifr) and makes its auto-rotated thumbnail and web copy (sharp).
 * Derived images carry no metadata at all: sharp drops EXIF, XMP, IPTC and ICC unless asked to
 * keep them, and converts to sRGB. Never throws for a bad image: the result says why it was
 * skipped.
 */
export async function processPhoto(bytes: Buffer, mtimeMs: number): Promise<ProcessResult> {
  const sharp = await loadSharp();
  let metadata: Awaited<ReturnType<ReturnType<Sharp>['metadata']>>;
  try {
    metadata = await sharp(bytes).metadata();
  } catch (error) {
    return { ok: false, reason: decodeReason(error, bytes) };
  }
  if (!metadata.format || !ACCEPTED.has(metadata.format)) {
    return {
      ok: false,
      reason: `its content is ${metadata.format ?? 'an unknown format'}, not JPEG, PNG, WebP, AVIF or HEIC`,
    };
  }

  const started = performance.now();
  let thumb: DerivedImage;
  let web: DerivedImage;
  try {
    [thumb, web] = await Promise.all([
      derive(sharp, bytes, THUMB_SIZE, 72),
      derive(sharp, bytes, WEB_SIZE, 82),
    ]);
  } catch (error) {
    return { ok: false, reason: decodeReason(error, bytes) };
  }
  const derivingMs = performance.now() - started;

  const exif = metadata.exif ? await readExif(metadata.exif) : undefined;
  const orientation = finite(exif?.Orientation) ?? metadata.orientation ?? null;
  const width = metadata.autoOrient?.width ?? metadata.width ?? web.width;
  const height = metadata.autoOrient?.height ?? metadata.height ?? web.height;
  const latitude = finite(exif?.latitude);
  const longitude = finite(exif?.longitude);
  return {
    ok: true,
    photo: {
      format:
        metadata.format === 'heif' ? (metadata.compression === 'av1' ? 'avif' : 'heic') : metadata.format,
      width,
      height,
      orientation,
      takenAt: exifTakenAt(exif?.DateTimeOriginal, exif?.OffsetTimeOriginal) ?? fileTakenAt(mtimeMs),
      cameraMake: cleanText(exif?.Make),
      cameraModel: cleanText(exif?.Model),
      gps:
        latitude !== null && longitude !== null && Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180
          ? { latitude, longitude, altitude: finite(exif?.GPSAltitude) }
          : null,
      thumb,
      web,
      derivingMs,
    },
  };
}

/**
 * EXIF/GPS tags from the raw EXIF block sharp found (in JPEG, PNG, WebP or HEIF alike; exifr
 * itself cannot read WebP), or undefined when they are unreadable (never fatal).
 */
async function readExif(block: Buffer): Promise<Record<string, unknown> | undefined> {
  const exifr = await loadExifr();
  const tiff = block.subarray(0, 6).toString('latin1') === 'Exif\0\0' ? block.subarray(6) : block;
  try {
    return (await exifr.parse(tiff, {
      tiff: true,
      exif: true,
      gps: true,
      ifd1: false,
      xmp: false,
      icc: false,
      iptc: false,
      jfif: false,
      reviveValues: false,
      translateValues: false,
      pick: [
        'Make',
        'Model',
        'Orientation',
        'DateTimeOriginal',
        'OffsetTimeOriginal',
        'GPSLatitude',
        'GPSLatitudeRef',
        'GPSLongitude',
        'GPSLongitudeRef',
        'GPSAltitude',
        'GPSAltitudeRef',
      ],
    })) as Record<string, unknown> | undefined;
  } catch {
    return undefined;
  }
}

/** An auto-rotated copy that fits in `size`×`size`, never enlarged, WebP (JPEG if WebP fails). */
async function derive(sharp: Sharp, bytes: Buffer, size: number, quality: number): Promise<DerivedImage> {
  const pipeline = () =>
    sharp(bytes, { failOn: 'error', limitInputPixels: 268_402_689 })
      .rotate()
      .resize({ width: size, height: size, fit: 'inside', withoutEnlargement: true });
  try {
    const { data, info } = await pipeline()
      // Encoding the 2048 px copy is most of an import's time: effort 1 is ~30% faster than 2
      // for a few percent more bytes (measured with bench/photos.bench.ts).
      .webp({ quality, effort: size > THUMB_SIZE ? 1 : 2 })
      .toBuffer({ resolveWithObject: true });
    return { bytes: data, type: 'image/webp', width: info.width, height: info.height };
  } catch (error) {
    if (!/webp/i.test(errorMessage(error))) throw error;
    const { data, info } = await pipeline()
      .flatten({ background: '#ffffff' })
      .jpeg({ quality, mozjpeg: true })
      .toBuffer({ resolveWithObject: true });
    return { bytes: data, type: 'image/jpeg', width: info.width, height: info.height };
  }
}
