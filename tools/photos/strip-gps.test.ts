import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { carriesGps, originalWithoutGps } from './original-download.js';
import { stripGps } from './strip-gps.js';
import { makeTestPhoto, TEST_SERIAL } from './test-images.js';

/** GPS latitude read from whatever EXIF block sharp finds (JPEG, PNG, WebP, AVIF alike). */
async function gpsLatitude(bytes: Buffer): Promise<number | undefined> {
  const { exif } = await sharp(bytes).metadata();
  if (!exif) return undefined;
  const exifr = (await import('exifr')).default;
  const tiff = exif.subarray(0, 6).toString('latin1') === 'Exif\0\0' ? exif.subarray(6) : exif;
  const tags = await exifr.parse(tiff, { gps: true, tiff: true, exif: true });
  return tags?.latitude;
}

const pixels = async (bytes: Buffer) => (await sharp(bytes).raw().toBuffer()).toString('base64');

describe('stripGps', () => {
  for (const format of ['jpeg', 'png', 'webp', 'avif'] as const) {
    it(`removes GPS from a ${format} original and keeps its pixels, date and camera`, async () => {
      const original = await makeTestPhoto({
        format,
        gps: true,
        taken: '2024:05:03 14:22:01',
        camera: { make: 'Canon', model: 'Canon EOS 5D' },
      });
      // The control: the tags are there before.
      expect(await gpsLatitude(original)).toBeCloseTo(48.8584, 3);

      const stripped = stripGps(original);
      expect(await gpsLatitude(stripped)).toBeUndefined();
      expect(await pixels(stripped)).toBe(await pixels(original));
      const { exif } = await sharp(stripped).metadata();
      const text = exif?.toString('latin1') ?? '';
      expect(text).toContain('Canon EOS 5D');
      expect(text).toContain('2024:05:03 14:22:01');
      expect(text).toContain(TEST_SERIAL);
      // The input buffer is not changed.
      expect(await gpsLatitude(original)).toBeCloseTo(48.8584, 3);
    });
  }

  it('leaves bytes without EXIF, and bytes that are no image, as they were', async () => {
    const plain = await makeTestPhoto({ format: 'png' });
    expect(stripGps(plain).equals(plain)).toBe(true);
    const junk = Buffer.from('not an image at all');
    expect(stripGps(junk).equals(junk)).toBe(true);
    const truncated = (await makeTestPhoto({ gps: true })).subarray(0, 40);
    expect(() => stripGps(truncated)).not.toThrow();
  });

  it('a download is checked after stripping; GPS that survived it is removed by re-encoding without metadata', async () => {
    const xmp =
      '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="48,51.5N" exif:GPSLongitude="2,17.7E"/></rdf:RDF></x:xmpmeta>';
    const withXmp = await sharp(await makeTestPhoto({ format: 'jpeg' }))
      .withXmp(xmp)
      .jpeg()
      .toBuffer();
    expect(await carriesGps(withXmp)).toBe(true);
    expect(await carriesGps(stripGps(withXmp))).toBe(false);

    for (const format of ['jpeg', 'png', 'webp'] as const) {
      const original = await makeTestPhoto({ format, gps: true });
      expect(await carriesGps(original)).toBe(true);
      // A stripper that missed everything: the check still catches it.
      const download = await originalWithoutGps(original, (bytes) => bytes);
      expect(await carriesGps(download)).toBe(false);
      expect((await sharp(download).metadata()).format).toBe(format);
      // The usual path keeps the bytes' pixels exactly (no re-encoding).
      expect(await pixels(await originalWithoutGps(original))).toBe(await pixels(original));
    }
  });
});
