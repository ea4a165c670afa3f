import { randomBytes } from 'node:crypto';
import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import sharp from 'sharp';

/** GPS, camera and serial written into test photos, to look for in derived bytes. */
export const TEST_GPS = { latitude: 48.8584, longitude: 2.2945 };
export const TEST_SERIAL = 'SERIAL-0042-XYZ';

export interface TestPhotoOptions {
  width?: number;
  height?: number;
  /** Any CSS colour; also makes each photo's bytes different. */
  color?: string;
  format?: 'jpeg' | 'png' | 'webp' | 'avif';
  /** EXIF DateTimeOriginal, `2024:05:03 14:22:01`. */
  taken?: string;
  /** EXIF OffsetTimeOriginal, `+02:00`. */
  offset?: string;
  gps?: boolean;
  /** EXIF orientation 1–8. */
  orientation?: number;
  camera?: { make: string; model: string };
  /** Random noise instead of a flat colour (realistic sizes for benches). */
  noise?: boolean;
}

const toDms = (value: number) => {
  const absolute = Math.abs(value);
  const degrees = Math.floor(absolute);
  const minutes = Math.floor((absolute - degrees) * 60);
  const seconds = Math.round(((absolute - degrees) * 60 - minutes) * 60 * 100);
  return `${degrees}/1 ${minutes}/1 ${seconds}/100`;
};

/** A real image made with sharp, with the EXIF asked for (GPS, serial, dates, orientation). */
export async function makeTestPhoto(options: TestPhotoOptions = {}): Promise<Buffer> {
  const { width = 640, height = 480, color = '#3a7bd5', format = 'jpeg' } = options;
  let image = options.noise
    ? sharp(randomBytes(width * height * 3), {
        raw: { width, height, channels: 3 },
      })
    : sharp({ create: { width, height, channels: 3, background: color } });
  const ifd0: Record<string, string> = {};
  const ifd2: Record<string, string> = {};
  const ifd3: Record<string, string> = {};
  if (options.camera) {
    ifd0.Make = options.camera.make;
    ifd0.Model = options.camera.model;
  }
  if (options.taken) ifd2.DateTimeOriginal = options.taken;
  if (options.offset) ifd2.OffsetTimeOriginal = options.offset;
  if (options.gps) {
    ifd2.BodySerialNumber = TEST_SERIAL;
    ifd3.GPSLatitudeRef = TEST_GPS.latitude >= 0 ? 'N' : 'S';
    ifd3.GPSLatitude = toDms(TEST_GPS.latitude);
    ifd3.GPSLongitudeRef = TEST_GPS.longitude >= 0 ? 'E' : 'W';
    ifd3.GPSLongitude = toDms(TEST_GPS.longitude);
  }
  const exif = { IFD0: ifd0, IFD2: ifd2, IFD3: ifd3 };
  if (Object.keys({ ...ifd0, ...ifd2, ...ifd3 }).length > 0) image = image.withExif(exif);
  if (options.orientation) image = image.withMetadata({ orientation: options.orientation });
  if (format === 'jpeg') image = image.jpeg({ quality: 90 });
  else if (format === 'png') image = image.png();
  else if (format === 'webp') image = image.webp({ quality: 90 });
  else image = image.avif({ quality: 50, effort: 0 });
  return image.toBuffer();
}

/** Writes `bytes` at `path` (making folders), with its mtime set when given (Unix ms). */
export function writePhoto(path: string, bytes: Buffer, mtimeMs?: number): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, bytes);
  if (mtimeMs !== undefined) utimesSync(path, mtimeMs / 1000, mtimeMs / 1000);
}
