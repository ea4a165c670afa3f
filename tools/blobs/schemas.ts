import { z } from 'zod';
import { resolveUserPath } from '../../cartridge/paths.js';

export const sha256 = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[0-9a-f]{64}$/, 'must be the 64-character hex sha256 of the blob')
  .describe('The blob id: the hex sha256 of its content.');

/** A path a person gave a tool, through the one resolver (`~` expanded, relative to the working directory). */
export const expandHome = (path: string): string => resolveUserPath(path);

/** 1536 → "1.5 KiB". */
export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${bytes} bytes` : `${value.toFixed(1)} ${units[unit]}`;
}
