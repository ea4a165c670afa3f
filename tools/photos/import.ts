import { createHash } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { dirname, relative, resolve, sep } from 'node:path';
import { requireBlobs } from '../../cartridge/blob-references.js';
import { applyCapabilityMigrations } from '../../cartridge/capability-schema.js';
import { ConflictError, errorMessage, UsageError } from '../../cartridge/errors.js';
import { registerEventType } from '../../cartridge/event-types.js';
import type { Cartridge } from '../../cartridge/open.js';
import { expandHome } from '../blobs/schemas.js';
import { photosEvents } from './events.js';
import { photosMigrations } from './migrations.js';
import { processPhoto } from './process.js';
import { type ImportProgress, reportImportProgress } from './progress.js';
import { scanFolder } from './scan.js';
import { createPhotosStore, type PhotoRecord } from './store.js';

/** Files larger than this are skipped (a photo is far smaller; this is a video or a disk image). */
export const MAX_PHOTO_BYTES = 256 * 1024 * 1024;
/** How many skipped files an import lists by path; the count is always complete. */
export const MAX_SKIPPED_LISTED = 200;

export interface ImportPhotosOptions {
  signal?: AbortSignal;
  /** Called after each file (and once at the start with done 0). */
  onProgress?: (progress: ImportProgress) => void;
  /** Appends a domain event; a tool passes its `context.emit`. Default: straight to the spine. */
  emit?: (type: string, data: unknown) => void;
  /** Photos decoded at once (default 2: sharp already uses every core for one photo). */
  concurrency?: number;
}

export interface ImportPhotosResult {
  /** The folder imported, resolved (absolute, symlinks followed). */
  folder: string;
  /** Candidate files found (by extension). */
  found: number;
  /** Photos new to the cartridge. */
  added: number;
  /** Files whose bytes were already stored (unchanged since the last import, or a duplicate). */
  existing: number;
  /** Files not imported, with why (at most MAX_SKIPPED_LISTED listed; `skippedCount` is all). */
  skipped: { path: string; reason: string }[];
  skippedCount: number;
  /** Files an earlier import of this folder saw that are gone now (marked; their photos stay). */
  removed: number;
  /** Files with other extensions that were not looked at (videos, sidecars). */
  ignored: number;
  /** Albums (folders and months) and photos in the cartridge after the import. */
  albums: number;
  photos: number;
  /** Time spent making thumbnails and web copies, summed over photos (ms). */
  derivingMs: number;
  durationMs: number;
}

type Outcome = { kind: 'added' | 'existing' } | { kind: 'skipped'; reason: string };

function resolveFolder(folder: string): string {
  const path = resolve(expandHome(folder.trim()));
  try {
    return realpathSync(path);
  } catch (error) {
    throw new UsageError(
      `Cannot read the folder ${path}: ${errorMessage(error)}. Check the path and try again.`,
      { code: 'photos_folder_missing', cause: error },
    );
  }
}

/**
 * Imports every photo under `folder` (recursively) into the cartridge: the original as a blob
 * (same bytes at any path stored once), an auto-rotated ~400 px thumbnail and ~2048 px web copy
 * without metadata, and the photo's EXIF facts. Commits one photo at a time under
 * `cartridge.exclusive`, so a kill leaves every finished photo in place and a re-run resumes
 * (files unchanged since they were imported are not read again). Files under the folder that an
 * earlier import saw and that are gone now are marked removed; their photos stay. Never throws
 * for a bad image: it is listed in `skipped` with the reason. Throws UsageError when the folder
 * cannot be read. Must not run inside a transaction.
 */
