import { readdir } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { errorMessage } from '../../cartridge/errors.js';

/** File extensions an import looks at (case-insensitive). Anything else is ignored, not skipped. */
export const PHOTO_EXTENSIONS = new Set([
  '.jpg',
  '.jpeg',
  '.jpe',
  '.png',
  '.webp',
  '.avif',
  '.heic',
  '.heif',
]);

export interface ScanResult {
  /** Absolute paths of candidate photos, sorted. */
  files: string[];
  /** Folders that could not be read, with why: their files are neither imported nor marked removed. */
  unreadable: { path: string; reason: string }[];
  /** Files with other extensions (videos, sidecars, documents). */
  ignored: number;
}

/**
 * Lists the photo files under `root`, recursively. Hidden files and folders (`.name`, which
 * includes macOS `._x.jpg` resource forks) and symbolic links are not followed, so a link loop
 * cannot trap the walk and nothing outside `root` is read.
 */
export async function scanFolder(root: string, signal?: AbortSignal): Promise<ScanResult> {
  const files: string[] = [];
  const unreadable: ScanResult['unreadable'] = [];
  let ignored = 0;
  const pending = [root];
  while (pending.length > 0) {
    signal?.throwIfAborted();
    const folder = pending.pop()!;
    let entries: import('node:fs').Dirent[];
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch (error) {
      unreadable.push({ path: folder, reason: `the folder could not be read (${errorMessage(error)})` });
      continue;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const path = join(folder, entry.name);
      if (entry.isDirectory()) pending.push(path);
      else if (entry.isFile()) {
        if (PHOTO_EXTENSIONS.has(extname(entry.name).toLowerCase())) files.push(path);
        else ignored++;
      }
    }
  }
  files.sort();
  return { files, unreadable, ignored };
}
