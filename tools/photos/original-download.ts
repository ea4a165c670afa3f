import { loadExifr, loadSharp } from './process.js';
import { stripGps } from './strip-gps.js';

/**
 * The original's bytes for an owner download without GPS: stripGps (pixels untouched), then
 * checked by reading the result back (sharp finds the EXIF block in any container, exifr reads
 * it, and the XMP is searched for GPS). Should anything survive, the photo is re-encoded at
 * high quality with no metadata at all: a download never carries GPS that was not asked for.
 * `strip` is there for the test of that last resort.
 */
export async function originalWithoutGps(
  bytes: Buffer,
  strip: (bytes: Buffer) => Buffer = stripGps,
): Promise<Buffer> {
  const stripped = strip(bytes);
  if (!(await carriesGps(stripped))) return stripped;
  const sharp = await loadSharp();
  const image = sharp(stripped).rotate();
  const { format } = await sharp(stripped).metadata();
  if (format === 'png') return image.png().toBuffer();
  if (format === 'webp') return image.webp({ quality: 95 }).toBuffer();
  return image.jpeg({ quality: 95 }).toBuffer();
}

/** Whether EXIF GPS coordinates or an XMP GPS tag can be read from the bytes. */
export async function carriesGps(bytes: Buffer): Promise<boolean> {
  const sharp = await loadSharp();
  let metadata: Awaited<ReturnType<ReturnType<typeof sharp>['metadata']>>;
  try {
    metadata = await sharp(bytes).metadata();
  } catch {
    return false;
  }
  if (metadata.xmp && /GPS(Latitude|Longitude)/i.test(metadata.xmp.toString('utf8'))) return true;
  if (!metadata.exif) return false;
  const exifr = await loadExifr();
  const tiff =
    metadata.exif.subarray(0, 6).toString('latin1') === 'Exif\0\0'
      ? metadata.exif.subarray(6)
      : metadata.exif;
  try {
    const tags = await exifr.parse(tiff, { gps: true, tiff: true, exif: false, ifd1: false, xmp: false });
    return tags?.latitude !== undefined || tags?.longitude !== undefined || tags?.GPSLatitude !== undefined;
  } catch {
    return false;
  }
}