export async function importPhotos(
  cartridge: Cartridge,
  folder: string,
  options: ImportPhotosOptions = {},
): Promise<ImportPhotosResult> {
  const started = performance.now();
  const root = resolveFolder(folder);
  const info = await stat(root);
  if (!info.isDirectory()) {
    throw new UsageError(`${root} is a file, not a folder. Give the folder that holds your photos.`, {
      code: 'photos_folder_not_directory',
    });
  }
  applyCapabilityMigrations(cartridge, { id: 'photos', migrations: photosMigrations });
  for (const [type, schema] of Object.entries(photosEvents)) registerEventType(type, schema);
  const emit =
    options.emit ??
    ((type: string, data: unknown) => cartridge.events.append({ type, source: 'photos', data }));
  const store = createPhotosStore(cartridge);
  const step = <T>(fn: () => T): Promise<T> => cartridge.exclusive(() => cartridge.transaction(fn));
  const { signal } = options;

  const scan = await scanFolder(root, signal);
  const progress: ImportProgress = { done: 0, total: scan.files.length, added: 0, existing: 0, skipped: 0 };
  const report = () => {
    options.onProgress?.({ ...progress });
    reportImportProgress({ ...progress });
  };
  report();

  const skipped: ImportPhotosResult['skipped'] = scan.unreadable.map((item) => ({ ...item }));
  let skippedCount = skipped.length;
  let derivingMs = 0;
  const inflight = new Map<string, Promise<Outcome>>();

  const importOne = async (path: string): Promise<Outcome> => {
    const file = await stat(path);
    const mtimeMs = Math.floor(file.mtimeMs);
    const folderOf = relative(root, dirname(path)).split(sep).join('/');
    const known = store.file(path);
    if (known && known.size === file.size && known.mtimeMs === mtimeMs && store.has(known.sha256)) {
      if (known.removedAt !== null || known.root !== root || known.folder !== folderOf) {
        await step(() => store.saveFile({ ...known, root, folder: folderOf }, Date.now()));
      }
      return { kind: 'existing' };
    }
    if (file.size === 0) return { kind: 'skipped', reason: 'the file is empty' };
    if (file.size > MAX_PHOTO_BYTES) {
      return {
        kind: 'skipped',
        reason: `the file is ${Math.round(file.size / 1048576)} MiB, too large for a photo`,
      };
    }
    const bytes = await readFile(path);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const saveFile = () =>
      store.saveFile({ path, root, folder: folderOf, sha256, size: bytes.length, mtimeMs }, Date.now());
    if (store.has(sha256)) {
      await step(saveFile);
      return { kind: 'existing' };
    }
    let pending = inflight.get(sha256);
    const first = pending === undefined;
    if (!pending) {
      pending = addPhoto(bytes, sha256, mtimeMs);
      inflight.set(sha256, pending);
    }
    const outcome = await pending.finally(() => inflight.delete(sha256));
    if (outcome.kind === 'skipped') return outcome;
    const isNew = await step(() => {
      saveFile();
      return first && outcome.kind === 'added';
    });
    return { kind: isNew ? 'added' : 'existing' };
  };

  /** Makes the derived images and stores the photo row (not yet its file row). */
  const addPhoto = async (bytes: Buffer, sha256: string, mtimeMs: number): Promise<Outcome> => {
    const result = await processPhoto(bytes, mtimeMs);
    if (!result.ok) return { kind: 'skipped', reason: result.reason };
    const { photo } = result;
    derivingMs += photo.derivingMs;
    // Blobs first, each committed on its own; the photo row that names them last. A kill in
    // between leaves only unnamed blobs, which the next import finds already stored. Another
    // process that deletes the last owner of the same bytes in between makes the row's check
    // fail (requireBlobs): the blobs are stored again, once.
    for (let attempt = 1; ; attempt++) {
      try {
        return await storePhoto(bytes, sha256, photo);
      } catch (error) {
        if (attempt >= 2 || !ConflictError.isInstance(error) || error.code !== 'blob_gone') throw error;
      }
    }
  };

  const storePhoto = async (
    bytes: Buffer,
    sha256: string,
    photo: Extract<Awaited<ReturnType<typeof processPhoto>>, { ok: true }>['photo'],
  ): Promise<Outcome> => {
    await cartridge.blobs.importStream([bytes], { signal });
    const thumb = await cartridge.blobs.importStream([photo.thumb.bytes], { signal });
    const web = await cartridge.blobs.importStream([photo.web.bytes], { signal });
    const record: PhotoRecord = {
      sha256,
      format: photo.format,
      size: bytes.length,
      width: photo.width,
      height: photo.height,
      orientation: photo.orientation,
      takenLocal: photo.takenAt.local,
      takenOffset: photo.takenAt.offset,
      takenAt: photo.takenAt.at,
      takenSource: photo.takenAt.source,
      cameraMake: photo.cameraMake,
      cameraModel: photo.cameraModel,
      gps: photo.gps,
      thumb: {
        sha256: thumb.sha256,
        type: photo.thumb.type,
        width: photo.thumb.width,
        height: photo.thumb.height,
      },
      web: { sha256: web.sha256, type: photo.web.type, width: photo.web.width, height: photo.web.height },
      importedAt: Date.now(),
    };
    const added = await step(() => {
      requireBlobs(cartridge, [sha256, thumb.sha256, web.sha256], `the photo ${sha256.slice(0, 12)}`);
      return store.add(record);
    });
    return { kind: added ? 'added' : 'existing' };
  };

  let next = 0;
  const worker = async () => {
    while (next < scan.files.length) {
      signal?.throwIfAborted();
      const path = scan.files[next++]!;
      let outcome: Outcome;
      try {
        outcome = await importOne(path);
      } catch (error) {
        if (signal?.aborted) throw error;
        outcome = { kind: 'skipped', reason: `it could not be read (${errorMessage(error)})` };
      }
      if (outcome.kind === 'skipped') {
        skippedCount++;
        progress.skipped++;
        if (skipped.length < MAX_SKIPPED_LISTED) skipped.push({ path, reason: outcome.reason });
      } else {
        progress[outcome.kind]++;
      }
      progress.done++;
      report();
    }
  };
  const workers = Math.max(1, Math.min(options.concurrency ?? 2, 8));
  await Promise.all(Array.from({ length: workers }, worker));

  // A skipped file is still on disk: it is not "removed", and an old row for it is kept.
  const present = new Set(scan.files);
  const unreadable = scan.unreadable.map((item) => `${item.path}/`);
  const gone = store
    .livePathsUnder(root)
    .filter((path) => !present.has(path) && !unreadable.some((prefix) => path.startsWith(prefix)));
  const counts = { added: progress.added, existing: progress.existing, skipped: skippedCount, removed: 0 };
  await step(() => {
    counts.removed = store.markRemoved(gone, Date.now());
    emit('photos.imported', counts);
  });

  return {
    folder: root,
    found: scan.files.length,
    added: counts.added,
    existing: counts.existing,
    skipped,
    skippedCount,
    removed: counts.removed,
    ignored: scan.ignored,
    albums: store.albums().length,
    photos: store.count(),
    derivingMs: Math.round(derivingMs),
    durationMs: Math.round(performance.now() - started),
  };
}
