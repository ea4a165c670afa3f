import { z } from 'zod';
import type { PhotoRecord } from './store.js';
import { takenAtIso } from './taken-at.js';

const size = z.object({ width: z.number().int(), height: z.number().int() });

/**
 * A photo as the gallery and guests see it: a content id, dates, sizes and camera. Never a host
 * path, file name or GPS; the owner's shape (ownerPhoto) adds GPS.
 */
export const publicPhoto = z.object({
  id: z.string().describe('The content id: the sha256 of the original. Media URLs use it.'),
  takenAt: z.string().describe('ISO 8601, with the offset when known: 2024-05-03T14:22:01+02:00.'),
  takenAtSource: z
    .enum(['exif', 'file'])
    .describe("'exif' (DateTimeOriginal) or 'file' (the file's time, a fallback)."),
  width: z.number().int(),
  height: z.number().int(),
  camera: z.string().nullable(),
  thumb: size,
  web: size,
});

export const ownerPhoto = publicPhoto.extend({
  format: z.string(),
  size: z.number().int().describe('Bytes of the original.'),
  gps: z.object({ latitude: z.number(), longitude: z.number(), altitude: z.number().nullable() }).nullable(),
});

export type PublicPhoto = z.infer<typeof publicPhoto>;
export type OwnerPhoto = z.infer<typeof ownerPhoto>;

export function toPublicPhoto(photo: PhotoRecord): PublicPhoto {
  return {
    id: photo.sha256,
    takenAt: takenAtIso(photo.takenLocal, photo.takenOffset),
    takenAtSource: photo.takenSource,
    width: photo.width,
    height: photo.height,
    camera: cameraName(photo.cameraMake, photo.cameraModel),
    thumb: { width: photo.thumb.width, height: photo.thumb.height },
    web: { width: photo.web.width, height: photo.web.height },
  };
}

export function toOwnerPhoto(photo: PhotoRecord): OwnerPhoto {
  return { ...toPublicPhoto(photo), format: photo.format, size: photo.size, gps: photo.gps };
}

/** `Canon` + `Canon EOS 5D` → `Canon EOS 5D` (models often repeat the make). */
export function cameraName(make: string | null, model: string | null): string | null {
  if (!model) return make;
  if (!make || model.toLowerCase().startsWith(make.toLowerCase().split(' ')[0]!)) return model;
  return `${make} ${model}`;
}

export const album = z.object({
  id: z.string().describe('f-… for a folder album, m-YYYY-MM for a month album.'),
  kind: z.enum(['folder', 'month']),
  title: z.string(),
  count: z.number().int(),
  cover: z.string().describe('Content id of its newest photo.'),
  newest: z.string(),
  oldest: z.string(),
});
