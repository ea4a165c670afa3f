import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { deleteUnreferencedBlobs } from '../../cartridge/blob-references.js';
import type { Cartridge } from '../../cartridge/open.js';

/** Where a photo's taken-at time came from: its EXIF `DateTimeOriginal`, or the file's mtime. */
export type TakenAtSource = 'exif' | 'file';

/** One distinct original, as stored (see migrations.ts). */
export interface PhotoRecord {
  sha256: string;
  format: string;
  size: number;
  width: number;
  height: number;
  orientation: number | null;
  /** Wall-clock time where the photo was taken, `YYYY-MM-DDTHH:MM:SS` (sorts as text). */
  takenLocal: string;
  /** `+02:00` when known (EXIF OffsetTimeOriginal, or the host's zone for a file time). */
  takenOffset: string | null;
  /** Unix ms when the offset is known; null for an EXIF time without offset (a floating time). */
  takenAt: number | null;
  takenSource: TakenAtSource;
  cameraMake: string | null;
  cameraModel: string | null;
  gps: { latitude: number; longitude: number; altitude: number | null } | null;
  thumb: { sha256: string; type: string; width: number; height: number };
  web: { sha256: string; type: string; width: number; height: number };
  importedAt: number;
}

export interface PhotoFile {
  path: string;
  root: string;
  /** The folder relative to `root`, `''` for the root itself, always with `/`. */
  folder: string;
  sha256: string;
  size: number;
  mtimeMs: number;
}

export interface Album {
  /** `f-<16 hex>` for a folder, `m-YYYY-MM` for a month. */
  id: string;
  kind: 'folder' | 'month';
  /** A folder's path relative to its import root (the root's own name for the root), or `May 2024`. */
  title: string;
  count: number;
  /** The content id of the newest photo in it. */
  cover: string;
  /** Newest and oldest taken-at (local wall-clock) in it. */
  newest: string;
  oldest: string;
}

export interface PhotoPage {
  photos: PhotoRecord[];
  /** Pass back as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
  total: number;
}

interface ItemRow {
  sha256: string;
  format: string;
  size: number;
  width: number;
  height: number;
  orientation: number | null;
  taken_local: string;
  taken_offset: string | null;
  taken_at: number | null;
  taken_source: TakenAtSource;
  camera_make: string | null;
  camera_model: string | null;
  gps_latitude: number | null;
  gps_longitude: number | null;
  gps_altitude: number | null;
  thumb_sha256: string;
  thumb_type: string;
  thumb_width: number;
  thumb_height: number;
  web_sha256: string;
  web_type: string;
  web_width: number;
  web_height: number;
  imported_at: number;
}

const toRecord = (row: ItemRow): PhotoRecord => ({
  sha256: row.sha256,
  format: row.format,
  size: row.size,
  width: row.width,
  height: row.height,
  orientation: row.orientation,
  takenLocal: row.taken_local,
  takenOffset: row.taken_offset,
  takenAt: row.taken_at,
  takenSource: row.taken_source,
  cameraMake: row.camera_make,
  cameraModel: row.camera_model,
  gps:
    row.gps_latitude === null || row.gps_longitude === null
      ? null
      : { latitude: row.gps_latitude, longitude: row.gps_longitude, altitude: row.gps_altitude },
  thumb: { sha256: row.thumb_sha256, type: row.thumb_type, width: row.thumb_width, height: row.thumb_height },
  web: { sha256: row.web_sha256, type: row.web_type, width: row.web_width, height: row.web_height },
  importedAt: row.imported_at,
});

/** `2024-05` → `May 2024`. */
export function monthTitle(month: string): string {
  const [year, number] = month.split('-');
  const index = Number(number) - 1;
  if (!Number.isInteger(index) || index < 0 || index > 11) return `${number} ${year}`;
  const name = new Date(Date.UTC(2000, index, 1)).toLocaleString('en', { month: 'long', timeZone: 'UTC' });
  return `${name} ${year}`;
}

/** The stable id of a folder album: not the path itself, so ids in URLs say nothing of the host. */
export function folderAlbumId(root: string, folder: string): string {
  return `f-${createHash('sha256').update(`${root}\u0000${folder}`).digest('hex').slice(0, 16)}`;
}

const MONTH_ALBUM = /^m-(\d{4}-\d{2})$/;

function encodeCursor(row: { takenLocal: string; sha256: string }): string {
  return Buffer.from(`${row.takenLocal}\u0000${row.sha256}`).toString('base64url');
}

function decodeCursor(cursor: string): { takenLocal: string; sha256: string } | undefined {
  const [takenLocal, sha256] = Buffer.from(cursor, 'base64url').toString('utf8').split('\u0000');
  if (!takenLocal || !sha256 || !/^[0-9a-f]{64}$/.test(sha256)) return undefined;
  return { takenLocal, sha256 };
}

export type PhotosStore = ReturnType<typeof createPhotosStore>;

/**
 * The photos tables (created by photosMigrations; call applyCapabilityMigrations first). Every
 * method is one statement or a few; callers hold the transaction.
 */
export function createPhotosStore(cartridge: Cartridge) {
  const { prepare } = cartridge;

  const folders = () =>
    prepare('SELECT DISTINCT root, folder FROM photos_files').all() as { root: string; folder: string }[];

  const albumFilter = (album: string | undefined): { sql: string; params: unknown[] } | undefined => {
    if (!album) return { sql: '', params: [] };
    const month = MONTH_ALBUM.exec(album);
    if (month) return { sql: 'AND substr(i.taken_local, 1, 7) = ?', params: [month[1]] };
    const folder = folders().find((item) => folderAlbumId(item.root, item.folder) === album);
    if (!folder) return undefined;
    return {
      sql: 'AND i.sha256 IN (SELECT f.sha256 FROM photos_files f WHERE f.root = ? AND f.folder = ?)',
      params: [folder.root, folder.folder],
    };
  };

  const get = (sha256: string): PhotoRecord | undefined => {
    const row = prepare('SELECT * FROM photos_items WHERE sha256 = ?').get(sha256) as ItemRow | undefined;
    return row && toRecord(row);
  };

  return {
    /** The file row stored for a host path, if an import saw it before. */
    file(path: string): (PhotoFile & { removedAt: number | null }) | undefined {
      const row = prepare(
        'SELECT path, root, folder, sha256, size, mtime_ms, removed_at FROM photos_files WHERE path = ?',
      ).get(path) as
        | {
            path: string;
            root: string;
            folder: string;
            sha256: string;
            size: number;
            mtime_ms: number;
            removed_at: number | null;
          }
        | undefined;
      return (
        row && {
          path: row.path,
          root: row.root,
          folder: row.folder,
          sha256: row.sha256,
          size: row.size,
          mtimeMs: row.mtime_ms,
          removedAt: row.removed_at,
        }
      );
    },

    has(sha256: string): boolean {
      return prepare('SELECT 1 FROM photos_items WHERE sha256 = ?').get(sha256) !== undefined;
    },

    get,

    /** Adds a photo; a second add of the same bytes is ignored. Returns whether it was new. */
    add(photo: PhotoRecord): boolean {
      return (
        prepare(
          `INSERT OR IGNORE INTO photos_items (sha256, format, size, width, height, orientation, taken_local,
             taken_offset, taken_at, taken_source, camera_make, camera_model, gps_latitude, gps_longitude,
             gps_altitude, thumb_sha256, thumb_type, thumb_width, thumb_height, web_sha256, web_type, web_width,
             web_height, imported_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        ).run(
          photo.sha256,
          photo.format,
          photo.size,
          photo.width,
          photo.height,
          photo.orientation,
          photo.takenLocal,
          photo.takenOffset,
          photo.takenAt,
          photo.takenSource,
          photo.cameraMake,
          photo.cameraModel,
          photo.gps?.latitude ?? null,
          photo.gps?.longitude ?? null,
          photo.gps?.altitude ?? null,
          photo.thumb.sha256,
          photo.thumb.type,
          photo.thumb.width,
          photo.thumb.height,
          photo.web.sha256,
          photo.web.type,
          photo.web.width,
          photo.web.height,
          photo.importedAt,
        ).changes > 0
      );
    },

    /** Records (or refreshes) the host path where a photo's bytes were found. */
    saveFile(file: PhotoFile, seenAt: number): void {
      prepare(
        `INSERT INTO photos_files (path, root, folder, sha256, size, mtime_ms, seen_at, removed_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, NULL)
         ON CONFLICT (path) DO UPDATE SET root = excluded.root, folder = excluded.folder, sha256 = excluded.sha256,
           size = excluded.size, mtime_ms = excluded.mtime_ms, seen_at = excluded.seen_at, removed_at = NULL`,
      ).run(file.path, file.root, file.folder, file.sha256, file.size, file.mtimeMs, seenAt);
    },

    /** Host paths under `folder` (absolute, no trailing `/`) that are not marked removed. */
    livePathsUnder(folder: string): string[] {
      const prefix = `${folder}/`;
      return (
        prepare('SELECT path FROM photos_files WHERE removed_at IS NULL AND substr(path, 1, ?) = ?').all(
          prefix.length,
          prefix,
        ) as { path: string }[]
      ).map((row) => row.path);
    },

    markRemoved(paths: readonly string[], at: number): number {
      const mark = prepare('UPDATE photos_files SET removed_at = ? WHERE path = ? AND removed_at IS NULL');
      return paths.reduce((count, path) => count + mark.run(at, path).changes, 0);
    },

    count(): number {
      return (prepare('SELECT count(*) AS n FROM photos_items').get() as { n: number }).n;
    },

    /** Photos, bytes of originals, files seen, files gone from disk, photos with no file left. */
    summary() {
      const photos = prepare(
        'SELECT count(*) AS n, coalesce(sum(size), 0) AS bytes FROM photos_items',
      ).get() as {
        n: number;
        bytes: number;
      };
      const files = prepare('SELECT count(*) AS n, count(removed_at) AS removed FROM photos_files').get() as {
        n: number;
        removed: number;
      };
      const orphaned = (
        prepare(
          'SELECT count(*) AS n FROM photos_items i WHERE NOT EXISTS (SELECT 1 FROM photos_files f WHERE f.sha256 = i.sha256 AND f.removed_at IS NULL)',
        ).get() as { n: number }
      ).n;
      const exif = (
        prepare("SELECT count(*) AS n FROM photos_items WHERE taken_source = 'exif'").get() as { n: number }
      ).n;
      return {
        photos: photos.n,
        bytes: photos.bytes,
        files: files.n,
        removedFiles: files.removed,
        goneFromDisk: orphaned,
        withExifDate: exif,
      };
    },

    /** Folder albums (by path relative to the import root) then month albums, newest first. */
    albums(): Album[] {
      // The cover is the newest photo: the last 64 characters of max(taken_local || sha256), one
      // pass per grouping instead of a subquery per album (10,000 photos: ~200 ms → a few ms).
      const folderRows = prepare(
        `SELECT f.root, f.folder, count(DISTINCT i.sha256) AS count, max(i.taken_local || i.sha256) AS top,
                min(i.taken_local) AS oldest
           FROM photos_files f JOIN photos_items i ON i.sha256 = f.sha256
          GROUP BY f.root, f.folder ORDER BY top DESC`,
      ).all() as { root: string; folder: string; count: number; top: string; oldest: string }[];
      const monthRows = prepare(
        `SELECT substr(taken_local, 1, 7) AS month, count(*) AS count, max(taken_local || sha256) AS top,
                min(taken_local) AS oldest
           FROM photos_items GROUP BY month ORDER BY month DESC`,
      ).all() as { month: string; count: number; top: string; oldest: string }[];
      const cover = (top: string) => top.slice(-64);
      const newest = (top: string) => top.slice(0, -64);
      return [
        ...folderRows.map(
          (row): Album => ({
            id: folderAlbumId(row.root, row.folder),
            kind: 'folder',
            title: row.folder === '' ? basename(row.root) || row.root : row.folder,
            count: row.count,
            cover: cover(row.top),
            newest: newest(row.top),
            oldest: row.oldest,
          }),
        ),
        ...monthRows.map(
          (row): Album => ({
            id: `m-${row.month}`,
            kind: 'month',
            title: monthTitle(row.month),
            count: row.count,
            cover: cover(row.top),
            newest: newest(row.top),
            oldest: row.oldest,
          }),
        ),
      ];
    },

    /**
     * One page of photos, newest taken first, optionally in one album. Keyset-paginated, so a page
     * costs the same at photo 9,000 as at photo 1. Returns undefined for an album id that does
     * not exist.
     */
    list({
      album,
      cursor,
      limit,
    }: {
      album?: string;
      cursor?: string;
      limit: number;
    }): PhotoPage | undefined {
      const filter = albumFilter(album);
      if (!filter) return undefined;
      const after = cursor ? decodeCursor(cursor) : undefined;
      const keyset = after ? 'AND (i.taken_local < ? OR (i.taken_local = ? AND i.sha256 < ?))' : '';
      const keyParams = after ? [after.takenLocal, after.takenLocal, after.sha256] : [];
      const rows = prepare(
        `SELECT i.* FROM photos_items i WHERE 1 = 1 ${filter.sql} ${keyset}
          ORDER BY i.taken_local DESC, i.sha256 DESC LIMIT ?`,
      ).all(...filter.params, ...keyParams, limit + 1) as ItemRow[];
      const total = (
        prepare(`SELECT count(*) AS n FROM photos_items i WHERE 1 = 1 ${filter.sql}`).get(
          ...filter.params,
        ) as {
          n: number;
        }
      ).n;
      const photos = rows.slice(0, limit).map(toRecord);
      const last = photos.at(-1);
      return { photos, nextCursor: rows.length > limit && last ? encodeCursor(last) : null, total };
    },

    /** Content ids of photos none of whose files is still on disk (as last seen by an import). */
    goneFromDisk(): string[] {
      return (
        prepare(
          'SELECT sha256 FROM photos_items i WHERE NOT EXISTS (SELECT 1 FROM photos_files f WHERE f.sha256 = i.sha256 AND f.removed_at IS NULL)',
        ).all() as { sha256: string }[]
      ).map((row) => row.sha256);
    },

    /**
     * Deletes photos (their files' rows go with them) and the blobs only they used: the original,
     * thumbnail and web copy unless another photo, an app or a direct import still names them
     * (cartridge/blob-references.ts). Returns the ids
     * that existed.
     */
    remove(ids: readonly string[]): string[] {
      const removed: string[] = [];
      for (const id of ids) {
        const photo = get(id);
        if (!photo) continue;
        prepare('DELETE FROM photos_items WHERE sha256 = ?').run(id);
        // Not only other photos: an app deployed with the same picture keeps its bytes.
        deleteUnreferencedBlobs(cartridge, [photo.sha256, photo.thumb.sha256, photo.web.sha256]);
        removed.push(id);
      }
      return removed;
    },
  };
}
